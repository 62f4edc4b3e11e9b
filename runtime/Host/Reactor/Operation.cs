using System;

namespace Aot.Runtime.Reactor;

/// <summary>
/// A handle to one pending reactor operation, used to cancel it. It is a generation-checked index
/// into the reactor's operation table, so a stale handle (the operation finished and its slot was
/// reused) cancels nothing. The same 64-bit value is the io_uring SQE's user_data.
/// </summary>
public readonly struct Operation : IEquatable<Operation>
{
    internal readonly ulong Token;

    internal Operation(ulong token) => Token = token;

    public bool IsNone => Token == 0;

    public bool Equals(Operation other) => Token == other.Token;

    public override bool Equals(object? obj) => obj is Operation other && Equals(other);

    public override int GetHashCode() => Token.GetHashCode();
}

/// <summary>What a pending operation does; the backends switch on it.</summary>
internal enum OperationKind : byte
{
    None,
    Accept,
    Connect,
    Recv,
    Send,
    Read,
    Write,
    Poll,
    Timeout,
    Close,
}

/// <summary>Options for one operation.</summary>
[Flags]
public enum OperationFlags : byte
{
    None = 0,

    /// <summary>The operation does not keep the loop alive (its owner's handle decides, like
    /// libuv's unref'd handles: a signal watcher's pending read must not stop the process exiting).</summary>
    Unref = 1,
}

/// <summary>Poll event bits for <see cref="Reactor.Poll"/> (poll(2) values).</summary>
[Flags]
public enum PollEvents : uint
{
    None = 0,
    Readable = 0x1,
    Writable = 0x4,
    Error = 0x8,
    HangUp = 0x10,
}
