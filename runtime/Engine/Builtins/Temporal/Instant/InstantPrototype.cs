using System;
using System.Numerics;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins.Temporal;

/// <summary>Temporal §8.3 Properties of the Temporal.Instant Prototype Object.</summary>
internal static class InstantPrototype
{
    private static readonly BuiltinMethod[] Methods =
    [
        new("equals", 1, EqualsMethod),
        new("valueOf", 0, ValueOf),
    ];

    public static JsObject Create(Realm realm)
    {
        var proto = new JsObject(realm.ObjectPrototype);
        realm.TemporalInstantPrototype = proto;
        Builtin.Getter(realm, proto, "epochMilliseconds", "epochMilliseconds", EpochMilliseconds);
        Builtin.Getter(realm, proto, "epochNanoseconds", "epochNanoseconds", EpochNanoseconds);
        Builtin.DefineMethods(realm, proto, Methods);
        Library.ToStringTag(proto, "Temporal.Instant");
        return proto;
    }

    /// <summary>RequireInternalSlot(instant, [[InitializedTemporalInstant]]).</summary>
    private static JsInstant ThisInstant(in JsValue value, string method)
    {
        if (value.Ref is JsInstant i && value.IsObject) return i;
        return JsException.ThrowTypeError<JsInstant>($"Temporal.Instant.prototype.{method} called on incompatible receiver {Operations.DescribeForError(value)}");
    }

    // Temporal §8.3.3 get Temporal.Instant.prototype.epochMilliseconds
    private static JsValue EpochMilliseconds(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var ns = ThisInstant(thisValue, "epochMilliseconds").EpochNanoseconds;
        var ms = ns / 1_000_000;
        if (ns < 0 && ms * 1_000_000 != ns) ms -= 1; // floor, not truncation
        return JsValue.FromNumber((double)(long)ms);
    }

    // Temporal §8.3.4 get Temporal.Instant.prototype.epochNanoseconds
    private static JsValue EpochNanoseconds(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
        => JsValue.FromBigInt((BigInteger)ThisInstant(thisValue, "epochNanoseconds").EpochNanoseconds);

    // Temporal §8.3.10 Temporal.Instant.prototype.equals ( other )
    private static JsValue EqualsMethod(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var instant = ThisInstant(thisValue, "equals");
        var other = InstantOperations.ToTemporalInstant(realm, Builtin.Arg(args, 0));
        return JsValue.FromBoolean(instant.EpochNanoseconds == other.EpochNanoseconds);
    }

    // Temporal §8.3.14 Temporal.Instant.prototype.valueOf ( )
    private static JsValue ValueOf(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
        => JsException.ThrowTypeError<JsValue>("Temporal.Instant.prototype.valueOf: use Temporal.Instant.compare() or equals() to compare, toString() for a string");
}
