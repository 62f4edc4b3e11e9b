using System;
using System.Collections.Generic;
using Aot.Engine.Objects;
using Aot.Runtime.Loop;
using Aot.Runtime.Running;

namespace Aot.Runtime.Node;

/// <summary>
/// setTimeout / setInterval / setImmediate and the clear functions, as globals and as `node:timers`
/// (the same function objects, as in Node). Each timer is a <see cref="TimeoutObject"/> (Node's
/// Timeout: ref/unref/hasRef/refresh/close/[Symbol.toPrimitive]) over a loop
/// <see cref="Timer"/>; each immediate an <see cref="ImmediateObject"/> over a loop
/// <see cref="Immediate"/>. Ordering is the loop's: timers by (deadline, creation) in the timers
/// phase, immediates in the check phase, a microtask checkpoint after every callback.
/// Delays follow Node's lib/internal/timers.js: ToNumber; anything not in [1, 2^31-1] becomes 1,
/// with a TimeoutOverflowWarning when it was too large.
/// </summary>
public static unsafe class TimersModule
{
    private const double TimeoutMax = 2147483647;

    public static JsObject CreateExports(Realm realm)
    {
        var t = Of(realm);
        var exports = realm.CreateObject();
        foreach (var (name, fn) in t.Functions) exports.AddProperty(name, JsValue.FromObject(fn), PropertyFlags.Default);
        exports.AddProperty("promises", JsValue.FromObject(TimersPromisesModule.CreateExports(realm)), PropertyFlags.Default);
        return exports;
    }

    /// <summary>Per-realm timer state: prototypes, the functions, timeouts by primitive id.</summary>
    internal sealed class State
    {
        public JsObject TimeoutPrototype = null!;
        public JsObject ImmediatePrototype = null!;
        public readonly List<(string Name, JsFunction Fn)> Functions = new();
        public readonly Dictionary<int, TimeoutObject> ById = new();
        public int NextId = 1;
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Realm, State> States = new();

    internal static State Of(Realm realm)
    {
        if (States.TryGetValue(realm, out var state)) return state;
        state = Create(realm);
        States.Add(realm, state);
        return state;
    }

    /// <summary>Installs the six functions on the global object (enumerable data properties, as Node).</summary>
    public static void InstallGlobals(Realm realm)
    {
        foreach (var (name, fn) in Of(realm).Functions)
            realm.GlobalObject.AddProperty(name, JsValue.FromObject(fn), PropertyFlags.Default);
    }

    private static State Create(Realm realm)
    {
        var state = new State();
        state.TimeoutPrototype = CreateTimeoutPrototype(realm);
        state.ImmediatePrototype = CreateImmediatePrototype(realm);
        void Add(string name, int length, NativeFunction fn) => state.Functions.Add((name, new JsNativeFunction(realm, name, length, fn)));
        Add("setTimeout", 2, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? nt) => JsValue.FromObject(StartTimeout(r, a, repeat: false)));
        Add("clearTimeout", 1, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? nt) => { Clear(r, HostObjects.Arg(a, 0)); return JsValue.Undefined; });
        Add("setInterval", 2, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? nt) => JsValue.FromObject(StartTimeout(r, a, repeat: true)));
        Add("clearInterval", 1, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? nt) => { Clear(r, HostObjects.Arg(a, 0)); return JsValue.Undefined; });
        Add("setImmediate", 1, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? nt) =>
        {
            var callback = HostObjects.Arg(a, 0);
            if (!callback.IsCallable) throw HostObjects.InvalidCallback(r, "callback", callback);
            return JsValue.FromObject(StartImmediate(r, callback, a.Length > 1 ? a[1..].ToArray() : []));
        });
        Add("clearImmediate", 1, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? nt) =>
        {
            if (HostObjects.Arg(a, 0).Ref is ImmediateObject im) im.Handle?.Cancel();
            return JsValue.Undefined;
        });
        return state;
    }

    /// <summary>Node's delay coercion (lib/internal/timers.js Timeout constructor).</summary>
    internal static long CoerceDelay(Realm realm, in JsValue delay)
    {
        double after = delay.IsUndefined ? 1 : Operations.ToNumber(delay);
        if (!(after >= 1 && after <= TimeoutMax))
        {
            if (after > TimeoutMax)
                ProcessModule.EmitWarning(NodeHost.Of(realm), "TimeoutOverflowWarning: " + Operations.ToString(delay) +
                    " does not fit into a 32-bit signed integer.\nTimeout duration was set to 1.");
            after = 1;
        }
        return (long)after;
    }

    internal static TimeoutObject StartTimeout(Realm realm, ReadOnlySpan<JsValue> args, bool repeat)
    {
        var callback = HostObjects.Arg(args, 0);
        if (!callback.IsCallable) throw HostObjects.InvalidCallback(realm, "callback", callback);
        long delay = CoerceDelay(realm, HostObjects.Arg(args, 1));
        var state = Of(realm);
        var timeout = new TimeoutObject(state.TimeoutPrototype, realm, state.NextId++)
        {
            Callback = callback,
            Args = args.Length > 2 ? args[2..].ToArray() : [],
            Delay = delay,
            Repeat = repeat,
        };
        timeout.Start();
        return timeout;
    }

    /// <summary>A timer running a native action (timers/promises); same loop semantics.</summary>
    internal static TimeoutObject StartNative(Realm realm, long delay, bool repeat, Action<TimeoutObject> action)
    {
        var state = Of(realm);
        var timeout = new TimeoutObject(state.TimeoutPrototype, realm, state.NextId++) { Native = action, Delay = delay, Repeat = repeat };
        timeout.Start();
        return timeout;
    }

    internal static ImmediateObject StartImmediate(Realm realm, in JsValue callback, JsValue[] args, Action? native = null)
    {
        var state = Of(realm);
        var immediate = new ImmediateObject(state.ImmediatePrototype, realm) { Callback = callback, Args = args, Native = native };
        immediate.Handle = new Immediate(NodeHost.Of(realm).Loop, &FireImmediate, immediate);
        immediate.Handle.Schedule();
        return immediate;
    }

    /// <summary>clearTimeout/clearInterval: a Timeout, or its primitive id (number or numeric string).</summary>
    private static void Clear(Realm realm, in JsValue value)
    {
        if (value.Ref is TimeoutObject timeout) { timeout.Cancel(); return; }
        if (value.IsNumber || value.IsString)
        {
            double d = Operations.ToNumber(value);
            var state = Of(realm);
            if (d == Math.Floor(d) && d >= int.MinValue && d <= int.MaxValue && state.ById.TryGetValue((int)d, out var t)) t.Cancel();
        }
    }

    private static void FireTimer(Timer timer)
    {
        var timeout = (TimeoutObject)timer.State!;
        if (!timeout.Repeat) timeout.Destroyed = true;
        if (timeout.Destroyed) Of(timeout.Realm).ById.Remove(timeout.Id);
        var host = NodeHost.Of(timeout.Realm);
        host.Vm.ClearThrowSite();
        try
        {
            if (timeout.Native != null) timeout.Native(timeout);
            else Operations.Call(timeout.Callback, JsValue.FromObject(timeout), timeout.Args);
        }
        catch (JsException e)
        {
            host.HandleUncaught(e.GetValue(timeout.Realm), fromPromise: false);
        }
    }

    private static void FireImmediate(Immediate handle)
    {
        var immediate = (ImmediateObject)handle.State!;
        var host = NodeHost.Of(immediate.Realm);
        host.Vm.ClearThrowSite();
        try
        {
            if (immediate.Native != null) immediate.Native();
            else Operations.Call(immediate.Callback, JsValue.FromObject(immediate), immediate.Args);
        }
        catch (JsException e)
        {
            host.HandleUncaught(e.GetValue(immediate.Realm), fromPromise: false);
        }
    }

    private static JsObject CreateTimeoutPrototype(Realm realm)
    {
        var proto = realm.CreateObject();
        var ctor = new JsNativeFunction(realm, "Timeout", 5, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? nt) =>
            JsException.ThrowTypeError<JsValue>("Illegal constructor"));
        ctor.AddProperty("prototype", JsValue.FromObject(proto), PropertyFlags.None);
        proto.AddProperty("constructor", JsValue.FromObject(ctor), PropertyFlags.Hidden);
        HostObjects.Method(realm, proto, "ref", 0, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? nt) => { (t.Ref as TimeoutObject)?.SetRef(true); return t; }, PropertyFlags.Hidden);
        HostObjects.Method(realm, proto, "unref", 0, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? nt) => { (t.Ref as TimeoutObject)?.SetRef(false); return t; }, PropertyFlags.Hidden);
        HostObjects.Method(realm, proto, "hasRef", 0, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? nt) => t.Ref is TimeoutObject { Refed: true }, PropertyFlags.Hidden);
        HostObjects.Method(realm, proto, "refresh", 0, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? nt) => { (t.Ref as TimeoutObject)?.Refresh(); return t; }, PropertyFlags.Hidden);
        HostObjects.Method(realm, proto, "close", 0, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? nt) => { (t.Ref as TimeoutObject)?.Cancel(); return t; }, PropertyFlags.Hidden);
        HostObjects.Method(realm, proto, JsSymbol.ToPrimitive, "[Symbol.toPrimitive]", 0, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? nt) =>
        {
            if (t.Ref is not TimeoutObject timeout) return JsValue.Undefined;
            if (!timeout.Destroyed) Of(r).ById[timeout.Id] = timeout;
            return timeout.Id;
        });
        return proto;
    }

    private static JsObject CreateImmediatePrototype(Realm realm)
    {
        var proto = realm.CreateObject();
        var ctor = new JsNativeFunction(realm, "Immediate", 2, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? nt) =>
            JsException.ThrowTypeError<JsValue>("Illegal constructor"));
        ctor.AddProperty("prototype", JsValue.FromObject(proto), PropertyFlags.None);
        proto.AddProperty("constructor", JsValue.FromObject(ctor), PropertyFlags.Hidden);
        HostObjects.Method(realm, proto, "ref", 0, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? nt) => { (t.Ref as ImmediateObject)?.Handle?.Ref(); return t; }, PropertyFlags.Hidden);
        HostObjects.Method(realm, proto, "unref", 0, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? nt) => { (t.Ref as ImmediateObject)?.Handle?.Unref(); return t; }, PropertyFlags.Hidden);
        HostObjects.Method(realm, proto, "hasRef", 0, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? nt) => t.Ref is ImmediateObject { Handle.HasRef: true }, PropertyFlags.Hidden);
        return proto;
    }

    /// <summary>Node's Timeout object.</summary>
    internal sealed class TimeoutObject(JsObject prototype, Realm realm, int id) : JsObject(prototype)
    {
        public readonly Realm Realm = realm;
        public readonly int Id = id;
        public JsValue Callback;
        public JsValue[] Args = [];
        public Action<TimeoutObject>? Native;
        public long Delay;
        public bool Repeat;
        public bool Destroyed;
        public bool Refed = true;
        private Timer? handle;

        public void Start()
        {
            handle ??= new Timer(NodeHost.Of(Realm).Loop, &FireTimer, this);
            if (!Refed) handle.Unref();
            handle.Start(Delay, Repeat ? Delay : 0);
            Destroyed = false;
        }

        public void Refresh()
        {
            if (handle == null) return;
            if (Destroyed && !Repeat) { Start(); return; }
            handle.Start(Delay, Repeat ? Delay : 0);
        }

        public void Cancel()
        {
            handle?.Stop();
            Destroyed = true;
            Of(Realm).ById.Remove(Id);
        }

        public void SetRef(bool refed)
        {
            Refed = refed;
            if (handle == null) return;
            if (refed) handle.Ref();
            else handle.Unref();
        }
    }

    /// <summary>Node's Immediate object.</summary>
    internal sealed class ImmediateObject(JsObject prototype, Realm realm) : JsObject(prototype)
    {
        public readonly Realm Realm = realm;
        public JsValue Callback;
        public JsValue[] Args = [];
        public Action? Native;
        public Immediate? Handle;
    }
}
