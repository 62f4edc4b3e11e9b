using System;
using System.Runtime.InteropServices;
using Aot.Runtime.Loop;
using Aot.Runtime.Reactor;
using Aot.Runtime.Reactor.Linux;
using Xunit;

namespace Aot.Runtime.Tests.Reactor;

public sealed unsafe class AllocationTests
{
    /// <summary>Ping-pong over one loopback connection: client sends 32 bytes, server echoes,
    /// client sends again on receipt. Four completions per round trip.</summary>
    private sealed class PingPong
    {
        public Aot.Runtime.Reactor.Reactor Reactor = null!;
        public int Client, Server;
        public byte* ClientBuffer, ServerBuffer;
        public int RoundTrips, Target;
        public int Error;
    }

    private const int Size = 32;

    private static void ClientSent(object? s, int r)
    {
        var p = (PingPong)s!;
        if (r != Size) p.Error = r;
    }

    private static void ClientReceived(object? s, int r)
    {
        var p = (PingPong)s!;
        if (r != Size) { p.Error = r; return; }
        p.RoundTrips++;
        if (p.RoundTrips == p.Target) return;
        p.Reactor.Recv(p.Client, p.ClientBuffer + Size, Size, &ClientReceived, p);
        p.Reactor.Send(p.Client, p.ClientBuffer, Size, &ClientSent, p);
    }

    private static void ServerReceived(object? s, int r)
    {
        var p = (PingPong)s!;
        if (r <= 0) { if (r < 0) p.Error = r; return; }
        p.Reactor.Send(p.Server, p.ServerBuffer, r, &ServerSent, p);
    }

    private static void ServerSent(object? s, int r)
    {
        var p = (PingPong)s!;
        if (r != Size) { p.Error = r; return; }
        p.Reactor.Recv(p.Server, p.ServerBuffer, Size, &ServerReceived, p);
    }

    private sealed class Box { public int Value = int.MinValue; }

    private static void Store(object? s, int r) => ((Box)s!).Value = r;

    private static void Run(EventLoop loop, PingPong p, int roundTrips)
    {
        p.Target += roundTrips;
        p.Reactor.Recv(p.Client, p.ClientBuffer + Size, Size, &ClientReceived, p);
        p.Reactor.Send(p.Client, p.ClientBuffer, Size, &ClientSent, p);
        while (p.RoundTrips < p.Target && p.Error == 0) loop.RunOnce(block: true);
    }

    [Theory]
    [MemberData(nameof(TestLoop.Backends), MemberType = typeof(TestLoop))]
    public void EchoRoundTripsAllocateNothingInSteadyState(ReactorKind kind)
    {
        using EventLoop loop = TestLoop.Create(kind);
        int listener = Sockets.ListenLoopback(out int port);
        var accepted = new Box();
        var connected = new Box();
        int client = Sockets.CreateTcp();
        Sockets.SetNoDelay(client, true);
        loop.Reactor.Accept(listener, &Store, accepted);
        loop.Reactor.ConnectIPv4(client, Sockets.Loopback, port, &Store, connected);
        loop.Run();
        Assert.Equal(0, connected.Value);
        Sockets.SetNoDelay(accepted.Value, true);

        var p = new PingPong
        {
            Reactor = loop.Reactor, Client = client, Server = accepted.Value,
            ClientBuffer = (byte*)NativeMemory.AllocZeroed(2 * Size), ServerBuffer = (byte*)NativeMemory.AllocZeroed(Size),
        };
        try
        {
            p.Reactor.Recv(p.Server, p.ServerBuffer, Size, &ServerReceived, p);
            Run(loop, p, 2_000); // warm up: tables and queues reach their working size, code is jitted

            long before = GC.GetAllocatedBytesForCurrentThread();
            Run(loop, p, 10_000);
            long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

            Assert.Equal(0, p.Error);
            Assert.Equal(12_000, p.RoundTrips);
            // 40,000 completions: anything per completion would be >= 40 KB.
            Assert.True(allocated < 1024, $"{allocated} bytes allocated across 10,000 round trips on {kind}");
        }
        finally
        {
            var closed = new Box();
            loop.Reactor.Close(client, &Store, closed);
            loop.Reactor.Close(p.Server, &Store, closed);
            loop.Reactor.Close(listener, &Store, closed);
            loop.Run();
            NativeMemory.Free(p.ClientBuffer);
            NativeMemory.Free(p.ServerBuffer);
        }
    }
}
