using System;
using System.Runtime.InteropServices;

namespace Aot.Runtime.Reactor.Linux;

/// <summary>
/// Owns one mmap(2)ed region and munmaps it exactly once, even if the owner is never disposed
/// (SafeHandle's critical finalizer). The io_uring rings live in these.
/// </summary>
internal sealed unsafe class MappedMemory : SafeHandle
{
    private readonly nuint _length;

    private MappedMemory(void* address, nuint length) : base(IntPtr.Zero, ownsHandle: true)
    {
        _length = length;
        SetHandle((IntPtr)address);
    }

    public byte* Address => (byte*)handle;

    public override bool IsInvalid => handle == IntPtr.Zero;

    /// <summary>mmap(NULL, length, READ|WRITE, MAP_SHARED|MAP_POPULATE, fd, offset).</summary>
    public static MappedMemory Map(int fd, nuint length, long offset)
    {
        // MAP_POPULATE pre-faults the ring pages so the first submissions do not take page faults
        // (liburing does the same).
        void* p = Interop.Sys.MMap(null, length, Lx.PROT_READ | Lx.PROT_WRITE, Lx.MAP_SHARED | Lx.MAP_POPULATE, fd, offset);
        if (p == (void*)-1) Syscall.ThrowLast("mmap");
        return new MappedMemory(p, length);
    }

    protected override bool ReleaseHandle() => Interop.Sys.MUnmap((void*)handle, _length) == 0;
}

/// <summary>Owns a file descriptor and closes it exactly once.</summary>
internal sealed class FileDescriptorHandle : SafeHandle
{
    public FileDescriptorHandle(int fd) : base(new IntPtr(-1), ownsHandle: true) => SetHandle(new IntPtr(fd));

    public int Fd => (int)handle;

    public override bool IsInvalid => (int)handle < 0;

    protected override bool ReleaseHandle() => Interop.Sys.Close((int)handle) == 0;
}
