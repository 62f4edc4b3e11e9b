using System;
using System.Collections.Generic;
using Aot.Engine.Builtins.Date;

namespace Aot.Engine.Builtins.Temporal;

/// <summary>
/// One named time zone of the tz database, as Temporal asks about it: the UTC offset at an exact time
/// (GetNamedTimeZoneOffsetNanoseconds), the exact times a wall-clock time may mean
/// (GetNamedTimeZoneEpochNanoseconds) and the transitions next to an exact time
/// (GetNamedTimeZoneNext/PreviousTransition). The data is the zone's TZif file (RFC 8536) read by the
/// host; offsets in the tz database are whole seconds, so everything is computed in seconds and scaled.
/// </summary>
internal sealed class NamedTimeZone
{
    private const long NsPerSecond = 1_000_000_000L;
    private readonly TzifZone? _zone;   // null: UTC

    /// <summary>The zone "UTC" (and its links Etc/UTC, Etc/GMT, GMT): offset 0, no transitions.</summary>
    public static readonly NamedTimeZone Utc = new(null);

    private NamedTimeZone(TzifZone? zone) => _zone = zone;

    /// <summary>A zone from TZif bytes, or null when they are not valid TZif.</summary>
    public static NamedTimeZone? FromTzif(ReadOnlySpan<byte> data)
    {
        var zone = TzifZone.Parse(data);
        return zone == null ? null : new NamedTimeZone(zone);
    }

    private static long FloorSeconds(Int128 ns)
    {
        Int128 q = ns / NsPerSecond;
        if (ns % NsPerSecond < 0) q--;
        return (long)q;
    }

    private int OffsetSecondsAt(long seconds) => _zone == null ? 0 : _zone.OffsetAt(seconds, out _);

    /// <summary>Temporal GetNamedTimeZoneOffsetNanoseconds: the offset in effect at <paramref name="epochNs"/>.</summary>
    public long OffsetNanoseconds(Int128 epochNs) => _zone == null ? 0 : OffsetSecondsAt(FloorSeconds(epochNs)) * NsPerSecond;

    /// <summary>
    /// Temporal GetNamedTimeZoneEpochNanoseconds: the exact times (0, 1 or 2, ascending) whose wall-clock time in
    /// this zone is <paramref name="localNs"/> (the wall-clock time's nanoseconds as if it were UTC). Offsets are
    /// below a day, so every candidate lies within a day of localNs: each offset in effect during the two days
    /// around it is tried, and kept when it is the offset at the exact time it gives.
    /// </summary>
    public void PossibleEpochNanoseconds(Int128 localNs, List<Int128> result)
    {
        if (_zone == null)
        {
            result.Add(localNs);
            return;
        }
        Span<long> offsets = stackalloc long[8];
        int count = 0;
        Int128 from = localNs - 2 * (Int128)TemporalLimits.NanosecondsPerDay;
        Int128 to = localNs + 2 * (Int128)TemporalLimits.NanosecondsPerDay;
        offsets[count++] = OffsetNanoseconds(from);
        for (Int128? t = NextTransition(from); t is Int128 at && at <= to && count < offsets.Length; t = NextTransition(at))
            offsets[count++] = OffsetNanoseconds(at);
        for (int i = 0; i < count; i++)
        {
            long offset = offsets[i];
            if (offsets[..i].Contains(offset)) continue;
            Int128 candidate = localNs - offset;
            if (OffsetNanoseconds(candidate) == offset && !result.Contains(candidate)) result.Add(candidate);
        }
        result.Sort();
    }

    /// <summary>Temporal GetNamedTimeZoneNextTransition: the first exact time after <paramref name="epochNs"/> at
    /// which the offset changes, or null (none up to nsMaxInstant).</summary>
    public Int128? NextTransition(Int128 epochNs)
    {
        if (_zone == null) return null;
        // A transition at second T is after epochNs exactly when T > floor(epochNs / 1e9).
        long s = FloorSeconds(epochNs);
        ReadOnlySpan<long> tr = _zone.TransitionTimes;
        int lo = 0, hi = tr.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >> 1;
            if (tr[mid] <= s) lo = mid + 1; else hi = mid;
        }
        for (int i = lo; i < tr.Length; i++)
        {
            int previous = i == 0 ? _zone.InitialOffset : _zone.OffsetFromTransition(i - 1);
            if (_zone.OffsetFromTransition(i) != previous) return Limit(tr[i]);
        }
        // After the last transition the footer rule applies.
        PosixTimeZoneRule? footer = _zone.Footer;
        if (footer == null || !footer.HasDst) return null;
        double from = tr.Length == 0 ? s : Math.Max(s, tr[^1]);
        for (int guard = 0; guard < 8; guard++)
        {
            double year = DateMath.YearFromTime(from * 1000.0) - 1;
            double best = double.PositiveInfinity;
            for (int k = 0; k < 3; k++)
            {
                footer.TransitionsInYear(year + k, out double start, out double end);
                if (start > from && start < best) best = start;
                if (end > from && end < best) best = end;
            }
            if (double.IsInfinity(best) || best * NsPerSecond > (double)TemporalLimits.MaxEpochNanoseconds) return null;
            long t = (long)best;
            if (OffsetSecondsAt(t - 1) != OffsetSecondsAt(t)) return Limit(t);
            from = best;
        }
        return null;
    }

    /// <summary>Temporal GetNamedTimeZonePreviousTransition: the last exact time before <paramref name="epochNs"/> at
    /// which the offset changes, or null (none down to nsMinInstant).</summary>
    public Int128? PreviousTransition(Int128 epochNs)
    {
        if (_zone == null) return null;
        // A transition at second T is before epochNs exactly when T ≤ ceil(epochNs / 1e9) - 1.
        long u = -FloorSeconds(-epochNs) - 1;
        ReadOnlySpan<long> tr = _zone.TransitionTimes;
        PosixTimeZoneRule? footer = _zone.Footer;
        double last = tr.Length == 0 ? double.NegativeInfinity : tr[^1];
        if (footer != null && footer.HasDst && u > last)
        {
            double to = u;
            for (int guard = 0; guard < 8; guard++)
            {
                double year = DateMath.YearFromTime(to * 1000.0) + 1;
                double best = double.NegativeInfinity;
                for (int k = 0; k < 3; k++)
                {
                    footer.TransitionsInYear(year - k, out double start, out double end);
                    if (start <= to && start > best) best = start;
                    if (end <= to && end > best) best = end;
                }
                if (best <= last) break;
                long t = (long)best;
                if (OffsetSecondsAt(t - 1) != OffsetSecondsAt(t)) return Limit(t);
                to = best - 1;
            }
        }
        // The last explicit transition at or before u.
        int lo = 0, hi = tr.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >> 1;
            if (tr[mid] <= u) lo = mid + 1; else hi = mid;
        }
        for (int i = lo - 1; i >= 0; i--)
        {
            int previous = i == 0 ? _zone.InitialOffset : _zone.OffsetFromTransition(i - 1);
            if (_zone.OffsetFromTransition(i) != previous) return Limit(tr[i]);
        }
        return null;
    }

    private static Int128? Limit(long seconds)
    {
        Int128 ns = (Int128)seconds * NsPerSecond;
        return ns < TemporalLimits.MinEpochNanoseconds || ns > TemporalLimits.MaxEpochNanoseconds ? null : ns;
    }
}
