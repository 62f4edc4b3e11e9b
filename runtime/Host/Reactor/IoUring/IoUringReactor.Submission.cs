using System.Threading;
using Aot.Runtime.Reactor.Linux;
using static Aot.Runtime.Reactor.Linux.IoUringConstants;

namespace Aot.Runtime.Reactor.IoUring;

public sealed unsafe partial class IoUringReactor
{
    /// <summary>
    /// The next free SQE, zeroed. SQEs are only written here and published in
    /// <see cref="Enter"/>; if a turn queues more than the ring holds, the queued ones are
    /// submitted early (without waiting) to make room.
    /// </summary>
    private IoUringSqe* NextSqe()
    {
        // The kernel advances the head as it consumes SQEs (during io_uring_enter, since we do not
        // use SQPOLL), so acquire ordering is only needed against that.
        if (_sqLocalTail - Volatile.Read(ref *_sqHead) >= _sqEntries)
        {
            Enter(0, 0);
            if (_sqLocalTail - Volatile.Read(ref *_sqHead) >= _sqEntries) Syscall.Throw(Errno.EBUSY, "io_uring_enter");
        }
        uint index = _sqLocalTail & _sqMask;
        IoUringSqe* sqe = &_sqes[index];
        *sqe = default;
        _sqArray[index] = index;
        _sqLocalTail++;
        _unsubmitted++;
        return sqe;
    }

    private protected override Operation Start(int i)
    {
        ref OperationSlot op = ref Ops[i];
        ulong token = Ops.TokenOf(i);
        IoUringSqe* sqe = NextSqe();
        sqe->UserData = token;
        sqe->Fd = op.Fd;
        switch (op.Kind)
        {
            case OperationKind.Accept:
                sqe->Opcode = IORING_OP_ACCEPT; // addr = NULL: we do not need the peer address here
                sqe->OpFlags = Lx.SOCK_NONBLOCK | Lx.SOCK_CLOEXEC;
                break;
            case OperationKind.Connect:
                sqe->Opcode = IORING_OP_CONNECT;
                sqe->Addr = (ulong)Ops.Scratch(i);
                sqe->Off = (ulong)op.Length; // addrlen travels in the off field
                break;
            case OperationKind.Recv:
                sqe->Opcode = IORING_OP_RECV;
                sqe->Addr = (ulong)op.Buffer;
                sqe->Len = (uint)op.Length;
                break;
            case OperationKind.Send:
                sqe->Opcode = IORING_OP_SEND;
                sqe->Addr = (ulong)op.Buffer;
                sqe->Len = (uint)op.Length;
                sqe->OpFlags = Lx.MSG_NOSIGNAL;
                break;
            case OperationKind.Read:
            case OperationKind.Write:
                sqe->Opcode = op.Kind == OperationKind.Read ? IORING_OP_READ : IORING_OP_WRITE;
                sqe->Addr = (ulong)op.Buffer;
                sqe->Len = (uint)op.Length;
                sqe->Off = (ulong)op.Offset; // -1 (all ones): use and advance the file position (5.6)
                break;
            case OperationKind.Poll:
                sqe->Opcode = IORING_OP_POLL_ADD;
                sqe->OpFlags = op.Events; // poll32_events, little-endian hosts only (x86-64, arm64)
                break;
            case OperationKind.Timeout:
                sqe->Opcode = IORING_OP_TIMEOUT;
                sqe->Fd = -1;
                sqe->Addr = (ulong)Ops.Scratch(i); // struct __kernel_timespec, relative
                sqe->Len = 1;
                sqe->Off = 0; // completion count 0: a pure timer
                break;
            case OperationKind.Close:
                // Closing an fd does not end io_uring requests on it (they hold a file reference),
                // so first cancel everything on the fd (IORING_ASYNC_CANCEL_FD | _ALL, 5.19); the
                // cancel is issued before the close because SQEs are issued in ring order.
                sqe->Opcode = IORING_OP_ASYNC_CANCEL;
                sqe->OpFlags = IORING_ASYNC_CANCEL_FD | IORING_ASYNC_CANCEL_ALL;
                sqe->UserData = InternalToken;
                IoUringSqe* close = NextSqe();
                close->Opcode = IORING_OP_CLOSE;
                close->Fd = op.Fd;
                close->UserData = token;
                break;
        }
        return new Operation(token);
    }

    public override void Cancel(Operation operation)
    {
        if (!Ops.TryResolve(operation.Token, out _)) return;
        IoUringSqe* sqe = NextSqe();
        sqe->Opcode = IORING_OP_ASYNC_CANCEL;
        sqe->Fd = -1;
        sqe->Addr = operation.Token; // match by user_data
        sqe->UserData = InternalToken;
    }

    /// <summary>
    /// Publishes queued SQEs and calls io_uring_enter once: submit, and (with
    /// <paramref name="minComplete"/> = 1) wait up to <paramref name="timeoutMs"/> for a CQE.
    /// GETEVENTS is always set: with DEFER_TASKRUN that is what runs the completion work.
    /// </summary>
    private void Enter(uint minComplete, int timeoutMs)
    {
        Volatile.Write(ref *_sqTail, _sqLocalTail);
        uint flags = IORING_ENTER_GETEVENTS;
        IoUringGetEventsArg* arg = null;
        nint argSize = 0;
        if (minComplete > 0 && timeoutMs >= 0)
        {
            KernelTimespec* ts = (KernelTimespec*)(_native + 8);
            *ts = KernelTimespec.FromMilliseconds(timeoutMs);
            IoUringGetEventsArg a = new() { Timespec = (ulong)ts };
            arg = &a;
            argSize = sizeof(IoUringGetEventsArg);
            flags |= IORING_ENTER_EXT_ARG;
            long r0 = Interop.Sys.Syscall6(Lx.SYS_io_uring_enter, _ringFd, (nint)_unsubmitted, (nint)minComplete, (nint)flags, (nint)arg, argSize);
            AfterEnter(r0);
            return;
        }
        long r = Interop.Sys.Syscall6(Lx.SYS_io_uring_enter, _ringFd, (nint)_unsubmitted, (nint)minComplete, (nint)flags, 0, 0);
        AfterEnter(r);
    }

    private void AfterEnter(long r)
    {
        if (r >= 0)
        {
            _unsubmitted -= (uint)r > _unsubmitted ? _unsubmitted : (uint)r;
            return;
        }
        int errno = System.Runtime.InteropServices.Marshal.GetLastPInvokeError();
        switch (errno)
        {
            case Errno.ETIME: // the wait timed out: a normal turn with nothing to do
            case Errno.EINTR: // a signal: run the turn, the loop calls us again
                return;
            case Errno.EAGAIN:
            case Errno.EBUSY:
                // The kernel is short of resources or the CQ is backed up (io_uring_enter(2));
                // the SQEs stay queued and go with the next enter, after we reap.
                return;
            default:
                Syscall.Throw(errno, "io_uring_enter");
                return;
        }
    }
}
