using System.Threading;
using Aot.Runtime.Reactor.Linux;
using static Aot.Runtime.Reactor.Linux.IoUringConstants;

namespace Aot.Runtime.Reactor.IoUring;

public sealed unsafe partial class IoUringReactor
{
    public override bool HasReadyCompletions =>
        Volatile.Read(ref *_cqTail) != *_cqHead
        || (Volatile.Read(ref *_sqFlags) & (IORING_SQ_CQ_OVERFLOW | IORING_SQ_TASKRUN)) != 0
        || Inbox.HasEntries;

    public override int RunOnce(int timeoutMs)
    {
        if (HasReadyCompletions) timeoutMs = 0;
        Enter(timeoutMs == 0 ? 0u : 1u, timeoutMs);
        int ran = Reap();
        ran += DrainInbox();
        return ran;
    }

    /// <summary>
    /// Runs the callbacks of the CQEs present now (a snapshot of the tail, so completions that
    /// arrive meanwhile wait for the next turn). The head is advanced before each callback so the
    /// kernel can reuse the entry while the callback runs.
    /// </summary>
    private int Reap()
    {
        uint head = *_cqHead;
        uint tail = Volatile.Read(ref *_cqTail); // acquire: CQE contents are visible up to tail
        int ran = 0;
        while (head != tail)
        {
            IoUringCqe cqe = _cqes[head & _cqMask];
            head++;
            Volatile.Write(ref *_cqHead, head);
            if (Dispatch(in cqe)) ran++;
        }
        // With IORING_FEAT_NODROP, completions that did not fit wait in the kernel's overflow list
        // and IORING_SQ_CQ_OVERFLOW is set; HasReadyCompletions sees the flag and the next turn's
        // io_uring_enter(GETEVENTS) flushes them. Dropped CQEs (cq overflow counter) would mean
        // lost callbacks, which NODROP rules out; a non-zero counter is a bug worth crashing on.
        if (*_cqOverflow != 0) Syscall.Throw(Errno.EOVERFLOW, "io_uring_enter");
        return ran;
    }

    private bool Dispatch(in IoUringCqe cqe)
    {
        if (cqe.UserData == WakeToken)
        {
            if (!Disposed) ArmWakeRead(); // the inbox is drained after the reap
            return false;
        }
        if (cqe.UserData == InternalToken) return false;
        if (!Ops.TryResolve(cqe.UserData, out int index)) return false;
        int result = cqe.Res;
        if (Ops[index].Kind == OperationKind.Timeout && result == -Errno.ETIME) result = 0;
        Complete(index, result);
        return true;
    }
}
