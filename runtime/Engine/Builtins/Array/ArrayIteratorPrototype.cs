using System;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins;

/// <summary>ECMA-262 §23.1.5.2 The %ArrayIteratorPrototype% Object.</summary>
internal static class ArrayIteratorPrototype
{
    public static void Install(Realm realm)
    {
        var proto = realm.ArrayIteratorPrototype;
        var next = new JsNativeFunction(realm, "next", 0, Next);
        proto.AddProperty("next", JsValue.FromObject(next), PropertyFlags.Hidden);
        proto.AddProperty(JsSymbol.ToStringTag, "Array Iterator", PropertyFlags.Configurable);
        realm.ArrayIteratorNext = next;
    }

    // 23.1.5.2.1 %ArrayIteratorPrototype%.next ( )
    private static JsValue Next(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        if (thisValue.Ref is not JsArrayIterator it) return JsException.ThrowTypeError<JsValue>("next method called on incompatible receiver");
        bool more = it.Step(out var value);
        return IteratorPrototype.CreateIterResult(realm, value, !more);
    }
}
