using System;
using System.Collections.Generic;
using Aot.Engine.Builtins;
using Aot.Engine.Objects;
using Aot.Runtime.Running;

namespace Aot.Runtime.Node;

/// <summary>
/// `node:timers/promises`: setTimeout(delay, value, options) and setImmediate(value, options)
/// return promises; setInterval(delay, value, options) returns an async iterator yielding value
/// every delay ms (ticks that nobody awaited are queued, as in Node); scheduler.wait / yield.
/// options.ref = false unrefs the timer. AbortSignal is not supported yet: options.signal is ignored.
/// </summary>
public static class TimersPromisesModule
{
    public static JsObject CreateExports(Realm realm)
    {
        var exports = realm.CreateObject();
        HostObjects.Method(realm, exports, "setTimeout", 2, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? nt) =>
            JsValue.FromObject(Sleep(r, HostObjects.Arg(a, 0), HostObjects.Arg(a, 1), HostObjects.Arg(a, 2))));
        HostObjects.Method(realm, exports, "setImmediate", 1, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? nt) =>
        {
            var promise = new JsPromise(r);
            var value = HostObjects.Arg(a, 0);
            var immediate = TimersModule.StartImmediate(r, JsValue.Undefined, [], () => promise.Resolve(value));
            if (!WantsRef(HostObjects.Arg(a, 1))) immediate.Handle?.Unref();
            return JsValue.FromObject(promise);
        });
        HostObjects.Method(realm, exports, "setInterval", 2, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? nt) =>
            JsValue.FromObject(CreateIntervalIterator(r, HostObjects.Arg(a, 0), HostObjects.Arg(a, 1), HostObjects.Arg(a, 2))));
        var scheduler = realm.CreateObject();
        HostObjects.Method(realm, scheduler, "wait", 2, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? nt) =>
            JsValue.FromObject(Sleep(r, HostObjects.Arg(a, 0), JsValue.Undefined, HostObjects.Arg(a, 1))));
        HostObjects.Method(realm, scheduler, "yield", 0, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? nt) =>
        {
            var promise = new JsPromise(r);
            TimersModule.StartImmediate(r, JsValue.Undefined, [], () => promise.Resolve(JsValue.Undefined));
            return JsValue.FromObject(promise);
        });
        exports.AddProperty("scheduler", JsValue.FromObject(scheduler), PropertyFlags.Default);
        return exports;
    }

    private static bool WantsRef(in JsValue options)
    {
        if (!options.IsObject) return true;
        var r = options.AsObject().Get("ref");
        return r.IsUndefined || Operations.ToBoolean(r);
    }

    private static JsPromise Sleep(Realm realm, in JsValue delay, JsValue value, in JsValue options)
    {
        var promise = new JsPromise(realm);
        var timeout = TimersModule.StartNative(realm, TimersModule.CoerceDelay(realm, delay), repeat: false, _ => promise.Resolve(value));
        if (!WantsRef(options)) timeout.SetRef(false);
        return promise;
    }

    private static JsObject CreateIntervalIterator(Realm realm, in JsValue delay, JsValue value, in JsValue options)
    {
        var waiting = new Queue<JsPromise>();
        int pendingTicks = 0;
        bool done = false;
        JsObject Result(Realm r, in JsValue v, bool finished)
        {
            var o = r.CreateObject();
            o.AddProperty("value", v, PropertyFlags.Default);
            o.AddProperty("done", finished, PropertyFlags.Default);
            return o;
        }
        var timeout = TimersModule.StartNative(realm, TimersModule.CoerceDelay(realm, delay), repeat: true, _ =>
        {
            if (waiting.Count > 0) waiting.Dequeue().Resolve(JsValue.FromObject(Result(realm, value, false)));
            else pendingTicks++;
        });
        if (!WantsRef(options)) timeout.SetRef(false);
        var iterator = realm.CreateObject();
        HostObjects.Method(realm, iterator, "next", 0, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? nt) =>
        {
            var promise = new JsPromise(r);
            if (done) promise.Resolve(JsValue.FromObject(Result(r, JsValue.Undefined, true)));
            else if (pendingTicks > 0) { pendingTicks--; promise.Resolve(JsValue.FromObject(Result(r, value, false))); }
            else waiting.Enqueue(promise);
            return JsValue.FromObject(promise);
        }, PropertyFlags.Hidden);
        HostObjects.Method(realm, iterator, "return", 0, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? nt) =>
        {
            done = true;
            timeout.Cancel();
            while (waiting.Count > 0) waiting.Dequeue().Resolve(JsValue.FromObject(Result(r, JsValue.Undefined, true)));
            var promise = new JsPromise(r);
            promise.Resolve(JsValue.FromObject(Result(r, JsValue.Undefined, true)));
            return JsValue.FromObject(promise);
        }, PropertyFlags.Hidden);
        HostObjects.Method(realm, iterator, JsSymbol.AsyncIterator, "[Symbol.asyncIterator]", 0, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? nt) => t);
        return iterator;
    }
}
