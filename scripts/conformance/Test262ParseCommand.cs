using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Text;

using Aot.Conformance.Shared;

namespace Aot.Conformance;

/// <summary>
/// test262-parse: every test262 test must parse, except parse-phase negatives, which must be rejected.
/// Goals per test: flags [module] -> module; [onlyStrict] -> strict script; [noStrict] or [raw] ->
/// sloppy script; otherwise both sloppy and strict script must give the expected verdict (test262's
/// INTERPRETING.md runs such tests twice, the second time with "use strict" prepended; here the
/// parser's Strict option stands for that prologue, so locations are unchanged).
/// </summary>
public static class Test262ParseCommand
{
    private const string DefaultHeader = """
        # test262 files the parser gets wrong (scripts/test262-parse.sh; paths relative to test262/test).
        # A file listed here may fail; a failing file not listed is a regression (exit 1).
        # Regenerate with: scripts/test262-parse.sh --update
        """;

    private static readonly string[] ExcludedDirs = ["intl402", "staging"];

    public static int Run(Options options)
    {
        string root = RepoRoot.Find();
        string test262 = Path.GetFullPath(options.Corpus ?? Path.Combine(root, "..", "shared", "test262"));
        string testDir = Path.Combine(test262, "test");
        if (!Directory.Exists(testDir))
            throw new UsageException($"no test262 checkout at {test262} (expected a test/ directory inside; pass --test262 DIR)");
        string expectedFile = Path.GetFullPath(options.Expected ?? Path.Combine(root, "tests", "conformance", "test262-parse.expected-failures.txt"));

        var sw = Stopwatch.StartNew();
        List<ParseCase> cases = Collect(testDir, options.Filter);
        string revision = ReadRevision(test262);
        Console.WriteLine($"test262-parse: {cases.Count} files from {testDir}{revision}, {options.Threads} threads, {options.TimeoutSeconds:0.#} s limit per file");
        if (cases.Count == 0)
            throw new UsageException(options.Filter != null ? $"no test matches --filter {options.Filter}" : "no tests found");

        CaseResult[] results = ParseRunner.Run(cases, options.Threads, TimeSpan.FromSeconds(options.TimeoutSeconds),
            done => Console.Error.WriteLine($"  ... {done}/{cases.Count}"));
        Console.WriteLine($"parsed in {sw.Elapsed.TotalSeconds:0.0} s");
        return Report.Print("test262-parse", results, expectedFile, options.Update, options.Verbose, options.Filter, DefaultHeader);
    }

    private static List<ParseCase> Collect(string testDir, string? filter)
    {
        var files = new List<string>();
        foreach (string dir in Directory.EnumerateDirectories(testDir))
        {
            if (Array.IndexOf(ExcludedDirs, Path.GetFileName(dir)) >= 0)
                continue;
            files.AddRange(Directory.EnumerateFiles(dir, "*.js", SearchOption.AllDirectories));
        }
        files.Sort(StringComparer.Ordinal);

        var cases = new List<ParseCase>(files.Count);
        foreach (string file in files)
        {
            if (Path.GetFileName(file).Contains("_FIXTURE", StringComparison.Ordinal))
                continue;
            string rel = Path.GetRelativePath(testDir, file).Replace('\\', '/');
            if (filter != null && !rel.StartsWith(filter, StringComparison.Ordinal))
                continue;
            Frontmatter fm = Frontmatter.Parse(File.ReadAllText(file, Encoding.UTF8));
            Goal[] goals = fm.IsModule ? [Goal.Module]
                : fm.OnlyStrict ? [Goal.StrictScript]
                : fm.NoStrict || fm.IsRaw ? [Goal.Script]
                : [Goal.Script, Goal.StrictScript];
            string group = rel[..(rel.IndexOf('/') + 1)];
            cases.Add(new ParseCase(rel, file, group, fm.ExpectParseError, goals));
        }
        return cases;
    }

    private static string ReadRevision(string test262)
    {
        // shared/test262/REVISION, when present, names the pinned commit.
        string f = Path.Combine(test262, "REVISION");
        if (!File.Exists(f))
            return "";
        string rev = File.ReadAllText(f).Trim();
        int nl = rev.IndexOf('\n');
        if (nl >= 0)
            rev = rev[..nl].Trim();
        return rev.Length == 0 ? "" : $" (revision {rev})";
    }
}
