using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Text;
using System.Threading;
using Aot.Engine.Parsing;

namespace Aot.Conformance;

/// <summary>How one source text is parsed.</summary>
public enum Goal
{
    Script,        // Parser.ParseScript, sloppy
    StrictScript,  // Parser.ParseScript with ParseOptions.Strict
    Module,        // Parser.ParseModule
}

/// <summary>One file to check: parse it under every goal; each must give the expected verdict.</summary>
public sealed record ParseCase(string RelativePath, string FullPath, string Group, bool ExpectReject, Goal[] Goals);

public enum Verdict
{
    AcceptedAsExpected,
    RejectedAsExpected,
    Wrong,
}

public sealed record CaseResult(ParseCase Case, Verdict Verdict, string? Detail)
{
    public bool Passed => Verdict != Verdict.Wrong;
}

/// <summary>
/// Parses cases on a fixed number of worker threads (each with a big stack) under a watchdog:
/// a case that runs longer than the limit is recorded as a timeout, its worker is abandoned (a
/// background thread, it dies with the process) and a fresh worker takes its place. .NET cannot
/// abort a thread, so this is the only way to survive a parser hang in-process.
/// </summary>
public static class ParseRunner
{
    private const int WorkerStackSize = 64 * 1024 * 1024;

    public static CaseResult[] Run(IReadOnlyList<ParseCase> cases, int threads, TimeSpan limit, Action<int>? progress = null)
    {
        var results = new CaseResult?[cases.Count];
        int next = -1;
        int done = 0;
        var workers = new List<Worker>();

        void Complete(int index, CaseResult result)
        {
            if (Interlocked.CompareExchange(ref results[index], result, null) == null)
                Interlocked.Increment(ref done);
        }

        Worker Start()
        {
            var w = new Worker();
            w.Thread = new Thread(() =>
            {
                while (!w.Abandoned)
                {
                    int i = Interlocked.Increment(ref next);
                    if (i >= cases.Count)
                        break;
                    Volatile.Write(ref w.StartTimestamp, Stopwatch.GetTimestamp());
                    Volatile.Write(ref w.Current, i);
                    CaseResult r = Check(cases[i]);
                    Volatile.Write(ref w.Current, -1);
                    Complete(i, r);
                }
            }, WorkerStackSize)
            {
                IsBackground = true,
                Name = "parse-worker",
            };
            w.Thread.Start();
            return w;
        }

        for (int t = 0; t < Math.Max(1, threads); t++)
            workers.Add(Start());

        long limitTicks = (long)(limit.TotalSeconds * Stopwatch.Frequency);
        int lastReported = 0;
        while (Volatile.Read(ref done) < cases.Count)
        {
            Thread.Sleep(50);
            long now = Stopwatch.GetTimestamp();
            for (int k = 0; k < workers.Count; k++)
            {
                Worker w = workers[k];
                if (w.Abandoned)
                    continue;
                int current = Volatile.Read(ref w.Current);
                if (current < 0 || now - Volatile.Read(ref w.StartTimestamp) <= limitTicks)
                    continue;
                // Re-check that the worker is still on the same case before blaming it.
                if (Volatile.Read(ref w.Current) != current)
                    continue;
                w.Abandoned = true;
                ParseCase c = cases[current];
                Complete(current, new CaseResult(c, Verdict.Wrong, $"timed out after {limit.TotalSeconds:0.#} s (parser hang?)"));
                workers[k] = Start();
            }
            int d = Volatile.Read(ref done);
            if (progress != null && d - lastReported >= 5000)
            {
                lastReported = d;
                progress(d);
            }
            bool anyAlive = false;
            foreach (Worker w in workers)
                anyAlive |= !w.Abandoned && w.Thread!.IsAlive;
            if (!anyAlive && Volatile.Read(ref done) < cases.Count)
                throw new InvalidOperationException("all parse workers exited before finishing");
        }

        var final = new CaseResult[cases.Count];
        for (int i = 0; i < final.Length; i++)
            final[i] = results[i]!;
        return final;
    }

    private sealed class Worker
    {
        public Thread? Thread;
        public int Current = -1;
        public long StartTimestamp;
        public volatile bool Abandoned;
    }

    /// <summary>Reads the file and parses it under each goal of the case.</summary>
    public static CaseResult Check(ParseCase c)
    {
        string source;
        try
        {
            // Decode without stripping a BOM or normalising anything: the parser sees the file's text.
            source = new UTF8Encoding(false, false).GetString(System.IO.File.ReadAllBytes(c.FullPath));
        }
        catch (Exception e)
        {
            return new CaseResult(c, Verdict.Wrong, $"cannot read the file: {e.Message}");
        }

        foreach (Goal goal in c.Goals)
        {
            string? problem = ParseOnce(source, goal, c.ExpectReject);
            if (problem != null)
                return new CaseResult(c, Verdict.Wrong, $"{GoalName(goal)}: {problem}");
        }
        return new CaseResult(c, c.ExpectReject ? Verdict.RejectedAsExpected : Verdict.AcceptedAsExpected, null);
    }

    /// <summary>Returns null when the parse gave the expected verdict, else what went wrong.</summary>
    private static string? ParseOnce(string source, Goal goal, bool expectReject)
    {
        try
        {
            _ = goal switch
            {
                Goal.Module => Parser.ParseModule(source),
                Goal.StrictScript => Parser.ParseScript(source, new ParseOptions { Strict = true }),
                _ => Parser.ParseScript(source),
            };
        }
        catch (SyntaxError e)
        {
            return expectReject ? null : $"unexpected SyntaxError at {e.Line}:{e.Column + 1}: {e.Message}";
        }
        catch (Exception e)
        {
            // Anything but SyntaxError escaping the parser is a bug, whatever the expectation.
            return $"crashed with {e.GetType().Name}: {FirstLine(e.Message)}{Where(e)}";
        }
        return expectReject ? "parsed, but a SyntaxError was expected" : null;
    }

    public static string GoalName(Goal goal) => goal switch
    {
        Goal.Module => "module",
        Goal.StrictScript => "strict script",
        _ => "script",
    };

    private static string FirstLine(string s)
    {
        int nl = s.IndexOf('\n');
        return nl < 0 ? s : s[..nl].TrimEnd('\r');
    }

    private static string Where(Exception e)
    {
        string? trace = e.StackTrace;
        if (trace == null)
            return "";
        foreach (string line in trace.Split('\n'))
        {
            string t = line.Trim();
            if (t.Length > 0)
                return " (" + t + ")";
        }
        return "";
    }
}
