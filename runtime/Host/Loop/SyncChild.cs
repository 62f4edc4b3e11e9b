using System;
using System.Diagnostics;
using System.IO;
using System.Runtime.InteropServices;
using Aot.Runtime.Reactor.Linux;

namespace Aot.Runtime.Loop;

/// <summary>What a synchronous child run produced (child_process.spawnSync's result).</summary>
public sealed class SyncChildResult
{
    public int Pid;
    /// <summary>0, or the positive errno of the failure (ENOENT when the file was not found,
    /// ETIMEDOUT after the timeout killed it, ENOBUFS after maxBuffer).</summary>
    public int Error;
    /// <summary>The exit status, or -1 when a signal ended the child (or it never ran).</summary>
    public int ExitCode = -1;
    public int TermSignal;
    /// <summary>Collected bytes per stdio entry (null for entries that are not pipes, and for stdin).</summary>
    public byte[]?[] Output = [];
}

/// <summary>
/// Runs a child to completion on the calling thread (spawnSync, execSync, execFileSync): the
/// thread blocks in poll(2) on the pipes and the child's pidfd, never spinning, writing
/// <c>input</c> to stdin as the pipe accepts it and collecting stdout/stderr until the child has
/// exited and every pipe reached end of file (as Node's private loop for spawnSync does). A
/// timeout or an output over maxBuffer sends killSignal and keeps collecting until the exit.
/// </summary>
public static unsafe class SyncChild
{
    public static SyncChildResult Run(SpawnRequest request, byte[]? input, long timeoutMs, int killSignal, long maxBuffer)
    {
        var result = new SyncChildResult();
        int pid = Spawn.Start(request, out int[] fds);
        if (pid < 0) { result.Error = -pid; return result; }
        result.Pid = pid;
        int count = fds.Length;
        var outputs = new MemoryStream?[count];
        for (int i = 1; i < count; i++) if (fds[i] >= 0) outputs[i] = new MemoryStream();
        int pidfd = Spawn.OpenPidFd(pid);
        int inputOffset = 0;
        if (fds[0] >= 0 && (input == null || input.Length == 0)) { Syscall.CloseQuietly(fds[0]); fds[0] = -1; }

        long deadline = timeoutMs > 0 ? Stopwatch.GetTimestamp() + timeoutMs * Stopwatch.Frequency / 1000 : long.MaxValue;
        bool exited = false, killed = false;
        byte[] buffer = new byte[65536];
        PollFd* polls = stackalloc PollFd[count + 1];
        int* owners = stackalloc int[count + 1];
        try
        {
            while (true)
            {
                int n = 0;
                if (!exited) { polls[n] = new PollFd { Fd = pidfd, Events = Lx.POLLIN }; owners[n++] = -1; }
                for (int i = 0; i < count; i++)
                {
                    if (fds[i] < 0) continue;
                    polls[n] = new PollFd { Fd = fds[i], Events = i == 0 ? Lx.POLLOUT : Lx.POLLIN };
                    owners[n++] = i;
                }
                if (n == 0) break;

                int wait = -1;
                if (!killed && deadline != long.MaxValue)
                {
                    long remaining = (deadline - Stopwatch.GetTimestamp()) * 1000 / Stopwatch.Frequency;
                    if (remaining <= 0)
                    {
                        result.Error = Errno.ETIMEDOUT;
                        killed = true;
                        Spawn.Kill(pid, killSignal);
                        continue;
                    }
                    wait = (int)Math.Min(remaining + 1, int.MaxValue);
                }
                int ready;
                do ready = Interop.Sys.Poll(polls, (nuint)n, wait);
                while (Syscall.Interrupted(ready));
                if (ready <= 0) continue;

                for (int k = 0; k < n; k++)
                {
                    short events = polls[k].REvents;
                    if (events == 0) continue;
                    int i = owners[k];
                    if (i < 0)
                    {
                        ChildWatcher.Reap(pidfd, out result.ExitCode, out result.TermSignal);
                        exited = true;
                    }
                    else if (i == 0) WriteInput(fds, input!, ref inputOffset);
                    else if (!Drain(fds, i, outputs[i]!, buffer) && !killed && outputs[i]!.Length > maxBuffer)
                    {
                        result.Error = Errno.ENOBUFS;
                        killed = true;
                        Spawn.Kill(pid, killSignal);
                    }
                }
            }
        }
        finally
        {
            for (int i = 0; i < count; i++) Syscall.CloseQuietly(fds[i]);
            Syscall.CloseQuietly(pidfd);
        }

        result.Output = new byte[]?[count];
        for (int i = 1; i < count; i++)
        {
            if (outputs[i] == null) continue;
            byte[] bytes = outputs[i]!.ToArray();
            if (maxBuffer > 0 && bytes.Length > maxBuffer) Array.Resize(ref bytes, (int)maxBuffer);
            result.Output[i] = bytes;
        }
        return result;
    }

    private static void WriteInput(int[] fds, byte[] input, ref int offset)
    {
        fixed (byte* p = input)
        {
            while (offset < input.Length)
            {
                nint w;
                do w = Interop.Sys.Write(fds[0], p + offset, (nuint)(input.Length - offset));
                while (Syscall.Interrupted(w));
                if (w < 0)
                {
                    if (Marshal.GetLastPInvokeError() == Errno.EAGAIN) return;
                    break; // EPIPE: the child stopped reading; Node ignores it for spawnSync
                }
                offset += (int)w;
            }
        }
        Syscall.CloseQuietly(fds[0]);
        fds[0] = -1;
    }

    /// <summary>Reads what the pipe has. Returns true when it reached end of file (and closed it).</summary>
    private static bool Drain(int[] fds, int i, MemoryStream sink, byte[] buffer)
    {
        fixed (byte* p = buffer)
        {
            while (true)
            {
                nint r;
                do r = Interop.Sys.Read(fds[i], p, (nuint)buffer.Length);
                while (Syscall.Interrupted(r));
                if (r > 0) { sink.Write(buffer, 0, (int)r); continue; }
                if (r < 0 && Marshal.GetLastPInvokeError() == Errno.EAGAIN) return false;
                Syscall.CloseQuietly(fds[i]);
                fds[i] = -1;
                return true;
            }
        }
    }
}
