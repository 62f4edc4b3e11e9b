using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Aot.Test262;

/// <summary>The result of one test file.</summary>
public sealed record TestResult(TestCase Case, bool Passed, string Reason, long Milliseconds);

/// <summary>
/// Runs the tests on a pool of worker processes (one per thread of parallelism, each running one
/// test at a time). Why processes: the engine's shape tree is shared by all VMs of a process and
/// is not thread-safe, and only a process boundary survives a .NET stack overflow, a test stuck in
/// native code (the interrupt flag is only checked by the bytecode loop) or runaway memory.
/// </summary>
public sealed class Coordinator(Options options, string test262Dir)
{
    /// <summary>A worker answering later than the time limit plus this is killed and replaced.</summary>
    private static readonly TimeSpan HardLimitMargin = TimeSpan.FromSeconds(3);
    /// <summary>Workers are recycled after this many tests (the engine's shared shape tree only grows).</summary>
    private const int TestsPerWorker = 4000;
    /// <summary>GC heap limit per worker: a test allocating without bound gets an OutOfMemoryException.</summary>
    private const long WorkerHeapLimit = 3L << 29; // 1.5 GB

    private int next;
    private int done;
    private int restarts;

    public TestResult[] Run(IReadOnlyList<TestCase> cases, Action<int, int>? progress)
    {
        var results = new TestResult[cases.Count];
        if (options.InProcess)
        {
            // Debugging aid: one thread, no isolation.
            var executor = new TestExecutor(Path.Combine(test262Dir, "test"), Path.Combine(test262Dir, "harness"));
            using var timer = new Timer(_ => executor.Watchdog(), null, 50, 50);
            for (int i = 0; i < cases.Count; i++)
            {
                long start = Environment.TickCount64;
                var o = executor.Run(cases[i].RelativePath, options.Timeout);
                results[i] = new TestResult(cases[i], o.Passed, Worker.OneLine(o.Reason), Environment.TickCount64 - start);
                Report(progress, cases.Count);
            }
            return results;
        }

        var threads = new List<Thread>();
        for (int t = 0; t < Math.Min(options.Threads, cases.Count); t++)
        {
            var thread = new Thread(() => Drive(cases, results, progress)) { Name = "driver" + t };
            thread.Start();
            threads.Add(thread);
        }
        foreach (var thread in threads)
            thread.Join();
        if (restarts > 0)
            Console.Error.WriteLine($"  ({restarts} worker process(es) killed or crashed and replaced)");
        return results;
    }

    private void Report(Action<int, int>? progress, int total)
    {
        int d = Interlocked.Increment(ref done);
        if (progress != null && (d % 2000 == 0 || d == total))
            progress(d, total);
    }

    private void Drive(IReadOnlyList<TestCase> cases, TestResult[] results, Action<int, int>? progress)
    {
        WorkerProcess? worker = null;
        try
        {
            while (true)
            {
                int i = Interlocked.Increment(ref next) - 1;
                if (i >= cases.Count)
                    break;
                var c = cases[i];
                if (worker != null && worker.TestsRun >= TestsPerWorker)
                {
                    worker.Dispose();
                    worker = null;
                }
                worker ??= WorkerProcess.Start(test262Dir, options.Timeout, WorkerHeapLimit);
                long start = Environment.TickCount64;
                var answer = worker.Ask(c.RelativePath, options.Timeout + HardLimitMargin);
                long ms = Environment.TickCount64 - start;
                TestResult r;
                if (answer.Line == null)
                {
                    string why = answer.TimedOut
                        ? $"timeout (hung for {(options.Timeout + HardLimitMargin).TotalSeconds:0} s, not interruptible: worker killed)"
                        : "worker process died: " + worker.DescribeDeath();
                    worker.Dispose();
                    worker = null;
                    Interlocked.Increment(ref restarts);
                    r = new TestResult(c, false, why, ms);
                }
                else
                {
                    r = Parse(c, answer.Line, ms);
                }
                results[i] = r;
                Report(progress, cases.Count);
            }
        }
        finally
        {
            worker?.Dispose();
        }
    }

    private static TestResult Parse(TestCase c, string line, long ms)
    {
        // "P|F \t ms \t reason"
        string[] parts = line.Split('\t', 3);
        bool passed = parts[0] == "P";
        long workerMs = parts.Length > 1 && long.TryParse(parts[1], out long w) ? w : ms;
        string reason = parts.Length > 2 ? parts[2] : (passed ? "" : "malformed worker answer: " + line);
        return new TestResult(c, passed, reason, workerMs);
    }
}

/// <summary>One `aot-test262 --worker` child process and its pipes.</summary>
internal sealed class WorkerProcess : IDisposable
{
    private readonly Process process;
    private readonly StreamWriter input;
    private readonly StreamReader output;
    private readonly StringBuilder stderr = new();
    public int TestsRun { get; private set; }

    private WorkerProcess(Process process)
    {
        this.process = process;
        input = process.StandardInput;
        input.NewLine = "\n";
        input.AutoFlush = true;
        output = process.StandardOutput;
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data == null)
                return;
            lock (stderr)
            {
                if (stderr.Length < 64 * 1024)
                    stderr.Append(e.Data).Append('\n');
            }
        };
        process.BeginErrorReadLine();
    }

    public static WorkerProcess Start(string test262Dir, TimeSpan limit, long heapLimit)
    {
        string self = Environment.ProcessPath ?? throw new InvalidOperationException("no process path");
        var psi = new ProcessStartInfo
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = new UTF8Encoding(false),
            StandardInputEncoding = new UTF8Encoding(false),
        };
        psi.FileName = self;
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
            psi.ArgumentList.Add(typeof(WorkerProcess).Assembly.Location);
        psi.ArgumentList.Add(Worker.Flag);
        psi.ArgumentList.Add(test262Dir);
        psi.ArgumentList.Add(limit.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
        psi.Environment["DOTNET_GCHeapHardLimit"] = "0x" + heapLimit.ToString("X");
        psi.Environment["DOTNET_gcServer"] = "0";
        psi.Environment["DOTNET_gcConcurrent"] = "0";
        var p = Process.Start(psi) ?? throw new InvalidOperationException("cannot start a worker process");
        return new WorkerProcess(p);
    }

    public (string? Line, bool TimedOut) Ask(string relativePath, TimeSpan hardLimit)
    {
        TestsRun++;
        lock (stderr)
            stderr.Clear();
        try
        {
            input.WriteLine(relativePath);
        }
        catch (IOException)
        {
            return (null, false);
        }
        Task<string?> read = output.ReadLineAsync();
        if (!read.Wait(hardLimit))
        {
            Kill();
            return (null, true);
        }
        return (read.Result, false);
    }

    /// <summary>Why the process ended: .NET's "Stack overflow." report, or the exit code and the
    /// last lines it wrote to stderr.</summary>
    public string DescribeDeath()
    {
        if (!process.WaitForExit(5000))
            Kill();
        process.WaitForExit(); // drains the stderr reader
        string err;
        lock (stderr)
            err = stderr.ToString();
        string code = process.HasExited ? $"exit code {process.ExitCode}" : "did not exit";
        string[] lines = err.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        int so = Array.FindIndex(lines, l => l.StartsWith("Stack overflow", StringComparison.Ordinal));
        if (so >= 0)
        {
            string frame = Array.Find(lines, l => l.StartsWith("at Aot.", StringComparison.Ordinal)) ?? "";
            int paren = frame.IndexOf('(');
            return "crash: .NET stack overflow" + (frame.Length > 0 ? " at " + (paren > 0 ? frame[3..paren] : frame[3..]) : "");
        }
        if (lines.Length > 0 && lines[0].Contains("OutOfMemory", StringComparison.Ordinal))
            return "crash: out of memory (" + code + ")";
        string tail = string.Join(" / ", lines.Length > 3 ? lines[..3] : lines);
        return $"{code}" + (tail.Length > 0 ? ": " + tail : "");
    }

    private void Kill()
    {
        try
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(5000);
        }
        catch (Exception)
        {
        }
    }

    public void Dispose()
    {
        try
        {
            if (!process.HasExited)
            {
                input.Close();
                if (!process.WaitForExit(2000))
                    Kill();
            }
        }
        catch (Exception)
        {
            Kill();
        }
        process.Dispose();
    }
}
