using System;
using System.Threading;
using Aot.Runtime.Reactor;

namespace Aot.Runtime.Loop;

/// <summary>
/// A fixed set of threads for work with no non-blocking form (file I/O under epoll, later DNS,
/// hashing, compression), like libuv's threadpool: <see cref="DefaultSize"/> threads unless
/// <c>AOT_THREADPOOL_SIZE</c> says otherwise (1..<see cref="MaxSize"/>). Threads start on the
/// first job, so a script that never does blocking work never pays for them.
///
/// The queue shared with the workers is a bounded ring (<see cref="QueueCapacity"/>); the loop
/// thread never blocks on it: when it is full, jobs wait in a loop-thread-only backlog that
/// <see cref="Pump"/> moves into the ring as results come back. Results travel back through the
/// reactor's inbox (one eventfd write per burst) and run on the loop thread exactly once.
/// Not .NET's ThreadPool: that one grows and shrinks on its own and brings its own I/O thread.
/// </summary>
public sealed class WorkerPool : IDisposable
{
    public const int DefaultSize = 4;
    public const int MaxSize = 128;
    public const string EnvironmentVariable = "AOT_THREADPOOL_SIZE";

    private readonly Reactor.Reactor _reactor;
    private readonly Thread?[] _threads;
    private readonly object _gate = new();
    private readonly WorkItem[] _ring;
    private int _head, _count, _idle;
    private bool _stopping, _started;

    // Loop-thread-only state.
    private WorkItem[] _backlog = new WorkItem[16];
    private int _backlogHead, _backlogCount;
    private int _pending, _pendingRefed;

    public WorkerPool(Reactor.Reactor reactor, int threads, int queueCapacity = 1024)
    {
        if (threads < 1 || threads > MaxSize) throw new ArgumentOutOfRangeException(nameof(threads));
        _reactor = reactor;
        _threads = new Thread?[threads];
        _ring = new WorkItem[Math.Max(1, queueCapacity)];
    }

    /// <summary>AOT_THREADPOOL_SIZE clamped to 1..128 (libuv clamps the same way), else 4.</summary>
    public static int ConfiguredSize()
    {
        string? value = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (value != null && int.TryParse(value, out int n) && n > 0) return Math.Min(n, MaxSize);
        return DefaultSize;
    }

    public int ThreadCount => _threads.Length;

    public int QueueCapacity => _ring.Length;

    /// <summary>Jobs queued or running whose results have not been delivered yet (loop thread).</summary>
    public int Pending => _pending;

    /// <summary>Pending jobs that keep the loop alive.</summary>
    public int PendingRefed => _pendingRefed;

    /// <summary>
    /// Queues a job (loop thread). Its <see cref="WorkItem.Done"/> runs on the loop thread after
    /// <see cref="WorkItem.Work"/> has run on a worker. Never blocks.
    /// </summary>
    public unsafe void Queue(in WorkItem item)
    {
        if (item.Work == null || (item.Done == null && item.OperationToken == 0)) throw new ArgumentException("work and done are required", nameof(item));
        if (item.OperationToken == 0) { _pending++; _pendingRefed++; }
        if (!_started) StartThreads();
        if (_backlogCount == 0 && TryEnqueue(in item)) return;
        if (_backlogCount == _backlog.Length) GrowBacklog();
        _backlog[(_backlogHead + _backlogCount++) % _backlog.Length] = item;
    }

    /// <summary>Moves backlog into the shared ring while it has room (loop thread; cheap when empty).</summary>
    public void Pump()
    {
        while (_backlogCount > 0)
        {
            if (!TryEnqueue(in _backlog[_backlogHead])) return;
            _backlog[_backlogHead] = default;
            _backlogHead = (_backlogHead + 1) % _backlog.Length;
            _backlogCount--;
        }
    }

    internal void OnJobDelivered()
    {
        _pending--;
        _pendingRefed--;
    }

    private bool TryEnqueue(in WorkItem item)
    {
        lock (_gate)
        {
            if (_count == _ring.Length) return false;
            _ring[(_head + _count) % _ring.Length] = item;
            _count++;
            if (_idle > 0) Monitor.Pulse(_gate);
            return true;
        }
    }

    private void GrowBacklog()
    {
        var bigger = new WorkItem[_backlog.Length * 2];
        for (int i = 0; i < _backlogCount; i++) bigger[i] = _backlog[(_backlogHead + i) % _backlog.Length];
        _backlog = bigger;
        _backlogHead = 0;
    }

    private void StartThreads()
    {
        _started = true;
        for (int i = 0; i < _threads.Length; i++)
        {
            // Small stacks: jobs are syscalls and library calls, not deep recursion. The threads
            // inherit the loop thread's signal mask, so signals blocked for signalfd stay blocked.
            var thread = new Thread(WorkerMain, 256 * 1024) { IsBackground = true, Name = "aot-worker-" + i };
            _threads[i] = thread;
            thread.Start();
        }
    }

    private unsafe void WorkerMain()
    {
        while (true)
        {
            WorkItem item;
            lock (_gate)
            {
                while (_count == 0 && !_stopping)
                {
                    _idle++;
                    Monitor.Wait(_gate);
                    _idle--;
                }
                if (_stopping) return;
                item = _ring[_head];
                _ring[_head] = default;
                _head = (_head + 1) % _ring.Length;
                _count--;
            }

            int result;
            try
            {
                result = item.Work(ref item);
            }
            catch (Exception)
            {
                // A job must not kill the worker; the -EIO result tells its owner it failed.
                // (Jobs report their own errors through State; an exception is a bug in the job.)
                result = -Reactor.Linux.Errno.EIO;
            }

            if (item.OperationToken != 0) _reactor.PostOperationResult(item.OperationToken, result);
            else _reactor.PostWorkDone(item.Done, item.State, result);
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _stopping = true;
            Monitor.PulseAll(_gate);
        }
        foreach (Thread? t in _threads) t?.Join();
    }
}
