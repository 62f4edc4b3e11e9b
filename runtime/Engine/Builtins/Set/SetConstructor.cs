using System;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins;

/// <summary>ECMA-262 §24.2.2 The Set Constructor and §24.2.3 Properties of the Set Constructor.</summary>
internal static class SetConstructor
{
    public static JsFunction Create(Realm realm)
    {
        var proto = SetPrototype.Create(realm);
        var ctor = Builtin.Constructor(realm, "Set", 0, Construct, proto);
        Library.SpeciesGetter(realm, ctor);
        realm.SetConstructor = ctor;
        return ctor;
    }

    // 24.2.2.1 Set ( [ iterable ] )
    private static JsValue Construct(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        if (newTarget == null) JsException.ThrowTypeError("Constructor Set requires 'new'");          // Step 1.
        var set = new JsSet(Library.PrototypeFromConstructor(newTarget, static r => r.SetPrototype, realm)); // Step 2.
        var iterable = Builtin.Arg(args, 0);
        if (iterable.IsNullish) return set;                                                            // Step 3.
        var adder = set.Get("add");                                                                    // Step 4.
        if (!adder.IsCallable) JsException.ThrowTypeError("'" + Operations.DescribeForError(adder) + "' returned for property 'add' of object '#<Set>' is not a function");
        var iteratorRecord = IteratorRecord.Get(realm, iterable);                                      // Step 6.
        while (true)                                                                                   // Step 7.
        {
            if (!iteratorRecord.Step(realm, out var next)) return set;
            try { Operations.Call(adder, JsValue.FromObject(set), [next]); }
            catch (JsException)
            {
                iteratorRecord.CloseAfterThrow(realm);
                throw;
            }
        }
    }
}
