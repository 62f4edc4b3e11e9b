using System.Runtime.InteropServices;
using Aot.Runtime.Loop;
using Aot.Runtime.Reactor.Linux;

namespace Aot.Runtime.Reactor.Epoll;

public sealed unsafe partial class EpollReactor
{
    private protected override Operation Start(int i)
    {
        ulong token = Ops.TokenOf(i);
        ref OperationSlot op = ref Ops[i];
        int fd = op.Fd;
        switch (op.Kind)
        {
            case OperationKind.Close:
                CloseNow(i);
                break;

            case OperationKind.Timeout:
                StartTimeout(i);
                break;

            case OperationKind.Connect:
            {
                long r;
                do r = Interop.Sys.Connect(fd, Ops.Scratch(i), (uint)op.Length);
                while (Syscall.Interrupted(r));
                int errno = r < 0 ? Marshal.GetLastPInvokeError() : 0;
                if (errno == Errno.EINPROGRESS)
                {
                    // connect(2): "select/poll for completion by selecting the socket for writing,
                    // then read SO_ERROR" - the Connect attempt in the write queue does that.
                    ref FdState s = ref Register(fd);
                    s.Writable = false;
                    Enqueue(i, read: false);
                }
                else PushReady(i, -errno);
                break;
            }

            case OperationKind.Read or OperationKind.Write when op.Offset >= 0:
                ToWorker(i);
                break;

            default:
            {
                ref FdState s = ref Register(fd);
                if (s.NotPollable)
                {
                    if (op.Kind is OperationKind.Read or OperationKind.Write) ToWorker(i);
                    else if (op.Kind == OperationKind.Poll) PushReady(i, (int)(op.Events & (uint)(PollEvents.Readable | PollEvents.Writable)));
                    else PushReady(i, Attempt(i, 0)); // a socket call on a file: let the kernel say why
                    break;
                }
                bool read = IsReadSide(ref op);
                bool queueEmpty = read ? s.ReadHead < 0 : s.WriteHead < 0;
                if (op.Kind == OperationKind.Poll)
                {
                    // The flags may be stale-true, so ask poll(2) for the current state.
                    PollFd p = new() { Fd = fd, Events = (short)op.Events };
                    int ready = Interop.Sys.Poll(&p, 1, 0);
                    if (ready > 0) { PushReady(i, p.REvents); break; }
                    Enqueue(i, read);
                    break;
                }
                if (queueEmpty && (read ? s.Readable : s.Writable))
                {
                    int result = Attempt(i, 0);
                    if (result != -Errno.EAGAIN) { PushReady(i, result); break; }
                    ref FdState s2 = ref _fds[fd];
                    if (read) s2.Readable = false; else s2.Writable = false;
                }
                Enqueue(i, read);
                break;
            }
        }
        return new Operation(token);
    }

    private static bool IsReadSide(ref OperationSlot op) => op.Kind switch
    {
        OperationKind.Accept or OperationKind.Recv or OperationKind.Read or OperationKind.Timeout => true,
        OperationKind.Poll => (op.Events & (uint)PollEvents.Readable) != 0,
        _ => false,
    };

    /// <summary>
    /// Performs the syscall of a waiting operation. Returns the completion result, or -EAGAIN to
    /// keep waiting. <paramref name="bits"/> are the epoll event bits that woke it (0 when eager).
    /// </summary>
    private int Attempt(int i, uint bits)
    {
        ref OperationSlot op = ref Ops[i];
        long r;
        switch (op.Kind)
        {
            case OperationKind.Accept:
                do r = Interop.Sys.Accept4(op.Fd, null, null, Lx.SOCK_NONBLOCK | Lx.SOCK_CLOEXEC);
                while (Syscall.Interrupted(r));
                return Syscall.ResultOrNegErrno(r);

            case OperationKind.Recv:
                do r = Interop.Sys.Recv(op.Fd, op.Buffer, (nuint)op.Length, 0);
                while (Syscall.Interrupted(r));
                // A stream read that returns less than asked has emptied the receive queue, and
                // any later data raises a new edge, so skip the recv that would only say EAGAIN.
                // (This saves a syscall per message on request/response traffic.)
                if (r >= 0 && r < op.Length) ClearReadable(op.Fd);
                return Syscall.ResultOrNegErrno(r);

            case OperationKind.Read:
                do r = Interop.Sys.Read(op.Fd, op.Buffer, (nuint)op.Length);
                while (Syscall.Interrupted(r));
                return Syscall.ResultOrNegErrno(r);

            case OperationKind.Send:
                do r = Interop.Sys.Send(op.Fd, op.Buffer, (nuint)op.Length, Lx.MSG_NOSIGNAL);
                while (Syscall.Interrupted(r));
                if (r >= 0 && r < op.Length) ClearWritable(op.Fd); // the send buffer is full
                return Syscall.ResultOrNegErrno(r);

            case OperationKind.Write:
                do r = Interop.Sys.Write(op.Fd, op.Buffer, (nuint)op.Length);
                while (Syscall.Interrupted(r));
                if (r >= 0 && r < op.Length) ClearWritable(op.Fd);
                return Syscall.ResultOrNegErrno(r);

            case OperationKind.Connect:
                return -Sockets.PendingError(op.Fd);

            case OperationKind.Poll:
            {
                uint mask = bits & (op.Events | Lx.EPOLLERR | Lx.EPOLLHUP);
                if ((bits & Lx.EPOLLRDHUP) != 0 && (op.Events & Lx.EPOLLIN) != 0) mask |= Lx.EPOLLIN;
                return mask == 0 ? -Errno.EAGAIN : (int)mask;
            }

            case OperationKind.Timeout:
            {
                ulong expirations;
                do r = Interop.Sys.Read(op.Fd, (byte*)&expirations, sizeof(ulong));
                while (Syscall.Interrupted(r));
                return r < 0 ? Syscall.ResultOrNegErrno(r) : 0;
            }

            default:
                return -Errno.EINVAL;
        }
    }

    private void ClearReadable(int fd) { if ((uint)fd < (uint)_fds.Length) _fds[fd].Readable = false; }

    private void ClearWritable(int fd) { if ((uint)fd < (uint)_fds.Length) _fds[fd].Writable = false; }

    private void Enqueue(int i, bool read)
    {
        ref OperationSlot op = ref Ops[i];
        op.Phase = PhaseQueued;
        op.Next = -1;
        ref FdState s = ref _fds[op.Fd];
        if (read)
        {
            if (s.ReadTail < 0) s.ReadHead = i; else Ops[s.ReadTail].Next = i;
            s.ReadTail = i;
        }
        else
        {
            if (s.WriteTail < 0) s.WriteHead = i; else Ops[s.WriteTail].Next = i;
            s.WriteTail = i;
        }
    }

    /// <summary>Removes a waiting operation from its fd's queue; false if it was not queued.</summary>
    private bool Unlink(int i)
    {
        ref OperationSlot op = ref Ops[i];
        if (op.Phase != PhaseQueued || (uint)op.Fd >= (uint)_fds.Length) return false;
        ref FdState s = ref _fds[op.Fd];
        return UnlinkFrom(ref s.ReadHead, ref s.ReadTail, i) || UnlinkFrom(ref s.WriteHead, ref s.WriteTail, i);
    }

    private bool UnlinkFrom(ref int head, ref int tail, int i)
    {
        int prev = -1;
        for (int k = head; k >= 0; prev = k, k = Ops[k].Next)
        {
            if (k != i) continue;
            if (prev < 0) head = Ops[k].Next; else Ops[prev].Next = Ops[k].Next;
            if (tail == k) tail = prev;
            return true;
        }
        return false;
    }

    public override void Cancel(Operation operation)
    {
        if (!Ops.TryResolve(operation.Token, out int i)) return;
        if (!Unlink(i)) return; // already done, or running on a worker: its result will arrive
        if (Ops[i].Kind == OperationKind.Timeout) ReleaseFd(Ops[i].Fd, closeIt: true);
        PushReady(i, -Errno.ECANCELED);
    }

    private void CloseNow(int i)
    {
        int fd = Ops[i].Fd;
        // Generation 0: the reactor never saw this fd (a child's stdin pipe closed unused); its
        // zeroed state would read as queue heads at slot 0 and cancel an unrelated operation.
        if ((uint)fd < (uint)_fds.Length && _fds[fd].Generation != 0)
        {
            ref FdState s = ref _fds[fd];
            for (int k = s.ReadHead; k >= 0; k = Ops[k].Next) PushReady(k, -Errno.ECANCELED);
            for (int k = s.WriteHead; k >= 0; k = Ops[k].Next) PushReady(k, -Errno.ECANCELED);
        }
        ReleaseFd(fd, closeIt: false);
        // close(2) is not retried on EINTR (see Syscall.CloseQuietly).
        PushReady(i, Syscall.ResultOrNegErrno(Interop.Sys.Close(fd)));
    }

    private void StartTimeout(int i)
    {
        ref OperationSlot op = ref Ops[i];
        int tfd = Interop.Sys.TimerFdCreate(Lx.CLOCK_MONOTONIC, Lx.TFD_NONBLOCK | Lx.TFD_CLOEXEC);
        if (tfd < 0) { PushReady(i, -Marshal.GetLastPInvokeError()); return; }
        ITimerSpec spec = default;
        spec.Value = KernelTimespec.FromMilliseconds(op.Offset);
        if (op.Offset == 0) spec.Value.Nanoseconds = 1; // an all-zero it_value disarms (timerfd_settime(2))
        Interop.Sys.TimerFdSetTime(tfd, 0, &spec, null);
        op.Fd = tfd;
        Register(tfd);
        Enqueue(i, read: true);
    }

    // ---- files on the worker pool ----

    private void ToWorker(int i)
    {
        ref OperationSlot op = ref Ops[i];
        op.Phase = PhaseWorker;
        bool positioned = op.Offset >= 0;
        WorkItem item = new()
        {
            Work = op.Kind == OperationKind.Read
                ? (positioned ? &PReadWork : &ReadWork)
                : (positioned ? &PWriteWork : &WriteWork),
            Arg0 = (nint)op.Buffer,
            Arg1 = op.Fd,
            Arg2 = op.Offset,
            Arg3 = op.Length,
            OperationToken = Ops.TokenOf(i),
        };
        Workers.Queue(in item);
    }

    private static int PReadWork(ref WorkItem w)
    {
        long r;
        do r = Interop.Sys.PRead((int)w.Arg1, (byte*)w.Arg0, (nuint)w.Arg3, w.Arg2);
        while (Syscall.Interrupted(r));
        return Syscall.ResultOrNegErrno(r);
    }

    private static int PWriteWork(ref WorkItem w)
    {
        long r;
        do r = Interop.Sys.PWrite((int)w.Arg1, (byte*)w.Arg0, (nuint)w.Arg3, w.Arg2);
        while (Syscall.Interrupted(r));
        return Syscall.ResultOrNegErrno(r);
    }

    private static int ReadWork(ref WorkItem w)
    {
        long r;
        do r = Interop.Sys.Read((int)w.Arg1, (byte*)w.Arg0, (nuint)w.Arg3);
        while (Syscall.Interrupted(r));
        return Syscall.ResultOrNegErrno(r);
    }

    private static int WriteWork(ref WorkItem w)
    {
        long r;
        do r = Interop.Sys.Write((int)w.Arg1, (byte*)w.Arg0, (nuint)w.Arg3);
        while (Syscall.Interrupted(r));
        return Syscall.ResultOrNegErrno(r);
    }
}
