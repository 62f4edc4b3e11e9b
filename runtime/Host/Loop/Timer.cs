namespace Aot.Runtime.Loop;

/// <summary>
/// A loop timer (libuv's uv_timer_t): fires once after a timeout, then every <see cref="Repeat"/>
/// ms if that is non-zero. Times are loop milliseconds (<see cref="EventLoop.Now"/>), so timers
/// started in one callback share one "now". The callback gets the timer; per-timer data goes in
/// <see cref="State"/>.
/// </summary>
public sealed unsafe class Timer : Handle, ITimerNode
{
    private readonly delegate*<Timer, void> _callback;

    public Timer(EventLoop loop, delegate*<Timer, void> callback, object? state = null) : base(loop)
    {
        _callback = callback;
        State = state;
    }

    public object? State { get; set; }

    /// <summary>Re-arm interval in ms (0: one-shot).</summary>
    public long Repeat { get; set; }

    /// <summary>The timeout last passed to <see cref="Start"/>.</summary>
    public long Timeout { get; private set; }

    ulong ITimerNode.HeapSequence { get; set; }

    /// <summary>Absolute due time (loop ms) of the current or last schedule.</summary>
    public long Deadline { get; set; }

    /// <summary>(Re)starts the timer: due <paramref name="timeoutMs"/> after the loop's cached now.</summary>
    public void Start(long timeoutMs, long repeatMs = 0)
    {
        if (IsClosing) return;
        Timeout = timeoutMs;
        Repeat = repeatMs;
        Loop.Timers.Schedule(this, TimerHeap<Timer>.DeadlineAfter(Loop.Now, timeoutMs));
        SetActive(true);
    }

    /// <summary>Restarts with the same timeout (Node's <c>timeout.refresh()</c>).</summary>
    public void Again() => Start(Timeout, Repeat);

    public void Stop()
    {
        Loop.Timers.Cancel(this);
        SetActive(false);
    }

    protected override void OnClose() => Stop();

    /// <summary>Called by the loop when due: re-arms an interval before the callback (libuv order),
    /// so the callback may Stop() or Start() it again.</summary>
    internal void Fire()
    {
        if (Repeat > 0) Loop.Timers.Schedule(this, TimerHeap<Timer>.DeadlineAfter(Loop.Now, Repeat));
        else SetActive(false);
        _callback(this);
    }
}
