using System;
using Aot.Runtime.Loop;
using Aot.Runtime.Reactor.Linux;

namespace Aot.Runtime.Reactor;

/// <summary>
/// The I/O multiplexer under the event loop, with two backends: <see cref="IoUring.IoUringReactor"/>
/// (completion-based) and <see cref="Epoll.EpollReactor"/> (readiness plus non-blocking syscalls).
/// Both present the completion model: start an operation, and later, on the loop thread, its
/// callback runs once with the io_uring-style result (bytes, an fd, a poll mask, or -errno).
///
/// Every operation takes a <c>delegate*&lt;object?, int, void&gt;</c> and a state object that are
/// stored in a struct slot of the <see cref="OperationTable"/>; completing it is an indirect call
/// with no delegate, closure or boxing, so steady-state I/O allocates nothing.
///
/// Buffers are raw pointers: the caller keeps the memory alive and unmoved until the callback runs
/// (native memory or a pinned array, e.g. <c>GC.AllocateArray&lt;byte&gt;(n, pinned: true)</c>).
///
/// Fds given to a reactor must be non-blocking (see <see cref="Sockets"/>,
/// <see cref="FileDescriptors"/>) and must be closed with <see cref="Close"/>, which also cancels
/// whatever is still pending on them. Loop thread only, except <see cref="Post"/> and <see cref="Wake"/>.
/// </summary>
public abstract unsafe class Reactor : IDisposable
{
    private protected readonly OperationTable Ops = new();
    private protected readonly CompletionInbox Inbox = new();
    private WorkerPool? _workers;
    private bool _ownsWorkers;
    private protected bool Disposed;

    /// <summary>Which backend this is.</summary>
    public abstract ReactorKind Kind { get; }

    /// <summary>Called after every completion callback: the host's microtask checkpoint.</summary>
    public Action? AfterCallback { get; set; }

    /// <summary>Operations that keep the loop alive (started, not completed, not unref'd).</summary>
    public int RefedOperations => Ops.Refed;

    /// <summary>All operations in flight.</summary>
    public int PendingOperations => Ops.InUse;

    /// <summary>
    /// The worker pool for blocking work (epoll's file reads and writes, the loop's QueueWork).
    /// Created on first use when no loop supplied one; its threads start lazily too.
    /// </summary>
    public WorkerPool Workers
    {
        get
        {
            if (_workers == null)
            {
                _workers = new WorkerPool(this, WorkerPool.ConfiguredSize());
                _ownsWorkers = true;
            }
            return _workers;
        }
        internal set { _workers = value; _ownsWorkers = false; }
    }

    internal bool HasWorkers => _workers != null;

    // ---- operations ----

    /// <summary>accept4(2): completes with the new connection's fd (non-blocking, close-on-exec).</summary>
    public Operation Accept(int listenFd, delegate*<object?, int, void> callback, object? state, OperationFlags flags = OperationFlags.None)
    {
        int i = Ops.Allocate(OperationKind.Accept, listenFd, callback, state, flags);
        return Start(i);
    }

    /// <summary>connect(2) to an IPv4 address: completes with 0 or -errno (ECONNREFUSED ...).</summary>
    public Operation ConnectIPv4(int fd, uint ipv4HostOrder, int port, delegate*<object?, int, void> callback, object? state, OperationFlags flags = OperationFlags.None)
    {
        int i = Ops.Allocate(OperationKind.Connect, fd, callback, state, flags);
        Ops[i].Length = Sockets.WriteAddress(Ops.Scratch(i), ipv4HostOrder, port);
        return Start(i);
    }

    /// <summary>connect(2) to a raw sockaddr (at most 128 bytes; copied, so it need not outlive the call).</summary>
    public Operation Connect(int fd, ReadOnlySpan<byte> sockaddr, delegate*<object?, int, void> callback, object? state, OperationFlags flags = OperationFlags.None)
    {
        if (sockaddr.Length > OperationTable.ScratchBytes) throw new ArgumentOutOfRangeException(nameof(sockaddr));
        int i = Ops.Allocate(OperationKind.Connect, fd, callback, state, flags);
        sockaddr.CopyTo(new Span<byte>(Ops.Scratch(i), OperationTable.ScratchBytes));
        Ops[i].Length = sockaddr.Length;
        return Start(i);
    }

    /// <summary>recv(2) on a stream socket: completes with the byte count (0 = end of stream) or -errno.</summary>
    public Operation Recv(int fd, byte* buffer, int length, delegate*<object?, int, void> callback, object? state, OperationFlags flags = OperationFlags.None)
    {
        int i = Ops.Allocate(OperationKind.Recv, fd, callback, state, flags);
        Ops[i].Buffer = buffer;
        Ops[i].Length = length;
        return Start(i);
    }

    /// <summary>send(2) with MSG_NOSIGNAL (EPIPE instead of SIGPIPE). May complete with fewer bytes
    /// than asked; the caller sends the rest.</summary>
    public Operation Send(int fd, byte* buffer, int length, delegate*<object?, int, void> callback, object? state, OperationFlags flags = OperationFlags.None)
    {
        int i = Ops.Allocate(OperationKind.Send, fd, callback, state, flags);
        Ops[i].Buffer = buffer;
        Ops[i].Length = length;
        return Start(i);
    }

    /// <summary>read(2) (offset -1: current position, for pipes, ttys, signalfd) or pread(2) at an offset.</summary>
    public Operation Read(int fd, byte* buffer, int length, long offset, delegate*<object?, int, void> callback, object? state, OperationFlags flags = OperationFlags.None)
    {
        int i = Ops.Allocate(OperationKind.Read, fd, callback, state, flags);
        Ops[i].Buffer = buffer;
        Ops[i].Length = length;
        Ops[i].Offset = offset < 0 ? -1 : offset;
        return Start(i);
    }

    /// <summary>write(2) (offset -1) or pwrite(2) at an offset. Short writes are possible on pipes.</summary>
    public Operation Write(int fd, byte* buffer, int length, long offset, delegate*<object?, int, void> callback, object? state, OperationFlags flags = OperationFlags.None)
    {
        int i = Ops.Allocate(OperationKind.Write, fd, callback, state, flags);
        Ops[i].Buffer = buffer;
        Ops[i].Length = length;
        Ops[i].Offset = offset < 0 ? -1 : offset;
        return Start(i);
    }

    /// <summary>One-shot readiness: completes with the ready <see cref="PollEvents"/> mask. Used for
    /// pidfds, signalfds and anything that is read with a plain syscall once ready.</summary>
    public Operation Poll(int fd, PollEvents events, delegate*<object?, int, void> callback, object? state, OperationFlags flags = OperationFlags.None)
    {
        int i = Ops.Allocate(OperationKind.Poll, fd, callback, state, flags);
        Ops[i].Events = (uint)events;
        return Start(i);
    }

    /// <summary>A one-shot timer: completes with 0 after <paramref name="milliseconds"/>, or
    /// -ECANCELED. (JS timers use the loop's TimerHeap; this is for timeouts on I/O.)</summary>
    public Operation Timeout(long milliseconds, delegate*<object?, int, void> callback, object? state, OperationFlags flags = OperationFlags.None)
    {
        int i = Ops.Allocate(OperationKind.Timeout, -1, callback, state, flags);
        Ops[i].Offset = Math.Max(0, milliseconds);
        *(KernelTimespec*)Ops.Scratch(i) = KernelTimespec.FromMilliseconds(Ops[i].Offset);
        return Start(i);
    }

    /// <summary>Cancels what is pending on the fd (each completes with -ECANCELED) and closes it;
    /// completes with close(2)'s result.</summary>
    public Operation Close(int fd, delegate*<object?, int, void> callback, object? state, OperationFlags flags = OperationFlags.None)
    {
        int i = Ops.Allocate(OperationKind.Close, fd, callback, state, flags);
        return Start(i);
    }

    /// <summary>
    /// Asks for an operation to stop. If it was still waiting its callback runs with -ECANCELED;
    /// if it had already finished (the result may be on its way) the real result is delivered.
    /// Either way the callback runs exactly once, later, never inside this call.
    /// </summary>
    public abstract void Cancel(Operation operation);

    /// <summary>Changes whether a pending operation keeps the loop alive.</summary>
    public void SetRef(Operation operation, bool refed)
    {
        if (Ops.TryResolve(operation.Token, out int index)) Ops.SetRef(index, refed);
    }

    /// <summary>
    /// One turn of I/O: submit what was queued, wait up to <paramref name="timeoutMs"/> (-1: until
    /// something happens, 0: do not block) and run the callbacks of everything that completed,
    /// including entries posted from other threads. Returns the number of callbacks run.
    /// </summary>
    public abstract int RunOnce(int timeoutMs);

    /// <summary>True when completions are already waiting, so the next wait must not block.</summary>
    public abstract bool HasReadyCompletions { get; }

    // ---- cross-thread ----

    /// <summary>
    /// Thread-safe: runs <paramref name="callback"/>(state, result) on the loop thread during its
    /// next completion phase, waking the loop if it sleeps. Does not keep the loop alive by itself.
    /// </summary>
    public void Post(delegate*<object?, int, void> callback, object? state, int result)
    {
        if (callback == null) throw new ArgumentNullException(nameof(callback));
        if (Inbox.Post(new CompletionInbox.Entry { Kind = CompletionInbox.EntryKind.Callback, Callback = callback, State = state, Result = result }))
            Wake();
    }

    internal void PostWorkDone(delegate*<object?, int, void> callback, object? state, int result)
    {
        if (Inbox.Post(new CompletionInbox.Entry { Kind = CompletionInbox.EntryKind.Work, Callback = callback, State = state, Result = result }))
            Wake();
    }

    internal void PostOperationResult(ulong token, int result)
    {
        if (Inbox.Post(new CompletionInbox.Entry { Kind = CompletionInbox.EntryKind.Operation, Token = token, Result = result }))
            Wake();
    }

    /// <summary>Thread-safe: interrupts a blocking wait (eventfd write).</summary>
    public abstract void Wake();

    // ---- for the backends ----

    private protected abstract Operation Start(int index);

    /// <summary>Frees the slot, then calls its callback (so the callback may start new operations,
    /// even reusing this slot) and the after-callback hook.</summary>
    private protected void Complete(int index, int result)
    {
        ref OperationSlot slot = ref Ops[index];
        delegate*<object?, int, void> callback = slot.Callback;
        object? state = slot.State;
        Ops.Free(index);
        callback(state, result);
        AfterCallback?.Invoke();
    }

    /// <summary>Runs everything other threads posted. Returns the number of callbacks run.</summary>
    private protected int DrainInbox()
    {
        Span<CompletionInbox.Entry> entries = Inbox.TakeAll();
        int ran = 0;
        for (int k = 0; k < entries.Length; k++)
        {
            ref CompletionInbox.Entry e = ref entries[k];
            object? state = e.State;
            e.State = null; // do not keep the object alive from the spare buffer
            switch (e.Kind)
            {
                case CompletionInbox.EntryKind.Operation:
                    if (Ops.TryResolve(e.Token, out int index)) { OnWorkerOperationDone(index, e.Result); ran++; }
                    break;
                case CompletionInbox.EntryKind.Work:
                    _workers!.OnJobDelivered();
                    e.Callback(state, e.Result);
                    AfterCallback?.Invoke();
                    ran++;
                    break;
                default:
                    e.Callback(state, e.Result);
                    AfterCallback?.Invoke();
                    ran++;
                    break;
            }
        }
        if (_workers != null && entries.Length > 0) _workers.Pump();
        return ran;
    }

    /// <summary>An operation the backend handed to the worker pool has its result.</summary>
    private protected virtual void OnWorkerOperationDone(int index, int result) => Complete(index, result);

    protected virtual void Dispose(bool disposing)
    {
        if (disposing && _ownsWorkers) _workers?.Dispose();
        Ops.Dispose();
    }

    public void Dispose()
    {
        if (Disposed) return;
        Disposed = true;
        Dispose(true);
        GC.SuppressFinalize(this);
    }
}
