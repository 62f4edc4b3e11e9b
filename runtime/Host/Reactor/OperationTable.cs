using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Aot.Runtime.Reactor;

/// <summary>One pending operation. Lives in <see cref="OperationTable"/>; never boxed.</summary>
internal unsafe struct OperationSlot
{
    public delegate*<object?, int, void> Callback;
    public object? State;
    public byte* Buffer;
    /// <summary>File offset for Read/Write (-1: current position), timeout for Timeout (ms).</summary>
    public long Offset;
    public int Fd;
    public int Length;
    /// <summary>Free list link, or the next operation waiting on the same fd (epoll).</summary>
    public int Next;
    public uint Generation;
    public uint Events;
    public OperationKind Kind;
    public OperationFlags Flags;
    /// <summary>Backend-specific progress marker (epoll: waiting / in worker / done).</summary>
    public byte Phase;
}

/// <summary>
/// The table of pending operations: a growable array of <see cref="OperationSlot"/> structs with a
/// free list, so starting an operation allocates nothing once the table has grown to the
/// working-set size. Each slot also owns 128 bytes of native scratch memory that never moves
/// (chunks of <see cref="ChunkSlots"/> slots from NativeMemory): the kernel reads a connect
/// address or a timeout timespec from it after the submitting call has returned, which a managed
/// (movable) array could not guarantee.
/// Loop thread only.
/// </summary>
internal sealed unsafe class OperationTable : IDisposable
{
    public const int ScratchBytes = 128;
    private const int ChunkSlots = 256;

    private OperationSlot[] _slots = new OperationSlot[256];
    private nint[] _scratch = new nint[4];
    private int _scratchChunks;
    private int _count;        // slots ever used (high-water mark)
    private int _freeHead = -1;
    private int _inUse;
    private int _refed;

    /// <summary>Operations started and not yet completed.</summary>
    public int InUse => _inUse;

    /// <summary>Pending operations that keep the loop alive.</summary>
    public int Refed => _refed;

    public ref OperationSlot this[int index]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => ref _slots[index];
    }

    /// <summary>Native scratch memory of the slot (stable address, 128 bytes).</summary>
    public byte* Scratch(int index) => (byte*)_scratch[index / ChunkSlots] + (index % ChunkSlots) * ScratchBytes;

    public int Allocate(OperationKind kind, int fd, delegate*<object?, int, void> callback, object? state, OperationFlags flags)
    {
        if (callback == null) ThrowNullCallback();
        int index = _freeHead;
        if (index >= 0)
        {
            _freeHead = _slots[index].Next;
        }
        else
        {
            index = _count++;
            if (index == _slots.Length) Array.Resize(ref _slots, _slots.Length * 2);
            if (index / ChunkSlots >= _scratchChunks) AddScratchChunk();
            _slots[index].Generation = 1;
        }
        ref OperationSlot slot = ref _slots[index];
        slot.Kind = kind;
        slot.Fd = fd;
        slot.Callback = callback;
        slot.State = state;
        slot.Flags = flags;
        slot.Next = -1;
        slot.Phase = 0;
        slot.Buffer = null;
        slot.Length = 0;
        slot.Offset = 0;
        slot.Events = 0;
        _inUse++;
        if ((flags & OperationFlags.Unref) == 0) _refed++;
        return index;
    }

    /// <summary>user_data / <see cref="Operation"/> value: generation in the high half, index + 1 in
    /// the low half, so 0 is never a valid token and the reserved all-ones values never collide.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong TokenOf(int index) => ((ulong)_slots[index].Generation << 32) | (uint)(index + 1);

    /// <summary>Finds the live slot for a token; false if it completed already (stale token).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryResolve(ulong token, out int index)
    {
        index = (int)(uint)token - 1;
        if ((uint)index >= (uint)_count) return false;
        ref OperationSlot slot = ref _slots[index];
        return slot.Kind != OperationKind.None && slot.Generation == (uint)(token >> 32);
    }

    /// <summary>Releases the slot; the generation bump invalidates outstanding tokens.</summary>
    public void Free(int index)
    {
        ref OperationSlot slot = ref _slots[index];
        if ((slot.Flags & OperationFlags.Unref) == 0) _refed--;
        _inUse--;
        slot.Kind = OperationKind.None;
        slot.State = null;
        slot.Callback = null;
        slot.Generation = slot.Generation == 0x7FFF_FFFF ? 1 : slot.Generation + 1;
        slot.Next = _freeHead;
        _freeHead = index;
    }

    /// <summary>Changes whether a pending operation keeps the loop alive.</summary>
    public void SetRef(int index, bool refed)
    {
        ref OperationSlot slot = ref _slots[index];
        bool wasRefed = (slot.Flags & OperationFlags.Unref) == 0;
        if (wasRefed == refed) return;
        if (refed) { slot.Flags &= ~OperationFlags.Unref; _refed++; }
        else { slot.Flags |= OperationFlags.Unref; _refed--; }
    }

    private void AddScratchChunk()
    {
        if (_scratchChunks == _scratch.Length) Array.Resize(ref _scratch, _scratch.Length * 2);
        _scratch[_scratchChunks++] = (nint)NativeMemory.AllocZeroed((nuint)(ChunkSlots * ScratchBytes));
    }

    private static void ThrowNullCallback() => throw new ArgumentNullException("callback");

    public void Dispose()
    {
        for (int i = 0; i < _scratchChunks; i++) NativeMemory.Free((void*)_scratch[i]);
        _scratchChunks = 0;
    }
}
