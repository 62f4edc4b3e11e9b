using System;
using System.Collections.Generic;
using Aot.Engine.Builtins;
using Aot.Engine.Compiling;
using Aot.Engine.Objects;

namespace Aot.Engine.Interpreting;

/// <summary>ECMA-262 §27.2.1.9 HostPromiseRejectionTracker: the VM remembers rejected promises that
/// have no handler; the host asks after draining the job queue which ones stayed unhandled.</summary>
public sealed partial class Vm
{
    private readonly List<JsPromise> pendingRejections = new();

    /// <summary>Called with (promise, false) for the "reject" operation (rejected without a handler) and
    /// (promise, true) for "handle" (a handler added to an already rejected, unhandled promise).</summary>
    public Action<JsObject, bool>? PromiseRejectionTracker { get; set; }

    private FunctionCode? throwSiteCode;
    private int throwSitePc;

    /// <summary>Remembers where the exception being thrown now was thrown (the innermost JS frame),
    /// so a host can show the source line of an uncaught exception as Node does. Throws are rare
    /// enough that two field writes per throw cost nothing measurable.</summary>
    private void RecordThrowSite(in JsValue thrown)
    {
        if (frameCount == 0) return;
        ref var f = ref FrameAt(frameCount - 1);
        throwSiteCode = f.Code;
        throwSitePc = f.Pc - 1;
        throwSiteValue = thrown.Ref;
    }

    private object? throwSiteValue;

    /// <summary>Forgets the last throw site (a host calls it before each callback it makes, so a
    /// throw that never passes through the VM is not reported at an older site).</summary>
    public void ClearThrowSite() { throwSiteCode = null; throwSiteValue = null; }

    /// <summary>Source name, line and column (1-based) of the last throw, for uncaught-error reports;
    /// false when the last throw JS code made was of another object than <paramref name="thrown"/>
    /// (an error made by native code, such as a module loader's, was never thrown by JS code).</summary>
    public bool TryGetLastThrowSite(in JsValue thrown, out string sourceName, out int line, out int column)
    {
        sourceName = "";
        line = column = 0;
        if (throwSiteCode == null) return false;
        if (thrown.IsObject && !ReferenceEquals(thrown.Ref, throwSiteValue)) return false;
        sourceName = throwSiteCode.SourceName;
        (line, column) = throwSiteCode.PositionAt(throwSitePc);
        return line > 0;
    }

    internal void TrackRejection(JsPromise promise, bool handled)
    {
        if (!handled) pendingRejections.Add(promise);
        PromiseRejectionTracker?.Invoke(promise, handled);
    }

    /// <summary>The reason of the first promise rejected without a handler that still has none (in
    /// rejection order), forgetting the tracked list. Hosts call it when the job queue is empty.</summary>
    public bool TakeUnhandledRejection(out JsValue reason)
    {
        reason = default;
        bool found = false;
        foreach (var p in pendingRejections)
        {
            if (p.IsHandled) continue;
            reason = p.Result;
            found = true;
            break;
        }
        pendingRejections.Clear();
        return found;
    }
}
