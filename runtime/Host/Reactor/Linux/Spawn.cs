using System;
using System.Runtime.InteropServices;
using System.Text;

namespace Aot.Runtime.Reactor.Linux;

/// <summary>What a child's fd is connected to (Node's `stdio` entries).</summary>
public enum ChildStdioKind
{
    /// <summary>The parent's fd of the same number (Node's 'inherit').</summary>
    Inherit,
    /// <summary>/dev/null (Node's 'ignore').</summary>
    Ignore,
    /// <summary>A new pipe; the parent keeps the other end (Node's 'pipe').</summary>
    Pipe,
    /// <summary>A parent fd given by number (Node's integer entries).</summary>
    Fd,
    /// <summary>A Unix stream socket pair (Node's 'ipc' channel); the parent keeps one end.</summary>
    Ipc,
}

public readonly record struct ChildStdio(ChildStdioKind Kind, int Fd = -1);

/// <summary>A child to start: the file is searched in the child's PATH unless it contains '/'.</summary>
public sealed class SpawnRequest
{
    public required string File { get; init; }
    public required string[] Argv { get; init; }
    public required string[] Env { get; init; }
    public string? Cwd { get; init; }
    public ChildStdio[] Stdio { get; init; } = [new(ChildStdioKind.Inherit), new(ChildStdioKind.Inherit), new(ChildStdioKind.Inherit)];
    /// <summary>setsid(2) in the child (Node's `detached`).</summary>
    public bool Detached { get; init; }
}

/// <summary>
/// posix_spawn(3), the fork-free way to start a child from a multi-threaded .NET process (fork(2)
/// would copy one thread of a runtime that holds locks in others). glibc's posix_spawn uses
/// CLONE_VFORK and reports exec and chdir failures as its result, so ENOENT/EACCES come back
/// synchronously, as libuv reports them to Node.
///
/// Why not System.Diagnostics.Process: it redirects all three streams or none, always through its
/// own pipes and reader threads, and cannot hand the child an arbitrary parent fd; Node's
/// `stdio: ['pipe', 'inherit', 2]`, 'ignore' and extra fds need file actions (dup2/open/chdir),
/// and our pipes must be non-blocking fds driven by the reactor, not .NET streams.
/// </summary>
public static unsafe class Spawn
{
    private const short POSIX_SPAWN_SETSIGDEF = 0x04, POSIX_SPAWN_SETSIGMASK = 0x08, POSIX_SPAWN_SETSID = 0x80;
    private const int F_GETFL = 3, F_SETFL = 4, X_OK = 1;

    /// <summary>Starts argv with inherited stdio (tests and simple callers). Throws on failure.</summary>
    public static int Start(string file, string[] argv, string[]? env = null)
    {
        var request = new SpawnRequest { File = file, Argv = argv, Env = env ?? [] };
        int pid = Start(request, out _);
        if (pid < 0) Syscall.Throw(-pid, "posix_spawnp");
        return pid;
    }

    /// <summary>
    /// Starts the child. Returns its pid, or -errno when it could not be started (nothing is left
    /// open then). <paramref name="parentFds"/>[i] is the parent's end of stdio entry i when that
    /// entry is a pipe (non-blocking, close-on-exec; fd 0's is the write end, the others the read
    /// end), else -1. The caller must flush buffered output first when the child shares our fds.
    /// </summary>
    public static int Start(SpawnRequest request, out int[] parentFds)
    {
        int count = request.Stdio.Length;
        parentFds = new int[count];
        var childFds = new int[count];
        Array.Fill(parentFds, -1);
        Array.Fill(childFds, -1);

        string? path = Resolve(request.File, request.Env, out int resolveError);
        if (path == null) return -resolveError;

        const int Block = 512; // larger than posix_spawn_file_actions_t (80), posix_spawnattr_t (336), sigset_t (128)
        byte* native = (byte*)NativeMemory.AllocZeroed(Block * 4);
        void* actions = native, attributes = native + Block, defaults = native + 2 * Block, mask = native + 3 * Block;
        var strings = new System.Collections.Generic.List<nint>();
        bool actionsReady = false, attributesReady = false;
        int pid = -1;
        int* fds = stackalloc int[2];
        try
        {
            for (int i = 0; i < count; i++)
            {
                if (request.Stdio[i].Kind == ChildStdioKind.Ipc)
                {
                    const int AF_UNIX = 1;
                    if (Interop.Sys.SocketPair(AF_UNIX, Lx.SOCK_STREAM | Lx.SOCK_CLOEXEC, 0, fds) < 0) return Fail(Marshal.GetLastPInvokeError());
                    childFds[i] = fds[1];
                    parentFds[i] = fds[0];
                    SetNonBlocking(fds[0]);
                    continue;
                }
                if (request.Stdio[i].Kind != ChildStdioKind.Pipe) continue;
                long r = Interop.Sys.Pipe2(fds, Lx.O_CLOEXEC);
                if (r < 0) return Fail(Marshal.GetLastPInvokeError());
                bool childReads = i == 0;
                childFds[i] = childReads ? fds[0] : fds[1];
                parentFds[i] = childReads ? fds[1] : fds[0];
                SetNonBlocking(parentFds[i]);
            }

            int err = Interop.Sys.SpawnFileActionsInit(actions);
            if (err != 0) return Fail(err);
            actionsReady = true;
            for (int i = 0; i < count; i++)
            {
                ChildStdio s = request.Stdio[i];
                switch (s.Kind)
                {
                    case ChildStdioKind.Pipe or ChildStdioKind.Ipc:
                        err = Interop.Sys.SpawnFileActionsAddDup2(actions, childFds[i], i);
                        break;
                    case ChildStdioKind.Ignore:
                        err = Interop.Sys.SpawnFileActionsAddOpen(actions, i, Utf8(strings, "/dev/null"), i == 0 ? Lx.O_RDONLY : Lx.O_RDWR, 0);
                        break;
                    case ChildStdioKind.Inherit:
                        // The same fd in the child: glibc's adddup2(fd, fd) clears close-on-exec.
                        if (i > 2) err = Interop.Sys.SpawnFileActionsAddDup2(actions, i, i);
                        break;
                    case ChildStdioKind.Fd:
                        err = Interop.Sys.SpawnFileActionsAddDup2(actions, s.Fd, i);
                        break;
                }
                if (err != 0) return Fail(err);
            }
            if (request.Cwd != null && (err = Interop.Sys.SpawnFileActionsAddChdir(actions, Utf8(strings, request.Cwd))) != 0) return Fail(err);

            // The child starts with every signal at its default action and none blocked, as libuv
            // does: .NET ignores SIGPIPE and an ignored disposition would survive exec.
            err = Interop.Sys.SpawnAttrInit(attributes);
            if (err != 0) return Fail(err);
            attributesReady = true;
            Interop.Sys.SigFillSet(defaults);
            Interop.Sys.SpawnAttrSetSigDefault(attributes, defaults);
            Interop.Sys.SpawnAttrSetSigMask(attributes, mask);
            short spawnFlags = POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK;
            if (request.Detached) spawnFlags |= POSIX_SPAWN_SETSID;
            Interop.Sys.SpawnAttrSetFlags(attributes, spawnFlags);

            byte** argv = (byte**)NativeMemory.Alloc((nuint)(request.Argv.Length + 1), (nuint)sizeof(byte*));
            strings.Add((nint)argv);
            for (int k = 0; k < request.Argv.Length; k++) argv[k] = Utf8(strings, request.Argv[k]);
            argv[request.Argv.Length] = null;
            byte** envp = (byte**)NativeMemory.Alloc((nuint)(request.Env.Length + 1), (nuint)sizeof(byte*));
            strings.Add((nint)envp);
            for (int k = 0; k < request.Env.Length; k++) envp[k] = Utf8(strings, request.Env[k]);
            envp[request.Env.Length] = null;

            int child;
            err = Interop.Sys.PosixSpawn(&child, Utf8(strings, path), actions, attributes, argv, envp);
            if (err != 0) return Fail(err);
            pid = child;
            return pid;
        }
        finally
        {
            for (int i = 0; i < count; i++) Syscall.CloseQuietly(childFds[i]);
            if (pid < 0)
                for (int i = 0; i < count; i++) { Syscall.CloseQuietly(parentFds[i]); parentFds[i] = -1; }
            if (actionsReady) Interop.Sys.SpawnFileActionsDestroy(actions);
            if (attributesReady) Interop.Sys.SpawnAttrDestroy(attributes);
            foreach (nint p in strings) NativeMemory.Free((void*)p);
            NativeMemory.Free(native);
        }

        static int Fail(int errno) => -errno;
    }

    /// <summary>execvp(3)'s search, in the child's PATH (libuv uses the child's environment too):
    /// the first executable candidate; ENOENT when none exists, EACCES when only non-executable ones do.</summary>
    private static string? Resolve(string file, string[] env, out int error)
    {
        error = 0;
        if (file.Length == 0) { error = Errno.ENOENT; return null; }
        if (file.Contains('/')) return file; // posix_spawn reports what exec says
        string? pathVariable = null;
        foreach (string pair in env)
            if (pair.StartsWith("PATH=", StringComparison.Ordinal)) { pathVariable = pair[5..]; break; }
        pathVariable ??= "/usr/local/bin:/usr/bin:/bin";
        error = Errno.ENOENT;
        foreach (string directory in pathVariable.Split(':'))
        {
            string candidate = (directory.Length == 0 ? "." : directory) + "/" + file;
            if (System.IO.Directory.Exists(candidate) || !System.IO.File.Exists(candidate)) continue;
            byte[] bytes = Encoding.UTF8.GetBytes(candidate + "\0");
            fixed (byte* p = bytes)
                if (Interop.Sys.Access(p, X_OK) == 0) return candidate;
            error = Errno.EACCES;
        }
        return null;
    }

    private static byte* Utf8(System.Collections.Generic.List<nint> owner, string s)
    {
        int length = Encoding.UTF8.GetByteCount(s);
        byte* p = (byte*)NativeMemory.Alloc((nuint)length + 1);
        owner.Add((nint)p);
        Encoding.UTF8.GetBytes(s, new Span<byte>(p, length));
        p[length] = 0;
        return p;
    }

    /// <summary>Adds O_NONBLOCK (the reactor drives the fd).</summary>
    public static void SetNonBlocking(int fd)
    {
        int flags = Interop.Sys.Fcntl(fd, F_GETFL, 0);
        if (flags >= 0) Interop.Sys.Fcntl(fd, F_SETFL, flags | Lx.O_NONBLOCK);
    }

    /// <summary>kill(2): 0 or -errno (ESRCH when the process is gone).</summary>
    public static int Kill(int pid, int signal)
    {
        int r = Interop.Sys.Kill(pid, signal);
        return r < 0 ? -Marshal.GetLastPInvokeError() : 0;
    }

    /// <summary>pidfd_open(2) (5.3): an fd that becomes readable when the process exits.</summary>
    public static int OpenPidFd(int pid)
    {
        long fd = Interop.Sys.Syscall3(Lx.SYS_pidfd_open, pid, 0, 0);
        return Syscall.Check(fd, "pidfd_open");
    }
}
