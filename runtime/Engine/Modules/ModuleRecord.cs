using System.Collections.Generic;
using Aot.Engine.Builtins;
using Aot.Engine.Compiling;
using Aot.Engine.Objects;

namespace Aot.Engine.Modules;

/// <summary>§16.2.1.4 ResolvedBinding Record, or null / ambiguous. Cell -1 = the module's namespace.</summary>
public readonly record struct ResolvedBinding(ModuleRecord? Module, int Cell, bool Ambiguous)
{
    public bool IsResolved => Module != null && !Ambiguous;
    public bool IsNamespace => Cell < 0;
    public static readonly ResolvedBinding Null = default;
    public static readonly ResolvedBinding AmbiguousBinding = new(null, 0, true);
}

/// <summary>
/// ECMA-262 §16.2.1.4 Abstract Module Records. Each module keeps its environment as an array of
/// cells (one per binding) created with the record, so imports link by sharing the exporter's cell
/// (live bindings) even across cycles where the exporter is linked later.
/// </summary>
public abstract class ModuleRecord
{
    protected ModuleRecord(Realm realm, string name)
    {
        Realm = realm;
        Name = name;
    }

    public Realm Realm { get; }
    /// <summary>The host's name for the module (a path or URL): the referrer of its imports, stack traces.</summary>
    public string Name { get; }
    /// <summary>§16.2.1.4 [[HostDefined]].</summary>
    public object? HostDefined { get; set; }
    internal Cell[] Cells = [];
    private ModuleNamespace? namespaceObject;

    /// <summary>§16.2.1.4 GetExportedNames(exportStarSet).</summary>
    public abstract List<string> GetExportedNames(List<ModuleRecord>? exportStarSet = null);

    /// <summary>§16.2.1.4 ResolveExport(exportName, resolveSet).</summary>
    public abstract ResolvedBinding ResolveExport(string exportName, List<(ModuleRecord, string)>? resolveSet = null);

    /// <summary>§16.2.1.4 Link(): throws (a JsException) on a resolution error.</summary>
    public abstract void Link();

    /// <summary>§16.2.1.4 Evaluate(): a promise settled when the module and its dependencies have run.</summary>
    public abstract JsPromise Evaluate();

    /// <summary>The current value of a binding named by <see cref="ResolveExport"/> (TDZ: Empty).</summary>
    internal JsValue BindingValue(int cell) => cell < 0 ? JsValue.FromObject(GetNamespace()) : Cells[cell].Value;

    /// <summary>§16.2.1.10 GetModuleNamespace.</summary>
    public JsObject GetNamespace()
    {
        if (namespaceObject != null) return namespaceObject;
        var names = GetExportedNames();
        var unambiguous = new List<(string, ResolvedBinding)>();
        foreach (var name in names)
        {
            var resolution = ResolveExport(name);
            if (resolution.IsResolved) unambiguous.Add((name, resolution));
        }
        namespaceObject = new ModuleNamespace(Realm, this, unambiguous);
        return namespaceObject;
    }

    /// <summary>Loads every module of the graph below this one (§16.2.1.5.1 LoadRequestedModules),
    /// synchronously through the realm's host. Errors propagate as thrown.</summary>
    public void LoadRequestedModules()
    {
        if (this is CyclicModuleRecord c) c.LoadGraph(new HashSet<ModuleRecord>(ReferenceEqualityComparer.Instance));
    }
}

/// <summary>The host side of modules (§16.2.1.8 HostLoadImportedModule, §13.3.12.1.1
/// HostGetImportMetaProperties): the engine does no I/O; the host maps a request to a record.</summary>
public interface IModuleHost
{
    /// <summary>The module for <paramref name="request"/> imported from <paramref name="referrer"/> (a module),
    /// or from a script named <paramref name="referrerName"/>. The same request from the same referrer must
    /// give the same record. Throws a JsException (e.g. a TypeError for an unknown `type`) on failure.</summary>
    ModuleRecord LoadImportedModule(Realm realm, ModuleRecord? referrer, string referrerName, ModuleRequest request);

    /// <summary>Fills `import.meta` of <paramref name="module"/> the first time it is read.</summary>
    void InitializeImportMeta(Realm realm, JsObject meta, SourceTextModule module);
}
