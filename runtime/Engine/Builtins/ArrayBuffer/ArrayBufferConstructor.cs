using System;
using Aot.Engine.Builtins.Number;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins;

/// <summary>ECMA-262 §25.1.4 The ArrayBuffer Constructor, §25.1.5 its properties, and the abstract
/// operations of §25.1.3 that other families use.</summary>
internal static class ArrayBufferConstructor
{
    public static JsFunction Create(Realm realm)
    {
        var proto = ArrayBufferPrototype.Create(realm);
        var ctor = Builtin.Constructor(realm, "ArrayBuffer", 1, Construct, proto);
        Builtin.DefineMethods(realm, ctor, [new("isView", 1, IsView)]);
        Library.SpeciesGetter(realm, ctor);
        realm.ArrayBufferConstructor = ctor;
        return ctor;
    }

    // 25.1.4.1 ArrayBuffer ( length [ , options ] )
    private static JsValue Construct(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        if (newTarget == null) JsException.ThrowTypeError("Constructor ArrayBuffer requires 'new'"); // Step 1.
        double byteLength = ToIndex(Builtin.Arg(args, 0));                                          // Step 2.
        double requestedMax = GetMaxByteLengthOption(Builtin.Arg(args, 1));                         // Step 3.
        return Allocate(realm, newTarget, byteLength, requestedMax);                                // Step 4.
    }

    // 25.1.5.1 ArrayBuffer.isView ( arg )
    private static JsValue IsView(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
        => Builtin.Arg(args, 0).Ref is JsTypedArray or JsDataView && Builtin.Arg(args, 0).IsObject;

    /// <summary>§7.1.22 ToIndex on any value.</summary>
    public static double ToIndex(in JsValue value)
    {
        if (value.IsUndefined) return 0;
        double integer = Operations.ToIntegerOrInfinity(value);
        if (!(integer >= 0 && integer <= NumberConversions.MaxSafeInteger)) JsException.ThrowRangeError("Invalid index: " + NumberFormatting.ToString(integer));
        return integer;
    }

    /// <summary>§25.1.3.6 GetArrayBufferMaxByteLengthOption: -1 for "empty".</summary>
    public static double GetMaxByteLengthOption(in JsValue options)
    {
        if (!options.IsObject) return -1;
        var max = options.AsObject().Get("maxByteLength");
        if (max.IsUndefined) return -1;
        return ToIndex(max);
    }

    /// <summary>§25.1.3.1 AllocateArrayBuffer ( constructor, byteLength [ , maxByteLength ] ), max -1 for none.</summary>
    public static JsArrayBuffer Allocate(Realm realm, JsObject constructor, double byteLength, double maxByteLength = -1)
    {
        if (maxByteLength >= 0 && byteLength > maxByteLength) JsException.ThrowRangeError("Invalid array buffer max length"); // Step 3.
        var proto = Library.PrototypeFromConstructor(constructor, static r => r.ArrayBufferPrototype, realm);                // Step 4.
        int length = JsArrayBuffer.CheckAllocatable(byteLength);                                                          // Step 5.
        int max = maxByteLength < 0 ? -1 : JsArrayBuffer.CheckAllocatable(maxByteLength);
        return new JsArrayBuffer(proto, length, max, shared: false);
    }

    /// <summary>AllocateArrayBuffer(%ArrayBuffer%, byteLength): a fresh fixed-length buffer of this realm.</summary>
    public static JsArrayBuffer AllocateIntrinsic(Realm realm, double byteLength)
        => new(realm.ArrayBufferPrototype, JsArrayBuffer.CheckAllocatable(byteLength), -1, shared: false);

    /// <summary>§25.1.3.4 CloneArrayBuffer ( srcBuffer, srcByteOffset, srcLength ).</summary>
    public static JsArrayBuffer Clone(Realm realm, JsArrayBuffer src, int srcByteOffset, int srcLength)
    {
        var target = AllocateIntrinsic(realm, srcLength);
        if (src.Detached) JsException.ThrowTypeError("Cannot perform an operation on a detached ArrayBuffer");
        Array.Copy(src.Data, srcByteOffset, target.Data, 0, srcLength);
        return target;
    }

    /// <summary>§7.3.22 SpeciesConstructor ( O, defaultConstructor ).</summary>
    public static JsFunction SpeciesConstructor(JsObject o, JsFunction defaultConstructor)
    {
        var c = o.Get("constructor");
        if (c.IsUndefined) return defaultConstructor;
        if (!c.IsObject) JsException.ThrowTypeError("object.constructor is not an object");
        var species = c.AsObject().Get(JsSymbol.Species, c);
        if (species.IsNullish) return defaultConstructor;
        if (species.Ref is JsFunction f && species.IsObject && f.IsConstructor) return f;
        return JsException.ThrowTypeError<JsFunction>("object.constructor[Symbol.species] is not a constructor");
    }

    public static void ThrowDetached(string method)
        => JsException.ThrowTypeError($"Cannot perform {method} on a detached ArrayBuffer");
}
