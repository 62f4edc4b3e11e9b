using System;
using System.Runtime.InteropServices;
using Aot.Runtime.Reactor.Linux;
using static Aot.Runtime.Reactor.Linux.IoUringConstants;

namespace Aot.Runtime.Reactor.IoUring;

/// <summary>
/// The completion backend, written against the raw kernel interface (io_uring_setup(2),
/// io_uring_enter(2), include/uapi/linux/io_uring.h; no liburing). The SQ and CQ rings and the
/// SQE array are mmapped and owned by <see cref="MappedMemory"/> handles; the ring fd by a
/// <see cref="FileDescriptorHandle"/>.
///
/// Operations become SQEs whose user_data is the operation's token (set on every SQE, including
/// internal ones: a stale user_data is how liburing users crashed, axboe/liburing#848). SQEs
/// queue up during a turn and go to the kernel in one io_uring_enter per turn, which also waits
/// for completions (EXT_ARG timeout) - see the Submission and Completion partials.
///
/// Set-up flags: SINGLE_ISSUER + DEFER_TASKRUN (6.1) keep completion work on the loop thread and
/// run it only when we ask for events, which is exactly once per turn; COOP_TASKRUN avoids
/// interrupting the loop thread with IPIs; SUBMIT_ALL keeps submitting past a failed SQE.
/// When the kernel rejects them we retry without them. NODROP and EXT_ARG (both 5.11) are
/// required; without them <see cref="TryCreate"/> fails and the factory uses epoll.
/// Because of SINGLE_ISSUER the reactor must be driven by the thread that created it (the loop
/// thread); other threads only ever touch the eventfd, through Post and Wake.
/// </summary>
public sealed unsafe partial class IoUringReactor : Reactor
{
    private const uint SqEntries = 1024;
    // The CQ is sized for the operations in flight, not for one turn's submissions: every pending
    // recv on an idle connection holds a future CQE (libuv#3991 hit overflow with the default 2x).
    private const uint CqEntries = 8192;

    private const ulong WakeToken = ulong.MaxValue;       // the eventfd read
    private const ulong InternalToken = ulong.MaxValue - 1; // cancels; their CQEs are ignored

    private readonly FileDescriptorHandle _ring;
    private readonly MappedMemory _sqRing;
    private readonly MappedMemory? _cqRing; // null with IORING_FEAT_SINGLE_MMAP
    private readonly MappedMemory _sqeMemory;
    private readonly int _ringFd;
    private readonly uint _features;

    // SQ ring
    private readonly uint* _sqHead, _sqTail, _sqFlags, _sqArray;
    private readonly uint _sqMask, _sqEntries;
    private readonly IoUringSqe* _sqes;
    private uint _sqLocalTail; // SQEs written by us; published to *_sqTail before each enter
    private uint _unsubmitted;

    // CQ ring
    private readonly uint* _cqHead, _cqTail, _cqOverflow;
    private readonly uint _cqMask;
    private readonly IoUringCqe* _cqes;

    // Wake-up: an eventfd with a read always pending on it.
    private readonly int _eventFd;
    private readonly byte* _native; // [0..8) eventfd read buffer, [8..24) wait timespec

    private IoUringReactor(int ringFd, in IoUringParams p)
    {
        _ringFd = ringFd;
        _ring = new FileDescriptorHandle(ringFd);
        _features = p.Features;
        try
        {
            nuint sqSize = p.SqOff.Array + p.SqEntries * sizeof(uint);
            nuint cqSize = p.CqOff.Cqes + p.CqEntries * (uint)sizeof(IoUringCqe);
            if ((p.Features & IORING_FEAT_SINGLE_MMAP) != 0)
            {
                // One mapping serves both rings (io_uring_setup(2), IORING_FEAT_SINGLE_MMAP).
                _sqRing = MappedMemory.Map(ringFd, Math.Max(sqSize, cqSize), IORING_OFF_SQ_RING);
            }
            else
            {
                _sqRing = MappedMemory.Map(ringFd, sqSize, IORING_OFF_SQ_RING);
                _cqRing = MappedMemory.Map(ringFd, cqSize, IORING_OFF_CQ_RING);
            }
            _sqeMemory = MappedMemory.Map(ringFd, p.SqEntries * (uint)sizeof(IoUringSqe), IORING_OFF_SQES);

            byte* sq = _sqRing.Address;
            _sqHead = (uint*)(sq + p.SqOff.Head);
            _sqTail = (uint*)(sq + p.SqOff.Tail);
            _sqMask = *(uint*)(sq + p.SqOff.RingMask);
            _sqEntries = *(uint*)(sq + p.SqOff.RingEntries);
            _sqFlags = (uint*)(sq + p.SqOff.Flags);
            _sqArray = (uint*)(sq + p.SqOff.Array);
            _sqes = (IoUringSqe*)_sqeMemory.Address;
            _sqLocalTail = *_sqTail;

            byte* cq = _cqRing != null ? _cqRing.Address : sq;
            _cqHead = (uint*)(cq + p.CqOff.Head);
            _cqTail = (uint*)(cq + p.CqOff.Tail);
            _cqMask = *(uint*)(cq + p.CqOff.RingMask);
            _cqOverflow = (uint*)(cq + p.CqOff.Overflow);
            _cqes = (IoUringCqe*)(cq + p.CqOff.Cqes);

            _eventFd = Syscall.Check(Interop.Sys.EventFd(0, Lx.EFD_NONBLOCK | Lx.EFD_CLOEXEC), "eventfd");
            _native = (byte*)NativeMemory.AllocZeroed(32);
            ArmWakeRead();
        }
        catch
        {
            _sqeMemory?.Dispose();
            _cqRing?.Dispose();
            _sqRing?.Dispose();
            _ring.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Probes io_uring: sets up a ring, maps it and checks the features this backend needs.
    /// Returns null (with the errno: ENOSYS on old kernels, EPERM under seccomp or with
    /// kernel.io_uring_disabled, ENOTSUP for missing features) when it cannot be used.
    /// </summary>
    public static IoUringReactor? TryCreate(out int errno)
    {
        uint[] flagSets =
        [
            IORING_SETUP_CQSIZE | IORING_SETUP_SUBMIT_ALL | IORING_SETUP_COOP_TASKRUN | IORING_SETUP_SINGLE_ISSUER | IORING_SETUP_DEFER_TASKRUN,
            IORING_SETUP_CQSIZE | IORING_SETUP_SUBMIT_ALL | IORING_SETUP_COOP_TASKRUN,
            IORING_SETUP_CQSIZE,
        ];
        errno = Errno.ENOSYS;
        foreach (uint flags in flagSets)
        {
            IoUringParams p = default;
            p.Flags = flags;
            p.CqEntries = CqEntries;
            long fd = Interop.Sys.Syscall3(Lx.SYS_io_uring_setup, (nint)SqEntries, (nint)(&p), 0);
            if (fd < 0)
            {
                errno = Marshal.GetLastPInvokeError();
                if (errno == Errno.EINVAL) continue; // an unknown flag on an older kernel
                return null;
            }
            const uint required = IORING_FEAT_NODROP | IORING_FEAT_EXT_ARG;
            if ((p.Features & required) != required)
            {
                Syscall.CloseQuietly((int)fd);
                errno = Errno.EOPNOTSUPP;
                return null;
            }
            try
            {
                return new IoUringReactor((int)fd, p);
            }
            catch (ErrnoException e)
            {
                errno = e.Errno;
                return null;
            }
        }
        return null;
    }

    public override ReactorKind Kind => ReactorKind.IoUring;

    public override void Wake()
    {
        ulong one = 1;
        long r;
        do r = Interop.Sys.Write(_eventFd, (byte*)&one, sizeof(ulong));
        while (Syscall.Interrupted(r));
    }

    private void ArmWakeRead()
    {
        IoUringSqe* sqe = NextSqe();
        sqe->Opcode = IORING_OP_READ;
        sqe->Fd = _eventFd;
        sqe->Addr = (ulong)_native;
        sqe->Len = sizeof(ulong);
        sqe->Off = ulong.MaxValue; // -1: no offset, eventfds are not seekable
        sqe->UserData = WakeToken;
    }

    protected override void Dispose(bool disposing)
    {
        // Closing the ring fd cancels everything in flight; only then may the buffers go.
        _ring.Dispose();
        _sqeMemory.Dispose();
        _cqRing?.Dispose();
        _sqRing.Dispose();
        Syscall.CloseQuietly(_eventFd);
        NativeMemory.Free(_native);
        base.Dispose(disposing);
    }
}
