using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

using Aot.Conformance.Shared;

namespace Aot.Conformance;

/// <summary>Prints the per-directory table, the comparison with the expected failures and the
/// closing line, and computes the exit status. Shared by both commands.</summary>
public static class Report
{
    public static int Print(
        string command,
        IReadOnlyList<CaseResult> results,
        string expectedFile,
        bool update,
        bool verbose,
        string? filter,
        string defaultHeader)
    {
        TextWriter o = Console.Out;

        // Per-group table.
        var groups = results.GroupBy(r => r.Case.Group, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        o.WriteLine();
        o.WriteLine($"{"directory",-16} {"files",7} {"accepted-as-expected",21} {"rejected-as-expected",21} {"wrong",7} {"percent",8}");
        foreach (var g in groups)
            Row(o, g.Key, g.ToList());
        Row(o, "total", results);

        var failing = results.Where(r => !r.Passed).OrderBy(r => r.Case.RelativePath, StringComparer.Ordinal).ToList();
        if (verbose && failing.Count > 0)
        {
            o.WriteLine();
            o.WriteLine($"failures ({failing.Count}):");
            foreach (CaseResult r in failing)
                o.WriteLine($"  FAIL {r.Case.RelativePath}: {r.Detail}");
        }

        // Compare with the expected-failure list (only the part in scope when filtered).
        ExpectedFailures expected = ExpectedFailures.Load(expectedFile);
        var scope = new HashSet<string>(results.Select(r => r.Case.RelativePath), StringComparer.Ordinal);
        bool InScope(string p) => scope.Contains(p) || (filter != null ? p.StartsWith(filter, StringComparison.Ordinal) : true);

        var failingSet = new HashSet<string>(failing.Select(r => r.Case.RelativePath), StringComparer.Ordinal);
        var regressions = failing.Where(r => !expected.Paths.Contains(r.Case.RelativePath)).ToList();
        var nowPassing = expected.Paths.Where(p => scope.Contains(p) && !failingSet.Contains(p)).ToList();
        var missing = expected.Paths.Where(p => InScope(p) && !scope.Contains(p)).ToList();

        string shownList = Relative(expectedFile);
        o.WriteLine();
        if (!expected.Exists)
            o.WriteLine($"expected-failure list {shownList} does not exist: every failure counts as a regression");
        else
            o.WriteLine($"expected-failure list {shownList}: {expected.Paths.Count} entries");

        if (nowPassing.Count > 0)
        {
            o.WriteLine($"{nowPassing.Count} file(s) now passing — remove from the list (or run with --update):");
            foreach (string p in nowPassing)
                o.WriteLine($"  now passing — remove from the list: {p}");
        }
        if (missing.Count > 0)
        {
            o.WriteLine($"{missing.Count} stale list entries (no such file in the corpus; --update drops them):");
            foreach (string p in missing.Take(50))
                o.WriteLine($"  not found: {p}");
        }

        int status = 0;
        if (update)
        {
            expected.Write(expectedFile, failingSet, InScope, defaultHeader);
            o.WriteLine($"updated {shownList}: {ExpectedFailures.Load(expectedFile).Paths.Count} entries");
        }
        else if (regressions.Count > 0)
        {
            o.WriteLine($"{regressions.Count} REGRESSION(S) (failing, not in the expected-failure list):");
            foreach (CaseResult r in regressions)
                o.WriteLine($"  REGRESSION {r.Case.RelativePath}: {r.Detail}");
            status = 1;
        }
        else
        {
            o.WriteLine("no regressions");
        }

        // Known failures (listed, still failing) are reported as skipped; only regressions count as failed.
        int passed = results.Count - failing.Count;
        int known = failing.Count - regressions.Count;
        o.WriteLine($"({known} known failures from the expected-failure list are counted as skipped)");
        o.WriteLine($"{command}: {passed} passed, {regressions.Count} failed, {known} skipped");
        return status;
    }

    private static void Row(TextWriter o, string name, IReadOnlyCollection<CaseResult> rs)
    {
        int accepted = rs.Count(r => r.Verdict == Verdict.AcceptedAsExpected);
        int rejected = rs.Count(r => r.Verdict == Verdict.RejectedAsExpected);
        int wrong = rs.Count - accepted - rejected;
        double pct = rs.Count == 0 ? 100 : 100.0 * (accepted + rejected) / rs.Count;
        string percent = pct.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) + "%";
        o.WriteLine($"{name,-16} {rs.Count,7} {accepted,21} {rejected,21} {wrong,7} {percent,8}");
    }

    private static string Relative(string path)
    {
        string rel = Path.GetRelativePath(Directory.GetCurrentDirectory(), path);
        return rel.StartsWith("..", StringComparison.Ordinal) ? path : rel;
    }
}
