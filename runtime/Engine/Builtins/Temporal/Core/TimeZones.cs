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
}
