using System;

namespace Aot.Engine.Builtins.Date;

/// <summary>
/// A time zone for Date (ECMA-262 §21.4.1.25 LocalTZA, §21.4.1.26 LocalTime, §21.4.1.27 UTC),
/// built from tz database data (TZif bytes, RFC 8536) or a POSIX TZ rule. Offsets are exact to
/// the millisecond across the whole time value range (local mean time before the first
/// transition, the TZif footer rule after the last). The engine does no I/O: the host finds the
/// process's zone (TZ, /etc/localtime) and hands it over (Aot.Runtime.Platform.SystemTimeZone).
/// </summary>
public sealed class LocalTimeZone
{
    private readonly TzifZone _zone;

    /// <summary>The tz database id ("Europe/Berlin"), or the TZ string when there is none.</summary>
    public string Id { get; }

    private LocalTimeZone(string id, TzifZone zone)
    {
        Id = id;
        _zone = zone;
    }

    /// <summary>UTC, with ICU's name "Coordinated Universal Time".</summary>
    public static LocalTimeZone UtcZone { get; } = new("Etc/UTC", TzifZone.FromRule(PosixTimeZoneRule.Parse("UTC0")!));

    /// <summary>A zone from TZif bytes (RFC 8536), or null when they are not valid TZif.</summary>
    public static LocalTimeZone? FromTzif(string id, ReadOnlySpan<byte> data)
    {
        TzifZone? zone = TzifZone.Parse(data);
        return zone == null ? null : new LocalTimeZone(id, zone);
    }

    /// <summary>A zone from a POSIX TZ string ("EST5EDT,M3.2.0,M11.1.0"), or null when it is not one.</summary>
    public static LocalTimeZone? FromPosixRule(string tz)
    {
        PosixTimeZoneRule? rule = PosixTimeZoneRule.Parse(tz);
        return rule == null ? null : new LocalTimeZone(tz, TzifZone.FromRule(rule));
    }

    /// <summary>UTC offset in milliseconds at UTC time value <paramref name="t"/> (finite).</summary>
    public double OffsetAtUtc(double t) => _zone.OffsetAt(Math.Floor(t / 1000), out _) * 1000.0;

    /// <summary>Whether daylight saving time is in effect at UTC time value <paramref name="t"/>.</summary>
    public bool IsDaylightSavingTime(double t)
    {
        _zone.OffsetAt(Math.Floor(t / 1000), out bool isDst);
        return isDst;
    }

    /// <summary>
    /// §21.4.1.25 LocalTZA(t, isUTC) in milliseconds. For isUTC false, t is a local time: a time
    /// repeated by a backward transition takes the offset before the transition (the earlier
    /// instant) and a time skipped by a forward transition also takes the offset before the
    /// transition, as §21.4.1.26 UTC(t) specifies and V8 (ICU's LOCAL_FORMER) does.
    /// </summary>
    public double LocalTZA(double t, bool isUtc)
    {
        if (isUtc) return OffsetAtUtc(t);
        double before = OffsetAtUtc(t - DateMath.MsPerDay);
        double after = OffsetAtUtc(t + DateMath.MsPerDay);
        bool beforeValid = OffsetAtUtc(t - before) == before;
        if (before == after) return beforeValid ? before : OffsetAtUtc(t - before);
        bool afterValid = OffsetAtUtc(t - after) == after;
        if (beforeValid && afterValid) return t - before <= t - after ? before : after;
        if (afterValid) return after;
        return before;
    }

    /// <summary>§21.4.1.26 LocalTime(t) = t + LocalTZA(t, true).</summary>
    public double LocalTime(double t) => t + OffsetAtUtc(t);

    /// <summary>§21.4.1.27 UTC(t) = t − LocalTZA(t, false); NaN stays NaN.</summary>
    public double Utc(double t)
    {
        if (!double.IsFinite(t)) return double.NaN;
        return t - LocalTZA(t, false);
    }

    /// <summary>
    /// The long zone name for Date.prototype.toString at UTC time value t, as V8 prints it:
    /// the zone's current standard or daylight name, whichever applies at t, where times before
    /// 1970 or after 2038 are first mapped to an equivalent year in 2008-2035 (same leap-ness,
    /// same weekday of January 1; V8's DateCache::EquivalentTime).
    /// </summary>
    public string GetName(double t)
    {
        double probe = t < 0 || t > 2147483647000.0 ? EquivalentTime(t) : t;
        _zone.OffsetAt(Math.Floor(probe / 1000), out bool isDst);
        string? name = TimeZoneNames.Lookup(Id, isDst);
        if (name != null) return name;
        // Not in ICU's table: the localized GMT format of the standard offset.
        int offset = _zone.OffsetAt(Math.Floor(probe / 1000), out _);
        return TimeZoneNames.GmtFormat(offset);
    }

    /// <summary>V8's EquivalentTime: the same month, day and time in an equivalent year of 2008-2035.</summary>
    internal static double EquivalentTime(double t)
    {
        double day = DateMath.Day(t);
        double timeInDay = t - day * DateMath.MsPerDay;
        DateMath.YearMonthDate(t, out double year, out int month, out int date);
        int weekDay = DateMath.WeekDay(DateMath.TimeFromYear(year));
        int recent = (DateMath.IsLeapYear(year) ? 1956 : 1967) + (weekDay * 12) % 28;
        int equivalent = 2008 + (recent + 3 * 28 - 2008) % 28;
        double newDay = DateMath.MakeDay(equivalent, month, date);
        return newDay * DateMath.MsPerDay + timeInDay;
    }
}
