using System;
using System.IO;
using Aot.Engine.Builtins.Date;

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
