using System;
using System.Runtime.InteropServices;
using System.Text;

namespace Aot.Runtime.Reactor.Linux;

/// <summary>
/// posix_spawnp(3), the fork-free way to start a child from a multi-threaded .NET process
/// (fork(2) would copy one thread of a runtime that holds locks in others). Minimal for now:
/// argv, inherited stdio, an empty environment unless given. child_process builds on it.
/// </summary>
public static unsafe class Spawn
{
    public static int Start(string file, string[] argv, string[]? env = null)
    {
        nint[] allocations = new nint[argv.Length + (env?.Length ?? 0) + 1];
        int n = 0;
        try
        {
            byte** args = stackalloc byte*[argv.Length + 1];
            for (int k = 0; k < argv.Length; k++) args[k] = (byte*)(allocations[n++] = Utf8(argv[k]));
            args[argv.Length] = null;
            int envCount = env?.Length ?? 0;
            byte** envp = stackalloc byte*[envCount + 1];
            for (int k = 0; k < envCount; k++) envp[k] = (byte*)(allocations[n++] = Utf8(env![k]));
            envp[envCount] = null;
            byte* path = (byte*)(allocations[n++] = Utf8(file));
            int pid;
            int err = Interop.Sys.PosixSpawnP(&pid, path, null, null, args, envp);
            if (err != 0) Syscall.Throw(err, "posix_spawnp");
            return pid;
        }
        finally
        {
            for (int k = 0; k < n; k++) NativeMemory.Free((void*)allocations[k]);
        }
    }

    private static nint Utf8(string s)
    {
        int length = Encoding.UTF8.GetByteCount(s);
        byte* p = (byte*)NativeMemory.Alloc((nuint)length + 1);
        Encoding.UTF8.GetBytes(s, new Span<byte>(p, length));
        p[length] = 0;
        return (nint)p;
    }

    /// <summary>pidfd_open(2) (5.3): an fd that becomes readable when the process exits.</summary>
    public static int OpenPidFd(int pid)
    {
        long fd = Interop.Sys.Syscall3(Lx.SYS_pidfd_open, pid, 0, 0);
        return Syscall.Check(fd, "pidfd_open");
    }
}
