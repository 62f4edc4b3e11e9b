namespace Aot.Runtime.Loop;

/// <summary>
/// A callback for the loop's check phase (Node's setImmediate, libuv's uv_check_t used that way).
/// Immediates have their own FIFO queue rather than being zero-delay timers (STYLE.md: "do not
/// fake them with old timestamps"): they run after I/O of the current turn, in order, and ones
/// scheduled while the phase runs wait for the next turn.
/// </summary>
public sealed unsafe class Immediate : Handle
{
    private readonly delegate*<Immediate, void> _callback;

    public Immediate(EventLoop loop, delegate*<Immediate, void> callback, object? state = null) : base(loop)
    {
        _callback = callback;
        State = state;
    }

    public object? State { get; set; }

    /// <summary>In the loop's queue (possibly cancelled; cancelled entries are skipped).</summary>
    internal bool Queued;

    public void Schedule()
    {
        if (IsClosing) return;
        SetActive(true);
        if (!Queued) Loop.EnqueueImmediate(this);
    }

    public void Cancel() => SetActive(false);

    protected override void OnClose() => Cancel();

    internal void Fire()
    {
        SetActive(false);
        _callback(this);
    }
}
