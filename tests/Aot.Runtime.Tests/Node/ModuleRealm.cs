using System;
using Aot.Engine.Interpreting;
using Aot.Engine.Objects;
using Aot.Runtime.Web;

namespace Aot.Runtime.Tests.Node;

/// <summary>
/// A realm with builtin module exports installed as globals (the module loader is not part of these
/// tests): scripts run against them and results are compared with what node printed for the same code.
/// </summary>
internal sealed class ModuleRealm
{
    public Vm Vm { get; } = new();
    public Realm Realm { get; }
    public System.IO.StringWriter Stdout { get; } = new();
    private readonly Aot.Runtime.Running.OutputStream output;

    public ModuleRealm()
    {
        Realm = Vm.CreateRealm();
        output = new Aot.Runtime.Running.OutputStream(Stdout);
        Realm.GlobalObject.AddProperty("console", JsValue.FromObject(ConsoleObject.Create(Realm, output, output)), PropertyFlags.Hidden);
    }

    public ModuleRealm With(string name, Func<Realm, JsObject> createExports)
    {
        Realm.GlobalObject.SetOwnDirect(name, JsValue.FromObject(createExports(Realm)), PropertyFlags.Hidden);
        return this;
    }

    /// <summary>Runs the script and the promise jobs; returns the completion value as a string, or
    /// "throws " + the error's inspection when it throws.</summary>
    public string Eval(string source, string sourceName = "<eval>")
    {
        try
        {
            var value = Vm.EvaluateScript(Realm, source, sourceName);
            Vm.RunJobs();
            output.Flush();
            return value.IsString ? value.AsString() : Inspector.Inspect(value);
        }
        catch (JsException e)
        {
            output.Flush();
            var v = e.GetValue(Realm);
            if (v.IsObject)
            {
                var o = v.AsObject();
                return "throws " + Operations.ToString(o.Get("name")) + (o.Get("code").IsString ? " [" + o.Get("code").AsString() + "]" : "") + ": " + Operations.ToString(o.Get("message"));
            }
            return "throws " + Inspector.Inspect(v);
        }
    }

    /// <summary>Evaluates `JSON.stringify(expression)`.</summary>
    public string Json(string expression) => Eval("JSON.stringify(" + expression + ")");
}
