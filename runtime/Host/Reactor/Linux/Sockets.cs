using System.Buffers.Binary;

namespace Aot.Runtime.Reactor.Linux;

/// <summary>
/// Synchronous socket set-up (socket, bind, listen, options). These never block; the calls that
/// can wait (accept, connect, recv, send) go through the <see cref="Reactor"/>. Every socket is
/// created non-blocking and close-on-exec: epoll needs the former, child processes the latter,
/// and io_uring handles EAGAIN on non-blocking sockets by arming its internal poll.
/// </summary>
public static unsafe class Sockets
{
    /// <summary>IPv4 loopback, 127.0.0.1, in host order.</summary>
    public const uint Loopback = 0x7F000001;

    /// <summary>A new non-blocking TCP/IPv4 socket; throws <see cref="ErrnoException"/>.</summary>
    public static int CreateTcp()
    {
        long fd = Interop.Sys.Socket(Lx.AF_INET, Lx.SOCK_STREAM | Lx.SOCK_NONBLOCK | Lx.SOCK_CLOEXEC, 0);
        return Syscall.Check(fd, "socket");
    }

    internal static SockAddrIn Address(uint ipv4HostOrder, int port) => new()
    {
        Family = Lx.AF_INET,
        PortBigEndian = BinaryPrimitives.ReverseEndianness((ushort)port),
        AddressBigEndian = BinaryPrimitives.ReverseEndianness(ipv4HostOrder),
    };

    /// <summary>Writes a sockaddr_in for the address into <paramref name="destination"/> (16 bytes).</summary>
    public static int WriteAddress(byte* destination, uint ipv4HostOrder, int port)
    {
        *(SockAddrIn*)destination = Address(ipv4HostOrder, port);
        return sizeof(SockAddrIn);
    }

    /// <summary>SO_REUSEADDR then bind(2); port 0 picks an ephemeral port.</summary>
    public static void Bind(int fd, uint ipv4HostOrder, int port)
    {
        SetInt(fd, Lx.SOL_SOCKET, Lx.SO_REUSEADDR, 1, "setsockopt");
        SockAddrIn address = Address(ipv4HostOrder, port);
        Syscall.Check(Interop.Sys.Bind(fd, (byte*)&address, (uint)sizeof(SockAddrIn)), "bind");
    }

    public static void Listen(int fd, int backlog) => Syscall.Check(Interop.Sys.Listen(fd, backlog), "listen");

    /// <summary>A listening loopback socket on an ephemeral port.</summary>
    public static int ListenLoopback(out int port, int backlog = 1024)
    {
        int fd = CreateTcp();
        try
        {
            Bind(fd, Loopback, 0);
            Listen(fd, backlog);
            port = LocalPort(fd);
            return fd;
        }
        catch
        {
            Syscall.CloseQuietly(fd);
            throw;
        }
    }

    public static int LocalPort(int fd)
    {
        SockAddrIn address;
        uint length = (uint)sizeof(SockAddrIn);
        Syscall.Check(Interop.Sys.GetSockName(fd, (byte*)&address, &length), "getsockname");
        return BinaryPrimitives.ReverseEndianness(address.PortBigEndian);
    }

    /// <summary>TCP_NODELAY: request/response traffic must not wait for Nagle's delayed ACK.</summary>
    public static void SetNoDelay(int fd, bool on) => SetInt(fd, Lx.IPPROTO_TCP, Lx.TCP_NODELAY, on ? 1 : 0, "setsockopt");

    /// <summary>SO_LINGER {1, 0}: close(2) then sends RST instead of FIN (socket(7)).</summary>
    public static void SetAbortiveClose(int fd)
    {
        Linger linger = new() { OnOff = 1, Seconds = 0 };
        Syscall.Check(Interop.Sys.SetSockOpt(fd, Lx.SOL_SOCKET, Lx.SO_LINGER, &linger, (uint)sizeof(Linger)), "setsockopt");
    }

    /// <summary>shutdown(2); returns -errno instead of throwing (a peer may already be gone).</summary>
    public static int Shutdown(int fd, int how) => Syscall.ResultOrNegErrno(Interop.Sys.Shutdown(fd, how));

    /// <summary>SO_ERROR: the pending error of a non-blocking connect (connect(2), EINPROGRESS).</summary>
    public static int PendingError(int fd)
    {
        int value = 0;
        uint length = sizeof(int);
        if (Interop.Sys.GetSockOpt(fd, Lx.SOL_SOCKET, Lx.SO_ERROR, &value, &length) < 0)
            return System.Runtime.InteropServices.Marshal.GetLastPInvokeError();
        return value;
    }

    private static void SetInt(int fd, int level, int name, int value, string syscall) =>
        Syscall.Check(Interop.Sys.SetSockOpt(fd, level, name, &value, sizeof(int)), syscall);
}
