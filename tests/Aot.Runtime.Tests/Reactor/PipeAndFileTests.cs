using System;
using System.IO;
using System.Runtime.InteropServices;
using Aot.Runtime.Loop;
using Aot.Runtime.Reactor;
using Aot.Runtime.Reactor.Linux;
using Xunit;

namespace Aot.Runtime.Tests.Reactor;

public sealed unsafe class PipeAndFileTests
{
    private sealed class PipeTransfer
    {
        public Aot.Runtime.Reactor.Reactor Reactor = null!;
        public int ReadFd, WriteFd;
        public byte* Source, Sink;
        public int Total, Written, Read;
        public int ShortWrites;
        public string? Error;
        public bool Eof;
    }

    private static void OnPipeWritten(object? state, int result)
    {
        var t = (PipeTransfer)state!;
        if (result < 0) { t.Error = "write " + Errno.Name(-result); return; }
        int asked = Math.Min(t.Total - t.Written, 100_000);
        if (result < asked) t.ShortWrites++;
        t.Written += result;
        if (t.Written < t.Total)
            t.Reactor.Write(t.WriteFd, t.Source + t.Written, Math.Min(t.Total - t.Written, 100_000), -1, &OnPipeWritten, t);
        else
            t.Reactor.Close(t.WriteFd, &Ignore, null); // EOF for the reader
    }

    private static void OnPipeRead(object? state, int result)
    {
        var t = (PipeTransfer)state!;
        if (result < 0) { t.Error = "read " + Errno.Name(-result); return; }
        if (result == 0) { t.Eof = true; t.Reactor.Close(t.ReadFd, &Ignore, null); return; }
        t.Read += result;
        t.Reactor.Read(t.ReadFd, t.Sink + t.Read, Math.Min(t.Total - t.Read + 1, 8192), -1, &OnPipeRead, t);
    }

    private static void Ignore(object? state, int result) { }

    [Theory]
    [MemberData(nameof(TestLoop.Backends), MemberType = typeof(TestLoop))]
    public void APipeCarriesAMegabyteThroughShortWritesAndSignalsEndOfFile(ReactorKind kind)
    {
        using EventLoop loop = TestLoop.Create(kind);
        FileDescriptors.CreatePipe(out int r, out int w);
        const int Total = 1 << 20;
        var t = new PipeTransfer
        {
            Reactor = loop.Reactor, ReadFd = r, WriteFd = w, Total = Total,
            Source = (byte*)NativeMemory.Alloc(Total), Sink = (byte*)NativeMemory.AllocZeroed(Total + 1),
        };
        try
        {
            for (int k = 0; k < Total; k++) t.Source[k] = (byte)(k * 13 + (k >> 11));
            // Writes of 100 KB exceed the 64 KB pipe buffer (pipe(7)), so some are short.
            loop.Reactor.Write(w, t.Source, 100_000, -1, &OnPipeWritten, t);
            loop.Reactor.Read(r, t.Sink, 8192, -1, &OnPipeRead, t);
            TestLoop.RunUntil(loop, () => t.Eof || t.Error != null, 20_000, "pipe transfer");
            loop.Run();

            Assert.Null(t.Error);
            Assert.Equal(Total, t.Read);
            Assert.True(new ReadOnlySpan<byte>(t.Source, Total).SequenceEqual(new ReadOnlySpan<byte>(t.Sink, Total)));
        }
        finally
        {
            NativeMemory.Free(t.Source);
            NativeMemory.Free(t.Sink);
        }
    }

    private sealed class Results
    {
        public int[] Values = new int[8];
        public int Count;
    }

    private static void Store(object? state, int result)
    {
        var r = (Results)state!;
        r.Values[r.Count++] = result;
    }

    [Theory]
    [MemberData(nameof(TestLoop.Backends), MemberType = typeof(TestLoop))]
    public void FilesAreWrittenAndReadAtOffsets(ReactorKind kind)
    {
        using EventLoop loop = TestLoop.Create(kind);
        string path = Path.Combine(Path.GetTempPath(), $"aot-reactor-{Environment.ProcessId}-{kind}.bin");
        int fd = FileDescriptors.CreateFile(path);
        byte* block = (byte*)NativeMemory.Alloc(4 * 4096);
        byte* back = (byte*)NativeMemory.AllocZeroed(4 * 4096 + 100);
        try
        {
            for (int b = 0; b < 4; b++) new Span<byte>(block + b * 4096, 4096).Fill((byte)('A' + b));
            var writes = new Results();
            // Out of order, so only the offsets can put the blocks where they belong.
            foreach (int b in new[] { 3, 1, 0, 2 })
                loop.Reactor.Write(fd, block + b * 4096, 4096, b * 4096L, &Store, writes);
            loop.Run();
            Assert.Equal(new[] { 4096, 4096, 4096, 4096 }, writes.Values[..4]);

            var reads = new Results();
            loop.Reactor.Read(fd, back + 4096, 4096, 4096, &Store, reads);        // block 1
            loop.Reactor.Read(fd, back, 4096, 0, &Store, reads);                  // block 0
            loop.Reactor.Read(fd, back + 2 * 4096, 2 * 4096 + 100, 2 * 4096, &Store, reads); // to EOF
            loop.Reactor.Read(fd, back + 4 * 4096, 100, 1 << 20, &Store, reads);  // past EOF
            loop.Run();

            Array.Sort(reads.Values, 0, 4);
            Assert.Equal(new[] { 0, 4096, 4096, 8192 }, reads.Values[..4]);
            Assert.True(new ReadOnlySpan<byte>(block, 4 * 4096).SequenceEqual(new ReadOnlySpan<byte>(back, 4 * 4096)));
            Assert.Equal(File.ReadAllBytes(path), new ReadOnlySpan<byte>(block, 4 * 4096).ToArray());

            var closed = new Results();
            loop.Reactor.Close(fd, &Store, closed);
            loop.Run();
            Assert.Equal(0, closed.Values[0]);
        }
        finally
        {
            NativeMemory.Free(block);
            NativeMemory.Free(back);
            File.Delete(path);
        }
    }

    [Fact]
    public void OpeningAMissingFileThrowsEnoent()
    {
        var e = Assert.Throws<ErrnoException>(() => FileDescriptors.OpenRead("/nonexistent/aot/file"));
        Assert.Equal("ENOENT", e.Code);
        Assert.Equal("open", e.Syscall);
        Assert.Equal(Errno.ENOENT, e.Errno);
    }
}
