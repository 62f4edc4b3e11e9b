using System;
using System.Numerics;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins.Temporal;

/// <summary>The abstract operations of Temporal.Duration (Temporal §7.5): validation, creation, signs, the internal
/// duration record and its conversions. Rounding lives in DurationOperations.Rounding.cs, differences in
/// DurationOperations.Difference.cs.</summary>
public static partial class DurationOperations
{
    /// <summary>maxTimeDuration = 2^53 × 10^9 − 1.</summary>
    public static readonly Int128 MaxTimeDuration = ((Int128)1 << 53) * 1_000_000_000 - 1;

    public const long NsPerDay = 86_400_000_000_000L;

    /// <summary>The "Length in Nanoseconds" column of the Temporal units table (day and the time units).</summary>
    public static long UnitLengthNs(TemporalUnit unit)
    {
        long length = TimeMath.UnitNanoseconds(unit);
        if (length == 0) throw new ArgumentOutOfRangeException(nameof(unit), "calendar units have no fixed length");
        return length;
    }

    /// <summary>IsCalendarUnit: year, month or week.</summary>
    public static bool IsCalendarUnit(TemporalUnit unit) => unit <= TemporalUnit.Week;

    /// <summary>TemporalUnitCategory(unit) is ~date~ (year .. day).</summary>
    public static bool IsDateUnit(TemporalUnit unit) => TemporalOptions.IsDateUnit(unit);

    // Temporal §7.5.16 IsValidDuration
    public static bool IsValidDuration(double years, double months, double weeks, double days, double hours, double minutes, double seconds, double milliseconds, double microseconds, double nanoseconds)
    {
        int sign = 0;
        foreach (double v in (ReadOnlySpan<double>)[years, months, weeks, days, hours, minutes, seconds, milliseconds, microseconds, nanoseconds])
        {
            if (!double.IsFinite(v)) return false;
            if (v < 0) { if (sign > 0) return false; sign = -1; }
            else if (v > 0) { if (sign < 0) return false; sign = 1; }
        }
        const double TwoPow32 = 4294967296.0, TwoPow53 = 9007199254740992.0;
        if (Math.Abs(years) >= TwoPow32 || Math.Abs(months) >= TwoPow32 || Math.Abs(weeks) >= TwoPow32) return false;
        // All fields share one sign, so each term alone bounds the total: anything ≥ 2^53 seconds is out, and what is
        // left converts exactly to Int128 nanoseconds (ms < 2^63, µs < 2^73, ns < 2^83).
        if (Math.Abs(days) >= TwoPow53 || Math.Abs(hours) >= TwoPow53 || Math.Abs(minutes) >= TwoPow53 || Math.Abs(seconds) >= TwoPow53) return false;
        if (Math.Abs(milliseconds) >= TwoPow53 * 1e3 || Math.Abs(microseconds) >= TwoPow53 * 1e6 || Math.Abs(nanoseconds) >= TwoPow53 * 1e9) return false;
        Int128 total = (Int128)days * NsPerDay + TimeDurationFromComponents(hours, minutes, seconds, milliseconds, microseconds, nanoseconds);
        return Int128.Abs(total) <= MaxTimeDuration;
    }

    // Temporal §7.5.20 CreateTemporalDuration
    public static JsDuration CreateTemporalDuration(Realm realm, double years, double months, double weeks, double days, double hours, double minutes, double seconds, double milliseconds, double microseconds, double nanoseconds, JsObject? newTarget = null)
    {
        if (!IsValidDuration(years, months, weeks, days, hours, minutes, seconds, milliseconds, microseconds, nanoseconds))
            JsException.ThrowRangeError("Temporal.Duration: invalid duration (mixed signs or out of range)");
        // The slots hold mathematical values: adding +0 turns a -0 into +0.
        return JsDuration.Create(realm, years + 0.0, months + 0.0, weeks + 0.0, days + 0.0, hours + 0.0, minutes + 0.0, seconds + 0.0,
            milliseconds + 0.0, microseconds + 0.0, nanoseconds + 0.0, newTarget);
    }

    public static JsDuration CreateTemporalDuration(Realm realm, in DateDuration date, double hours, double minutes, double seconds, double milliseconds, double microseconds, double nanoseconds)
        => CreateTemporalDuration(realm, date.Years, date.Months, date.Weeks, date.Days, hours, minutes, seconds, milliseconds, microseconds, nanoseconds);

    // Temporal §7.5.21 CreateNegatedTemporalDuration
    public static JsDuration CreateNegatedTemporalDuration(Realm realm, JsDuration d)
        => CreateTemporalDuration(realm, -d.Years, -d.Months, -d.Weeks, -d.Days, -d.Hours, -d.Minutes, -d.Seconds, -d.Milliseconds, -d.Microseconds, -d.Nanoseconds);

    // Temporal §7.5.13 DurationSign
    public static int DurationSign(JsDuration d)
    {
        foreach (double v in (ReadOnlySpan<double>)[d.Years, d.Months, d.Weeks, d.Days, d.Hours, d.Minutes, d.Seconds, d.Milliseconds, d.Microseconds, d.Nanoseconds])
        {
            if (v < 0) return -1;
            if (v > 0) return 1;
        }
        return 0;
    }

    // Temporal §7.5.14 DateDurationSign
    public static int DateDurationSign(in DateDuration d)
    {
        foreach (double v in (ReadOnlySpan<double>)[d.Years, d.Months, d.Weeks, d.Days])
        {
            if (v < 0) return -1;
            if (v > 0) return 1;
        }
        return 0;
    }

    // Temporal §7.5.15 InternalDurationSign
    public static int InternalDurationSign(in InternalDuration d)
    {
        int dateSign = DateDurationSign(d.Date);
        return dateSign != 0 ? dateSign : TimeDurationSign(d.Time);
    }

    // Temporal §7.5.30 TimeDurationSign
    public static int TimeDurationSign(Int128 d) => d < 0 ? -1 : d > 0 ? 1 : 0;

    // Temporal §7.5.17 DefaultTemporalLargestUnit
    public static TemporalUnit DefaultTemporalLargestUnit(JsDuration d)
    {
        if (d.Years != 0) return TemporalUnit.Year;
        if (d.Months != 0) return TemporalUnit.Month;
        if (d.Weeks != 0) return TemporalUnit.Week;
        if (d.Days != 0) return TemporalUnit.Day;
        if (d.Hours != 0) return TemporalUnit.Hour;
        if (d.Minutes != 0) return TemporalUnit.Minute;
        if (d.Seconds != 0) return TemporalUnit.Second;
        if (d.Milliseconds != 0) return TemporalUnit.Millisecond;
        if (d.Microseconds != 0) return TemporalUnit.Microsecond;
        return TemporalUnit.Nanosecond;
    }

    // Temporal §7.5.22 TimeDurationFromComponents. The arguments are the time fields of a valid duration, so each
    // converts exactly to Int128 (see IsValidDuration).
    public static Int128 TimeDurationFromComponents(double hours, double minutes, double seconds, double milliseconds, double microseconds, double nanoseconds)
    {
        Int128 total = (Int128)hours * 3_600_000_000_000L;
        total += (Int128)minutes * 60_000_000_000L;
        total += (Int128)seconds * 1_000_000_000L;
        total += (Int128)milliseconds * 1_000_000L;
        total += (Int128)microseconds * 1_000L;
        total += (Int128)nanoseconds;
        return total;
    }

    // Temporal §7.5.23 AddTimeDuration
    public static Int128 AddTimeDuration(Int128 one, Int128 two)
    {
        Int128 result = one + two;
        if (Int128.Abs(result) > MaxTimeDuration) JsException.ThrowRangeError("Temporal.Duration: time duration out of range");
        return result;
    }

    // Temporal §7.5.24 Add24HourDaysToTimeDuration
    public static Int128 Add24HourDaysToTimeDuration(Int128 d, double days)
    {
        if (Math.Abs(days) > 1e17) JsException.ThrowRangeError("Temporal.Duration: time duration out of range");
        Int128 result = d + (Int128)days * NsPerDay;
        if (Int128.Abs(result) > MaxTimeDuration) JsException.ThrowRangeError("Temporal.Duration: time duration out of range");
        return result;
    }

    // Temporal §7.5.25 AddTimeDurationToEpochNanoseconds
    public static Int128 AddTimeDurationToEpochNanoseconds(Int128 d, Int128 epochNs) => epochNs + d;

    // Temporal §7.5.26 CompareTimeDuration
    public static int CompareTimeDuration(Int128 one, Int128 two) => one > two ? 1 : one < two ? -1 : 0;

    // Temporal §7.5.27 TimeDurationFromEpochNanosecondsDifference
    public static Int128 TimeDurationFromEpochNanosecondsDifference(Int128 one, Int128 two) => one - two;

    // Temporal §7.5.3 ZeroDateDuration is DateDuration.Zero.

    // Temporal §7.5.4 ToInternalDurationRecord
    public static InternalDuration ToInternalDurationRecord(JsDuration d)
        => new(new DateDuration(d.Years, d.Months, d.Weeks, d.Days), TimeDurationFromComponents(d.Hours, d.Minutes, d.Seconds, d.Milliseconds, d.Microseconds, d.Nanoseconds));

    // Temporal §7.5.5 ToInternalDurationRecordWith24HourDays
    public static InternalDuration ToInternalDurationRecordWith24HourDays(JsDuration d)
    {
        Int128 time = TimeDurationFromComponents(d.Hours, d.Minutes, d.Seconds, d.Milliseconds, d.Microseconds, d.Nanoseconds);
        time = Add24HourDaysToTimeDuration(time, d.Days);
        return new(new DateDuration(d.Years, d.Months, d.Weeks, 0), time);
    }

    // Temporal §7.5.6 ToDateDurationRecordWithoutTime
    public static DateDuration ToDateDurationRecordWithoutTime(JsDuration d)
    {
        var internalDuration = ToInternalDurationRecordWith24HourDays(d);
        double days = (double)(long)(internalDuration.Time / NsPerDay);
        return CreateDateDurationRecord(internalDuration.Date.Years, internalDuration.Date.Months, internalDuration.Date.Weeks, days);
    }

    // Temporal §7.5.7 TemporalDurationFromInternal
    public static JsDuration TemporalDurationFromInternal(Realm realm, in InternalDuration internalDuration, TemporalUnit largestUnit)
    {
        Int128 days = 0, hours = 0, minutes = 0, seconds = 0, milliseconds = 0, microseconds = 0;
        int sign = TimeDurationSign(internalDuration.Time);
        Int128 nanoseconds = Int128.Abs(internalDuration.Time);
        if (largestUnit <= TemporalUnit.Microsecond)
        {
            microseconds = nanoseconds / 1000; nanoseconds %= 1000;
        }
        if (largestUnit <= TemporalUnit.Millisecond)
        {
            milliseconds = microseconds / 1000; microseconds %= 1000;
        }
        if (largestUnit <= TemporalUnit.Second)
        {
            seconds = milliseconds / 1000; milliseconds %= 1000;
        }
        if (largestUnit <= TemporalUnit.Minute)
        {
            minutes = seconds / 60; seconds %= 60;
        }
        if (largestUnit <= TemporalUnit.Hour)
        {
            hours = minutes / 60; minutes %= 60;
        }
        if (IsDateUnit(largestUnit))
        {
            days = hours / 24; hours %= 24;
        }
        var date = internalDuration.Date;
        return CreateTemporalDuration(realm, date.Years, date.Months, date.Weeks, date.Days + ToDouble(days) * sign,
            ToDouble(hours) * sign, ToDouble(minutes) * sign, ToDouble(seconds) * sign, ToDouble(milliseconds) * sign,
            ToDouble(microseconds) * sign, ToDouble(nanoseconds) * sign);
    }

    // Temporal §7.5.9 CreateDateDurationRecord
    public static DateDuration CreateDateDurationRecord(double years, double months, double weeks, double days)
    {
        if (!IsValidDuration(years, months, weeks, days, 0, 0, 0, 0, 0, 0)) JsException.ThrowRangeError("Temporal.Duration: invalid date duration");
        return new DateDuration(years + 0.0, months + 0.0, weeks + 0.0, days + 0.0);
    }

    // Temporal §7.5.10 AdjustDateDurationRecord
    public static DateDuration AdjustDateDurationRecord(in DateDuration d, double days, double? weeks = null, double? months = null)
        => CreateDateDurationRecord(d.Years, months ?? d.Months, weeks ?? d.Weeks, days);

    // Temporal §7.5.11 CombineDateAndTimeDuration
    public static InternalDuration CombineDateAndTimeDuration(in DateDuration date, Int128 time)
    {
        int dateSign = DateDurationSign(date);
        int timeSign = TimeDurationSign(time);
        if (dateSign != 0 && timeSign != 0 && dateSign != timeSign) JsException.ThrowRangeError("Temporal.Duration: mixed-sign duration");
        return new InternalDuration(date, time);
    }

    // Temporal §7.5.34 TotalTimeDuration
    public static double TotalTimeDuration(Int128 timeDuration, TemporalUnit unit)
        => DivideToDouble(timeDuration, UnitLengthNs(unit));

    /// <summary>An exact integer as the nearest Number (round half to even), as 𝔽(x) requires.</summary>
    public static double ToDouble(Int128 value)
    {
        if (value >= long.MinValue && value <= long.MaxValue) return (double)(long)value;
        return DivideToDouble((BigInteger)value, BigInteger.One);
    }

    public static double DivideToDouble(Int128 numerator, Int128 denominator) => DivideToDouble((BigInteger)numerator, (BigInteger)denominator);

    /// <summary>𝔽(numerator / denominator) correctly rounded: the division of exact integers the spec's NOTEs ask for
    /// (TotalTimeDuration, NudgeToCalendarUnit's total) without the double rounding of a float division.</summary>
    public static double DivideToDouble(BigInteger numerator, BigInteger denominator)
    {
        if (numerator.IsZero) return 0;
        bool negative = (numerator.Sign < 0) ^ (denominator.Sign < 0);
        numerator = BigInteger.Abs(numerator);
        denominator = BigInteger.Abs(denominator);
        // Scale so the quotient has 65 or 66 bits, then keep 64 of them with a sticky bit for the discarded rest.
        int shift = 65 - (int)(numerator.GetBitLength() - denominator.GetBitLength());
        BigInteger n = shift >= 0 ? numerator << shift : numerator;
        BigInteger d = shift < 0 ? denominator << -shift : denominator;
        BigInteger q = BigInteger.DivRem(n, d, out BigInteger rem);
        bool sticky = !rem.IsZero;
        int extra = (int)q.GetBitLength() - 64;
        if (extra > 0)
        {
            if (!(q & ((BigInteger.One << extra) - 1)).IsZero) sticky = true;
            q >>= extra;
            shift -= extra;
        }
        ulong m = (ulong)q;
        ulong top = m >> 11, low = m & 0x7FF;
        if (sticky) low |= 1;
        if (low > 0x400 || (low == 0x400 && (top & 1) == 1)) top++;
        double result = Math.ScaleB((double)top, 11 - shift);
        return negative ? -result : result;
    }
}
