using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace Aot.Conformance.Shared;

/// <summary>
/// The checked-in list of tests known to fail: one path per line (relative to test262/test,
/// forward slashes), sorted, blank lines and <c>#</c> comments allowed.
/// </summary>
public sealed class ExpectedFailures
{
    public SortedSet<string> Paths { get; } = new(StringComparer.Ordinal);
    public List<string> Header { get; } = new();
    public bool Exists { get; private set; }

    public static ExpectedFailures Load(string file)
    {
        var list = new ExpectedFailures();
        if (!File.Exists(file))
            return list;
        list.Exists = true;
        bool inHeader = true;
        foreach (string raw in File.ReadAllLines(file))
        {
            string line = raw.Trim();
            if (line.StartsWith('#') || line.Length == 0)
            {
                if (inHeader)
                    list.Header.Add(raw.TrimEnd());
                continue;
            }
            inHeader = false;
            int hash = line.IndexOf(" #", StringComparison.Ordinal);
            if (hash >= 0)
                line = line[..hash].TrimEnd();
            list.Paths.Add(line.Replace('\\', '/'));
        }
        return list;
    }

    /// <summary>Rewrites the list; entries outside <paramref name="inScope"/> are kept (an update
    /// with --filter touches only the filtered part).</summary>
    public void Write(string file, IEnumerable<string> failing, Func<string, bool> inScope, string defaultHeader)
    {
        var all = new SortedSet<string>(Paths.Where(p => !inScope(p)), StringComparer.Ordinal);
        all.UnionWith(failing);
        var sb = new StringBuilder();
        foreach (string h in Header.Count > 0 ? Header : defaultHeader.Split('\n').ToList())
        {
            if (h.Length > 0)
                sb.Append(h).Append('\n');
        }
        foreach (string p in all)
            sb.Append(p).Append('\n');
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
        File.WriteAllText(file, sb.ToString(), new UTF8Encoding(false));
    }
}
