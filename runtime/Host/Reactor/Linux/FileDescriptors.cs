namespace Aot.Runtime.Reactor.Linux;

/// <summary>Synchronous creation of pipes, files and other descriptors the reactor then drives.</summary>
public static unsafe class FileDescriptors
{
    /// <summary>pipe2(2) with O_NONBLOCK | O_CLOEXEC on both ends.</summary>
    public static void CreatePipe(out int readFd, out int writeFd)
    {
        int* fds = stackalloc int[2];
        Syscall.Check(Interop.Sys.Pipe2(fds, Lx.O_NONBLOCK | Lx.O_CLOEXEC), "pipe2");
        readFd = fds[0];
        writeFd = fds[1];
    }

    /// <summary>open(2) with O_CLOEXEC added; throws <see cref="ErrnoException"/> (e.g. ENOENT).</summary>
    public static int Open(string path, int flags, int mode = 420 /* 0644 */)
    {
        long fd;
        do fd = Interop.Sys.Open(path, flags | Lx.O_CLOEXEC, mode);
        while (Syscall.Interrupted(fd));
        return Syscall.Check(fd, "open");
    }

    /// <summary>Opens for reading and writing, creating and truncating.</summary>
    public static int CreateFile(string path) => Open(path, Lx.O_RDWR | Lx.O_CREAT | Lx.O_TRUNC);

    public static int OpenRead(string path) => Open(path, Lx.O_RDONLY);

    /// <summary>Closes without going through a reactor (for fds the reactor never saw).</summary>
    public static void Close(int fd) => Syscall.CloseQuietly(fd);
}
