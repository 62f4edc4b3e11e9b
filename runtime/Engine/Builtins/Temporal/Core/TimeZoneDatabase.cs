using System;
using System.Collections.Generic;

namespace Aot.Engine.Builtins.Temporal;

/// <summary>
/// The named time zones Temporal can use: the tz database's zone and link names (ECMA-262 §21.4.1.23
/// AvailableNamedTimeZoneIdentifiers) and each zone's TZif data. The engine does no I/O: the host
/// builds one from the system's database (Aot.Runtime.Platform.SystemTimeZone.Database) and sets it
/// on the realm (<c>Realm.NamedTimeZones</c>). Nothing is read until a script first names a zone; the
/// names and parsed zones are then cached for the process (the spec requires stable answers anyway).
/// Without a database only "UTC" is available, the spec's minimum implementation.
/// </summary>
public sealed class TimeZoneDatabase
{
    private readonly Func<IEnumerable<KeyValuePair<string, string?>>> _listNames;
    private readonly Func<string, byte[]?> _readTzif;
    private readonly object _lock = new();
    private Dictionary<string, (string Identifier, string Primary)>? _names;
    private readonly Dictionary<string, NamedTimeZone?> _zones = new(StringComparer.Ordinal);

    /// <param name="listNames">Every zone name (value null) and link name (value: the zone it links to).</param>
    /// <param name="readTzif">The TZif bytes of a zone name, or null.</param>
    public TimeZoneDatabase(Func<IEnumerable<KeyValuePair<string, string?>>> listNames, Func<string, byte[]?> readTzif)
    {
        _listNames = listNames;
        _readTzif = readTzif;
    }

    /// <summary>The database with only "UTC".</summary>
    public static TimeZoneDatabase UtcOnly { get; } = new(static () => Array.Empty<KeyValuePair<string, string?>>(), static _ => null);

    // Identifiers are ASCII; the spec matches them ASCII-case-insensitively (no Unicode case folding).
    private static string Fold(string s)
    {
        foreach (char c in s)
            if (c >= 'A' && c <= 'Z') return string.Create(s.Length, s, static (span, src) =>
            {
                for (int i = 0; i < src.Length; i++) span[i] = src[i] >= 'A' && src[i] <= 'Z' ? (char)(src[i] + 32) : src[i];
            });
        return s;
    }

    private Dictionary<string, (string, string)> Names()
    {
        lock (_lock)
        {
            if (_names != null) return _names;
            var links = new Dictionary<string, string?>(StringComparer.Ordinal);
            foreach (var (name, target) in _listNames()) links[name] = target;
            var map = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
            foreach (var (name, target) in links)
            {
                // Follow link chains to the zone (zic output links to zones; backward files may chain).
                string primary = target ?? name;
                for (int hops = 0; hops < 8 && links.TryGetValue(primary, out string? next) && next != null; hops++) primary = next;
                // ECMA-262 §21.4.1.23: "Etc/UTC", "Etc/GMT" and "GMT" are reported as "UTC".
                if (primary is "Etc/UTC" or "Etc/GMT" or "GMT") primary = "UTC";
                map[Fold(name)] = (name, primary);
            }
            map["utc"] = ("UTC", "UTC");
            return _names = map;
        }
    }

    /// <summary>Temporal GetAvailableNamedTimeZoneIdentifier: the identifier as the database spells it and its
    /// primary identifier, when <paramref name="name"/> is an ASCII-case-insensitive match for an available one.</summary>
    public bool TryGetIdentifier(string name, out string identifier, out string primary)
    {
        if (Names().TryGetValue(Fold(name), out var record))
        {
            (identifier, primary) = record;
            return true;
        }
        identifier = primary = "";
        return false;
    }

    /// <summary>The zone data of primary identifier <paramref name="primary"/> (as given by TryGetIdentifier), or UTC when
    /// it cannot be read.</summary>
    internal NamedTimeZone GetZone(string primary)
    {
        if (primary == "UTC") return NamedTimeZone.Utc;
        lock (_lock)
        {
            if (!_zones.TryGetValue(primary, out NamedTimeZone? zone))
            {
                byte[]? data = _readTzif(primary);
                zone = data == null ? null : NamedTimeZone.FromTzif(data);
                _zones[primary] = zone;
            }
            return zone ?? NamedTimeZone.Utc;
        }
    }
}
