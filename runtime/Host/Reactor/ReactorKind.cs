using System;
using Aot.Runtime.Reactor.Epoll;
using Aot.Runtime.Reactor.IoUring;

namespace Aot.Runtime.Reactor;

/// <summary>The two backends.</summary>
public enum ReactorKind
{
    Epoll,
    IoUring,
}

/// <summary>
/// Picks the backend at start: io_uring when io_uring_setup works (and the kernel has the
/// features we rely on, see <see cref="IoUringReactor.TryCreate"/>), epoll otherwise; the
/// environment variable <c>AOT_REACTOR=epoll|io_uring</c> forces one. Containers often block
/// io_uring with seccomp (Docker's default profile does), which is why the probe is a real setup
/// call rather than a kernel version check.
/// </summary>
public static class ReactorFactory
{
    public const string EnvironmentVariable = "AOT_REACTOR";

    public static Reactor Create() => Create(Forced());

    /// <summary>Creates the given backend; null means automatic. A forced io_uring that cannot
    /// start throws instead of silently running on epoll.</summary>
    public static Reactor Create(ReactorKind? kind)
    {
        if (kind == ReactorKind.Epoll) return new EpollReactor();
        Reactor? uring = IoUringReactor.TryCreate(out int errno);
        if (uring != null) return uring;
        if (kind == ReactorKind.IoUring) throw new Linux.ErrnoException(errno, "io_uring_setup");
        return new EpollReactor();
    }

    /// <summary>Whether io_uring can be used here (it creates and destroys a small ring).</summary>
    public static bool IoUringAvailable()
    {
        using Reactor? r = IoUringReactor.TryCreate(out _);
        return r != null;
    }

    /// <summary>The backend named by AOT_REACTOR, or null.</summary>
    public static ReactorKind? Forced()
    {
        string? value = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (string.IsNullOrEmpty(value)) return null;
        if (value.Equals("epoll", StringComparison.OrdinalIgnoreCase)) return ReactorKind.Epoll;
        if (value.Equals("io_uring", StringComparison.OrdinalIgnoreCase) || value.Equals("iouring", StringComparison.OrdinalIgnoreCase))
            return ReactorKind.IoUring;
        throw new ArgumentException($"{EnvironmentVariable} must be 'epoll' or 'io_uring', not '{value}'");
    }
}
