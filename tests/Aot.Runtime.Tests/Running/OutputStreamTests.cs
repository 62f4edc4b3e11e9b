using System;
using System.IO;
using System.Text;
using System.Threading;
using Aot.Runtime.Reactor.Linux;
using Aot.Runtime.Running;
using Xunit;

namespace Aot.Runtime.Tests.Running;

public sealed unsafe class OutputStreamTests
{
    [Fact]
    public void A_non_blocking_pipe_receives_every_byte_in_order_despite_EAGAIN()
    {
        // Both ends are O_NONBLOCK: writes beyond the 64 KB pipe buffer fail with EAGAIN until
        // the slow reader drains it; the stream must wait (poll) and lose nothing.
        FileDescriptors.CreatePipe(out int r, out int w);
        var expected = new StringBuilder();
        for (int i = 0; i < 30_000; i++) expected.Append("line ").Append(i).Append(" ü€\n");
        var received = new MemoryStream();
        var reader = new Thread(() =>
        {
            byte* buffer = stackalloc byte[4096];
            while (true)
            {
                nint n = Interop.Sys.Read(r, buffer, 4096);
                if (n == 0) break;
                if (n < 0) { Thread.Sleep(1); continue; } // EAGAIN on the non-blocking read end
                received.Write(new ReadOnlySpan<byte>(buffer, (int)n));
            }
        });
        reader.Start();
        var stream = new OutputStream(w);
        string text = expected.ToString();
        for (int i = 0; i < text.Length; i += 1000) stream.Write(text.Substring(i, Math.Min(1000, text.Length - i)));
        stream.Flush();
        Interop.Sys.Close(w);
        reader.Join();
        Interop.Sys.Close(r);
        Assert.False(stream.IsBroken);
        Assert.Equal(text, Encoding.UTF8.GetString(received.ToArray()));
    }

    [Fact]
    public void Writing_to_a_pipe_without_reader_drops_output_quietly()
    {
        FileDescriptors.CreatePipe(out int r, out int w);
        Interop.Sys.Close(r);
        var stream = new OutputStream(w);
        stream.Write(new string('x', 100_000)); // over the flush threshold: written now, EPIPE
        stream.Flush();
        Assert.True(stream.IsBroken);
        stream.Write("more");
        stream.Flush();
        Interop.Sys.Close(w);
    }
}
