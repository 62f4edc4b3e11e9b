using System;
using System.Collections.Generic;
using System.Diagnostics;
using Aot.Runtime.Loop;
using Aot.Runtime.Reactor;

namespace Aot.Runtime.Tests;

/// <summary>Shared helpers: the backends to run against and a bounded loop driver.</summary>
internal static unsafe class TestLoop
{
    private static readonly bool UringAvailable = ReactorFactory.IoUringAvailable();

    /// <summary>xunit data: every backend that works on this machine (io_uring may be blocked by seccomp).</summary>
    public static IEnumerable<object[]> Backends()
    {
        yield return new object[] { ReactorKind.Epoll };
        if (UringAvailable) yield return new object[] { ReactorKind.IoUring };
    }

    public static EventLoop Create(ReactorKind kind, int threads = 4) =>
        new EventLoop(ReactorFactory.Create(kind), threads);

    /// <summary>
    /// Runs loop turns until <paramref name="done"/> holds, failing clearly after
    /// <paramref name="timeoutMs"/>. An unref'd 50 ms heartbeat timer bounds each wait so a
    /// hung operation becomes a timeout failure instead of a hung test run.
    /// </summary>
    public static void RunUntil(EventLoop loop, Func<bool> done, int timeoutMs = 20_000, string what = "condition")
    {
        var heartbeat = new Timer(loop, &Nothing);
        heartbeat.Unref();
        heartbeat.Start(50, 50);
        long start = Stopwatch.GetTimestamp();
        try
        {
            while (!done())
            {
                if (Stopwatch.GetElapsedTime(start).TotalMilliseconds > timeoutMs)
                    throw new TimeoutException($"timed out after {timeoutMs} ms waiting for {what} on {loop.Reactor.Kind}");
                loop.RunOnce(block: true);
            }
        }
        finally
        {
            heartbeat.Stop();
        }
    }

    private static void Nothing(Timer t) { }
}
