using System;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins;

// ECMA-262 §23.2.3: the %TypedArray%.prototype methods that copy, write or reorder elements.
internal static partial class TypedArrayPrototype
{
    // 23.2.3.6 %TypedArray%.prototype.copyWithin ( target, start [ , end ] )
    private static JsValue CopyWithin(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var o = TypedArrayOperations.Validate(thisValue, "%TypedArray%.prototype.copyWithin");   // Steps 1-2.
        long len = o.Length;                                                                      // Step 3.
        long targetIndex = Builtin.RelativeIndex(Builtin.Arg(args, 0), len, 0);                   // Steps 4-6.
        long startIndex = Builtin.RelativeIndex(Builtin.Arg(args, 1), len, 0);                    // Steps 7-9.
        long endIndex = Builtin.RelativeIndex(Builtin.Arg(args, 2), len, len);                    // Steps 10-12.
        long count = Math.Min(endIndex - startIndex, len - targetIndex);                          // Step 13.
        if (count > 0)                                                                            // Step 14.
        {
            if (o.IsOutOfBounds) TypedArrayOperations.ThrowOutOfBounds(o, "%TypedArray%.prototype.copyWithin");
            len = o.Length;
            int elementSize = o.ElementSize;
            long byteOffset = o.ByteOffset;
            long bufferByteLimit = len * elementSize + byteOffset;
            long toByteIndex = targetIndex * elementSize + byteOffset;
            long fromByteIndex = startIndex * elementSize + byteOffset;
            long countBytes = count * elementSize;
            // Only the bytes below the limit move (the buffer may have shrunk); Array.Copy is a memmove,
            // which is what the spec's byte loop amounts to.
            countBytes = Math.Max(0, Math.Min(countBytes, Math.Min(bufferByteLimit - fromByteIndex, bufferByteLimit - toByteIndex)));
            if (countBytes > 0) Array.Copy(o.Buffer.Data, fromByteIndex, o.Buffer.Data, toByteIndex, countBytes);
        }
        return o;
    }

    // 23.2.3.9 %TypedArray%.prototype.fill ( value [ , start [ , end ] ] )
    private static JsValue Fill(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var o = TypedArrayOperations.Validate(thisValue, "%TypedArray%.prototype.fill");          // Steps 1-2.
        long len = o.Length;                                                                      // Step 3.
        var value = TypedArrayInfo.ToNumeric(o.Kind, Builtin.Arg(args, 0));                       // Steps 4-5.
        long k = Builtin.RelativeIndex(Builtin.Arg(args, 1), len, 0);                             // Steps 6-8.
        long final = Builtin.RelativeIndex(Builtin.Arg(args, 2), len, len);                       // Steps 9-11.
        if (o.IsOutOfBounds) TypedArrayOperations.ThrowOutOfBounds(o, "%TypedArray%.prototype.fill"); // Steps 12-13.
        final = Math.Min(final, o.Length);                                                        // Steps 14-15.
        for (; k < final; k++) o.WriteElement((int)k, value);                                     // Step 17.
        return o;
    }

    // 23.2.3.25 %TypedArray%.prototype.reverse ( )
    private static JsValue Reverse(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var o = TypedArrayOperations.Validate(thisValue, "%TypedArray%.prototype.reverse");
        int len = o.Length;
        for (int lower = 0, upper = len - 1; lower < upper; lower++, upper--)
        {
            var lowerValue = o.ReadElement(lower);
            o.WriteElement(lower, o.ReadElement(upper));
            o.WriteElement(upper, lowerValue);
        }
        return o;
    }

    // 23.2.3.33 %TypedArray%.prototype.toReversed ( )
    private static JsValue ToReversed(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var o = TypedArrayOperations.Validate(thisValue, "%TypedArray%.prototype.toReversed");
        int length = o.Length;
        var a = TypedArrayOperations.CreateSameType(realm, o, length);
        for (int k = 0; k < length; k++) a.WriteElement(k, o.ReadElement(length - k - 1));
        return a;
    }

    // 23.2.3.36 %TypedArray%.prototype.with ( index, value )
    private static JsValue With(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var o = TypedArrayOperations.Validate(thisValue, "%TypedArray%.prototype.with");          // Steps 1-2.
        long len = o.Length;                                                                      // Step 3.
        double relativeIndex = Operations.ToIntegerOrInfinity(Builtin.Arg(args, 0)) + 0.0;        // Step 4 (-0 is 0).
        double actualIndex = relativeIndex >= 0 ? relativeIndex : len + relativeIndex;            // Steps 5-6.
        var numericValue = TypedArrayInfo.ToNumeric(o.Kind, Builtin.Arg(args, 1));               // Steps 7-8.
        if (!o.IsValidIntegerIndex(actualIndex)) JsException.ThrowRangeError("Invalid typed array index"); // Step 9.
        var a = TypedArrayOperations.CreateSameType(realm, o, len);                               // Step 10.
        for (int k = 0; k < len; k++)                                                              // Steps 11-12.
            a.SetElement(k, k == actualIndex ? numericValue : o.GetElement(k));
        return a;
    }

    // 23.2.3.27 %TypedArray%.prototype.set ( source [ , offset ] )
    private static JsValue Set(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var target = TypedArrayOperations.Require(thisValue, "%TypedArray%.prototype.set");       // Steps 1-3.
        double targetOffset = Operations.ToIntegerOrInfinity(Builtin.Arg(args, 1));               // Step 4.
        if (targetOffset < 0) JsException.ThrowRangeError("offset is out of bounds");              // Step 5.
        var source = Builtin.Arg(args, 0);
        if (source.Ref is JsTypedArray src && source.IsObject) SetFromTypedArray(realm, target, targetOffset, src); // Step 6.
        else SetFromArrayLike(realm, target, targetOffset, source);                                // Step 7.
        return JsValue.Undefined;
    }

    /// <summary>§23.2.3.27.1 SetTypedArrayFromTypedArray ( target, targetOffset, source ).</summary>
    private static void SetFromTypedArray(Realm realm, JsTypedArray target, double targetOffset, JsTypedArray source)
    {
        if (target.IsOutOfBounds) TypedArrayOperations.ThrowOutOfBounds(target, "%TypedArray%.prototype.set"); // Steps 2-3.
        int targetLength = target.Length;                                                          // Step 4.
        if (source.IsOutOfBounds) TypedArrayOperations.ThrowOutOfBounds(source, "%TypedArray%.prototype.set"); // Steps 6-7.
        int srcLength = source.Length;                                                             // Step 8.
        if (double.IsPositiveInfinity(targetOffset) || srcLength + targetOffset > targetLength)    // Steps 13-14.
            JsException.ThrowRangeError("offset is out of bounds");
        if (target.IsBigInt != source.IsBigInt) JsException.ThrowTypeError(TypedArrayOperations.MixedContentTypes); // Step 15.
        int targetByteIndex = (int)targetOffset * target.ElementSize + target.ByteOffset;
        if (source.Kind == target.Kind)
        {
            // Same element type: a byte copy (Span.CopyTo handles overlap like memmove, which is
            // what cloning the source first (steps 16-20) guarantees).
            source.Bytes.CopyTo(target.Buffer.Data.AsSpan(targetByteIndex));
            return;
        }
        var src = source;
        if (ReferenceEquals(source.Buffer, target.Buffer))                                          // Step 18: clone an overlapping source.
        {
            var clone = ArrayBufferConstructor.Clone(realm, source.Buffer, source.ByteOffset, source.ByteLength);
            src = new JsTypedArray(null, source.Kind) { Buffer = clone, FixedLength = srcLength };
        }
        for (int k = 0; k < srcLength; k++) target.WriteElement((int)targetOffset + k, src.ReadElement(k));
    }

    /// <summary>§23.2.3.27.2 SetTypedArrayFromArrayLike ( target, targetOffset, source ).</summary>
    private static void SetFromArrayLike(Realm realm, JsTypedArray target, double targetOffset, in JsValue source)
    {
        if (target.IsOutOfBounds) TypedArrayOperations.ThrowOutOfBounds(target, "%TypedArray%.prototype.set"); // Steps 1-2.
        int targetLength = target.Length;                                                          // Step 3.
        var src = Operations.ToObject(realm, source);                                              // Step 4.
        double srcLength = Operations.LengthOfArrayLike(src);                                      // Step 5.
        if (double.IsPositiveInfinity(targetOffset) || srcLength + targetOffset > targetLength)    // Steps 6-7.
            JsException.ThrowRangeError("offset is out of bounds");
        for (long k = 0; k < srcLength; k++)                                                       // Step 9.
        {
            var value = TypedArrayOperations.GetIndex(src, k);
            target.SetElement(targetOffset + k, value);
        }
    }

    // 23.2.3.28 %TypedArray%.prototype.slice ( start, end )
    private static JsValue Slice(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var o = TypedArrayOperations.Validate(thisValue, "%TypedArray%.prototype.slice");         // Steps 1-2.
        long srcArrayLength = o.Length;                                                           // Step 3.
        long startIndex = Builtin.RelativeIndex(Builtin.Arg(args, 0), srcArrayLength, 0);         // Steps 4-6.
        long endIndex = Builtin.RelativeIndex(Builtin.Arg(args, 1), srcArrayLength, srcArrayLength); // Steps 7-9.
        long countBytes = Math.Max(endIndex - startIndex, 0);                                      // Step 10.
        var a = TypedArrayOperations.SpeciesCreate(realm, o, countBytes);                          // Step 11.
        if (countBytes > 0)                                                                         // Step 12.
        {
            if (o.IsOutOfBounds) TypedArrayOperations.ThrowOutOfBounds(o, "%TypedArray%.prototype.slice");
            endIndex = Math.Min(endIndex, o.Length);
            countBytes = Math.Max(endIndex - startIndex, 0);
            if (o.Kind == a.Kind)
            {
                // Byte-wise, in ascending order, as the spec's loop (the species result may share the buffer).
                int elementSize = o.ElementSize;
                var srcData = o.Buffer.Data;
                var targetData = a.Buffer.Data;
                long srcByteIndex = startIndex * elementSize + o.ByteOffset;
                long targetByteIndex = a.ByteOffset;
                long endByteIndex = targetByteIndex + Math.Min(countBytes * elementSize, Math.Max(0, a.Buffer.ByteLength - targetByteIndex));
                while (targetByteIndex < endByteIndex) targetData[targetByteIndex++] = srcData[srcByteIndex++];
            }
            else
            {
                var receiver = JsValue.FromObject(a);
                for (long k = startIndex, n = 0; k < endIndex; k++, n++)
                    a.Set(Key(n), o.GetElement(k), receiver);
            }
        }
        return a;
    }

    // 23.2.3.30 %TypedArray%.prototype.subarray ( start, end )
    private static JsValue Subarray(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var o = TypedArrayOperations.Require(thisValue, "%TypedArray%.prototype.subarray");      // Steps 1-3.
        var buffer = o.Buffer;                                                                    // Step 4.
        long srcLength = o.IsOutOfBounds ? 0 : o.Length;                                          // Steps 5-7.
        long startIndex = Builtin.RelativeIndex(Builtin.Arg(args, 0), srcLength, 0);              // Steps 8-10.
        int elementSize = o.ElementSize;                                                          // Step 11.
        double beginByteOffset = o.ByteOffset + (double)startIndex * elementSize;                 // Steps 12-13.
        var end = Builtin.Arg(args, 1);
        if (o.LengthTracking && end.IsUndefined)                                                  // Step 14.
            return TypedArrayOperations.SpeciesCreate(realm, o, [JsValue.FromObject(buffer), JsValue.FromNumber(beginByteOffset)]);
        long endIndex = Builtin.RelativeIndex(end, srcLength, srcLength);                         // Step 15.
        long newLength = Math.Max(endIndex - startIndex, 0);
        return TypedArrayOperations.SpeciesCreate(realm, o, [JsValue.FromObject(buffer), JsValue.FromNumber(beginByteOffset), JsValue.FromNumber(newLength)]);
    }

    // 23.2.3.29 %TypedArray%.prototype.sort ( comparefn )
    private static JsValue Sort(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var comparefn = Builtin.Arg(args, 0);
        if (!comparefn.IsUndefined && !comparefn.IsCallable)                                      // Step 1.
            JsException.ThrowTypeError("The comparison function must be either a function or undefined");
        var o = TypedArrayOperations.Validate(thisValue, "%TypedArray%.prototype.sort");         // Steps 2-3.
        int len = o.Length;                                                                       // Step 4.
        var sorted = SortedElements(o, len, comparefn);                                           // Steps 5-6.
        var receiver = JsValue.FromObject(o);
        for (int j = 0; j < len; j++) o.Set(Key(j), sorted[j], receiver);                         // Steps 7-8.
        return o;
    }

    // 23.2.3.34 %TypedArray%.prototype.toSorted ( comparefn )
    private static JsValue ToSorted(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var comparefn = Builtin.Arg(args, 0);
        if (!comparefn.IsUndefined && !comparefn.IsCallable)
            JsException.ThrowTypeError("The comparison function must be either a function or undefined");
        var o = TypedArrayOperations.Validate(thisValue, "%TypedArray%.prototype.toSorted");
        int len = o.Length;
        var a = TypedArrayOperations.CreateSameType(realm, o, len);
        var sorted = SortedElements(o, len, comparefn);
        var receiver = JsValue.FromObject(a);
        for (int j = 0; j < len; j++) a.Set(Key(j), sorted[j], receiver);
        return a;
    }

    /// <summary>§23.1.3.30.1 SortIndexedProperties with §23.2.4.7 TypedArray SortCompare, stable (merge sort).</summary>
    private static JsValue[] SortedElements(JsTypedArray o, int len, JsValue comparefn)
    {
        var items = new JsValue[len];
        for (int k = 0; k < len; k++) items[k] = o.GetElement(k);
        Comparison<JsValue> compare = comparefn.IsUndefined
            ? static (x, y) => CompareNumeric(x, y)
            : (x, y) =>
            {
                double v = Operations.ToNumber(Operations.Call(comparefn, JsValue.Undefined, [x, y]));
                return double.IsNaN(v) ? 0 : v < 0 ? -1 : v > 0 ? 1 : 0;
            };
        MergeSort(items, new JsValue[len], 0, len, compare);
        return items;
    }

    /// <summary>The default order of §23.2.4.7: numeric, -0 before +0, NaN last.</summary>
    private static int CompareNumeric(in JsValue x, in JsValue y)
    {
        if (x.IsBigInt) return x.AsBigInt.CompareTo(y.AsBigInt);
        double a = x.Number, b = y.Number;
        if (double.IsNaN(a)) return double.IsNaN(b) ? 0 : 1;
        if (double.IsNaN(b)) return -1;
        if (a < b) return -1;
        if (a > b) return 1;
        if (a == 0 && b == 0) return double.IsNegative(a) == double.IsNegative(b) ? 0 : double.IsNegative(a) ? -1 : 1;
        return 0;
    }

    private static void MergeSort(JsValue[] items, JsValue[] scratch, int from, int to, Comparison<JsValue> compare)
    {
        if (to - from < 2) return;
        int mid = from + (to - from) / 2;
        MergeSort(items, scratch, from, mid, compare);
        MergeSort(items, scratch, mid, to, compare);
        if (compare(items[mid - 1], items[mid]) <= 0) return;
        Array.Copy(items, from, scratch, from, to - from);
        int i = from, j = mid, k = from;
        while (i < mid && j < to) items[k++] = compare(scratch[j], scratch[i]) < 0 ? scratch[j++] : scratch[i++];
        while (i < mid) items[k++] = scratch[i++];
        while (j < to) items[k++] = scratch[j++];
    }
}
