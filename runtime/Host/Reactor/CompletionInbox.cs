using System.Threading;

namespace Aot.Runtime.Reactor;

/// <summary>
/// The thread-safe way into the loop: other threads (the worker pool, user threads) post entries
/// here and the loop thread drains them during its completion phase. Posting wakes a sleeping
/// loop through the reactor's eventfd, but only on the empty -> non-empty transition, so a burst
/// of posts costs one write(2). The lock is held only to append or to swap the two buffers, so
/// the drain runs callbacks without it and entries posted meanwhile land in the other buffer.
/// Steady state allocates nothing: both buffers keep their capacity.
/// </summary>
internal sealed unsafe class CompletionInbox
{
    internal enum EntryKind : byte
    {
        /// <summary>Call Callback(State, Result).</summary>
        Callback,
        /// <summary>Complete the reactor operation whose token is Token with Result.</summary>
        Operation,
        /// <summary>A worker-pool job finished: Callback(State, Result), and the pool's count drops.</summary>
        Work,
    }

    internal struct Entry
    {
        public delegate*<object?, int, void> Callback;
        public object? State;
        public ulong Token;
        public int Result;
        public EntryKind Kind;
    }

    private readonly Lock _gate = new();
    private Entry[] _incoming = new Entry[64];
    private int _incomingCount;
    private Entry[] _draining = new Entry[64];
    private volatile bool _nonEmpty;

    /// <summary>Cheap unsynchronised check for the loop: anything to drain?</summary>
    public bool HasEntries => _nonEmpty;

    /// <summary>Appends an entry; returns true when the loop must be woken (the inbox was empty).</summary>
    public bool Post(in Entry entry)
    {
        lock (_gate)
        {
            if (_incomingCount == _incoming.Length) System.Array.Resize(ref _incoming, _incoming.Length * 2);
            _incoming[_incomingCount++] = entry;
            if (_incomingCount != 1) return false;
            _nonEmpty = true;
            return true;
        }
    }

    /// <summary>Takes everything posted so far (loop thread). The span is valid until the next call.</summary>
    public System.Span<Entry> TakeAll()
    {
        if (!_nonEmpty) return default;
        int count;
        lock (_gate)
        {
            (_incoming, _draining) = (_draining, _incoming);
            count = _incomingCount;
            _incomingCount = 0;
            _nonEmpty = false;
        }
        return new System.Span<Entry>(_draining, 0, count);
    }
}
