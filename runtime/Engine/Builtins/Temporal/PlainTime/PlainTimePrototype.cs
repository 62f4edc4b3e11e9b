using System;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins.Temporal;

/// <summary>Temporal §4.3 Properties of the Temporal.PlainTime Prototype Object.</summary>
internal static class PlainTimePrototype
{
    private static readonly BuiltinMethod[] Methods =
    [
        new("add", 1, Add),
        new("subtract", 1, Subtract),
        new("with", 1, With),
        new("until", 1, Until),
        new("since", 1, Since),
        new("round", 1, Round),
        new("equals", 1, EqualsMethod),
        new("toString", 0, ToStringMethod),
        new("toLocaleString", 0, ToLocaleString),
        new("toJSON", 0, ToJSON),
        new("valueOf", 0, ValueOf),
    ];

    public static JsObject Create(Realm realm)
    {
        var proto = new JsObject(realm.ObjectPrototype);
        realm.TemporalPlainTimePrototype = proto;
        Library.ToStringTag(proto, "Temporal.PlainTime");
        Builtin.Getter(realm, proto, "hour", "hour", static (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => This(t, "hour").Time.Hour);
        Builtin.Getter(realm, proto, "minute", "minute", static (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => This(t, "minute").Time.Minute);
        Builtin.Getter(realm, proto, "second", "second", static (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => This(t, "second").Time.Second);
        Builtin.Getter(realm, proto, "millisecond", "millisecond", static (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => This(t, "millisecond").Time.Millisecond);
        Builtin.Getter(realm, proto, "microsecond", "microsecond", static (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => This(t, "microsecond").Time.Microsecond);
        Builtin.Getter(realm, proto, "nanosecond", "nanosecond", static (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => This(t, "nanosecond").Time.Nanosecond);
        Builtin.DefineMethods(realm, proto, Methods);
        return proto;
    }

    private static JsPlainTime This(in JsValue thisValue, string method) => Brand.This<JsPlainTime>(thisValue, "Temporal.PlainTime.prototype." + method);

    // Temporal §4.3.9 Temporal.PlainTime.prototype.add ( temporalDurationLike )
    private static JsValue Add(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var temporalTime = This(thisValue, "add");
        return PlainTimeOperations.AddDurationToTime(realm, false, temporalTime, Builtin.Arg(args, 0));
    }

    // Temporal §4.3.10 Temporal.PlainTime.prototype.subtract ( temporalDurationLike )
    private static JsValue Subtract(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var temporalTime = This(thisValue, "subtract");
        return PlainTimeOperations.AddDurationToTime(realm, true, temporalTime, Builtin.Arg(args, 0));
    }

    // Temporal §4.3.11 Temporal.PlainTime.prototype.with ( temporalTimeLike [ , options ] )
    private static JsValue With(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var temporalTime = This(thisValue, "with");
        var temporalTimeLike = Builtin.Arg(args, 0);
        if (!temporalTimeLike.IsObject) JsException.ThrowTypeError("Temporal.PlainTime.prototype.with: argument must be an object");
        var like = temporalTimeLike.AsObject();
        TemporalConvert.RejectTemporalLikeObject(like);
        var partial = PlainTimeOperations.ToTemporalTimeRecord(like);
        var t = temporalTime.Time;
        double hour = partial.Hour ?? t.Hour, minute = partial.Minute ?? t.Minute, second = partial.Second ?? t.Second;
        double millisecond = partial.Millisecond ?? t.Millisecond, microsecond = partial.Microsecond ?? t.Microsecond, nanosecond = partial.Nanosecond ?? t.Nanosecond;
        var overflow = TemporalOptions.GetTemporalOverflowOption(TemporalOptions.GetOptionsObject(Builtin.Arg(args, 1)));
        var result = TimeMath.RegulateTime(hour, minute, second, millisecond, microsecond, nanosecond, overflow);
        return PlainTimeOperations.CreateTemporalTime(realm, result);
    }

    // Temporal §4.3.12 Temporal.PlainTime.prototype.until ( other [ , options ] )
    private static JsValue Until(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var temporalTime = This(thisValue, "until");
        return PlainTimeOperations.DifferenceTemporalPlainTime(realm, DifferenceOperation.Until, temporalTime, Builtin.Arg(args, 0), Builtin.Arg(args, 1));
    }

    // Temporal §4.3.13 Temporal.PlainTime.prototype.since ( other [ , options ] )
    private static JsValue Since(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var temporalTime = This(thisValue, "since");
        return PlainTimeOperations.DifferenceTemporalPlainTime(realm, DifferenceOperation.Since, temporalTime, Builtin.Arg(args, 0), Builtin.Arg(args, 1));
    }

    // Temporal §4.3.14 Temporal.PlainTime.prototype.round ( roundTo )
    private static JsValue Round(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var temporalTime = This(thisValue, "round");
        var roundToArg = Builtin.Arg(args, 0);
        var roundTo = TemporalOptions.GetOptionsObjectOrShorthand(roundToArg, "smallestUnit", "Temporal.PlainTime.prototype.round: options are required");
        // Read in alphabetical order, then validate.
        int roundingIncrement = TemporalOptions.GetRoundingIncrementOption(roundTo);
        var roundingMode = TemporalOptions.GetRoundingModeOption(roundTo, RoundingMode.HalfExpand);
        var smallestUnit = TemporalOptions.GetTemporalUnitValuedOption(roundTo, "smallestUnit", required: true);
        TemporalOptions.ValidateTemporalUnitValue(smallestUnit, UnitGroup.Time);
        var unit = smallestUnit!.Value;
        var maximum = TemporalOptions.MaximumTemporalDurationRoundingIncrement(unit);
        TemporalOptions.ValidateTemporalRoundingIncrement(roundingIncrement, maximum!.Value, false);
        var result = TimeMath.RoundTime(temporalTime.Time, roundingIncrement, unit, roundingMode);
        return PlainTimeOperations.CreateTemporalTime(realm, result.Time);
    }

    // Temporal §4.3.15 Temporal.PlainTime.prototype.equals ( other )
    private static JsValue EqualsMethod(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var temporalTime = This(thisValue, "equals");
        var other = PlainTimeOperations.ToTemporalTime(realm, Builtin.Arg(args, 0));
        return TimeMath.CompareTimeRecord(temporalTime.Time, other.Time) == 0;
    }

    // Temporal §4.3.16 Temporal.PlainTime.prototype.toString ( [ options ] )
    private static JsValue ToStringMethod(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var temporalTime = This(thisValue, "toString");
        var resolvedOptions = TemporalOptions.GetOptionsObject(Builtin.Arg(args, 0));
        int digits = TemporalOptions.GetTemporalFractionalSecondDigitsOption(resolvedOptions);
        var roundingMode = TemporalOptions.GetRoundingModeOption(resolvedOptions, RoundingMode.Trunc);
        var smallestUnit = TemporalOptions.GetTemporalUnitValuedOption(resolvedOptions, "smallestUnit");
        TemporalOptions.ValidateTemporalUnitValue(smallestUnit, UnitGroup.Time);
        if (smallestUnit == TemporalUnit.Hour) JsException.ThrowRangeError("smallestUnit must not be hour");
        var precision = TemporalOptions.ToSecondsStringPrecisionRecord(smallestUnit, digits);
        var roundResult = TimeMath.RoundTime(temporalTime.Time, precision.Increment, precision.Unit, roundingMode);
        return TemporalFormat.TimeRecordToString(roundResult.Time, precision.Precision);
    }

    // Temporal §4.3.17 Temporal.PlainTime.prototype.toLocaleString ( [ locales [ , options ] ] )
    // Without ECMA-402 the format is implementation-defined; we use the ISO form.
    private static JsValue ToLocaleString(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
        => TemporalFormat.TimeRecordToString(This(thisValue, "toLocaleString").Time, TemporalOptions.PrecisionAuto);

    // Temporal §4.3.18 Temporal.PlainTime.prototype.toJSON ( )
    private static JsValue ToJSON(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
        => TemporalFormat.TimeRecordToString(This(thisValue, "toJSON").Time, TemporalOptions.PrecisionAuto);

    // Temporal §4.3.19 Temporal.PlainTime.prototype.valueOf ( )
    private static JsValue ValueOf(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
        => JsException.ThrowTypeError<JsValue>("Temporal.PlainTime.prototype.valueOf: use compare() or equals() to compare Temporal.PlainTime values");
}
