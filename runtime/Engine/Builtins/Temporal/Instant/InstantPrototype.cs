using System;
using System.Numerics;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins.Temporal;

/// <summary>Temporal §8.3 Properties of the Temporal.Instant Prototype Object.</summary>
internal static class InstantPrototype
{
    private static readonly BuiltinMethod[] Methods =
    [
        new("add", 1, Add),
        new("subtract", 1, Subtract),
        new("until", 1, Until),
        new("since", 1, Since),
        new("round", 1, Round),
        new("equals", 1, EqualsMethod),
        new("toString", 0, ToStringMethod),
        new("toLocaleString", 0, ToLocaleString),
        new("toJSON", 0, ToJSON),
        new("valueOf", 0, ValueOf),
        new("toZonedDateTimeISO", 1, ToZonedDateTimeISO),
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

    private static JsInstant ThisInstant(in JsValue value, string method) => Brand.This<JsInstant>(value, "Temporal.Instant.prototype." + method);

    // Temporal §8.3.3 get Temporal.Instant.prototype.epochMilliseconds
    private static JsValue EpochMilliseconds(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var ns = ThisInstant(thisValue, "epochMilliseconds").EpochNanoseconds;
        return JsValue.FromNumber((double)(long)InstantOperations.FloorDiv(ns, 1_000_000));
    }

    // Temporal §8.3.4 get Temporal.Instant.prototype.epochNanoseconds
    private static JsValue EpochNanoseconds(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
        => JsValue.FromBigInt((BigInteger)ThisInstant(thisValue, "epochNanoseconds").EpochNanoseconds);

    // Temporal §8.3.5 Temporal.Instant.prototype.add ( temporalDurationLike )
    private static JsValue Add(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
        => InstantOperations.AddDurationToInstant(realm, false, ThisInstant(thisValue, "add"), Builtin.Arg(args, 0));

    // Temporal §8.3.6 Temporal.Instant.prototype.subtract ( temporalDurationLike )
    private static JsValue Subtract(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
        => InstantOperations.AddDurationToInstant(realm, true, ThisInstant(thisValue, "subtract"), Builtin.Arg(args, 0));

    // Temporal §8.3.7 Temporal.Instant.prototype.until ( other [ , options ] )
    private static JsValue Until(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
        => InstantOperations.DifferenceTemporalInstant(realm, DifferenceOperation.Until, ThisInstant(thisValue, "until"), Builtin.Arg(args, 0), Builtin.Arg(args, 1));

    // Temporal §8.3.8 Temporal.Instant.prototype.since ( other [ , options ] )
    private static JsValue Since(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
        => InstantOperations.DifferenceTemporalInstant(realm, DifferenceOperation.Since, ThisInstant(thisValue, "since"), Builtin.Arg(args, 0), Builtin.Arg(args, 1));

    // Temporal §8.3.9 Temporal.Instant.prototype.round ( roundTo )
    private static JsValue Round(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var instant = ThisInstant(thisValue, "round");
        var roundToValue = Builtin.Arg(args, 0);
        var roundTo = TemporalOptions.GetOptionsObjectOrShorthand(roundToValue, "smallestUnit", "Temporal.Instant.prototype.round: options are required");
        // The options are read in alphabetical order, then validated.
        int roundingIncrement = TemporalOptions.GetRoundingIncrementOption(roundTo);
        var roundingMode = TemporalOptions.GetRoundingModeOption(roundTo, RoundingMode.HalfExpand);
        var smallestUnitValue = TemporalOptions.GetTemporalUnitValuedOption(roundTo, "smallestUnit", required: true);
        TemporalOptions.ValidateTemporalUnitValue(smallestUnitValue, UnitGroup.Time);
        var smallestUnit = smallestUnitValue!.Value;
        // The increment must divide a solar day evenly.
        long maximum = TemporalLimits.NanosecondsPerDay / InstantOperations.UnitLengthNs(smallestUnit);
        TemporalOptions.ValidateTemporalRoundingIncrement(roundingIncrement, maximum, true);
        var roundedNs = InstantOperations.RoundTemporalInstant(instant.EpochNanoseconds, roundingIncrement, smallestUnit, roundingMode);
        return JsInstant.Create(realm, roundedNs);
    }

    // Temporal §8.3.10 Temporal.Instant.prototype.equals ( other )
    private static JsValue EqualsMethod(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var instant = ThisInstant(thisValue, "equals");
        var other = InstantOperations.ToTemporalInstant(realm, Builtin.Arg(args, 0));
        return JsValue.FromBoolean(instant.EpochNanoseconds == other.EpochNanoseconds);
    }

    // Temporal §8.3.11 Temporal.Instant.prototype.toString ( [ options ] )
    private static JsValue ToStringMethod(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var instant = ThisInstant(thisValue, "toString");
        var options = TemporalOptions.GetOptionsObject(Builtin.Arg(args, 0));
        // The options are read in alphabetical order, then validated.
        int digits = TemporalOptions.GetTemporalFractionalSecondDigitsOption(options);
        var roundingMode = TemporalOptions.GetRoundingModeOption(options, RoundingMode.Trunc);
        var smallestUnit = TemporalOptions.GetTemporalUnitValuedOption(options, "smallestUnit");
        var timeZoneValue = options.Get("timeZone");
        TemporalOptions.ValidateTemporalUnitValue(smallestUnit, UnitGroup.Time);
        if (smallestUnit == TemporalUnit.Hour) JsException.ThrowRangeError("Temporal.Instant.prototype.toString: smallestUnit must not be 'hour'");
        string? timeZone = null;
        if (!timeZoneValue.IsUndefined) timeZone = TimeZones.ToTemporalTimeZoneIdentifier(realm, timeZoneValue);
        var precision = TemporalOptions.ToSecondsStringPrecisionRecord(smallestUnit, digits);
        var roundedNs = InstantOperations.RoundTemporalInstant(instant.EpochNanoseconds, precision.Increment, precision.Unit, roundingMode);
        return JsValue.FromString(InstantOperations.TemporalInstantToString(realm, roundedNs, timeZone, precision.Precision));
    }

    // Temporal §8.3.12 Temporal.Instant.prototype.toLocaleString ( [ locales [ , options ] ] ): no ECMA-402 here.
    private static JsValue ToLocaleString(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
        => JsValue.FromString(InstantOperations.TemporalInstantToString(realm, ThisInstant(thisValue, "toLocaleString").EpochNanoseconds, null, TemporalOptions.PrecisionAuto));

    // Temporal §8.3.13 Temporal.Instant.prototype.toJSON ( )
    private static JsValue ToJSON(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
        => JsValue.FromString(InstantOperations.TemporalInstantToString(realm, ThisInstant(thisValue, "toJSON").EpochNanoseconds, null, TemporalOptions.PrecisionAuto));

    // Temporal §8.3.14 Temporal.Instant.prototype.valueOf ( )
    private static JsValue ValueOf(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
        => JsException.ThrowTypeError<JsValue>("Temporal.Instant.prototype.valueOf: use Temporal.Instant.compare() or equals() to compare, toString() for a string");

    // Temporal §8.3.15 Temporal.Instant.prototype.toZonedDateTimeISO ( timeZone )
    private static JsValue ToZonedDateTimeISO(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var instant = ThisInstant(thisValue, "toZonedDateTimeISO");
        string timeZone = TimeZones.ToTemporalTimeZoneIdentifier(realm, Builtin.Arg(args, 0));
        return JsZonedDateTime.Create(realm, instant.EpochNanoseconds, timeZone, "iso8601");
    }
}
