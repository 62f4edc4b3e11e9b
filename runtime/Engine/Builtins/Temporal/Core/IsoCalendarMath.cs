using System;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins.Temporal;

/// <summary>The ISO week-date record ISOWeekOfYear returns: the week number (1-53) and the week-numbering year.</summary>
public readonly record struct IsoWeek(int Week, int Year);

/// <summary>
/// Temporal §3.5 / §12 proleptic Gregorian (ISO 8601) calendar arithmetic on plain integers: validity, days in month,
/// balancing, epoch-day conversions, week numbers and the range limits. No JS values here.
/// Epoch days are days since 1970-01-01 (negative before it).
/// </summary>
public static class IsoCalendarMath
{
    /// <summary>Years far beyond Temporal's range are clamped to this magnitude by RegulateISODate (the range check that
    /// follows still fails), so arithmetic stays in Int32/Int64.</summary>
    public const int YearClamp = 1_000_000_000;

    /// <summary>Returns true for a Gregorian leap year (divisible by 4, except centuries not divisible by 400).</summary>
    public static bool IsLeapYear(long year) => (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;

    // ECMA-262 §21.4.1.x MathematicalInLeapYear, on a year number as Temporal uses it.
    /// <summary>Returns 1 when <paramref name="year"/> is a leap year, else 0.</summary>
    public static int MathematicalInLeapYear(long year) => IsLeapYear(year) ? 1 : 0;

    // Temporal §3.5.x ISODaysInMonth ( year, month )
    /// <summary>Returns the number of days (28-31) of <paramref name="month"/> (1-12) in <paramref name="year"/>.</summary>
    public static int ISODaysInMonth(long year, int month) => month switch
    {
        1 or 3 or 5 or 7 or 8 or 10 or 12 => 31,
        4 or 6 or 9 or 11 => 30,
        _ => 28 + MathematicalInLeapYear(year),
    };

    /// <summary>Returns 366 for leap years, else 365.</summary>
    public static int ISODaysInYear(long year) => IsLeapYear(year) ? 366 : 365;

    // Temporal §3.5.x IsValidISODate ( year, month, day )
    /// <summary>Returns true when month is 1-12 and day is 1..days in that month (any year).</summary>
    public static bool IsValidISODate(double year, double month, double day)
    {
        if (month < 1 || month > 12) return false;
        if (day < 1) return false;
        long y = double.IsFinite(year) ? (long)Math.Clamp(year, -YearClamp, YearClamp) : 0;
        return day <= ISODaysInMonth(y, (int)month);
    }

    // Temporal §3.5.x RegulateISODate ( year, month, day, overflow )
    /// <summary>Returns the date, with month and day clamped to the valid range (constrain) or a RangeError when either is out of
    /// range (reject). Years beyond ±<see cref="YearClamp"/> are clamped so the caller's range check fails as the spec's would.</summary>
    public static IsoDate RegulateISODate(double year, double month, double day, Overflow overflow)
    {
        int y = (int)Math.Clamp(year, -YearClamp, YearClamp);
        if (overflow == Overflow.Constrain)
        {
            int m = (int)Math.Clamp(month, 1, 12);
            int d = (int)Math.Clamp(day, 1, ISODaysInMonth(y, m));
            return new IsoDate(y, m, d);
        }
        if (!IsValidISODate(year, month, day)) JsException.ThrowRangeError($"Invalid ISO date: month {NumberFormatting.ToString(month)}, day {NumberFormatting.ToString(day)}");
        return new IsoDate(y, (int)month, (int)day);
    }

    // Temporal §3.5.x BalanceISOYearMonth ( year, month )
    /// <summary>Returns (year, month 1-12) after carrying whole years out of an out-of-range <paramref name="month"/>.</summary>
    public static (long Year, int Month) BalanceISOYearMonth(long year, long month)
    {
        long m0 = month - 1;
        long carry = FloorDiv(m0, 12);
        return (year + carry, (int)(m0 - carry * 12) + 1);
    }

    // Temporal §3.5.x BalanceISODate ( year, month, day )
    /// <summary>Returns the real date that <paramref name="day"/> days after the day before year-month-01 denotes
    /// (month and day may be out of range or negative).</summary>
    public static IsoDate BalanceISODate(long year, long month, long day)
    {
        long epochDays = ISODateToEpochDays(year, month - 1, day);
        return EpochDaysToISODate(epochDays);
    }

    // Temporal §3.5.x AddDaysToISODate ( isoDate, days )
    /// <summary>Returns the date <paramref name="days"/> days after <paramref name="date"/>.</summary>
    public static IsoDate AddDaysToISODate(IsoDate date, long days) => BalanceISODate(date.Year, date.Month, date.Day + days);

    // Temporal §13.x ISODateToEpochDays ( year, month, date )
    /// <summary>Returns the days since 1970-01-01 of year / <paramref name="month0"/> / <paramref name="day"/>, where
    /// <paramref name="month0"/> is 0-BASED as in the spec (0 = January; out-of-range months and days carry).</summary>
    public static long ISODateToEpochDays(long year, long month0, long day)
    {
        long resolvedYear = year + FloorDiv(month0, 12);
        int resolvedMonth = (int)(month0 - FloorDiv(month0, 12) * 12) + 1;
        return DaysFromCivil(resolvedYear, resolvedMonth, 1) + day - 1;
    }

    /// <summary>Returns the days since 1970-01-01 of a (valid, 1-based) ISO date record.</summary>
    public static long ISODateToEpochDays(IsoDate date) => DaysFromCivil(date.Year, date.Month, date.Day);

    // Temporal §13.x EpochDaysToISODate ( epochDays )
    /// <summary>Returns the ISO date of a day count since 1970-01-01.</summary>
    public static IsoDate EpochDaysToISODate(long epochDays)
    {
        // Howard Hinnant's civil_from_days, in 400-year eras.
        long z = epochDays + 719468;
        long era = FloorDiv(z, 146097);
        long doe = z - era * 146097;
        long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        long y = yoe + era * 400;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        long d = doy - (153 * mp + 2) / 5 + 1;
        long m = mp < 10 ? mp + 3 : mp - 9;
        if (m <= 2) y++;
        return new IsoDate((int)y, (int)m, (int)d);
    }

    private static long DaysFromCivil(long y, int m, long d)
    {
        if (m <= 2) y--;
        long era = FloorDiv(y, 400);
        long yoe = y - era * 400;
        long mp = m > 2 ? m - 3 : m + 9;
        long doy = (153 * mp + 2) / 5 + d - 1;
        long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146097 + doe - 719468;
    }

    /// <summary>Returns floor(a / b) for b &gt; 0.</summary>
    public static long FloorDiv(long a, long b)
    {
        long q = a / b;
        if ((a % b != 0) && ((a < 0) != (b < 0))) q--;
        return q;
    }

    /// <summary>Returns a modulo b with the sign of b (b &gt; 0 gives 0..b-1).</summary>
    public static long FloorMod(long a, long b) => a - FloorDiv(a, b) * b;

    // Temporal §12.x ISODayOfWeek ( isoDate )
    /// <summary>Returns the ISO day of the week: 1 = Monday .. 7 = Sunday.</summary>
    public static int ISODayOfWeek(IsoDate date)
    {
        long epochDays = ISODateToEpochDays(date);
        int dow = (int)FloorMod(epochDays + 3, 7); // 1970-01-01 was a Thursday (3 with Monday = 0)
        return dow + 1;
    }

    // Temporal §12.x ISODayOfYear ( isoDate )
    /// <summary>Returns the ordinal day of the year: 1-366.</summary>
    public static int ISODayOfYear(IsoDate date)
        => (int)(ISODateToEpochDays(date) - DaysFromCivil(date.Year, 1, 1)) + 1;

    // Temporal §12.x ISOWeekOfYear ( isoDate )
    /// <summary>Returns the ISO 8601 week number (1-53) and the week-numbering year (may differ from the date's year near January 1).</summary>
    public static IsoWeek ISOWeekOfYear(IsoDate date)
    {
        int year = date.Year;
        int wednesday = 3, thursday = 4, friday = 5, saturday = 6;
        int daysInWeek = 7, maxWeekNumber = 53;
        int dayOfYear = ISODayOfYear(date);
        int dayOfWeek = ISODayOfWeek(date);
        int week = (int)FloorDiv(dayOfYear - dayOfWeek + 10, daysInWeek);
        if (week < 1)
        {
            int dayOfJan1st = ISODayOfWeek(new IsoDate(year, 1, 1));
            if (dayOfJan1st == friday) return new IsoWeek(maxWeekNumber, year - 1);
            if (dayOfJan1st == saturday && IsLeapYear(year - 1)) return new IsoWeek(maxWeekNumber, year - 1);
            return new IsoWeek(maxWeekNumber - 1, year - 1);
        }
        if (week == maxWeekNumber)
        {
            int daysInYear = ISODaysInYear(year);
            int daysLaterInYear = daysInYear - dayOfYear;
            int daysAfterThursday = thursday - dayOfWeek;
            if (daysLaterInYear < daysAfterThursday) return new IsoWeek(1, year + 1);
        }
        _ = wednesday;
        return new IsoWeek(week, year);
    }

    // Temporal §3.5.x CompareISODate ( isoDate1, isoDate2 )
    /// <summary>Returns -1, 0 or 1 as <paramref name="a"/> is before, equal to or after <paramref name="b"/>.</summary>
    public static int CompareISODate(IsoDate a, IsoDate b)
    {
        if (a.Year != b.Year) return a.Year > b.Year ? 1 : -1;
        if (a.Month != b.Month) return a.Month > b.Month ? 1 : -1;
        if (a.Day != b.Day) return a.Day > b.Day ? 1 : -1;
        return 0;
    }

    // Temporal §3.5.x ISODateWithinLimits ( isoDate )
    /// <summary>Returns true when the date at noon lies within one day of the Instant range (-271821-04-19 .. +275760-09-13).</summary>
    public static bool ISODateWithinLimits(IsoDate date)
        => ISODateTimeWithinLimits(new IsoDateTime(date, new IsoTime(12, 0, 0, 0, 0, 0)));

    // Temporal §5.5.x ISODateTimeWithinLimits ( isoDateTime )
    /// <summary>Returns true when the date-time, read as UTC, is strictly less than one day outside the Instant range.</summary>
    public static bool ISODateTimeWithinLimits(IsoDateTime dateTime)
    {
        long epochDays = ISODateToEpochDays(dateTime.Date);
        if (Math.Abs(epochDays) > 100_000_001) return false;
        Int128 ns = TimeMath.GetUTCEpochNanoseconds(dateTime);
        if (ns <= TemporalLimits.MinEpochNanoseconds - TemporalLimits.NanosecondsPerDay) return false;
        if (ns >= TemporalLimits.MaxEpochNanoseconds + TemporalLimits.NanosecondsPerDay) return false;
        return true;
    }

    // Temporal §9.5.x ISOYearMonthWithinLimits ( isoDate )
    /// <summary>Returns true when year-month lies within -271821-04 .. 275760-09 (the PlainYearMonth range).</summary>
    public static bool ISOYearMonthWithinLimits(IsoDate date)
    {
        if (date.Year < -271821 || date.Year > 275760) return false;
        if (date.Year == -271821 && date.Month < 4) return false;
        if (date.Year == 275760 && date.Month > 9) return false;
        return true;
    }
}
