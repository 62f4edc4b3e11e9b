namespace Aot.Runtime.Loop;

/// <summary>
/// Something long-lived on the loop (a timer, an immediate, a signal watcher, later sockets and
/// child processes), with libuv's reference semantics: while a handle is active and referenced it
/// keeps <see cref="EventLoop.Run"/> going; <see cref="Unref"/> lets the loop end without it
/// (Node's <c>timeout.unref()</c>). Closing is asynchronous: the close callback runs in the loop's
/// close phase, after which the handle must not be used.
/// </summary>
public abstract unsafe class Handle
{
    private bool _refed = true;
    private bool _active;
    private delegate*<Handle, void> _onClose;

    protected Handle(EventLoop loop) => Loop = loop;

    public EventLoop Loop { get; }

    public bool HasRef => _refed;

    public bool IsActive => _active;

    public bool IsClosing { get; private set; }

    public void Ref()
    {
        if (_refed) return;
        _refed = true;
        if (_active) Loop.RefedHandles++;
    }

    public void Unref()
    {
        if (!_refed) return;
        _refed = false;
        if (_active) Loop.RefedHandles--;
    }

    /// <summary>Marks the handle as having work pending (or not), for the loop's liveness count.</summary>
    protected void SetActive(bool active)
    {
        if (_active == active) return;
        _active = active;
        if (_refed) Loop.RefedHandles += active ? 1 : -1;
    }

    /// <summary>Stops the handle now and runs <paramref name="onClose"/> in the close phase.</summary>
    public void Close(delegate*<Handle, void> onClose = null)
    {
        if (IsClosing) return;
        IsClosing = true;
        _onClose = onClose;
        OnClose();
        SetActive(false);
        Loop.EnqueueClosing(this);
    }

    /// <summary>Stops whatever the handle does (cancel I/O, stop timers).</summary>
    protected virtual void OnClose() { }

    internal void RunCloseCallback()
    {
        delegate*<Handle, void> callback = _onClose;
        _onClose = null;
        if (callback != null) callback(this);
    }
}
