using System;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins;

/// <summary>ECMA-262 §B.2.2.2-5 Object.prototype.__defineGetter__, __defineSetter__, __lookupGetter__,
/// __lookupSetter__ (web-compatibility methods every engine ships).</summary>
internal static class LegacyAccessorMethods
{
    public static void Install(Realm realm)
        => Builtin.DefineMethods(realm, realm.ObjectPrototype,
        [
            new("__defineGetter__", 2, DefineGetter),
            new("__defineSetter__", 2, DefineSetter),
            new("__lookupGetter__", 1, LookupGetter),
            new("__lookupSetter__", 1, LookupSetter),
        ]);

    // B.2.2.2 / B.2.2.3
    private static JsValue Define(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, bool setter)
    {
        var o = Operations.ToObject(realm, thisValue);                                     // Step 1.
        var fn = Builtin.Arg(args, 1);
        if (!fn.IsCallable) JsException.ThrowTypeError($"Object.prototype.__define{(setter ? "Setter" : "Getter")}__: Expecting function"); // Step 2.
        var desc = default(PropertyDescriptor);                                             // Step 3.
        if (setter) desc.Set = fn; else desc.Get = fn;
        desc.Enumerable = true;
        desc.Configurable = true;
        var key = Operations.ToPropertyKey(Builtin.Arg(args, 0));                           // Step 4.
        o.DefinePropertyOrThrow(key, desc);                                                 // Step 5.
        return JsValue.Undefined;
    }

    // B.2.2.4 / B.2.2.5
    private static JsValue Lookup(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, bool setter)
    {
        var o = Operations.ToObject(realm, thisValue);                                     // Step 1.
        var key = Operations.ToPropertyKey(Builtin.Arg(args, 0));                           // Step 2.
        for (JsObject? p = o; p != null; p = p.GetPrototypeOf())                           // Step 3.
        {
            if (p.GetOwnProperty(key, out var desc))
                return desc.IsAccessorDescriptor ? (setter ? desc.Set : desc.Get) : JsValue.Undefined;
        }
        return JsValue.Undefined;
    }

    private static JsValue DefineGetter(Realm realm, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => Define(realm, t, a, setter: false);
    private static JsValue DefineSetter(Realm realm, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => Define(realm, t, a, setter: true);
    private static JsValue LookupGetter(Realm realm, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => Lookup(realm, t, a, setter: false);
    private static JsValue LookupSetter(Realm realm, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => Lookup(realm, t, a, setter: true);
}
