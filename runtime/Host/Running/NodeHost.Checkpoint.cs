using System;
using System.Collections.Generic;
using Aot.Engine.Builtins;
using Aot.Engine.Objects;
using Aot.Runtime.Node;

namespace Aot.Runtime.Running;

/// <summary>
/// The microtask checkpoint, as Node's processTicksAndRejections (lib/internal/process/task_queues.js):
/// <code>
/// do {
///   run every process.nextTick callback (ticks queued by ticks run in the same pass)
///   run promise jobs until the job queue is empty
/// } while (ticks are queued || processing unhandled rejections ran a handler)
/// </code>
/// An exception escaping a tick or a job is an uncaught exception (handled by
/// 'uncaughtException' listeners, else fatal); the rest of the queues still run after a handler.
/// </summary>
public sealed partial class NodeHost
{
    private readonly Queue<(JsValue Callback, JsValue[] Args)> ticks = new();
    private readonly List<JsPromise> rejected = new();
    private bool inCheckpoint;

    /// <summary>process.nextTick(callback, ...args).</summary>
    public void QueueTick(in JsValue callback, JsValue[] args) => ticks.Enqueue((callback, args));

    /// <summary>Drains nextTick callbacks and promise jobs, then reports unhandled rejections; flushes output.</summary>
    public void Checkpoint()
    {
        if (inCheckpoint) return;
        inCheckpoint = true;
        try
        {
            do
            {
                do
                {
                    RunTicks();
                    RunJobs();
                }
                while (ticks.Count > 0 || ProcessRejections());
            }
            while (CleanupFinalizationRegistries());
        }
        finally
        {
            inCheckpoint = false;
        }
        Stdout.Flush();
    }

    private void RunTicks()
    {
        while (ticks.TryDequeue(out var tick))
        {
            Vm.ClearThrowSite();
            try
            {
                Operations.Call(tick.Callback, JsValue.Undefined, tick.Args);
            }
            catch (JsException e)
            {
                HandleUncaught(e.GetValue(Realm), fromPromise: false);
            }
        }
    }

    private void RunJobs()
    {
        while (true)
        {
            Vm.ClearThrowSite();
            try
            {
                Vm.RunJobs();
                return;
            }
            catch (JsException e)
            {
                HandleUncaught(e.GetValue(Realm), fromPromise: false);
            }
        }
    }

    private int collectionsSeen;

    /// <summary>
    /// ECMA-262 §9.10 HostEnqueueFinalizationRegistryCleanupJob, from the event loop: after the
    /// microtasks of a macrotask, callbacks for targets the GC collected run (each an uncaught
    /// exception if it throws; their microtasks then run as after any callback). A target can only
    /// die in a collection, so registries are only looked at when the GC ran since the last look.
    /// Pending cleanup does not keep the loop alive (nor does it in Node). True when callbacks ran.
    /// </summary>
    private bool CleanupFinalizationRegistries()
    {
        if (!Vm.HasFinalizationRegistries) return false;
        int collections = GC.CollectionCount(0);
        if (collections == collectionsSeen) return false;
        collectionsSeen = collections;
        if (!Vm.HasFinalizationCleanupPending) return false;
        Vm.ClearThrowSite();
        try
        {
            Vm.CleanupFinalizationRegistries();
        }
        catch (JsException e)
        {
            collectionsSeen = -1; // the remaining cells are looked at again right away
            HandleUncaught(e.GetValue(Realm), fromPromise: false);
        }
        return true;
    }

    private void TrackRejection(JsObject promise, bool handled)
    {
        if (!handled && promise is JsPromise p) rejected.Add(p);
    }

    /// <summary>Node's processPromiseRejections in its default 'throw' mode: each promise still
    /// rejected without a handler goes to 'unhandledRejection' listeners, or else becomes an
    /// uncaught exception (the reason itself if it is an Error, else an UnhandledPromiseRejection
    /// error). True when a listener ran (it may have queued more work).</summary>
    private bool ProcessRejections()
    {
        if (rejected.Count == 0) return false;
        // Also forget the engine's own list (TakeUnhandledRejection is for hosts without a tracker).
        Vm.TakeUnhandledRejection(out _);
        var batch = rejected.ToArray();
        rejected.Clear();
        bool ranHandler = false;
        foreach (var promise in batch)
        {
            if (promise.IsHandled) continue;
            var reason = promise.Result;
            // The entry module's evaluation failed: Node reports that as an uncaught exception.
            if (ReferenceEquals(promise, mainCompletion))
            {
                ranHandler |= HandleUncaught(reason, fromPromise: false);
                continue;
            }
            if (process != null && ProcessEvents.HasListeners(process, "unhandledRejection"))
            {
                ranHandler = true;
                try
                {
                    ProcessEvents.Emit(process, "unhandledRejection", new[] { reason, JsValue.FromObject(promise) });
                }
                catch (JsException e)
                {
                    HandleUncaught(e.GetValue(Realm), fromPromise: false);
                }
                continue;
            }
            ranHandler |= HandleUncaught(reason, fromPromise: true);
        }
        return ranHandler;
    }
}
