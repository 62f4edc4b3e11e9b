using System;
using System.Collections.Generic;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins;

/// <summary>The abstract operations of ECMA-262 §23.2.4 (TypedArraySpeciesCreate, TypedArrayCreateFromConstructor,
/// TypedArrayCreateSameType, ValidateTypedArray) and §23.2.5.1.x (AllocateTypedArray, the Initialize* family).</summary>
internal static class TypedArrayOperations
{
    /// <summary>§23.2.4.4 ValidateTypedArray: the typed array, not out of bounds (nor detached).</summary>
    public static JsTypedArray Validate(in JsValue o, string method)
    {
        if (o.Ref is not JsTypedArray ta || !o.IsObject)
            return JsException.ThrowTypeError<JsTypedArray>($"this is not a typed array (in {method})");
        if (ta.IsOutOfBounds) ThrowOutOfBounds(ta, method);
        return ta;
    }

    /// <summary>RequireInternalSlot(O, [[TypedArrayName]]).</summary>
    public static JsTypedArray Require(in JsValue o, string method)
    {
        if (o.Ref is JsTypedArray ta && o.IsObject) return ta;
        return JsException.ThrowTypeError<JsTypedArray>($"this is not a typed array (in {method})");
    }

    public const string MixedContentTypes = "Cannot mix BigInt and other types, use explicit conversions";

    public static void ThrowOutOfBounds(JsTypedArray ta, string method)
    {
        if (ta.Buffer.Detached) JsException.ThrowTypeError($"Cannot perform {method} on a detached ArrayBuffer");
        JsException.ThrowTypeError($"Cannot perform {method} on an out-of-bounds TypedArray");
    }

    /// <summary>§23.2.5.1.1 AllocateTypedArray ( constructorName, newTarget, defaultProto [ , length ] ); length -1 for none.</summary>
    public static JsTypedArray Allocate(Realm realm, TypedArrayKind kind, JsObject newTarget, double length = -1)
    {
        int k = (int)kind;
        var proto = Library.PrototypeFromConstructor(newTarget, r => r.TypedArrayPrototypes[k], realm);
        var obj = new JsTypedArray(proto, kind);
        if (length >= 0) AllocateBuffer(realm, obj, length);
        return obj;
    }

    /// <summary>§23.2.5.1.6 AllocateTypedArrayBuffer ( O, length ).</summary>
    public static void AllocateBuffer(Realm realm, JsTypedArray o, double length)
    {
        double byteLength = length * o.ElementSize;
        var data = ArrayBufferConstructor.AllocateIntrinsic(realm, byteLength);
        o.Buffer = data;
        o.ByteOffset = 0;
        o.FixedLength = (int)length;
    }

    /// <summary>A new typed array of <paramref name="kind"/> with a fresh buffer, from the realm's intrinsic prototype.</summary>
    public static JsTypedArray CreateIntrinsic(Realm realm, TypedArrayKind kind, int length)
    {
        var obj = new JsTypedArray(realm.TypedArrayPrototypes[(int)kind], kind);
        AllocateBuffer(realm, obj, length);
        return obj;
    }

    /// <summary>§23.2.4.2 TypedArrayCreateFromConstructor ( constructor, argumentList ).</summary>
    public static JsTypedArray CreateFromConstructor(JsFunction constructor, ReadOnlySpan<JsValue> argumentList)
    {
        var created = Operations.Construct(constructor, argumentList);                        // Step 1.
        var ta = Validate(created, "construct");                                              // Step 2.
        if (argumentList.Length == 1 && argumentList[0].IsNumber)                             // Step 3.
        {
            if (ta.Length < argumentList[0].Number)
                JsException.ThrowTypeError("Derived TypedArray constructor created an array which was too small");
        }
        return ta;
    }

    /// <summary>§23.2.4.1 TypedArraySpeciesCreate ( exemplar, argumentList ).</summary>
    public static JsTypedArray SpeciesCreate(Realm realm, JsTypedArray exemplar, ReadOnlySpan<JsValue> argumentList)
    {
        var defaultConstructor = realm.TypedArrayConstructors[(int)exemplar.Kind];             // Step 1.
        var constructor = ArrayBufferConstructor.SpeciesConstructor(exemplar, defaultConstructor); // Step 2.
        var result = CreateFromConstructor(constructor, argumentList);                        // Step 3.
        if (result.IsBigInt != exemplar.IsBigInt)                                             // Step 5.
            JsException.ThrowTypeError(MixedContentTypes);
        return result;
    }

    /// <summary>TypedArraySpeciesCreate with a single length argument.</summary>
    public static JsTypedArray SpeciesCreate(Realm realm, JsTypedArray exemplar, long length)
        => SpeciesCreate(realm, exemplar, [JsValue.FromNumber(length)]);

    /// <summary>§23.2.4.3 TypedArrayCreateSameType ( exemplar, argumentList ) with a length.</summary>
    public static JsTypedArray CreateSameType(Realm realm, JsTypedArray exemplar, long length)
        => CreateFromConstructor(realm.TypedArrayConstructors[(int)exemplar.Kind], [JsValue.FromNumber(length)]);

    // ------------------------------------------------------------------ §23.2.5.1 TypedArray ( ...args )

    public static JsValue Construct(Realm realm, TypedArrayKind kind, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        if (newTarget == null) JsException.ThrowTypeError($"Constructor {TypedArrayInfo.Name(kind)} requires 'new'"); // Step 1.
        if (args.Length == 0) return Allocate(realm, kind, newTarget, 0);                                         // Step 4.
        var first = args[0];                                                                                        // Step 5.
        if (first.IsObject)
        {
            var o = Allocate(realm, kind, newTarget);                                                               // Step 5.a.
            var firstArgument = first.AsObject();
            if (firstArgument is JsTypedArray source) InitializeFromTypedArray(realm, o, source);                  // Step 5.b.
            else if (firstArgument is JsArrayBuffer buffer)                                                         // Step 5.c.
                InitializeFromArrayBuffer(o, buffer, Builtin.Arg(args, 1), Builtin.Arg(args, 2));
            else
            {
                var usingIterator = Operations.GetMethod(first, JsSymbol.Iterator);                                 // Step 5.d.i.
                if (usingIterator != null)
                {
                    var values = IteratorToList(realm, IteratorRecord.FromMethod(first, JsValue.FromObject(usingIterator)));
                    InitializeFromList(realm, o, values);
                }
                else InitializeFromArrayLike(realm, o, firstArgument);
            }
            return o;
        }
        double elementLength = first.IsUndefined ? 0 : Operations.ToIntegerOrInfinity(first);                     // Step 6.b: ToIndex.
        if (!(elementLength >= 0 && elementLength <= Number.NumberConversions.MaxSafeInteger))
            JsException.ThrowRangeError("Invalid typed array length: " + NumberFormatting.ToString(elementLength));
        return Allocate(realm, kind, newTarget, elementLength);                                                     // Step 6.c.
    }

    /// <summary>§7.4.12 IteratorToList.</summary>
    public static List<JsValue> IteratorToList(Realm realm, IteratorRecord record)
    {
        var values = new List<JsValue>();
        while (record.Step(realm, out var value)) values.Add(value);
        return values;
    }

    /// <summary>§23.2.5.1.2 InitializeTypedArrayFromTypedArray ( O, srcArray ).</summary>
    private static void InitializeFromTypedArray(Realm realm, JsTypedArray o, JsTypedArray src)
    {
        if (src.IsOutOfBounds) ThrowOutOfBounds(src, "construct");                             // Step 6.
        int elementLength = src.Length;                                                        // Step 7.
        double byteLength = (double)o.ElementSize * elementLength;                             // Step 8.
        if (o.IsBigInt != src.IsBigInt) JsException.ThrowTypeError(MixedContentTypes); // Step 9.
        var data = ArrayBufferConstructor.AllocateIntrinsic(realm, byteLength);                 // Step 10.
        o.Buffer = data;
        o.ByteOffset = 0;
        o.FixedLength = elementLength;
        if (src.Kind == o.Kind) src.Bytes.CopyTo(data.Data);                                   // Step 11.
        else for (int k = 0; k < elementLength; k++) o.WriteElement(k, src.ReadElement(k));     // Step 12.
    }

    /// <summary>§23.2.5.1.3 InitializeTypedArrayFromArrayBuffer ( O, buffer, byteOffset, length ).</summary>
    private static void InitializeFromArrayBuffer(JsTypedArray o, JsArrayBuffer buffer, in JsValue byteOffset, in JsValue length)
    {
        int elementSize = o.ElementSize;                                                       // Step 1.
        double offset = ArrayBufferConstructor.ToIndex(byteOffset);                             // Step 2.
        if (offset % elementSize != 0) JsException.ThrowRangeError($"start offset of {o.ClassName} should be a multiple of {elementSize}"); // Step 3.
        bool fixedLength = buffer.IsFixedLength;                                               // Step 4.
        double newLength = length.IsUndefined ? 0 : ArrayBufferConstructor.ToIndex(length);   // Step 5.
        if (buffer.Detached) ArrayBufferConstructor.ThrowDetached("Construct");               // Step 6.
        int bufferByteLength = buffer.ByteLength;                                              // Step 7.
        if (length.IsUndefined && !fixedLength)                                               // Step 8.
        {
            if (offset > bufferByteLength) JsException.ThrowRangeError($"Start offset {offset} is outside the bounds of the buffer");
            o.LengthTracking = true;
        }
        else                                                                                  // Step 9.
        {
            double newByteLength;
            if (length.IsUndefined)
            {
                if (bufferByteLength % elementSize != 0) JsException.ThrowRangeError($"byte length of {o.ClassName} should be a multiple of {elementSize}");
                newByteLength = bufferByteLength - offset;
                if (newByteLength < 0) JsException.ThrowRangeError($"Start offset {offset} is outside the bounds of the buffer");
            }
            else
            {
                newByteLength = newLength * elementSize;
                if (offset + newByteLength > bufferByteLength) JsException.ThrowRangeError($"Invalid typed array length: {newLength}");
            }
            o.FixedLength = (int)(newByteLength / elementSize);
        }
        o.Buffer = buffer;                                                                    // Step 10.
        o.ByteOffset = (int)offset;
    }

    /// <summary>§23.2.5.1.4 InitializeTypedArrayFromList ( O, values ).</summary>
    private static void InitializeFromList(Realm realm, JsTypedArray o, List<JsValue> values)
    {
        AllocateBuffer(realm, o, values.Count);
        for (int k = 0; k < values.Count; k++) o.SetElement(k, values[k]);
    }

    /// <summary>§23.2.5.1.5 InitializeTypedArrayFromArrayLike ( O, arrayLike ).</summary>
    private static void InitializeFromArrayLike(Realm realm, JsTypedArray o, JsObject arrayLike)
    {
        double len = Operations.LengthOfArrayLike(arrayLike);
        AllocateBuffer(realm, o, len);
        for (int k = 0; k < (int)len; k++) o.SetElement(k, arrayLike.Get(PropertyKey.FromIndex((uint)k)));
    }

    /// <summary>Get(O, k) for an index (array-like sources).</summary>
    public static JsValue GetIndex(JsObject o, long k)
        => o.Get(k < uint.MaxValue ? PropertyKey.FromIndex((uint)k) : PropertyKey.FromString(k.ToString(System.Globalization.CultureInfo.InvariantCulture)));
}
