// Echo load driver: `client <port> <connections> <seconds> <message-bytes>`.
// Every connection sends one message, waits for all of it to come back, and repeats (closed-loop
// request/response, like wrk's one-request-per-connection model). Prints requests per second.
// It runs on the Aot epoll reactor so that it is the same client for every server measured.
using System;
using System.Diagnostics;
using System.Runtime.InteropServices;
using Aot.Runtime.Loop;
using Aot.Runtime.Reactor;
using Aot.Runtime.Reactor.Linux;

unsafe
{
    int port = int.Parse(args[0]);
    int connections = args.Length > 1 ? int.Parse(args[1]) : 100;
    double seconds = args.Length > 2 ? double.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 5;
    int size = args.Length > 3 ? int.Parse(args[3]) : 64;

    using var loop = new EventLoop(ReactorFactory.Create(ReactorKind.Epoll), 1);
    var stats = new Stats();
    var all = new Client[connections];
    for (int i = 0; i < connections; i++)
    {
        var c = new Client { Reactor = loop.Reactor, Stats = stats, Size = size, Fd = Sockets.CreateTcp(),
            Out = (byte*)NativeMemory.Alloc((nuint)size), In = (byte*)NativeMemory.Alloc((nuint)size) };
        for (int k = 0; k < size; k++) c.Out[k] = (byte)('a' + k % 26);
        Sockets.SetNoDelay(c.Fd, true);
        all[i] = c;
        loop.Reactor.ConnectIPv4(c.Fd, Sockets.Loopback, port, &Client.OnConnected, c);
    }
    // Warm-up second, then measure.
    var warm = Stopwatch.StartNew();
    while (warm.Elapsed.TotalSeconds < 1 && stats.Errors == 0) loop.RunOnce(block: true);
    long startCount = stats.Requests;
    var clock = Stopwatch.StartNew();
    while (clock.Elapsed.TotalSeconds < seconds && stats.Errors == 0) loop.RunOnce(block: true);
    double elapsed = clock.Elapsed.TotalSeconds;
    long done = stats.Requests - startCount;
    if (stats.Errors > 0) { Console.Error.WriteLine($"errors: {stats.Errors} ({stats.LastError})"); Environment.Exit(1); }
    Console.WriteLine($"{done / elapsed:F0}");
}

internal sealed class Stats
{
    public long Requests;
    public int Errors;
    public string? LastError;
}

internal sealed unsafe class Client
{
    public Reactor Reactor = null!;
    public Stats Stats = null!;
    public int Fd, Size, Got;
    public byte* Out, In;

    public static void OnConnected(object? state, int r)
    {
        var c = (Client)state!;
        if (r < 0) { c.Fail("connect", r); return; }
        c.Request();
    }

    private void Request()
    {
        Got = 0;
        Reactor.Recv(Fd, In, Size, &OnRecv, this);
        Reactor.Send(Fd, Out, Size, &OnSent, this);
    }

    private static void OnSent(object? state, int r)
    {
        var c = (Client)state!;
        if (r != c.Size) c.Fail("send", r);
    }

    private static void OnRecv(object? state, int r)
    {
        var c = (Client)state!;
        if (r <= 0) { c.Fail("recv", r); return; }
        c.Got += r;
        if (c.Got < c.Size) { c.Reactor.Recv(c.Fd, c.In + c.Got, c.Size - c.Got, &OnRecv, c); return; }
        c.Stats.Requests++;
        c.Request();
    }

    private void Fail(string what, int r)
    {
        Stats.Errors++;
        Stats.LastError = what + " " + (r < 0 ? Errno.Name(-r) : r.ToString());
    }
}
