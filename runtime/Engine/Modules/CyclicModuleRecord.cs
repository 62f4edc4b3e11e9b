using System;
using System.Collections.Generic;
using Aot.Engine.Builtins;
using Aot.Engine.Compiling;
using Aot.Engine.Objects;

namespace Aot.Engine.Modules;

/// <summary>§16.2.1.5 Cyclic Module Record [[Status]].</summary>
public enum ModuleStatus : byte { New, Unlinked, Linking, Linked, Evaluating, EvaluatingAsync, Evaluated }

/// <summary>
/// ECMA-262 §16.2.1.5 Cyclic Module Records: loading, linking (InnerModuleLinking) and evaluation
/// (InnerModuleEvaluation with top-level await, Evaluation.cs) of a graph that may contain cycles.
/// </summary>
public abstract partial class CyclicModuleRecord : ModuleRecord
{
    protected CyclicModuleRecord(Realm realm, string name, ModuleRequest[] requests) : base(realm, name)
    {
        RequestedModules = requests;
        LoadedModules = new ModuleRecord?[requests.Length];
    }

    public ModuleStatus Status { get; internal set; }
    /// <summary>[[EvaluationError]]: set (and kept) once evaluation threw.</summary>
    public bool HasEvaluationError { get; private set; }
    public JsValue EvaluationError { get; private set; }
    internal int DfsIndex, DfsAncestorIndex;
    public ModuleRequest[] RequestedModules { get; }
    /// <summary>[[LoadedModules]], by request index.</summary>
    public ModuleRecord?[] LoadedModules { get; }
    internal CyclicModuleRecord? CycleRoot;
    public abstract bool HasTopLevelAwait { get; }
    internal bool AsyncEvaluation;
    internal long AsyncEvaluationOrder;
    internal JsPromise? TopLevelCapability;
    internal readonly List<CyclicModuleRecord> AsyncParentModules = new();
    internal int PendingAsyncDependencies;

    /// <summary>§16.2.1.6.4 InitializeEnvironment.</summary>
    protected abstract void InitializeEnvironment();

    /// <summary>§16.2.1.6.5 ExecuteModule: synchronous, or (top-level await) the body's promise.</summary>
    protected abstract JsPromise? ExecuteModule(bool async);

    internal ModuleRecord GetImportedModule(int request) => LoadedModules[request]
        ?? throw new InvalidOperationException($"module '{RequestedModules[request].Specifier}' of {Name} was not loaded");

    /// <summary>§16.2.1.5.1.1 InnerModuleLoading, synchronously: asks the host for every request.</summary>
    internal void LoadGraph(HashSet<ModuleRecord> visited)
    {
        if (!visited.Add(this)) return;
        var host = Realm.ModuleHost ?? throw new JsException(ErrorKind.TypeError, "This realm cannot load modules");
        for (int i = 0; i < RequestedModules.Length; i++)
        {
            var loaded = LoadedModules[i];
            if (loaded == null)
            {
                // The same request twice in one module resolves once (§16.2.1.8 HostLoadImportedModule requirement).
                for (int j = 0; j < i && loaded == null; j++)
                    if (RequestedModules[j].Equals(RequestedModules[i])) loaded = LoadedModules[j];
                loaded ??= host.LoadImportedModule(Realm, this, Name, RequestedModules[i]);
                LoadedModules[i] = loaded;
            }
            if (loaded is CyclicModuleRecord c) c.LoadGraph(visited);
        }
        if (Status == ModuleStatus.New) Status = ModuleStatus.Unlinked;
    }

    // ------------------------------------------------------------------ §16.2.1.5.1 Link

    public override void Link()
    {
        if (Status == ModuleStatus.New) LoadRequestedModules();
        var stack = new List<CyclicModuleRecord>();
        try
        {
            InnerModuleLinking(this, stack, 0);
        }
        catch (JsException)
        {
            foreach (var m in stack) m.Status = ModuleStatus.Unlinked;
            throw;
        }
    }

    /// <summary>§16.2.1.5.1.1 InnerModuleLinking.</summary>
    private static int InnerModuleLinking(ModuleRecord module, List<CyclicModuleRecord> stack, int index)
    {
        if (module is not CyclicModuleRecord m)
        {
            module.Link();
            return index;
        }
        if (m.Status is ModuleStatus.Linking or ModuleStatus.Linked or ModuleStatus.EvaluatingAsync or ModuleStatus.Evaluated) return index;
        if (m.Status == ModuleStatus.New) m.LoadRequestedModules();
        m.Status = ModuleStatus.Linking;
        m.DfsIndex = index;
        m.DfsAncestorIndex = index;
        index++;
        stack.Add(m);
        for (int i = 0; i < m.RequestedModules.Length; i++)
        {
            var required = m.GetImportedModule(i);
            index = InnerModuleLinking(required, stack, index);
            if (required is CyclicModuleRecord r && r.Status == ModuleStatus.Linking)
                m.DfsAncestorIndex = Math.Min(m.DfsAncestorIndex, r.DfsAncestorIndex);
        }
        m.InitializeEnvironment();
        if (m.DfsAncestorIndex == m.DfsIndex)
        {
            while (true)
            {
                var done = stack[^1];
                stack.RemoveAt(stack.Count - 1);
                done.Status = ModuleStatus.Linked;
                if (ReferenceEquals(done, m)) break;
            }
        }
        return index;
    }

    internal void SetEvaluationError(in JsValue error)
    {
        HasEvaluationError = true;
        EvaluationError = error;
    }
}
