using System;

namespace Aot.Runtime.Reactor.Linux;

/// <summary>
/// A failed system call: the errno, its Node-style code ("ECONNREFUSED") and the syscall name
/// ("connect"), which is what Node puts on <c>err.code</c>, <c>err.errno</c> (negated) and
/// <c>err.syscall</c>. The message follows Node's fs form: "ENOENT: no such file or directory, open".
/// Thrown only off the hot path (setup, synchronous helpers); completions carry -errno instead.
/// </summary>
public sealed class ErrnoException : Exception
{
    public ErrnoException(int errno, string syscall)
        : base(Linux.Errno.Name(errno) + ": " + Linux.Errno.Description(errno) + ", " + syscall)
    {
        Errno = errno;
        Syscall = syscall;
    }

    /// <summary>The positive errno value.</summary>
    public int Errno { get; }

    /// <summary>Node's <c>err.code</c>, e.g. "EADDRINUSE".</summary>
    public string Code => Linux.Errno.Name(Errno);

    /// <summary>Node's <c>err.syscall</c>, e.g. "bind".</summary>
    public string Syscall { get; }
}
