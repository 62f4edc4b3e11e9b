using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

using Aot.Conformance.Shared;

namespace Aot.Test262;

/// <summary>One test file to run (its modes are decided by the worker from the frontmatter).</summary>
public sealed record TestCase(string RelativePath, string Group);

/// <summary>
/// Collects the tests: the default directories (language/, built-ins/, annexB/) of test262/test,
/// minus fixtures and the tests this runner does not run (features of proposals that are not in
/// ES2024 or stage 4, host capabilities we do not provide).
/// </summary>
public static class Catalog
{
    public static readonly string[] DefaultDirs = ["language", "built-ins", "annexB"];

    /// <summary>
    /// Proposals not in ES2024 and not at stage 4: test262's features.txt, section "Proposed language
    /// features", at revision be13516f (2026-08). Features added to that section later are picked
    /// up from features.txt too (see <see cref="ReadProposedFeatures"/>).
    /// </summary>
    public static readonly string[] ProposalFeatures =
    [
        "Intl.Era-monthcode", "Intl.Locale-info", "Intl.NumberFormat-v3", "legacy-regexp", "ShadowRealm",
        "decorators", "source-phase-imports", "source-phase-imports-module-source", "import-defer",
        "export-defer", "import-text", "immutable-arraybuffer", "import-bytes",
        "nonextensible-applies-to-private", "await-dictionary", "error-stack-accessor",
        "Iterator.prototype.join",
    ];

    /// <summary>Host capabilities this runner does not provide ($262.IsHTMLDDA needs engine support).</summary>
    public static readonly string[] UnsupportedHostFeatures = ["IsHTMLDDA"];

    /// <summary>
    /// Tests too slow for the default run (--include-slow runs them). None at present: the generated
    /// Unicode property-escape tests (469, /^\p{..}+$/u over every code point of a property) took 4 to
    /// 15 s each until the u-mode translation matched surrogate-pair runs; the whole directory now takes
    /// about a minute on 2 cores, so the default run includes it.
    /// </summary>
    public static readonly string[] SlowPrefixes = [];

    public sealed record Collected(List<TestCase> Cases, SortedDictionary<string, int> Excluded);

    public static Collected Collect(string testDir, string test262Dir, IReadOnlyList<string> dirs, IReadOnlyList<string> filters, bool includeSlow)
    {
        var proposals = new HashSet<string>(ProposalFeatures, StringComparer.Ordinal);
        proposals.UnionWith(ReadProposedFeatures(Path.Combine(test262Dir, "features.txt")));
        var hostUnsupported = new HashSet<string>(UnsupportedHostFeatures, StringComparer.Ordinal);

        var files = new List<string>();
        foreach (string d in dirs)
        {
            string dir = Path.Combine(testDir, d);
            if (Directory.Exists(dir))
                files.AddRange(Directory.EnumerateFiles(dir, "*.js", SearchOption.AllDirectories));
        }
        files.Sort(StringComparer.Ordinal);

        var cases = new List<TestCase>(files.Count);
        var excluded = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (string file in files)
        {
            if (Path.GetFileName(file).Contains("_FIXTURE", StringComparison.Ordinal))
                continue;
            string rel = Path.GetRelativePath(testDir, file).Replace('\\', '/');
            if (filters.Count > 0 && !filters.Any(f => rel.StartsWith(f, StringComparison.Ordinal)))
                continue;
            if (!includeSlow && SlowPrefixes.Any(p => rel.StartsWith(p, StringComparison.Ordinal)))
            {
                excluded["slow (--include-slow runs them)"] = excluded.GetValueOrDefault("slow (--include-slow runs them)") + 1;
                continue;
            }
            var fm = Frontmatter.Parse(File.ReadAllText(file, Encoding.UTF8));
            string? why = fm.Features.FirstOrDefault(proposals.Contains) is { } p ? "proposal " + p
                : fm.Features.FirstOrDefault(hostUnsupported.Contains) is { } h ? "host feature " + h
                : fm.Flags.Contains("CanBlockIsFalse") ? "flag CanBlockIsFalse (this agent can block)"
                : null;
            if (why != null)
            {
                excluded[why] = excluded.GetValueOrDefault(why) + 1;
                continue;
            }
            cases.Add(new TestCase(rel, GroupOf(rel)));
        }
        return new Collected(cases, excluded);
    }

    /// <summary>Two levels: "language/expressions", "built-ins/Array"; a file directly in a top
    /// directory (annexB/x.js) groups under that directory.</summary>
    public static string GroupOf(string rel)
    {
        int a = rel.IndexOf('/');
        if (a < 0)
            return rel;
        int b = rel.IndexOf('/', a + 1);
        return b < 0 ? rel[..a] : rel[..b];
    }

    /// <summary>The feature names listed in features.txt before "## Standard language features".</summary>
    public static IEnumerable<string> ReadProposedFeatures(string featuresTxt)
    {
        if (!File.Exists(featuresTxt))
            yield break;
        foreach (string raw in File.ReadLines(featuresTxt))
        {
            string line = raw.Trim();
            if (line.StartsWith("## Standard", StringComparison.Ordinal))
                yield break;
            if (line.Length == 0 || line.StartsWith('#'))
                continue;
            int hash = line.IndexOf('#');
            yield return (hash >= 0 ? line[..hash] : line).Trim();
        }
    }
}
