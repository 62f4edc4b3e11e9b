using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Aot.Runtime.Reactor.Linux;

/// <summary>
/// The one place that decides what a failed syscall means: EINTR is retried (signal(7): a handler
/// without SA_RESTART, or any signal during epoll_wait, interrupts the call), everything else
/// becomes a negative errno or an <see cref="ErrnoException"/>.
/// Pattern: <c>do r = Interop.Sys.X(...); while (Syscall.Interrupted(r));</c>
/// </summary>
internal static class Syscall
{
    /// <summary>True when the call failed with EINTR and must be repeated.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Interrupted(long result) =>
        result < 0 && Marshal.GetLastPInvokeError() == Errno.EINTR;

    /// <summary>The call's result, or -errno when it failed (the completion convention).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int ResultOrNegErrno(long result) =>
        result < 0 ? -Marshal.GetLastPInvokeError() : (int)result;

    /// <summary>Returns the result, or throws an <see cref="ErrnoException"/> naming the syscall.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Check(long result, string syscall)
    {
        if (result < 0) ThrowLast(syscall);
        return (int)result;
    }

    [DoesNotReturn]
    public static void ThrowLast(string syscall) => throw new ErrnoException(Marshal.GetLastPInvokeError(), syscall);

    [DoesNotReturn]
    public static void Throw(int errno, string syscall) => throw new ErrnoException(errno, syscall);

    /// <summary>close(2) without EINTR retry: on Linux the fd is released even when close reports
    /// EINTR, and retrying could close an fd another thread has just been handed.</summary>
    public static void CloseQuietly(int fd)
    {
        if (fd >= 0) Interop.Sys.Close(fd);
    }
}
