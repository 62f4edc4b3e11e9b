using System;
using Aot.Engine.Builtins.Date;
using Aot.Runtime.Platform;
using Xunit;

namespace Aot.Runtime.Tests.Platform;

public sealed class SystemTimeZoneTests
{
    private const double Jan2nd2024 = 1704207845000; // 2024-01-02T15:04:05Z

    [Fact]
    public void TzNamesAnInstalledZone()
    {
        LocalTimeZone berlin = SystemTimeZone.Detect("Europe/Berlin");
        Assert.Equal("Europe/Berlin", berlin.Id);
        Assert.Equal(3_600_000, berlin.LocalTZA(Jan2nd2024, true));
        Assert.Equal("Europe/Berlin", SystemTimeZone.Detect(":Europe/Berlin").Id);
        Assert.Equal("America/New_York", SystemTimeZone.Detect("/usr/share/zoneinfo/America/New_York").Id);
    }

    [Fact]
    public void TzMayBeAPosixRule()
    {
        LocalTimeZone zone = SystemTimeZone.Detect("EST5EDT,M3.2.0,M11.1.0");
        Assert.Equal(-5 * 3_600_000, zone.LocalTZA(Jan2nd2024, true));
    }

    [Fact]
    public void UnknownOrEmptyTzMeansUtc()
    {
        Assert.Same(LocalTimeZone.UtcZone, SystemTimeZone.Detect(""));
        Assert.Same(LocalTimeZone.UtcZone, SystemTimeZone.Detect("UTC"));
        Assert.Equal(0, SystemTimeZone.Detect("No/Such_Zone").LocalTZA(Jan2nd2024, true));
    }

    [Fact]
    public void FromIdRejectsPathsOutsideTheDatabase()
    {
        Assert.NotNull(SystemTimeZone.FromId("Europe/Berlin"));
        Assert.Null(SystemTimeZone.FromId("../etc/passwd"));
        Assert.Null(SystemTimeZone.FromId("/etc/passwd"));
        Assert.Null(SystemTimeZone.FromId("No/Such_Zone"));
    }

    [Fact]
    public void LocalZoneLoadsWhateverTheMachineUses()
    {
        LocalTimeZone zone = SystemTimeZone.Local;
        Assert.False(string.IsNullOrEmpty(zone.Id));
        Assert.True(double.IsFinite(zone.LocalTZA(0, true)));
    }
}
