using System;
using System.Collections.Generic;

namespace Aot.Engine.Builtins.Date;

/// <summary>
/// The long names Date.prototype.toString prints after the offset, "(Central European Standard
/// Time)", as node's ICU gives them in en-US (table in TimeZoneNames.Data.cs). Zones ICU has no
/// name for print their offset as "GMT+03:00", as ICU does.
/// </summary>
internal static partial class TimeZoneNames
{
    private static Dictionary<string, (string Standard, string Daylight)>? _table;

    private static Dictionary<string, (string, string)> Load()
    {
        var map = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        foreach (string line in Table.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            string[] parts = line.Split('|');
            map[parts[0]] = (parts[1], parts.Length > 2 ? parts[2] : parts[1]);
        }
        return map;
    }

    /// <summary>The long name of zone <paramref name="id"/>, or null when the table has none.</summary>
    public static string? Lookup(string id, bool daylight)
    {
        var table = _table ??= Load();
        if (!table.TryGetValue(id, out var names)) return null;
        return daylight ? names.Daylight : names.Standard;
    }

    /// <summary>ICU's localized GMT format: "GMT", "GMT+03:00", "GMT-04:30".</summary>
    public static string GmtFormat(int offsetSeconds)
    {
        if (offsetSeconds == 0) return "GMT";
        int abs = Math.Abs(offsetSeconds) / 60;
        return string.Create(null, stackalloc char[16], $"GMT{(offsetSeconds < 0 ? '-' : '+')}{abs / 60:00}:{abs % 60:00}");
    }
}
