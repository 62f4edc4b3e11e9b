using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;

namespace Aot.Conformance;

/// <summary>
/// parser-tests: the npm package test262-parser-tests. Files in pass/ and pass-explicit/ must
/// parse, files in fail/ and early/ must be rejected; *.module.js files are modules, the rest
/// sloppy scripts. The official check of the same corpus goes through bin/aot
/// (scripts/test262-parser-tests.sh); this in-process variant is for quick iteration and shares
/// its expected-failure list.
/// </summary>
public static class ParserTestsCommand
{
    private const string DefaultHeader = """
        # test262-parser-tests 0.0.5 files the parser gets wrong (paths relative to the package).
        # Read by scripts/test262-parser-tests.sh and by `aot-conformance parser-tests`.
        # A file listed here may fail; a failing file not listed is a regression (exit 1).
        """;

    private static readonly (string Dir, bool Reject)[] Dirs =
        [("pass", false), ("pass-explicit", false), ("fail", true), ("early", true)];

    public static int Run(Options options)
    {
        string root = RepoRoot.Find();
        string dir = Path.GetFullPath(options.Corpus
            ?? Path.Combine(root, "tests", "conformance", "parser-tests", "node_modules", "test262-parser-tests"));
        if (!Directory.Exists(Path.Combine(dir, "pass")))
            throw new UsageException($"no test262-parser-tests package at {dir} (expected pass/, fail/, early/ inside; "
                + "install it with `npm ci --prefix tests/conformance/parser-tests` or pass DIR)");
        string expectedFile = Path.GetFullPath(options.Expected ?? Path.Combine(root, "tests", "conformance", "parser-tests.expected-failures.txt"));

        var cases = new List<ParseCase>();
        foreach ((string sub, bool reject) in Dirs)
        {
            string d = Path.Combine(dir, sub);
            if (!Directory.Exists(d))
                throw new UsageException($"{d} is missing");
            var files = new List<string>(Directory.EnumerateFiles(d, "*.js"));
            files.Sort(StringComparer.Ordinal);
            foreach (string f in files)
            {
                string rel = sub + "/" + Path.GetFileName(f);
                if (options.Filter != null && !rel.StartsWith(options.Filter, StringComparison.Ordinal))
                    continue;
                Goal goal = f.EndsWith(".module.js", StringComparison.Ordinal) ? Goal.Module : Goal.Script;
                cases.Add(new ParseCase(rel, f, sub + "/", reject, [goal]));
            }
        }

        Console.WriteLine($"parser-tests: {cases.Count} files from {dir}, {options.Threads} threads, {options.TimeoutSeconds:0.#} s limit per file");
        if (cases.Count == 0)
            throw new UsageException($"no test matches --filter {options.Filter}");
        var sw = Stopwatch.StartNew();
        CaseResult[] results = ParseRunner.Run(cases, options.Threads, TimeSpan.FromSeconds(options.TimeoutSeconds));
        Console.WriteLine($"parsed in {sw.Elapsed.TotalSeconds:0.0} s");
        return Report.Print("parser-tests", results, expectedFile, options.Update, options.Verbose, options.Filter, DefaultHeader);
    }
}
