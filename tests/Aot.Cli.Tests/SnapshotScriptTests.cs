using System.Collections.Generic;
using System.IO;
using System.Linq;
using Xunit;

namespace Aot.Cli.Tests;

/// <summary>
/// Every tests/snapshots/&lt;area&gt;/&lt;name&gt;.(js|mjs|cjs) runs through bin/aot from its own folder;
/// stdout, stderr and the exit code are compared with &lt;name&gt;.verified.txt beside it.
/// The area picks the command: check/ runs `aot check NAME`, run/ and modules/ run `aot NAME`.
/// An optional first line `// aot-args: ...` adds arguments before the file name.
/// </summary>
public sealed class SnapshotScriptTests
{
    private static readonly string SnapshotRoot = Path.Combine(AotProcess.RepoRoot, "tests", "snapshots");

    public static IEnumerable<object[]> Scripts() =>
        Directory.EnumerateFiles(SnapshotRoot, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".js") || f.EndsWith(".mjs") || f.EndsWith(".cjs"))
            .Where(f => !IsModuleFixturePart(Path.GetRelativePath(SnapshotRoot, f).Replace('\\', '/')))
            .Select(f => Path.GetRelativePath(SnapshotRoot, f).Replace('\\', '/'))
            .Order()
            .Select(f => new object[] { f });

    /// <summary>modules/&lt;case&gt;/ folders are multi-file programs: only their main.(js|mjs|cjs) runs
    /// (`aot main.mjs` from the case folder, compared with main.verified.txt); the other files are its modules.</summary>
    private static bool IsModuleFixturePart(string relativePath)
        => relativePath.StartsWith("modules/") && !Path.GetFileNameWithoutExtension(relativePath).Equals("main");

    [Theory]
    [MemberData(nameof(Scripts))]
    public void Script_output_matches_its_snapshot(string relativePath)
    {
        string path = Path.Combine(SnapshotRoot, relativePath);
        string area = relativePath.Split('/')[0];
        var args = new List<string>();
        if (area == "check") args.Add("check");
        string firstLine = File.ReadLines(path).FirstOrDefault() ?? "";
        const string marker = "// aot-args:";
        if (firstLine.StartsWith(marker))
            args.AddRange(firstLine[marker.Length..].Split(' ', System.StringSplitOptions.RemoveEmptyEntries));
        args.Add(Path.GetFileName(path));

        var result = AotProcess.Run(Path.GetDirectoryName(path)!, null, args.ToArray());

        string verified = Path.Combine(Path.GetDirectoryName(path)!, Path.GetFileNameWithoutExtension(path) + ".verified.txt");
        Snapshot.Verify(verified, Snapshot.Describe(result));
    }
}
