// TCP echo server on the Aot event loop: usage `server <epoll|io_uring> <port>`.
// Each connection keeps one recv in flight into a 16 KB native buffer and echoes what arrives,
// the same work node's `socket.pipe(socket)`-free echo does (see ../node-echo-server.js).
using System;
using System.Runtime.InteropServices;
using Aot.Runtime.Loop;
using Aot.Runtime.Reactor;
using Aot.Runtime.Reactor.Linux;

unsafe
{
    ReactorKind kind = args.Length > 0 && args[0] == "epoll" ? ReactorKind.Epoll : ReactorKind.IoUring;
    int port = args.Length > 1 ? int.Parse(args[1]) : 7000;
    using var loop = new EventLoop(ReactorFactory.Create(kind), WorkerPool.ConfiguredSize());
    int listener = Sockets.CreateTcp();
    Sockets.Bind(listener, Sockets.Loopback, port);
    Sockets.Listen(listener, 4096);
    var server = new Server { Reactor = loop.Reactor, ListenFd = listener };
    loop.Reactor.Accept(listener, &Server.OnAccept, server);
    Console.WriteLine($"aot echo server ({loop.Reactor.Kind}) listening on {port}");
    loop.Run();
}

internal sealed unsafe class Server
{
    public Reactor Reactor = null!;
    public int ListenFd;

    public static void OnAccept(object? state, int fd)
    {
        var s = (Server)state!;
        if (fd >= 0)
        {
            Sockets.SetNoDelay(fd, true);
            var c = new Connection { Reactor = s.Reactor, Fd = fd, Buffer = (byte*)NativeMemory.Alloc(Connection.Size) };
            c.Reactor.Recv(fd, c.Buffer, Connection.Size, &Connection.OnRecv, c);
        }
        s.Reactor.Accept(s.ListenFd, &OnAccept, s);
    }
}

internal sealed unsafe class Connection
{
    public const int Size = 16 * 1024;
    public Reactor Reactor = null!;
    public int Fd, Length, Sent;
    public byte* Buffer;

    public static void OnRecv(object? state, int n)
    {
        var c = (Connection)state!;
        if (n <= 0) { c.Reactor.Close(c.Fd, &OnClosed, c); return; }
        c.Length = n;
        c.Sent = 0;
        c.Reactor.Send(c.Fd, c.Buffer, n, &OnSent, c);
    }

    public static void OnSent(object? state, int n)
    {
        var c = (Connection)state!;
        if (n < 0) { c.Reactor.Close(c.Fd, &OnClosed, c); return; }
        c.Sent += n;
        if (c.Sent < c.Length) c.Reactor.Send(c.Fd, c.Buffer + c.Sent, c.Length - c.Sent, &OnSent, c);
        else c.Reactor.Recv(c.Fd, c.Buffer, Size, &OnRecv, c);
    }

    public static void OnClosed(object? state, int result) => NativeMemory.Free(((Connection)state!).Buffer);
}
