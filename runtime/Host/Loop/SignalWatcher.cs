using Aot.Runtime.Reactor;
using Aot.Runtime.Reactor.Linux;

namespace Aot.Runtime.Loop;

/// <summary>
/// Delivers signals (SIGINT, SIGTERM, SIGHUP, SIGCHLD, SIGWINCH ...) to the loop through one
/// signalfd(2): the watched signals are blocked on the loop thread and read as
/// struct signalfd_siginfo records, so a handler runs as an ordinary loop callback, not in
/// async-signal context. The fd is waited for with a Poll operation and read with read(2) on the
/// loop thread itself, because signalfd reads the signals of the *reading* thread (and the
/// process), which an io_uring worker or the epoll worker pool is not.
///
/// Limitation (signalfd(2), "the signals must be blocked in all threads"): a process-directed
/// signal is taken by any thread that does not block it. Threads that exist before the signals
/// are blocked - .NET's own finalizer and signal-handling threads - do not, so the host should call
/// <see cref="Signals.Block"/> as early as possible; thread-directed signals (tgkill) always work.
/// Like libuv's uv_signal_t, the watcher is a handle: referenced by default, <see cref="Handle.Unref"/>
/// for Node's behaviour (a signal listener alone does not keep the process alive).
/// </summary>
public sealed unsafe class SignalWatcher : Handle
{
    private const int RecordSize = 128; // sizeof(struct signalfd_siginfo)
    private readonly delegate*<SignalWatcher, int, void> _callback;
    private SigSet _mask;
    private int _fd = -1;
    private Operation _poll;
    private bool _polling;
    private int _watched;

    public SignalWatcher(EventLoop loop, delegate*<SignalWatcher, int, void> callback, object? state = null) : base(loop)
    {
        _callback = callback;
        State = state;
        fixed (SigSet* m = &_mask) Interop.Sys.SigEmptySet(m);
    }

    public object? State { get; set; }

    /// <summary>Starts delivering <paramref name="signal"/>.</summary>
    public void Start(int signal)
    {
        if (IsClosing) return;
        Signals.Block(signal);
        fixed (SigSet* m = &_mask)
        {
            Interop.Sys.SigAddSet(m, signal);
            // signalfd(2): passing an existing fd replaces its mask.
            int fd = Interop.Sys.SignalFd(_fd, m, Lx.SFD_NONBLOCK | Lx.SFD_CLOEXEC);
            _fd = Syscall.Check(fd, "signalfd");
        }
        _watched++;
        SetActive(true);
        ArmPoll();
    }

    private void ArmPoll()
    {
        if (_polling || _fd < 0) return;
        _polling = true;
        // Unref: the handle's own ref state decides liveness, not the pending poll.
        _poll = Loop.Reactor.Poll(_fd, PollEvents.Readable, &OnReadable, this, OperationFlags.Unref);
    }

    private static void OnReadable(object? state, int result)
    {
        var self = (SignalWatcher)state!;
        self._polling = false;
        if (result < 0 || self.IsClosing) return;
        byte* records = stackalloc byte[RecordSize * 8];
        while (true)
        {
            long n;
            do n = Interop.Sys.Read(self._fd, records, RecordSize * 8);
            while (Syscall.Interrupted(n));
            if (n <= 0) break; // EAGAIN: all read
            for (int off = 0; off + RecordSize <= n; off += RecordSize)
            {
                int signo = (int)*(uint*)(records + off); // ssi_signo
                self._callback(self, signo);
                if (self.IsClosing) return;
            }
        }
        self.ArmPoll();
    }

    protected override void OnClose()
    {
        if (_fd >= 0)
        {
            // Reactor.Close cancels the pending poll before closing the fd.
            Loop.Reactor.Close(_fd, &Ignore, null, OperationFlags.Unref);
            _fd = -1;
        }
    }

    private static void Ignore(object? state, int result) { }
}
