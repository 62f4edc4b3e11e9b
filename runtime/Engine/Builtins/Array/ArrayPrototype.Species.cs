using System;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins;

// ECMA-262 §23.1.3: the Array.prototype methods whose result comes from §10.4.2.3
// ArraySpeciesCreate (concat, filter, map, slice, splice), each in spec step order.
internal static partial class ArrayPrototype
{
    // 23.1.3.2 Array.prototype.concat ( ...items )
    private static JsValue Concat(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var o = Builtin.ThisObject(realm, thisValue, "Array.prototype.concat");              // Step 1.
        var a = ArraySpeciesCreate(realm, o, 0);                                             // Step 2.
        double n = 0;                                                                        // Step 3.
        for (int i = -1; i < args.Length; i++)                                               // Steps 4-5.
        {
            var e = i < 0 ? JsValue.FromObject(o) : args[i];
            if (IsConcatSpreadable(e))
            {
                var eo = e.AsObject();
                long len = (long)Operations.LengthOfArrayLike(eo);
                if (n + len > MaxSafeInteger) JsException.ThrowTypeError("Array length exceeds the maximum safe integer");
                for (long k = 0; k < len; k++, n++)
                    if (Has(eo, k)) CreateAt(a, n, Get(eo, k));
            }
            else
            {
                if (n >= MaxSafeInteger) JsException.ThrowTypeError("Array length exceeds the maximum safe integer");
                CreateAt(a, n++, e);
            }
        }
        SetLength(a, n);                                                                     // Step 6.
        return a;
    }

    /// <summary>§23.1.3.2.1 IsConcatSpreadable ( O ).</summary>
    private static bool IsConcatSpreadable(in JsValue o)
    {
        if (!o.IsObject) return false;
        var spreadable = o.AsObject().Get(JsSymbol.IsConcatSpreadable);
        if (!spreadable.IsUndefined) return Operations.ToBoolean(spreadable);
        return Operations.IsArray(o.AsObject());
    }

    // 23.1.3.8 Array.prototype.filter ( callbackfn [ , thisArg ] )
    private static JsValue Filter(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var (o, len) = ThisArrayLike(realm, thisValue, "filter");                            // Steps 1-2.
        var callback = Builtin.CallbackOrThrow(Builtin.Arg(args, 0));                        // Step 3.
        var thisArg = Builtin.Arg(args, 1);
        var a = ArraySpeciesCreate(realm, o, 0);                                             // Step 4.
        double to = 0;
        var callArgs = new JsValue[3];
        for (long k = 0; k < len; k++)                                                       // Step 7.
        {
            if (!Has(o, k)) continue;
            var kValue = Get(o, k);
            callArgs[0] = kValue;
            callArgs[1] = JsValue.FromNumber(k);
            callArgs[2] = JsValue.FromObject(o);
            if (Operations.ToBoolean(Operations.Call(callback, thisArg, callArgs))) CreateAt(a, to++, kValue);
        }
        return a;
    }

    // 23.1.3.21 Array.prototype.map ( callbackfn [ , thisArg ] )
    private static JsValue Map(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var (o, len) = ThisArrayLike(realm, thisValue, "map");                               // Steps 1-2.
        var callback = Builtin.CallbackOrThrow(Builtin.Arg(args, 0));                        // Step 3.
        var thisArg = Builtin.Arg(args, 1);
        var a = ArraySpeciesCreate(realm, o, len);                                           // Step 4.
        var callArgs = new JsValue[3];
        for (long k = 0; k < len; k++)                                                       // Step 6.
        {
            if (!Has(o, k)) continue;
            callArgs[0] = Get(o, k);
            callArgs[1] = JsValue.FromNumber(k);
            callArgs[2] = JsValue.FromObject(o);
            CreateAt(a, k, Operations.Call(callback, thisArg, callArgs));
        }
        return a;
    }

    // 23.1.3.28 Array.prototype.slice ( start, end )
    private static JsValue Slice(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var (o, len) = ThisArrayLike(realm, thisValue, "slice");                             // Steps 1-2.
        long k = Builtin.RelativeIndex(Builtin.Arg(args, 0), len, 0);                       // Steps 3-5.
        long final = Builtin.RelativeIndex(Builtin.Arg(args, 1), len, len);                 // Steps 6-8.
        long count = Math.Max(final - k, 0);                                                 // Step 9.
        var a = ArraySpeciesCreate(realm, o, count);                                         // Step 10.
        double n = 0;
        for (; k < final; k++, n++)                                                          // Step 12.
            if (Has(o, k)) CreateAt(a, n, Get(o, k));
        SetLength(a, n);                                                                     // Step 13.
        return a;
    }

    // 23.1.3.31 Array.prototype.splice ( start, deleteCount, ...items )
    private static JsValue Splice(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var (o, len) = ThisArrayLike(realm, thisValue, "splice");                            // Steps 1-2.
        long start = Builtin.RelativeIndex(Builtin.Arg(args, 0), len, 0);                   // Steps 3-5.
        var items = args.Length > 2 ? args[2..] : ReadOnlySpan<JsValue>.Empty;
        long itemCount = items.Length;                                                       // Step 6.
        long deleteCount = args.Length == 0 ? 0 : args.Length == 1 ? len - start           // Steps 7-9.
            : (long)Math.Min(Math.Max(Operations.ToIntegerOrInfinity(args[1]), 0), len - start);
        if (len + itemCount - deleteCount > MaxSafeInteger)                                  // Step 10.
            JsException.ThrowTypeError("Array length exceeds the maximum safe integer");
        var a = ArraySpeciesCreate(realm, o, deleteCount);                                   // Step 11.
        for (long k = 0; k < deleteCount; k++)                                               // Steps 12-13.
            if (Has(o, start + k)) CreateAt(a, k, Get(o, start + k));
        SetLength(a, deleteCount);                                                           // Step 14.
        if (itemCount < deleteCount)                                                         // Step 15.
        {
            for (long k = start; k < len - deleteCount; k++)
            {
                if (Has(o, k + deleteCount)) Set(o, k + itemCount, Get(o, k + deleteCount));
                else o.DeletePropertyOrThrow(Key(k + itemCount));
            }
            for (long k = len; k > len - deleteCount + itemCount; k--) o.DeletePropertyOrThrow(Key(k - 1));
        }
        else if (itemCount > deleteCount)                                                    // Step 16.
        {
            for (long k = len - deleteCount; k > start; k--)
            {
                if (Has(o, k + deleteCount - 1)) Set(o, k + itemCount - 1, Get(o, k + deleteCount - 1));
                else o.DeletePropertyOrThrow(Key(k + itemCount - 1));
            }
        }
        for (int i = 0; i < items.Length; i++) Set(o, start + i, items[i]);                 // Steps 17-18.
        SetLength(o, len - deleteCount + itemCount);                                         // Step 19.
        return a;
    }
}
