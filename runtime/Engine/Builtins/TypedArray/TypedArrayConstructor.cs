using System;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins;

/// <summary>ECMA-262 §23.2.1 The %TypedArray% Intrinsic Object, §23.2.2 its properties (from, of,
/// @@species), and §23.2.5-23.2.6 the concrete constructors (Int8Array ... Float64Array).</summary>
internal static class TypedArrayConstructor
{
    /// <summary>Installs %TypedArray%, its prototype, and every concrete constructor on the global object.</summary>
    public static void Install(Realm realm)
    {
        var proto = TypedArrayPrototype.Create(realm);
        var intrinsic = Builtin.Constructor(realm, "TypedArray", 0, Abstract, proto);
        Builtin.DefineMethods(realm, intrinsic, [new("from", 1, From), new("of", 0, Of)]);
        Library.SpeciesGetter(realm, intrinsic);
        realm.TypedArrayConstructor = intrinsic;
        for (int i = 0; i < TypedArrayInfo.KindCount; i++)
        {
            var ctor = CreateConcrete(realm, (TypedArrayKind)i);
            realm.DefineIntrinsicGlobal(TypedArrayInfo.Name((TypedArrayKind)i), ctor);
        }
    }

    // 23.2.1.1 %TypedArray% ( )
    private static JsValue Abstract(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
        => JsException.ThrowTypeError<JsValue>("Abstract class TypedArray not directly constructable");

    /// <summary>§23.2.6 Properties of the TypedArray Constructors and §23.2.7 of their prototypes.</summary>
    private static JsFunction CreateConcrete(Realm realm, TypedArrayKind kind)
    {
        var proto = new JsObject(realm.TypedArrayPrototype);
        var ctor = Builtin.Constructor(realm, TypedArrayInfo.Name(kind), 3, ConstructorFor(kind), proto);
        ctor.prototype = realm.TypedArrayConstructor;                                         // §23.2.6: [[Prototype]] is %TypedArray%.
        var bytes = JsValue.FromNumber(TypedArrayInfo.ElementSize(kind));
        ctor.AddProperty("BYTES_PER_ELEMENT", bytes, PropertyFlags.None);                     // 23.2.6.1
        proto.AddProperty("BYTES_PER_ELEMENT", bytes, PropertyFlags.None);                    // 23.2.7.1
        realm.TypedArrayConstructors[(int)kind] = ctor;
        realm.TypedArrayPrototypes[(int)kind] = proto;
        if (kind == TypedArrayKind.Uint8) Uint8ArrayBase64.Install(realm, ctor, proto);
        return ctor;
    }

    private static NativeFunction ConstructorFor(TypedArrayKind kind) => kind switch
    {
        TypedArrayKind.Int8 => static (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => TypedArrayOperations.Construct(r, TypedArrayKind.Int8, a, n),
        TypedArrayKind.Uint8 => static (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => TypedArrayOperations.Construct(r, TypedArrayKind.Uint8, a, n),
        TypedArrayKind.Uint8Clamped => static (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => TypedArrayOperations.Construct(r, TypedArrayKind.Uint8Clamped, a, n),
        TypedArrayKind.Int16 => static (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => TypedArrayOperations.Construct(r, TypedArrayKind.Int16, a, n),
        TypedArrayKind.Uint16 => static (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => TypedArrayOperations.Construct(r, TypedArrayKind.Uint16, a, n),
        TypedArrayKind.Int32 => static (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => TypedArrayOperations.Construct(r, TypedArrayKind.Int32, a, n),
        TypedArrayKind.Uint32 => static (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => TypedArrayOperations.Construct(r, TypedArrayKind.Uint32, a, n),
        TypedArrayKind.BigInt64 => static (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => TypedArrayOperations.Construct(r, TypedArrayKind.BigInt64, a, n),
        TypedArrayKind.BigUint64 => static (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => TypedArrayOperations.Construct(r, TypedArrayKind.BigUint64, a, n),
        TypedArrayKind.Float16 => static (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => TypedArrayOperations.Construct(r, TypedArrayKind.Float16, a, n),
        TypedArrayKind.Float32 => static (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => TypedArrayOperations.Construct(r, TypedArrayKind.Float32, a, n),
        _ => static (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => TypedArrayOperations.Construct(r, TypedArrayKind.Float64, a, n),
    };

    private static JsFunction ThisConstructor(in JsValue c)
    {
        if (c.Ref is JsFunction f && c.IsObject && f.IsConstructor) return f;
        return JsException.ThrowTypeError<JsFunction>($"{Operations.DescribeForError(c)} is not a constructor");
    }

    // 23.2.2.1 %TypedArray%.from ( source [ , mapfn [ , thisArg ] ] )
    private static JsValue From(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var c = ThisConstructor(thisValue);                                                  // Steps 1-2.
        var source = Builtin.Arg(args, 0);
        var mapfn = Builtin.Arg(args, 1);
        var thisArg = Builtin.Arg(args, 2);
        bool mapping = !mapfn.IsUndefined;                                                   // Steps 3-4.
        if (mapping && !mapfn.IsCallable) JsException.ThrowTypeError($"{Operations.DescribeForError(mapfn)} is not a function");
        var usingIterator = Operations.GetMethod(realm, source, JsSymbol.Iterator);         // Step 5.
        if (usingIterator != null)                                                           // Step 6.
        {
            var values = TypedArrayOperations.IteratorToList(realm, IteratorRecord.FromMethod(source, JsValue.FromObject(usingIterator)));
            int len = values.Count;
            var target = TypedArrayOperations.CreateFromConstructor(c, [JsValue.FromNumber(len)]);
            var receiver = JsValue.FromObject(target);
            for (int k = 0; k < len; k++)
            {
                var kValue = values[k];
                var mapped = mapping ? Operations.Call(mapfn, thisArg, [kValue, JsValue.FromNumber(k)]) : kValue;
                target.Set(PropertyKey.FromIndex((uint)k), mapped, receiver);
            }
            return target;
        }
        var arrayLike = Operations.ToObject(realm, source);                                  // Step 8.
        double length = Operations.LengthOfArrayLike(arrayLike);                             // Step 9.
        var targetObj = TypedArrayOperations.CreateFromConstructor(c, [JsValue.FromNumber(length)]); // Step 10.
        var r = JsValue.FromObject(targetObj);
        for (long k = 0; k < length; k++)                                                    // Step 12.
        {
            var kValue = TypedArrayOperations.GetIndex(arrayLike, k);
            var mapped = mapping ? Operations.Call(mapfn, thisArg, [kValue, JsValue.FromNumber(k)]) : kValue;
            targetObj.Set(PropertyKey.FromIndex((uint)k), mapped, r);
        }
        return targetObj;
    }

    // 23.2.2.2 %TypedArray%.of ( ...items )
    private static JsValue Of(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        int len = args.Length;                                                               // Steps 1-2.
        var c = ThisConstructor(thisValue);                                                  // Steps 3-4.
        var newObj = TypedArrayOperations.CreateFromConstructor(c, [JsValue.FromNumber(len)]); // Step 5.
        var receiver = JsValue.FromObject(newObj);
        for (int k = 0; k < len; k++) newObj.Set(PropertyKey.FromIndex((uint)k), args[k], receiver); // Step 7.
        return newObj;
    }
}
