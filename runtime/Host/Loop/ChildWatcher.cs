using Aot.Runtime.Reactor;
using Aot.Runtime.Reactor.Linux;

namespace Aot.Runtime.Loop;

/// <summary>
/// Child-exit notification through a pidfd (pidfd_open(2), Linux 5.3): the pidfd becomes
/// readable when the child exits, the watcher then reaps exactly that child with
/// waitid(P_PIDFD, ..., WEXITED) and calls back with <see cref="ExitCode"/> / <see cref="TermSignal"/>.
/// Unlike a SIGCHLD handler with waitpid(-1) this never reaps children someone else owns
/// (including the ones System.Diagnostics.Process started).
/// </summary>
public sealed unsafe class ChildWatcher : Handle
{
    private readonly delegate*<ChildWatcher, void> _callback;
    private int _pidfd = -1;

    public ChildWatcher(EventLoop loop, int pid, delegate*<ChildWatcher, void> callback, object? state = null) : base(loop)
    {
        Pid = pid;
        _callback = callback;
        State = state;
        _pidfd = Spawn.OpenPidFd(pid);
        SetActive(true);
        loop.Reactor.Poll(_pidfd, PollEvents.Readable, &OnExit, this, OperationFlags.Unref);
    }

    public int Pid { get; }

    public object? State { get; set; }

    /// <summary>The exit status, or -1 when the child was killed by a signal.</summary>
    public int ExitCode { get; private set; } = -1;

    /// <summary>The terminating signal, or 0.</summary>
    public int TermSignal { get; private set; }

    private static void OnExit(object? state, int result)
    {
        var self = (ChildWatcher)state!;
        if (result < 0 || self.IsClosing) return;
        Reap(self._pidfd, out int exitCode, out int termSignal);
        self.ExitCode = exitCode;
        self.TermSignal = termSignal;
        self.ReleasePidFd();
        self.SetActive(false);
        self._callback(self);
    }

    /// <summary>Reaps the exited child behind <paramref name="pidfd"/> (waitid P_PIDFD): its exit
    /// status (-1 when killed) and terminating signal (0 when it exited). Does not block when the
    /// pidfd is readable; blocks until the exit otherwise.</summary>
    internal static void Reap(int pidfd, out int exitCode, out int termSignal)
    {
        byte* info = stackalloc byte[128]; // siginfo_t
        new System.Span<byte>(info, 128).Clear();
        long r;
        do r = Interop.Sys.WaitId(Lx.P_PIDFD, pidfd, info, Lx.WEXITED);
        while (Syscall.Interrupted(r));
        // siginfo_t for SIGCHLD: si_code at 8, si_status at 24 (x86-64 and arm64).
        int code = *(int*)(info + 8);
        int status = *(int*)(info + 24);
        exitCode = -1;
        termSignal = 0;
        if (r == 0 && code == Lx.CLD_EXITED) exitCode = status;
        else if (r == 0 && (code == Lx.CLD_KILLED || code == Lx.CLD_DUMPED)) termSignal = status;
    }

    private void ReleasePidFd()
    {
        if (_pidfd < 0) return;
        Loop.Reactor.Close(_pidfd, &Ignore, null, OperationFlags.Unref);
        _pidfd = -1;
    }

    protected override void OnClose() => ReleasePidFd();

    private static void Ignore(object? state, int result) { }
}
