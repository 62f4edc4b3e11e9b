using System;
using System.IO;
using System.Text;
using System.Threading;

namespace Aot.Test262;

/// <summary>
/// The worker process (`aot-test262 --worker`): reads one test path per line on stdin, runs it
/// with a <see cref="TestExecutor"/> and answers one line per test on stdout:
/// <c>P|F TAB milliseconds TAB reason</c>. A watchdog thread interrupts a script that runs past
/// the time limit; a test stuck in native code, a .NET stack overflow or an out-of-memory kill
/// ends only this process, and the coordinator records the failure and starts another.
/// </summary>
public static class Worker
{
    public const string Flag = "--worker";

    public static int Serve(string test262Dir, TimeSpan limit)
    {
        var protocol = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { AutoFlush = false, NewLine = "\n" };
        Console.SetOut(Console.Error); // nothing else may write to the protocol stream
        var input = new StreamReader(Console.OpenStandardInput(), new UTF8Encoding(false));
        var executor = new TestExecutor(Path.Combine(test262Dir, "test"), Path.Combine(test262Dir, "harness"));

        var watchdog = new Thread(() =>
        {
            while (true)
            {
                Thread.Sleep(50);
                executor.Watchdog();
            }
        }) { IsBackground = true, Name = "watchdog" };
        watchdog.Start();

        int status = 0;
        // A big stack like the CLI's main thread: deep recursion in the parser or compiler should
        // hit the engine's own limits, not a .NET stack overflow.
        var runner = new Thread(() =>
        {
            string? line;
            while ((line = input.ReadLine()) != null)
            {
                if (line.Length == 0)
                    continue;
                long start = Environment.TickCount64;
                TestOutcome outcome;
                try
                {
                    outcome = executor.Run(line, limit);
                }
                catch (Exception e)
                {
                    outcome = TestOutcome.Fail(TestExecutor.Crash(e));
                }
                long ms = Environment.TickCount64 - start;
                protocol.Write(outcome.Passed ? 'P' : 'F');
                protocol.Write('\t');
                protocol.Write(ms);
                protocol.Write('\t');
                protocol.Write(OneLine(outcome.Reason));
                protocol.Write('\n');
                protocol.Flush();
            }
        }, 16 * 1024 * 1024) { Name = "test262" };
        runner.Start();
        runner.Join();
        return status;
    }

    public static string OneLine(string s)
    {
        if (s.Length > 600)
            s = s[..600] + "…";
        var sb = new StringBuilder(s.Length);
        foreach (char c in s)
            sb.Append(c < ' ' || c == '\u2028' || c == '\u2029' ? (c == '\r' ? "" : c is '\n' or '\t' ? " " : $"\\u{(int)c:x4}") : c.ToString());
        return sb.ToString();
    }
}
