using System;
using System.Collections.Generic;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins.Temporal;

/// <summary>The goal symbols ParseISODateTime may try (Temporal §13.x "ISO 8601 grammar"), as flags; tried in this order.</summary>
[Flags]
public enum IsoStringFormat
{
    /// <summary>TemporalDateTimeString[+Zoned]: a date-time (Z allowed) with a required time zone annotation.</summary>
    ZonedDateTime = 1,
    /// <summary>TemporalDateTimeString[~Zoned]: a date with an optional time, no Z.</summary>
    DateTime = 2,
    /// <summary>TemporalInstantString: date, time, and Z or an offset.</summary>
    Instant = 4,
    /// <summary>TemporalTimeString: a time (optionally 'T'-prefixed) or a date-time with a time.</summary>
    Time = 8,
    /// <summary>TemporalMonthDayString: MM-DD / --MM-DD or a date-time.</summary>
    MonthDay = 16,
    /// <summary>TemporalYearMonthString: YYYY-MM or a date-time.</summary>
    YearMonth = 32,
    /// <summary>Every format (ParseTemporalCalendarString, ParseTemporalTimeZoneString).</summary>
    All = 63,
}

/// <summary>The ISO Date-Time Parse Record ParseISODateTime returns.</summary>
public sealed class IsoParseResult
{
    /// <summary>[[Year]]; null for a month-day string without a year.</summary>
    public int? Year { get; init; }
    public int Month { get; init; }
    public int Day { get; init; }
    /// <summary>[[Time]]; null is START-OF-DAY (the string has no time part).</summary>
    public IsoTime? Time { get; init; }
    /// <summary>[[TimeZone]].[[Z]]: the string had the UTC designator Z.</summary>
    public bool Z { get; init; }
    /// <summary>[[TimeZone]].[[OffsetString]]: the UTC offset text as written, or null.</summary>
    public string? OffsetString { get; init; }
    /// <summary>[[TimeZone]].[[TimeZoneAnnotation]]: the bracketed time zone identifier, or null.</summary>
    public string? TimeZoneAnnotation { get; init; }
    /// <summary>[[Calendar]]: the first u-ca annotation value as written, or null.</summary>
    public string? Calendar { get; init; }
    /// <summary>The ISO date (year 1972 for a month-day without a year).</summary>
    public IsoDate Date => new(Year ?? 1972, Month, Day);
}

/// <summary>The record ParseTimeZoneIdentifier returns: a named zone (Name) or an offset zone (OffsetMinutes).</summary>
public readonly record struct TimeZoneIdentifierParse(string? Name, int? OffsetMinutes);

/// <summary>
/// Temporal §13.x the ISO 8601 / RFC 9557 string grammar ("ISO 8601 grammar") and its parse operations.
/// A hand-written recursive-descent parser: each goal is tried in turn on the whole string (ParseText);
/// the early errors (month-day validity in the 'T'-less time ambiguity, -000000, critical annotations,
/// repeated calendars) are checked as the spec states them. Every failure is a RangeError.
/// </summary>
public static class TemporalParser
{
    private sealed class Annotation(bool critical, string key, string value)
    {
        public bool Critical = critical;
        public string Key = key;
        public string Value = value;
    }

    /// <summary>What one successful ParseText produced.</summary>
    private sealed class Parsed
    {
        public int? Year;
        public int Month = 1, Day = 1;
        public bool HasTime;
        public int Hour, Minute, Second;
        public long Fraction;
        public bool Z;
        public string? Offset;
        public string? TimeZone;
        public List<Annotation>? Annotations;
        public bool ShortForm; // AnnotatedYearMonth / AnnotatedMonthDay
    }

    // ------------------------------------------------------------------ public operations

    // Temporal §13.x ParseISODateTime ( isoString, allowedFormats )
    /// <summary>Returns the parse record of <paramref name="isoString"/> under the first goal of <paramref name="formats"/> that
    /// matches; RangeError when none does, or for an invalid date, a critical unknown annotation, or conflicting calendars.</summary>
    public static IsoParseResult ParseISODateTime(string isoString, IsoStringFormat formats)
    {
        var result = TryParseISODateTime(isoString, formats, out string? error);
        if (result == null) JsException.ThrowRangeError(error!);
        return result;
    }

    /// <summary>Returns the parse record, or null with a message (the non-throwing form of ParseISODateTime).</summary>
    public static IsoParseResult? TryParseISODateTime(string isoString, IsoStringFormat formats, out string? error)
    {
        error = null;
        Parsed? p = null;
        IsoStringFormat goal = 0;
        foreach (var f in (ReadOnlySpan<IsoStringFormat>)[IsoStringFormat.ZonedDateTime, IsoStringFormat.DateTime, IsoStringFormat.Instant, IsoStringFormat.Time, IsoStringFormat.MonthDay, IsoStringFormat.YearMonth])
        {
            if ((formats & f) == 0) continue;
            p = ParseGoal(isoString, f);
            if (p != null) { goal = f; break; }
        }
        if (p == null) { error = $"Invalid ISO 8601 string: {isoString}"; return null; }

        // Annotations: the first u-ca wins; a second one is an error when either is critical; other critical keys are errors.
        string? calendar = null;
        bool calendarWasCritical = false;
        if (p.Annotations != null)
        {
            bool seenCalendar = false;
            foreach (var a in p.Annotations)
            {
                if (a.Key == "u-ca")
                {
                    if (!seenCalendar)
                    {
                        seenCalendar = true;
                        calendar = a.Value;
                        calendarWasCritical = a.Critical;
                    }
                    else if (a.Critical || calendarWasCritical) { error = $"Conflicting calendar annotations in {isoString}"; return null; }
                }
                else if (a.Critical) { error = $"Unknown critical annotation [!{a.Key}={a.Value}] in {isoString}"; return null; }
            }
        }
        if (p.ShortForm && (goal == IsoStringFormat.YearMonth || goal == IsoStringFormat.MonthDay)
            && calendar != null && !string.Equals(calendar, "iso8601", StringComparison.OrdinalIgnoreCase))
        {
            error = $"{(goal == IsoStringFormat.YearMonth ? "year-month" : "month-day")} strings without a day/year must use the ISO 8601 calendar: {isoString}";
            return null;
        }
        if (!IsoCalendarMath.IsValidISODate(p.Year ?? 1972, p.Month, p.Day)) { error = $"Invalid ISO date in {isoString}"; return null; }
        IsoTime? time = null;
        if (p.HasTime)
        {
            int second = p.Second == 60 ? 59 : p.Second; // a leap second is read as :59
            time = new IsoTime(p.Hour, p.Minute, second, (int)(p.Fraction / 1_000_000), (int)(p.Fraction / 1000 % 1000), (int)(p.Fraction % 1000));
        }
        return new IsoParseResult
        {
            Year = p.Year, Month = p.Month, Day = p.Day, Time = time,
            Z = p.Z, OffsetString = p.Offset, TimeZoneAnnotation = p.TimeZone, Calendar = calendar,
        };
    }

    // Temporal §13.x ParseTemporalTimeString ( isoString )
    /// <summary>Returns the parse record of a TemporalTimeString (a time, 'T'-prefixed time, or date-time with a time; no Z).</summary>
    public static IsoParseResult ParseTemporalTimeString(string isoString)
    {
        var r = ParseISODateTime(isoString, IsoStringFormat.Time);
        if (r.Time == null || r.Z) JsException.ThrowRangeError($"Invalid time string: {isoString}");
        return r;
    }

    /// <summary>Returns the parse record of a TemporalDateTimeString[~Zoned] (what PlainDate and PlainDateTime accept).</summary>
    public static IsoParseResult ParseTemporalDateTimeString(string isoString) => ParseISODateTime(isoString, IsoStringFormat.DateTime);

    /// <summary>Returns the parse record of a TemporalDateTimeString[~Zoned] (the same grammar as ParseTemporalDateTimeString).</summary>
    public static IsoParseResult ParseTemporalDateString(string isoString) => ParseISODateTime(isoString, IsoStringFormat.DateTime);

    /// <summary>Returns the parse record of a TemporalYearMonthString (Day is 1 for the short form YYYY-MM).</summary>
    public static IsoParseResult ParseTemporalYearMonthString(string isoString) => ParseISODateTime(isoString, IsoStringFormat.YearMonth);

    /// <summary>Returns the parse record of a TemporalMonthDayString (Year null for the short form MM-DD).</summary>
    public static IsoParseResult ParseTemporalMonthDayString(string isoString) => ParseISODateTime(isoString, IsoStringFormat.MonthDay);

    /// <summary>Returns the parse record of a TemporalDateTimeString[+Zoned] (time zone annotation required, Z allowed).</summary>
    public static IsoParseResult ParseTemporalZonedDateTimeString(string isoString) => ParseISODateTime(isoString, IsoStringFormat.ZonedDateTime);

    // Temporal §8.x ParseTemporalInstantString ( isoString )
    /// <summary>Returns the parse record of a TemporalInstantString: date, time, and Z (Z true) or an offset (OffsetString set).</summary>
    public static IsoParseResult ParseTemporalInstantString(string isoString) => ParseISODateTime(isoString, IsoStringFormat.Instant);

    // Temporal §12.x ParseTemporalCalendarString ( string )
    /// <summary>Returns the calendar named by an ISO string's u-ca annotation ("iso8601" when it has none), or the string itself
    /// when it is a bare calendar id (AnnotationValue); RangeError otherwise. Not canonicalized.</summary>
    public static string ParseTemporalCalendarString(string isoString)
    {
        var r = TryParseISODateTime(isoString, IsoStringFormat.All, out _);
        if (r != null) return r.Calendar ?? "iso8601";
        int pos = 0;
        if (ScanAnnotationValue(isoString, ref pos) && pos == isoString.Length) return isoString;
        return ThrowRange($"Invalid calendar: {isoString}");
    }

    // Temporal §11.x ParseTemporalTimeZoneString ( timeZoneString )
    /// <summary>Returns the time zone of a string: a bare identifier, else the bracketed annotation, Z ("UTC") or the offset of
    /// an ISO date-time string; RangeError when there is none (or a sub-minute offset).</summary>
    public static TimeZoneIdentifierParse ParseTemporalTimeZoneString(string timeZoneString)
    {
        var id = TryParseTimeZoneIdentifier(timeZoneString);
        if (id != null) return id.Value;
        var r = TryParseISODateTime(timeZoneString, IsoStringFormat.All, out _);
        if (r == null) return ThrowRange<TimeZoneIdentifierParse>($"Invalid time zone: {timeZoneString}");
        if (r.TimeZoneAnnotation != null) return ParseTimeZoneIdentifier(r.TimeZoneAnnotation);
        if (r.Z) return ParseTimeZoneIdentifier("UTC");
        if (r.OffsetString != null) return ParseTimeZoneIdentifier(r.OffsetString);
        return ThrowRange<TimeZoneIdentifierParse>($"No time zone in {timeZoneString}");
    }

    // Temporal §11.x ParseTimeZoneIdentifier ( identifier )
    /// <summary>Returns {Name} for an IANA-name-shaped identifier (not checked against the database) or {OffsetMinutes} for
    /// "±HH[:MM]"; RangeError otherwise (including sub-minute offsets).</summary>
    public static TimeZoneIdentifierParse ParseTimeZoneIdentifier(string identifier)
    {
        var r = TryParseTimeZoneIdentifier(identifier);
        if (r == null) JsException.ThrowRangeError($"Invalid time zone identifier: {identifier}");
        return r.Value;
    }

    /// <summary>The non-throwing ParseTimeZoneIdentifier (null when it does not parse).</summary>
    public static TimeZoneIdentifierParse? TryParseTimeZoneIdentifier(string identifier)
    {
        int pos = 0;
        if (TryUtcOffset(identifier, ref pos, false, out long ns) && pos == identifier.Length)
            return new TimeZoneIdentifierParse(null, (int)(ns / 60_000_000_000L));
        pos = 0;
        if (ScanIanaName(identifier, ref pos) && pos == identifier.Length) return new TimeZoneIdentifierParse(identifier, null);
        return null;
    }

    // Temporal §13.x ParseDateTimeUTCOffset ( offsetString )
    /// <summary>Returns the offset in nanoseconds of a UTCOffset[+SubMinutePrecision] string ("+05:30", "-0800", "+01:00:00.5"); RangeError otherwise.</summary>
    public static long ParseDateTimeUTCOffset(string offsetString)
    {
        int pos = 0;
        if (!TryUtcOffset(offsetString, ref pos, true, out long ns) || pos != offsetString.Length)
            JsException.ThrowRangeError($"Invalid UTC offset: {offsetString}");
        return ns;
    }

    /// <summary>Returns true when <paramref name="s"/> is a UTCOffset with at most minute precision ("+05:30", "-08").</summary>
    public static bool IsOffsetWithoutSubMinutePrecision(string s)
    {
        int pos = 0;
        return TryUtcOffset(s, ref pos, false, out _) && pos == s.Length;
    }

    private static string ThrowRange(string message) { JsException.ThrowRangeError(message); return ""; }
    private static T ThrowRange<T>(string message) { JsException.ThrowRangeError(message); return default!; }

    // ------------------------------------------------------------------ goals

    private static Parsed? ParseGoal(string s, IsoStringFormat goal)
    {
        switch (goal)
        {
            case IsoStringFormat.ZonedDateTime: return AnnotatedDateTime(s, zoned: true, timeRequired: false);
            case IsoStringFormat.DateTime: return AnnotatedDateTime(s, zoned: false, timeRequired: false);
            case IsoStringFormat.Instant:
            {
                var p = new Parsed();
                int pos = 0;
                if (!DateSpec(s, ref pos, p) || !DateTimeSeparator(s, ref pos) || !TimeSpec(s, ref pos, p)) return null;
                if (!DateTimeUtcOffset(s, ref pos, p, allowZ: true)) return null;
                if (!p.Z && p.Offset == null) return null;
                return AnnotationsToEnd(s, pos, p, allowTimeZone: true) ? p : null;
            }
            case IsoStringFormat.Time: return AnnotatedTime(s) ?? AnnotatedDateTime(s, zoned: false, timeRequired: true);
            case IsoStringFormat.MonthDay: return AnnotatedMonthDay(s) ?? AnnotatedDateTime(s, zoned: false, timeRequired: false);
            case IsoStringFormat.YearMonth: return AnnotatedYearMonth(s) ?? AnnotatedDateTime(s, zoned: false, timeRequired: false);
        }
        return null;
    }

    // AnnotatedDateTime[Zoned, TimeRequired] :::
    //   [~Zoned] DateTime[~Z, ?TimeRequired] TimeZoneAnnotation? Annotations?
    //   [+Zoned] DateTime[+Z, ?TimeRequired] TimeZoneAnnotation Annotations?
    private static Parsed? AnnotatedDateTime(string s, bool zoned, bool timeRequired)
    {
        var p = new Parsed();
        int pos = 0;
        if (!DateSpec(s, ref pos, p)) return null;
        if (pos < s.Length && IsDateTimeSeparator(s[pos]))
        {
            pos++;
            if (!TimeSpec(s, ref pos, p)) return null;
            if (!DateTimeUtcOffset(s, ref pos, p, allowZ: zoned)) return null;
        }
        else if (timeRequired) return null;
        if (!AnnotationsToEnd(s, pos, p, allowTimeZone: true)) return null;
        if (zoned && p.TimeZone == null) return null;
        return p;
    }

    // AnnotatedTime ::: TimeDesignator Time DateTimeUTCOffset[~Z]? TimeZoneAnnotation? Annotations?
    //                 | Time DateTimeUTCOffset[~Z]? TimeZoneAnnotation? Annotations?
    // Early errors of the second form: "Time DateTimeUTCOffset" must not also be a DateSpecMonthDay or DateSpecYearMonth.
    private static Parsed? AnnotatedTime(string s)
    {
        var p = new Parsed();
        int pos = 0;
        bool designator = pos < s.Length && (s[pos] == 'T' || s[pos] == 't');
        if (designator) pos++;
        int start = pos;
        if (!TimeSpec(s, ref pos, p)) return null;
        if (!DateTimeUtcOffset(s, ref pos, p, allowZ: false)) return null;
        if (!designator)
        {
            string head = s.Substring(start, pos - start);
            if (IsDateSpecMonthDay(head) || IsDateSpecYearMonth(head)) return null;
        }
        return AnnotationsToEnd(s, pos, p, allowTimeZone: true) ? p : null;
    }

    // AnnotatedYearMonth ::: DateSpecYearMonth TimeZoneAnnotation? Annotations?
    private static Parsed? AnnotatedYearMonth(string s)
    {
        var p = new Parsed { ShortForm = true };
        int pos = 0;
        if (!DateSpecYearMonth(s, ref pos, p)) return null;
        return AnnotationsToEnd(s, pos, p, allowTimeZone: true) ? p : null;
    }

    // AnnotatedMonthDay ::: DateSpecMonthDay TimeZoneAnnotation? Annotations?
    private static Parsed? AnnotatedMonthDay(string s)
    {
        var p = new Parsed { ShortForm = true };
        int pos = 0;
        if (!DateSpecMonthDay(s, ref pos, p)) return null;
        return AnnotationsToEnd(s, pos, p, allowTimeZone: true) ? p : null;
    }

    private static bool IsDateSpecMonthDay(string text)
    {
        int pos = 0;
        var p = new Parsed();
        return DateSpecMonthDay(text, ref pos, p) && pos == text.Length;
    }

    private static bool IsDateSpecYearMonth(string text)
    {
        int pos = 0;
        var p = new Parsed();
        return DateSpecYearMonth(text, ref pos, p) && pos == text.Length;
    }

    // ------------------------------------------------------------------ productions

    private static bool Digit(string s, int i) => i < s.Length && s[i] >= '0' && s[i] <= '9';
    private static bool IsDateTimeSeparator(char c) => c == 'T' || c == 't' || c == ' ';
    private static bool IsAsciiAlpha(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

    private static bool DateTimeSeparator(string s, ref int pos)
    {
        if (pos < s.Length && IsDateTimeSeparator(s[pos])) { pos++; return true; }
        return false;
    }

    private static bool TwoDigits(string s, int i, int min, int max, out int value)
    {
        value = 0;
        if (!Digit(s, i) || !Digit(s, i + 1)) return false;
        value = (s[i] - '0') * 10 + (s[i + 1] - '0');
        return value >= min && value <= max;
    }

    // DateYear ::: DecimalDigit{4} | ASCIISign DecimalDigit{6}   (early error: -000000)
    private static bool DateYear(string s, ref int pos, out int year)
    {
        year = 0;
        int p = pos;
        if (p < s.Length && (s[p] == '+' || s[p] == '-'))
        {
            bool negative = s[p] == '-';
            p++;
            for (int i = 0; i < 6; i++, p++)
            {
                if (!Digit(s, p)) return false;
                year = year * 10 + (s[p] - '0');
            }
            if (negative && year == 0) return false;
            if (negative) year = -year;
        }
        else
        {
            for (int i = 0; i < 4; i++, p++)
            {
                if (!Digit(s, p)) return false;
                year = year * 10 + (s[p] - '0');
            }
        }
        pos = p;
        return true;
    }

    // DateSpec[Extended] ::: DateYear DateSeparator[?Extended] DateMonth DateSeparator[?Extended] DateDay
    private static bool DateSpec(string s, ref int pos, Parsed r)
    {
        int p = pos;
        if (!DateYear(s, ref p, out int year)) return false;
        bool extended = p < s.Length && s[p] == '-';
        if (extended) p++;
        if (!TwoDigits(s, p, 1, 12, out int month)) return false;
        p += 2;
        if (extended)
        {
            if (p >= s.Length || s[p] != '-') return false;
            p++;
        }
        if (!TwoDigits(s, p, 1, 31, out int day)) return false;
        p += 2;
        r.Year = year; r.Month = month; r.Day = day;
        pos = p;
        return true;
    }

    // DateSpecYearMonth ::: DateYear DateSeparator[+Extended]? DateMonth
    private static bool DateSpecYearMonth(string s, ref int pos, Parsed r)
    {
        int p = pos;
        if (!DateYear(s, ref p, out int year)) return false;
        if (p < s.Length && s[p] == '-') p++;
        if (!TwoDigits(s, p, 1, 12, out int month)) return false;
        p += 2;
        r.Year = year; r.Month = month; r.Day = 1;
        pos = p;
        return true;
    }

    // DateSpecMonthDay ::: --? DateMonth DateSeparator? DateDay  (early error: the day must exist in that month of a leap year)
    private static bool DateSpecMonthDay(string s, ref int pos, Parsed r)
    {
        int p = pos;
        if (p + 1 < s.Length && s[p] == '-' && s[p + 1] == '-') p += 2;
        if (!TwoDigits(s, p, 1, 12, out int month)) return false;
        p += 2;
        if (p < s.Length && s[p] == '-') p++;
        if (!TwoDigits(s, p, 1, 31, out int day)) return false;
        p += 2;
        if (day > IsoCalendarMath.ISODaysInMonth(1972, month)) return false;
        r.Year = null; r.Month = month; r.Day = day;
        pos = p;
        return true;
    }

    // Time ::: TimeSpec[+Extended] | TimeSpec[~Extended]
    // TimeSpec[Extended] ::: Hour | Hour TimeSeparator MinuteSecond | Hour TimeSeparator MinuteSecond TimeSeparator TimeSecond TemporalDecimalFraction?
    // (a fraction only after seconds: no fractional hours or minutes)
    private static bool TimeSpec(string s, ref int pos, Parsed r)
    {
        int p = pos;
        if (!TwoDigits(s, p, 0, 23, out int hour)) return false;
        p += 2;
        int minute = 0, second = 0;
        long fraction = 0;
        if (p < s.Length && (s[p] == ':' || Digit(s, p)))
        {
            bool extended = s[p] == ':';
            if (extended) p++;
            if (!TwoDigits(s, p, 0, 59, out minute)) return false;
            p += 2;
            if (p < s.Length && (extended ? s[p] == ':' : Digit(s, p)))
            {
                if (extended) p++;
                if (!TwoDigits(s, p, 0, 60, out second)) return false;
                p += 2;
                if (!TryFraction(s, ref p, out fraction)) return false;
            }
        }
        r.HasTime = true;
        r.Hour = hour; r.Minute = minute; r.Second = second; r.Fraction = fraction;
        pos = p;
        return true;
    }

    // DateTimeUTCOffset[Z] ::: [+Z] UTCDesignator | UTCOffset[+SubMinutePrecision]   (optional where used)
    private static bool DateTimeUtcOffset(string s, ref int pos, Parsed r, bool allowZ)
    {
        if (pos >= s.Length) return true;
        char c = s[pos];
        if (c == 'Z' || c == 'z')
        {
            if (!allowZ) return false;
            r.Z = true;
            pos++;
            return true;
        }
        if (c == '+' || c == '-')
        {
            int start = pos;
            if (!TryUtcOffset(s, ref pos, true, out _)) return false;
            r.Offset = s.Substring(start, pos - start);
        }
        return true;
    }

    // UTCOffset[SubMinutePrecision] ::: ASCIISign Hour [TimeSeparator MinuteSecond [TimeSeparator MinuteSecond TemporalDecimalFraction?]]
    // (the separators all present or all absent; seconds only with SubMinutePrecision)
    internal static bool TryUtcOffset(string s, ref int pos, bool subMinute, out long nanoseconds)
    {
        nanoseconds = 0;
        int p = pos;
        if (p >= s.Length || (s[p] != '+' && s[p] != '-')) return false;
        int sign = s[p] == '-' ? -1 : 1;
        p++;
        if (!TwoDigits(s, p, 0, 23, out int h)) return false;
        p += 2;
        int m = 0, sec = 0;
        long frac = 0;
        if (p < s.Length && (s[p] == ':' || Digit(s, p)))
        {
            bool extended = s[p] == ':';
            if (extended) p++;
            if (!TwoDigits(s, p, 0, 59, out m)) return false;
            p += 2;
            if (subMinute && p < s.Length && (extended ? s[p] == ':' : Digit(s, p)))
            {
                if (extended) p++;
                if (!TwoDigits(s, p, 0, 59, out sec)) return false;
                p += 2;
                if (!TryFraction(s, ref p, out frac)) return false;
            }
        }
        nanoseconds = sign * ((((h * 60L + m) * 60) + sec) * 1_000_000_000L + frac);
        pos = p;
        return true;
    }

    // TemporalDecimalFraction ::: TemporalDecimalSeparator DecimalDigit{1,9}   (optional: 0 when absent)
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

    // TimeZoneAnnotation? Annotations? and then the end of the string.
    // TimeZoneAnnotation ::: [ AnnotationCriticalFlag? TimeZoneIdentifier ]
    // Annotation ::: [ AnnotationCriticalFlag? AnnotationKey = AnnotationValue ]
    private static bool AnnotationsToEnd(string s, int pos, Parsed r, bool allowTimeZone)
    {
        bool first = true;
        while (pos < s.Length)
        {
            if (s[pos] != '[') return false;
            int close = s.IndexOf(']', pos + 1);
            if (close < 0) return false;
            int p = pos + 1;
            bool critical = p < close && s[p] == '!';
            if (critical) p++;
            string body = s.Substring(p, close - p);
            int eq = body.IndexOf('=');
            if (eq >= 0)
            {
                string key = body.Substring(0, eq), value = body.Substring(eq + 1);
                int kp = 0, vp = 0;
                if (!ScanAnnotationKey(key, ref kp) || kp != key.Length) return false;
                if (!ScanAnnotationValue(value, ref vp) || vp != value.Length) return false;
                (r.Annotations ??= []).Add(new Annotation(critical, key, value));
            }
            else
            {
                if (!first || !allowTimeZone) return false;
                if (TryParseTimeZoneIdentifier(body) == null) return false;
                r.TimeZone = body;
            }
            first = false;
            pos = close + 1;
        }
        return true;
    }

    // AnnotationKey ::: AKeyLeadingChar AKeyChar*  (AKeyLeadingChar: a-z or _; AKeyChar adds digits and -)
    private static bool ScanAnnotationKey(string s, ref int pos)
    {
        int p = pos;
        if (p >= s.Length || !((s[p] >= 'a' && s[p] <= 'z') || s[p] == '_')) return false;
        p++;
        while (p < s.Length && ((s[p] >= 'a' && s[p] <= 'z') || s[p] == '_' || s[p] == '-' || (s[p] >= '0' && s[p] <= '9'))) p++;
        pos = p;
        return true;
    }

    // AnnotationValue ::: AnnotationValueComponent ( - AnnotationValueComponent )*   (components: one or more ASCII alphanumerics)
    private static bool ScanAnnotationValue(string s, ref int pos)
    {
        int p = pos;
        while (true)
        {
            int start = p;
            while (p < s.Length && (IsAsciiAlpha(s[p]) || (s[p] >= '0' && s[p] <= '9'))) p++;
            if (p == start) return false;
            if (p < s.Length && s[p] == '-' && p + 1 < s.Length) { p++; continue; }
            break;
        }
        pos = p;
        return true;
    }

    // TimeZoneIANAName ::: TimeZoneIANANameComponent ( / TimeZoneIANANameComponent )*
    // TimeZoneIANANameComponent ::: TZLeadingChar TZChar*  (TZLeadingChar: Alpha . _ ; TZChar adds digits - +; not "." or "..")
    private static bool ScanIanaName(string s, ref int pos)
    {
        int p = pos;
        while (true)
        {
            int start = p;
            if (p >= s.Length || !(IsAsciiAlpha(s[p]) || s[p] == '.' || s[p] == '_')) return false;
            p++;
            while (p < s.Length && (IsAsciiAlpha(s[p]) || s[p] == '.' || s[p] == '_' || s[p] == '-' || s[p] == '+' || (s[p] >= '0' && s[p] <= '9'))) p++;
            int len = p - start;
            if ((len == 1 && s[start] == '.') || (len == 2 && s[start] == '.' && s[start + 1] == '.')) return false;
            if (p < s.Length && s[p] == '/') { p++; continue; }
            break;
        }
        pos = p;
        return true;
    }
}
