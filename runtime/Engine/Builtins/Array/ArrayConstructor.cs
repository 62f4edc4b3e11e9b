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
        var proto = newTarget.Get("prototype");
        return proto.IsObject ? proto.AsObject() : realm.ArrayPrototype;
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

    // 23.1.2.3 Array.of ( ...items )
    private static JsValue Of(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
        => Operations.CreateArrayFromList(realm, args);

    // 23.1.2.1 Array.from ( items [ , mapfn [ , thisArg ] ] )
    private static JsValue From(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var items = Builtin.Arg(args, 0);
        var mapFn = Builtin.Arg(args, 1);
        var thisArg = Builtin.Arg(args, 2);
        if (!mapFn.IsUndefined) Builtin.CallbackOrThrow(mapFn);
        var result = realm.CreateArray();
        if (items.IsNullish) JsException.ThrowTypeError($"{items} is not iterable");
        var usingIterator = Operations.GetMethod(realm, items, JsSymbol.Iterator);
        uint k = 0;
        if (usingIterator != null)
        {
            if (!Vm.GetIterator(realm, items, out var iterator, out var next, out var exception)) throw new JsException(exception);
            while (true)
            {
                if (!Vm.IteratorStep(realm, iterator, next, out bool done, out var value, out exception)) throw new JsException(exception);
                if (done) break;
                if (!mapFn.IsUndefined) value = Operations.Call(mapFn, thisArg, [value, JsValue.FromNumber(k)]);
                result.CreateDataPropertyOrThrow(PropertyKey.FromIndex(k++), value);
            }
            return result;
        }
        var arrayLike = Operations.ToObject(realm, items);
        double len = Operations.LengthOfArrayLike(arrayLike);
        for (; k < len; k++)
        {
            var value = arrayLike.Get(PropertyKey.FromIndex(k));
            if (!mapFn.IsUndefined) value = Operations.Call(mapFn, thisArg, [value, JsValue.FromNumber(k)]);
            result.CreateDataPropertyOrThrow(PropertyKey.FromIndex(k), value);
        }
        return result;
    }
}
