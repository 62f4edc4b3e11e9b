using System;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins.Temporal;

// Temporal §5.5 the operations of Temporal.PlainDateTime that take or make a Temporal.Duration.
internal static partial class PlainDateTimeOperations
{
    // Temporal §5.5 DifferenceTemporalPlainDateTime ( operation, dateTime, other, options )
    public static JsDuration DifferenceTemporalPlainDateTime(Realm realm, DifferenceOperation operation, JsPlainDateTime dateTime, in JsValue otherValue, in JsValue options)
    {
        var other = ToTemporalDateTime(realm, otherValue);
        if (dateTime.Calendar != other.Calendar) JsException.ThrowRangeError("Temporal.PlainDateTime: cannot compute the difference between different calendars");
        var resolvedOptions = TemporalOptions.GetOptionsObject(options);
        var settings = TemporalOptions.GetDifferenceSettings(operation, resolvedOptions, UnitGroup.DateTime, [], TemporalUnit.Nanosecond, TemporalUnit.Day);
        if (TimeMath.CompareISODateTime(dateTime.IsoDateTime, other.IsoDateTime) == 0)
            return DurationOperations.CreateTemporalDuration(realm, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        var internalDuration = DurationOperations.DifferencePlainDateTimeWithRounding(realm, dateTime.IsoDateTime, other.IsoDateTime, dateTime.Calendar,
            settings.LargestUnit, settings.RoundingIncrement, settings.SmallestUnit, settings.RoundingMode);
        var result = DurationOperations.TemporalDurationFromInternal(realm, internalDuration, settings.LargestUnit);
        if (operation == DifferenceOperation.Since) result = DurationOperations.CreateNegatedTemporalDuration(realm, result);
        return result;
    }

    // Temporal §5.5 AddDurationToDateTime ( operation, dateTime, temporalDurationLike, options )
    public static JsPlainDateTime AddDurationToDateTime(Realm realm, bool subtract, JsPlainDateTime dateTime, in JsValue temporalDurationLike, in JsValue options)
    {
        var duration = DurationOperations.ToTemporalDuration(realm, temporalDurationLike);
        if (subtract) duration = DurationOperations.CreateNegatedTemporalDuration(realm, duration);
        var resolvedOptions = TemporalOptions.GetOptionsObject(options);
        var overflow = TemporalOptions.GetTemporalOverflowOption(resolvedOptions);
        var internalDuration = DurationOperations.ToInternalDurationRecordWith24HourDays(duration);
        var timeResult = TimeMath.AddTime(dateTime.IsoDateTime.Time, internalDuration.Time);
        var dateDuration = DurationOperations.AdjustDateDurationRecord(internalDuration.Date, timeResult.Days);
        var addedDate = CalendarFields.CalendarDateAdd(dateTime.Calendar, dateTime.IsoDateTime.Date, dateDuration.Years, dateDuration.Months, dateDuration.Weeks, dateDuration.Days, overflow);
        return CreateTemporalDateTime(realm, new IsoDateTime(addedDate, timeResult.Time), dateTime.Calendar);
    }
}
