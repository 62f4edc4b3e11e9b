using System;

namespace Aot.Engine.Builtins.Date;

/// <summary>
/// A POSIX TZ string ("CET-1CEST,M3.5.0,M10.5.0/3", IEEE Std 1003.1 §8.3, with the RFC 8536
/// §3.3.1 extensions: hours up to ±167 in transition times). The tz database puts one in the
/// footer of every TZif v2+ file to describe all times after the last transition; the TZ
/// environment variable may also hold one directly.
/// </summary>
internal sealed class PosixTimeZoneRule
{
    public readonly int StdOffset;      // seconds east of UTC
    public readonly int DstOffset;      // seconds east of UTC
    public readonly bool HasDst;
    private readonly Rule _start;       // in local standard time
    private readonly Rule _end;         // in local daylight time

    private struct Rule
    {
        public char Kind;               // 'J' (1..365, no Feb 29), 'D' (0..365), 'M' (month.week.day)
        public int Day, Week, Month;
        public int Time;                // seconds after local midnight
    }

    private PosixTimeZoneRule(int std, int dst, bool hasDst, Rule start, Rule end)
    {
        StdOffset = std;
        DstOffset = dst;
        HasDst = hasDst;
        _start = start;
        _end = end;
    }

    /// <summary>Parses a TZ string; null when it is malformed.</summary>
    public static PosixTimeZoneRule? Parse(string s)
    {
        int i = 0;
        if (!SkipName(s, ref i)) return null;
        if (!ParseOffset(s, ref i, out int stdPosix)) return null;
        int std = -stdPosix;
        if (i == s.Length) return new PosixTimeZoneRule(std, std, false, default, default);
        if (!SkipName(s, ref i)) return null;
        int dst = std + 3600;
        if (i < s.Length && s[i] != ',')
        {
            if (!ParseOffset(s, ref i, out int dstPosix)) return null;
            dst = -dstPosix;
        }
        Rule start, end;
        if (i == s.Length)
        {
            // No rule: the US rule of 2007, as glibc assumes.
            start = new Rule { Kind = 'M', Month = 3, Week = 2, Day = 0, Time = 7200 };
            end = new Rule { Kind = 'M', Month = 11, Week = 1, Day = 0, Time = 7200 };
        }
        else
        {
            if (s[i++] != ',' || !ParseRule(s, ref i, out start)) return null;
            if (i >= s.Length || s[i++] != ',' || !ParseRule(s, ref i, out end)) return null;
            if (i != s.Length) return null;
        }
        return new PosixTimeZoneRule(std, dst, true, start, end);
    }

    private static bool SkipName(string s, ref int i)
    {
        if (i < s.Length && s[i] == '<')
        {
            int close = s.IndexOf('>', i);
            if (close < 0) return false;
            i = close + 1;
            return true;
        }
        int start = i;
        while (i < s.Length && char.IsAsciiLetter(s[i])) i++;
        return i - start >= 3;
    }

    private static bool ParseOffset(string s, ref int i, out int seconds)
    {
        int sign = 1;
        if (i < s.Length && (s[i] == '+' || s[i] == '-')) { if (s[i] == '-') sign = -1; i++; }
        if (!ParseHms(s, ref i, out seconds)) return false;
        seconds *= sign;
        return true;
    }

    private static bool ParseHms(string s, ref int i, out int seconds)
    {
        seconds = 0;
        if (!ParseInt(s, ref i, out int h)) return false;
        seconds = h * 3600;
        if (i < s.Length && s[i] == ':')
        {
            i++;
            if (!ParseInt(s, ref i, out int m)) return false;
            seconds += m * 60;
            if (i < s.Length && s[i] == ':')
            {
                i++;
                if (!ParseInt(s, ref i, out int sec)) return false;
                seconds += sec;
            }
        }
        return true;
    }

    private static bool ParseInt(string s, ref int i, out int value)
    {
        value = 0;
        int start = i;
        while (i < s.Length && char.IsAsciiDigit(s[i]) && i - start < 6) value = value * 10 + (s[i++] - '0');
        return i > start;
    }

    private static bool ParseRule(string s, ref int i, out Rule rule)
    {
        rule = new Rule { Time = 7200 };
        if (i >= s.Length) return false;
        if (s[i] == 'J')
        {
            i++;
            rule.Kind = 'J';
            if (!ParseInt(s, ref i, out rule.Day)) return false;
        }
        else if (s[i] == 'M')
        {
            i++;
            rule.Kind = 'M';
            if (!ParseInt(s, ref i, out rule.Month) || i >= s.Length || s[i++] != '.') return false;
            if (!ParseInt(s, ref i, out rule.Week) || i >= s.Length || s[i++] != '.') return false;
            if (!ParseInt(s, ref i, out rule.Day)) return false;
            if (rule.Month < 1 || rule.Month > 12 || rule.Week < 1 || rule.Week > 5 || rule.Day > 6) return false;
        }
        else
        {
            rule.Kind = 'D';
            if (!ParseInt(s, ref i, out rule.Day)) return false;
        }
        if (i < s.Length && s[i] == '/')
        {
            i++;
            if (!ParseOffset(s, ref i, out rule.Time)) return false;
        }
        return true;
    }

    /// <summary>Day number (days since the epoch) on which the rule falls in year y.</summary>
    private static double RuleDay(in Rule r, double y)
    {
        double yearStart = DateMath.DayFromYear(y);
        bool leap = DateMath.IsLeapYear(y);
        switch (r.Kind)
        {
            case 'J':
                return yearStart + r.Day - 1 + (leap && r.Day >= 60 ? 1 : 0);
            case 'D':
                return yearStart + r.Day;
            default:
            {
                double first = DateMath.MakeDay(y, r.Month - 1, 1);
                int weekday = (int)DateMath.Modulo(first + 4, 7);
                double day = first + (r.Day - weekday + 7) % 7 + 7 * (r.Week - 1);
                double nextMonth = DateMath.MakeDay(y, r.Month, 1);
                while (day >= nextMonth) day -= 7;
                return day;
            }
        }
    }

    /// <summary>The UTC instants (seconds) at which DST starts and ends in year <paramref name="year"/> (rule has DST);
    /// used by Temporal's transition search.</summary>
    internal void TransitionsInYear(double year, out double start, out double end)
    {
        start = RuleDay(_start, year) * 86400 + _start.Time - StdOffset;
        end = RuleDay(_end, year) * 86400 + _end.Time - DstOffset;
    }

    /// <summary>UTC offset in seconds, and whether DST applies, at UTC time <paramref name="seconds"/>.</summary>
    public int OffsetAt(double seconds, out bool isDst)
    {
        isDst = false;
        if (!HasDst) return StdOffset;
        double year = DateMath.YearFromTime((seconds + StdOffset) * 1000);
        // Transition instants in UTC seconds: start is given in standard time, end in DST.
        double start = RuleDay(_start, year) * 86400 + _start.Time - StdOffset;
        double end = RuleDay(_end, year) * 86400 + _end.Time - DstOffset;
        if (start < end)
            isDst = seconds >= start && seconds < end;
        else
            isDst = !(seconds >= end && seconds < start);
        return isDst ? DstOffset : StdOffset;
    }
}
