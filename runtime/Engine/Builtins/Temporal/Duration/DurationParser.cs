using System;
using System.Globalization;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins.Temporal;

/// <summary>Temporal §7.5.12 ParseTemporalDurationString over the ISO 8601 duration grammar (Temporal §13.33,
/// TemporalDurationString): [+|-] P [nY][nM][nW][nD] [T [n[.f]H][n[.f]M][n[.f]S]], designators case-insensitive, a
/// fraction (1-9 digits after '.' or ',') only on the last time unit given.</summary>
public static class DurationParser
{
    private readonly struct Component(string? whole, string? fraction)
    {
        public readonly string? Whole = whole;      // null: the unit is absent
        public readonly string? Fraction = fraction; // digits after the separator, null if none
    }

    public static JsDuration ParseTemporalDurationString(Realm realm, string text)
    {
        if (!TryParse(text, out var date, out var time, out bool negative))
            JsException.ThrowRangeError($"Temporal.Duration: invalid ISO 8601 duration string '{text}'");

        double years = Whole(date[0]), months = Whole(date[1]), weeks = Whole(date[2]), days = Whole(date[3]);
        double hours = Whole(time[0]);
        // The fractional part of the smallest given time unit spills into the smaller ones; computed exactly in
        // nanoseconds (at most 9 fraction digits, and an hour/minute/second is a multiple of 10^9 ns).
        double minutes, seconds;
        long spillNs;
        if (time[0].Fraction != null)
        {
            minutes = 0; seconds = 0;
            spillNs = FractionNs(time[0].Fraction!, 3_600_000_000_000L);
        }
        else if (time[1].Fraction != null)
        {
            minutes = Whole(time[1]); seconds = 0;
            spillNs = FractionNs(time[1].Fraction!, 60_000_000_000L);
        }
        else
        {
            minutes = Whole(time[1]); seconds = Whole(time[2]);
            spillNs = time[2].Fraction != null ? FractionNs(time[2].Fraction!, 1_000_000_000L) : 0;
        }
        minutes += spillNs / 60_000_000_000L; spillNs %= 60_000_000_000L;
        seconds += spillNs / 1_000_000_000L; spillNs %= 1_000_000_000L;
        double milliseconds = spillNs / 1_000_000, microseconds = spillNs / 1_000 % 1_000, nanoseconds = spillNs % 1_000;
        double f = negative ? -1 : 1;
        return DurationOperations.CreateTemporalDuration(realm, years * f, months * f, weeks * f, days * f, hours * f,
            minutes * f, seconds * f, milliseconds * f, microseconds * f, nanoseconds * f);
    }

    // The digit string's mathematical value as the nearest Number (double.Parse rounds correctly).
    private static double Whole(in Component c) => c.Whole == null ? 0 : double.Parse(c.Whole, NumberStyles.None, CultureInfo.InvariantCulture);

    private static long FractionNs(string digits, long unitNs)
    {
        long value = long.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
        long scale = 1;
        for (int i = 0; i < digits.Length; i++) scale *= 10;
        return value * (unitNs / scale);
    }

    private static bool TryParse(string s, out Component[] date, out Component[] time, out bool negative)
    {
        date = new Component[4];
        time = new Component[3];
        negative = false;
        int i = 0;
        if (i < s.Length && (s[i] == '+' || s[i] == '-')) { negative = s[i] == '-'; i++; }
        if (i >= s.Length || (s[i] != 'P' && s[i] != 'p')) return false;
        i++;
        bool any = false;
        int lastDate = -1;
        while (i < s.Length && s[i] != 'T' && s[i] != 't')
        {
            if (!ReadNumber(s, ref i, out string whole, out string? fraction) || fraction != null || i >= s.Length) return false;
            int index = char.ToUpperInvariant(s[i]) switch { 'Y' => 0, 'M' => 1, 'W' => 2, 'D' => 3, _ => -1 };
            if (index <= lastDate) return false;
            date[index] = new Component(whole, null);
            lastDate = index;
            any = true;
            i++;
        }
        if (i < s.Length)
        {
            i++; // the time designator T
            int lastTime = -1;
            bool anyTime = false;
            while (i < s.Length)
            {
                if (!ReadNumber(s, ref i, out string whole, out string? fraction) || i >= s.Length) return false;
                int index = char.ToUpperInvariant(s[i]) switch { 'H' => 0, 'M' => 1, 'S' => 2, _ => -1 };
                if (index <= lastTime) return false;
                time[index] = new Component(whole, fraction);
                lastTime = index;
                anyTime = true;
                i++;
                if (fraction != null && i < s.Length) return false; // a fraction only on the last unit
            }
            if (!anyTime) return false;
            any = true;
        }
        return any;
    }

    // DecimalDigits [TemporalDecimalFraction]
    private static bool ReadNumber(string s, ref int i, out string whole, out string? fraction)
    {
        fraction = null;
        int start = i;
        while (i < s.Length && char.IsAsciiDigit(s[i])) i++;
        whole = s.Substring(start, i - start);
        if (whole.Length == 0) return false;
        if (i < s.Length && (s[i] == '.' || s[i] == ','))
        {
            i++;
            int fs = i;
            while (i < s.Length && char.IsAsciiDigit(s[i])) i++;
            if (i - fs < 1 || i - fs > 9) return false;
            fraction = s.Substring(fs, i - fs);
        }
        return true;
    }
}
