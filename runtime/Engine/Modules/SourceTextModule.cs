using System.Collections.Generic;
using Aot.Engine.Builtins;
using Aot.Engine.Compiling;
using Aot.Engine.Interpreting;
using Aot.Engine.Objects;
using Aot.Engine.Parsing;

namespace Aot.Engine.Modules;

/// <summary>ECMA-262 §16.2.1.6 Source Text Module Records.</summary>
public sealed class SourceTextModule : CyclicModuleRecord
{
    public ModuleCode Code { get; }
    private readonly JsClosure init, body;
    internal JsObject? ImportMeta;

    private SourceTextModule(Realm realm, string name, ModuleCode code) : base(realm, name, code.Requests)
    {
        Code = code;
        Cells = new Cell[code.CellNames.Length];
        for (int i = 0; i < Cells.Length; i++) Cells[i] = new Cell(code.CellIsLexical[i] ? JsValue.Empty : JsValue.Undefined);
        foreach (var e in code.Imports)
            if (e.ImportName == null) Cells[e.Cell] = new Cell(JsValue.Empty);
        MarkCode(code.Init);
        MarkCode(code.Body);
        init = new JsClosure(realm, code.Init, Cells, realm.FunctionPrototype);
        body = new JsClosure(realm, code.Body, Cells, realm.FunctionPrototype);
    }

    /// <summary>§16.2.1.6.1 ParseModule: parses and compiles <paramref name="source"/>. A syntax error
    /// is thrown as the parser's <see cref="SyntaxError"/> (or a JsException for compile-time errors).</summary>
    public static SourceTextModule Parse(Realm realm, string source, string name)
        => new(realm, name, Compiler.CompileModule(Parser.ParseModule(source), name));

    /// <summary>A module from code compiled earlier (the same code may back modules of many realms).</summary>
    public static SourceTextModule FromCode(Realm realm, ModuleCode code, string name) => new(realm, name, code);

    public override bool HasTopLevelAwait => Code.HasTopLevelAwait;

    private void MarkCode(FunctionCode code)
    {
        code.ScriptOrModule = this;
        foreach (var f in code.Functions) MarkCode(f);
    }

    public override List<string> GetExportedNames(List<ModuleRecord>? exportStarSet = null)
    {
        exportStarSet ??= new();
        var names = new List<string>();
        foreach (var m in exportStarSet) if (ReferenceEquals(m, this)) return names;
        exportStarSet.Add(this);
        foreach (var e in Code.LocalExports) names.Add(e.ExportName);
        foreach (var e in Code.IndirectExports) names.Add(e.ExportName);
        foreach (int request in Code.StarExports)
        {
            var requested = GetImportedModule(request);
            foreach (var n in requested.GetExportedNames(exportStarSet))
                if (n != "default" && !names.Contains(n)) names.Add(n);
        }
        return names;
    }

    /// <summary>§16.2.1.6.3 ResolveExport.</summary>
    public override ResolvedBinding ResolveExport(string exportName, List<(ModuleRecord, string)>? resolveSet = null)
    {
        resolveSet ??= new();
        foreach (var (m, n) in resolveSet)
            if (ReferenceEquals(m, this) && n == exportName) return ResolvedBinding.Null; // a circular import request
        resolveSet.Add((this, exportName));
        foreach (var e in Code.LocalExports)
            if (e.ExportName == exportName) return new ResolvedBinding(this, e.Cell, false);
        foreach (var e in Code.IndirectExports)
        {
            if (e.ExportName != exportName) continue;
            var imported = GetImportedModule(e.Request);
            if (e.ImportName == null) return new ResolvedBinding(imported, -1, false);
            return imported.ResolveExport(e.ImportName, resolveSet);
        }
        if (exportName == "default") return ResolvedBinding.Null;
        var star = ResolvedBinding.Null;
        foreach (int request in Code.StarExports)
        {
            var resolution = GetImportedModule(request).ResolveExport(exportName, resolveSet);
            if (resolution.Ambiguous) return resolution;
            if (resolution.Module == null) continue;
            if (star.Module == null) star = resolution;
            else if (!ReferenceEquals(resolution.Module, star.Module) || resolution.Cell != star.Cell) return ResolvedBinding.AmbiguousBinding;
        }
        return star;
    }

    /// <summary>§16.2.1.6.4 InitializeEnvironment.</summary>
    protected override void InitializeEnvironment()
    {
        foreach (var e in Code.IndirectExports)
        {
            var resolution = ResolveExport(e.ExportName);
            if (!resolution.IsResolved) ThrowResolution(resolution, RequestedModules[e.Request].Specifier, e.ImportName ?? e.ExportName);
        }
        foreach (var e in Code.Imports)
        {
            var imported = GetImportedModule(e.Request);
            if (e.ImportName == null)
            {
                Cells[e.Cell].Value = JsValue.FromObject(imported.GetNamespace());
                continue;
            }
            var resolution = imported.ResolveExport(e.ImportName);
            if (!resolution.IsResolved) ThrowResolution(resolution, RequestedModules[e.Request].Specifier, e.ImportName);
            if (resolution.IsNamespace) Cells[e.Cell] = new Cell(JsValue.FromObject(resolution.Module!.GetNamespace()));
            else Cells[e.Cell] = resolution.Module!.Cells[resolution.Cell];
        }
        init.Call(JsValue.Undefined, System.ReadOnlySpan<JsValue>.Empty);
    }

    private static void ThrowResolution(ResolvedBinding resolution, string specifier, string name)
    {
        if (resolution.Ambiguous)
            JsException.ThrowSyntaxError($"The requested module '{specifier}' contains conflicting star exports for name '{name}'");
        JsException.ThrowSyntaxError($"The requested module '{specifier}' does not provide an export named '{name}'");
    }

    /// <summary>§16.2.1.6.5 ExecuteModule: with top-level await the body is an async function and its
    /// promise is the capability (§27.7.5.2 AsyncBlockStart).</summary>
    protected override JsPromise? ExecuteModule(bool async)
    {
        var result = body.Call(JsValue.Undefined, System.ReadOnlySpan<JsValue>.Empty);
        return async ? (JsPromise)result.AsObject() : null;
    }
}
