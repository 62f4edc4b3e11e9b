namespace Aot.Runtime.Reactor.Linux;

/// <summary>
/// Linux errno values (asm-generic/errno-base.h, asm-generic/errno.h) with the names Node uses as
/// <c>error.code</c> and libuv's <c>uv_strerror</c> wording, so errors read the same as in Node.
/// Completions report failures as negative errno (the io_uring convention, kept for epoll too),
/// which keeps the hot path free of exceptions; <see cref="ErrnoException"/> is for the rest.
/// </summary>
public static class Errno
{
    public const int EPERM = 1, ENOENT = 2, ESRCH = 3, EINTR = 4, EIO = 5, ENXIO = 6, E2BIG = 7;
    public const int ENOEXEC = 8, EBADF = 9, ECHILD = 10, EAGAIN = 11, ENOMEM = 12, EACCES = 13;
    public const int EFAULT = 14, EBUSY = 16, EEXIST = 17, EXDEV = 18, ENODEV = 19, ENOTDIR = 20;
    public const int EISDIR = 21, EINVAL = 22, ENFILE = 23, EMFILE = 24, ENOTTY = 25, EFBIG = 27;
    public const int ENOSPC = 28, ESPIPE = 29, EROFS = 30, EMLINK = 31, EPIPE = 32, ERANGE = 34;
    public const int ENAMETOOLONG = 36, ENOSYS = 38, ENOTEMPTY = 39, ELOOP = 40, ETIME = 62;
    public const int EOVERFLOW = 75, ENOTSOCK = 88, EDESTADDRREQ = 89, EMSGSIZE = 90;
    public const int EPROTOTYPE = 91, ENOPROTOOPT = 92, EPROTONOSUPPORT = 93, EOPNOTSUPP = 95;
    public const int EAFNOSUPPORT = 97, EADDRINUSE = 98, EADDRNOTAVAIL = 99, ENETDOWN = 100;
    public const int ENETUNREACH = 101, ECONNABORTED = 103, ECONNRESET = 104, ENOBUFS = 105;
    public const int EISCONN = 106, ENOTCONN = 107, ETIMEDOUT = 110, ECONNREFUSED = 111;
    public const int EHOSTUNREACH = 113, EALREADY = 114, EINPROGRESS = 115, ECANCELED = 125;

    /// <summary>The symbolic name ("ENOENT"), or "Unknown system error N" like Node.</summary>
    public static string Name(int errno) => errno switch
    {
        EPERM => "EPERM", ENOENT => "ENOENT", ESRCH => "ESRCH", EINTR => "EINTR", EIO => "EIO",
        ENXIO => "ENXIO", E2BIG => "E2BIG", ENOEXEC => "ENOEXEC", EBADF => "EBADF",
        ECHILD => "ECHILD", EAGAIN => "EAGAIN", ENOMEM => "ENOMEM", EACCES => "EACCES",
        EFAULT => "EFAULT", EBUSY => "EBUSY", EEXIST => "EEXIST", EXDEV => "EXDEV",
        ENODEV => "ENODEV", ENOTDIR => "ENOTDIR", EISDIR => "EISDIR", EINVAL => "EINVAL",
        ENFILE => "ENFILE", EMFILE => "EMFILE", ENOTTY => "ENOTTY", EFBIG => "EFBIG",
        ENOSPC => "ENOSPC", ESPIPE => "ESPIPE", EROFS => "EROFS", EMLINK => "EMLINK",
        EPIPE => "EPIPE", ERANGE => "ERANGE", ENAMETOOLONG => "ENAMETOOLONG", ENOSYS => "ENOSYS",
        ENOTEMPTY => "ENOTEMPTY", ELOOP => "ELOOP", ETIME => "ETIME", EOVERFLOW => "EOVERFLOW",
        ENOTSOCK => "ENOTSOCK", EDESTADDRREQ => "EDESTADDRREQ", EMSGSIZE => "EMSGSIZE",
        EPROTOTYPE => "EPROTOTYPE", ENOPROTOOPT => "ENOPROTOOPT",
        EPROTONOSUPPORT => "EPROTONOSUPPORT", EOPNOTSUPP => "ENOTSUP",
        EAFNOSUPPORT => "EAFNOSUPPORT", EADDRINUSE => "EADDRINUSE",
        EADDRNOTAVAIL => "EADDRNOTAVAIL", ENETDOWN => "ENETDOWN", ENETUNREACH => "ENETUNREACH",
        ECONNABORTED => "ECONNABORTED", ECONNRESET => "ECONNRESET", ENOBUFS => "ENOBUFS",
        EISCONN => "EISCONN", ENOTCONN => "ENOTCONN", ETIMEDOUT => "ETIMEDOUT",
        ECONNREFUSED => "ECONNREFUSED", EHOSTUNREACH => "EHOSTUNREACH", EALREADY => "EALREADY",
        EINPROGRESS => "EINPROGRESS", ECANCELED => "ECANCELED",
        _ => "Unknown system error " + errno,
    };

    /// <summary>libuv's message for the code (what Node prints after "ENOENT: ").</summary>
    public static string Description(int errno) => errno switch
    {
        EPERM => "operation not permitted", ENOENT => "no such file or directory",
        ESRCH => "no such process", EINTR => "interrupted system call", EIO => "i/o error",
        ENXIO => "no such device or address", E2BIG => "argument list too long",
        ENOEXEC => "exec format error", EBADF => "bad file descriptor", ECHILD => "no child processes",
        EAGAIN => "resource temporarily unavailable", ENOMEM => "not enough memory",
        EACCES => "permission denied", EFAULT => "bad address in system call argument",
        EBUSY => "resource busy or locked", EEXIST => "file already exists",
        EXDEV => "cross-device link not permitted", ENODEV => "no such device",
        ENOTDIR => "not a directory", EISDIR => "illegal operation on a directory",
        EINVAL => "invalid argument", ENFILE => "file table overflow",
        EMFILE => "too many open files", ENOTTY => "inappropriate ioctl for device",
        EFBIG => "file too large", ENOSPC => "no space left on device",
        ESPIPE => "invalid seek", EROFS => "read-only file system", EMLINK => "too many links",
        EPIPE => "broken pipe", ERANGE => "result too large", ENAMETOOLONG => "name too long",
        ENOSYS => "function not implemented", ENOTEMPTY => "directory not empty",
        ELOOP => "too many symbolic links encountered", ETIME => "timer expired",
        EOVERFLOW => "value too large for defined data type",
        ENOTSOCK => "socket operation on non-socket",
        EDESTADDRREQ => "destination address required", EMSGSIZE => "message too long",
        EPROTOTYPE => "protocol wrong type for socket", ENOPROTOOPT => "protocol not available",
        EPROTONOSUPPORT => "protocol not supported", EOPNOTSUPP => "operation not supported on socket",
        EAFNOSUPPORT => "address family not supported", EADDRINUSE => "address already in use",
        EADDRNOTAVAIL => "address not available", ENETDOWN => "network is down",
        ENETUNREACH => "network is unreachable", ECONNABORTED => "software caused connection abort",
        ECONNRESET => "connection reset by peer", ENOBUFS => "no buffer space available",
        EISCONN => "socket is already connected", ENOTCONN => "socket is not connected",
        ETIMEDOUT => "connection timed out", ECONNREFUSED => "connection refused",
        EHOSTUNREACH => "host is unreachable", EALREADY => "connection already in progress",
        EINPROGRESS => "operation in progress", ECANCELED => "operation canceled",
        _ => "unknown error",
    };
}
