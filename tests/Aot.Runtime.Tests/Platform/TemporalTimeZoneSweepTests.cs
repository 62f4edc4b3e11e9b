using System;
using System.Collections.Generic;
using System.IO;
using Aot.Engine.Builtins.Temporal;
using Aot.Engine.Interpreting;
using Aot.Runtime.Platform;
using Xunit;

namespace Aot.Runtime.Tests.Platform;

/// <summary>Every zone of the system database, around every transition from 1970 to 2040: transitions change the offset,
/// next and previous agree, and every exact time is among the possible exact times of its own wall-clock time.</summary>
public sealed class TemporalTimeZoneSweepTests
{
    [Fact]
    public void EveryTransitionIsConsistent()
    {
        var realm = new Vm().CreateRealm();
        realm.NamedTimeZones = SystemTimeZone.Database;
        var names = new List<string>();
        foreach (var line in File.ReadLines("/usr/share/zoneinfo/tzdata.zi"))
            if (line.StartsWith("Z ")) names.Add(line.Split(' ')[1]);
        int checkedCount = 0; var errors = new List<string>();
        Int128 start = 0; // 1970
        Int128 end = (Int128)(2240524800L) * 1_000_000_000; // 2041
        foreach (var name in names)
        {
            if (name == "Factory") continue;
            Int128? t = TimeZones.GetNamedTimeZoneNextTransition(realm, name, start);
            while (t is Int128 at && at < end && errors.Count < 20)
            {
                long before = TimeZones.GetOffsetNanosecondsFor(realm, name, at - 1);
                long after = TimeZones.GetOffsetNanosecondsFor(realm, name, at);
                if (before == after) errors.Add($"{name} {at}: no change");
                var prev = TimeZones.GetNamedTimeZonePreviousTransition(realm, name, at + 1);
                if (prev != at) errors.Add($"{name} {at}: prev {prev}");
                foreach (long delta in new long[] { -1, 0, 1, 1800_000_000_000, -1800_000_000_000 })
                {
                    Int128 probe = at + delta;
                    var dt = TimeZones.GetISODateTimeFor(realm, name, probe);
                    var poss = TimeZones.GetPossibleEpochNanoseconds(realm, name, dt);
                    if (!poss.Contains(probe)) errors.Add($"{name} {probe}: {dt} possible [{string.Join(",", poss)}]");
                    foreach (var p in poss)
                        if (TimeZones.GetISODateTimeFor(realm, name, p) != dt) errors.Add($"{name} {p}: roundtrip");
                    checkedCount++;
                }
                t = TimeZones.GetNamedTimeZoneNextTransition(realm, name, at);
            }
        }
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        Assert.True(checkedCount > 10_000, $"only {checkedCount} instants checked");
    }
}
