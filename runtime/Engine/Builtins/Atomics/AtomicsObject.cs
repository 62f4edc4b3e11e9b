using System;
using System.Collections.Generic;
using System.Numerics;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins;

/// <summary>
/// ECMA-262 §25.4 The Atomics Object. This agent runs one thread and shares no memory with other
/// agents, so every operation is a plain read-modify-write of the buffer. `wait` can only time out
/// (nobody else can notify); `waitAsync` waiters live in a per-realm list that `notify` wakes.
/// </summary>
internal static class AtomicsObject
{
    private static readonly BuiltinMethod[] Methods =
    [
        new("add", 3, static (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => ReadModifyWrite(a, static (x, y) => x + y)),
        new("and", 3, static (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => ReadModifyWrite(a, static (x, y) => x & y)),
        new("compareExchange", 4, CompareExchange),
        new("exchange", 3, static (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => ReadModifyWrite(a, static (x, y) => y)),
        new("isLockFree", 1, IsLockFree),
        new("load", 2, Load),
        new("or", 3, static (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => ReadModifyWrite(a, static (x, y) => x | y)),
        new("store", 3, Store),
        new("sub", 3, static (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => ReadModifyWrite(a, static (x, y) => x - y)),
        new("wait", 4, Wait),
        new("waitAsync", 4, WaitAsync),
        new("notify", 3, Notify),
        new("xor", 3, static (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => ReadModifyWrite(a, static (x, y) => x ^ y)),
        new("pause", 0, Pause),
    ];

    public static JsObject Create(Realm realm)
    {
        var atomics = new JsObject(realm.ObjectPrototype);
        Builtin.DefineMethods(realm, atomics, Methods);
        Library.ToStringTag(atomics, "Atomics");
        return atomics;
    }

    /// <summary>§25.4.3.1 ValidateIntegerTypedArray ( typedArray, waitable ).</summary>
    private static JsTypedArray ValidateIntegerTypedArray(in JsValue typedArray, bool waitable)
    {
        var ta = TypedArrayOperations.Validate(typedArray, "Atomics operation");
        if (waitable)
        {
            if (ta.Kind is not (TypedArrayKind.Int32 or TypedArrayKind.BigInt64))
                JsException.ThrowTypeError($"[object {ta.ClassName}] is not an int32 or BigInt64 typed array.");
        }
        else if (ta.Kind is TypedArrayKind.Uint8Clamped or TypedArrayKind.Float16 or TypedArrayKind.Float32 or TypedArrayKind.Float64)
            JsException.ThrowTypeError($"[object {ta.ClassName}] is not an integer typed array.");
        return ta;
    }

    /// <summary>§25.4.3.2 ValidateAtomicAccess ( taRecord, requestIndex ): the byte index in the buffer.</summary>
    private static int ValidateAtomicAccess(JsTypedArray ta, in JsValue requestIndex)
    {
        int length = ta.Length;
        double accessIndex = ArrayBufferConstructor.ToIndex(requestIndex);
        if (accessIndex >= length) JsException.ThrowRangeError("Invalid atomic access index");
        return (int)accessIndex * ta.ElementSize + ta.ByteOffset;
    }

    /// <summary>§25.4.3.4 RevalidateAtomicAccess ( typedArray, byteIndexInBuffer ).</summary>
    private static void RevalidateAtomicAccess(JsTypedArray ta, int byteIndexInBuffer)
    {
        if (ta.IsOutOfBounds) TypedArrayOperations.ThrowOutOfBounds(ta, "Atomics operation");
        if (byteIndexInBuffer >= ta.Buffer.ByteLength) JsException.ThrowRangeError("Invalid atomic access index");
    }

    /// <summary>The value operand: ToBigInt for BigInt arrays, else 𝔽(ToIntegerOrInfinity(v)).</summary>
    private static JsValue Operand(JsTypedArray ta, in JsValue v)
        => ta.IsBigInt ? JsValue.FromBigInt(BigIntOperations.ToBigInt(v)) : JsValue.FromNumber(Operations.ToIntegerOrInfinity(v) + 0.0);

    private static BigInteger AsInteger(in JsValue v) => v.IsBigInt ? v.AsBigInt : new BigInteger(double.IsFinite(v.Number) ? Math.Truncate(v.Number) % 18446744073709551616.0 : 0);

    /// <summary>§25.4.3.17 AtomicReadModifyWrite ( typedArray, index, value, op ): the old value.</summary>
    private static JsValue ReadModifyWrite(ReadOnlySpan<JsValue> args, Func<BigInteger, BigInteger, BigInteger> op)
    {
        var ta = ValidateIntegerTypedArray(Builtin.Arg(args, 0), waitable: false);
        int byteIndex = ValidateAtomicAccess(ta, Builtin.Arg(args, 1));
        var v = Operand(ta, Builtin.Arg(args, 2));
        RevalidateAtomicAccess(ta, byteIndex);
        var data = ta.Buffer.Data;
        var old = TypedArrayInfo.Read(ta.Kind, data, byteIndex);
        var result = op(AsInteger(old), AsInteger(v));
        // Wrapping to the element width is NumericToRawBytes' job: hand it a value it converts modulo 2^n.
        var raw = ta.IsBigInt ? JsValue.FromBigInt(result) : JsValue.FromNumber((uint)(result & uint.MaxValue));
        TypedArrayInfo.Write(ta.Kind, data, byteIndex, raw);
        return old;
    }

    // 25.4.4 Atomics.compareExchange ( typedArray, index, expectedValue, replacementValue )
    private static JsValue CompareExchange(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var ta = ValidateIntegerTypedArray(Builtin.Arg(args, 0), waitable: false);
        int byteIndex = ValidateAtomicAccess(ta, Builtin.Arg(args, 1));
        var expected = Operand(ta, Builtin.Arg(args, 2));
        var replacement = Operand(ta, Builtin.Arg(args, 3));
        RevalidateAtomicAccess(ta, byteIndex);
        var data = ta.Buffer.Data;
        int size = ta.ElementSize;
        var scratch = new byte[8];
        TypedArrayInfo.Write(ta.Kind, scratch, 0, expected);
        var old = TypedArrayInfo.Read(ta.Kind, data, byteIndex);
        if (data.AsSpan(byteIndex, size).SequenceEqual(scratch.AsSpan(0, size)))
            TypedArrayInfo.Write(ta.Kind, data, byteIndex, replacement);
        return old;
    }

    // 25.4.7 Atomics.isLockFree ( size )
    private static JsValue IsLockFree(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        double n = Operations.ToIntegerOrInfinity(Builtin.Arg(args, 0));
        return n is 1 or 2 or 4 or 8;
    }

    // 25.4.8 Atomics.load ( typedArray, index )
    private static JsValue Load(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var ta = ValidateIntegerTypedArray(Builtin.Arg(args, 0), waitable: false);
        int byteIndex = ValidateAtomicAccess(ta, Builtin.Arg(args, 1));
        RevalidateAtomicAccess(ta, byteIndex);
        return TypedArrayInfo.Read(ta.Kind, ta.Buffer.Data, byteIndex);
    }

    // 25.4.10 Atomics.store ( typedArray, index, value )
    private static JsValue Store(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var ta = ValidateIntegerTypedArray(Builtin.Arg(args, 0), waitable: false);
        int byteIndex = ValidateAtomicAccess(ta, Builtin.Arg(args, 1));
        var v = Operand(ta, Builtin.Arg(args, 2));
        RevalidateAtomicAccess(ta, byteIndex);
        TypedArrayInfo.Write(ta.Kind, ta.Buffer.Data, byteIndex, v);
        return v;
    }

    /// <summary>Steps 1-9 of §25.4.3.14 DoWait: the array, byte index, expected value and timeout (ms, +∞ for none).</summary>
    private static (JsTypedArray Ta, int ByteIndex, JsValue Value, double Timeout) PrepareWait(ReadOnlySpan<JsValue> args)
    {
        var ta = ValidateIntegerTypedArray(Builtin.Arg(args, 0), waitable: true);                 // Step 1.
        if (!ta.Buffer.Shared) JsException.ThrowTypeError($"[object {ta.ClassName}] is not a shared typed array."); // Steps 2-3.
        int i = ValidateAtomicAccess(ta, Builtin.Arg(args, 1));                                   // Step 4.
        JsValue v = ta.Kind == TypedArrayKind.BigInt64                                            // Steps 5-6.
            ? JsValue.FromBigInt(BigIntOperations.ToBigInt(Builtin.Arg(args, 2)))
            : JsValue.FromNumber(Operations.ToInt32(Builtin.Arg(args, 2)));
        double q = Operations.ToNumber(Builtin.Arg(args, 3));                                      // Step 7.
        double t = double.IsNaN(q) || double.IsPositiveInfinity(q) ? double.PositiveInfinity : double.IsNegativeInfinity(q) ? 0 : Math.Max(q, 0); // Step 8.
        return (ta, i, v, t);
    }

    private static bool CurrentEquals(JsTypedArray ta, int byteIndex, in JsValue v)
    {
        var w = TypedArrayInfo.Read(ta.Kind, ta.Buffer.Data, byteIndex);
        return ta.IsBigInt ? TypedArrayInfo.BigIntToUInt64(w.AsBigInt) == TypedArrayInfo.BigIntToUInt64(v.AsBigInt) : w.Number == v.Number;
    }

    // 25.4.13 Atomics.wait ( typedArray, index, value, timeout )
    private static JsValue Wait(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var (ta, byteIndex, v, t) = PrepareWait(args);
        if (!CurrentEquals(ta, byteIndex, v)) return "not-equal";
        // No other agent can notify this one: the wait ends by its timeout.
        if (double.IsPositiveInfinity(t)) JsException.ThrowTypeError("Atomics.wait would block forever: no other agent can notify this one");
        if (t > 0) System.Threading.Thread.Sleep(TimeSpan.FromMilliseconds(Math.Min(t, int.MaxValue)));
        return "timed-out";
    }

    /// <summary>A pending Atomics.waitAsync: woken by Atomics.notify on the same buffer location.</summary>
    private sealed class AsyncWaiter(JsArrayBuffer buffer, int byteIndex, PromiseCapability capability)
    {
        public readonly JsArrayBuffer Buffer = buffer;
        public readonly int ByteIndex = byteIndex;
        public readonly PromiseCapability Capability = capability;
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Realm, List<AsyncWaiter>> Waiters = new();

    // 25.4.14 Atomics.waitAsync ( typedArray, index, value, timeout )
    private static JsValue WaitAsync(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var (ta, byteIndex, v, t) = PrepareWait(args);
        var result = realm.CreateObject();
        if (!CurrentEquals(ta, byteIndex, v) || t == 0)
        {
            result.CreateDataProperty("async", false);
            result.CreateDataProperty("value", CurrentEquals(ta, byteIndex, v) ? "timed-out" : "not-equal");
            return result;
        }
        var capability = Promises.NewPromiseCapability(realm, JsValue.FromObject(realm.PromiseConstructor), functions: false);
        Waiters.GetOrCreateValue(realm).Add(new AsyncWaiter(ta.Buffer, byteIndex, capability));
        result.CreateDataProperty("async", true);
        result.CreateDataProperty("value", capability.Promise);
        return result;
    }

    // 25.4.15 Atomics.notify ( typedArray, index, count )
    private static JsValue Notify(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var ta = ValidateIntegerTypedArray(Builtin.Arg(args, 0), waitable: true);                 // Step 1.
        int byteIndex = ValidateAtomicAccess(ta, Builtin.Arg(args, 1));                           // Step 2.
        var countArg = Builtin.Arg(args, 2);
        double c = countArg.IsUndefined ? double.PositiveInfinity : Math.Max(Operations.ToIntegerOrInfinity(countArg), 0); // Step 3.
        if (!ta.Buffer.Shared) return 0;                                                           // Step 6.
        if (!Waiters.TryGetValue(realm, out var list)) return 0;
        int n = 0;
        for (int i = 0; i < list.Count && n < c; )
        {
            var w = list[i];
            if (ReferenceEquals(w.Buffer, ta.Buffer) && w.ByteIndex == byteIndex)
            {
                list.RemoveAt(i);
                w.Capability.DoResolve("ok");
                n++;
            }
            else i++;
        }
        return n;
    }

    // Atomics.pause ( [ N ] )
    private static JsValue Pause(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var n = Builtin.Arg(args, 0);
        if (!n.IsUndefined && !(n.IsNumber && double.IsFinite(n.Number) && Math.Truncate(n.Number) == n.Number))
            JsException.ThrowTypeError("Atomics.pause argument must be undefined or an integral Number");
        return JsValue.Undefined;
    }
}
