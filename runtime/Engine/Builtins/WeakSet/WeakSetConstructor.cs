using System;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins;

/// <summary>ECMA-262 §24.4.1 The WeakSet Constructor.</summary>
internal static class WeakSetConstructor
{
    public static JsFunction Create(Realm realm)
    {
        var proto = WeakSetPrototype.Create(realm);
        return Builtin.Constructor(realm, "WeakSet", 0, Construct, proto);
    }

    // 24.4.1.1 WeakSet ( [ iterable ] )
    private static JsValue Construct(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        if (newTarget == null) JsException.ThrowTypeError("Constructor WeakSet requires 'new'");
        var set = new JsWeakCollection(Library.PrototypeFromConstructor(newTarget, static r => r.WeakSetPrototype, realm), isMap: false);
        var iterable = Builtin.Arg(args, 0);
        if (iterable.IsNullish) return set;
        var adder = set.Get("add");
        if (!adder.IsCallable) JsException.ThrowTypeError("'" + Operations.DescribeForError(adder) + "' returned for property 'add' of object '#<WeakSet>' is not a function");
        var iteratorRecord = IteratorRecord.Get(realm, iterable);
        while (iteratorRecord.Step(realm, out var next))
        {
            try { Operations.Call(adder, JsValue.FromObject(set), [next]); }
            catch (JsException)
            {
                iteratorRecord.CloseAfterThrow(realm);
                throw;
            }
        }
        return set;
    }
}
