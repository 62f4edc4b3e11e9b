using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

using Aot.Conformance.Shared;

namespace Aot.Test262;

/// <summary>Prints the pass-rate table, the most common failure reasons, the comparison with the
/// expected failures and the closing line; writes the --json summary; returns the exit status.</summary>
public static partial class Report
{
    public const string DefaultHeader = """
        # test262 tests the engine fails (scripts/test262.sh; paths relative to ../shared/test262/test).
        # A test fails if any of its runs (sloppy, strict) fails. A failing test not listed here is a
        # REGRESSION (exit 1); a listed test that passes is reported "now passing — remove from the list".
        # Regenerate with: scripts/test262.sh --update
        """;

    public static int Print(IReadOnlyList<TestResult> results, Options options, string expectedFile,
        SortedDictionary<string, int> excluded, TimeSpan elapsed)
    {
        TextWriter o = Console.Out;

        // Pass rates: two directory levels, then the top-level directories, then the total.
        o.WriteLine();
        o.WriteLine($"{"directory",-44} {"tests",7} {"passed",7} {"failed",7} {"percent",8}");
        foreach (var g in results.GroupBy(r => r.Case.Group, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
            Row(o, g.Key, g.ToList());
        o.WriteLine(new string('-', 77));
        var tops = results.GroupBy(r => TopDir(r.Case.RelativePath), StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        foreach (var g in tops)
            Row(o, g.Key + "/", g.ToList());
        Row(o, "total", results);

        var failing = results.Where(r => !r.Passed).OrderBy(r => r.Case.RelativePath, StringComparer.Ordinal).ToList();

        // The most common reasons, and the .NET exceptions escaping the engine (engine bugs).
        if (failing.Count > 0)
        {
            o.WriteLine();
            o.WriteLine("top failure reasons:");
            foreach (var g in failing.GroupBy(r => Normalize(r.Reason)).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Take(options.TopReasons))
                o.WriteLine($"  {g.Count(),6} × {g.Key}");
            var crashes = failing.Where(r => IsCrash(r.Reason)).ToList();
            if (crashes.Count > 0)
            {
                o.WriteLine();
                o.WriteLine($"engine crashes (.NET exceptions, stack overflows, killed workers): {crashes.Count}");
                foreach (var g in crashes.GroupBy(r => Normalize(r.Reason)).OrderByDescending(g => g.Count()).Take(15))
                    o.WriteLine($"  {g.Count(),6} × {g.Key}   (e.g. {g.First().Case.RelativePath})");
            }
        }

        if (options.Verbose && failing.Count > 0)
        {
            o.WriteLine();
            o.WriteLine($"failures ({failing.Count}):");
            foreach (var r in failing)
                o.WriteLine($"  FAIL {r.Case.RelativePath}: {r.Reason}");
        }

        var slow = results.Where(r => r.Milliseconds >= 2000).OrderByDescending(r => r.Milliseconds).Take(10).ToList();
        if (slow.Count > 0)
        {
            o.WriteLine();
            o.WriteLine("slowest tests:");
            foreach (var r in slow)
                o.WriteLine($"  {r.Milliseconds / 1000.0,6:0.0} s  {r.Case.RelativePath}{(r.Passed ? "" : " (failed)")}");
        }

        // Compare with the expected-failure list (only the part in scope when filtered).
        ExpectedFailures expected = ExpectedFailures.Load(expectedFile);
        var scope = new HashSet<string>(results.Select(r => r.Case.RelativePath), StringComparer.Ordinal);
        // Entries of tests not run by choice (the slow ones without --include-slow) are kept as they are.
        bool InScope(string p) => scope.Contains(p)
            || ((options.Filters.Count == 0 || options.Filters.Any(f => p.StartsWith(f, StringComparison.Ordinal)))
                && (options.IncludeSlow || !Catalog.SlowPrefixes.Any(s => p.StartsWith(s, StringComparison.Ordinal))));
        var failingSet = new HashSet<string>(failing.Select(r => r.Case.RelativePath), StringComparer.Ordinal);
        var regressions = failing.Where(r => !expected.Paths.Contains(r.Case.RelativePath)).ToList();
        var nowPassing = expected.Paths.Where(p => scope.Contains(p) && !failingSet.Contains(p)).ToList();
        var stale = expected.Paths.Where(p => InScope(p) && !scope.Contains(p)).ToList();

        string shownList = Relative(expectedFile);
        o.WriteLine();
        o.WriteLine(expected.Exists
            ? $"expected-failure list {shownList}: {expected.Paths.Count} entries"
            : $"expected-failure list {shownList} does not exist: every failure counts as a regression");
        if (nowPassing.Count > 0)
        {
            o.WriteLine($"{nowPassing.Count} test(s) now passing — remove from the list (or run with --update):");
            foreach (string p in nowPassing.Take(options.Verbose ? int.MaxValue : 200))
                o.WriteLine($"  now passing — remove from the list: {p}");
            if (!options.Verbose && nowPassing.Count > 200)
                o.WriteLine($"  ... and {nowPassing.Count - 200} more (--verbose lists all)");
        }
        if (stale.Count > 0)
        {
            o.WriteLine($"{stale.Count} stale list entries (not run: no such test, or excluded; --update drops them):");
            foreach (string p in stale.Take(50))
                o.WriteLine($"  not run: {p}");
        }

        int status = 0;
        if (options.Update)
        {
            expected.Write(expectedFile, failingSet, InScope, DefaultHeader);
            o.WriteLine($"updated {shownList}: {ExpectedFailures.Load(expectedFile).Paths.Count} entries");
        }
        else if (regressions.Count > 0)
        {
            o.WriteLine($"{regressions.Count} REGRESSION(S) (failing, not in the expected-failure list):");
            foreach (var r in regressions)
                o.WriteLine($"  REGRESSION {r.Case.RelativePath}: {r.Reason}");
            status = 1;
        }
        else
        {
            o.WriteLine("no regressions");
        }

        int passed = results.Count - failing.Count;
        int known = failing.Count - regressions.Count;
        if (options.Update)
        {
            known = failing.Count;
            regressions.Clear();
        }

        if (options.JsonFile != null)
            WriteJson(options.JsonFile, results, failing, regressions, nowPassing, excluded, elapsed, tops);

        o.WriteLine($"excluded (not run): {excluded.Values.Sum()} ({string.Join(", ", excluded.Select(e => $"{e.Key} ×{e.Value}"))})");
        o.WriteLine($"({known} known failures from the expected-failure list are counted as skipped)");
        o.WriteLine($"test262: {passed} passed, {regressions.Count} failed, {known} skipped");
        return status;
    }

    private static void WriteJson(string file, IReadOnlyList<TestResult> results, List<TestResult> failing, List<TestResult> regressions,
        List<string> nowPassing, SortedDictionary<string, int> excluded, TimeSpan elapsed, List<IGrouping<string, TestResult>> tops)
    {
        using var stream = File.Create(file);
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        w.WriteStartObject();
        w.WriteNumber("tests", results.Count);
        w.WriteNumber("passed", results.Count - failing.Count);
        w.WriteNumber("failed", failing.Count);
        w.WriteNumber("regressions", regressions.Count);
        w.WriteNumber("nowPassing", nowPassing.Count);
        w.WriteNumber("excluded", excluded.Values.Sum());
        w.WriteNumber("seconds", Math.Round(elapsed.TotalSeconds, 1));
        w.WriteStartObject("topLevel");
        foreach (var g in tops)
            Group(w, g.Key, g.ToList());
        w.WriteEndObject();
        w.WriteStartObject("directories");
        foreach (var g in results.GroupBy(r => r.Case.Group, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
            Group(w, g.Key, g.ToList());
        w.WriteEndObject();
        w.WriteStartObject("topReasons");
        foreach (var g in failing.GroupBy(r => Normalize(r.Reason)).OrderByDescending(g => g.Count()).Take(50))
            w.WriteNumber(g.Key, g.Count());
        w.WriteEndObject();
        w.WriteStartObject("excludedBy");
        foreach (var e in excluded)
            w.WriteNumber(e.Key, e.Value);
        w.WriteEndObject();
        w.WriteStartArray("regressionList");
        foreach (var r in regressions)
            w.WriteStringValue(r.Case.RelativePath);
        w.WriteEndArray();
        w.WriteStartObject("failures");
        foreach (var r in failing)
            w.WriteString(r.Case.RelativePath, r.Reason);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void Group(Utf8JsonWriter w, string name, IReadOnlyCollection<TestResult> rs)
    {
        int passed = rs.Count(r => r.Passed);
        w.WriteStartObject(name);
        w.WriteNumber("tests", rs.Count);
        w.WriteNumber("passed", passed);
        w.WriteNumber("percent", rs.Count == 0 ? 100 : Math.Round(100.0 * passed / rs.Count, 2));
        w.WriteEndObject();
    }

    private static void Row(TextWriter o, string name, IReadOnlyCollection<TestResult> rs)
    {
        int passed = rs.Count(r => r.Passed);
        double pct = rs.Count == 0 ? 100 : 100.0 * passed / rs.Count;
        string percent = pct.ToString("0.00", CultureInfo.InvariantCulture) + "%";
        o.WriteLine($"{name,-44} {rs.Count,7} {passed,7} {rs.Count - passed,7} {percent,8}");
    }

    private static string TopDir(string rel)
    {
        int slash = rel.IndexOf('/');
        return slash < 0 ? rel : rel[..slash];
    }

    private static bool IsCrash(string reason) => reason.Contains("crash: ", StringComparison.Ordinal)
        || reason.Contains("worker process died", StringComparison.Ordinal)
        || reason.Contains("not interruptible", StringComparison.Ordinal);

    [GeneratedRegex(@"\(\d+:\d+\)|«[^»]*»|'[^']{0,80}'|""[^""]{0,80}""|\b\d+(\.\d+)?\b")]
    private static partial Regex Variable();

    /// <summary>Groups similar reasons: the first failing mode only, assertion messages folded,
    /// positions, numbers and quoted values replaced.</summary>
    public static string Normalize(string reason)
    {
        string r = reason;
        int bar = r.IndexOf(" | ", StringComparison.Ordinal);
        if (bar >= 0)
            r = r[..bar];
        if (r.StartsWith("[strict] ", StringComparison.Ordinal) || r.StartsWith("[sloppy] ", StringComparison.Ordinal))
            r = r[9..];
        if (r.StartsWith("harness ", StringComparison.Ordinal))
            return r.Length > 100 ? r[..100] : r;
        foreach (string prefix in new[] { "uncaught Test262Error", "async failure: Test262Error", "uncaught value Test262:", "uncaught string Test262:" })
        {
            if (r.StartsWith(prefix, StringComparison.Ordinal))
                return prefix + " (assertion failed)";
        }
        if (r.StartsWith("crash: ", StringComparison.Ordinal) || r.StartsWith("unsupported: ", StringComparison.Ordinal))
            return r.Length > 160 ? r[..160] : r;
        r = Variable().Replace(r, "…");
        return r.Length > 110 ? r[..110] + "…" : r;
    }

    private static string Relative(string path)
    {
        string rel = Path.GetRelativePath(Directory.GetCurrentDirectory(), path);
        return rel.StartsWith("..", StringComparison.Ordinal) ? path : rel;
    }
}
