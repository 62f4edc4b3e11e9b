using System;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins.Temporal;

// The difference operations until/since use (Temporal §5.5 PlainDateTime and §6.5 ZonedDateTime abstract operations),
// shared here as the duration engine: a difference is computed as an Internal Duration Record, then rounded relative to
// its starting point by RoundRelativeDuration (DurationOperations.Rounding.cs).
public static partial class DurationOperations
{
    // Temporal §5.5.9 DifferenceISODateTime
    public static InternalDuration DifferenceISODateTime(IsoDateTime isoDateTime1, IsoDateTime isoDateTime2, string calendar, TemporalUnit largestUnit)
    {
        Int128 timeDuration = TimeMath.DifferenceTime(isoDateTime1.Time, isoDateTime2.Time);
        int timeSign = TimeDurationSign(timeDuration);
        int dateSign = IsoCalendarMath.CompareISODate(isoDateTime1.Date, isoDateTime2.Date);
        var adjustedDate = isoDateTime2.Date;
        if (timeSign == dateSign)
        {
            adjustedDate = IsoCalendarMath.BalanceISODate(adjustedDate.Year, adjustedDate.Month, adjustedDate.Day + timeSign);
            timeDuration = Add24HourDaysToTimeDuration(timeDuration, -timeSign);
        }
        var dateLargestUnit = TemporalOptions.LargerOfTwoTemporalUnits(TemporalUnit.Day, largestUnit);
        var dateDifference = CalendarDateUntil(calendar, isoDateTime1.Date, adjustedDate, dateLargestUnit);
        if (largestUnit != dateLargestUnit)
        {
            timeDuration = Add24HourDaysToTimeDuration(timeDuration, dateDifference.Days);
            dateDifference = dateDifference with { Days = 0 };
        }
        return CombineDateAndTimeDuration(dateDifference, timeDuration);
    }

    // Temporal §5.5.10 DifferencePlainDateTimeWithRounding
    public static InternalDuration DifferencePlainDateTimeWithRounding(Realm realm, IsoDateTime isoDateTime1, IsoDateTime isoDateTime2, string calendar,
        TemporalUnit largestUnit, long roundingIncrement, TemporalUnit smallestUnit, RoundingMode roundingMode)
    {
        if (TimeMath.CompareISODateTime(isoDateTime1, isoDateTime2) == 0) return new InternalDuration(DateDuration.Zero, 0);
        if (!IsoCalendarMath.ISODateTimeWithinLimits(isoDateTime1) || !IsoCalendarMath.ISODateTimeWithinLimits(isoDateTime2))
            JsException.ThrowRangeError("Temporal: date-time out of range");
        var diff = DifferenceISODateTime(isoDateTime1, isoDateTime2, calendar, largestUnit);
        if (smallestUnit == TemporalUnit.Nanosecond && roundingIncrement == 1) return diff;
        Int128 destEpochNs = TimeMath.GetUTCEpochNanoseconds(isoDateTime2);
        return RoundRelativeDuration(realm, diff, destEpochNs, isoDateTime1, null, calendar, largestUnit, roundingIncrement, smallestUnit, roundingMode);
    }

    // Temporal §5.5.11 DifferencePlainDateTimeWithTotal
    public static double DifferencePlainDateTimeWithTotal(Realm realm, IsoDateTime isoDateTime1, IsoDateTime isoDateTime2, string calendar, TemporalUnit unit)
    {
        if (TimeMath.CompareISODateTime(isoDateTime1, isoDateTime2) == 0) return 0;
        if (!IsoCalendarMath.ISODateTimeWithinLimits(isoDateTime1) || !IsoCalendarMath.ISODateTimeWithinLimits(isoDateTime2))
            JsException.ThrowRangeError("Temporal: date-time out of range");
        var diff = DifferenceISODateTime(isoDateTime1, isoDateTime2, calendar, unit);
        if (unit == TemporalUnit.Nanosecond) return ToDouble(diff.Time);
        Int128 destEpochNs = TimeMath.GetUTCEpochNanoseconds(isoDateTime2);
        return TotalRelativeDuration(realm, diff, destEpochNs, isoDateTime1, null, calendar, unit);
    }

    // Temporal §6.5.8 DifferenceZonedDateTime
    public static InternalDuration DifferenceZonedDateTime(Realm realm, Int128 ns1, Int128 ns2, string timeZone, string calendar, TemporalUnit largestUnit)
    {
        if (ns1 == ns2) return new InternalDuration(DateDuration.Zero, 0);
        var startDateTime = GetISODateTimeFor(realm, timeZone, ns1);
        var endDateTime = GetISODateTimeFor(realm, timeZone, ns2);
        if (IsoCalendarMath.CompareISODate(startDateTime.Date, endDateTime.Date) == 0)
            return CombineDateAndTimeDuration(DateDuration.Zero, TimeDurationFromEpochNanosecondsDifference(ns2, ns1));
        int sign = ns2 - ns1 < 0 ? -1 : 1;
        int maxDayCorrection = sign == 1 ? 2 : 1;
        int dayCorrection = 0;
        Int128 timeDuration = TimeMath.DifferenceTime(startDateTime.Time, endDateTime.Time);
        if (TimeDurationSign(timeDuration) == -sign) dayCorrection++;
        bool success = false;
        IsoDate intermediateDate = default;
        while (dayCorrection <= maxDayCorrection && !success)
        {
            intermediateDate = IsoCalendarMath.BalanceISODate(endDateTime.Date.Year, endDateTime.Date.Month, endDateTime.Date.Day - dayCorrection * sign);
            var intermediateDateTime = new IsoDateTime(intermediateDate, startDateTime.Time);
            Int128 intermediateNs = GetEpochNanosecondsFor(realm, timeZone, intermediateDateTime);
            timeDuration = TimeDurationFromEpochNanosecondsDifference(ns2, intermediateNs);
            int timeSign = TimeDurationSign(timeDuration);
            if (sign != -timeSign) success = true;
            dayCorrection++;
        }
        var dateLargestUnit = TemporalOptions.LargerOfTwoTemporalUnits(largestUnit, TemporalUnit.Day);
        var dateDifference = CalendarDateUntil(calendar, startDateTime.Date, intermediateDate, dateLargestUnit);
        return CombineDateAndTimeDuration(dateDifference, timeDuration);
    }

    // Temporal §6.5.9 DifferenceZonedDateTimeWithRounding
    public static InternalDuration DifferenceZonedDateTimeWithRounding(Realm realm, Int128 ns1, Int128 ns2, string timeZone, string calendar,
        TemporalUnit largestUnit, long roundingIncrement, TemporalUnit smallestUnit, RoundingMode roundingMode)
    {
        if (!IsDateUnit(largestUnit))
        {
            // DifferenceInstant (Temporal §8.5.6), inlined: the time units need no time zone.
            Int128 diff = TimeDurationFromEpochNanosecondsDifference(ns2, ns1);
            diff = RoundTimeDuration(diff, roundingIncrement, smallestUnit, roundingMode);
            return CombineDateAndTimeDuration(DateDuration.Zero, diff);
        }
        var difference = DifferenceZonedDateTime(realm, ns1, ns2, timeZone, calendar, largestUnit);
        if (smallestUnit == TemporalUnit.Nanosecond && roundingIncrement == 1) return difference;
        var dateTime = GetISODateTimeFor(realm, timeZone, ns1);
        return RoundRelativeDuration(realm, difference, ns2, dateTime, timeZone, calendar, largestUnit, roundingIncrement, smallestUnit, roundingMode);
    }

    // Temporal §6.5.10 DifferenceZonedDateTimeWithTotal
    public static double DifferenceZonedDateTimeWithTotal(Realm realm, Int128 ns1, Int128 ns2, string timeZone, string calendar, TemporalUnit unit)
    {
        if (!IsDateUnit(unit)) return TotalTimeDuration(TimeDurationFromEpochNanosecondsDifference(ns2, ns1), unit);
        var difference = DifferenceZonedDateTime(realm, ns1, ns2, timeZone, calendar, unit);
        var dateTime = GetISODateTimeFor(realm, timeZone, ns1);
        return TotalRelativeDuration(realm, difference, ns2, dateTime, timeZone, calendar, unit);
    }

    // Temporal §7.5.31 DateDurationDays
    public static double DateDurationDays(in DateDuration dateDuration, JsPlainDate plainRelativeTo)
    {
        var yearsMonthsWeeksDuration = AdjustDateDurationRecord(dateDuration, 0);
        if (DateDurationSign(yearsMonthsWeeksDuration) == 0) return dateDuration.Days;
        var later = CalendarDateAdd(plainRelativeTo.Calendar, plainRelativeTo.IsoDate, yearsMonthsWeeksDuration, Overflow.Constrain);
        long epochDays1 = IsoCalendarMath.ISODateToEpochDays(plainRelativeTo.IsoDate.Year, plainRelativeTo.IsoDate.Month - 1, plainRelativeTo.IsoDate.Day);
        long epochDays2 = IsoCalendarMath.ISODateToEpochDays(later.Year, later.Month - 1, later.Day);
        return dateDuration.Days + (epochDays2 - epochDays1);
    }

    /// <summary>The shared steps of Duration round/total with a PlainDate relativeTo: the start (the date at midnight) and
    /// the target date-time, the date part added by CalendarDateAdd and the time part (with its whole days) on top.</summary>
    public static (IsoDateTime Start, IsoDateTime Target) PlainRelativeTarget(JsPlainDate plainRelativeTo, in InternalDuration internalDuration)
    {
        var targetTime = TimeMath.AddTime(IsoTime.Midnight, internalDuration.Time);
        var dateDuration = AdjustDateDurationRecord(internalDuration.Date, targetTime.Days);
        var targetDate = CalendarDateAdd(plainRelativeTo.Calendar, plainRelativeTo.IsoDate, dateDuration, Overflow.Constrain);
        return (new IsoDateTime(plainRelativeTo.IsoDate, IsoTime.Midnight), new IsoDateTime(targetDate, targetTime.Time));
    }

    /// <summary>AddZonedDateTime (Temporal §6.5.5) of a duration to a ZonedDateTime relativeTo, overflow constrain.</summary>
    public static Int128 AddZonedDateTimeForDuration(Realm realm, JsZonedDateTime zoned, in InternalDuration duration)
        => ZonedDateTimeOperations.AddZonedDateTime(realm, zoned.EpochNanoseconds, zoned.TimeZone, zoned.Calendar, duration, Overflow.Constrain);

    // CalendarDateAdd / CalendarDateUntil (Temporal §12.3) with Date Duration Records.
    public static IsoDate CalendarDateAdd(string calendar, IsoDate isoDate, in DateDuration duration, Overflow overflow)
        => CalendarFields.CalendarDateAdd(calendar, isoDate, duration.Years, duration.Months, duration.Weeks, duration.Days, overflow);

    public static DateDuration CalendarDateUntil(string calendar, IsoDate one, IsoDate two, TemporalUnit largestUnit)
    {
        var (years, months, weeks, days) = CalendarFields.CalendarDateUntil(calendar, one, two, largestUnit);
        return new DateDuration(years, months, weeks, days);
    }

    private static IsoDateTime GetISODateTimeFor(Realm realm, string timeZone, Int128 epochNs) => TimeZones.GetISODateTimeFor(realm, timeZone, epochNs);

    private static Int128 GetEpochNanosecondsFor(Realm realm, string timeZone, IsoDateTime dateTime)
        => TimeZones.GetEpochNanosecondsFor(realm, timeZone, dateTime, Disambiguation.Compatible);
}
