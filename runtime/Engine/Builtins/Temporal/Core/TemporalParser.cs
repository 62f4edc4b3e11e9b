using System;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins.Temporal;

/// <summary>Temporal §13.x the ISO 8601 / RFC 9557 string grammar. (First part: offsets; the full grammar follows.)</summary>
public static class TemporalParser
{
    // Temporal §13.x ParseDateTimeUTCOffset ( offsetString )
    /// <summary>Returns the offset in nanoseconds of a UTCOffset[+SubMinutePrecision] string ("+05:30", "-0800", "+01:00:00.5"); RangeError otherwise.</summary>
    public static long ParseDateTimeUTCOffset(string offsetString)
    {
        int pos = 0;
        if (!TryUtcOffset(offsetString, ref pos, true, out long ns) || pos != offsetString.Length)
            JsException.ThrowRangeError($"invalid UTC offset: {offsetString}");
        return ns;
    }

    /// <summary>Returns the calendar of a calendar string (full grammar pending: accepts an AnnotationValue only).</summary>
    public static string ParseTemporalCalendarString(string isoString)
    {
        if (isoString.Length == 0) JsException.ThrowRangeError("empty calendar id");
        return isoString;
    }

    private static bool Digit(string s, int i) => i < s.Length && s[i] >= '0' && s[i] <= '9';

    private static bool TwoDigits(string s, int i, int max, out int value)
    {
        value = 0;
        if (!Digit(s, i) || !Digit(s, i + 1)) return false;
        value = (s[i] - '0') * 10 + (s[i + 1] - '0');
        return value <= max;
    }

    // UTCOffset[SubMinutePrecision] ::: ASCIISign Hour [TimeSeparator MinuteSecond [TimeSeparator MinuteSecond TemporalDecimalFraction?]]
    internal static bool TryUtcOffset(string s, ref int pos, bool subMinute, out long nanoseconds)
    {
        nanoseconds = 0;
        int p = pos;
        if (p >= s.Length || (s[p] != '+' && s[p] != '-')) return false;
        int sign = s[p] == '-' ? -1 : 1;
        p++;
        if (!TwoDigits(s, p, 23, out int h)) return false;
        p += 2;
        int m = 0, sec = 0; long frac = 0;
        if (p < s.Length && (s[p] == ':' || Digit(s, p)))
        {
            bool extended = s[p] == ':';
            if (extended) p++;
            if (!TwoDigits(s, p, 59, out m)) return false;
            p += 2;
            if (subMinute && p < s.Length && (extended ? s[p] == ':' : Digit(s, p)))
            {
                if (extended) p++;
                if (!TwoDigits(s, p, 59, out sec)) return false;
                p += 2;
                if (!TryFraction(s, ref p, out frac)) return false;
            }
        }
        nanoseconds = sign * ((((h * 60L + m) * 60) + sec) * 1_000_000_000L + frac);
        pos = p;
        return true;
    }

    // TemporalDecimalFraction ::: TemporalDecimalSeparator DecimalDigit{1,9} (optional: true with 0 when absent)
    internal static bool TryFraction(string s, ref int pos, out long nanoseconds)
    {
        nanoseconds = 0;
        if (pos >= s.Length || (s[pos] != '.' && s[pos] != ',')) return true;
        int p = pos + 1, n = 0;
        while (Digit(s, p))
        {
            if (++n > 9) return false;
            nanoseconds = nanoseconds * 10 + (s[p] - '0');
            p++;
        }
        if (n == 0) return false;
        for (int i = n; i < 9; i++) nanoseconds *= 10;
        pos = p;
        return true;
    }
}
