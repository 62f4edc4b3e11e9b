using System;
using System.Runtime.InteropServices;
using System.Text;
using Aot.Runtime.Reactor.Linux;

namespace Aot.Runtime.Running;

/// <summary>
/// Standard output or standard error of the JS program: text is encoded to UTF-8 into one buffer
/// and written with write(2) when the buffer fills, when the host flushes (after each macrotask,
/// before an uncaught error is printed, at exit), or when the other stream is about to be written
/// (so `2>&amp;1` keeps the order of console.log and console.error).
///
/// Writing never loses data: partial writes continue where they stopped, and a non-blocking fd
/// (inherited O_NONBLOCK pipe) that answers EAGAIN is waited on with poll(2) - a blocking write,
/// which is what Node does for pipes and files on Linux. EPIPE (the reader went away, as in
/// `aot big.js | head`) drops this and all later output quietly, as Node does; other errors too.
/// </summary>
public sealed unsafe class OutputStream
{
    private const int FlushThreshold = 64 * 1024;
    private static readonly UTF8Encoding Utf8 = new(false);

    private readonly int fd;
    private byte[] buffer = new byte[4096];
    private int length;
    private bool broken;
    private bool? isTty;

    public OutputStream(int fd) => this.fd = fd;

    private readonly System.IO.TextWriter? sink;

    /// <summary>A stream that appends to <paramref name="sink"/> instead of a file descriptor (embedding, tests).</summary>
    public OutputStream(System.IO.TextWriter sink)
    {
        fd = -1;
        this.sink = sink;
        isTty = false;
    }

    public int Fd => fd;

    /// <summary>The stream whose pending bytes must go out before this one writes (stdout for stderr and back).</summary>
    public OutputStream? Partner { get; set; }

    /// <summary>Writes straight through (no buffering): for a TTY, where the user watches progress.</summary>
    public bool Unbuffered { get; set; }

    /// <summary>The reader has gone (EPIPE) or the fd failed: output is dropped.</summary>
    public bool IsBroken => broken;

    public bool IsTty => isTty ??= HostNative.IsATty(fd);

    public void Write(string text)
    {
        if (broken || text.Length == 0) return;
        if (Partner is { length: > 0 } partner) partner.Flush();
        int max = Utf8.GetMaxByteCount(text.Length);
        if (length + max > buffer.Length)
        {
            if (length > 0 && length + max > FlushThreshold) Flush();
            if (length + max > buffer.Length) Array.Resize(ref buffer, Math.Max(buffer.Length * 2, length + max));
        }
        length += Utf8.GetBytes(text, 0, text.Length, buffer, length);
        if (Unbuffered || length >= FlushThreshold) Flush();
    }

    public void Write(ReadOnlySpan<byte> bytes)
    {
        if (broken || bytes.Length == 0) return;
        if (Partner is { length: > 0 } partner) partner.Flush();
        if (length + bytes.Length > buffer.Length) Array.Resize(ref buffer, Math.Max(buffer.Length * 2, length + bytes.Length));
        bytes.CopyTo(buffer.AsSpan(length));
        length += bytes.Length;
        if (Unbuffered || length >= FlushThreshold) Flush();
    }

    /// <summary>Writes every buffered byte (blocking until the fd takes them), or drops them if the fd is broken.</summary>
    public void Flush()
    {
        if (length == 0) return;
        if (sink != null)
        {
            sink.Write(Utf8.GetString(buffer, 0, length));
            length = 0;
            return;
        }
        int done = 0;
        fixed (byte* p = buffer)
        {
            while (done < length && !broken)
            {
                nint n = Interop.Sys.Write(fd, p + done, (nuint)(length - done));
                if (n >= 0) { done += (int)n; continue; }
                int errno = Marshal.GetLastPInvokeError();
                if (errno == Errno.EINTR) continue;
                if (errno == Errno.EAGAIN)
                {
                    PollFd pfd = new() { Fd = fd, Events = 4 /* POLLOUT */ };
                    Interop.Sys.Poll(&pfd, 1, -1);
                    continue;
                }
                broken = true; // EPIPE, EBADF, ENOSPC...: Node ends quietly for EPIPE on stdout
            }
        }
        length = 0;
        if (buffer.Length > FlushThreshold * 2) buffer = new byte[4096];
    }
}
