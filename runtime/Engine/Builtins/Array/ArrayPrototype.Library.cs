using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins;

// ECMA-262 §23.1.3: the Array.prototype methods beyond the interpreter core's slice (ES2019-ES2023:
// flat/flatMap, findLast/findLastIndex, copyWithin, reduceRight, toLocaleString, the copying
// methods toReversed/toSorted/toSpliced/with) and @@unscopables.
internal static partial class ArrayPrototype
{
    private static readonly BuiltinMethod[] LibraryMethods =
    [
        new("copyWithin", 2, CopyWithin),
        new("findLast", 1, FindLast),
        new("findLastIndex", 1, FindLastIndex),
        new("flat", 0, Flat),
        new("flatMap", 1, FlatMap),
        new("reduceRight", 1, ReduceRight),
        new("toLocaleString", 0, ToLocaleString),
        new("toReversed", 0, ToReversed),
        new("toSorted", 1, ToSorted),
        new("toSpliced", 2, ToSpliced),
        new("with", 2, With),
    ];

    private const double MaxSafeInteger = 9007199254740991;

    private static void InstallLibraryMethods(Realm realm, JsObject proto)
    {
        Builtin.DefineMethods(realm, proto, LibraryMethods);
        // 23.1.3.41 Array.prototype [ @@unscopables ]: a null-prototype object, { configurable: true }.
        var unscopables = new JsObject(null);
        foreach (var name in (ReadOnlySpan<string>)["at", "copyWithin", "entries", "fill", "find", "findIndex", "findLast", "findLastIndex",
                     "flat", "flatMap", "includes", "keys", "toReversed", "toSorted", "toSpliced", "values"])
            unscopables.CreateDataProperty(name, JsValue.True);
        proto.AddProperty(JsSymbol.Unscopables, JsValue.FromObject(unscopables), PropertyFlags.Configurable);
    }

    /// <summary>§10.4.2.2 ArrayCreate(length) for the copying methods: RangeError beyond 2^32 - 1.</summary>
    private static JsArray ArrayCreate(Realm realm, double length)
    {
        if (length > uint.MaxValue) JsException.ThrowRangeError("Invalid array length");
        var a = new JsArray(realm.ArrayPrototype, (int)Math.Min(length, 1 << 16));
        a.SetLengthOrThrow((uint)length);
        return a;
    }

    /// <summary>§10.4.2.3 ArraySpeciesCreate ( originalArray, length ).</summary>
    internal static JsObject ArraySpeciesCreate(Realm realm, JsObject originalArray, double length)
    {
        if (!Operations.IsArray(originalArray)) return ArrayCreate(realm, length); // Steps 1-2.
        var c = originalArray.Get("constructor");                                 // Step 3.
        if (c.Ref is JsFunction cf && c.IsObject && cf.IsConstructor)             // Step 4.
        {
            // A constructor from another realm that is that realm's %Array% counts as undefined.
            var realmC = Operations.GetFunctionRealm(cf, realm);
            if (!ReferenceEquals(realmC, realm) && ReferenceEquals(cf, realmC.ArrayConstructor)) c = JsValue.Undefined;
        }
        if (c.IsObject)                                                            // Step 5.
        {
            c = c.AsObject().Get(JsSymbol.Species);
            if (c.IsNull) c = JsValue.Undefined;
        }
        if (c.IsUndefined) return ArrayCreate(realm, length);                     // Step 6.
        if (c.Ref is not JsFunction ctor || !c.IsObject || !ctor.IsConstructor)   // Step 7.
            return JsException.ThrowTypeError<JsObject>("object.constructor[Symbol.species] is not a constructor");
        var result = Operations.Construct(ctor, [JsValue.FromNumber(length)]);    // Step 8.
        return result.AsObject();
    }

    private static void CreateAt(JsObject a, double index, in JsValue value)
        => a.CreateDataPropertyOrThrow(Key((long)index), value);

    // 23.1.3.4 Array.prototype.copyWithin ( target, start [ , end ] )
    private static JsValue CopyWithin(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var (o, len) = ThisArrayLike(realm, thisValue, "copyWithin");                 // Steps 1-2.
        long to = Builtin.RelativeIndex(Builtin.Arg(args, 0), len, 0);               // Steps 3-5.
        long from = Builtin.RelativeIndex(Builtin.Arg(args, 1), len, 0);             // Steps 6-8.
        long final = Builtin.RelativeIndex(Builtin.Arg(args, 2), len, len);          // Steps 9-11.
        long count = Math.Min(final - from, len - to);                               // Step 12.
        int direction = 1;
        if (from < to && to < from + count)                                          // Step 13.
        {
            direction = -1;
            from += count - 1;
            to += count - 1;
        }
        while (count > 0)                                                            // Step 15.
        {
            var fromKey = Key(from);
            var toKey = Key(to);
            if (o.HasProperty(fromKey)) o.SetOrThrow(toKey, o.Get(fromKey));
            else o.DeletePropertyOrThrow(toKey);
            from += direction;
            to += direction;
            count--;
        }
        return o;
    }

    // 23.1.3.11 Array.prototype.findLast ( predicate [ , thisArg ] ) and 23.1.3.12 findLastIndex.
    private static JsValue FindLastCore(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, string name, bool wantIndex)
    {
        var (o, len) = ThisArrayLike(realm, thisValue, name);
        var predicate = Builtin.CallbackOrThrow(Builtin.Arg(args, 0));
        var thisArg = Builtin.Arg(args, 1);
        var callArgs = new JsValue[3];
        for (long k = len - 1; k >= 0; k--)
        {
            var kValue = Get(o, k);
            callArgs[0] = kValue;
            callArgs[1] = JsValue.FromNumber(k);
            callArgs[2] = JsValue.FromObject(o);
            if (Operations.ToBoolean(Operations.Call(predicate, thisArg, callArgs)))
                return wantIndex ? JsValue.FromNumber(k) : kValue;
        }
        return wantIndex ? JsValue.FromNumber(-1) : JsValue.Undefined;
    }

    private static JsValue FindLast(Realm realm, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => FindLastCore(realm, t, a, "findLast", false);
    private static JsValue FindLastIndex(Realm realm, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => FindLastCore(realm, t, a, "findLastIndex", true);

    // 23.1.3.13 Array.prototype.flat ( [ depth ] )
    private static JsValue Flat(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var (o, sourceLen) = ThisArrayLike(realm, thisValue, "flat");
        double depthNum = 1;
        var depth = Builtin.Arg(args, 0);
        if (!depth.IsUndefined)
        {
            depthNum = Operations.ToIntegerOrInfinity(depth);
            if (depthNum < 0) depthNum = 0;
        }
        var a = ArraySpeciesCreate(realm, o, 0);
        FlattenIntoArray(a, o, sourceLen, 0, depthNum, null, JsValue.Undefined);
        return a;
    }

    // 23.1.3.14 Array.prototype.flatMap ( mapperFunction [ , thisArg ] )
    private static JsValue FlatMap(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var (o, sourceLen) = ThisArrayLike(realm, thisValue, "flatMap");
        var mapper = Builtin.CallbackOrThrow(Builtin.Arg(args, 0));
        var a = ArraySpeciesCreate(realm, o, 0);
        FlattenIntoArray(a, o, sourceLen, 0, 1, mapper, Builtin.Arg(args, 1));
        return a;
    }

    /// <summary>§23.1.3.13.1 FlattenIntoArray ( target, source, sourceLen, start, depth [ , mapperFunction, thisArg ] ).</summary>
    private static double FlattenIntoArray(JsObject target, JsObject source, double sourceLen, double start, double depth, JsObject? mapper, in JsValue thisArg)
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack()) JsException.ThrowRangeError("Maximum call stack size exceeded");
        double targetIndex = start;
        for (long sourceIndex = 0; sourceIndex < sourceLen; sourceIndex++)
        {
            if (!Has(source, sourceIndex)) continue;
            var element = Get(source, sourceIndex);
            if (mapper != null) element = Operations.Call(mapper, thisArg, [element, JsValue.FromNumber(sourceIndex), JsValue.FromObject(source)]);
            if (depth > 0 && Operations.IsArray(element))
            {
                var inner = element.AsObject();
                double newDepth = double.IsPositiveInfinity(depth) ? depth : depth - 1;
                targetIndex = FlattenIntoArray(target, inner, Operations.LengthOfArrayLike(inner), targetIndex, newDepth, null, JsValue.Undefined);
            }
            else
            {
                if (targetIndex >= MaxSafeInteger) JsException.ThrowTypeError("Array length exceeds the maximum safe integer");
                CreateAt(target, targetIndex, element);
                targetIndex++;
            }
        }
        return targetIndex;
    }

    // 23.1.3.25 Array.prototype.reduceRight ( callbackfn [ , initialValue ] )
    private static JsValue ReduceRight(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var (o, len) = ThisArrayLike(realm, thisValue, "reduceRight");
        var callback = Builtin.CallbackOrThrow(Builtin.Arg(args, 0));
        if (len == 0 && args.Length < 2) JsException.ThrowTypeError("Reduce of empty array with no initial value");
        long k = len - 1;
        JsValue accumulator = JsValue.Undefined;
        if (args.Length >= 2) accumulator = args[1];
        else
        {
            bool kPresent = false;
            while (!kPresent && k >= 0)
            {
                kPresent = Has(o, k);
                if (kPresent) accumulator = Get(o, k);
                k--;
            }
            if (!kPresent) JsException.ThrowTypeError("Reduce of empty array with no initial value");
        }
        var callArgs = new JsValue[4];
        for (; k >= 0; k--)
        {
            if (!Has(o, k)) continue;
            callArgs[0] = accumulator;
            callArgs[1] = Get(o, k);
            callArgs[2] = JsValue.FromNumber(k);
            callArgs[3] = JsValue.FromObject(o);
            accumulator = Operations.Call(callback, JsValue.Undefined, callArgs);
        }
        return accumulator;
    }

    // 23.1.3.32 Array.prototype.toLocaleString ( [ reserved1 [ , reserved2 ] ] ): en-US separator ",".
    private static JsValue ToLocaleString(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var (array, len) = ThisArrayLike(realm, thisValue, "toLocaleString");
        var sb = new System.Text.StringBuilder();
        for (long k = 0; k < len; k++)
        {
            if (k > 0) sb.Append(',');
            var next = Get(array, k);
            if (next.IsNullish) continue;
            var method = Operations.GetV(realm, next, "toLocaleString");
            sb.Append(Operations.ToString(Operations.Call(method, next, ReadOnlySpan<JsValue>.Empty)));
        }
        return sb.ToString();
    }

    // 23.1.3.33 Array.prototype.toReversed ( )
    private static JsValue ToReversed(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var (o, len) = ThisArrayLike(realm, thisValue, "toReversed");
        var a = ArrayCreate(realm, len);
        for (long k = 0; k < len; k++) CreateAt(a, k, Get(o, len - k - 1));
        a.SetLengthOrThrow((uint)len);
        return a;
    }

    // 23.1.3.34 Array.prototype.toSorted ( comparefn )
    private static JsValue ToSorted(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var comparefn = Builtin.Arg(args, 0);
        if (!comparefn.IsUndefined && !comparefn.IsCallable) JsException.ThrowTypeError("The comparison function must be either a function or undefined"); // Step 1.
        var (o, len) = ThisArrayLike(realm, thisValue, "toSorted");                    // Steps 2-3.
        var a = ArrayCreate(realm, len);                                                // Step 4.
        // Step 6: SortIndexedProperties(O, len, SortCompare, read-through-holes).
        var values = new List<JsValue>((int)Math.Min(len, 1 << 20));
        long undefinedCount = 0;
        for (long k = 0; k < len; k++)
        {
            var v = Get(o, k);
            if (v.IsUndefined) undefinedCount++; else values.Add(v);
        }
        var sorted = values.ToArray();
        MergeSort(sorted, new JsValue[sorted.Length], 0, sorted.Length, SortComparer(comparefn));
        long j = 0;
        foreach (var v in sorted) CreateAt(a, j++, v);
        for (long u = 0; u < undefinedCount; u++) CreateAt(a, j++, JsValue.Undefined);
        a.SetLengthOrThrow((uint)len);
        return a;
    }

    /// <summary>§23.1.3.30.2 SortCompare for defined values (undefined are placed last by the callers).</summary>
    private static Comparison<JsValue> SortComparer(JsValue comparefn)
    {
        if (comparefn.IsUndefined)
            return static (x, y) => string.CompareOrdinal(Operations.ToString(x), Operations.ToString(y));
        return (x, y) =>
        {
            double r = Operations.ToNumber(Operations.Call(comparefn, JsValue.Undefined, [x, y]));
            return r < 0 ? -1 : r > 0 ? 1 : 0;
        };
    }

    // 23.1.3.35 Array.prototype.toSpliced ( start, skipCount, ...items )
    private static JsValue ToSpliced(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var (o, len) = ThisArrayLike(realm, thisValue, "toSpliced");                  // Steps 1-2.
        long actualStart = Builtin.RelativeIndex(Builtin.Arg(args, 0), len, 0);      // Steps 3-6.
        int insertCount = Math.Max(0, args.Length - 2);                               // Step 7.
        long actualSkipCount;
        if (args.Length == 0) actualSkipCount = 0;                                    // Step 8.
        else if (args.Length == 1) actualSkipCount = len - actualStart;               // Step 9.
        else                                                                          // Step 10.
        {
            double sc = Operations.ToIntegerOrInfinity(args[1]);
            actualSkipCount = (long)Math.Clamp(sc, 0, len - actualStart);
        }
        double newLen = (double)len + insertCount - actualSkipCount;                  // Step 11.
        if (newLen > MaxSafeInteger) JsException.ThrowTypeError("Invalid array length"); // Step 12.
        var a = ArrayCreate(realm, newLen);                                            // Step 13.
        long i = 0;
        long r = actualStart + actualSkipCount;
        for (; i < actualStart; i++) CreateAt(a, i, Get(o, i));                        // Step 16.
        for (int e = 2; e < args.Length; e++) CreateAt(a, i++, args[e]);               // Step 17.
        for (; i < newLen; i++, r++) CreateAt(a, i, Get(o, r));                        // Step 18.
        a.SetLengthOrThrow((uint)newLen);
        return a;
    }

    // 23.1.3.39 Array.prototype.with ( index, value )
    private static JsValue With(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var (o, len) = ThisArrayLike(realm, thisValue, "with");                       // Steps 1-2.
        double relativeIndex = Operations.ToIntegerOrInfinity(Builtin.Arg(args, 0));   // Step 3.
        double actualIndex = relativeIndex >= 0 ? relativeIndex : len + relativeIndex; // Steps 4-5.
        if (actualIndex >= len || actualIndex < 0) JsException.ThrowRangeError("Invalid index : " + NumberFormatting.ToString(relativeIndex)); // Step 6.
        var a = ArrayCreate(realm, len);                                               // Step 7.
        var value = Builtin.Arg(args, 1);
        for (long k = 0; k < len; k++) CreateAt(a, k, k == (long)actualIndex ? value : Get(o, k));
        a.SetLengthOrThrow((uint)len);
        return a;
    }
}
