using System;
using System.Collections.Generic;
using System.Text;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins;

/// <summary>ECMA-262 §23.1.3 Properties of the Array Prototype Object (the generic algorithms over
/// any array-like `this`, with dense-array fast paths where they cannot be observed).</summary>
internal static partial class ArrayPrototype
{
    private static readonly BuiltinMethod[] Methods =
    [
        new("at", 1, At),
        new("concat", 1, Concat),
        new("entries", 0, Entries),
        new("every", 1, Every),
        new("fill", 1, Fill),
        new("filter", 1, Filter),
        new("find", 1, Find),
        new("findIndex", 1, FindIndex),
        new("forEach", 1, ForEach),
        new("includes", 1, Includes),
        new("indexOf", 1, IndexOf),
        new("join", 1, Join),
        new("keys", 0, Keys),
        new("lastIndexOf", 1, LastIndexOf),
        new("map", 1, Map),
        new("pop", 0, Pop),
        new("push", 1, Push),
        new("reduce", 1, Reduce),
        new("reverse", 0, Reverse),
        new("shift", 0, Shift),
        new("slice", 2, Slice),
        new("some", 1, Some),
        new("sort", 1, Sort),
        new("splice", 2, Splice),
        new("toString", 0, ToStringMethod),
        new("unshift", 1, Unshift),
    ];

    public static void Install(Realm realm)
    {
        var proto = realm.ArrayPrototype;
        Builtin.DefineMethods(realm, proto, Methods);
        InstallLibraryMethods(realm, proto);
        var values = new JsNativeFunction(realm, "values", 0, Values);
        proto.AddProperty("values", JsValue.FromObject(values), PropertyFlags.Hidden);
        proto.AddProperty(JsSymbol.Iterator, JsValue.FromObject(values), PropertyFlags.Hidden);
        realm.ArrayValues = values;
    }

    private static JsValue Get(JsObject o, long index)
        => o is JsArray a && a.TryGetDense((uint)index, out var v) ? v : o.Get(Key(index));

    private static PropertyKey Key(long index)
        => index < uint.MaxValue ? PropertyKey.FromIndex((uint)index) : PropertyKey.FromString(index.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private static bool Has(JsObject o, long index)
        => (o is JsArray a && a.TryGetDense((uint)index, out _)) || o.HasProperty(Key(index));

    private static void Set(JsObject o, long index, in JsValue value) => o.SetOrThrow(Key(index), value);

    /// <summary>? Set(O, "length", length, true): a frozen or non-writable length throws even when unchanged.</summary>
    private static void SetLength(JsObject o, double length) => o.SetOrThrow(JsArray.LengthKey, JsValue.FromNumber(length));

    private static (JsObject O, long Length) ThisArrayLike(Realm realm, in JsValue thisValue, string method)
    {
        var o = Builtin.ThisObject(realm, thisValue, "Array.prototype." + method);
        return (o, (long)Operations.LengthOfArrayLike(o));
    }

    private static JsValue At(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var (o, len) = ThisArrayLike(realm, thisValue, "at");
        double rel = Operations.ToIntegerOrInfinity(Builtin.Arg(args, 0));
        double k = rel >= 0 ? rel : len + rel;
        return k < 0 || k >= len ? JsValue.Undefined : Get(o, (long)k);
    }

    private static JsValue Entries(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
        => new JsArrayIterator(realm, Builtin.ThisObject(realm, thisValue, "Array.prototype.entries"), ArrayIterationKind.Entries);

    private static JsValue Keys(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
        => new JsArrayIterator(realm, Builtin.ThisObject(realm, thisValue, "Array.prototype.keys"), ArrayIterationKind.Keys);

    private static JsValue Values(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
        => new JsArrayIterator(realm, Builtin.ThisObject(realm, thisValue, "Array.prototype.values"), ArrayIterationKind.Values);

    private enum Mode { Every, Some, ForEach, Find, FindIndex }

    /// <summary>The shared loop of every/some/forEach/find/findIndex/filter/map (§23.1.3.6 etc.).</summary>
    private static JsValue Iterate(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, Mode mode, string name)
    {
        var (o, len) = ThisArrayLike(realm, thisValue, name);
        var callback = Builtin.CallbackOrThrow(Builtin.Arg(args, 0));
        var thisArg = Builtin.Arg(args, 1);
        var callArgs = new JsValue[3];
        for (long k = 0; k < len; k++)
        {
            bool find = mode is Mode.Find or Mode.FindIndex;
            if (!find && !Has(o, k)) continue;
            var value = Get(o, k);
            callArgs[0] = value;
            callArgs[1] = JsValue.FromNumber(k);
            callArgs[2] = JsValue.FromObject(o);
            var r = Operations.Call(callback, thisArg, callArgs);
            switch (mode)
            {
                case Mode.Every: if (!Operations.ToBoolean(r)) return false; break;
                case Mode.Some: if (Operations.ToBoolean(r)) return true; break;
                case Mode.Find: if (Operations.ToBoolean(r)) return value; break;
                case Mode.FindIndex: if (Operations.ToBoolean(r)) return JsValue.FromNumber(k); break;
            }
        }
        return mode switch
        {
            Mode.Every => true,
            Mode.Some => false,
            Mode.FindIndex => JsValue.FromNumber(-1),
            _ => JsValue.Undefined,
        };
    }

    private static JsValue Every(Realm realm, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => Iterate(realm, t, a, Mode.Every, "every");
    private static JsValue Some(Realm realm, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => Iterate(realm, t, a, Mode.Some, "some");
    private static JsValue ForEach(Realm realm, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => Iterate(realm, t, a, Mode.ForEach, "forEach");
    private static JsValue Find(Realm realm, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => Iterate(realm, t, a, Mode.Find, "find");
    private static JsValue FindIndex(Realm realm, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => Iterate(realm, t, a, Mode.FindIndex, "findIndex");

    // 23.1.3.7 Array.prototype.fill ( value [ , start [ , end ] ] )
    private static JsValue Fill(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var (o, len) = ThisArrayLike(realm, thisValue, "fill");
        long k = Builtin.RelativeIndex(Builtin.Arg(args, 1), len, 0);
        long end = Builtin.RelativeIndex(Builtin.Arg(args, 2), len, len);
        for (; k < end; k++) Set(o, k, Builtin.Arg(args, 0));
        return o;
    }

    // 23.1.3.16 Array.prototype.includes / 23.1.3.17 indexOf / 23.1.3.20 lastIndexOf
    private static JsValue Includes(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var (o, len) = ThisArrayLike(realm, thisValue, "includes");
        if (len == 0) return false;
        long k = Builtin.RelativeIndex(Builtin.Arg(args, 1), len, 0);
        for (; k < len; k++) if (Operations.SameValueZero(Get(o, k), Builtin.Arg(args, 0))) return true;
        return false;
    }

    private static JsValue IndexOf(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var (o, len) = ThisArrayLike(realm, thisValue, "indexOf");
        if (len == 0) return -1;
        long k = Builtin.RelativeIndex(Builtin.Arg(args, 1), len, 0);
        for (; k < len; k++)
            if (Has(o, k) && Operations.IsStrictlyEqual(Get(o, k), Builtin.Arg(args, 0))) return JsValue.FromNumber(k);
        return -1;
    }

    private static JsValue LastIndexOf(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var (o, len) = ThisArrayLike(realm, thisValue, "lastIndexOf");
        if (len == 0) return -1;
        double from = args.Length > 1 ? Operations.ToIntegerOrInfinity(args[1]) : len - 1;
        long k = from >= 0 ? (long)Math.Min(from, len - 1) : (long)(len + from);
        for (; k >= 0; k--)
            if (Has(o, k) && Operations.IsStrictlyEqual(Get(o, k), Builtin.Arg(args, 0))) return JsValue.FromNumber(k);
        return -1;
    }

    // 23.1.3.18 Array.prototype.join ( separator ), cycle-safe like V8 (a cycle joins as "").
    [ThreadStatic] private static HashSet<JsObject>? joining;

    private static JsValue Join(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var (o, len) = ThisArrayLike(realm, thisValue, "join");
        var sepArg = Builtin.Arg(args, 0);
        string sep = sepArg.IsUndefined ? "," : Operations.ToString(sepArg);
        joining ??= new HashSet<JsObject>(ReferenceEqualityComparer.Instance);
        if (!joining.Add(o)) return "";
        try
        {
            var sb = new StringBuilder();
            for (long k = 0; k < len; k++)
            {
                if (k > 0) sb.Append(sep);
                var element = Get(o, k);
                if (!element.IsNullish) sb.Append(Operations.ToString(element));
            }
            return sb.ToString();
        }
        finally { joining.Remove(o); }
    }

    // 23.1.3.22 Array.prototype.pop ( )
    private static JsValue Pop(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var (o, len) = ThisArrayLike(realm, thisValue, "pop");
        if (len == 0) { SetLength(o, 0); return JsValue.Undefined; }
        var element = Get(o, len - 1);
        o.DeletePropertyOrThrow(Key(len - 1));
        SetLength(o, len - 1);
        return element;
    }

    // 23.1.3.23 Array.prototype.push ( ...items )
    private static JsValue Push(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        if (args.Length > 0 && thisValue.Ref is JsArray fast && thisValue.IsObject && fast.prototype == realm.ArrayPrototype && realm.ArrayPrototype.HasNoIndexedProperties && realm.ObjectPrototype.HasNoIndexedProperties)
        {
            int i = 0;
            while (i < args.Length && fast.TryAppendDense(args[i])) i++;
            if (i == args.Length) return JsValue.FromNumber(fast.Length);
            args = args[i..];
        }
        var (o, len) = ThisArrayLike(realm, thisValue, "push");
        if (len + args.Length > 9007199254740991) JsException.ThrowTypeError("Pushing past the maximum array length");
        foreach (var item in args) Set(o, len++, item);
        SetLength(o, len);
        return JsValue.FromNumber(len);
    }

    // 23.1.3.24 Array.prototype.reduce ( callbackfn [ , initialValue ] )
    private static JsValue Reduce(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var (o, len) = ThisArrayLike(realm, thisValue, "reduce");
        var callback = Builtin.CallbackOrThrow(Builtin.Arg(args, 0));
        long k = 0;
        JsValue accumulator;
        if (args.Length >= 2) accumulator = args[1];
        else
        {
            while (k < len && !Has(o, k)) k++;
            if (k >= len) JsException.ThrowTypeError("Reduce of empty array with no initial value");
            accumulator = Get(o, k++);
        }
        for (; k < len; k++)
        {
            if (!Has(o, k)) continue;
            accumulator = Operations.Call(callback, JsValue.Undefined, [accumulator, Get(o, k), JsValue.FromNumber(k), JsValue.FromObject(o)]);
        }
        return accumulator;
    }

    // 23.1.3.26 Array.prototype.reverse ( )
    private static JsValue Reverse(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var (o, len) = ThisArrayLike(realm, thisValue, "reverse");
        for (long lower = 0, upper = len - 1; lower < upper; lower++, upper--)
        {
            bool lowerExists = Has(o, lower);
            var lowerValue = lowerExists ? Get(o, lower) : default;
            bool upperExists = Has(o, upper);
            var upperValue = upperExists ? Get(o, upper) : default;
            if (!lowerExists && !upperExists) continue;
            if (upperExists) Set(o, lower, upperValue); else o.DeletePropertyOrThrow(Key(lower));
            if (lowerExists) Set(o, upper, lowerValue); else o.DeletePropertyOrThrow(Key(upper));
        }
        return o;
    }

    // 23.1.3.27 Array.prototype.shift ( )
    private static JsValue Shift(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var (o, len) = ThisArrayLike(realm, thisValue, "shift");
        if (len == 0) { SetLength(o, 0); return JsValue.Undefined; }
        var first = Get(o, 0);
        for (long k = 1; k < len; k++)
        {
            if (Has(o, k)) Set(o, k - 1, Get(o, k));
            else o.DeletePropertyOrThrow(Key(k - 1));
        }
        o.DeletePropertyOrThrow(Key(len - 1));
        SetLength(o, len - 1);
        return first;
    }

    // 23.1.3.32 Array.prototype.unshift ( ...items )
    private static JsValue Unshift(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var (o, len) = ThisArrayLike(realm, thisValue, "unshift");
        int count = args.Length;
        if (count > 0)
        {
            if (len + count > 9007199254740991) JsException.ThrowTypeError("Unshifting past the maximum array length");
            for (long k = len; k > 0; k--)
            {
                if (Has(o, k - 1)) Set(o, k + count - 1, Get(o, k - 1));
                else o.DeletePropertyOrThrow(Key(k + count - 1));
            }
            for (int j = 0; j < count; j++) Set(o, j, args[j]);
        }
        SetLength(o, len + count);
        return JsValue.FromNumber(len + count);
    }

    // 23.1.3.30 Array.prototype.sort ( comparefn ): a stable merge sort; holes and undefined go last.
    private static JsValue Sort(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var comparefn = Builtin.Arg(args, 0);
        if (!comparefn.IsUndefined && !comparefn.IsCallable) JsException.ThrowTypeError("The comparison function must be either a function or undefined");
        var (o, len) = ThisArrayLike(realm, thisValue, "sort");
        var values = new List<JsValue>();
        long undefinedCount = 0;
        for (long k = 0; k < len; k++)
        {
            if (!Has(o, k)) continue;
            var v = Get(o, k);
            if (v.IsUndefined) undefinedCount++; else values.Add(v);
        }
        var array = values.ToArray();
        var comparer = comparefn.IsUndefined
            ? (Comparison<JsValue>)((x, y) => string.CompareOrdinal(Operations.ToString(x), Operations.ToString(y)))
            : (x, y) =>
            {
                double r = Operations.ToNumber(Operations.Call(comparefn, JsValue.Undefined, [x, y]));
                return r < 0 ? -1 : r > 0 ? 1 : 0;
            };
        MergeSort(array, new JsValue[array.Length], 0, array.Length, comparer);
        long i = 0;
        foreach (var v in array) Set(o, i++, v);
        for (long u = 0; u < undefinedCount; u++) Set(o, i++, JsValue.Undefined);
        for (; i < len; i++) o.DeletePropertyOrThrow(Key(i));
        return o;
    }

    private static void MergeSort(JsValue[] a, JsValue[] tmp, int lo, int hi, Comparison<JsValue> cmp)
    {
        if (hi - lo < 2) return;
        int mid = (lo + hi) >> 1;
        MergeSort(a, tmp, lo, mid, cmp);
        MergeSort(a, tmp, mid, hi, cmp);
        int i = lo, j = mid, k = lo;
        while (i < mid && j < hi) tmp[k++] = cmp(a[j], a[i]) < 0 ? a[j++] : a[i++];
        while (i < mid) tmp[k++] = a[i++];
        while (j < hi) tmp[k++] = a[j++];
        Array.Copy(tmp, lo, a, lo, hi - lo);
    }

    // 23.1.3.36 Array.prototype.toString ( )
    private static JsValue ToStringMethod(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var o = Builtin.ThisObject(realm, thisValue, "Array.prototype.toString");
        var join = o.Get("join");
        if (join.IsCallable) return Operations.Call(join, JsValue.FromObject(o), ReadOnlySpan<JsValue>.Empty);
        return ObjectPrototype.ToStringMethod(realm, JsValue.FromObject(o), ReadOnlySpan<JsValue>.Empty, null);
    }
}
