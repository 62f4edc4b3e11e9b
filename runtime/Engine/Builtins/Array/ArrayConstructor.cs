using System;
using Aot.Engine.Interpreting;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins;

/// <summary>ECMA-262 §23.1.1 The Array Constructor and §23.1.2 its properties.</summary>
internal static class ArrayConstructor
{
    private static readonly BuiltinMethod[] Methods =
    [
        new("from", 1, From),
        new("fromAsync", 1, ArrayFromAsync.FromAsync),
        new("isArray", 1, IsArray),
        new("of", 0, Of),
    ];

    public static JsFunction Create(Realm realm)
    {
        var ctor = Builtin.Constructor(realm, "Array", 1, Construct, realm.ArrayPrototype);
        Builtin.DefineMethods(realm, ctor, Methods);
        realm.ArrayConstructor = ctor;
        return ctor;
    }

    private static JsObject PrototypeFrom(Realm realm, JsObject? newTarget)
    {
        if (newTarget == null || ReferenceEquals(newTarget, realm.ArrayConstructor)) return realm.ArrayPrototype;
        return Library.PrototypeFromConstructor(newTarget, static r => r.ArrayPrototype, realm);
    }

    // 23.1.1.1 Array ( ...values )
    private static JsValue Construct(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var proto = PrototypeFrom(realm, newTarget);
        if (args.Length == 1 && args[0].IsNumber)
        {
            double len = args[0].Number;
            uint intLen = (uint)len;
            if (intLen != len) JsException.ThrowRangeError("Invalid array length");
            var array = new JsArray(proto, (int)Math.Min(intLen, 1024u));
            array.SetLengthOrThrow(intLen);
            return array;
        }
        return new JsArray(proto, args.ToArray(), args.Length);
    }

    // 23.1.2.2 Array.isArray ( arg )
    private static JsValue IsArray(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
        => Operations.IsArray(Builtin.Arg(args, 0));

    /// <summary>"If IsConstructor(C), Construct(C, args); else ArrayCreate(length)" (Array.from / Array.of).</summary>
    private static JsObject ConstructOrArrayCreate(Realm realm, in JsValue c, ReadOnlySpan<JsValue> args, double length)
    {
        if (Operations.IsConstructor(c)) return Operations.Construct((JsFunction)c.AsObject(), args).AsObject();
        if (length > uint.MaxValue) JsException.ThrowRangeError("Invalid array length");
        return new JsArray(realm.ArrayPrototype, (int)Math.Min(length, 1 << 16));
    }

    // 23.1.2.3 Array.of ( ...items )
    private static JsValue Of(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        int len = args.Length;                                                                 // Steps 1-2.
        var a = ConstructOrArrayCreate(realm, thisValue, [JsValue.FromNumber(len)], len);     // Steps 3-4.
        for (int k = 0; k < len; k++) a.CreateDataPropertyOrThrow(PropertyKey.FromIndex((uint)k), args[k]); // Steps 5-6.
        a.SetOrThrow(JsArray.LengthKey, JsValue.FromNumber(len));                             // Step 7.
        return a;
    }

    // 23.1.2.1 Array.from ( items [ , mapfn [ , thisArg ] ] )
    private static JsValue From(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var c = thisValue;                                                                     // Step 1.
        var items = Builtin.Arg(args, 0);
        var mapFn = Builtin.Arg(args, 1);
        var thisArg = Builtin.Arg(args, 2);
        bool mapping = !mapFn.IsUndefined;                                                     // Steps 2-3.
        if (mapping) Builtin.CallbackOrThrow(mapFn);
        if (items.IsNullish) JsException.ThrowTypeError($"{items} is not iterable");
        var usingIterator = Operations.GetMethod(realm, items, JsSymbol.Iterator);            // Step 4.
        if (usingIterator != null)                                                             // Step 5.
        {
            var a = ConstructOrArrayCreate(realm, c, ReadOnlySpan<JsValue>.Empty, 0);
            var iteratorRecord = IteratorRecord.FromMethod(items, usingIterator);
            double k = 0;
            while (true)
            {
                if (k >= 9007199254740991)
                {
                    iteratorRecord.CloseAfterThrow(realm);
                    JsException.ThrowTypeError("Array length exceeds the maximum safe integer");
                }
                if (!iteratorRecord.Step(realm, out var next))
                {
                    a.SetOrThrow(JsArray.LengthKey, JsValue.FromNumber(k));
                    return a;
                }
                try
                {
                    var mapped = mapping ? Operations.Call(mapFn, thisArg, [next, JsValue.FromNumber(k)]) : next;
                    a.CreateDataPropertyOrThrow(Key(k), mapped);
                }
                catch (JsException) { iteratorRecord.CloseAfterThrow(realm); throw; }
                k++;
            }
        }
        var arrayLike = Operations.ToObject(realm, items);                                     // Step 6.
        double len = Operations.LengthOfArrayLike(arrayLike);                                  // Step 7.
        var result = ConstructOrArrayCreate(realm, c, [JsValue.FromNumber(len)], len);         // Steps 8-9.
        for (double k = 0; k < len; k++)                                                       // Steps 10-11.
        {
            var pk = Key(k);
            var value = arrayLike.Get(pk);
            if (mapping) value = Operations.Call(mapFn, thisArg, [value, JsValue.FromNumber(k)]);
            result.CreateDataPropertyOrThrow(pk, value);
        }
        result.SetOrThrow(JsArray.LengthKey, JsValue.FromNumber(len));                         // Step 12.
        return result;
    }

    private static PropertyKey Key(double index)
        => index < uint.MaxValue ? PropertyKey.FromIndex((uint)index) : PropertyKey.FromString(NumberFormatting.ToString(index));
}
