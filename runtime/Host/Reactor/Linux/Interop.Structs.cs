using System.Runtime.InteropServices;

namespace Aot.Runtime.Reactor.Linux;

/// <summary>struct pollfd, poll(2).</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct PollFd
{
    public int Fd;
    public short Events;
    public short REvents;
}

/// <summary>struct timespec / struct __kernel_timespec (both 16 bytes on 64-bit targets).</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct KernelTimespec
{
    public long Seconds;
    public long Nanoseconds;

    public static KernelTimespec FromMilliseconds(long ms) =>
        new() { Seconds = ms / 1000, Nanoseconds = ms % 1000 * 1_000_000 };
}

/// <summary>struct itimerspec, timerfd_settime(2).</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct ITimerSpec
{
    public KernelTimespec Interval;
    public KernelTimespec Value;
}

/// <summary>
/// glibc's sigset_t: 1024 bits. Only manipulated through sigemptyset/sigaddset so that the bit
/// layout stays glibc's business; signalfd(2) passes the kernel its first 8 bytes.
/// </summary>
[StructLayout(LayoutKind.Sequential, Size = 128)]
internal struct SigSet
{
    private long _first;
}

/// <summary>struct sockaddr_in, ip(7). Port and address are in network byte order.</summary>
[StructLayout(LayoutKind.Sequential, Size = 16)]
internal struct SockAddrIn
{
    public ushort Family;
    public ushort PortBigEndian;
    public uint AddressBigEndian;
    private ulong _zero;
}

/// <summary>struct linger, socket(7) SO_LINGER.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct Linger
{
    public int OnOff;
    public int Seconds;
}

/// <summary>Constants from the Linux UAPI headers (identical on x86-64 and arm64 for these).</summary>
internal static class Lx
{
    // fcntl.h
    public const int O_RDONLY = 0, O_WRONLY = 1, O_RDWR = 2, O_CREAT = 0x40, O_TRUNC = 0x200;
    public const int O_NONBLOCK = 0x800, O_CLOEXEC = 0x80000;

    // socket.h, in.h, tcp.h
    public const int AF_INET = 2, SOCK_STREAM = 1, SOCK_NONBLOCK = O_NONBLOCK, SOCK_CLOEXEC = O_CLOEXEC;
    public const int SOL_SOCKET = 1, SO_REUSEADDR = 2, SO_ERROR = 4, SO_LINGER = 13;
    public const int IPPROTO_TCP = 6, TCP_NODELAY = 1;
    public const int MSG_NOSIGNAL = 0x4000;
    public const int SHUT_RD = 0, SHUT_WR = 1, SHUT_RDWR = 2;

    // eventpoll.h
    public const int EPOLL_CLOEXEC = O_CLOEXEC, EPOLL_CTL_ADD = 1, EPOLL_CTL_DEL = 2, EPOLL_CTL_MOD = 3;
    public const uint EPOLLIN = 0x1, EPOLLPRI = 0x2, EPOLLOUT = 0x4, EPOLLERR = 0x8, EPOLLHUP = 0x10;
    public const uint EPOLLRDHUP = 0x2000, EPOLLET = 1u << 31;

    // poll.h (same bits as EPOLL*)
    public const short POLLIN = 0x1, POLLOUT = 0x4, POLLERR = 0x8, POLLHUP = 0x10;

    // eventfd.h, timerfd.h, signalfd.h
    public const int EFD_NONBLOCK = O_NONBLOCK, EFD_CLOEXEC = O_CLOEXEC;
    public const int TFD_NONBLOCK = O_NONBLOCK, TFD_CLOEXEC = O_CLOEXEC, CLOCK_MONOTONIC = 1;
    public const int SFD_NONBLOCK = O_NONBLOCK, SFD_CLOEXEC = O_CLOEXEC;
    public const int SIG_BLOCK = 0, SIG_UNBLOCK = 1, SIG_SETMASK = 2;

    // signal numbers, signal(7)
    public const int SIGHUP = 1, SIGINT = 2, SIGQUIT = 3, SIGUSR1 = 10, SIGUSR2 = 12, SIGPIPE = 13;
    public const int SIGTERM = 15, SIGCHLD = 17, SIGWINCH = 28;

    // wait.h
    public const int P_PIDFD = 3, WEXITED = 4, WNOHANG = 1;
    public const int CLD_EXITED = 1, CLD_KILLED = 2, CLD_DUMPED = 3;

    // mman.h
    public const int PROT_READ = 1, PROT_WRITE = 2, MAP_SHARED = 1, MAP_POPULATE = 0x8000;

    // Syscall numbers: these come from the generic table and are the same on x86-64 and arm64.
    public const long SYS_io_uring_setup = 425, SYS_io_uring_enter = 426, SYS_io_uring_register = 427;
    public const long SYS_pidfd_open = 434;
}
