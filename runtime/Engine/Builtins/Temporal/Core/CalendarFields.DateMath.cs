using System;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins.Temporal;

// The ISO 8601 calendar's date arithmetic: adding a date duration and the difference of two dates.
internal static partial class CalendarFields
{
    /// <summary>
    /// Temporal CalendarDateAdd ( calendar, isoDate, duration, overflow ) for iso8601: years and months
    /// move the month (the day is then regulated), weeks and days are added as days.
    /// </summary>
    public static IsoDate CalendarDateAdd(string calendar, IsoDate isoDate, double years, double months, double weeks, double days, Overflow overflow)
    {
        var (y, m) = BalanceYearMonth(isoDate.Year + years, isoDate.Month + months);
        if (Math.Abs(y) > MaxYearMagnitude) JsException.ThrowRangeError("Temporal: date is outside the supported range");
        var intermediate = IsoCalendarMath.RegulateISODate(y, m, isoDate.Day, overflow);
        double totalDays = days + 7 * weeks;
        // Anything beyond ±10^8 days leaves the representable range whatever the start date is.
        if (Math.Abs(totalDays) > 1e9) JsException.ThrowRangeError("Temporal: date is outside the supported range");
        var epochDays = IsoCalendarMath.ISODateToEpochDays(intermediate.Year, intermediate.Month - 1, intermediate.Day) + (long)totalDays;
        if (Math.Abs(epochDays) > 100_000_001) JsException.ThrowRangeError("Temporal: date is outside the supported range");
        var result = IsoCalendarMath.EpochDaysToISODate(epochDays);
        if (!IsoCalendarMath.ISODateWithinLimits(result)) JsException.ThrowRangeError("Temporal: date is outside the supported range");
        return result;
    }

    /// <summary>BalanceISOYearMonth on doubles (the sums may be far out of int range before the range check).</summary>
    private static (double Year, double Month) BalanceYearMonth(double year, double month)
    {
        double m0 = month - 1;
        double yearDelta = Math.Floor(m0 / 12);
        return (year + yearDelta, m0 - yearDelta * 12 + 1);
    }

    /// <summary>Temporal ISODateSurpasses ( sign, y1, m1, d1, isoDate2 ): is (y1, m1, d1) past isoDate2 in direction sign?</summary>
    private static bool ISODateSurpasses(int sign, int y1, int m1, int d1, IsoDate isoDate2)
    {
        if (y1 != isoDate2.Year) return sign * (y1 - isoDate2.Year) > 0;
        if (m1 != isoDate2.Month) return sign * (m1 - isoDate2.Month) > 0;
        if (d1 != isoDate2.Day) return sign * (d1 - isoDate2.Day) > 0;
        return false;
    }

    /// <summary>
    /// Temporal CalendarDateUntil ( calendar, one, two, largestUnit ) for iso8601: whole years, then whole
    /// months, without passing <paramref name="two"/>; the rest in weeks/days. Returns a Date Duration Record.
    /// </summary>
    public static (double Years, double Months, double Weeks, double Days) CalendarDateUntil(string calendar, IsoDate one, IsoDate two, TemporalUnit largestUnit)
    {
        int sign = -IsoCalendarMath.CompareISODate(one, two);
        if (sign == 0) return (0, 0, 0, 0);
        int years = 0, months = 0;
        if (largestUnit is TemporalUnit.Year or TemporalUnit.Month)
        {
            int candidateYears = two.Year - one.Year;
            if (candidateYears != 0) candidateYears -= sign;
            while (!ISODateSurpasses(sign, one.Year + candidateYears, one.Month, one.Day, two))
            {
                years = candidateYears;
                candidateYears += sign;
            }
            int candidateMonths = sign;
            var (iy, im) = BalanceYearMonth(one.Year + years, one.Month + candidateMonths);
            while (!ISODateSurpasses(sign, (int)iy, (int)im, one.Day, two))
            {
                months = candidateMonths;
                candidateMonths += sign;
                (iy, im) = BalanceYearMonth(iy, im + sign);
            }
            if (largestUnit == TemporalUnit.Month)
            {
                months += years * 12;
                years = 0;
            }
        }
        var (y, m) = BalanceYearMonth(one.Year + years, one.Month + months);
        var constrained = IsoCalendarMath.RegulateISODate(y, m, one.Day, Overflow.Constrain);
        long days = IsoCalendarMath.ISODateToEpochDays(two.Year, two.Month - 1, two.Day)
            - IsoCalendarMath.ISODateToEpochDays(constrained.Year, constrained.Month - 1, constrained.Day);
        long weeks = 0;
        if (largestUnit == TemporalUnit.Week)
        {
            weeks = days / 7;
            days %= 7;
        }
        return (years, months, weeks, days);
    }
}
