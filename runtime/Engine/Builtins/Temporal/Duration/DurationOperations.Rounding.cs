using System;
using System.Numerics;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins.Temporal;

/// <summary>Temporal §7.5.35 Duration Nudge Result Record.</summary>
public readonly record struct NudgeResult(InternalDuration Duration, Int128 NudgedEpochNs, bool DidExpandCalendarUnit);

// Rounding a duration relative to a starting point (Temporal §7.5.36-7.5.41): nudge the smallest unit, then bubble
// any carry up to the largest unit. timeZone null is the spec's ~unset~ (a PlainDateTime start, UTC arithmetic).
public static partial class DurationOperations
{
    private static Int128 EpochNsFor(Realm realm, string? timeZone, IsoDateTime dateTime)
        => timeZone == null ? TimeMath.GetUTCEpochNanoseconds(dateTime) : GetEpochNanosecondsFor(realm, timeZone, dateTime);

    // Temporal §7.5.36 NudgeToCalendarUnit
    public static (NudgeResult NudgeResult, double Total) NudgeToCalendarUnit(Realm realm, int sign, in InternalDuration duration, Int128 destEpochNs,
        IsoDateTime isoDateTime, string? timeZone, string calendar, long increment, TemporalUnit unit, RoundingMode roundingMode)
    {
        double r1, r2;
        DateDuration startDuration, endDuration;
        var date = duration.Date;
        switch (unit)
        {
            case TemporalUnit.Year:
            {
                double years = Math.Truncate(date.Years / increment) * increment;
                r1 = years; r2 = years + increment * sign;
                startDuration = CreateDateDurationRecord(r1, 0, 0, 0);
                endDuration = CreateDateDurationRecord(r2, 0, 0, 0);
                break;
            }
            case TemporalUnit.Month:
            {
                double months = Math.Truncate(date.Months / increment) * increment;
                r1 = months; r2 = months + increment * sign;
                startDuration = AdjustDateDurationRecord(date, 0, 0, r1);
                endDuration = AdjustDateDurationRecord(date, 0, 0, r2);
                break;
            }
            case TemporalUnit.Week:
            {
                var yearsMonths = AdjustDateDurationRecord(date, 0, 0);
                var weeksStart = CalendarDateAdd(calendar, isoDateTime.Date, yearsMonths, Overflow.Constrain);
                var weeksEnd = AddDaysToIsoDate(weeksStart, date.Days);
                var untilResult = CalendarDateUntil(calendar, weeksStart, weeksEnd, TemporalUnit.Week);
                double weeks = Math.Truncate((date.Weeks + untilResult.Weeks) / increment) * increment;
                r1 = weeks; r2 = weeks + increment * sign;
                startDuration = AdjustDateDurationRecord(date, 0, r1);
                endDuration = AdjustDateDurationRecord(date, 0, r2);
                break;
            }
            default:
            {
                double days = Math.Truncate(date.Days / increment) * increment;
                r1 = days; r2 = days + increment * sign;
                startDuration = AdjustDateDurationRecord(date, r1);
                endDuration = AdjustDateDurationRecord(date, r2);
                break;
            }
        }
        var start = CalendarDateAdd(calendar, isoDateTime.Date, startDuration, Overflow.Constrain);
        var end = CalendarDateAdd(calendar, isoDateTime.Date, endDuration, Overflow.Constrain);
        Int128 startEpochNs = EpochNsFor(realm, timeZone, new IsoDateTime(start, isoDateTime.Time));
        Int128 endEpochNs = EpochNsFor(realm, timeZone, new IsoDateTime(end, isoDateTime.Time));
        // tc39/proposal-temporal#3172: adding years or months constrains the day (Jan 31 + 1 month = Feb 29), so the
        // destination can lie at or beyond the window's end although the truncated count said otherwise. Then the
        // window moves up one increment, which counts as expanding the unit.
        bool didExpandCalendarUnit = false;
        if ((unit == TemporalUnit.Year || unit == TemporalUnit.Month) && (sign > 0 ? endEpochNs <= destEpochNs : endEpochNs >= destEpochNs))
        {
            didExpandCalendarUnit = true;
            r1 = r2;
            r2 = r1 + increment * sign;
            startDuration = endDuration;
            endDuration = unit == TemporalUnit.Year ? CreateDateDurationRecord(r2, 0, 0, 0) : AdjustDateDurationRecord(date, 0, 0, r2);
            startEpochNs = endEpochNs;
            end = CalendarDateAdd(calendar, isoDateTime.Date, endDuration, Overflow.Constrain);
            endEpochNs = EpochNsFor(realm, timeZone, new IsoDateTime(end, isoDateTime.Time));
        }
        if (startEpochNs == endEpochNs) JsException.ThrowRangeError("Temporal.Duration: cannot round across an empty calendar unit");

        // progress = (dest - start) / (end - start), total = r1 + progress × increment × sign, both exact rationals.
        BigInteger num = (BigInteger)(destEpochNs - startEpochNs);
        BigInteger den = (BigInteger)(endEpochNs - startEpochNs);
        double total = DivideToDouble(new BigInteger(r1) * den + num * increment * sign, den);

        BigInteger absNum = BigInteger.Abs(num), absDen = BigInteger.Abs(den);
        bool useEnd;
        if (num == den) useEnd = true;
        else if (num.IsZero || (num.Sign != 0 && num.Sign != den.Sign)) useEnd = false;
        else
        {
            var mode = TimeMath.GetUnsignedRoundingMode(roundingMode, sign < 0);
            int cmp = (absNum * 2).CompareTo(absDen); // the distance to |r1| against the distance to |r2|
            useEnd = mode switch
            {
                UnsignedRoundingMode.Zero => false,
                UnsignedRoundingMode.Infinity => true,
                _ when cmp < 0 => false,
                _ when cmp > 0 => true,
                UnsignedRoundingMode.HalfZero => false,
                UnsignedRoundingMode.HalfInfinity => true,
                _ => Math.Abs(r1) / increment % 2 != 0,
            };
        }
        var resultDuration = CombineDateAndTimeDuration(useEnd ? endDuration : startDuration, 0);
        var nudgeResult = new NudgeResult(resultDuration, useEnd ? endEpochNs : startEpochNs, useEnd || didExpandCalendarUnit);
        return (nudgeResult, total);
    }

    // Temporal §7.5.37 NudgeToZonedTime
    public static NudgeResult NudgeToZonedTime(Realm realm, int sign, in InternalDuration duration, IsoDateTime isoDateTime, string timeZone, string calendar,
        long increment, TemporalUnit unit, RoundingMode roundingMode)
    {
        var start = CalendarDateAdd(calendar, isoDateTime.Date, duration.Date, Overflow.Constrain);
        var startDateTime = new IsoDateTime(start, isoDateTime.Time);
        var endDate = IsoCalendarMath.BalanceISODate(start.Year, start.Month, start.Day + sign);
        var endDateTime = new IsoDateTime(endDate, isoDateTime.Time);
        Int128 startEpochNs = GetEpochNanosecondsFor(realm, timeZone, startDateTime);
        Int128 endEpochNs = GetEpochNanosecondsFor(realm, timeZone, endDateTime);
        Int128 daySpan = TimeDurationFromEpochNanosecondsDifference(endEpochNs, startEpochNs);
        Int128 unitIncrement = (Int128)UnitLengthNs(unit) * increment;
        Int128 roundedTimeDuration = RoundTimeDurationToIncrement(duration.Time, unitIncrement, roundingMode);
        Int128 beyondDaySpan = AddTimeDuration(roundedTimeDuration, -daySpan);
        bool didRoundBeyondDay;
        int dayDelta;
        Int128 nudgedEpochNs;
        if (TimeDurationSign(beyondDaySpan) != -sign)
        {
            didRoundBeyondDay = true;
            dayDelta = sign;
            roundedTimeDuration = RoundTimeDurationToIncrement(beyondDaySpan, unitIncrement, roundingMode);
            nudgedEpochNs = AddTimeDurationToEpochNanoseconds(roundedTimeDuration, endEpochNs);
        }
        else
        {
            didRoundBeyondDay = false;
            dayDelta = 0;
            nudgedEpochNs = AddTimeDurationToEpochNanoseconds(roundedTimeDuration, startEpochNs);
        }
        var dateDuration = AdjustDateDurationRecord(duration.Date, duration.Date.Days + dayDelta);
        var resultDuration = CombineDateAndTimeDuration(dateDuration, roundedTimeDuration);
        return new NudgeResult(resultDuration, nudgedEpochNs, didRoundBeyondDay);
    }

    // Temporal §7.5.38 NudgeToDayOrTime
    public static NudgeResult NudgeToDayOrTime(in InternalDuration duration, Int128 destEpochNs, TemporalUnit largestUnit, long increment,
        TemporalUnit smallestUnit, RoundingMode roundingMode)
    {
        Int128 timeDuration = Add24HourDaysToTimeDuration(duration.Time, duration.Date.Days);
        Int128 roundedTime = RoundTimeDurationToIncrement(timeDuration, (Int128)UnitLengthNs(smallestUnit) * increment, roundingMode);
        Int128 diffTime = roundedTime - timeDuration;
        Int128 wholeDays = timeDuration / NsPerDay;
        Int128 roundedWholeDays = roundedTime / NsPerDay;
        Int128 dayDelta = roundedWholeDays - wholeDays;
        int dayDeltaSign = dayDelta < 0 ? -1 : dayDelta > 0 ? 1 : 0;
        bool didExpandDays = dayDeltaSign == TimeDurationSign(timeDuration);
        Int128 nudgedEpochNs = AddTimeDurationToEpochNanoseconds(diffTime, destEpochNs);
        double days = 0;
        Int128 remainder = roundedTime;
        if (IsDateUnit(largestUnit))
        {
            days = ToDouble(roundedWholeDays);
            remainder = roundedTime - roundedWholeDays * NsPerDay;
        }
        var dateDuration = AdjustDateDurationRecord(duration.Date, days);
        var resultDuration = CombineDateAndTimeDuration(dateDuration, remainder);
        return new NudgeResult(resultDuration, nudgedEpochNs, didExpandDays);
    }

    // Temporal §7.5.39 BubbleRelativeDuration
    public static InternalDuration BubbleRelativeDuration(Realm realm, int sign, InternalDuration duration, Int128 nudgedEpochNs, IsoDateTime isoDateTime,
        string? timeZone, string calendar, TemporalUnit largestUnit, TemporalUnit smallestUnit)
    {
        if (smallestUnit == largestUnit) return duration;
        for (int unitIndex = (int)smallestUnit - 1; unitIndex >= (int)largestUnit; unitIndex--)
        {
            var unit = (TemporalUnit)unitIndex;
            if (unit == TemporalUnit.Week && largestUnit != TemporalUnit.Week) continue;
            DateDuration endDuration;
            if (unit == TemporalUnit.Year) endDuration = CreateDateDurationRecord(duration.Date.Years + sign, 0, 0, 0);
            else if (unit == TemporalUnit.Month) endDuration = AdjustDateDurationRecord(duration.Date, 0, 0, duration.Date.Months + sign);
            else endDuration = AdjustDateDurationRecord(duration.Date, 0, duration.Date.Weeks + sign);
            var end = CalendarDateAdd(calendar, isoDateTime.Date, endDuration, Overflow.Constrain);
            Int128 endEpochNs = EpochNsFor(realm, timeZone, new IsoDateTime(end, isoDateTime.Time));
            Int128 beyondEnd = nudgedEpochNs - endEpochNs;
            int beyondEndSign = beyondEnd < 0 ? -1 : beyondEnd > 0 ? 1 : 0;
            if (beyondEndSign != -sign) duration = CombineDateAndTimeDuration(endDuration, 0);
            else break;
        }
        return duration;
    }

    // Temporal §7.5.40 RoundRelativeDuration
    public static InternalDuration RoundRelativeDuration(Realm realm, InternalDuration duration, Int128 destEpochNs, IsoDateTime isoDateTime, string? timeZone,
        string calendar, TemporalUnit largestUnit, long increment, TemporalUnit smallestUnit, RoundingMode roundingMode)
    {
        bool irregularLengthUnit = IsCalendarUnit(smallestUnit) || (timeZone != null && smallestUnit == TemporalUnit.Day);
        int sign = InternalDurationSign(duration) < 0 ? -1 : 1;
        NudgeResult nudgeResult;
        if (irregularLengthUnit)
            nudgeResult = NudgeToCalendarUnit(realm, sign, duration, destEpochNs, isoDateTime, timeZone, calendar, increment, smallestUnit, roundingMode).NudgeResult;
        else if (timeZone != null)
            nudgeResult = NudgeToZonedTime(realm, sign, duration, isoDateTime, timeZone, calendar, increment, smallestUnit, roundingMode);
        else
            nudgeResult = NudgeToDayOrTime(duration, destEpochNs, largestUnit, increment, smallestUnit, roundingMode);
        duration = nudgeResult.Duration;
        if (nudgeResult.DidExpandCalendarUnit && smallestUnit != TemporalUnit.Week)
        {
            var startUnit = TemporalOptions.LargerOfTwoTemporalUnits(smallestUnit, TemporalUnit.Day);
            duration = BubbleRelativeDuration(realm, sign, duration, nudgeResult.NudgedEpochNs, isoDateTime, timeZone, calendar, largestUnit, startUnit);
        }
        return duration;
    }

    // Temporal §7.5.41 TotalRelativeDuration
    public static double TotalRelativeDuration(Realm realm, in InternalDuration duration, Int128 destEpochNs, IsoDateTime isoDateTime, string? timeZone,
        string calendar, TemporalUnit unit)
    {
        if (IsCalendarUnit(unit) || (timeZone != null && unit == TemporalUnit.Day))
        {
            // A zero duration (the same instant) has sign 0; any direction gives a total of 0.
            int sign = InternalDurationSign(duration) < 0 ? -1 : 1;
            return NudgeToCalendarUnit(realm, sign, duration, destEpochNs, isoDateTime, timeZone, calendar, 1, unit, RoundingMode.Trunc).Total;
        }
        Int128 timeDuration = Add24HourDaysToTimeDuration(duration.Time, duration.Date.Days);
        return TotalTimeDuration(timeDuration, unit);
    }

    /// <summary>BalanceISODate(date.[[Year]], date.[[Month]], date.[[Day]] + days).</summary>
    private static IsoDate AddDaysToIsoDate(IsoDate date, double days)
        => IsoCalendarMath.AddDaysToISODate(date, (long)days);
}
