using System;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins.Temporal;

// The property-bag side of ToTemporalZonedDateTime and with(): reading the calendar fields plus timeZone and offset.
public static partial class ZonedDateTimeOperations
{
    /// <summary>The ZonedDateTime fields of a property bag: « year, month, monthCode, day » and the time fields, offset, timeZone
    /// (required), read in property-name order (PrepareCalendarFields).</summary>
    private static CalendarFieldsRecord ZonedFieldsFromBag(Realm realm, JsObject bag, string calendar)
        => CalendarFields.PrepareCalendarFields(calendar, bag, CalendarFieldSet.YearMonthCodeDay,
            CalendarFieldSet.Time | CalendarFieldSet.Offset | CalendarFieldSet.TimeZone, CalendarFieldSet.TimeZone, realm);

    /// <summary>Temporal InterpretTemporalDateTimeFields ( calendar, fields, overflow ): CalendarDateFromFields and RegulateTime.</summary>
    private static IsoDateTime InterpretFields(CalendarFieldsRecord fields, string calendar, Overflow overflow)
    {
        IsoDate isoDate = CalendarFields.CalendarDateFromFields(calendar, fields, overflow);
        IsoTime time = TimeMath.RegulateTime(fields.Hour ?? 0, fields.Minute ?? 0, fields.Second ?? 0, fields.Millisecond ?? 0,
            fields.Microsecond ?? 0, fields.Nanosecond ?? 0, overflow);
        return TimeMath.CombineISODateAndTimeRecord(isoDate, time);
    }

    /// <summary>Temporal §6.5.x AddZonedDateTime ( epochNanoseconds, timeZone, calendar, duration, overflow ): the calendar part
    /// on the wall clock, then the time part on the exact time line.</summary>
    public static Int128 AddZonedDateTime(Realm realm, Int128 epochNanoseconds, string timeZone, string calendar, in InternalDuration duration, Overflow overflow)
    {
        if (DurationOperations.DateDurationSign(duration.Date) == 0) return AddInstant(epochNanoseconds, duration.Time);
        IsoDateTime isoDateTime = TimeZones.GetISODateTimeFor(realm, timeZone, epochNanoseconds);
        var d = duration.Date;
        IsoDate addedDate = CalendarFields.CalendarDateAdd(calendar, isoDateTime.Date, d.Years, d.Months, d.Weeks, d.Days, overflow);
        IsoDateTime intermediateDateTime = TimeMath.CombineISODateAndTimeRecord(addedDate, isoDateTime.Time);
        if (!IsoCalendarMath.ISODateTimeWithinLimits(intermediateDateTime)) JsException.ThrowRangeError("Temporal.ZonedDateTime: result is outside the supported range");
        Int128 intermediateNs = TimeZones.GetEpochNanosecondsFor(realm, timeZone, intermediateDateTime, Disambiguation.Compatible);
        return AddInstant(intermediateNs, duration.Time);
    }

    /// <summary>AddInstant ( epochNanoseconds, timeDuration ): RangeError outside the Instant range.</summary>
    private static Int128 AddInstant(Int128 epochNanoseconds, Int128 timeDuration)
    {
        Int128 result = DurationOperations.AddTimeDurationToEpochNanoseconds(timeDuration, epochNanoseconds);
        if (!InstantOperations.IsValidEpochNanoseconds(result)) JsException.ThrowRangeError("Temporal.ZonedDateTime: result is outside the supported range");
        return result;
    }
}
