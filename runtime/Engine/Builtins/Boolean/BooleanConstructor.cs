using System;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins;

/// <summary>ECMA-262 §20.3.1 The Boolean Constructor.</summary>
internal static class BooleanConstructor
{
    public static JsFunction Create(Realm realm)
        => Builtin.Constructor(realm, "Boolean", 1, Construct, realm.BooleanPrototype);

    private static JsValue Construct(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        bool b = Operations.ToBoolean(Builtin.Arg(args, 0));
        if (newTarget == null) return b;
        return new JsPrimitiveObject(Library.PrototypeFromConstructor(newTarget, static r => r.BooleanPrototype, realm), b);
    }
}

/// <summary>ECMA-262 §20.3.3 Properties of the Boolean Prototype Object.</summary>
internal static class BooleanPrototype
{
    public static void Install(Realm realm)
        => Builtin.DefineMethods(realm, realm.BooleanPrototype, [new("toString", 0, ToStringMethod), new("valueOf", 0, ValueOf)]);

    private static bool ThisBoolean(in JsValue v)
    {
        if (v.IsBoolean) return v.AsBoolean;
        if (v.Ref is JsPrimitiveObject { PrimitiveValue.IsBoolean: true } p) return p.PrimitiveValue.AsBoolean;
        return JsException.ThrowTypeError<bool>("Boolean.prototype method called on incompatible receiver");
    }

    private static JsValue ToStringMethod(Realm realm, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => ThisBoolean(t) ? "true" : "false";
    private static JsValue ValueOf(Realm realm, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => ThisBoolean(t);
}
