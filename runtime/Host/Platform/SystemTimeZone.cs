using System;
using System.Collections.Generic;
using System.IO;
using Aot.Engine.Builtins.Date;
using Aot.Engine.Builtins.Temporal;

namespace Aot.Runtime.Platform;

/// <summary>
/// Finds the process's local time zone the way node does: the TZ environment variable
/// (":Area/City", "Area/City", an absolute TZif path, or a POSIX TZ string), else
/// /etc/localtime; zones are read from the system's tz database (/usr/share/zoneinfo).
/// </summary>
public static class SystemTimeZone
{
    private const string ZoneInfoDirectory = "/usr/share/zoneinfo";
    private static LocalTimeZone? _local;

    /// <summary>The process's local time zone, determined once (lazily: startup reads nothing).</summary>
    public static LocalTimeZone Local => _local ??= Detect(Environment.GetEnvironmentVariable("TZ"));

    /// <summary>The installed zone with tz database id <paramref name="id"/>, or null.</summary>
    public static LocalTimeZone? FromId(string id)
    {
        if (id.Length == 0 || id.Contains("..", StringComparison.Ordinal) || id[0] == '/') return null;
        return FromFile(id, Path.Combine(ZoneInfoDirectory, id));
    }

    /// <summary>
    /// The system's tz database for Temporal's named time zones: names from tzdata.zi (its "Z" zone and
    /// "L" link lines; a walk of the zoneinfo tree when it is missing), data from the TZif files. One per
    /// process, read on first use.
    /// </summary>
    public static TimeZoneDatabase Database { get; } = new(ListZoneNames, ReadZone);

    private static byte[]? ReadZone(string id)
    {
        if (id.Length == 0 || id.Contains("..", StringComparison.Ordinal) || id[0] == '/') return null;
        try
        {
            string path = Path.Combine(ZoneInfoDirectory, id);
            return File.Exists(path) ? File.ReadAllBytes(path) : null;
        }
        catch (IOException) { return null; }
        catch (UnauthorizedAccessException) { return null; }
    }

    private static IEnumerable<KeyValuePair<string, string?>> ListZoneNames()
    {
        var names = new List<KeyValuePair<string, string?>>();
        try
        {
            string zi = Path.Combine(ZoneInfoDirectory, "tzdata.zi");
            if (File.Exists(zi))
            {
                foreach (string line in File.ReadLines(zi))
                {
                    if (line.Length < 3 || line[1] != ' ') continue;
                    string[] parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    // "Factory" is zic's placeholder zone, not a place (ICU omits it too).
                    if (line[0] == 'Z' && parts.Length > 1 && parts[1] != "Factory") names.Add(new(parts[1], null));
                    else if (line[0] == 'L' && parts.Length > 2) names.Add(new(parts[2], parts[1]));
                }
                if (names.Count > 0) return names;
            }
            WalkZoneInfo(ZoneInfoDirectory, "", names);
        }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
        return names;
    }

    private static void WalkZoneInfo(string dir, string prefix, List<KeyValuePair<string, string?>> names)
    {
        foreach (string entry in Directory.EnumerateFileSystemEntries(dir))
        {
            string name = Path.GetFileName(entry);
            string id = prefix + name;
            if (prefix.Length == 0 && (name is "posix" or "right" or "posixrules" or "localtime" or "Factory")) continue;
            if (Directory.Exists(entry))
            {
                WalkZoneInfo(entry, id + "/", names);
                continue;
            }
            if (name.Contains('.') || !char.IsAsciiLetterUpper(name[0])) continue;
            string? target = null;
            if (new FileInfo(entry).ResolveLinkTarget(true) is FileSystemInfo resolved)
                target = IdFromPath(resolved.FullName) ?? Path.GetRelativePath(ZoneInfoDirectory, resolved.FullName);
            names.Add(new(id, target == id ? null : target));
        }
    }

    /// <summary>The zone a TZ value names (null: no TZ set, use /etc/localtime). Unknown values mean UTC, as in glibc.</summary>
    public static LocalTimeZone Detect(string? tz)
    {
        if (tz != null)
        {
            if (tz.StartsWith(':')) tz = tz.Substring(1);
            if (tz.Length == 0 || tz == "UTC" || tz == "UTC0" || tz == "Etc/UTC") return LocalTimeZone.UtcZone;
            LocalTimeZone? zone = tz[0] == '/' ? FromFile(IdFromPath(tz) ?? tz, tz) : FromId(tz);
            return zone ?? LocalTimeZone.FromPosixRule(tz) ?? LocalTimeZone.UtcZone;
        }
        const string localtime = "/etc/localtime";
        string id = "Etc/UTC";
        try
        {
            var info = new FileInfo(localtime);
            if (info.LinkTarget is string target) id = IdFromPath(target) ?? id;
            else if (File.Exists("/etc/timezone")) id = File.ReadAllText("/etc/timezone").Trim();
        }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
        if (id == "UTC" || id == "Etc/UTC") return LocalTimeZone.UtcZone;
        return FromFile(id, localtime) ?? LocalTimeZone.UtcZone;
    }

    private static LocalTimeZone? FromFile(string id, string path)
    {
        try
        {
            return File.Exists(path) ? LocalTimeZone.FromTzif(id, File.ReadAllBytes(path)) : null;
        }
        catch (IOException) { return null; }
        catch (UnauthorizedAccessException) { return null; }
    }

    private static string? IdFromPath(string path)
    {
        int i = path.IndexOf("zoneinfo/", StringComparison.Ordinal);
        return i < 0 ? null : path.Substring(i + "zoneinfo/".Length);
    }
}
