using System;
using System.Runtime.CompilerServices;

namespace Aot.Runtime.Loop;

/// <summary>What the <see cref="TimerHeap{T}"/> needs from a timer.</summary>
public interface ITimerNode
{
    /// <summary>Sequence number of the heap entry that currently represents this timer; 0 when it
    /// is not scheduled. Entries with another sequence are stale and skipped.</summary>
    ulong HeapSequence { get; set; }

    /// <summary>Absolute due time in loop milliseconds.</summary>
    long Deadline { get; set; }
}

/// <summary>
/// A binary min-heap of timers ordered by (deadline, insertion sequence), as in libuv's
/// src/timer.c: equal deadlines fire in the order they were scheduled, which is what Node's
/// setTimeout ordering relies on.
///
/// Cancellation is lazy: <see cref="Cancel"/> only clears the timer's sequence; its entry stays
/// until it reaches the top (or a compaction drops it). Rescheduling (setInterval re-arm,
/// timeout.refresh()) pushes a new entry and orphans the old one the same way. That makes both
/// O(1) or O(log n) with no index bookkeeping, at the price of stale entries, which are compacted
/// away in O(n) when they outnumber the live ones (so memory stays within 2x of the live set).
/// </summary>
public sealed class TimerHeap<T> where T : class, ITimerNode
{
    private struct Entry
    {
        public long Deadline;
        public ulong Sequence;
        public T Timer;
    }

    private Entry[] _items = new Entry[16];
    private int _count;
    private int _live;
    private ulong _nextSequence = 1;

    /// <summary>Scheduled timers (excluding stale entries).</summary>
    public int LiveCount => _live;

    /// <summary>Entries in the heap including stale ones (for tests and diagnostics).</summary>
    public int EntryCount => _count;

    /// <summary>The sequence the next scheduled timer will get. The loop uses it to run, in one
    /// timers phase, only timers that were scheduled before the phase began.</summary>
    public ulong NextSequence => _nextSequence;

    /// <summary>
    /// The deadline <paramref name="delayMs"/> after <paramref name="now"/>: negative delays count
    /// as 0 and sums that would overflow saturate at <see cref="long.MaxValue"/> (never fires, but
    /// never wraps into the past either - libuv clamps the same way).
    /// </summary>
    public static long DeadlineAfter(long now, long delayMs)
    {
        if (delayMs < 0) delayMs = 0;
        return now > long.MaxValue - delayMs ? long.MaxValue : now + delayMs;
    }

    /// <summary>Schedules (or reschedules) a timer at an absolute deadline. O(log n).</summary>
    public void Schedule(T timer, long deadline)
    {
        if (timer.HeapSequence != 0) _live--; // its old entry becomes stale
        ulong sequence = _nextSequence++;
        timer.HeapSequence = sequence;
        timer.Deadline = deadline;
        _live++;
        if (_count == _items.Length) Array.Resize(ref _items, _items.Length * 2);
        _items[_count] = new Entry { Deadline = deadline, Sequence = sequence, Timer = timer };
        SiftUp(_count++);
        if (_count > 64 && _count > 2 * _live) Compact();
    }

    /// <summary>Unschedules a timer. O(1); its entry is dropped later.</summary>
    public void Cancel(T timer)
    {
        if (timer.HeapSequence == 0) return;
        timer.HeapSequence = 0;
        _live--;
        DropStaleTop();
        if (_count > 64 && _count > 2 * _live) Compact();
    }

    /// <summary>The earliest deadline of a live timer.</summary>
    public bool TryPeekDeadline(out long deadline)
    {
        DropStaleTop();
        if (_count == 0) { deadline = 0; return false; }
        deadline = _items[0].Deadline;
        return true;
    }

    /// <summary>
    /// Removes and returns the earliest live timer if it is due at <paramref name="now"/> and was
    /// scheduled before <paramref name="sequenceLimit"/>; null otherwise. The returned timer is
    /// unscheduled (HeapSequence 0).
    /// </summary>
    public T? PopDue(long now, ulong sequenceLimit = ulong.MaxValue)
    {
        DropStaleTop();
        if (_count == 0) return null;
        ref Entry top = ref _items[0];
        if (top.Deadline > now || top.Sequence >= sequenceLimit) return null;
        T timer = top.Timer;
        RemoveTop();
        timer.HeapSequence = 0;
        _live--;
        return timer;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Less(in Entry a, in Entry b) =>
        a.Deadline < b.Deadline || (a.Deadline == b.Deadline && a.Sequence < b.Sequence);

    private void DropStaleTop()
    {
        while (_count > 0 && _items[0].Timer.HeapSequence != _items[0].Sequence) RemoveTop();
    }

    private void RemoveTop()
    {
        _count--;
        _items[0] = _items[_count];
        _items[_count] = default;
        if (_count > 0) SiftDown(0);
    }

    private void SiftUp(int i)
    {
        Entry item = _items[i];
        while (i > 0)
        {
            int parent = (i - 1) >> 1;
            if (!Less(item, _items[parent])) break;
            _items[i] = _items[parent];
            i = parent;
        }
        _items[i] = item;
    }

    private void SiftDown(int i)
    {
        Entry item = _items[i];
        int half = _count >> 1;
        while (i < half)
        {
            int child = 2 * i + 1;
            if (child + 1 < _count && Less(_items[child + 1], _items[child])) child++;
            if (!Less(_items[child], item)) break;
            _items[i] = _items[child];
            i = child;
        }
        _items[i] = item;
    }

    /// <summary>Drops stale entries and re-heapifies bottom-up (Floyd, O(n)).</summary>
    private void Compact()
    {
        int kept = 0;
        for (int k = 0; k < _count; k++)
        {
            if (_items[k].Timer.HeapSequence == _items[k].Sequence) _items[kept++] = _items[k];
        }
        Array.Clear(_items, kept, _count - kept);
        _count = kept;
        for (int k = (_count >> 1) - 1; k >= 0; k--) SiftDown(k);
    }
}
