using System.Runtime.InteropServices;
using Aot.Runtime.Loop;
using Aot.Runtime.Reactor;
using Aot.Runtime.Reactor.Linux;
using Xunit;

namespace Aot.Runtime.Tests.Reactor;

public sealed unsafe class CancellationTests
{
    private sealed class Outcome
    {
        public int Result = int.MinValue;
        public int Calls;
    }

    private static void Record(object? state, int result)
    {
        var o = (Outcome)state!;
        o.Result = result;
        o.Calls++;
    }

    [Theory]
    [MemberData(nameof(TestLoop.Backends), MemberType = typeof(TestLoop))]
    public void CancellingAPendingPipeReadCompletesItOnceWithEcanceledAndThePipeStillWorks(ReactorKind kind)
    {
        using EventLoop loop = TestLoop.Create(kind);
        FileDescriptors.CreatePipe(out int r, out int w);
        byte* buffer = (byte*)NativeMemory.Alloc(64);
        try
        {
            var first = new Outcome();
            Operation op = loop.Reactor.Read(r, buffer, 64, -1, &Record, first);
            loop.RunOnce(block: false); // it is now really waiting (io_uring: submitted)
            Assert.Equal(0, first.Calls);
            loop.Reactor.Cancel(op);
            Assert.Equal(0, first.Calls); // never called back from inside Cancel
            loop.Run();
            Assert.Equal(1, first.Calls);
            Assert.Equal(-Errno.ECANCELED, first.Result);

            loop.Reactor.Cancel(op); // stale handle: nothing happens

            var second = new Outcome();
            loop.Reactor.Read(r, buffer, 64, -1, &Record, second);
            buffer[32] = 42;
            var wrote = new Outcome();
            loop.Reactor.Write(w, buffer + 32, 1, -1, &Record, wrote);
            loop.Run();
            Assert.Equal(1, wrote.Result);
            Assert.Equal(1, second.Result);
            Assert.Equal(42, buffer[0]);
            Assert.Equal(1, first.Calls);
        }
        finally
        {
            var closed = new Outcome();
            loop.Reactor.Close(r, &Record, closed);
            loop.Reactor.Close(w, &Record, closed);
            loop.Run();
            NativeMemory.Free(buffer);
        }
    }

    [Theory]
    [MemberData(nameof(TestLoop.Backends), MemberType = typeof(TestLoop))]
    public void ClosingASocketCancelsItsPendingRecvAndAccept(ReactorKind kind)
    {
        using EventLoop loop = TestLoop.Create(kind);
        int listener = Sockets.ListenLoopback(out int port);
        int client = Sockets.CreateTcp();
        byte* buffer = (byte*)NativeMemory.Alloc(64);
        try
        {
            var connected = new Outcome();
            var accepted = new Outcome();
            loop.Reactor.Accept(listener, &Record, accepted);
            loop.Reactor.ConnectIPv4(client, Sockets.Loopback, port, &Record, connected);
            loop.Run();
            Assert.Equal(0, connected.Result);
            Assert.True(accepted.Result >= 0);

            var recv = new Outcome();
            var accept2 = new Outcome();
            loop.Reactor.Recv(client, buffer, 64, &Record, recv);
            loop.Reactor.Accept(listener, &Record, accept2);
            loop.RunOnce(block: false);
            var closed = new Outcome();
            loop.Reactor.Close(client, &Record, closed);
            loop.Reactor.Close(listener, &Record, closed);
            loop.Reactor.Close(accepted.Result, &Record, closed);
            loop.Run();

            Assert.Equal((1, -Errno.ECANCELED), (recv.Calls, recv.Result));
            Assert.Equal((1, -Errno.ECANCELED), (accept2.Calls, accept2.Result));
            Assert.Equal((3, 0), (closed.Calls, closed.Result));
            Assert.Equal(0, loop.Reactor.PendingOperations);
        }
        finally
        {
            NativeMemory.Free(buffer);
        }
    }

    [Theory]
    [MemberData(nameof(TestLoop.Backends), MemberType = typeof(TestLoop))]
    public void ReactorTimeoutsFireAndCanBeCancelled(ReactorKind kind)
    {
        using EventLoop loop = TestLoop.Create(kind);
        var fired = new Outcome();
        var cancelled = new Outcome();
        loop.Reactor.Timeout(5, &Record, fired);
        Operation op = loop.Reactor.Timeout(60_000, &Record, cancelled);
        TestLoop.RunUntil(loop, () => fired.Calls == 1, 5_000, "timeout");
        loop.Reactor.Cancel(op);
        loop.Run();
        Assert.Equal(0, fired.Result);
        Assert.Equal((1, -Errno.ECANCELED), (cancelled.Calls, cancelled.Result));
    }
}
