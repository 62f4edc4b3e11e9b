using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;

namespace Aot.Test262;

/// <summary>
/// The in-process test262 runner (scripts/test262.sh, `make test262`). See <see cref="Usage"/>.
/// Exit status: 0 when every failing test is in the expected-failure list, 1 on a regression,
/// 2 on bad usage or a missing corpus.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length >= 1 && args[0] == Worker.Flag)
        {
            // aot-test262 --worker TEST262DIR SECONDS
            return Worker.Serve(args[1], TimeSpan.FromSeconds(double.Parse(args[2], CultureInfo.InvariantCulture)));
        }
        if (args.Length >= 1 && args[0] == "--measure-realm")
            return MeasureRealm();
        if (args.Length > 0 && args[0] is "-h" or "--help" or "help")
        {
            Console.Out.Write(Usage);
            return 0;
        }

        Options options;
        try
        {
            options = Options.Parse(args);
        }
        catch (UsageException e)
        {
            Console.Error.WriteLine($"aot-test262: {e.Message}");
            Console.Error.Write(Usage);
            return 2;
        }
        try
        {
            return Run(options);
        }
        catch (UsageException e)
        {
            Console.Error.WriteLine($"aot-test262: {e.Message}");
            return 2;
        }
    }

    private static int Run(Options options)
    {
        string root = FindRepoRoot();
        string test262 = Path.GetFullPath(options.Corpus ?? Path.Combine(root, "..", "shared", "test262"));
        string testDir = Path.Combine(test262, "test");
        if (!Directory.Exists(testDir))
            throw new UsageException($"no test262 checkout at {test262} (expected a test/ directory inside; pass --test262 DIR)");
        string expectedFile = Path.GetFullPath(options.Expected ?? Path.Combine(root, "tests", "conformance", "test262.expected-failures.txt"));

        var sw = Stopwatch.StartNew();
        var dirs = Catalog.DefaultDirs.Where(d => options.Filters.Count == 0
            || options.Filters.Any(f => f.StartsWith(d + "/", StringComparison.Ordinal) || (d + "/").StartsWith(f, StringComparison.Ordinal))).ToArray();
        var (cases, excluded) = Catalog.Collect(testDir, test262, dirs, options.Filters,
            options.IncludeSlow || options.Filters.Any(f => Catalog.SlowPrefixes.Any(p => f.StartsWith(p, StringComparison.Ordinal))));
        if (cases.Count == 0)
            throw new UsageException(options.Filters.Count > 0 ? $"no test matches --filter {string.Join(", ", options.Filters)}" : "no tests found");

        Console.WriteLine($"test262: {cases.Count} tests from {testDir}{ReadRevision(test262)} ({string.Join(", ", dirs.Select(d => d + "/"))}; "
            + $"excluded {excluded.Values.Sum()}: proposals, unsupported host features, slow), {(options.InProcess ? "in-process, 1 thread" : options.Threads + " worker processes")}, "
            + $"{options.Timeout.TotalSeconds:0.#} s limit per test");

        var results = new Coordinator(options, test262).Run(cases,
            (done, total) => Console.Error.WriteLine($"  ... {done}/{total} ({sw.Elapsed.TotalSeconds:0} s)"));
        Console.WriteLine($"ran in {sw.Elapsed.TotalSeconds:0.0} s");
        return Report.Print(results, options, expectedFile, excluded, sw.Elapsed);
    }

    /// <summary>--measure-realm: what a fresh realm per run costs (Vm + realm + $262, then assert.js
    /// and sta.js from precompiled code), against compiling the harness each time.</summary>
    private static int MeasureRealm()
    {
        string harnessDir = Path.Combine(FindRepoRoot(), "..", "shared", "test262", "harness");
        string assert = File.ReadAllText(Path.Combine(harnessDir, "assert.js")), sta = File.ReadAllText(Path.Combine(harnessDir, "sta.js"));
        var sw = Stopwatch.StartNew();
        var a = Aot.Engine.Interpreting.Vm.Compile(assert, "assert.js");
        var s = Aot.Engine.Interpreting.Vm.Compile(sta, "sta.js");
        double compileMs = sw.Elapsed.TotalMilliseconds;
        const int n = 2000;
        for (int round = 0; round < 2; round++) // the first round warms up the JIT
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            sw.Restart();
            for (int i = 0; i < n; i++)
            {
                var vm = new Aot.Engine.Interpreting.Vm();
                new Host262().Install(vm.CreateRealm());
            }
            double realmUs = sw.Elapsed.TotalMilliseconds * 1000 / n;
            long realmBytes = (GC.GetAllocatedBytesForCurrentThread() - before) / n;
            sw.Restart();
            for (int i = 0; i < n; i++)
            {
                var vm = new Aot.Engine.Interpreting.Vm();
                var realm = vm.CreateRealm();
                new Host262().Install(realm);
                vm.RunScript(realm, a);
                vm.RunScript(realm, s);
            }
            double withHarnessUs = sw.Elapsed.TotalMilliseconds * 1000 / n;
            sw.Restart();
            for (int i = 0; i < n / 10; i++)
            {
                var vm = new Aot.Engine.Interpreting.Vm();
                var realm = vm.CreateRealm();
                vm.RunScript(realm, Aot.Engine.Interpreting.Vm.Compile(assert, "assert.js"));
                vm.RunScript(realm, Aot.Engine.Interpreting.Vm.Compile(sta, "sta.js"));
            }
            double recompileUs = sw.Elapsed.TotalMilliseconds * 1000 / (n / 10);
            if (round == 1)
            {
                Console.WriteLine($"harness compile (assert.js + sta.js, first time, cold): {compileMs:0.0} ms");
                Console.WriteLine($"new Vm + realm + $262: {realmUs:0.0} µs, {realmBytes / 1024.0:0} KB allocated");
                Console.WriteLine($"  + assert.js and sta.js run from precompiled code: {withHarnessUs:0.0} µs");
                Console.WriteLine($"  + assert.js and sta.js compiled again each time: {recompileUs:0.0} µs");
            }
        }
        return 0;
    }

    private static string FindRepoRoot()
    {
        foreach (string start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (string? dir = Path.GetFullPath(start); dir != null; dir = Path.GetDirectoryName(dir))
            {
                if (File.Exists(Path.Combine(dir, "Aot.sln")))
                    return dir;
            }
        }
        throw new UsageException("cannot find the repository root (a directory with Aot.sln) above the current directory");
    }

    private static string ReadRevision(string test262)
    {
        string f = Path.Combine(test262, "REVISION");
        if (!File.Exists(f))
            return "";
        string rev = File.ReadAllText(f).Trim();
        int nl = rev.IndexOf('\n');
        if (nl >= 0)
            rev = rev[..nl].Trim();
        return rev.Length == 0 ? "" : $" (revision {rev[..Math.Min(12, rev.Length)]})";
    }

    public const string Usage = """
        usage: aot-test262 [options]        (scripts/test262.sh, make test262)

        Runs ../shared/test262/test (language/, built-ins/, annexB/; minus intl402/, staging/,
        fixtures, and tests of proposals that are not ES2024 or stage 4) with Aot.Engine: a fresh
        realm per run, sloppy and strict runs as the flags say, harness compiled once per worker;
        the few test directories too slow for CI run only with --include-slow.
        A test fails if any of its runs fails. Failures are compared with
        tests/conformance/test262.expected-failures.txt.

        options:
          --filter PREFIX    only tests whose path (relative to test/) starts with PREFIX; repeatable
          --verbose, -v      print every failure with its reason
          --update           rewrite the expected-failure list with the current failures
                             (with --filter: only the filtered part)
          --json FILE        write a JSON summary (rates per directory, reasons, failures)
          --timeout SECONDS  per-test time limit (default 10); the script is interrupted, and a worker
                             stuck in native code is killed 3 s later
          --threads N        worker processes (default: processor count)
          --include-slow     also run the tests listed as too slow for the default run (Catalog.SlowPrefixes:
                             built-ins/RegExp/property-escapes/generated/, 442 tests, 25+ minutes)
          --in-process       run in this process on one thread (debugging; no crash isolation)
          --top N            failure reasons to list (default 25)
          --test262 DIR      test262 checkout (default ../shared/test262)
          --expected FILE    expected-failure list

        The last line is "test262: N passed, M failed, K skipped": M = regressions (failing, not
        listed), K = known failures (failing and listed).

        """;
}

public sealed class UsageException(string message) : Exception(message);

public sealed class Options
{
    public string? Corpus { get; private set; }
    public string? Expected { get; private set; }
    public bool Update { get; private set; }
    public bool Verbose { get; private set; }
    public bool InProcess { get; private set; }
    public bool IncludeSlow { get; private set; }
    public List<string> Filters { get; } = new();
    public string? JsonFile { get; private set; }
    public TimeSpan Timeout { get; private set; } = TimeSpan.FromSeconds(10);
    public int Threads { get; private set; } = Environment.ProcessorCount;
    public int TopReasons { get; private set; } = 25;

    public static Options Parse(ReadOnlySpan<string> args)
    {
        var o = new Options();
        for (int i = 0; i < args.Length; i++)
        {
            string a = args[i];
            switch (a)
            {
                case "--test262": o.Corpus = Value(args, ref i, a); break;
                case "--expected": o.Expected = Value(args, ref i, a); break;
                case "--update": o.Update = true; break;
                case "--verbose" or "-v": o.Verbose = true; break;
                case "--in-process": o.InProcess = true; break;
                case "--include-slow": o.IncludeSlow = true; break;
                case "--json": o.JsonFile = Path.GetFullPath(Value(args, ref i, a)); break;
                case "--filter":
                    string f = Value(args, ref i, a).Replace('\\', '/');
                    if (f.StartsWith("test/", StringComparison.Ordinal))
                        f = f[5..];
                    o.Filters.Add(f);
                    break;
                case "--timeout":
                    if (!double.TryParse(Value(args, ref i, a), NumberStyles.Float, CultureInfo.InvariantCulture, out double t) || t <= 0)
                        throw new UsageException("--timeout needs a positive number of seconds");
                    o.Timeout = TimeSpan.FromSeconds(t);
                    break;
                case "--threads":
                    if (!int.TryParse(Value(args, ref i, a), out int n) || n < 1)
                        throw new UsageException("--threads needs a positive integer");
                    o.Threads = n;
                    break;
                case "--top":
                    if (!int.TryParse(Value(args, ref i, a), out int top) || top < 0)
                        throw new UsageException("--top needs a number");
                    o.TopReasons = top;
                    break;
                default:
                    throw new UsageException($"unknown option '{a}'");
            }
        }
        return o;
    }

    private static string Value(ReadOnlySpan<string> args, ref int i, string name)
    {
        if (i + 1 >= args.Length)
            throw new UsageException($"{name} needs a value");
        return args[++i];
    }
}
