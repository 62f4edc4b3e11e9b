namespace Aot.Runtime.Reactor.Linux;

/// <summary>Signal-mask helpers for signalfd(2).</summary>
public static unsafe class Signals
{
    /// <summary>
    /// Blocks the signals in the calling thread (and in every thread it creates later, which
    /// inherit the mask). signalfd only sees signals that are blocked; a process-directed signal
    /// goes to any thread that does not block it, so for reliable delivery call this on the main
    /// thread before other threads start (the host does it first thing in Main). Threads the .NET
    /// runtime started earlier keep their masks; see SignalWatcher.
    /// </summary>
    public static void Block(params int[] signals)
    {
        SigSet set;
        Interop.Sys.SigEmptySet(&set);
        foreach (int s in signals) Interop.Sys.SigAddSet(&set, s);
        int err = Interop.Sys.PThreadSigMask(Lx.SIG_BLOCK, &set, null);
        if (err != 0) Syscall.Throw(err, "pthread_sigmask");
    }

    public static void Unblock(params int[] signals)
    {
        SigSet set;
        Interop.Sys.SigEmptySet(&set);
        foreach (int s in signals) Interop.Sys.SigAddSet(&set, s);
        int err = Interop.Sys.PThreadSigMask(Lx.SIG_UNBLOCK, &set, null);
        if (err != 0) Syscall.Throw(err, "pthread_sigmask");
    }

    /// <summary>Sends a signal to one thread of this process (tgkill(2)); thread-directed, so it
    /// is delivered to that thread's signalfd even when other threads do not block it.</summary>
    public static void SendToThread(int tid, int signal) =>
        Syscall.Check(Interop.Sys.TgKill(Interop.Sys.GetPid(), tid, signal), "tgkill");

    /// <summary>The calling thread's kernel id (gettid(2)).</summary>
    public static int CurrentThreadId() => Interop.Sys.GetTid();

    /// <summary>kill(2).</summary>
    public static int Kill(int pid, int signal) => Syscall.ResultOrNegErrno(Interop.Sys.Kill(pid, signal));
}
