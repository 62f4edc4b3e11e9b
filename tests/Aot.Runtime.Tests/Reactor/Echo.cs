using System.Runtime.InteropServices;
using Aot.Runtime.Loop;
using Aot.Runtime.Reactor;
using Aot.Runtime.Reactor.Linux;

namespace Aot.Runtime.Tests.Reactor;

/// <summary>
/// An echo server and a verifying client written directly against the reactor, shared by the
/// echo, disconnect and allocation tests. Buffers are native memory (stable addresses).
/// Each side keeps at most one recv and one send in flight per connection, full duplex.
/// </summary>
internal sealed unsafe class EchoServer
{
    public const int BufferSize = 4096;
    private readonly Aot.Runtime.Reactor.Reactor _reactor;
    public readonly int ListenFd;
    public readonly int Port;
    public int Accepted;
    public int Closed;
    public int Resets;
    public int Errors;
    private bool _stopping;

    public EchoServer(Aot.Runtime.Reactor.Reactor reactor)
    {
        _reactor = reactor;
        ListenFd = Sockets.ListenLoopback(out Port);
        _reactor.Accept(ListenFd, &OnAccept, this);
    }

    public void Stop(bool closeListener = true)
    {
        _stopping = true;
        if (closeListener) _reactor.Close(ListenFd, &Ignore, null);
    }

    private static void OnAccept(object? state, int result)
    {
        var server = (EchoServer)state!;
        if (result == -Errno.ECANCELED || server._stopping) { if (result >= 0) FileDescriptors.Close(result); return; }
        if (result >= 0)
        {
            server.Accepted++;
            Sockets.SetNoDelay(result, true);
            var conn = new Connection(server, result);
            conn.Receive();
        }
        else server.Errors++;
        server._reactor.Accept(server.ListenFd, &OnAccept, server);
    }

    private static void Ignore(object? state, int result) { }

    private sealed class Connection
    {
        private readonly EchoServer _server;
        private readonly int _fd;
        private readonly byte* _buffer = (byte*)NativeMemory.Alloc(BufferSize);
        private int _length, _sent;

        public Connection(EchoServer server, int fd)
        {
            _server = server;
            _fd = fd;
        }

        public void Receive() => _server._reactor.Recv(_fd, _buffer, BufferSize, &OnRecv, this);

        private static void OnRecv(object? state, int result)
        {
            var c = (Connection)state!;
            if (result <= 0)
            {
                if (result == -Errno.ECONNRESET) c._server.Resets++;
                else if (result < 0) c._server.Errors++;
                c.CloseConnection();
                return;
            }
            c._length = result;
            c._sent = 0;
            c._server._reactor.Send(c._fd, c._buffer, result, &OnSent, c);
        }

        private static void OnSent(object? state, int result)
        {
            var c = (Connection)state!;
            if (result < 0)
            {
                if (result == -Errno.ECONNRESET || result == -Errno.EPIPE) c._server.Resets++;
                else c._server.Errors++;
                c.CloseConnection();
                return;
            }
            c._sent += result;
            if (c._sent < c._length) c._server._reactor.Send(c._fd, c._buffer + c._sent, c._length - c._sent, &OnSent, c);
            else c.Receive();
        }

        private void CloseConnection()
        {
            _server._reactor.Close(_fd, &OnClosed, this);
        }

        private static void OnClosed(object? state, int result)
        {
            var c = (Connection)state!;
            NativeMemory.Free(c._buffer);
            c._server.Closed++;
        }
    }
}

/// <summary>
/// A client connection that streams <see cref="TotalBytes"/> of a deterministic pattern (messages
/// of <see cref="MessageSize"/> bytes, several per send) and checks every echoed byte.
/// </summary>
internal sealed unsafe class EchoClient
{
    public const int MessageSize = 16;
    private const int ChunkMessages = 64;
    private readonly Aot.Runtime.Reactor.Reactor _reactor;
    private readonly int _id;
    private readonly byte* _send = (byte*)NativeMemory.Alloc(MessageSize * ChunkMessages);
    private readonly byte* _recv = (byte*)NativeMemory.Alloc(EchoServer.BufferSize);
    private int _fd;
    private long _sentBytes, _receivedBytes, _chunkBytes, _chunkSent;
    public readonly long TotalBytes;
    public bool Done, Failed;
    public string? Error;

    public EchoClient(Aot.Runtime.Reactor.Reactor reactor, int id, int port, int messages)
    {
        _reactor = reactor;
        _id = id;
        TotalBytes = (long)messages * MessageSize;
        _fd = Sockets.CreateTcp();
        Sockets.SetNoDelay(_fd, true);
        _reactor.ConnectIPv4(_fd, Sockets.Loopback, port, &OnConnected, this);
    }

    public static byte Expected(int id, long position) => (byte)(position * 31 + id * 7 + (position >> 9));

    private static void OnConnected(object? state, int result)
    {
        var c = (EchoClient)state!;
        if (result < 0) { c.Fail("connect " + Errno.Name(-result)); return; }
        c.SendChunk();
        c._reactor.Recv(c._fd, c._recv, EchoServer.BufferSize, &OnRecv, c);
    }

    private void SendChunk()
    {
        long remaining = TotalBytes - _sentBytes;
        if (remaining == 0) return;
        _chunkBytes = (int)System.Math.Min(remaining, MessageSize * ChunkMessages);
        for (int k = 0; k < _chunkBytes; k++) _send[k] = Expected(_id, _sentBytes + k);
        _chunkSent = 0;
        _reactor.Send(_fd, _send, (int)_chunkBytes, &OnSent, this);
    }

    private static void OnSent(object? state, int result)
    {
        var c = (EchoClient)state!;
        if (result < 0) { c.Fail("send " + Errno.Name(-result)); return; }
        c._chunkSent += result;
        if (c._chunkSent < c._chunkBytes)
        {
            c._reactor.Send(c._fd, c._send + c._chunkSent, (int)(c._chunkBytes - c._chunkSent), &OnSent, c);
            return;
        }
        c._sentBytes += c._chunkBytes;
        c.SendChunk();
    }

    private static void OnRecv(object? state, int result)
    {
        var c = (EchoClient)state!;
        if (result <= 0) { c.Fail(result == 0 ? "early end of stream" : "recv " + Errno.Name(-result)); return; }
        for (int k = 0; k < result; k++)
        {
            if (c._recv[k] != Expected(c._id, c._receivedBytes + k))
            {
                c.Fail($"byte {c._receivedBytes + k} differs");
                return;
            }
        }
        c._receivedBytes += result;
        if (c._receivedBytes == c.TotalBytes)
        {
            c.Done = true;
            c._reactor.Close(c._fd, &OnClosed, c);
            return;
        }
        c._reactor.Recv(c._fd, c._recv, EchoServer.BufferSize, &OnRecv, c);
    }

    private void Fail(string message)
    {
        Failed = true;
        Error ??= message;
        _reactor.Close(_fd, &OnClosed, this);
    }

    private static void OnClosed(object? state, int result)
    {
        var c = (EchoClient)state!;
        NativeMemory.Free(c._send);
        NativeMemory.Free(c._recv);
    }
}
