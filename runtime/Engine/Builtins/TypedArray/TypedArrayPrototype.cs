using System;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins;

/// <summary>ECMA-262 §23.2.3 Properties of the %TypedArray% Prototype Object: accessors, iteration
/// and the callback/search methods here; the copying and reordering methods in TypedArrayPrototype.Copying.cs.</summary>
internal static partial class TypedArrayPrototype
{
    private static readonly BuiltinMethod[] Methods =
    [
        new("at", 1, At),
        new("copyWithin", 2, CopyWithin),
        new("entries", 0, Entries),
        new("every", 1, Every),
        new("fill", 1, Fill),
        new("filter", 1, Filter),
        new("find", 1, Find),
        new("findIndex", 1, FindIndex),
        new("findLast", 1, FindLast),
        new("findLastIndex", 1, FindLastIndex),
        new("forEach", 1, ForEach),
        new("includes", 1, Includes),
        new("indexOf", 1, IndexOf),
        new("join", 1, Join),
        new("keys", 0, Keys),
        new("lastIndexOf", 1, LastIndexOf),
        new("map", 1, Map),
        new("reduce", 1, Reduce),
        new("reduceRight", 1, ReduceRight),
        new("reverse", 0, Reverse),
        new("set", 1, Set),
        new("slice", 2, Slice),
        new("some", 1, Some),
        new("sort", 1, Sort),
        new("subarray", 2, Subarray),
        new("toLocaleString", 0, ToLocaleString),
        new("toReversed", 0, ToReversed),
        new("toSorted", 1, ToSorted),
        new("with", 2, With),
    ];

    public static JsObject Create(Realm realm)
    {
        var proto = new JsObject(realm.ObjectPrototype);
        realm.TypedArrayPrototype = proto;
        Builtin.Getter(realm, proto, "buffer", "buffer", Buffer);
        Builtin.Getter(realm, proto, "byteLength", "byteLength", ByteLength);
        Builtin.Getter(realm, proto, "byteOffset", "byteOffset", ByteOffset);
        Builtin.Getter(realm, proto, "length", "length", Length);
        Builtin.DefineMethods(realm, proto, Methods);
        // 23.2.3.32 %TypedArray%.prototype.toString is the same function object as Array.prototype.toString.
        proto.AddProperty("toString", realm.ArrayPrototype.Get("toString"), PropertyFlags.Hidden);
        // 23.2.3.35 values and 23.2.3.37 @@iterator are the same function.
        var values = new JsNativeFunction(realm, "values", 0, Values);
        proto.AddProperty("values", JsValue.FromObject(values), PropertyFlags.Hidden);
        proto.AddProperty(JsSymbol.Iterator, JsValue.FromObject(values), PropertyFlags.Hidden);
        Builtin.Getter(realm, proto, JsSymbol.ToStringTag, "[Symbol.toStringTag]", ToStringTag);
        return proto;
    }

    private static PropertyKey Key(long k) => PropertyKey.FromIndex((uint)k);

    // 23.2.3.2 get %TypedArray%.prototype.buffer
    private static JsValue Buffer(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
        => TypedArrayOperations.Require(thisValue, "get TypedArray.prototype.buffer").Buffer;

    // 23.2.3.3 get %TypedArray%.prototype.byteLength
    private static JsValue ByteLength(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
        => TypedArrayOperations.Require(thisValue, "get TypedArray.prototype.byteLength").ByteLength;

    // 23.2.3.4 get %TypedArray%.prototype.byteOffset
    private static JsValue ByteOffset(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var o = TypedArrayOperations.Require(thisValue, "get TypedArray.prototype.byteOffset");
        return o.IsOutOfBounds ? 0 : o.ByteOffset;
    }

    // 23.2.3.21 get %TypedArray%.prototype.length
    private static JsValue Length(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
        => TypedArrayOperations.Require(thisValue, "get TypedArray.prototype.length").Length;

    // 23.2.3.38 get %TypedArray%.prototype [ @@toStringTag ]
    private static JsValue ToStringTag(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
        => thisValue.Ref is JsTypedArray ta && thisValue.IsObject ? JsValue.FromString(ta.ClassName) : JsValue.Undefined;

    // 23.2.3.1 %TypedArray%.prototype.at ( index )
    private static JsValue At(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var o = TypedArrayOperations.Validate(thisValue, "%TypedArray%.prototype.at");
        long len = o.Length;
        double relative = Operations.ToIntegerOrInfinity(Builtin.Arg(args, 0)) + 0.0; // -0 is 0 here
        double k = relative >= 0 ? relative : len + relative;
        if (k < 0 || k >= len) return JsValue.Undefined;
        return o.GetElement(k);
    }

    // 23.2.3.7 entries, 23.2.3.19 keys, 23.2.3.35 values: CreateArrayIterator after ValidateTypedArray.
    private static JsValue Entries(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
        => new JsArrayIterator(realm, TypedArrayOperations.Validate(thisValue, "%TypedArray%.prototype.entries"), ArrayIterationKind.Entries);

    private static JsValue Keys(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
        => new JsArrayIterator(realm, TypedArrayOperations.Validate(thisValue, "%TypedArray%.prototype.keys"), ArrayIterationKind.Keys);

    private static JsValue Values(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
        => new JsArrayIterator(realm, TypedArrayOperations.Validate(thisValue, "%TypedArray%.prototype.values"), ArrayIterationKind.Values);

    /// <summary>Steps 1-4 of the callback methods: the validated array, its length, the callback.</summary>
    private static (JsTypedArray O, int Length, JsValue Callback) WithCallback(in JsValue thisValue, ReadOnlySpan<JsValue> args, string method)
    {
        var o = TypedArrayOperations.Validate(thisValue, "%TypedArray%.prototype." + method);
        int len = o.Length;
        var callback = Builtin.Arg(args, 0);
        if (!callback.IsCallable) JsException.ThrowTypeError($"{Operations.DescribeForError(callback)} is not a function");
        return (o, len, callback);
    }

    private static JsValue CallPredicate(in JsValue callback, in JsValue thisArg, in JsValue value, long k, JsTypedArray o)
        => Operations.Call(callback, thisArg, [value, JsValue.FromNumber(k), JsValue.FromObject(o)]);

    // 23.2.3.8 %TypedArray%.prototype.every ( callbackfn [ , thisArg ] )
    private static JsValue Every(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var (o, len, callback) = WithCallback(thisValue, args, "every");
        var thisArg = Builtin.Arg(args, 1);
        for (int k = 0; k < len; k++)
            if (!Operations.ToBoolean(CallPredicate(callback, thisArg, o.GetElement(k), k, o))) return false;
        return true;
    }

    // 23.2.3.26 %TypedArray%.prototype.some ( callbackfn [ , thisArg ] )
    private static JsValue Some(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var (o, len, callback) = WithCallback(thisValue, args, "some");
        var thisArg = Builtin.Arg(args, 1);
        for (int k = 0; k < len; k++)
            if (Operations.ToBoolean(CallPredicate(callback, thisArg, o.GetElement(k), k, o))) return true;
        return false;
    }

    // 23.2.3.15 %TypedArray%.prototype.forEach ( callbackfn [ , thisArg ] )
    private static JsValue ForEach(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var (o, len, callback) = WithCallback(thisValue, args, "forEach");
        var thisArg = Builtin.Arg(args, 1);
        for (int k = 0; k < len; k++) CallPredicate(callback, thisArg, o.GetElement(k), k, o);
        return JsValue.Undefined;
    }

    /// <summary>§23.1.3.12.1 FindViaPredicate over a typed array: (index, value) of the first match, or (-1, undefined).</summary>
    private static (double Index, JsValue Value) FindVia(in JsValue thisValue, ReadOnlySpan<JsValue> args, string method, bool ascending)
    {
        var (o, len, callback) = WithCallback(thisValue, args, method);
        var thisArg = Builtin.Arg(args, 1);
        for (int i = 0; i < len; i++)
        {
            int k = ascending ? i : len - 1 - i;
            var kValue = o.GetElement(k);
            if (Operations.ToBoolean(CallPredicate(callback, thisArg, kValue, k, o))) return (k, kValue);
        }
        return (-1, JsValue.Undefined);
    }

    // 23.2.3.11-14 find, findIndex, findLast, findLastIndex
    private static JsValue Find(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
        => FindVia(thisValue, args, "find", ascending: true).Value;

    private static JsValue FindIndex(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
        => FindVia(thisValue, args, "findIndex", ascending: true).Index;

    private static JsValue FindLast(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
        => FindVia(thisValue, args, "findLast", ascending: false).Value;

    private static JsValue FindLastIndex(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
        => FindVia(thisValue, args, "findLastIndex", ascending: false).Index;

    // 23.2.3.16 %TypedArray%.prototype.includes ( searchElement [ , fromIndex ] )
    private static JsValue Includes(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var o = TypedArrayOperations.Validate(thisValue, "%TypedArray%.prototype.includes");
        long len = o.Length;
        if (len == 0) return false;
        double n = Operations.ToIntegerOrInfinity(Builtin.Arg(args, 1));
        if (double.IsPositiveInfinity(n)) return false;
        if (double.IsNegativeInfinity(n)) n = 0;
        long k = (long)(n >= 0 ? Math.Min(n, len) : Math.Max(len + n, 0));
        var search = Builtin.Arg(args, 0);
        for (; k < len; k++)
            if (Operations.SameValueZero(o.GetElement(k), search)) return true;
        return false;
    }

    // 23.2.3.17 %TypedArray%.prototype.indexOf ( searchElement [ , fromIndex ] )
    private static JsValue IndexOf(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var o = TypedArrayOperations.Validate(thisValue, "%TypedArray%.prototype.indexOf");
        long len = o.Length;
        if (len == 0) return -1;
        double n = Operations.ToIntegerOrInfinity(Builtin.Arg(args, 1));
        if (double.IsPositiveInfinity(n)) return -1;
        if (double.IsNegativeInfinity(n)) n = 0;
        long k = (long)(n >= 0 ? Math.Min(n, len) : Math.Max(len + n, 0));
        var search = Builtin.Arg(args, 0);
        for (; k < len; k++)
        {
            if (!o.IsValidIntegerIndex(k)) continue; // HasProperty(O, Pk)
            if (Operations.IsStrictlyEqual(o.ReadElement((int)k), search)) return k;
        }
        return -1;
    }

    // 23.2.3.20 %TypedArray%.prototype.lastIndexOf ( searchElement [ , fromIndex ] )
    private static JsValue LastIndexOf(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var o = TypedArrayOperations.Validate(thisValue, "%TypedArray%.prototype.lastIndexOf");
        long len = o.Length;
        if (len == 0) return -1;
        double n = args.Length > 1 ? Operations.ToIntegerOrInfinity(args[1]) : len - 1;
        if (double.IsNegativeInfinity(n)) return -1;
        long k = (long)(n >= 0 ? Math.Min(n, len - 1) : Math.Max(len + n, -1));
        var search = Builtin.Arg(args, 0);
        for (; k >= 0; k--)
        {
            if (!o.IsValidIntegerIndex(k)) continue;
            if (Operations.IsStrictlyEqual(o.ReadElement((int)k), search)) return k;
        }
        return -1;
    }

    // 23.2.3.18 %TypedArray%.prototype.join ( separator )
    private static JsValue Join(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var o = TypedArrayOperations.Validate(thisValue, "%TypedArray%.prototype.join");
        int len = o.Length;
        var separator = Builtin.Arg(args, 0);
        string sep = separator.IsUndefined ? "," : Operations.ToString(separator);
        var sb = new System.Text.StringBuilder();
        for (int k = 0; k < len; k++)
        {
            if (k > 0) sb.Append(sep);
            var element = o.GetElement(k);
            if (!element.IsUndefined) sb.Append(Operations.ToString(element));
        }
        return sb.ToString();
    }

    // 23.2.3.31 %TypedArray%.prototype.toLocaleString ( [ reserved1 [ , reserved2 ] ] )
    private static JsValue ToLocaleString(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var o = TypedArrayOperations.Validate(thisValue, "%TypedArray%.prototype.toLocaleString");
        int len = o.Length;
        var sb = new System.Text.StringBuilder();
        for (int k = 0; k < len; k++)
        {
            if (k > 0) sb.Append(',');
            var next = o.GetElement(k);
            if (next.IsNullish) continue;
            var method = Operations.GetV(realm, next, "toLocaleString");
            sb.Append(Operations.ToString(Operations.Call(method, next, ReadOnlySpan<JsValue>.Empty)));
        }
        return sb.ToString();
    }

    // 23.2.3.22 %TypedArray%.prototype.map ( callbackfn [ , thisArg ] )
    private static JsValue Map(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var (o, len, callback) = WithCallback(thisValue, args, "map");
        var thisArg = Builtin.Arg(args, 1);
        var a = TypedArrayOperations.SpeciesCreate(realm, o, len);
        var receiver = JsValue.FromObject(a);
        for (int k = 0; k < len; k++)
        {
            var mapped = CallPredicate(callback, thisArg, o.GetElement(k), k, o);
            a.Set(Key(k), mapped, receiver);
        }
        return a;
    }

    // 23.2.3.10 %TypedArray%.prototype.filter ( callbackfn [ , thisArg ] )
    private static JsValue Filter(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var (o, len, callback) = WithCallback(thisValue, args, "filter");
        var thisArg = Builtin.Arg(args, 1);
        var kept = new System.Collections.Generic.List<JsValue>();
        for (int k = 0; k < len; k++)
        {
            var kValue = o.GetElement(k);
            if (Operations.ToBoolean(CallPredicate(callback, thisArg, kValue, k, o))) kept.Add(kValue);
        }
        var a = TypedArrayOperations.SpeciesCreate(realm, o, kept.Count);
        var receiver = JsValue.FromObject(a);
        for (int n = 0; n < kept.Count; n++) a.Set(Key(n), kept[n], receiver);
        return a;
    }

    // 23.2.3.23 %TypedArray%.prototype.reduce and 23.2.3.24 reduceRight
    private static JsValue Reduce(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
        => ReduceVia(thisValue, args, "reduce", ascending: true);

    private static JsValue ReduceRight(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
        => ReduceVia(thisValue, args, "reduceRight", ascending: false);

    private static JsValue ReduceVia(in JsValue thisValue, ReadOnlySpan<JsValue> args, string method, bool ascending)
    {
        var (o, len, callback) = WithCallback(thisValue, args, method);
        if (len == 0 && args.Length < 2) JsException.ThrowTypeError("Reduce of empty array with no initial value");
        int i = 0;
        JsValue accumulator;
        if (args.Length >= 2) accumulator = args[1];
        else { accumulator = o.GetElement(ascending ? 0 : len - 1); i = 1; }
        var receiver = JsValue.FromObject(o);
        for (; i < len; i++)
        {
            int k = ascending ? i : len - 1 - i;
            accumulator = Operations.Call(callback, JsValue.Undefined, [accumulator, o.GetElement(k), JsValue.FromNumber(k), receiver]);
        }
        return accumulator;
    }
}
