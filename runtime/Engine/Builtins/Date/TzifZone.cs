using System;
using System.Buffers.Binary;
using System.Text;

namespace Aot.Engine.Builtins.Date;

/// <summary>
/// A zone of the tz database read from its compiled TZif file (RFC 8536): the transition times,
/// the local time types, and the footer's POSIX TZ rule for all times after the last transition.
/// Read directly rather than through TimeZoneInfo because TimeZoneInfo rounds historical
/// offsets to whole minutes (Berlin's local mean time is +0:53:28, which node prints).
/// </summary>
internal sealed class TzifZone
{
    private readonly long[] _transitions;       // UTC seconds, ascending
    private readonly byte[] _transitionTypes;   // index into the types
    private readonly int[] _typeOffsets;        // seconds east of UTC
    private readonly bool[] _typeIsDst;
    private readonly PosixTimeZoneRule? _footer;

    private TzifZone(long[] transitions, byte[] transitionTypes, int[] offsets, bool[] isDst, PosixTimeZoneRule? footer)
    {
        _transitions = transitions;
        _transitionTypes = transitionTypes;
        _typeOffsets = offsets;
        _typeIsDst = isDst;
        _footer = footer;
    }

    /// <summary>A zone described only by a POSIX TZ string (TZ="EST5EDT,M3.2.0,M11.1.0").</summary>
    public static TzifZone FromRule(PosixTimeZoneRule rule) =>
        new(Array.Empty<long>(), Array.Empty<byte>(), new[] { rule.StdOffset }, new[] { false }, rule);

    /// <summary>Parses TZif data (versions 1-4); null when it is not valid TZif.</summary>
    public static TzifZone? Parse(ReadOnlySpan<byte> data)
    {
        if (data.Length < 44 || data[0] != 'T' || data[1] != 'Z' || data[2] != 'i' || data[3] != 'f') return null;
        byte version = data[4];
        if (!ReadHeader(data, out int isutcnt, out int isstdcnt, out int leapcnt, out int timecnt, out int typecnt, out int charcnt)) return null;
        int pos = 44;
        int timeSize = 4;
        if (version >= (byte)'2')
        {
            // Skip the 32-bit block and use the 64-bit one that follows.
            pos += timecnt * 4 + timecnt + typecnt * 6 + charcnt + leapcnt * 8 + isstdcnt + isutcnt;
            if (data.Length < pos + 44) return null;
            if (!ReadHeader(data.Slice(pos), out isutcnt, out isstdcnt, out leapcnt, out timecnt, out typecnt, out charcnt)) return null;
            pos += 44;
            timeSize = 8;
        }
        int need = timecnt * timeSize + timecnt + typecnt * 6 + charcnt + leapcnt * (timeSize + 4) + isstdcnt + isutcnt;
        if (typecnt == 0 || data.Length < pos + need) return null;
        var transitions = new long[timecnt];
        for (int i = 0; i < timecnt; i++)
        {
            transitions[i] = timeSize == 8
                ? BinaryPrimitives.ReadInt64BigEndian(data.Slice(pos + i * 8))
                : BinaryPrimitives.ReadInt32BigEndian(data.Slice(pos + i * 4));
        }
        pos += timecnt * timeSize;
        byte[] types = data.Slice(pos, timecnt).ToArray();
        pos += timecnt;
        var offsets = new int[typecnt];
        var isDst = new bool[typecnt];
        for (int i = 0; i < typecnt; i++)
        {
            offsets[i] = BinaryPrimitives.ReadInt32BigEndian(data.Slice(pos + i * 6));
            isDst[i] = data[pos + i * 6 + 4] != 0;
        }
        foreach (byte t in types)
            if (t >= typecnt) return null;
        pos += typecnt * 6 + charcnt + leapcnt * (timeSize + 4) + isstdcnt + isutcnt;
        PosixTimeZoneRule? footer = null;
        if (timeSize == 8 && pos < data.Length && data[pos] == '\n')
        {
            int end = data.Slice(pos + 1).IndexOf((byte)'\n');
            if (end > 0) footer = PosixTimeZoneRule.Parse(Encoding.ASCII.GetString(data.Slice(pos + 1, end)));
        }
        return new TzifZone(transitions, types, offsets, isDst, footer);
    }

    private static bool ReadHeader(ReadOnlySpan<byte> h, out int isutcnt, out int isstdcnt, out int leapcnt,
        out int timecnt, out int typecnt, out int charcnt)
    {
        isutcnt = BinaryPrimitives.ReadInt32BigEndian(h.Slice(20));
        isstdcnt = BinaryPrimitives.ReadInt32BigEndian(h.Slice(24));
        leapcnt = BinaryPrimitives.ReadInt32BigEndian(h.Slice(28));
        timecnt = BinaryPrimitives.ReadInt32BigEndian(h.Slice(32));
        typecnt = BinaryPrimitives.ReadInt32BigEndian(h.Slice(36));
        charcnt = BinaryPrimitives.ReadInt32BigEndian(h.Slice(40));
        return isutcnt >= 0 && isstdcnt >= 0 && leapcnt >= 0 && timecnt >= 0 && typecnt >= 0 && charcnt >= 0
            && timecnt < 1_000_000 && typecnt < 256 && charcnt < 1_000_000 && leapcnt < 1_000_000;
    }

    // Read by Temporal's named time zones (Builtins/Temporal/Core/NamedTimeZone.cs), which walk the
    // transitions (getTimeZoneTransition) instead of only asking for the offset at one instant.
    internal ReadOnlySpan<long> TransitionTimes => _transitions;
    /// <summary>The offset (seconds) in effect from transition <paramref name="i"/> on.</summary>
    internal int OffsetFromTransition(int i) => _typeOffsets[_transitionTypes[i]];
    /// <summary>The offset (seconds) before the first transition (RFC 8536 §3.2: local time type 0).</summary>
    internal int InitialOffset => _typeOffsets[0];
    /// <summary>The footer rule for times after the last transition, if any.</summary>
    internal PosixTimeZoneRule? Footer => _footer;

    /// <summary>UTC offset in seconds at UTC time <paramref name="seconds"/> (may be fractional), and its DST flag.</summary>
    public int OffsetAt(double seconds, out bool isDst)
    {
        long[] tr = _transitions;
        if (tr.Length == 0 || seconds >= tr[^1])
        {
            if (_footer != null) return _footer.OffsetAt(seconds, out isDst);
            int last = tr.Length == 0 ? 0 : _transitionTypes[^1];
            isDst = _typeIsDst[last];
            return _typeOffsets[last];
        }
        if (seconds < tr[0])
        {
            // RFC 8536 §3.2: local time type 0 applies before the first transition.
            isDst = _typeIsDst[0];
            return _typeOffsets[0];
        }
        // The last transition at or before seconds.
        int lo = 0, hi = tr.Length - 1;
        while (lo < hi)
        {
            int mid = (lo + hi + 1) >> 1;
            if (tr[mid] <= seconds) lo = mid; else hi = mid - 1;
        }
        int type = _transitionTypes[lo];
        isDst = _typeIsDst[type];
        return _typeOffsets[type];
    }
}
