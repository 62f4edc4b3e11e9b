using System;
using System.Collections.Generic;
using System.Text;
using Aot.Runtime.Loop;
using Aot.Runtime.Reactor;
using Aot.Runtime.Reactor.Linux;
using Xunit;

namespace Aot.Runtime.Tests.Loop;

/// <summary>spawnSync's engine (<see cref="SyncChild"/>) and the spawn file actions under it.</summary>
public sealed unsafe class SyncChildTests
{
    private static readonly string[] Env = ["PATH=/usr/local/bin:/usr/bin:/bin"];

    private static SpawnRequest Request(string file, string[] argv, string? cwd = null, ChildStdio[]? stdio = null) => new()
    {
        File = file,
        Argv = argv,
        Env = Env,
        Cwd = cwd,
        Stdio = stdio ?? [new(ChildStdioKind.Pipe), new(ChildStdioKind.Pipe), new(ChildStdioKind.Pipe)],
    };

    [Fact]
    public void InputGoesToStdinAndBothOutputsAreCollected()
    {
        var result = SyncChild.Run(Request("sh", ["sh", "-c", "cat; echo oops >&2; exit 4"]), Encoding.UTF8.GetBytes("in\n"), 0, 15, long.MaxValue);
        Assert.Equal(0, result.Error);
        Assert.Equal(4, result.ExitCode);
        Assert.Equal(0, result.TermSignal);
        Assert.Null(result.Output[0]);
        Assert.Equal("in\n", Encoding.UTF8.GetString(result.Output[1]!));
        Assert.Equal("oops\n", Encoding.UTF8.GetString(result.Output[2]!));
    }

    [Fact]
    public void LargeInputAndOutputDoNotDeadlock()
    {
        // More than a pipe buffer both ways: input must be written while output is read.
        byte[] input = new byte[1 << 20];
        for (int i = 0; i < input.Length; i++) input[i] = (byte)('a' + i % 26);
        var result = SyncChild.Run(Request("cat", ["cat"]), input, 0, 15, long.MaxValue);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(input, result.Output[1]);
    }

    [Fact]
    public void AMissingProgramIsENOENTWithoutAPid()
    {
        var result = SyncChild.Run(Request("no-such-program-aot", ["no-such-program-aot"]), null, 0, 15, long.MaxValue);
        Assert.Equal(Errno.ENOENT, result.Error);
        Assert.Equal(0, result.Pid);
    }

    [Fact]
    public void TimeoutKillsWithTheKillSignal()
    {
        var result = SyncChild.Run(Request("sleep", ["sleep", "5"]), null, 50, 9, long.MaxValue);
        Assert.Equal(Errno.ETIMEDOUT, result.Error);
        Assert.Equal(9, result.TermSignal);
        Assert.Equal(-1, result.ExitCode);
    }

    [Fact]
    public void MaxBufferKillsAndTruncates()
    {
        var result = SyncChild.Run(Request("sh", ["sh", "-c", "while :; do echo yyyyyyyy; done"]), null, 0, 15, 1000);
        Assert.Equal(Errno.ENOBUFS, result.Error);
        Assert.Equal(15, result.TermSignal);
        Assert.Equal(1000, result.Output[1]!.Length);
    }

    [Fact]
    public void CwdIgnoreAndInheritedFdsAreApplied()
    {
        var stdio = new ChildStdio[] { new(ChildStdioKind.Ignore), new(ChildStdioKind.Pipe), new(ChildStdioKind.Ignore) };
        var result = SyncChild.Run(Request("sh", ["sh", "-c", "pwd; echo hidden >&2; cat"], "/tmp", stdio), null, 0, 15, long.MaxValue);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("/tmp\n", Encoding.UTF8.GetString(result.Output[1]!));
        Assert.Null(result.Output[2]);

        var missingCwd = SyncChild.Run(Request("sh", ["sh", "-c", "true"], "/no/such/dir"), null, 0, 15, long.MaxValue);
        Assert.Equal(Errno.ENOENT, missingCwd.Error);
    }

    private static void OnRead(object? state, int result) => ((List<int>)state!).Add(result);

    private static void Ignore(object? state, int result) { }

    [Theory]
    [MemberData(nameof(TestLoop.Backends), MemberType = typeof(TestLoop))]
    public void ClosingAnFdTheReactorNeverSawLeavesOtherOperationsAlone(ReactorKind kind)
    {
        // Regression: epoll read the zeroed state of an unseen fd as queue heads at slot 0 and
        // cancelled whatever operation sat there (a child's unused stdin closing killed a read).
        using EventLoop loop = TestLoop.Create(kind);
        FileDescriptors.CreatePipe(out int readFd, out int writeFd);
        FileDescriptors.CreatePipe(out int otherRead, out int otherWrite);
        var results = new List<int>();
        byte* buffer = stackalloc byte[16];
        loop.Reactor.Read(readFd, buffer, 16, -1, &OnRead, results);
        loop.Reactor.Close(otherWrite, &Ignore, null);
        loop.RunOnce(block: false);
        Assert.Empty(results);
        byte b = 42;
        Interop.Sys.Write(writeFd, &b, 1);
        TestLoop.RunUntil(loop, () => results.Count == 1, 5000, "the read");
        Assert.Equal(1, results[0]);
        loop.Reactor.Close(readFd, &Ignore, null);
        loop.Reactor.Close(writeFd, &Ignore, null);
        loop.Reactor.Close(otherRead, &Ignore, null);
        loop.Run();
    }
}
