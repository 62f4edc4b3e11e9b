using System;
using System.Collections.Generic;
using Aot.Engine.Builtins;
using Aot.Engine.Objects;

namespace Aot.Engine.Modules;

/// <summary>
/// Synthetic Module Records (the host-defined kind of §16.2.1.4, used by ECMA-262 §16.2.1.7 for
/// JSON modules): a fixed list of export names whose values the host sets. Used for JSON modules,
/// CommonJS modules seen from `import`, and host builtins.
/// </summary>
public sealed class SyntheticModule : ModuleRecord
{
    private readonly string[] exportNames;
    private readonly Dictionary<string, int> index = new(StringComparer.Ordinal);
    private readonly Action<SyntheticModule>? evaluate;
    private JsPromise? evaluated;

    /// <summary>A module exporting <paramref name="names"/>; <paramref name="evaluate"/> (optional) sets
    /// their values when the module is first evaluated (values set before stay).</summary>
    public SyntheticModule(Realm realm, string name, IReadOnlyList<string> names, Action<SyntheticModule>? evaluate = null) : base(realm, name)
    {
        var list = new List<string>();
        foreach (var n in names)
            if (index.TryAdd(n, list.Count)) list.Add(n);
        exportNames = list.ToArray();
        Cells = new Cell[exportNames.Length];
        for (int i = 0; i < Cells.Length; i++) Cells[i] = new Cell(JsValue.Undefined);
        this.evaluate = evaluate;
    }

    /// <summary>§16.2.1.7 CreateDefaultExportSyntheticModule: `default` = <paramref name="value"/> (JSON modules).</summary>
    public static SyntheticModule Default(Realm realm, string name, JsValue value)
    {
        var m = new SyntheticModule(realm, name, ["default"]);
        m.SetExport("default", value);
        return m;
    }

    /// <summary>A module whose `default` is <paramref name="exports"/> and whose other exports are the
    /// given names read from it (CommonJS seen from ESM, host builtins).</summary>
    public static SyntheticModule FromObject(Realm realm, string name, JsObject exports, IEnumerable<string> names)
    {
        var all = new List<string> { "default" };
        foreach (var n in names) if (n != "default") all.Add(n);
        var m = new SyntheticModule(realm, name, all);
        m.SetExport("default", JsValue.FromObject(exports));
        foreach (var n in all)
            if (n != "default") m.SetExport(n, exports.Get(n));
        return m;
    }

    public IReadOnlyList<string> ExportNames => exportNames;

    /// <summary>§16.2.1.7.1 SetSyntheticModuleExport.</summary>
    public void SetExport(string name, in JsValue value)
    {
        if (!index.TryGetValue(name, out int i)) throw new ArgumentException("no export named " + name);
        Cells[i].Value = value;
    }

    public override List<string> GetExportedNames(List<ModuleRecord>? exportStarSet = null) => new(exportNames);

    public override ResolvedBinding ResolveExport(string exportName, List<(ModuleRecord, string)>? resolveSet = null)
        => index.TryGetValue(exportName, out int i) ? new ResolvedBinding(this, i, false) : ResolvedBinding.Null;

    public override void Link() { }

    public override JsPromise Evaluate()
    {
        if (evaluated != null) return evaluated;
        evaluated = new JsPromise(Realm);
        try
        {
            evaluate?.Invoke(this);
            Promises.FulfillPromise(evaluated, JsValue.Undefined);
        }
        catch (JsException e)
        {
            evaluated.IsHandled = true;
            Promises.RejectPromise(evaluated, e.GetValue(Realm));
        }
        return evaluated;
    }
}
