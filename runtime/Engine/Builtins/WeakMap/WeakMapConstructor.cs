using System;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins;

/// <summary>ECMA-262 §24.3.1 The WeakMap Constructor.</summary>
internal static class WeakMapConstructor
{
    public static JsFunction Create(Realm realm)
    {
        var proto = WeakMapPrototype.Create(realm);
        return Builtin.Constructor(realm, "WeakMap", 0, Construct, proto);
    }

    // 24.3.1.1 WeakMap ( [ iterable ] )
    private static JsValue Construct(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        if (newTarget == null) JsException.ThrowTypeError("Constructor WeakMap requires 'new'");
        var map = new JsWeakCollection(Library.PrototypeFromConstructor(newTarget, static r => r.WeakMapPrototype, realm), isMap: true);
        var iterable = Builtin.Arg(args, 0);
        if (iterable.IsNullish) return map;
        var adder = map.Get("set");
        if (!adder.IsCallable) JsException.ThrowTypeError("'" + Operations.DescribeForError(adder) + "' returned for property 'set' of object '#<WeakMap>' is not a function");
        MapConstructor.AddEntriesFromIterable(realm, map, iterable, adder);
        return map;
    }
}
