using System;
using System.Diagnostics;
using Aot.Runtime.Reactor;

namespace Aot.Runtime.Loop;

/// <summary>
/// The event loop of one JS thread. Each turn, in Node's (libuv's) order:
/// <list type="number">
/// <item>timers: every timer due at the turn's cached "now" (scheduled before the phase began);</item>
/// <item>completions: one reactor turn - I/O completions, worker-pool results and cross-thread
/// posts - blocking until the next timer when nothing else is ready;</item>
/// <item>immediates: the check phase (setImmediate);</item>
/// <item>close callbacks of handles closed during the turn.</item>
/// </list>
/// After every callback <see cref="MicrotaskCheckpoint"/> runs (HTML and Node drain the
/// microtask queue between macrotasks). The loop ends when nothing referenced is pending: no
/// active referenced handle, no referenced reactor operation, no worker job, no close callback.
/// Single-threaded: everything except <see cref="Post"/> must be called on the loop thread.
/// </summary>
public sealed unsafe partial class EventLoop : IDisposable
{
    private static readonly long TicksPerMs = Stopwatch.Frequency / 1000;

    private readonly TimerHeap<Timer> _timers = new();
    private Immediate[] _immediates = new Immediate[16];
    private int _immediateHead, _immediateCount, _immediatesActive;
    private Handle[] _closing = new Handle[8];
    private int _closingCount;
    private long _now;
    private bool _stopped;
    private Action? _checkpoint;

    /// <summary>A loop on the backend chosen by <see cref="ReactorFactory"/> (AOT_REACTOR) with a
    /// worker pool of AOT_THREADPOOL_SIZE threads.</summary>
    public EventLoop() : this(ReactorFactory.Create(), WorkerPool.ConfiguredSize()) { }

    public EventLoop(ReactorKind kind) : this(ReactorFactory.Create(kind), WorkerPool.ConfiguredSize()) { }

    /// <summary>A loop that owns <paramref name="reactor"/>.</summary>
    public EventLoop(Reactor.Reactor reactor, int threadPoolSize)
    {
        Reactor = reactor;
        Workers = new WorkerPool(reactor, threadPoolSize);
        reactor.Workers = Workers;
        UpdateTime();
    }

    public Reactor.Reactor Reactor { get; }

    public WorkerPool Workers { get; }

    internal TimerHeap<Timer> Timers => _timers;

    /// <summary>Active referenced handles (maintained by <see cref="Handle"/>).</summary>
    internal int RefedHandles;

    /// <summary>Loop time in milliseconds (monotonic), cached once per turn like libuv's
    /// uv_now(): every timer started in a turn measures from the same instant.</summary>
    public long Now => _now;

    /// <summary>Refreshes <see cref="Now"/> from the monotonic clock.</summary>
    public void UpdateTime() => _now = Stopwatch.GetTimestamp() / TicksPerMs;

    /// <summary>Runs after every callback the loop makes (the host drains microtasks here).</summary>
    public Action? MicrotaskCheckpoint
    {
        get => _checkpoint;
        set
        {
            _checkpoint = value;
            Reactor.AfterCallback = value;
        }
    }

    /// <summary>True while something referenced is pending (the loop would keep running).</summary>
    public bool IsAlive =>
        RefedHandles > 0 || Reactor.RefedOperations > 0 || Workers.PendingRefed > 0 || _closingCount > 0;

    /// <summary>Runs turns until nothing referenced is pending or <see cref="Stop"/> is called.</summary>
    public void Run()
    {
        _stopped = false;
        while (!_stopped && IsAlive) RunTurn(block: true);
    }

    /// <summary>One turn; with <paramref name="block"/> false the reactor does not wait.
    /// Returns <see cref="IsAlive"/>.</summary>
    public bool RunOnce(bool block = true)
    {
        RunTurn(block);
        return IsAlive;
    }

    /// <summary>Makes <see cref="Run"/> return after the current turn.</summary>
    public void Stop()
    {
        _stopped = true;
        Reactor.Wake();
    }

    /// <summary>Thread-safe: runs callback(state, result) on the loop thread soon (wakes it).</summary>
    public void Post(delegate*<object?, int, void> callback, object? state, int result = 0) =>
        Reactor.Post(callback, state, result);

    /// <summary>Runs <paramref name="work"/> on the worker pool and then <paramref name="done"/>
    /// on the loop thread with its result. The job keeps the loop alive until done has run.</summary>
    public void QueueWork(delegate*<ref WorkItem, int> work, delegate*<object?, int, void> done, object? state)
    {
        WorkItem item = new() { Work = work, Done = done, State = state };
        Workers.Queue(in item);
    }

    private void RunTurn(bool block)
    {
        UpdateTime();
        RunTimers();
        Reactor.RunOnce(block ? PollTimeout() : 0);
        RunImmediates();
        RunClosing();
    }

    /// <summary>How long the reactor may sleep: not at all when immediates or close callbacks
    /// are waiting or the loop is stopping; until the earliest timer; else until I/O arrives.</summary>
    private int PollTimeout()
    {
        if (_stopped || _immediatesActive > 0 || _closingCount > 0) return 0;
        if (!IsAlive) return 0;
        if (_timers.TryPeekDeadline(out long deadline))
        {
            long wait = deadline - _now;
            return wait <= 0 ? 0 : wait >= int.MaxValue ? int.MaxValue : (int)wait;
        }
        return -1;
    }

    private void RunTimers()
    {
        // Timers scheduled by these callbacks (setTimeout(f, 0) inside a timer) wait for the next
        // turn even if due, or a zero-delay timer re-arming itself would starve I/O forever.
        ulong limit = _timers.NextSequence;
        while (_timers.PopDue(_now, limit) is Timer timer)
        {
            timer.Fire();
            _checkpoint?.Invoke();
        }
    }

    internal void EnqueueImmediate(Immediate immediate)
    {
        if (_immediateCount == _immediates.Length)
        {
            var bigger = new Immediate[_immediates.Length * 2];
            for (int k = 0; k < _immediateCount; k++) bigger[k] = _immediates[(_immediateHead + k) % _immediates.Length];
            _immediates = bigger;
            _immediateHead = 0;
        }
        _immediates[(_immediateHead + _immediateCount++) % _immediates.Length] = immediate;
        immediate.Queued = true;
        _immediatesActive++;
    }

    private void RunImmediates()
    {
        int count = _immediateCount; // those queued during the phase run next turn (Node semantics)
        for (int k = 0; k < count; k++)
        {
            Immediate immediate = _immediates[_immediateHead];
            _immediates[_immediateHead] = null!;
            _immediateHead = (_immediateHead + 1) % _immediates.Length;
            _immediateCount--;
            _immediatesActive--;
            immediate.Queued = false;
            if (!immediate.IsActive) continue; // cancelled while queued
            immediate.Fire();
            _checkpoint?.Invoke();
        }
    }

    internal void EnqueueClosing(Handle handle)
    {
        if (_closingCount == _closing.Length) Array.Resize(ref _closing, _closing.Length * 2);
        _closing[_closingCount++] = handle;
    }

    private void RunClosing()
    {
        int count = _closingCount;
        if (count == 0) return;
        for (int k = 0; k < count; k++)
        {
            Handle handle = _closing[k];
            _closing[k] = null!;
            handle.RunCloseCallback();
            _checkpoint?.Invoke();
        }
        // Handles closed by these callbacks were appended after `count`; move them down.
        Array.Copy(_closing, count, _closing, 0, _closingCount - count);
        Array.Clear(_closing, _closingCount - count, count);
        _closingCount -= count;
    }

    public void Dispose()
    {
        Workers.Dispose();
        Reactor.Dispose();
    }
}
