using System;
using System.Globalization;
using System.Text;

namespace Aot.Engine.Builtins.Temporal;

/// <summary>
/// Temporal §13.x the string forms of dates, times, offsets and calendar annotations (toString/toJSON of every type).
/// Precision arguments are 0-9, <see cref="TemporalOptions.PrecisionAuto"/> or <see cref="TemporalOptions.PrecisionMinute"/>.
/// </summary>
public static class TemporalFormat
{
    private static string Pad2(int v) => v.ToString("D2", CultureInfo.InvariantCulture);

    // Temporal §13.x FormatFractionalSeconds ( subSecondNanoseconds, precision )
    /// <summary>Returns "" or "." followed by the fraction digits: all 9 with trailing zeros removed (AUTO, "" when zero),
    /// or exactly <paramref name="precision"/> digits (truncated; "" for 0).</summary>
    public static string FormatFractionalSeconds(long subSecondNanoseconds, int precision)
    {
        string digits;
        if (precision == TemporalOptions.PrecisionAuto)
        {
            if (subSecondNanoseconds == 0) return "";
            digits = subSecondNanoseconds.ToString("D9", CultureInfo.InvariantCulture).TrimEnd('0');
        }
        else
        {
            if (precision == 0) return "";
            digits = subSecondNanoseconds.ToString("D9", CultureInfo.InvariantCulture).Substring(0, precision);
        }
        return "." + digits;
    }

    // Temporal §13.x FormatTimeString ( hour, minute, second, subSecondNanoseconds, precision [ , style ] )
    /// <summary>Returns "HH:MM" (precision MINUTE) or "HH:MM:SS[.fff]"; without separators ("HHMM[SS]") when
    /// <paramref name="separated"/> is false.</summary>
    public static string FormatTimeString(int hour, int minute, int second, long subSecondNanoseconds, int precision, bool separated = true)
    {
        string sep = separated ? ":" : "";
        string hm = Pad2(hour) + sep + Pad2(minute);
        if (precision == TemporalOptions.PrecisionMinute) return hm;
        return hm + sep + Pad2(second) + FormatFractionalSeconds(subSecondNanoseconds, precision);
    }

    /// <summary>Returns the time of day as FormatTimeString does, with the sub-second fields of <paramref name="time"/>
    /// (PlainTime's TimeRecordToString).</summary>
    public static string TimeRecordToString(IsoTime time, int precision)
        => FormatTimeString(time.Hour, time.Minute, time.Second, SubSecondNanoseconds(time), precision);

    /// <summary>Returns ms × 10^6 + µs × 10^3 + ns of the time.</summary>
    public static long SubSecondNanoseconds(IsoTime time) => time.Millisecond * 1_000_000L + time.Microsecond * 1000L + time.Nanosecond;

    // Temporal §13.x PadISOYear ( y )
    /// <summary>Returns the year as 4 digits for 0-9999, else as a sign and 6 digits ("+012345", "-000001").</summary>
    public static string PadISOYear(int y)
    {
        if (y >= 0 && y <= 9999) return y.ToString("D4", CultureInfo.InvariantCulture);
        string sign = y > 0 ? "+" : "-";
        return sign + Math.Abs((long)y).ToString("D6", CultureInfo.InvariantCulture);
    }

    /// <summary>Returns "YYYY-MM-DD" (year padded by PadISOYear), the date part of TemporalDateToString.</summary>
    public static string FormatISODate(IsoDate date) => PadISOYear(date.Year) + "-" + Pad2(date.Month) + "-" + Pad2(date.Day);

    /// <summary>Returns "YYYY-MM" (the year-month part of TemporalYearMonthToString).</summary>
    public static string FormatISOYearMonth(IsoDate date) => PadISOYear(date.Year) + "-" + Pad2(date.Month);

    /// <summary>Returns "MM-DD" (the month-day part of TemporalMonthDayToString).</summary>
    public static string FormatISOMonthDay(IsoDate date) => Pad2(date.Month) + "-" + Pad2(date.Day);

    // Temporal §12.x FormatCalendarAnnotation ( id, showCalendar )
    /// <summary>Returns "" (never; auto with iso8601) or "[u-ca=id]" / "[!u-ca=id]" (critical).</summary>
    public static string FormatCalendarAnnotation(string id, ShowCalendar showCalendar)
    {
        if (showCalendar == ShowCalendar.Never) return "";
        if (showCalendar == ShowCalendar.Auto && id == "iso8601") return "";
        string flag = showCalendar == ShowCalendar.Critical ? "!" : "";
        return "[" + flag + "u-ca=" + id + "]";
    }

    // Temporal §3.5.x TemporalDateToString ( temporalDate, showCalendar ), on its slots
    /// <summary>Returns "YYYY-MM-DD" plus the calendar annotation per <paramref name="showCalendar"/>.</summary>
    public static string TemporalDateToString(IsoDate date, string calendar, ShowCalendar showCalendar)
        => FormatISODate(date) + FormatCalendarAnnotation(calendar, showCalendar);

    // Temporal §13.x FormatUTCOffsetNanoseconds ( offsetNanoseconds )
    /// <summary>Returns "±HH:MM", or "±HH:MM:SS[.fff]" when the offset has seconds.</summary>
    public static string FormatUTCOffsetNanoseconds(long offsetNanoseconds)
    {
        string sign = offsetNanoseconds >= 0 ? "+" : "-";
        long abs = Math.Abs(offsetNanoseconds);
        long subSecond = abs % 1_000_000_000;
        long seconds = abs / 1_000_000_000 % 60;
        long minutes = abs / 60_000_000_000 % 60;
        long hours = abs / 3_600_000_000_000;
        int precision = seconds == 0 && subSecond == 0 ? TemporalOptions.PrecisionMinute : TemporalOptions.PrecisionAuto;
        return sign + FormatTimeString((int)hours, (int)minutes, (int)seconds, subSecond, precision);
    }

    // Temporal §11.x FormatOffsetTimeZoneIdentifier ( offsetMinutes [ , style ] )
    /// <summary>Returns "±HH:MM" (or "±HHMM" when not <paramref name="separated"/>) for an offset in minutes.</summary>
    public static string FormatOffsetTimeZoneIdentifier(int offsetMinutes, bool separated = true)
    {
        string sign = offsetMinutes >= 0 ? "+" : "-";
        int abs = Math.Abs(offsetMinutes);
        return sign + FormatTimeString(abs / 60, abs % 60, 0, 0, TemporalOptions.PrecisionMinute, separated);
    }

    // Temporal §13.x FormatDateTimeUTCOffsetRounded ( offsetNanoseconds )
    /// <summary>Returns the offset rounded to the minute (half-expand) as "±HH:MM".</summary>
    public static string FormatDateTimeUTCOffsetRounded(long offsetNanoseconds)
    {
        Int128 rounded = TimeMath.RoundNumberToIncrement(offsetNanoseconds, TimeMath.NsPerMinute, RoundingMode.HalfExpand);
        return FormatOffsetTimeZoneIdentifier((int)(rounded / TimeMath.NsPerMinute));
    }

    // Temporal §5.5.x ISODateTimeToString ( isoDateTime, calendar, precision, showCalendar )
    /// <summary>Returns "YYYY-MM-DDTHH:MM[:SS[.fff]]" plus the calendar annotation per <paramref name="showCalendar"/>.</summary>
    public static string ISODateTimeToString(IsoDateTime dateTime, string calendar, int precision, ShowCalendar showCalendar)
    {
        var sb = new StringBuilder(40);
        sb.Append(FormatISODate(dateTime.Date)).Append('T').Append(TimeRecordToString(dateTime.Time, precision));
        sb.Append(FormatCalendarAnnotation(calendar, showCalendar));
        return sb.ToString();
    }
}
