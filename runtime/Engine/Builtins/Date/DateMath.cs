using System;
using Aot.Engine.Builtins.Number;

namespace Aot.Engine.Builtins.Date;

/// <summary>
/// ECMA-262 §21.4.1 Time Values and Time Range: the calendar arithmetic on time values
/// (milliseconds since the epoch, as doubles). Every function works on the whole range a time
/// value can take (±8.64e15 ms, about ±275,000 years), far beyond System.DateTime's.
/// Functions taking a time value expect it finite (callers check NaN first, as the spec does).
/// </summary>
public static class DateMath
{
    public const double MsPerSecond = 1000;
    public const double MsPerMinute = 60000;
    public const double MsPerHour = 3600000;
    /// <summary>§21.4.1.3 msPerDay.</summary>
    public const double MsPerDay = 86400000;
    /// <summary>§21.4.1.1: time values are limited to ±8.64e15 ms (±100,000,000 days).</summary>
    public const double MaxTimeValue = 8.64e15;

    /// <summary>§21.4.1.3 Day(t) = floor(t / msPerDay).</summary>
    public static double Day(double t) => Math.Floor(t / MsPerDay);

    /// <summary>§21.4.1.4 TimeWithinDay(t) = t modulo msPerDay (non-negative).</summary>
    public static double TimeWithinDay(double t)
    {
        double r = t % MsPerDay;
        return r < 0 ? r + MsPerDay : r + 0.0;   // + 0.0 turns -0 into +0
    }

    /// <summary>§21.4.1.5 DaysInYear(y).</summary>
    public static double DaysInYear(double y)
    {
        if (Modulo(y, 4) != 0) return 365;
        if (Modulo(y, 100) != 0) return 366;
        if (Modulo(y, 400) != 0) return 365;
        return 366;
    }

    /// <summary>True when y is a leap year (DaysInYear(y) = 366).</summary>
    public static bool IsLeapYear(double y) => DaysInYear(y) == 366;

    /// <summary>§21.4.1.6 DayFromYear(y) = 365(y−1970) + floor((y−1969)/4) − floor((y−1901)/100) + floor((y−1601)/400).</summary>
    public static double DayFromYear(double y) =>
        365 * (y - 1970) + Math.Floor((y - 1969) / 4) - Math.Floor((y - 1901) / 100) + Math.Floor((y - 1601) / 400);

    /// <summary>§21.4.1.7 TimeFromYear(y) = msPerDay × DayFromYear(y).</summary>
    public static double TimeFromYear(double y) => MsPerDay * DayFromYear(y);

    /// <summary>§21.4.1.8 YearFromTime(t): the largest integral y with TimeFromYear(y) ≤ t.</summary>
    public static double YearFromTime(double t)
    {
        double day = Day(t);
        // 400 Gregorian years have 146097 days: the estimate is off by at most one.
        double y = Math.Floor(day * 400 / 146097) + 1970;
        while (DayFromYear(y) > day) y--;
        while (DayFromYear(y + 1) <= day) y++;
        return y;
    }

    /// <summary>§21.4.1.9 DayWithinYear(t) = Day(t) − DayFromYear(YearFromTime(t)).</summary>
    public static double DayWithinYear(double t) => Day(t) - DayFromYear(YearFromTime(t));

    /// <summary>§21.4.1.10 InLeapYear(t).</summary>
    public static bool InLeapYear(double t) => IsLeapYear(YearFromTime(t));

    // Cumulative days before each month (non-leap), §21.4.1.11 table.
    private static readonly int[] DaysBeforeMonth = { 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365 };

    private static int MonthStart(int month, bool leap) => DaysBeforeMonth[month] + (leap && month >= 2 ? 1 : 0);

    /// <summary>§21.4.1.11 MonthFromTime(t), 0 (January) .. 11 (December).</summary>
    public static int MonthFromTime(double t)
    {
        int d = (int)DayWithinYear(t);
        bool leap = InLeapYear(t);
        int m = 0;
        while (m < 11 && d >= MonthStart(m + 1, leap)) m++;
        return m;
    }

    /// <summary>§21.4.1.12 DateFromTime(t), 1..31.</summary>
    public static int DateFromTime(double t)
    {
        double y = YearFromTime(t);
        int d = (int)(Day(t) - DayFromYear(y));
        bool leap = IsLeapYear(y);
        int m = 0;
        while (m < 11 && d >= MonthStart(m + 1, leap)) m++;
        return d - MonthStart(m, leap) + 1;
    }

    /// <summary>
    /// Year, month (0-11) and date (1-31) of t in one pass (the three functions above, sharing
    /// the year computation).
    /// </summary>
    public static void YearMonthDate(double t, out double year, out int month, out int date)
    {
        double day = Day(t);
        year = YearFromTime(t);
        int d = (int)(day - DayFromYear(year));
        bool leap = IsLeapYear(year);
        int m = 0;
        while (m < 11 && d >= MonthStart(m + 1, leap)) m++;
        month = m;
        date = d - MonthStart(m, leap) + 1;
    }

    /// <summary>§21.4.1.13 WeekDay(t) = (Day(t) + 4) modulo 7, 0 = Sunday.</summary>
    public static int WeekDay(double t) => (int)Modulo(Day(t) + 4, 7);

    /// <summary>§21.4.1.14 HourFromTime(t).</summary>
    public static int HourFromTime(double t) => (int)Modulo(Math.Floor(t / MsPerHour), 24);

    /// <summary>§21.4.1.15 MinFromTime(t).</summary>
    public static int MinFromTime(double t) => (int)Modulo(Math.Floor(t / MsPerMinute), 60);

    /// <summary>§21.4.1.16 SecFromTime(t).</summary>
    public static int SecFromTime(double t) => (int)Modulo(Math.Floor(t / MsPerSecond), 60);

    /// <summary>§21.4.1.17 msFromTime(t).</summary>
    public static int MsFromTime(double t) => (int)Modulo(t, MsPerSecond);

    /// <summary>
    /// §21.4.1.27 MakeTime(hour, min, sec, ms): NaN if any argument is not finite; each is
    /// ToIntegerOrInfinity'd and combined with IEEE-754 double arithmetic, in the spec's order.
    /// </summary>
    public static double MakeTime(double hour, double min, double sec, double ms)
    {
        if (!double.IsFinite(hour) || !double.IsFinite(min) || !double.IsFinite(sec) || !double.IsFinite(ms)) return double.NaN;
        double h = NumberConversions.ToIntegerOrInfinity(hour);
        double m = NumberConversions.ToIntegerOrInfinity(min);
        double s = NumberConversions.ToIntegerOrInfinity(sec);
        double milli = NumberConversions.ToIntegerOrInfinity(ms);
        return ((h * MsPerHour + m * MsPerMinute) + s * MsPerSecond) + milli;
    }

    // "If it is not possible (because some argument is out of range), return NaN" (§21.4.1.28
    // step 8): like V8 (MakeDay in src/date/date.cc), years beyond ±1,000,000 and months beyond
    // ±10,000,000 are out of range. Any date they could produce is far outside the time value
    // range unless the date argument compensates by hundreds of millions of days.
    private const double MaxYear = 1000000;
    private const double MaxMonth = 10000000;

    /// <summary>§21.4.1.28 MakeDay(year, month, date): a day number, or NaN.</summary>
    public static double MakeDay(double year, double month, double date)
    {
        // Step 1.
        if (!double.IsFinite(year) || !double.IsFinite(month) || !double.IsFinite(date)) return double.NaN;
        // Steps 2-4.
        double y = NumberConversions.ToIntegerOrInfinity(year);
        double m = NumberConversions.ToIntegerOrInfinity(month);
        double dt = NumberConversions.ToIntegerOrInfinity(date);
        if (Math.Abs(y) > MaxYear || Math.Abs(m) > MaxMonth) return double.NaN;
        // Steps 5-7.
        double ym = y + Math.Floor(m / 12);
        int mn = (int)Modulo(m, 12);
        // Steps 8-9: the day of the first of month mn in year ym, plus dt - 1.
        double day = DayFromYear(ym) + MonthStart(mn, IsLeapYear(ym));
        return day + dt - 1;
    }

    /// <summary>§21.4.1.29 MakeDate(day, time): day × msPerDay + time, NaN when not finite.</summary>
    public static double MakeDate(double day, double time)
    {
        if (!double.IsFinite(day) || !double.IsFinite(time)) return double.NaN;
        double tv = day * MsPerDay + time;
        return double.IsFinite(tv) ? tv : double.NaN;
    }

    /// <summary>
    /// MakeFullYear(year) (§21.4.1.31 in ES2024, used by the Date constructor and Date.UTC):
    /// years 0-99 after truncation mean 1900-1999.
    /// </summary>
    public static double MakeFullYear(double year)
    {
        if (double.IsNaN(year)) return double.NaN;
        double truncated = NumberConversions.ToIntegerOrInfinity(year);
        return truncated >= 0 && truncated <= 99 ? 1900 + truncated : year;
    }

    /// <summary>§21.4.1.31 TimeClip(time): NaN outside ±8.64e15, else ToIntegerOrInfinity(time).</summary>
    public static double TimeClip(double time)
    {
        if (!double.IsFinite(time)) return double.NaN;
        if (Math.Abs(time) > MaxTimeValue) return double.NaN;
        return NumberConversions.ToIntegerOrInfinity(time);
    }

    /// <summary>The spec's "x modulo y" (§5.2.5): the result has the sign of y.</summary>
    internal static double Modulo(double x, double y)
    {
        double r = x % y;
        if (r != 0 && (r < 0) != (y < 0)) r += y;
        return r + 0.0;
    }
}
