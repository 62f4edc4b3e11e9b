using System;
using System.Collections.Generic;
using Aot.Engine.Interpreting;
using Aot.Engine.Objects;

namespace Aot.Engine.Tests.Interpreting;

/// <summary>Runs snippets in a fresh agent and realm with a `print` function that collects output.</summary>
internal sealed class Js
{
    public Vm Vm { get; } = new();
    public Realm Realm { get; }
    public List<string> Printed { get; } = new();

    public Js()
    {
        Realm = Vm.CreateRealm();
        var print = new JsNativeFunction(Realm, "print", 1, (Realm r, in JsValue t, ReadOnlySpan<JsValue> args, JsObject? n) =>
        {
            Printed.Add(string.Join(" ", Array.ConvertAll(args.ToArray(), a => Operations.ToString(a))));
            return JsValue.Undefined;
        });
        Realm.GlobalObject.AddProperty("print", JsValue.FromObject(print), PropertyFlags.Hidden);
    }

    public JsValue Run(string source) => Vm.EvaluateScript(Realm, source, "test.js");

    /// <summary>JSON.parse of <paramref name="text"/> in <paramref name="realm"/>.</summary>
    public static JsValue ParseJson(Realm realm, string text)
        => Operations.Call(realm.GlobalObject.Get("JSON").AsObject().Get("parse"), JsValue.Undefined, [JsValue.FromString(text)]);

    /// <summary>The completion value of the script, converted with ToString.</summary>
    public static string Eval(string source)
    {
        var js = new Js();
        return Operations.ToString(js.Run(source));
    }

    /// <summary>The message of the uncaught exception as "Name: message".</summary>
    public static string Throws(string source)
    {
        var js = new Js();
        try
        {
            js.Run(source);
        }
        catch (JsException e)
        {
            var v = e.GetValue(js.Realm);
            if (v.IsObject) return Operations.ToString(v.AsObject().Get("name")) + ": " + Operations.ToString(v.AsObject().Get("message"));
            return "thrown " + Operations.ToString(v);
        }
        throw new InvalidOperationException("no exception");
    }
}
