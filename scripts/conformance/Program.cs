using System;
using System.IO;

namespace Aot.Conformance;

/// <summary>
/// Parser conformance driver (a developer tool, run in-process against Aot.Engine).
///
///   test262-parse [--test262 DIR] [--expected FILE] [--update] [--verbose] [--filter PREFIX]
///                 [--timeout SECONDS] [--threads N]
///   parser-tests  [DIR] [--expected FILE] [--update] [--verbose] [--filter PREFIX]
///                 [--timeout SECONDS] [--threads N]
///
/// Exit status: 0 when every failing file is in the expected-failure list, 1 on a regression,
/// 2 on bad usage or a missing corpus.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            Console.Out.Write(Usage);
            return args.Length == 0 ? 2 : 0;
        }

        Options options;
        try
        {
            options = Options.Parse(args.AsSpan(1));
        }
        catch (UsageException e)
        {
            Console.Error.WriteLine($"aot-conformance: {e.Message}");
            Console.Error.Write(Usage);
            return 2;
        }

        try
        {
            return args[0] switch
            {
                "test262-parse" => Test262ParseCommand.Run(options),
                "parser-tests" => ParserTestsCommand.Run(options),
                _ => throw new UsageException($"unknown command '{args[0]}'"),
            };
        }
        catch (UsageException e)
        {
            Console.Error.WriteLine($"aot-conformance: {e.Message}");
            return 2;
        }
    }

    public const string Usage = """
        usage: aot-conformance COMMAND [options]

        commands:
          test262-parse [--test262 DIR]   parse every test262 test (DIR/test minus intl402/, staging/
                                          and *_FIXTURE*) and check parse-phase negatives are rejected
                                          and everything else accepted; default DIR ../shared/test262
          parser-tests [DIR]              same for the npm package test262-parser-tests (DIR holds
                                          pass/, pass-explicit/, fail/, early/); default
                                          tests/conformance/parser-tests/node_modules/test262-parser-tests

        options:
          --expected FILE    expected-failure list (default tests/conformance/<command>.expected-failures.txt)
          --update           rewrite the expected-failure list with the current failures
          --verbose, -v      print every failure with its message
          --filter PREFIX    only files whose relative path starts with PREFIX
          --timeout SECONDS  per-file time limit (default 10); a file over it counts as failed
          --threads N        parallel parsers (default: processor count)

        """;
}

public sealed class UsageException(string message) : Exception(message);

public sealed class Options
{
    public string? Corpus { get; private set; }
    public string? Expected { get; private set; }
    public bool Update { get; private set; }
    public bool Verbose { get; private set; }
    public string? Filter { get; private set; }
    public double TimeoutSeconds { get; private set; } = 10;
    public int Threads { get; private set; } = Environment.ProcessorCount;

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
                case "--filter": o.Filter = Value(args, ref i, a).Replace('\\', '/'); break;
                case "--timeout":
                    if (!double.TryParse(Value(args, ref i, a), System.Globalization.NumberStyles.Float,
                            System.Globalization.CultureInfo.InvariantCulture, out double t) || t <= 0)
                        throw new UsageException("--timeout needs a positive number of seconds");
                    o.TimeoutSeconds = t;
                    break;
                case "--threads":
                    if (!int.TryParse(Value(args, ref i, a), out int n) || n < 1)
                        throw new UsageException("--threads needs a positive integer");
                    o.Threads = n;
                    break;
                default:
                    if (a.StartsWith('-'))
                        throw new UsageException($"unknown option '{a}'");
                    if (o.Corpus != null)
                        throw new UsageException($"unexpected argument '{a}'");
                    o.Corpus = a;
                    break;
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

/// <summary>Locates the repository root (the directory holding Aot.sln).</summary>
public static class RepoRoot
{
    public static string Find()
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
}
