using System;
using System.Numerics;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins.Temporal;

/// <summary>Temporal §8.1-8.2: the Temporal.Instant constructor and its static methods.</summary>
internal static class InstantConstructor
{
    private static readonly BuiltinMethod[] StaticMethods =
    [
        new("from", 1, From),
        new("fromEpochMilliseconds", 1, FromEpochMilliseconds),
        new("fromEpochNanoseconds", 1, FromEpochNanoseconds),
        new("compare", 2, Compare),
    ];

    public static JsFunction Create(Realm realm)
    {
        var proto = InstantPrototype.Create(realm);
        var ctor = Builtin.Constructor(realm, "Instant", 1, Construct, proto);
        Builtin.DefineMethods(realm, ctor, StaticMethods);
        return ctor;
    }

    // Temporal §8.1.1 Temporal.Instant ( epochNanoseconds )
    private static JsValue Construct(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        if (newTarget == null) JsException.ThrowTypeError("Constructor Temporal.Instant requires 'new'");
        var ns = BigIntOperations.ToBigInt(Builtin.Arg(args, 0));
        if (!InstantOperations.IsValidEpochNanoseconds(ns)) JsException.ThrowRangeError("Temporal.Instant: epoch nanoseconds out of range");
        return JsInstant.Create(realm, (Int128)ns, newTarget);
    }

    // Temporal §8.2.2 Temporal.Instant.from ( item )
    private static JsValue From(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var item = Builtin.Arg(args, 0);
        if (item.Ref is JsInstant i && item.IsObject) return JsInstant.Create(realm, i.EpochNanoseconds);
        return InstantOperations.ToTemporalInstant(realm, item);
    }

    // Temporal §8.2.3 Temporal.Instant.fromEpochMilliseconds ( epochMilliseconds )
    private static JsValue FromEpochMilliseconds(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        double ms = Operations.ToNumber(Builtin.Arg(args, 0));
        if (double.IsNaN(ms) || double.IsInfinity(ms) || Math.Truncate(ms) != ms)
            JsException.ThrowRangeError("Temporal.Instant.fromEpochMilliseconds: not an integer");
        var ns = new BigInteger(ms) * 1_000_000;
        if (!InstantOperations.IsValidEpochNanoseconds(ns)) JsException.ThrowRangeError("Temporal.Instant.fromEpochMilliseconds: out of range");
        return JsInstant.Create(realm, (Int128)ns);
    }

    // Temporal §8.2.4 Temporal.Instant.fromEpochNanoseconds ( epochNanoseconds )
    private static JsValue FromEpochNanoseconds(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var ns = BigIntOperations.ToBigInt(Builtin.Arg(args, 0));
        if (!InstantOperations.IsValidEpochNanoseconds(ns)) JsException.ThrowRangeError("Temporal.Instant.fromEpochNanoseconds: out of range");
        return JsInstant.Create(realm, (Int128)ns);
    }

    // Temporal §8.2.5 Temporal.Instant.compare ( one, two )
    private static JsValue Compare(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var one = InstantOperations.ToTemporalInstant(realm, Builtin.Arg(args, 0));
        var two = InstantOperations.ToTemporalInstant(realm, Builtin.Arg(args, 1));
        return JsValue.FromNumber(InstantOperations.CompareEpochNanoseconds(one.EpochNanoseconds, two.EpochNanoseconds));
    }
}
