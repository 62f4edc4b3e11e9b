using System;
using System.Collections.Generic;
using System.Threading;
using Aot.Runtime.Loop;
using Aot.Runtime.Reactor;
using Xunit;
using LoopTimer = Aot.Runtime.Loop.Timer;

namespace Aot.Runtime.Tests.Loop;

public sealed unsafe class EventLoopTests
{
    private sealed class Log
    {
        public readonly List<string> Entries = new();
        public int Checkpoints;
    }

    private static void Record(LoopTimer t) => ((Log)((object[])t.State!)[0]).Entries.Add((string)((object[])t.State!)[1]);

    private static void RecordImmediate(Immediate i) => ((Log)((object[])i.State!)[0]).Entries.Add((string)((object[])i.State!)[1]);

    [Theory]
    [MemberData(nameof(TestLoop.Backends), MemberType = typeof(TestLoop))]
    public void TimersFireInDeadlineThenInsertionOrderAndTheLoopEnds(ReactorKind kind)
    {
        using EventLoop loop = TestLoop.Create(kind);
        var log = new Log();
        loop.MicrotaskCheckpoint = () => log.Checkpoints++;
        new LoopTimer(loop, &Record, new object[] { log, "c20" }).Start(20);
        new LoopTimer(loop, &Record, new object[] { log, "a0" }).Start(0);
        new LoopTimer(loop, &Record, new object[] { log, "b5" }).Start(5);
        new LoopTimer(loop, &Record, new object[] { log, "d20" }).Start(20);
        new LoopTimer(loop, &Record, new object[] { log, "e0" }).Start(0);
        var cancelled = new LoopTimer(loop, &Record, new object[] { log, "never" });
        cancelled.Start(1);
        cancelled.Stop();

        loop.Run(); // returns because nothing referenced is left

        Assert.Equal(new[] { "a0", "e0", "b5", "c20", "d20" }, log.Entries);
        Assert.Equal(5, log.Checkpoints); // one microtask checkpoint after every callback
    }

    [Theory]
    [MemberData(nameof(TestLoop.Backends), MemberType = typeof(TestLoop))]
    public void UnrefdHandlesDoNotKeepTheLoopAliveAndIntervalsRearm(ReactorKind kind)
    {
        using EventLoop loop = TestLoop.Create(kind);
        var log = new Log();
        var unrefd = new LoopTimer(loop, &Record, new object[] { log, "unref" });
        unrefd.Start(60_000);
        unrefd.Unref();
        var interval = new LoopTimer(loop, &StopAfterThree, log);
        interval.Start(1, 1);

        long start = Environment.TickCount64;
        loop.Run();
        Assert.True(Environment.TickCount64 - start < 5_000);
        Assert.Equal(new[] { "tick", "tick", "tick" }, log.Entries);
        Assert.True(unrefd.IsActive);
    }

    private static void StopAfterThree(LoopTimer t)
    {
        var log = (Log)t.State!;
        log.Entries.Add("tick");
        if (log.Entries.Count == 3) t.Stop();
    }

    [Theory]
    [MemberData(nameof(TestLoop.Backends), MemberType = typeof(TestLoop))]
    public void PhasesRunTimersThenImmediatesThenCloseCallbacks(ReactorKind kind)
    {
        using EventLoop loop = TestLoop.Create(kind);
        var log = new Log();
        var t = new LoopTimer(loop, &ScheduleFromTimer, log);
        t.Start(0);
        loop.Run();
        Assert.Equal(new[] { "timer", "immediate1", "immediate2", "closed", "immediate-next-turn" }, log.Entries);
    }

    private static void ScheduleFromTimer(LoopTimer t)
    {
        var log = (Log)t.State!;
        log.Entries.Add("timer");
        new Immediate(t.Loop, &ImmediateThatSchedulesAnother, log).Schedule();
        new Immediate(t.Loop, &RecordImmediate, new object[] { log, "immediate2" }).Schedule();
        var cancelled = new Immediate(t.Loop, &RecordImmediate, new object[] { log, "cancelled" });
        cancelled.Schedule();
        cancelled.Cancel();
        t.Close(&OnClosed);
    }

    private static void ImmediateThatSchedulesAnother(Immediate i)
    {
        var log = (Log)i.State!;
        log.Entries.Add("immediate1");
        // Scheduled during the check phase: runs on the next turn, after this turn's close callbacks.
        new Immediate(i.Loop, &RecordImmediate, new object[] { log, "immediate-next-turn" }).Schedule();
    }

    private static void OnClosed(Handle h) => ((Log)((LoopTimer)h).State!).Entries.Add("closed");

    // ---- cross-thread wake-up ----

    private sealed class WakeState
    {
        public int Received;
        public long Sum;
        public EventLoop? Loop;
        public LoopTimer? KeepAlive;
    }

    private static void OnPosted(object? state, int value)
    {
        var s = (WakeState)state!;
        s.Received++;
        s.Sum += value;
        if (s.Received == 8 * 1000) s.KeepAlive!.Stop();
    }

    private static void Fail(LoopTimer t) => throw new TimeoutException("posts from 8 threads did not all arrive");

    [Theory]
    [MemberData(nameof(TestLoop.Backends), MemberType = typeof(TestLoop))]
    public void PostsFromEightThreadsAtOnceWakeTheLoopAndAllArrive(ReactorKind kind)
    {
        using EventLoop loop = TestLoop.Create(kind);
        var state = new WakeState { Loop = loop };
        // A referenced 20 s timer keeps the loop alive and blocked in the reactor until the posts
        // wake it; if they never do, it fails the test instead of hanging.
        state.KeepAlive = new LoopTimer(loop, &Fail);
        state.KeepAlive.Start(20_000);

        using var go = new Barrier(8);
        var threads = new Thread[8];
        for (int t = 0; t < 8; t++)
        {
            int id = t;
            threads[t] = new Thread(() =>
            {
                go.SignalAndWait();
                for (int k = 0; k < 1000; k++) loop.Post(&OnPosted, state, id * 1000 + k);
            });
            threads[t].Start();
        }
        loop.Run();
        foreach (Thread th in threads) th.Join();

        Assert.Equal(8000, state.Received);
        Assert.Equal(8000L * 7999 / 2, state.Sum); // every value exactly once
    }

    // ---- worker pool ----

    private sealed class PoolState
    {
        public int[] Seen = new int[100_000];
        public int Delivered;
        public int LoopThread;
        public bool WrongThread;
    }

    private sealed class Job
    {
        public PoolState Pool = null!;
        public int Index;
    }

    private static int Compute(ref WorkItem item)
    {
        var job = (Job)item.State!;
        return (int)((long)job.Index * job.Index % 1_000_003);
    }

    private static void OnComputed(object? state, int result)
    {
        var job = (Job)state!;
        PoolState s = job.Pool;
        if (Environment.CurrentManagedThreadId != s.LoopThread) s.WrongThread = true;
        if (result == (int)((long)job.Index * job.Index % 1_000_003)) s.Seen[job.Index]++;
        s.Delivered++;
    }

    [Theory]
    [MemberData(nameof(TestLoop.Backends), MemberType = typeof(TestLoop))]
    public void WorkerPoolRunsHundredThousandJobsDeliveringEachResultExactlyOnce(ReactorKind kind)
    {
        // A small queue capacity exercises the loop-side backlog as well as the bounded ring.
        var reactor = ReactorFactory.Create(kind);
        using EventLoop loop = new(reactor, 4);
        var pool = new PoolState { LoopThread = Environment.CurrentManagedThreadId };
        for (int i = 0; i < pool.Seen.Length; i++)
            loop.QueueWork(&Compute, &OnComputed, new Job { Pool = pool, Index = i });
        Assert.True(loop.IsAlive);

        TestLoop.RunUntil(loop, () => pool.Delivered == pool.Seen.Length, 30_000, "worker results");
        loop.RunOnce(block: false);

        Assert.False(pool.WrongThread);
        Assert.Equal(pool.Seen.Length, pool.Delivered);
        Assert.All(pool.Seen, n => Assert.Equal(1, n));
        Assert.False(loop.IsAlive);
    }

    [Fact]
    public void ThreadPoolSizeComesFromTheEnvironmentAndIsClamped()
    {
        string? saved = Environment.GetEnvironmentVariable(WorkerPool.EnvironmentVariable);
        try
        {
            Environment.SetEnvironmentVariable(WorkerPool.EnvironmentVariable, null);
            Assert.Equal(4, WorkerPool.ConfiguredSize());
            Environment.SetEnvironmentVariable(WorkerPool.EnvironmentVariable, "9");
            Assert.Equal(9, WorkerPool.ConfiguredSize());
            Environment.SetEnvironmentVariable(WorkerPool.EnvironmentVariable, "100000");
            Assert.Equal(128, WorkerPool.ConfiguredSize());
        }
        finally
        {
            Environment.SetEnvironmentVariable(WorkerPool.EnvironmentVariable, saved);
        }
    }
}
