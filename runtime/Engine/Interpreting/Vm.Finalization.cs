using System;
using System.Collections.Generic;
using Aot.Engine.Builtins;

namespace Aot.Engine.Interpreting;

// FinalizationRegistry cleanup (ECMA-262 §9.10 HostEnqueueFinalizationRegistryCleanupJob): the engine
// has no event loop, so the host calls CleanupFinalizationRegistries when it is idle (after a
// microtask checkpoint). Registries are tracked weakly: a collected registry never calls back.
public sealed partial class Vm
{
    private readonly List<WeakReference<JsFinalizationRegistry>> finalizationRegistries = new();

    internal void TrackFinalizationRegistry(JsFinalizationRegistry registry)
    {
        // Drop dead entries now and then so the list stays proportional to the live registries.
        if (finalizationRegistries.Count >= 64 && (finalizationRegistries.Count & 63) == 0)
            finalizationRegistries.RemoveAll(static w => !w.TryGetTarget(out _));
        finalizationRegistries.Add(new WeakReference<JsFinalizationRegistry>(registry));
    }

    /// <summary>True once a FinalizationRegistry was created (hosts skip the cleanup check otherwise).</summary>
    public bool HasFinalizationRegistries => finalizationRegistries.Count > 0;

    /// <summary>True when some registry has a cell whose target was collected.</summary>
    public bool HasFinalizationCleanupPending
    {
        get
        {
            foreach (var w in finalizationRegistries)
                if (w.TryGetTarget(out var r) && r.HasEmptyCells()) return true;
            return false;
        }
    }

    /// <summary>Runs §9.13 CleanupFinalizationRegistry for every live registry with collected targets
    /// (cleanup callbacks run now, as one job each; an exception from a callback propagates as a
    /// JsException). Returns the number of callbacks made. Call it between jobs, never from JS code.</summary>
    public int CleanupFinalizationRegistries()
    {
        int calls = 0;
        var live = new List<JsFinalizationRegistry>();
        foreach (var w in finalizationRegistries)
            if (w.TryGetTarget(out var r)) live.Add(r);
        foreach (var r in live) calls += r.Cleanup();
        return calls;
    }
}
