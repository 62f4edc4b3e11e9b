using System;
using System.Collections.Generic;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins.Temporal;

/// <summary>
/// Temporal's time zone abstract operations (Temporal proposal, "Time Zones"). A time zone is a String:
/// an available named identifier as the database spells it ("Asia/Calcutta", "UTC") or an offset
/// identifier "±HH:MM" as FormatOffsetTimeZoneIdentifier writes it. Named zones come from the realm's
/// <see cref="TimeZoneDatabase"/> (set by the host).
/// </summary>
public static partial class TimeZones
{
    private const long NsPerMinute = 60_000_000_000L;

    private static TimeZoneDatabase Database(Realm realm) => realm.NamedTimeZones ?? TimeZoneDatabase.UtcOnly;

    /// <summary>Temporal §GetAvailableNamedTimeZoneIdentifier: the identifier record of <paramref name="name"/>, matched
    /// ASCII-case-insensitively, or false.</summary>
    public static bool GetAvailableNamedTimeZoneIdentifier(Realm realm, string name, out string identifier, out string primaryIdentifier)
        => Database(realm).TryGetIdentifier(name, out identifier, out primaryIdentifier);

    /// <summary>Whether a time zone slot value is an offset identifier ("+05:30"); named identifiers never start with a sign.</summary>
    public static bool IsOffsetTimeZoneIdentifier(string timeZone) => timeZone.Length > 0 && (timeZone[0] == '+' || timeZone[0] == '-');

    /// <summary>The offset in minutes of an offset identifier in the canonical "±HH:MM" form that time zone slots hold
    /// (ParseTimeZoneIdentifier's [[OffsetMinutes]] for that form).</summary>
    private static int CanonicalOffsetMinutes(string timeZone)
    {
        int minutes = ((timeZone[1] - '0') * 10 + (timeZone[2] - '0')) * 60 + (timeZone[4] - '0') * 10 + (timeZone[5] - '0');
        return timeZone[0] == '-' ? -minutes : minutes;
    }

    private static NamedTimeZone Zone(Realm realm, string timeZone)
    {
        var db = Database(realm);
        return db.TryGetIdentifier(timeZone, out _, out string primary) ? db.GetZone(primary) : NamedTimeZone.Utc;
    }

    /// <summary>Temporal §GetOffsetNanosecondsFor.</summary>
    public static long GetOffsetNanosecondsFor(Realm realm, string timeZone, Int128 epochNs)
    {
        if (IsOffsetTimeZoneIdentifier(timeZone)) return CanonicalOffsetMinutes(timeZone) * NsPerMinute;
        return Zone(realm, timeZone).OffsetNanoseconds(epochNs);
    }

    /// <summary>Temporal §GetNamedTimeZoneNextTransition (offset zones have none).</summary>
    public static Int128? GetNamedTimeZoneNextTransition(Realm realm, string timeZone, Int128 epochNs)
        => IsOffsetTimeZoneIdentifier(timeZone) ? null : Zone(realm, timeZone).NextTransition(epochNs);

    /// <summary>Temporal §GetNamedTimeZonePreviousTransition (offset zones have none).</summary>
    public static Int128? GetNamedTimeZonePreviousTransition(Realm realm, string timeZone, Int128 epochNs)
        => IsOffsetTimeZoneIdentifier(timeZone) ? null : Zone(realm, timeZone).PreviousTransition(epochNs);

    /// <summary>Temporal §TimeZoneEquals: the same identifier, the same primary named zone, or the same offset.</summary>
    public static bool TimeZoneEquals(Realm realm, string one, string two)
    {
        if (one == two) return true;
        bool offsetOne = IsOffsetTimeZoneIdentifier(one), offsetTwo = IsOffsetTimeZoneIdentifier(two);
        if (!offsetOne && !offsetTwo)
        {
            var db = Database(realm);
            return db.TryGetIdentifier(one, out _, out string primaryOne) && db.TryGetIdentifier(two, out _, out string primaryTwo)
                && primaryOne == primaryTwo;
        }
        return offsetOne && offsetTwo && CanonicalOffsetMinutes(one) == CanonicalOffsetMinutes(two);
    }

    /// <summary>Temporal §ToTemporalTimeZoneIdentifier: a ZonedDateTime's zone, or a string naming a zone (an identifier,
    /// or an ISO string whose annotation / Z / offset gives one).</summary>
    public static string ToTemporalTimeZoneIdentifier(Realm realm, in JsValue temporalTimeZoneLike)
    {
        if (temporalTimeZoneLike.IsObject && temporalTimeZoneLike.AsObject() is JsZonedDateTime zdt) return zdt.TimeZone;
        if (!temporalTimeZoneLike.IsString) JsException.ThrowTypeError($"time zone must be a string, not {Operations.DescribeForError(temporalTimeZoneLike)}");
        var parsed = TemporalParser.ParseTemporalTimeZoneString(temporalTimeZoneLike.AsString());
        return TimeZoneFromParseResult(realm, parsed.Name, parsed.OffsetMinutes);
    }

    /// <summary>The identifier of a parsed TimeZoneIdentifier: the offset formatted, or the available named zone's identifier.</summary>
    public static string TimeZoneFromParseResult(Realm realm, string? name, int? offsetMinutes)
    {
        if (offsetMinutes is int minutes) return TemporalFormat.FormatOffsetTimeZoneIdentifier(minutes);
        if (name == null || !GetAvailableNamedTimeZoneIdentifier(realm, name, out string identifier, out _))
            return ThrowRange<string>($"unknown time zone: {name}");
        return identifier;
    }

    private static T ThrowRange<T>(string message) { JsException.ThrowRangeError(message); return default!; }

    internal static Int128 FloorDiv(Int128 a, long b)
    {
        Int128 q = a / b;
        if (a % b != 0 && (a < 0) != (b < 0)) q--;
        return q;
    }

    /// <summary>GetUTCEpochNanoseconds: the wall-clock date-time's nanoseconds as if it were UTC.</summary>
    internal static Int128 LocalNanoseconds(IsoDateTime isoDateTime) => TimeMath.GetUTCEpochNanoseconds(isoDateTime);

    /// <summary>Temporal §CheckISODaysRange: RangeError when the date is more than 10^8 days from the epoch.</summary>
    public static void CheckISODaysRange(IsoDate isoDate)
        => CheckISODaysRange((Int128)IsoCalendarMath.ISODateToEpochDays(isoDate));

    internal static void CheckISODaysRange(Int128 epochDays)
    {
        if (epochDays > 100_000_000 || epochDays < -100_000_000) JsException.ThrowRangeError("date is outside the supported range");
    }

    /// <summary>Temporal §GetISODateTimeFor: the wall-clock date-time in <paramref name="timeZone"/> at <paramref name="epochNs"/>
    /// (GetISOPartsFromEpoch then BalanceISODateTime with the offset added).</summary>
    public static IsoDateTime GetISODateTimeFor(Realm realm, string timeZone, Int128 epochNs)
    {
        Int128 local = epochNs + GetOffsetNanosecondsFor(realm, timeZone, epochNs);
        Int128 days = FloorDiv(local, TemporalLimits.NanosecondsPerDay);
        long nsOfDay = (long)(local - days * TemporalLimits.NanosecondsPerDay);
        IsoDate date = IsoCalendarMath.EpochDaysToISODate((long)days);
        return new IsoDateTime(date, TimeMath.FromNanosecondOfDay(nsOfDay));
    }

    /// <summary>Temporal §GetEpochNanosecondsFor.</summary>
    public static Int128 GetEpochNanosecondsFor(Realm realm, string timeZone, IsoDateTime isoDateTime, Disambiguation disambiguation)
    {
        var possible = GetPossibleEpochNanoseconds(realm, timeZone, isoDateTime);
        return DisambiguatePossibleEpochNanoseconds(realm, possible, timeZone, isoDateTime, disambiguation);
    }

    /// <summary>Temporal §GetPossibleEpochNanoseconds: the exact times (ascending) whose wall-clock time is <paramref name="isoDateTime"/>.</summary>
    public static List<Int128> GetPossibleEpochNanoseconds(Realm realm, string timeZone, IsoDateTime isoDateTime)
    {
        var result = new List<Int128>(2);
        Int128 local = LocalNanoseconds(isoDateTime);
        if (IsOffsetTimeZoneIdentifier(timeZone))
        {
            Int128 epochNs = local - CanonicalOffsetMinutes(timeZone) * NsPerMinute;
            CheckISODaysRange(FloorDiv(epochNs, TemporalLimits.NanosecondsPerDay));
            result.Add(epochNs);
        }
        else
        {
            CheckISODaysRange(isoDateTime.Date);
            Zone(realm, timeZone).PossibleEpochNanoseconds(local, result);
        }
        foreach (Int128 ns in result)
            if (!InstantOperations.IsValidEpochNanoseconds(ns)) JsException.ThrowRangeError("date-time is outside the supported range");
        return result;
    }

    /// <summary>Temporal §DisambiguatePossibleEpochNanoseconds.</summary>
    public static Int128 DisambiguatePossibleEpochNanoseconds(Realm realm, List<Int128> possible, string timeZone, IsoDateTime isoDateTime, Disambiguation disambiguation)
    {
        int n = possible.Count;
        if (n == 1) return possible[0];
        if (n != 0)
        {
            if (disambiguation is Disambiguation.Earlier or Disambiguation.Compatible) return possible[0];
            if (disambiguation == Disambiguation.Later) return possible[n - 1];
            return ThrowRange<Int128>($"the date-time is ambiguous in {timeZone} (disambiguation: reject)");
        }
        if (disambiguation == Disambiguation.Reject) return ThrowRange<Int128>($"the date-time does not exist in {timeZone} (disambiguation: reject)");
        Int128 epochNs = LocalNanoseconds(isoDateTime);
        Int128 dayBefore = epochNs - TemporalLimits.NanosecondsPerDay;
        if (!InstantOperations.IsValidEpochNanoseconds(dayBefore)) JsException.ThrowRangeError("date-time is outside the supported range");
        long offsetBefore = GetOffsetNanosecondsFor(realm, timeZone, dayBefore);
        Int128 dayAfter = epochNs + TemporalLimits.NanosecondsPerDay;
        if (!InstantOperations.IsValidEpochNanoseconds(dayAfter)) JsException.ThrowRangeError("date-time is outside the supported range");
        long offsetAfter = GetOffsetNanosecondsFor(realm, timeZone, dayAfter);
        long nanoseconds = offsetAfter - offsetBefore;
        if (disambiguation == Disambiguation.Earlier)
        {
            var earlier = GetPossibleEpochNanoseconds(realm, timeZone, ShiftWallClock(isoDateTime, -nanoseconds));
            return earlier[0];
        }
        var later = GetPossibleEpochNanoseconds(realm, timeZone, ShiftWallClock(isoDateTime, nanoseconds));
        return later[^1];
    }

    /// <summary>AddTime then BalanceISODate: the wall-clock date-time moved by <paramref name="nanoseconds"/>.</summary>
    private static IsoDateTime ShiftWallClock(IsoDateTime isoDateTime, long nanoseconds)
    {
        TimeWithDays added = TimeMath.AddTime(isoDateTime.Time, nanoseconds);
        IsoDate date = IsoCalendarMath.BalanceISODate(isoDateTime.Date.Year, isoDateTime.Date.Month, isoDateTime.Date.Day + added.Days);
        return TimeMath.CombineISODateAndTimeRecord(date, added.Time);
    }

    /// <summary>Temporal §GetStartOfDay: the first exact time of <paramref name="isoDate"/> in <paramref name="timeZone"/>
    /// (later than midnight when a transition skips it).</summary>
    public static Int128 GetStartOfDay(Realm realm, string timeZone, IsoDate isoDate)
    {
        var isoDateTime = new IsoDateTime(isoDate, IsoTime.Midnight);
        var possible = GetPossibleEpochNanoseconds(realm, timeZone, isoDateTime);
        if (possible.Count > 0) return possible[0];
        // Midnight was skipped: the day starts at the transition that skipped it.
        Int128 dayBefore = LocalNanoseconds(isoDateTime) - TemporalLimits.NanosecondsPerDay;
        Int128? transition = Zone(realm, timeZone).NextTransition(dayBefore);
        if (transition is not Int128 t || !InstantOperations.IsValidEpochNanoseconds(t))
            return ThrowRange<Int128>("start of day is outside the supported range");
        return t;
    }
}
