using System;
using System.Runtime.InteropServices;
using Aot.Runtime.Reactor.Linux;

namespace Aot.Runtime.Reactor.Epoll;

/// <summary>
/// The readiness backend: epoll(7) plus non-blocking syscalls, always available.
///
/// Edge-triggered, registered once. Each fd is added with EPOLLIN | EPOLLOUT | EPOLLRDHUP |
/// EPOLLET the first time an operation uses it and stays registered until <see cref="Reactor.Close"/>.
/// Level-triggered would need an epoll_ctl per operation (or spin on a writable socket that has
/// nothing to send); with edges there is no re-arming syscall at all. The price of edges is that
/// the reactor must remember readiness itself: per fd, a Readable and a Writable flag, set by an
/// event and cleared only when a syscall says EAGAIN (epoll(7): "only after read(2) or write(2)
/// return EAGAIN"). An operation is tried at once when its direction is flagged ready and nothing
/// is queued ahead of it; otherwise it waits in the fd's FIFO for the next edge. That is also how
/// .NET's SocketAsyncEngine and Tmds.LinuxAsync use epoll.
///
/// Operations that succeed during submission are not called back from inside the submitting
/// call: they go to a ready queue that the next <see cref="RunOnce"/> drains, so callbacks are
/// never re-entrant, and each turn drains only what was ready when it started (a connection that
/// is always readable cannot starve the others).
///
/// Regular files cannot be polled (epoll_ctl says EPERM), so reads and writes on them, and every
/// positioned pread/pwrite, run on the worker pool, as in libuv.
/// </summary>
public sealed unsafe partial class EpollReactor : Reactor
{
    private const int MaxEvents = 256;
    private const ulong WakeData = ulong.MaxValue;

    private readonly int _epfd;
    private readonly int _eventFd;
    private readonly byte* _events;
    // struct epoll_event is __attribute__((packed)) on x86-64 only (12 bytes: u32 events, u64 data);
    // elsewhere the u64 is 8-aligned (16 bytes). See <sys/epoll.h>.
    private static readonly int EventStride = RuntimeInformation.ProcessArchitecture == Architecture.X64 ? 12 : 16;
    private static readonly int DataOffset = RuntimeInformation.ProcessArchitecture == Architecture.X64 ? 4 : 8;

    private FdState[] _fds = new FdState[64];

    // Ready queue: operations whose result is known, waiting for their callback (loop thread).
    private (int Index, int Result)[] _ready = new (int, int)[64];
    private int _readyHead, _readyCount;

    /// <summary>Per-fd readiness and FIFO queues of waiting operations (indices into the table).</summary>
    private struct FdState
    {
        public int ReadHead, ReadTail, WriteHead, WriteTail;
        public uint Generation;
        public bool Registered, NotPollable, Readable, Writable;
    }

    private const byte PhaseNew = 0, PhaseQueued = 1, PhaseReady = 2, PhaseWorker = 3;

    public EpollReactor()
    {
        _epfd = Syscall.Check(Interop.Sys.EpollCreate1(Lx.EPOLL_CLOEXEC), "epoll_create1");
        try
        {
            _eventFd = Syscall.Check(Interop.Sys.EventFd(0, Lx.EFD_NONBLOCK | Lx.EFD_CLOEXEC), "eventfd");
            // The wake-up eventfd is level-triggered: it stays reported until the loop reads it,
            // so a wake that races with the drain is never lost.
            byte* ev = stackalloc byte[16];
            WriteEvent(ev, Lx.EPOLLIN, WakeData);
            Syscall.Check(Interop.Sys.EpollCtl(_epfd, Lx.EPOLL_CTL_ADD, _eventFd, ev), "epoll_ctl");
            _events = (byte*)NativeMemory.Alloc((nuint)(MaxEvents * EventStride));
        }
        catch
        {
            Syscall.CloseQuietly(_eventFd);
            Syscall.CloseQuietly(_epfd);
            throw;
        }
    }

    public override ReactorKind Kind => ReactorKind.Epoll;

    public override bool HasReadyCompletions => _readyCount > 0 || Inbox.HasEntries;

    public override void Wake()
    {
        ulong one = 1;
        long r;
        do r = Interop.Sys.Write(_eventFd, (byte*)&one, sizeof(ulong));
        while (Syscall.Interrupted(r));
        // EAGAIN means the counter is saturated: the loop is already due to wake.
    }

    public override int RunOnce(int timeoutMs)
    {
        if (HasReadyCompletions) timeoutMs = 0;
        int n = Interop.Sys.EpollWait(_epfd, _events, MaxEvents, timeoutMs);
        if (n < 0)
        {
            int errno = Marshal.GetLastPInvokeError();
            if (errno != Errno.EINTR) Syscall.Throw(errno, "epoll_wait");
            n = 0; // a signal interrupted the wait: just run the turn (epoll_wait is never restarted)
        }

        for (int k = 0; k < n; k++)
        {
            byte* e = _events + k * EventStride;
            uint bits = *(uint*)e;
            ulong data = *(ulong*)(e + DataOffset);
            if (data == WakeData) { DrainEventFd(); continue; }
            int fd = (int)(uint)data;
            // A stale event for an fd that was closed (and maybe reused) earlier in this batch.
            if ((uint)fd >= (uint)_fds.Length || _fds[fd].Generation != (uint)(data >> 32) || !_fds[fd].Registered) continue;
            OnEvent(fd, bits);
        }

        int ran = DispatchReady();
        ran += DrainInbox();
        return ran;
    }

    private void OnEvent(int fd, uint bits)
    {
        ref FdState s = ref _fds[fd];
        if ((bits & (Lx.EPOLLIN | Lx.EPOLLHUP | Lx.EPOLLERR | Lx.EPOLLRDHUP)) != 0)
        {
            s.Readable = true;
            ProcessQueue(fd, read: true, bits);
        }
        if ((bits & (Lx.EPOLLOUT | Lx.EPOLLHUP | Lx.EPOLLERR)) != 0)
        {
            _fds[fd].Writable = true;
            ProcessQueue(fd, read: false, bits);
        }
    }

    /// <summary>Runs the waiting operations of one direction in order until one would block.</summary>
    private void ProcessQueue(int fd, bool read, uint bits)
    {
        while (true)
        {
            ref FdState s = ref _fds[fd];
            int i = read ? s.ReadHead : s.WriteHead;
            if (i < 0) return;
            int result = Attempt(i, bits);
            if (result == -Errno.EAGAIN)
            {
                if (Ops[i].Kind != OperationKind.Poll)
                {
                    if (read) s.Readable = false; else s.Writable = false;
                }
                return;
            }
            // Unlink the head (Attempt may have released the fd state for a timerfd).
            ref FdState t = ref _fds[fd];
            if (read) { t.ReadHead = Ops[i].Next; if (t.ReadHead < 0) t.ReadTail = -1; }
            else { t.WriteHead = Ops[i].Next; if (t.WriteHead < 0) t.WriteTail = -1; }
            if (Ops[i].Kind == OperationKind.Timeout) ReleaseFd(Ops[i].Fd, closeIt: true);
            PushReady(i, result);
        }
    }

    private void DrainEventFd()
    {
        ulong value;
        long r;
        do r = Interop.Sys.Read(_eventFd, (byte*)&value, sizeof(ulong));
        while (Syscall.Interrupted(r));
    }

    private void PushReady(int index, int result)
    {
        Ops[index].Phase = PhaseReady;
        if (_readyCount == _ready.Length)
        {
            var bigger = new (int, int)[_ready.Length * 2];
            for (int k = 0; k < _readyCount; k++) bigger[k] = _ready[(_readyHead + k) % _ready.Length];
            _ready = bigger;
            _readyHead = 0;
        }
        _ready[(_readyHead + _readyCount++) % _ready.Length] = (index, result);
    }

    private int DispatchReady()
    {
        int count = _readyCount;
        for (int k = 0; k < count; k++)
        {
            (int index, int result) = _ready[_readyHead];
            _readyHead = (_readyHead + 1) % _ready.Length;
            _readyCount--;
            Complete(index, result);
        }
        return count;
    }

    private static void WriteEvent(byte* ev, uint events, ulong data)
    {
        *(uint*)ev = events;
        *(ulong*)(ev + DataOffset) = data;
    }

    private ref FdState StateOf(int fd)
    {
        if (fd >= _fds.Length)
        {
            int size = _fds.Length;
            while (size <= fd) size *= 2;
            int old = _fds.Length;
            Array.Resize(ref _fds, size);
            for (int k = old; k < size; k++) _fds[k] = new FdState { ReadHead = -1, ReadTail = -1, WriteHead = -1, WriteTail = -1 };
        }
        ref FdState s = ref _fds[fd];
        if (s.Generation == 0)
        {
            s = new FdState { ReadHead = -1, ReadTail = -1, WriteHead = -1, WriteTail = -1, Generation = 1 };
        }
        return ref s;
    }

    /// <summary>Registers the fd on first use (edge-triggered, both directions). Files: NotPollable.</summary>
    private ref FdState Register(int fd)
    {
        ref FdState s = ref StateOf(fd);
        if (s.Registered || s.NotPollable) return ref s;
        byte* ev = stackalloc byte[16];
        WriteEvent(ev, Lx.EPOLLIN | Lx.EPOLLOUT | Lx.EPOLLRDHUP | Lx.EPOLLET, ((ulong)s.Generation << 32) | (uint)fd);
        if (Interop.Sys.EpollCtl(_epfd, Lx.EPOLL_CTL_ADD, fd, ev) == 0)
        {
            s.Registered = true;
            // Optimistic: try the first operation right away; EAGAIN clears the flag, and the
            // registration itself reports an edge if the fd is already ready.
            s.Readable = true;
            s.Writable = true;
        }
        else
        {
            int errno = Marshal.GetLastPInvokeError();
            if (errno == Errno.EEXIST) { s.Registered = true; s.Readable = s.Writable = true; }
            else s.NotPollable = true; // EPERM: regular file or directory
        }
        return ref s;
    }

    /// <summary>Forgets an fd: unregisters it and invalidates events already queued for it.</summary>
    private void ReleaseFd(int fd, bool closeIt)
    {
        if ((uint)fd < (uint)_fds.Length)
        {
            ref FdState s = ref _fds[fd];
            // epoll(7), Q6: a registration outlives close(2) while a dup of the fd exists, so
            // remove it explicitly rather than relying on close.
            if (s.Registered) Interop.Sys.EpollCtl(_epfd, Lx.EPOLL_CTL_DEL, fd, null);
            uint next = s.Generation + 1;
            s = new FdState { ReadHead = -1, ReadTail = -1, WriteHead = -1, WriteTail = -1, Generation = next == 0 ? 1 : next };
        }
        if (closeIt) Syscall.CloseQuietly(fd);
    }

    protected override void Dispose(bool disposing)
    {
        Syscall.CloseQuietly(_eventFd);
        Syscall.CloseQuietly(_epfd);
        NativeMemory.Free(_events);
        base.Dispose(disposing);
    }
}
