using System;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins.Temporal;

/// <summary>Temporal §5.3 Properties of the Temporal.PlainDateTime Prototype Object: the methods (the getters are in
/// PlainDateTimePrototype.Getters.cs).</summary>
internal static partial class PlainDateTimePrototype
{
    private static readonly BuiltinMethod[] Methods =
    [
        new("with", 1, With),
        new("withPlainTime", 0, WithPlainTime),
        new("withCalendar", 1, WithCalendar),
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
        new("toZonedDateTime", 1, ToZonedDateTime),
        new("toPlainDate", 0, ToPlainDate),
        new("toPlainTime", 0, ToPlainTime),
    ];

    public static JsObject Create(Realm realm)
    {
        var proto = new JsObject(realm.ObjectPrototype);
        realm.TemporalPlainDateTimePrototype = proto;
        DefineGetters(realm, proto);
        Builtin.DefineMethods(realm, proto, Methods);
        Library.ToStringTag(proto, "Temporal.PlainDateTime");
        return proto;
    }

    private static JsPlainDateTime ThisDateTime(in JsValue value, string method) => Brand.This<JsPlainDateTime>(value, "Temporal.PlainDateTime.prototype." + method);

    // Temporal §5.3 Temporal.PlainDateTime.prototype.withPlainTime ( [ plainTimeLike ] )
    private static JsValue WithPlainTime(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var dateTime = ThisDateTime(thisValue, "withPlainTime");
        var time = PlainTimeOperations.ToTimeRecordOrMidnight(realm, Builtin.Arg(args, 0));
        return PlainDateTimeOperations.CreateTemporalDateTime(realm, new IsoDateTime(dateTime.IsoDateTime.Date, time), dateTime.Calendar);
    }

    // Temporal §5.3 Temporal.PlainDateTime.prototype.withCalendar ( calendarLike )
    private static JsValue WithCalendar(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var dateTime = ThisDateTime(thisValue, "withCalendar");
        string calendar = TemporalConvert.ToTemporalCalendarIdentifier(Builtin.Arg(args, 0));
        return JsPlainDateTime.Create(realm, dateTime.IsoDateTime, calendar);
    }

    // Temporal §5.3 Temporal.PlainDateTime.prototype.add ( temporalDurationLike [ , options ] )
    private static JsValue Add(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
        => PlainDateTimeOperations.AddDurationToDateTime(realm, false, ThisDateTime(thisValue, "add"), Builtin.Arg(args, 0), Builtin.Arg(args, 1));

    // Temporal §5.3 Temporal.PlainDateTime.prototype.subtract ( temporalDurationLike [ , options ] )
    private static JsValue Subtract(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
        => PlainDateTimeOperations.AddDurationToDateTime(realm, true, ThisDateTime(thisValue, "subtract"), Builtin.Arg(args, 0), Builtin.Arg(args, 1));

    // Temporal §5.3 Temporal.PlainDateTime.prototype.until ( other [ , options ] )
    private static JsValue Until(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
        => PlainDateTimeOperations.DifferenceTemporalPlainDateTime(realm, DifferenceOperation.Until, ThisDateTime(thisValue, "until"), Builtin.Arg(args, 0), Builtin.Arg(args, 1));

    // Temporal §5.3 Temporal.PlainDateTime.prototype.since ( other [ , options ] )
    private static JsValue Since(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
        => PlainDateTimeOperations.DifferenceTemporalPlainDateTime(realm, DifferenceOperation.Since, ThisDateTime(thisValue, "since"), Builtin.Arg(args, 0), Builtin.Arg(args, 1));

    // Temporal §5.3 Temporal.PlainDateTime.prototype.round ( roundTo )
    private static JsValue Round(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var dateTime = ThisDateTime(thisValue, "round");
        var roundToValue = Builtin.Arg(args, 0);
        var roundTo = TemporalOptions.GetOptionsObjectOrShorthand(roundToValue, "smallestUnit", "Temporal.PlainDateTime.prototype.round: options are required");
        // The options are read in alphabetical order, then validated.
        int roundingIncrement = TemporalOptions.GetRoundingIncrementOption(roundTo);
        var roundingMode = TemporalOptions.GetRoundingModeOption(roundTo, RoundingMode.HalfExpand);
        var smallestUnitValue = TemporalOptions.GetTemporalUnitValuedOption(roundTo, "smallestUnit", required: true);
        TemporalOptions.ValidateTemporalUnitValue(smallestUnitValue, UnitGroup.Time, [TemporalUnit.Day]);
        var smallestUnit = smallestUnitValue!.Value;
        if (smallestUnit == TemporalUnit.Day) TemporalOptions.ValidateTemporalRoundingIncrement(roundingIncrement, 1, true);
        else TemporalOptions.ValidateTemporalRoundingIncrement(roundingIncrement, TemporalOptions.MaximumTemporalDurationRoundingIncrement(smallestUnit)!.Value, false);
        if (smallestUnit == TemporalUnit.Nanosecond && roundingIncrement == 1)
            return JsPlainDateTime.Create(realm, dateTime.IsoDateTime, dateTime.Calendar);
        var result = TimeMath.RoundISODateTime(dateTime.IsoDateTime, roundingIncrement, smallestUnit, roundingMode);
        return PlainDateTimeOperations.CreateTemporalDateTime(realm, result, dateTime.Calendar);
    }

    // Temporal §5.3 Temporal.PlainDateTime.prototype.equals ( other )
    private static JsValue EqualsMethod(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var dateTime = ThisDateTime(thisValue, "equals");
        var other = PlainDateTimeOperations.ToTemporalDateTime(realm, Builtin.Arg(args, 0));
        if (TimeMath.CompareISODateTime(dateTime.IsoDateTime, other.IsoDateTime) != 0) return JsValue.False;
        return JsValue.FromBoolean(dateTime.Calendar == other.Calendar);
    }

    // Temporal §5.3 Temporal.PlainDateTime.prototype.toString ( [ options ] )
    private static JsValue ToStringMethod(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var dateTime = ThisDateTime(thisValue, "toString");
        var options = TemporalOptions.GetOptionsObject(Builtin.Arg(args, 0));
        // The options are read in alphabetical order, then validated.
        var showCalendar = TemporalOptions.GetTemporalShowCalendarNameOption(options);
        int digits = TemporalOptions.GetTemporalFractionalSecondDigitsOption(options);
        var roundingMode = TemporalOptions.GetRoundingModeOption(options, RoundingMode.Trunc);
        var smallestUnit = TemporalOptions.GetTemporalUnitValuedOption(options, "smallestUnit");
        TemporalOptions.ValidateTemporalUnitValue(smallestUnit, UnitGroup.Time);
        if (smallestUnit == TemporalUnit.Hour) JsException.ThrowRangeError("Temporal.PlainDateTime.prototype.toString: smallestUnit must not be 'hour'");
        var precision = TemporalOptions.ToSecondsStringPrecisionRecord(smallestUnit, digits);
        var result = TimeMath.RoundISODateTime(dateTime.IsoDateTime, precision.Increment, precision.Unit, roundingMode);
        if (!IsoCalendarMath.ISODateTimeWithinLimits(result)) JsException.ThrowRangeError("Temporal.PlainDateTime.prototype.toString: rounded date-time is out of range");
        return JsValue.FromString(TemporalFormat.ISODateTimeToString(result, dateTime.Calendar, precision.Precision, showCalendar));
    }

    // Temporal §5.3 Temporal.PlainDateTime.prototype.toLocaleString ( [ locales [ , options ] ] ): no ECMA-402 here.
    private static JsValue ToLocaleString(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var dateTime = ThisDateTime(thisValue, "toLocaleString");
        return JsValue.FromString(TemporalFormat.ISODateTimeToString(dateTime.IsoDateTime, dateTime.Calendar, TemporalOptions.PrecisionAuto, ShowCalendar.Auto));
    }

    // Temporal §5.3 Temporal.PlainDateTime.prototype.toJSON ( )
    private static JsValue ToJSON(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var dateTime = ThisDateTime(thisValue, "toJSON");
        return JsValue.FromString(TemporalFormat.ISODateTimeToString(dateTime.IsoDateTime, dateTime.Calendar, TemporalOptions.PrecisionAuto, ShowCalendar.Auto));
    }

    // Temporal §5.3 Temporal.PlainDateTime.prototype.valueOf ( )
    private static JsValue ValueOf(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
        => JsException.ThrowTypeError<JsValue>("Temporal.PlainDateTime.prototype.valueOf: use Temporal.PlainDateTime.compare() or equals() to compare, toString() for a string");

    // Temporal §5.3 Temporal.PlainDateTime.prototype.toZonedDateTime ( temporalTimeZoneLike [ , options ] )
    private static JsValue ToZonedDateTime(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var dateTime = ThisDateTime(thisValue, "toZonedDateTime");
        string timeZone = TimeZones.ToTemporalTimeZoneIdentifier(realm, Builtin.Arg(args, 0));
        var resolvedOptions = TemporalOptions.GetOptionsObject(Builtin.Arg(args, 1));
        var disambiguation = TemporalOptions.GetTemporalDisambiguationOption(resolvedOptions);
        var epochNs = TimeZones.GetEpochNanosecondsFor(realm, timeZone, dateTime.IsoDateTime, disambiguation);
        return JsZonedDateTime.Create(realm, epochNs, timeZone, dateTime.Calendar);
    }

    // Temporal §5.3 Temporal.PlainDateTime.prototype.toPlainDate ( )
    private static JsValue ToPlainDate(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var dateTime = ThisDateTime(thisValue, "toPlainDate");
        return JsPlainDate.Create(realm, dateTime.IsoDateTime.Date, dateTime.Calendar);
    }

    // Temporal §5.3 Temporal.PlainDateTime.prototype.toPlainTime ( )
    private static JsValue ToPlainTime(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
        => JsPlainTime.Create(realm, ThisDateTime(thisValue, "toPlainTime").IsoDateTime.Time);
}
