using System;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins.Temporal;

/// <summary>Temporal §7.3 Properties of the Temporal.Duration prototype object.</summary>
internal static class DurationPrototype
{
    private static readonly BuiltinMethod[] Methods =
    [
        new("abs", 0, Abs),
        new("add", 1, Add),
        new("negated", 0, Negated),
        new("round", 1, Round),
        new("subtract", 1, Subtract),
        new("toJSON", 0, ToJSON),
        new("toLocaleString", 0, ToLocaleString),
        new("toString", 0, ToStringMethod),
        new("total", 1, Total),
        new("valueOf", 0, ValueOf),
        new("with", 1, With),
    ];

    public static JsObject Create(Realm realm)
    {
        var proto = new JsObject(realm.ObjectPrototype);
        realm.TemporalDurationPrototype = proto;
        Builtin.DefineMethods(realm, proto, Methods);
        // Temporal §7.3.3-7.3.14: the field getters, sign and blank.
        Getter(realm, proto, "years", static d => d.Years);
        Getter(realm, proto, "months", static d => d.Months);
        Getter(realm, proto, "weeks", static d => d.Weeks);
        Getter(realm, proto, "days", static d => d.Days);
        Getter(realm, proto, "hours", static d => d.Hours);
        Getter(realm, proto, "minutes", static d => d.Minutes);
        Getter(realm, proto, "seconds", static d => d.Seconds);
        Getter(realm, proto, "milliseconds", static d => d.Milliseconds);
        Getter(realm, proto, "microseconds", static d => d.Microseconds);
        Getter(realm, proto, "nanoseconds", static d => d.Nanoseconds);
        Getter(realm, proto, "sign", static d => DurationOperations.DurationSign(d));
        Getter(realm, proto, "blank", static d => DurationOperations.DurationSign(d) == 0);
        Library.ToStringTag(proto, "Temporal.Duration");
        return proto;
    }

    private static void Getter(Realm realm, JsObject proto, string name, Func<JsDuration, JsValue> read)
    {
        string method = "get Temporal.Duration.prototype." + name;
        Builtin.Getter(realm, proto, name, name, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => read(Brand.This<JsDuration>(t, method)));
    }

    // Temporal §7.3.15 Temporal.Duration.prototype.with ( temporalDurationLike )
    private static JsValue With(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var d = Brand.This<JsDuration>(thisValue, "Temporal.Duration.prototype.with");
        var p = DurationOperations.ToTemporalPartialDurationRecord(Builtin.Arg(args, 0));
        return DurationOperations.CreateTemporalDuration(realm, p.Years ?? d.Years, p.Months ?? d.Months, p.Weeks ?? d.Weeks, p.Days ?? d.Days,
            p.Hours ?? d.Hours, p.Minutes ?? d.Minutes, p.Seconds ?? d.Seconds, p.Milliseconds ?? d.Milliseconds,
            p.Microseconds ?? d.Microseconds, p.Nanoseconds ?? d.Nanoseconds);
    }

    // Temporal §7.3.16 Temporal.Duration.prototype.negated ( )
    private static JsValue Negated(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
        => DurationOperations.CreateNegatedTemporalDuration(realm, Brand.This<JsDuration>(thisValue, "Temporal.Duration.prototype.negated"));

    // Temporal §7.3.17 Temporal.Duration.prototype.abs ( )
    private static JsValue Abs(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var d = Brand.This<JsDuration>(thisValue, "Temporal.Duration.prototype.abs");
        return DurationOperations.CreateTemporalDuration(realm, Math.Abs(d.Years), Math.Abs(d.Months), Math.Abs(d.Weeks), Math.Abs(d.Days),
            Math.Abs(d.Hours), Math.Abs(d.Minutes), Math.Abs(d.Seconds), Math.Abs(d.Milliseconds), Math.Abs(d.Microseconds), Math.Abs(d.Nanoseconds));
    }

    // Temporal §7.3.18 Temporal.Duration.prototype.add ( other )
    private static JsValue Add(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
        => DurationOperations.AddDurations(realm, false, Brand.This<JsDuration>(thisValue, "Temporal.Duration.prototype.add"), Builtin.Arg(args, 0));

    // Temporal §7.3.19 Temporal.Duration.prototype.subtract ( other )
    private static JsValue Subtract(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
        => DurationOperations.AddDurations(realm, true, Brand.This<JsDuration>(thisValue, "Temporal.Duration.prototype.subtract"), Builtin.Arg(args, 0));

    // Temporal §7.3.20 Temporal.Duration.prototype.round ( roundTo )
    private static JsValue Round(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var duration = Brand.This<JsDuration>(thisValue, "Temporal.Duration.prototype.round");
        var roundToArg = Builtin.Arg(args, 0);
        var roundTo = TemporalOptions.GetOptionsObjectOrShorthand(roundToArg, "smallestUnit", "Temporal.Duration.prototype.round: roundTo is required");

        // The options are read in alphabetical order, each validated as it is read.
        var largestUnitOption = TemporalOptions.GetTemporalUnitValuedOption(roundTo, "largestUnit");
        var relativeTo = DurationOperations.GetTemporalRelativeToOption(realm, roundTo);
        int roundingIncrement = TemporalOptions.GetRoundingIncrementOption(roundTo);
        var roundingMode = TemporalOptions.GetRoundingModeOption(roundTo, RoundingMode.HalfExpand);
        var smallestUnitOption = TemporalOptions.GetTemporalUnitValuedOption(roundTo, "smallestUnit");
        TemporalOptions.ValidateTemporalUnitValue(smallestUnitOption, UnitGroup.DateTime);
        bool smallestUnitPresent = smallestUnitOption != null;
        var smallestUnit = smallestUnitOption ?? TemporalUnit.Nanosecond;
        var existingLargestUnit = DurationOperations.DefaultTemporalLargestUnit(duration);
        var defaultLargestUnit = TemporalOptions.LargerOfTwoTemporalUnits(existingLargestUnit, smallestUnit);
        bool largestUnitPresent = largestUnitOption != null;
        var largestUnit = largestUnitOption == null || largestUnitOption == TemporalOptions.Auto ? defaultLargestUnit : largestUnitOption.Value;
        if (!smallestUnitPresent && !largestUnitPresent) JsException.ThrowRangeError("Temporal.Duration.prototype.round: smallestUnit or largestUnit is required");
        if (TemporalOptions.LargerOfTwoTemporalUnits(largestUnit, smallestUnit) != largestUnit)
            JsException.ThrowRangeError("Temporal.Duration.prototype.round: smallestUnit must not be larger than largestUnit");
        var maximum = TemporalOptions.MaximumTemporalDurationRoundingIncrement(smallestUnit);
        if (maximum != null) TemporalOptions.ValidateTemporalRoundingIncrement(roundingIncrement, maximum.Value, false);
        if (roundingIncrement > 1 && largestUnit != smallestUnit && DurationOperations.IsDateUnit(smallestUnit))
            JsException.ThrowRangeError("Temporal.Duration.prototype.round: roundingIncrement > 1 needs largestUnit = smallestUnit for date units");

        if (relativeTo.Zoned is { } zoned)
        {
            var internalDuration = DurationOperations.ToInternalDurationRecord(duration);
            Int128 relativeEpochNs = zoned.EpochNanoseconds;
            Int128 targetEpochNs = DurationOperations.AddZonedDateTimeForDuration(realm, zoned, internalDuration);
            internalDuration = DurationOperations.DifferenceZonedDateTimeWithRounding(realm, relativeEpochNs, targetEpochNs, zoned.TimeZone, zoned.Calendar,
                largestUnit, roundingIncrement, smallestUnit, roundingMode);
            if (DurationOperations.IsDateUnit(largestUnit)) largestUnit = TemporalUnit.Hour;
            return DurationOperations.TemporalDurationFromInternal(realm, internalDuration, largestUnit);
        }
        if (relativeTo.Plain is { } plain)
        {
            var internalDuration = DurationOperations.ToInternalDurationRecordWith24HourDays(duration);
            var (isoDateTime, targetDateTime) = DurationOperations.PlainRelativeTarget(plain, internalDuration);
            internalDuration = DurationOperations.DifferencePlainDateTimeWithRounding(realm, isoDateTime, targetDateTime, plain.Calendar,
                largestUnit, roundingIncrement, smallestUnit, roundingMode);
            return DurationOperations.TemporalDurationFromInternal(realm, internalDuration, largestUnit);
        }
        if (DurationOperations.IsCalendarUnit(existingLargestUnit) || DurationOperations.IsCalendarUnit(largestUnit))
            JsException.ThrowRangeError("Temporal.Duration.prototype.round: relativeTo is required for years, months or weeks");
        {
            var internalDuration = DurationOperations.ToInternalDurationRecordWith24HourDays(duration);
            if (smallestUnit == TemporalUnit.Day)
            {
                Int128 days = TimeMath.RoundNumberToIncrement(internalDuration.Time, (Int128)roundingIncrement * DurationOperations.NsPerDay, roundingMode) / DurationOperations.NsPerDay;
                var dateDuration = DurationOperations.CreateDateDurationRecord(0, 0, 0, DurationOperations.ToDouble(days));
                internalDuration = DurationOperations.CombineDateAndTimeDuration(dateDuration, 0);
            }
            else
            {
                Int128 timeDuration = DurationOperations.RoundTimeDuration(internalDuration.Time, roundingIncrement, smallestUnit, roundingMode);
                internalDuration = DurationOperations.CombineDateAndTimeDuration(DateDuration.Zero, timeDuration);
            }
            return DurationOperations.TemporalDurationFromInternal(realm, internalDuration, largestUnit);
        }
    }

    // Temporal §7.3.21 Temporal.Duration.prototype.total ( totalOf )
    private static JsValue Total(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var duration = Brand.This<JsDuration>(thisValue, "Temporal.Duration.prototype.total");
        var totalOfArg = Builtin.Arg(args, 0);
        var totalOf = TemporalOptions.GetOptionsObjectOrShorthand(totalOfArg, "unit", "Temporal.Duration.prototype.total: totalOf is required");
        var relativeTo = DurationOperations.GetTemporalRelativeToOption(realm, totalOf);
        var unitOption = TemporalOptions.GetTemporalUnitValuedOption(totalOf, "unit", null, required: true);
        TemporalOptions.ValidateTemporalUnitValue(unitOption, UnitGroup.DateTime);
        var unit = unitOption!.Value;
        double total;
        if (relativeTo.Zoned is { } zoned)
        {
            var internalDuration = DurationOperations.ToInternalDurationRecord(duration);
            Int128 relativeEpochNs = zoned.EpochNanoseconds;
            Int128 targetEpochNs = DurationOperations.AddZonedDateTimeForDuration(realm, zoned, internalDuration);
            total = DurationOperations.DifferenceZonedDateTimeWithTotal(realm, relativeEpochNs, targetEpochNs, zoned.TimeZone, zoned.Calendar, unit);
        }
        else if (relativeTo.Plain is { } plain)
        {
            var internalDuration = DurationOperations.ToInternalDurationRecordWith24HourDays(duration);
            var (isoDateTime, targetDateTime) = DurationOperations.PlainRelativeTarget(plain, internalDuration);
            total = DurationOperations.DifferencePlainDateTimeWithTotal(realm, isoDateTime, targetDateTime, plain.Calendar, unit);
        }
        else
        {
            var largestUnit = DurationOperations.DefaultTemporalLargestUnit(duration);
            if (DurationOperations.IsCalendarUnit(largestUnit) || DurationOperations.IsCalendarUnit(unit))
                JsException.ThrowRangeError("Temporal.Duration.prototype.total: relativeTo is required for years, months or weeks");
            var internalDuration = DurationOperations.ToInternalDurationRecordWith24HourDays(duration);
            total = DurationOperations.TotalTimeDuration(internalDuration.Time, unit);
        }
        return total;
    }

    // Temporal §7.3.22 Temporal.Duration.prototype.toString ( [ options ] )
    private static JsValue ToStringMethod(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var duration = Brand.This<JsDuration>(thisValue, "Temporal.Duration.prototype.toString");
        var resolvedOptions = TemporalOptions.GetOptionsObject(Builtin.Arg(args, 0));
        int digits = TemporalOptions.GetTemporalFractionalSecondDigitsOption(resolvedOptions);
        var roundingMode = TemporalOptions.GetRoundingModeOption(resolvedOptions, RoundingMode.Trunc);
        var smallestUnit = TemporalOptions.GetTemporalUnitValuedOption(resolvedOptions, "smallestUnit");
        TemporalOptions.ValidateTemporalUnitValue(smallestUnit, UnitGroup.Time);
        if (smallestUnit == TemporalUnit.Hour || smallestUnit == TemporalUnit.Minute)
            JsException.ThrowRangeError("Temporal.Duration.prototype.toString: smallestUnit must be second or smaller");
        var precision = TemporalOptions.ToSecondsStringPrecisionRecord(smallestUnit, digits);
        if (precision.Unit == TemporalUnit.Nanosecond && precision.Increment == 1)
            return DurationOperations.TemporalDurationToString(duration, precision.Precision);
        var largestUnit = DurationOperations.DefaultTemporalLargestUnit(duration);
        var internalDuration = DurationOperations.ToInternalDurationRecord(duration);
        Int128 timeDuration = DurationOperations.RoundTimeDuration(internalDuration.Time, precision.Increment, precision.Unit, roundingMode);
        internalDuration = DurationOperations.CombineDateAndTimeDuration(internalDuration.Date, timeDuration);
        var roundedLargestUnit = TemporalOptions.LargerOfTwoTemporalUnits(largestUnit, TemporalUnit.Second);
        var roundedDuration = DurationOperations.TemporalDurationFromInternal(realm, internalDuration, roundedLargestUnit);
        return DurationOperations.TemporalDurationToString(roundedDuration, precision.Precision);
    }

    // Temporal §7.3.23 Temporal.Duration.prototype.toJSON ( )
    private static JsValue ToJSON(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
        => DurationOperations.TemporalDurationToString(Brand.This<JsDuration>(thisValue, "Temporal.Duration.prototype.toJSON"), TemporalOptions.PrecisionAuto);

    // Temporal §7.3.24 Temporal.Duration.prototype.toLocaleString ( [ locales [ , options ] ] ): without ECMA-402, the ISO string.
    private static JsValue ToLocaleString(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
        => DurationOperations.TemporalDurationToString(Brand.This<JsDuration>(thisValue, "Temporal.Duration.prototype.toLocaleString"), TemporalOptions.PrecisionAuto);

    // Temporal §7.3.25 Temporal.Duration.prototype.valueOf ( )
    private static JsValue ValueOf(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
        => JsException.ThrowTypeError<JsValue>("Temporal.Duration.prototype.valueOf: use Temporal.Duration.compare() or toString() to compare durations");
}
