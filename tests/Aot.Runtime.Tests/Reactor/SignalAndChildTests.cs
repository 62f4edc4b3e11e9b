using System;
using System.Collections.Generic;
using System.Threading;
using Aot.Runtime.Loop;
using Aot.Runtime.Reactor;
using Aot.Runtime.Reactor.Linux;
using Xunit;

namespace Aot.Runtime.Tests.Reactor;

public sealed unsafe class SignalAndChildTests
{
    /// <summary>Runs the body on a fresh thread, so the signals it blocks do not stay blocked on a
    /// test-runner thread.</summary>
    private static void OnOwnThread(Action body)
    {
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try { body(); }
            catch (Exception e) { failure = e; }
        });
        thread.Start();
        Assert.True(thread.Join(30_000), "test thread hung");
        if (failure != null) throw new Exception("on the loop thread: " + failure.Message, failure);
    }

    private static void OnSignal(SignalWatcher w, int signo)
    {
        var got = (List<int>)w.State!;
        got.Add(signo);
        if (got.Count == 3) w.Close();
    }

    [Theory]
    [MemberData(nameof(TestLoop.Backends), MemberType = typeof(TestLoop))]
    public void SignalsSentToTheLoopThreadArriveAsCallbacks(ReactorKind kind) => OnOwnThread(() =>
    {
        using EventLoop loop = TestLoop.Create(kind);
        var got = new List<int>();
        var watcher = new SignalWatcher(loop, &OnSignal, got);
        watcher.Start(Lx.SIGUSR1);
        watcher.Start(Lx.SIGUSR2);
        int tid = Signals.CurrentThreadId();
        Signals.SendToThread(tid, Lx.SIGUSR1);
        TestLoop.RunUntil(loop, () => got.Count == 1, 10_000, "SIGUSR1");
        Signals.SendToThread(tid, Lx.SIGUSR2);
        Signals.SendToThread(tid, Lx.SIGUSR1); // standard signals coalesce; distinct ones do not
        loop.Run(); // the watcher closes itself after three signals, ending the loop
        Assert.Equal(Lx.SIGUSR1, got[0]);
        Assert.Equal(3, got.Count);
        got.Sort();
        Assert.Equal(new[] { Lx.SIGUSR1, Lx.SIGUSR1, Lx.SIGUSR2 }, got);
    });

    [Theory]
    [MemberData(nameof(TestLoop.Backends), MemberType = typeof(TestLoop))]
    public void AnUnrefdSignalWatcherDoesNotKeepTheLoopAlive(ReactorKind kind) => OnOwnThread(() =>
    {
        using EventLoop loop = TestLoop.Create(kind);
        var watcher = new SignalWatcher(loop, &OnSignal, new List<int>());
        watcher.Start(Lx.SIGUSR2);
        watcher.Unref();
        Assert.False(loop.IsAlive);
        loop.Run();
        watcher.Close();
        loop.Run();
    });

    private static void OnChildExit(ChildWatcher w) => ((List<(int, int)>)w.State!).Add((w.ExitCode, w.TermSignal));

    [Theory]
    [MemberData(nameof(TestLoop.Backends), MemberType = typeof(TestLoop))]
    public void ChildExitIsReportedThroughAPidfd(ReactorKind kind)
    {
        using EventLoop loop = TestLoop.Create(kind);
        var exits = new List<(int Code, int Signal)>();
        int exited = Spawn.Start("/bin/sh", ["/bin/sh", "-c", "exit 3"]);
        int killed = Spawn.Start("/bin/sh", ["/bin/sh", "-c", "kill -9 $$"]);
        _ = new ChildWatcher(loop, exited, &OnChildExit, exits);
        var second = new List<(int, int)>();
        _ = new ChildWatcher(loop, killed, &OnChildExit, second);
        TestLoop.RunUntil(loop, () => exits.Count == 1 && second.Count == 1, 10_000, "child exit");
        loop.Run();
        Assert.Equal((3, 0), exits[0]);
        Assert.Equal((-1, 9), second[0]);
    }
}
