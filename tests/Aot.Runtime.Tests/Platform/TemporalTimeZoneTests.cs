using System;
using Aot.Engine.Builtins.Temporal;
using Aot.Engine.Interpreting;
using Aot.Engine.Objects;
using Aot.Runtime.Platform;
using Xunit;

namespace Aot.Runtime.Tests.Platform;

/// <summary>Temporal's named time zones read from the system tz database (SystemTimeZone.Database).</summary>
public sealed class TemporalTimeZoneTests
{
    private static readonly Int128 NsPerSecond = 1_000_000_000;

    private static Realm NewRealm()
    {
        var realm = new Vm().CreateRealm();
        realm.NamedTimeZones = SystemTimeZone.Database;
        return realm;
    }

    private static Int128 Ns(string iso) => (Int128)DateTimeOffset.Parse(iso, System.Globalization.CultureInfo.InvariantCulture).ToUnixTimeSeconds() * NsPerSecond;

    [Fact]
    public void IdentifiersMatchCaseInsensitivelyAndKeepTheDatabaseSpelling()
    {
        var db = SystemTimeZone.Database;
        Assert.True(db.TryGetIdentifier("asia/calcutta", out string id, out string primary));
        Assert.Equal("Asia/Calcutta", id);
        Assert.Equal("Asia/Kolkata", primary);
        Assert.True(db.TryGetIdentifier("etc/utc", out id, out primary));
        Assert.Equal(("Etc/UTC", "UTC"), (id, primary));
        Assert.True(db.TryGetIdentifier("utc", out id, out primary));
        Assert.Equal(("UTC", "UTC"), (id, primary));
        Assert.False(db.TryGetIdentifier("Mars/Olympus_Mons", out _, out _));
        Assert.False(db.TryGetIdentifier("Factory", out _, out _));
    }

    [Fact]
    public void LinksEqualTheirZone()
    {
        var realm = NewRealm();
        Assert.True(TimeZones.TimeZoneEquals(realm, "Asia/Calcutta", "Asia/Kolkata"));
        Assert.True(TimeZones.TimeZoneEquals(realm, "UTC", "Etc/GMT"));
        Assert.False(TimeZones.TimeZoneEquals(realm, "Europe/Berlin", "Europe/Paris"));
        Assert.True(TimeZones.TimeZoneEquals(realm, "+05:30", "+05:30"));
        Assert.False(TimeZones.TimeZoneEquals(realm, "+00:00", "UTC"));
    }

    [Fact]
    public void TransitionsComeFromTheTableAndTheFooterRule()
    {
        var realm = NewRealm();
        // 2024: US DST starts 2024-03-10T07:00Z and ends 2024-11-03T06:00Z.
        Int128 june = Ns("2024-06-01T00:00:00Z");
        Assert.Equal(Ns("2024-11-03T06:00:00Z"), TimeZones.GetNamedTimeZoneNextTransition(realm, "America/New_York", june));
        Assert.Equal(Ns("2024-03-10T07:00:00Z"), TimeZones.GetNamedTimeZonePreviousTransition(realm, "America/New_York", june));
        // Exactly at a transition: next is strictly after, previous strictly before.
        Int128 start = Ns("2024-03-10T07:00:00Z");
        Assert.Equal(Ns("2024-11-03T06:00:00Z"), TimeZones.GetNamedTimeZoneNextTransition(realm, "America/New_York", start));
        Assert.Equal(start, TimeZones.GetNamedTimeZonePreviousTransition(realm, "America/New_York", start + 1));
        // Far beyond the table (2037): the footer rule (EU: last Sunday of March at 01:00Z).
        Assert.Equal(Ns("2200-03-30T01:00:00Z"), TimeZones.GetNamedTimeZoneNextTransition(realm, "Europe/Berlin", Ns("2200-01-01T00:00:00Z")));
        Assert.Equal(Ns("2199-10-27T01:00:00Z"), TimeZones.GetNamedTimeZonePreviousTransition(realm, "Europe/Berlin", Ns("2200-01-01T00:00:00Z")));
        // Before the first transition (local mean time) there is nothing earlier; UTC has none at all.
        Assert.Null(TimeZones.GetNamedTimeZonePreviousTransition(realm, "Europe/Berlin", Ns("1800-01-01T00:00:00Z")));
        Assert.Null(TimeZones.GetNamedTimeZoneNextTransition(realm, "UTC", 0));
    }

    [Fact]
    public void OffsetsAreExactToTheSecond()
    {
        var realm = NewRealm();
        // Berlin's local mean time was +0:53:28.
        Assert.Equal(3208 * 1_000_000_000L, TimeZones.GetOffsetNanosecondsFor(realm, "Europe/Berlin", Ns("1850-01-01T00:00:00Z")));
        Assert.Equal(-4 * 3600 * 1_000_000_000L, TimeZones.GetOffsetNanosecondsFor(realm, "America/New_York", Ns("2024-06-01T00:00:00Z")));
        Assert.Equal(330 * 60 * 1_000_000_000L, TimeZones.GetOffsetNanosecondsFor(realm, "+05:30", 0));
    }

    [Fact]
    public void WallClockTimesInGapsAndOverlaps()
    {
        var realm = NewRealm();
        var gap = new IsoDateTime(new IsoDate(2024, 3, 10), new IsoTime(2, 30, 0, 0, 0, 0));
        Assert.Empty(TimeZones.GetPossibleEpochNanoseconds(realm, "America/New_York", gap));
        Assert.Equal(Ns("2024-03-10T07:30:00Z"), TimeZones.GetEpochNanosecondsFor(realm, "America/New_York", gap, Disambiguation.Compatible));
        Assert.Equal(Ns("2024-03-10T06:30:00Z"), TimeZones.GetEpochNanosecondsFor(realm, "America/New_York", gap, Disambiguation.Earlier));
        var overlap = new IsoDateTime(new IsoDate(2024, 11, 3), new IsoTime(1, 30, 0, 0, 0, 0));
        var both = TimeZones.GetPossibleEpochNanoseconds(realm, "America/New_York", overlap);
        Assert.Equal(new[] { Ns("2024-11-03T05:30:00Z"), Ns("2024-11-03T06:30:00Z") }, both);
        // Samoa skipped 2011-12-30 entirely: that day starts at the transition.
        Assert.Equal(Ns("2011-12-30T10:00:00Z"), TimeZones.GetStartOfDay(realm, "Pacific/Apia", new IsoDate(2011, 12, 30)));
    }
}
