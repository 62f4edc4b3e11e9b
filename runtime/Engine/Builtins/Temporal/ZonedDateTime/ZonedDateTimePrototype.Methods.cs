using System;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins.Temporal;

// Temporal §6.3: the methods of Temporal.ZonedDateTime.prototype that convert, compare and navigate.
internal static partial class ZonedDateTimePrototype
{
    // Temporal §6.3.x Temporal.ZonedDateTime.prototype.withTimeZone ( timeZoneLike )
    private static JsValue WithTimeZone(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var zdt = This(thisValue, "withTimeZone");
        string timeZone = TimeZones.ToTemporalTimeZoneIdentifier(realm, Builtin.Arg(args, 0));
        return ZonedDateTimeOperations.CreateTemporalZonedDateTime(realm, zdt.EpochNanoseconds, timeZone, zdt.Calendar);
    }

    // Temporal §6.3.x Temporal.ZonedDateTime.prototype.withCalendar ( calendarLike )
    private static JsValue WithCalendar(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var zdt = This(thisValue, "withCalendar");
        string calendar = TemporalConvert.ToTemporalCalendarIdentifier(Builtin.Arg(args, 0));
        return ZonedDateTimeOperations.CreateTemporalZonedDateTime(realm, zdt.EpochNanoseconds, zdt.TimeZone, calendar);
    }

    // Temporal §6.3.x Temporal.ZonedDateTime.prototype.equals ( other )
    private static JsValue EqualsMethod(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var zdt = This(thisValue, "equals");
        var other = ZonedDateTimeOperations.ToTemporalZonedDateTime(realm, Builtin.Arg(args, 0), JsValue.Undefined);
        if (zdt.EpochNanoseconds != other.EpochNanoseconds) return JsValue.False;
        if (!TimeZones.TimeZoneEquals(realm, zdt.TimeZone, other.TimeZone)) return JsValue.False;
        return JsValue.FromBoolean(zdt.Calendar == other.Calendar);
    }

    // Temporal §6.3.x Temporal.ZonedDateTime.prototype.valueOf ( )
    private static JsValue ValueOf(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
        => JsException.ThrowTypeError<JsValue>("Temporal.ZonedDateTime.prototype.valueOf: use Temporal.ZonedDateTime.compare() or equals() to compare, toString() for a string");

    // Temporal §6.3.x Temporal.ZonedDateTime.prototype.startOfDay ( )
    private static JsValue StartOfDay(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var zdt = This(thisValue, "startOfDay");
        var isoDateTime = DateTime(realm, zdt);
        Int128 epochNs = TimeZones.GetStartOfDay(realm, zdt.TimeZone, isoDateTime.Date);
        return ZonedDateTimeOperations.CreateTemporalZonedDateTime(realm, epochNs, zdt.TimeZone, zdt.Calendar);
    }

    // Temporal §6.3.x Temporal.ZonedDateTime.prototype.getTimeZoneTransition ( directionParam )
    private static JsValue GetTimeZoneTransition(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var zdt = This(thisValue, "getTimeZoneTransition");
        JsValue param = Builtin.Arg(args, 0);
        var options = TemporalOptions.GetOptionsObjectOrShorthand(param, "direction", "Temporal.ZonedDateTime.prototype.getTimeZoneTransition: direction is required");
        bool next = TemporalOptions.GetDirectionOption(options);
        if (TimeZones.IsOffsetTimeZoneIdentifier(zdt.TimeZone)) return JsValue.Null;
        Int128? transition = next
            ? TimeZones.GetNamedTimeZoneNextTransition(realm, zdt.TimeZone, zdt.EpochNanoseconds)
            : TimeZones.GetNamedTimeZonePreviousTransition(realm, zdt.TimeZone, zdt.EpochNanoseconds);
        if (transition is not Int128 t) return JsValue.Null;
        return ZonedDateTimeOperations.CreateTemporalZonedDateTime(realm, t, zdt.TimeZone, zdt.Calendar);
    }

    // Temporal §6.3.x Temporal.ZonedDateTime.prototype.toInstant ( )
    private static JsValue ToInstant(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
        => JsInstant.Create(realm, This(thisValue, "toInstant").EpochNanoseconds);

    // Temporal §6.3.x Temporal.ZonedDateTime.prototype.toPlainDate ( )
    private static JsValue ToPlainDate(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var zdt = This(thisValue, "toPlainDate");
        return JsPlainDate.Create(realm, DateTime(realm, zdt).Date, zdt.Calendar);
    }

    // Temporal §6.3.x Temporal.ZonedDateTime.prototype.toPlainTime ( )
    private static JsValue ToPlainTime(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var zdt = This(thisValue, "toPlainTime");
        return JsPlainTime.Create(realm, DateTime(realm, zdt).Time);
    }

    // Temporal §6.3.x Temporal.ZonedDateTime.prototype.toPlainDateTime ( )
    private static JsValue ToPlainDateTime(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var zdt = This(thisValue, "toPlainDateTime");
        return JsPlainDateTime.Create(realm, DateTime(realm, zdt), zdt.Calendar);
    }

    // Temporal §6.3.x Temporal.ZonedDateTime.prototype.toString ( [ options ] )
    private static JsValue ToStringMethod(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var zdt = This(thisValue, "toString");
        var options = TemporalOptions.GetOptionsObject(Builtin.Arg(args, 0));
        var showCalendar = TemporalOptions.GetTemporalShowCalendarNameOption(options);
        int digits = TemporalOptions.GetTemporalFractionalSecondDigitsOption(options);
        bool showOffset = TemporalOptions.GetTemporalShowOffsetOption(options);
        var roundingMode = TemporalOptions.GetRoundingModeOption(options, RoundingMode.Trunc);
        var smallestUnit = TemporalOptions.GetTemporalUnitValuedOption(options, "smallestUnit");
        var showTimeZone = TemporalOptions.GetTemporalShowTimeZoneNameOption(options);
        TemporalOptions.ValidateTemporalUnitValue(smallestUnit, UnitGroup.Time);
        if (smallestUnit == TemporalUnit.Hour) JsException.ThrowRangeError("Temporal.ZonedDateTime.prototype.toString: smallestUnit must not be \"hour\"");
        var precision = TemporalOptions.ToSecondsStringPrecisionRecord(smallestUnit, digits);
        return JsValue.FromString(ZonedDateTimeOperations.TemporalZonedDateTimeToString(realm, zdt, precision.Precision, showCalendar, showTimeZone,
            showOffset, precision.Increment, precision.Unit, roundingMode));
    }

    // Temporal §6.3.x Temporal.ZonedDateTime.prototype.toLocaleString ( [ locales [ , options ] ] )
    // Without Intl the output is implementation-defined; the ISO string is what the spec suggests.
    private static JsValue ToLocaleString(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
        => JsValue.FromString(ZonedDateTimeOperations.TemporalZonedDateTimeToString(realm, This(thisValue, "toLocaleString")));

    // Temporal §6.3.x Temporal.ZonedDateTime.prototype.toJSON ( )
    private static JsValue ToJSON(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
        => JsValue.FromString(ZonedDateTimeOperations.TemporalZonedDateTimeToString(realm, This(thisValue, "toJSON")));

    // Temporal §6.3.x Temporal.ZonedDateTime.prototype.round ( roundTo )
    private static JsValue Round(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var zdt = This(thisValue, "round");
        JsValue param = Builtin.Arg(args, 0);
        var roundTo = TemporalOptions.GetOptionsObjectOrShorthand(param, "smallestUnit", "Temporal.ZonedDateTime.prototype.round: options are required");
        int roundingIncrement = TemporalOptions.GetRoundingIncrementOption(roundTo);
        var roundingMode = TemporalOptions.GetRoundingModeOption(roundTo, RoundingMode.HalfExpand);
        var smallestUnitOpt = TemporalOptions.GetTemporalUnitValuedOption(roundTo, "smallestUnit", null, required: true);
        TemporalOptions.ValidateTemporalUnitValue(smallestUnitOpt, UnitGroup.Time, [TemporalUnit.Day]);
        TemporalUnit smallestUnit = smallestUnitOpt!.Value;
        if (smallestUnit == TemporalUnit.Day) TemporalOptions.ValidateTemporalRoundingIncrement(roundingIncrement, 1, true);
        else TemporalOptions.ValidateTemporalRoundingIncrement(roundingIncrement, TemporalOptions.MaximumTemporalDurationRoundingIncrement(smallestUnit)!.Value, false);
        if (smallestUnit == TemporalUnit.Nanosecond && roundingIncrement == 1)
            return ZonedDateTimeOperations.CreateTemporalZonedDateTime(realm, zdt.EpochNanoseconds, zdt.TimeZone, zdt.Calendar);
        Int128 thisNs = zdt.EpochNanoseconds;
        var isoDateTime = DateTime(realm, zdt);
        Int128 epochNanoseconds;
        if (smallestUnit == TemporalUnit.Day)
        {
            IsoDate dateStart = isoDateTime.Date;
            IsoDate dateEnd = IsoCalendarMath.BalanceISODate(dateStart.Year, dateStart.Month, dateStart.Day + 1);
            Int128 startNs = TimeZones.GetStartOfDay(realm, zdt.TimeZone, dateStart);
            Int128 endNs = TimeZones.GetStartOfDay(realm, zdt.TimeZone, dateEnd);
            Int128 dayLengthNs = endNs - startNs;
            Int128 dayProgressNs = thisNs - startNs;
            Int128 roundedDayNs = TimeMath.RoundNumberToIncrement(dayProgressNs, dayLengthNs, roundingMode);
            epochNanoseconds = startNs + roundedDayNs;
        }
        else
        {
            var roundResult = TimeMath.RoundISODateTime(isoDateTime, roundingIncrement, smallestUnit, roundingMode);
            long offsetNanoseconds = TimeZones.GetOffsetNanosecondsFor(realm, zdt.TimeZone, thisNs);
            epochNanoseconds = ZonedDateTimeOperations.InterpretISODateTimeOffset(realm, roundResult.Date, roundResult.Time, OffsetBehaviour.Option,
                offsetNanoseconds, zdt.TimeZone, Disambiguation.Compatible, OffsetOption.Prefer, MatchBehaviour.MatchExactly);
        }
        return ZonedDateTimeOperations.CreateTemporalZonedDateTime(realm, epochNanoseconds, zdt.TimeZone, zdt.Calendar);
    }
}
