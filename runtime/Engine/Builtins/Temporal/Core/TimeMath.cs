using System;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins.Temporal;

/// <summary>A Time Record with its [[Days]] carry (the result of BalanceTime, AddTime, RoundTime).</summary>
public readonly record struct TimeWithDays(long Days, IsoTime Time);

/// <summary>Unsigned rounding modes (Temporal §13.x GetUnsignedRoundingMode).</summary>
public enum UnsignedRoundingMode { Zero, Infinity, HalfZero, HalfInfinity, HalfEven }

/// <summary>
/// Temporal §4.5 time-of-day arithmetic, §5.5 date-time combination, and the rounding primitives
/// (RoundNumberToIncrement on Int128 nanoseconds). No JS values except the RangeError of RegulateTime.
/// </summary>
public static class TimeMath
{
    public const long NsPerMicrosecond = 1000;
    public const long NsPerMillisecond = 1_000_000;
    public const long NsPerSecond = 1_000_000_000;
    public const long NsPerMinute = 60 * NsPerSecond;
    public const long NsPerHour = 60 * NsPerMinute;
    public const long NsPerDay = 24 * NsPerHour;

    /// <summary>Returns the length in nanoseconds of a time unit or day (Table "Temporal units" [[Nanoseconds]]); 0 for year/month/week.</summary>
    public static long UnitNanoseconds(TemporalUnit unit) => unit switch
    {
        TemporalUnit.Day => NsPerDay,
        TemporalUnit.Hour => NsPerHour,
        TemporalUnit.Minute => NsPerMinute,
        TemporalUnit.Second => NsPerSecond,
        TemporalUnit.Millisecond => NsPerMillisecond,
        TemporalUnit.Microsecond => NsPerMicrosecond,
        TemporalUnit.Nanosecond => 1,
        _ => 0,
    };

    // Temporal §4.5.x IsValidTime ( hour, minute, second, millisecond, microsecond, nanosecond )
    /// <summary>Returns true when every field is within its range (hour 0-23, minute/second 0-59, sub-second parts 0-999).</summary>
    public static bool IsValidTime(double hour, double minute, double second, double millisecond, double microsecond, double nanosecond)
        => hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59 && second >= 0 && second <= 59
           && millisecond >= 0 && millisecond <= 999 && microsecond >= 0 && microsecond <= 999 && nanosecond >= 0 && nanosecond <= 999;

    // Temporal §4.5.x RegulateTime ( hour, minute, second, millisecond, microsecond, nanosecond, overflow )
    /// <summary>Returns the time with each field clamped into range (constrain), or a RangeError for any field out of range (reject).</summary>
    public static IsoTime RegulateTime(double hour, double minute, double second, double millisecond, double microsecond, double nanosecond, Overflow overflow)
    {
        if (overflow == Overflow.Constrain)
            return new IsoTime((int)Math.Clamp(hour, 0, 23), (int)Math.Clamp(minute, 0, 59), (int)Math.Clamp(second, 0, 59),
                (int)Math.Clamp(millisecond, 0, 999), (int)Math.Clamp(microsecond, 0, 999), (int)Math.Clamp(nanosecond, 0, 999));
        if (!IsValidTime(hour, minute, second, millisecond, microsecond, nanosecond)) JsException.ThrowRangeError("time field out of range");
        return new IsoTime((int)hour, (int)minute, (int)second, (int)millisecond, (int)microsecond, (int)nanosecond);
    }

    // Temporal §4.5.x BalanceTime ( hour, minute, second, millisecond, microsecond, nanosecond )
    /// <summary>Returns the time of day the (possibly out-of-range or negative) fields add up to, and the whole days carried out.</summary>
    public static TimeWithDays BalanceTime(Int128 hour, Int128 minute, Int128 second, Int128 millisecond, Int128 microsecond, Int128 nanosecond)
    {
        Int128 total = ((((hour * 60 + minute) * 60 + second) * 1000 + millisecond) * 1000 + microsecond) * 1000 + nanosecond;
        return BalanceNanoseconds(total);
    }

    /// <summary>Returns the time of day and the whole days of a signed nanosecond count since midnight.</summary>
    public static TimeWithDays BalanceNanoseconds(Int128 total)
    {
        Int128 days = total / NsPerDay;
        Int128 rem = total % NsPerDay;
        if (rem < 0) { rem += NsPerDay; days -= 1; }
        return new TimeWithDays((long)days, FromNanosecondOfDay((long)rem));
    }

    /// <summary>Returns the time of a nanosecond-of-day count (0 .. 86,399,999,999,999).</summary>
    public static IsoTime FromNanosecondOfDay(long ns)
    {
        int nano = (int)(ns % 1000); ns /= 1000;
        int micro = (int)(ns % 1000); ns /= 1000;
        int milli = (int)(ns % 1000); ns /= 1000;
        int sec = (int)(ns % 60); ns /= 60;
        int min = (int)(ns % 60); ns /= 60;
        return new IsoTime((int)ns, min, sec, milli, micro, nano);
    }

    // Temporal §4.5.x AddTime ( time, timeDuration )
    /// <summary>Returns <paramref name="time"/> plus a time duration in nanoseconds, balanced, with the days carried.</summary>
    public static TimeWithDays AddTime(IsoTime time, Int128 timeDuration)
        => BalanceNanoseconds(time.NanosecondOfDay + timeDuration);

    // Temporal §4.5.x DifferenceTime ( time1, time2 )
    /// <summary>Returns time2 − time1 as a time duration in nanoseconds (|result| &lt; one day).</summary>
    public static Int128 DifferenceTime(IsoTime time1, IsoTime time2) => time2.NanosecondOfDay - time1.NanosecondOfDay;

    // Temporal §4.5.x CompareTimeRecord ( time1, time2 )
    /// <summary>Returns -1, 0 or 1 as <paramref name="a"/> is earlier than, equal to or later than <paramref name="b"/>.</summary>
    public static int CompareTimeRecord(IsoTime a, IsoTime b) => a.NanosecondOfDay.CompareTo(b.NanosecondOfDay) switch { < 0 => -1, > 0 => 1, _ => 0 };

    // Temporal §4.5.x RoundTime ( time, increment, unit, roundingMode )
    /// <summary>Returns the time rounded to <paramref name="increment"/> × <paramref name="unit"/> (day .. nanosecond), with the
    /// carried days (unit day: the whole time rounds to 0 or 1 day).</summary>
    public static TimeWithDays RoundTime(IsoTime time, long increment, TemporalUnit unit, RoundingMode roundingMode)
    {
        Int128 quantity = unit switch
        {
            TemporalUnit.Day or TemporalUnit.Hour => time.NanosecondOfDay,
            TemporalUnit.Minute => time.NanosecondOfDay - time.Hour * NsPerHour,
            TemporalUnit.Second => time.NanosecondOfDay - time.Hour * NsPerHour - time.Minute * NsPerMinute,
            TemporalUnit.Millisecond => ((Int128)time.Millisecond * 1000 + time.Microsecond) * 1000 + time.Nanosecond,
            TemporalUnit.Microsecond => (Int128)time.Microsecond * 1000 + time.Nanosecond,
            _ => time.Nanosecond,
        };
        long unitLength = UnitNanoseconds(unit);
        Int128 result = RoundNumberToIncrement(quantity, (Int128)increment * unitLength, roundingMode) / unitLength;
        return unit switch
        {
            TemporalUnit.Day => new TimeWithDays((long)result, IsoTime.Midnight),
            TemporalUnit.Hour => BalanceTime(result, 0, 0, 0, 0, 0),
            TemporalUnit.Minute => BalanceTime(time.Hour, result, 0, 0, 0, 0),
            TemporalUnit.Second => BalanceTime(time.Hour, time.Minute, result, 0, 0, 0),
            TemporalUnit.Millisecond => BalanceTime(time.Hour, time.Minute, time.Second, result, 0, 0),
            TemporalUnit.Microsecond => BalanceTime(time.Hour, time.Minute, time.Second, time.Millisecond, result, 0),
            _ => BalanceTime(time.Hour, time.Minute, time.Second, time.Millisecond, time.Microsecond, result),
        };
    }

    // Temporal §5.5.x CombineISODateAndTimeRecord ( isoDate, time )
    /// <summary>Returns the ISO Date-Time Record of a date and a time.</summary>
    public static IsoDateTime CombineISODateAndTimeRecord(IsoDate date, IsoTime time) => new(date, time);

    // Temporal §13.x GetUTCEpochNanoseconds ( isoDateTime )
    /// <summary>Returns the epoch nanoseconds of the date-time read as UTC (any date; no range check).</summary>
    public static Int128 GetUTCEpochNanoseconds(IsoDateTime dateTime)
        => (Int128)IsoCalendarMath.ISODateToEpochDays(dateTime.Date) * NsPerDay + dateTime.Time.NanosecondOfDay;

    /// <summary>Returns the ISO date-time (UTC) of an epoch-nanoseconds value (the inverse of GetUTCEpochNanoseconds).</summary>
    public static IsoDateTime EpochNanosecondsToISODateTime(Int128 epochNanoseconds)
    {
        var balanced = BalanceNanoseconds(epochNanoseconds);
        return new IsoDateTime(IsoCalendarMath.EpochDaysToISODate(balanced.Days), balanced.Time);
    }

    // Temporal §5.5.x BalanceISODateTime ( year, month, day, hour, minute, second, millisecond, microsecond, nanosecond )
    /// <summary>Returns the real date-time the (possibly out-of-range) fields denote: time carried into days, days into months and years.</summary>
    public static IsoDateTime BalanceISODateTime(long year, long month, long day, Int128 hour, Int128 minute, Int128 second, Int128 millisecond, Int128 microsecond, Int128 nanosecond)
    {
        var balancedTime = BalanceTime(hour, minute, second, millisecond, microsecond, nanosecond);
        var balancedDate = IsoCalendarMath.BalanceISODate(year, month, day + balancedTime.Days);
        return new IsoDateTime(balancedDate, balancedTime.Time);
    }

    // Temporal §5.5.x RoundISODateTime ( isoDateTime, increment, unit, roundingMode )
    /// <summary>Returns the date-time with its time rounded (RoundTime) and any day carried into the date.</summary>
    public static IsoDateTime RoundISODateTime(IsoDateTime dateTime, long increment, TemporalUnit unit, RoundingMode roundingMode)
    {
        var roundedTime = RoundTime(dateTime.Time, increment, unit, roundingMode);
        var date = IsoCalendarMath.BalanceISODate(dateTime.Date.Year, dateTime.Date.Month, dateTime.Date.Day + roundedTime.Days);
        return new IsoDateTime(date, roundedTime.Time);
    }

    // Temporal §5.5.x CompareISODateTime ( isoDateTime1, isoDateTime2 )
    /// <summary>Returns -1, 0 or 1 comparing dates first, then times.</summary>
    public static int CompareISODateTime(IsoDateTime a, IsoDateTime b)
    {
        int c = IsoCalendarMath.CompareISODate(a.Date, b.Date);
        return c != 0 ? c : CompareTimeRecord(a.Time, b.Time);
    }

    // Temporal §13.x GetUnsignedRoundingMode ( roundingMode, sign )
    /// <summary>Returns the unsigned rounding mode that <paramref name="roundingMode"/> means for a value of that sign.</summary>
    public static UnsignedRoundingMode GetUnsignedRoundingMode(RoundingMode roundingMode, bool negative) => roundingMode switch
    {
        RoundingMode.Ceil => negative ? UnsignedRoundingMode.Zero : UnsignedRoundingMode.Infinity,
        RoundingMode.Floor => negative ? UnsignedRoundingMode.Infinity : UnsignedRoundingMode.Zero,
        RoundingMode.Expand => UnsignedRoundingMode.Infinity,
        RoundingMode.Trunc => UnsignedRoundingMode.Zero,
        RoundingMode.HalfCeil => negative ? UnsignedRoundingMode.HalfZero : UnsignedRoundingMode.HalfInfinity,
        RoundingMode.HalfFloor => negative ? UnsignedRoundingMode.HalfInfinity : UnsignedRoundingMode.HalfZero,
        RoundingMode.HalfExpand => UnsignedRoundingMode.HalfInfinity,
        RoundingMode.HalfTrunc => UnsignedRoundingMode.HalfZero,
        _ => UnsignedRoundingMode.HalfEven,
    };

    // Temporal §13.x ApplyUnsignedRoundingMode ( x, r1, r2, unsignedRoundingMode ), with x = r1 + num/den exactly.
    /// <summary>Returns r1 or r2 (r2 = r1 + 1 in units of the increment) for x = r1 + <paramref name="remainder"/>/<paramref name="increment"/>
    /// (0 ≤ remainder &lt; increment); <paramref name="r1"/> is the quotient, used for half-even parity.</summary>
    public static bool ApplyUnsignedRoundingModeRoundsUp(Int128 r1, Int128 remainder, Int128 increment, UnsignedRoundingMode mode)
    {
        if (remainder == 0) return false;
        if (mode == UnsignedRoundingMode.Zero) return false;
        if (mode == UnsignedRoundingMode.Infinity) return true;
        Int128 twice = remainder * 2;
        if (twice < increment) return false;
        if (twice > increment) return true;
        return mode switch
        {
            UnsignedRoundingMode.HalfZero => false,
            UnsignedRoundingMode.HalfInfinity => true,
            _ => !Int128.IsEvenInteger(r1),
        };
    }

    // Temporal §13.x ApplyUnsignedRoundingMode ( x, r1, r2, unsignedRoundingMode ) with x = numerator / denominator exactly
    /// <summary>Returns <paramref name="r1"/> or <paramref name="r2"/> (r1 ≤ x ≤ r2, consecutive candidates) for the exact rational
    /// x = <paramref name="numerator"/> / <paramref name="denominator"/> (denominator &gt; 0), per the unsigned rounding mode;
    /// half-even picks the candidate whose value is even.</summary>
    public static Int128 ApplyUnsignedRoundingMode(Int128 numerator, Int128 denominator, Int128 r1, Int128 r2, UnsignedRoundingMode mode)
    {
        if (numerator == r1 * denominator) return r1;
        if (mode == UnsignedRoundingMode.Zero) return r1;
        if (mode == UnsignedRoundingMode.Infinity) return r2;
        Int128 d1 = numerator - r1 * denominator; // (x - r1) × denominator
        Int128 d2 = r2 * denominator - numerator; // (r2 - x) × denominator
        if (d1 < d2) return r1;
        if (d2 < d1) return r2;
        return mode switch
        {
            UnsignedRoundingMode.HalfZero => r1,
            UnsignedRoundingMode.HalfInfinity => r2,
            _ => Int128.IsEvenInteger(r1) ? r1 : r2,
        };
    }

    // Temporal §13.x RoundNumberToIncrement ( x, increment, roundingMode ) on exact integers
    /// <summary>Returns <paramref name="x"/> rounded to a multiple of <paramref name="increment"/> (&gt; 0) with the given rounding mode.</summary>
    public static Int128 RoundNumberToIncrement(Int128 x, Int128 increment, RoundingMode roundingMode)
    {
        bool negative = x < 0;
        Int128 abs = negative ? -x : x;
        Int128 r1 = abs / increment;
        Int128 remainder = abs - r1 * increment;
        var unsigned = GetUnsignedRoundingMode(roundingMode, negative);
        Int128 rounded = ApplyUnsignedRoundingModeRoundsUp(r1, remainder, increment, unsigned) ? r1 + 1 : r1;
        return (negative ? -rounded : rounded) * increment;
    }

    // Temporal §13.x RoundNumberToIncrementAsIfPositive ( x, increment, roundingMode )
    /// <summary>Returns <paramref name="x"/> rounded to a multiple of <paramref name="increment"/>, treating the value as positive
    /// (floor rounds toward -∞ etc. regardless of sign; used for epoch nanoseconds).</summary>
    public static Int128 RoundNumberToIncrementAsIfPositive(Int128 x, Int128 increment, RoundingMode roundingMode)
    {
        Int128 r1 = x / increment;
        Int128 remainder = x - r1 * increment;
        if (remainder < 0) { r1 -= 1; remainder += increment; } // floor division
        var unsigned = GetUnsignedRoundingMode(roundingMode, false);
        Int128 rounded = ApplyUnsignedRoundingModeRoundsUp(r1, remainder, increment, unsigned) ? r1 + 1 : r1;
        return rounded * increment;
    }

    /// <summary>Returns <paramref name="x"/> rounded to a multiple of <paramref name="increment"/> (both doubles holding integers
    /// or finite values); for callers whose quantity is a fraction (duration totals). Exactness is that of double.</summary>
    public static double RoundNumberToIncrementDouble(double x, double increment, RoundingMode roundingMode)
    {
        double quotient = x / increment;
        bool negative = quotient < 0;
        double q = Math.Abs(quotient);
        double r1 = Math.Floor(q), r2 = r1 + 1;
        var mode = GetUnsignedRoundingMode(roundingMode, negative);
        double rounded;
        if (q == r1) rounded = r1;
        else if (mode == UnsignedRoundingMode.Zero) rounded = r1;
        else if (mode == UnsignedRoundingMode.Infinity) rounded = r2;
        else
        {
            double d1 = q - r1, d2 = r2 - q;
            if (d1 < d2) rounded = r1;
            else if (d2 < d1) rounded = r2;
            else rounded = mode switch
            {
                UnsignedRoundingMode.HalfZero => r1,
                UnsignedRoundingMode.HalfInfinity => r2,
                _ => r1 % 2 == 0 ? r1 : r2,
            };
        }
        return (negative ? -rounded : rounded) * increment;
    }
}
