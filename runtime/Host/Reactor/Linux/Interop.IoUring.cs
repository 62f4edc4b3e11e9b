using System.Runtime.InteropServices;

namespace Aot.Runtime.Reactor.Linux;

// Layouts from include/uapi/linux/io_uring.h (checked against the kernel header and the
// io_uring_setup(2) / io_uring_enter(2) man pages). Sizes are asserted in the tests.

/// <summary>struct io_sqring_offsets (40 bytes): offsets of the SQ ring fields in its mmap.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct IoSqringOffsets
{
    public uint Head, Tail, RingMask, RingEntries, Flags, Dropped, Array, Resv1;
    public ulong UserAddr;
}

/// <summary>struct io_cqring_offsets (40 bytes): offsets of the CQ ring fields in its mmap.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct IoCqringOffsets
{
    public uint Head, Tail, RingMask, RingEntries, Overflow, Cqes, Flags, Resv1;
    public ulong UserAddr;
}

/// <summary>struct io_uring_params (120 bytes), in/out argument of io_uring_setup(2).</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct IoUringParams
{
    public uint SqEntries, CqEntries, Flags, SqThreadCpu, SqThreadIdle, Features, WqFd;
    public fixed uint Resv[3];
    public IoSqringOffsets SqOff;
    public IoCqringOffsets CqOff;
}

/// <summary>struct io_uring_sqe (64 bytes). The unions are flattened to the member each opcode uses:
/// Off (off/addr2), Addr, Len, OpFlags (rw_flags, msg_flags, poll32_events, timeout_flags,
/// accept_flags, cancel_flags ...).</summary>
[StructLayout(LayoutKind.Explicit, Size = 64)]
internal struct IoUringSqe
{
    [FieldOffset(0)] public byte Opcode;
    [FieldOffset(1)] public byte Flags;
    [FieldOffset(2)] public ushort IoPrio;
    [FieldOffset(4)] public int Fd;
    [FieldOffset(8)] public ulong Off;
    [FieldOffset(16)] public ulong Addr;
    [FieldOffset(24)] public uint Len;
    [FieldOffset(28)] public uint OpFlags;
    [FieldOffset(32)] public ulong UserData;
    [FieldOffset(40)] public ushort BufIndex;
    [FieldOffset(42)] public ushort Personality;
    [FieldOffset(44)] public int SpliceFdIn;
    [FieldOffset(48)] public ulong Addr3;
    [FieldOffset(56)] public ulong Pad2;
}

/// <summary>struct io_uring_cqe (16 bytes; no IORING_SETUP_CQE32).</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct IoUringCqe
{
    public ulong UserData;
    public int Res;
    public uint Flags;
}

/// <summary>struct io_uring_getevents_arg (24 bytes), for IORING_ENTER_EXT_ARG (5.11).</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct IoUringGetEventsArg
{
    public ulong SigMask;
    public uint SigMaskSize;
    public uint MinWaitUsec; // "pad" before 6.12; must be 0 for us either way
    public ulong Timespec;
}

internal static class IoUringConstants
{
    // io_uring_setup(2) flags
    public const uint IORING_SETUP_CQSIZE = 1u << 3;
    public const uint IORING_SETUP_SUBMIT_ALL = 1u << 7;
    public const uint IORING_SETUP_COOP_TASKRUN = 1u << 8;
    public const uint IORING_SETUP_SINGLE_ISSUER = 1u << 12;
    public const uint IORING_SETUP_DEFER_TASKRUN = 1u << 13;

    // features reported back in params.features
    public const uint IORING_FEAT_SINGLE_MMAP = 1u << 0;
    public const uint IORING_FEAT_NODROP = 1u << 1;
    public const uint IORING_FEAT_EXT_ARG = 1u << 8;

    // mmap offsets
    public const long IORING_OFF_SQ_RING = 0;
    public const long IORING_OFF_CQ_RING = 0x8000000;
    public const long IORING_OFF_SQES = 0x10000000;

    // io_uring_enter(2) flags
    public const uint IORING_ENTER_GETEVENTS = 1u << 0;
    public const uint IORING_ENTER_EXT_ARG = 1u << 3;

    // sq_ring->flags
    public const uint IORING_SQ_CQ_OVERFLOW = 1u << 1;
    public const uint IORING_SQ_TASKRUN = 1u << 2;

    // opcodes (enum io_uring_op)
    public const byte IORING_OP_NOP = 0;
    public const byte IORING_OP_POLL_ADD = 6;
    public const byte IORING_OP_TIMEOUT = 11;
    public const byte IORING_OP_ACCEPT = 13;
    public const byte IORING_OP_ASYNC_CANCEL = 14;
    public const byte IORING_OP_CONNECT = 16;
    public const byte IORING_OP_CLOSE = 19;
    public const byte IORING_OP_READ = 22;
    public const byte IORING_OP_WRITE = 23;
    public const byte IORING_OP_SEND = 26;
    public const byte IORING_OP_RECV = 27;

    // cancel_flags (5.19)
    public const uint IORING_ASYNC_CANCEL_ALL = 1u << 0;
    public const uint IORING_ASYNC_CANCEL_FD = 1u << 1;
}
