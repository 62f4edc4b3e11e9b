using System;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins;

/// <summary>ECMA-262 §19.1 value properties and §19.2 function properties of the global object.</summary>
internal static class GlobalFunctions
{
    private static readonly BuiltinMethod[] Methods =
    [
        new("eval", 1, Eval),
        new("isFinite", 1, static (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => double.IsFinite(Operations.ToNumber(Builtin.Arg(a, 0)))),
        new("isNaN", 1, static (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => double.IsNaN(Operations.ToNumber(Builtin.Arg(a, 0)))),
        new("parseFloat", 1, ParseFloat),
        new("parseInt", 2, ParseInt),
    ];

    public static void Install(Realm realm, JsObject global)
    {
        global.AddProperty("globalThis", JsValue.FromObject(global), PropertyFlags.Hidden);
        global.AddProperty("Infinity", double.PositiveInfinity, PropertyFlags.None);
        global.AddProperty("NaN", double.NaN, PropertyFlags.None);
        global.AddProperty("undefined", JsValue.Undefined, PropertyFlags.None);
        Builtin.DefineMethods(realm, global, Methods);
        realm.EvalFunction = (JsFunction)global.Get("eval").AsObject();
    }

    // 19.2.1 eval ( x ): called as a function (not from a direct eval site) it is an indirect eval.
    private static JsValue Eval(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var x = Builtin.Arg(args, 0);
        if (!x.IsString) return x;
        return realm.Vm.IndirectEval(realm, x.AsString());
    }

    // 19.2.4 parseFloat ( string )
    private static JsValue ParseFloat(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
        => Number.NumberConversions.ParseFloat(Operations.ToString(Builtin.Arg(args, 0)));

    // 19.2.5 parseInt ( string, radix ): ToString(string) before ToInt32(radix) (steps 1, 4).
    private static JsValue ParseInt(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        string s = Operations.ToString(Builtin.Arg(args, 0));
        int radix = Operations.ToInt32(Builtin.Arg(args, 1));
        return Number.NumberConversions.ParseInt(s, radix);
    }
}
