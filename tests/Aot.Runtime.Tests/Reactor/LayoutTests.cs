using Aot.Runtime.Reactor;
using Aot.Runtime.Reactor.Linux;
using Xunit;

namespace Aot.Runtime.Tests.Reactor;

public sealed unsafe class LayoutTests
{
    /// <summary>The kernel ABI sizes from include/uapi/linux/io_uring.h and friends.</summary>
    [Fact]
    public void InteropStructsMatchTheKernelAbi()
    {
        Assert.Equal(40, sizeof(IoSqringOffsets));
        Assert.Equal(40, sizeof(IoCqringOffsets));
        Assert.Equal(120, sizeof(IoUringParams));
        Assert.Equal(64, sizeof(IoUringSqe));
        Assert.Equal(16, sizeof(IoUringCqe));
        Assert.Equal(24, sizeof(IoUringGetEventsArg));
        Assert.Equal(16, sizeof(KernelTimespec));
        Assert.Equal(16, sizeof(SockAddrIn));
        Assert.Equal(8, sizeof(PollFd));
    }

    [Fact]
    public void ErrnoNamesFollowNode()
    {
        Assert.Equal("ECONNREFUSED", Errno.Name(Errno.ECONNREFUSED));
        Assert.Equal("connection refused", Errno.Description(Errno.ECONNREFUSED));
        Assert.Equal("EPIPE", Errno.Name(32));
        Assert.Equal("ECONNRESET", Errno.Name(104));
        Assert.Equal("EAGAIN", Errno.Name(11));
        Assert.Equal("Unknown system error 4095", Errno.Name(4095));
    }

    [Fact]
    public void TheEnvironmentVariableForcesABackend()
    {
        string? saved = System.Environment.GetEnvironmentVariable(ReactorFactory.EnvironmentVariable);
        try
        {
            System.Environment.SetEnvironmentVariable(ReactorFactory.EnvironmentVariable, "epoll");
            using (var r = ReactorFactory.Create()) Assert.Equal(ReactorKind.Epoll, r.Kind);
            System.Environment.SetEnvironmentVariable(ReactorFactory.EnvironmentVariable, "bogus");
            Assert.Throws<System.ArgumentException>(() => ReactorFactory.Create());
            System.Environment.SetEnvironmentVariable(ReactorFactory.EnvironmentVariable, null);
            using (var r = ReactorFactory.Create())
                Assert.Equal(ReactorFactory.IoUringAvailable() ? ReactorKind.IoUring : ReactorKind.Epoll, r.Kind);
        }
        finally
        {
            System.Environment.SetEnvironmentVariable(ReactorFactory.EnvironmentVariable, saved);
        }
    }
}
