using System.Linq;
using System.Runtime.InteropServices;
using Aot.Runtime.Loop;
using Aot.Runtime.Reactor;
using Aot.Runtime.Reactor.Linux;
using Xunit;

namespace Aot.Runtime.Tests.Reactor;

public sealed unsafe class TcpTests
{
    [Theory]
    [MemberData(nameof(TestLoop.Backends), MemberType = typeof(TestLoop))]
    public void EchoOverLoopbackWith200ConnectionsAnd10000MessagesEachWayIsByteExact(ReactorKind kind)
    {
        using EventLoop loop = TestLoop.Create(kind);
        var server = new EchoServer(loop.Reactor);
        var clients = new EchoClient[200];
        for (int i = 0; i < clients.Length; i++) clients[i] = new EchoClient(loop.Reactor, i, server.Port, 10_000);

        TestLoop.RunUntil(loop, () => clients.All(c => c.Done || c.Failed), 30_000, "200 echo clients");
        Assert.Equal(new string?[200], clients.Select(c => c.Error).ToArray());
        Assert.All(clients, c => Assert.True(c.Done));

        TestLoop.RunUntil(loop, () => server.Closed == 200, 10_000, "server connections to close");
        server.Stop();
        loop.Run();
        Assert.Equal(200, server.Accepted);
        Assert.Equal(0, server.Errors);
        Assert.Equal(0, loop.Reactor.PendingOperations);
    }

    private sealed class Abrupt
    {
        public int Connected, Finished, Failures;
        public int Fd;
        public bool HalfClose;
        public byte* Buffer;
        public int Received;
    }

    private static void OnAbruptConnected(object? state, int result)
    {
        var a = (Abrupt)state!;
        var reactor = Current!;
        if (result < 0) { a.Failures++; a.Finished++; return; }
        a.Connected++;
        if (!a.HalfClose)
        {
            // SO_LINGER {1,0}: close sends RST (socket(7)); the server sees ECONNRESET or EOF.
            Sockets.SetAbortiveClose(a.Fd);
            reactor.Close(a.Fd, &OnAbruptClosed, a);
            return;
        }
        for (int k = 0; k < 100; k++) a.Buffer[k] = (byte)k;
        reactor.Send(a.Fd, a.Buffer, 100, &OnHalfSent, a);
    }

    private static void OnHalfSent(object? state, int result)
    {
        var a = (Abrupt)state!;
        if (result != 100) { a.Failures++; }
        // Half-close: FIN our side; the echo must still arrive, then the server's FIN (recv 0).
        Sockets.Shutdown(a.Fd, Lx.SHUT_WR);
        Current!.Recv(a.Fd, a.Buffer + 100, 200, &OnHalfRecv, a);
    }

    private static void OnHalfRecv(object? state, int result)
    {
        var a = (Abrupt)state!;
        if (result < 0) { a.Failures++; Current!.Close(a.Fd, &OnAbruptClosed, a); return; }
        if (result > 0)
        {
            a.Received += result;
            Current!.Recv(a.Fd, a.Buffer + 100 + a.Received, 200 - a.Received, &OnHalfRecv, a);
            return;
        }
        for (int k = 0; k < a.Received; k++) if (a.Buffer[100 + k] != (byte)k) a.Failures++;
        if (a.Received != 100) a.Failures++;
        Current!.Close(a.Fd, &OnAbruptClosed, a);
    }

    private static void OnAbruptClosed(object? state, int result)
    {
        var a = (Abrupt)state!;
        NativeMemory.Free(a.Buffer);
        a.Finished++;
    }

    [System.ThreadStatic] private static Aot.Runtime.Reactor.Reactor? Current;

    [Theory]
    [MemberData(nameof(TestLoop.Backends), MemberType = typeof(TestLoop))]
    public void ListenerSurvivesClientsThatResetOrHalfCloseWhileItAccepts(ReactorKind kind)
    {
        using EventLoop loop = TestLoop.Create(kind);
        Current = loop.Reactor;
        var server = new EchoServer(loop.Reactor);
        const int Rounds = 5, PerRound = 40;
        var all = new System.Collections.Generic.List<Abrupt>();
        for (int round = 0; round < Rounds; round++)
        {
            // New clients connect while earlier ones are being reset and accepted.
            for (int i = 0; i < PerRound; i++)
            {
                var a = new Abrupt { HalfClose = i % 2 == 0, Buffer = (byte*)NativeMemory.Alloc(300), Fd = Sockets.CreateTcp() };
                all.Add(a);
                loop.Reactor.ConnectIPv4(a.Fd, Sockets.Loopback, server.Port, &OnAbruptConnected, a);
            }
            loop.RunOnce(block: false);
        }
        TestLoop.RunUntil(loop, () => all.All(a => a.Finished == 1), 20_000, "abrupt clients");
        TestLoop.RunUntil(loop, () => server.Closed == Rounds * PerRound, 20_000, "server side of abrupt clients");

        Assert.Equal(0, all.Sum(a => a.Failures));
        Assert.Equal(Rounds * PerRound, server.Accepted);
        Assert.Equal(0, server.Errors);

        // The listener still works after all that.
        var client = new EchoClient(loop.Reactor, 1, server.Port, 100);
        TestLoop.RunUntil(loop, () => client.Done || client.Failed, 10_000, "echo after resets");
        Assert.Null(client.Error);
        server.Stop();
        loop.Run();
    }

    private sealed class ConnectResult { public int Result = 1; }

    private static void OnConnectResult(object? state, int result) => ((ConnectResult)state!).Result = result;

    [Theory]
    [MemberData(nameof(TestLoop.Backends), MemberType = typeof(TestLoop))]
    public void ConnectToAClosedPortCompletesWithEconnrefused(ReactorKind kind)
    {
        using EventLoop loop = TestLoop.Create(kind);
        int listener = Sockets.ListenLoopback(out int port);
        FileDescriptors.Close(listener); // nothing listens on the port now
        int fd = Sockets.CreateTcp();
        var r = new ConnectResult();
        loop.Reactor.ConnectIPv4(fd, Sockets.Loopback, port, &OnConnectResult, r);
        loop.Run();
        Assert.Equal(-Errno.ECONNREFUSED, r.Result);
        FileDescriptors.Close(fd);
    }

    [Fact]
    public void BindingAPortInUseThrowsEaddrinuseWithNodeStyleCode()
    {
        int a = Sockets.ListenLoopback(out int port);
        int b = Sockets.CreateTcp();
        try
        {
            // SO_REUSEADDR does not allow two listeners on one port (socket(7)).
            var e = Assert.Throws<ErrnoException>(() => Sockets.Bind(b, Sockets.Loopback, port));
            Assert.Equal("EADDRINUSE", e.Code);
            Assert.Equal("bind", e.Syscall);
            Assert.Equal("EADDRINUSE: address already in use, bind", e.Message);
        }
        finally
        {
            FileDescriptors.Close(a);
            FileDescriptors.Close(b);
        }
    }
}
