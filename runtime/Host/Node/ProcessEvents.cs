using System;
using System.Collections.Generic;
using Aot.Engine.Objects;
using Aot.Runtime.Running;

namespace Aot.Runtime.Node;

/// <summary>
/// A minimal EventEmitter for `process` (on/addListener/once/prependListener/off/removeListener/
/// removeAllListeners/emit/listeners/listenerCount/eventNames), enough for 'exit', 'beforeExit',
/// 'uncaughtException' and 'unhandledRejection'. The listeners live in the process object, and
/// the host reads them through <see cref="HasListeners"/>/<see cref="Emit"/>; node:events can
/// later replace the methods (or the prototype) with the general EventEmitter.
/// </summary>
public static class ProcessEvents
{
    internal sealed class Listener(JsValue callback, bool once)
    {
        public readonly JsValue Callback = callback;
        public readonly bool Once = once;
    }

    /// <summary>The object that carries the listeners (the process object).</summary>
    public sealed class Emitter(JsObject? prototype) : JsObject(prototype)
    {
        internal readonly Dictionary<PropertyKey, List<Listener>> Listeners = new();

        /// <summary>Called with an event name after its listeners changed (signals start/stop here).</summary>
        internal Action<string, bool>? ListenersChanged;

        internal void Changed(in PropertyKey key)
        {
            if (ListenersChanged == null || key.IsSymbol) return;
            string name = key.ToString();
            ListenersChanged(name, Listeners.TryGetValue(key, out var list) && list.Count > 0);
        }
    }

    public static bool HasListeners(JsObject target, string name) =>
        target is Emitter e && e.Listeners.TryGetValue(name, out var list) && list.Count > 0;

    /// <summary>Calls the listeners of <paramref name="name"/> in order (once-listeners removed
    /// first); false when there were none. Exceptions propagate to the caller, as in Node.</summary>
    public static bool Emit(JsObject target, PropertyKey name, JsValue[] args)
    {
        if (target is not Emitter e || !e.Listeners.TryGetValue(name, out var list) || list.Count == 0) return false;
        var snapshot = list.ToArray();
        foreach (var l in snapshot)
        {
            if (l.Once) { list.Remove(l); e.Changed(name); }
            Operations.Call(l.Callback, JsValue.FromObject(target), args);
        }
        return true;
    }

    internal static void Install(Realm realm, JsObject proto)
    {
        NativeFunction on = (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? nt) => Add(r, t, a, once: false, prepend: false);
        HostObjects.Method(realm, proto, "on", 2, on, PropertyFlags.Hidden);
        HostObjects.Method(realm, proto, "addListener", 2, on, PropertyFlags.Hidden);
        HostObjects.Method(realm, proto, "once", 2, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? nt) => Add(r, t, a, once: true, prepend: false), PropertyFlags.Hidden);
        HostObjects.Method(realm, proto, "prependListener", 2, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? nt) => Add(r, t, a, once: false, prepend: true), PropertyFlags.Hidden);
        HostObjects.Method(realm, proto, "prependOnceListener", 2, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? nt) => Add(r, t, a, once: true, prepend: true), PropertyFlags.Hidden);
        NativeFunction off = (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? nt) =>
        {
            if (t.Ref is Emitter e && e.Listeners.TryGetValue(Key(HostObjects.Arg(a, 0)), out var list))
            {
                var fn = HostObjects.Arg(a, 1);
                for (int i = list.Count - 1; i >= 0; i--)
                    if (Operations.SameValue(list[i].Callback, fn)) { list.RemoveAt(i); e.Changed(Key(HostObjects.Arg(a, 0))); break; }
            }
            return t;
        };
        HostObjects.Method(realm, proto, "off", 2, off, PropertyFlags.Hidden);
        HostObjects.Method(realm, proto, "removeListener", 2, off, PropertyFlags.Hidden);
        HostObjects.Method(realm, proto, "removeAllListeners", 1, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? nt) =>
        {
            if (t.Ref is Emitter e)
            {
                var keys = a.Length == 0 || a[0].IsUndefined ? new List<PropertyKey>(e.Listeners.Keys) : [Key(a[0])];
                foreach (var k in keys) { e.Listeners.Remove(k); e.Changed(k); }
            }
            return t;
        }, PropertyFlags.Hidden);
        HostObjects.Method(realm, proto, "emit", 1, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? nt) =>
            t.Ref is JsObject o && Emit(o, Key(HostObjects.Arg(a, 0)), a.Length > 1 ? a[1..].ToArray() : []), PropertyFlags.Hidden);
        HostObjects.Method(realm, proto, "listeners", 1, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? nt) =>
        {
            var array = r.CreateArray();
            if (t.Ref is Emitter e && e.Listeners.TryGetValue(Key(HostObjects.Arg(a, 0)), out var list))
                for (int i = 0; i < list.Count; i++) array.CreateDataPropertyOrThrow(PropertyKey.FromIndex((uint)i), list[i].Callback);
            return JsValue.FromObject(array);
        }, PropertyFlags.Hidden);
        HostObjects.Method(realm, proto, "listenerCount", 1, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? nt) =>
            t.Ref is Emitter e && e.Listeners.TryGetValue(Key(HostObjects.Arg(a, 0)), out var list) ? list.Count : 0, PropertyFlags.Hidden);
        HostObjects.Method(realm, proto, "eventNames", 0, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? nt) =>
        {
            var array = r.CreateArray();
            uint i = 0;
            if (t.Ref is Emitter e)
                foreach (var (k, list) in e.Listeners)
                    if (list.Count > 0) array.CreateDataPropertyOrThrow(PropertyKey.FromIndex(i++), k.IsSymbol ? JsValue.FromSymbol(k.AsSymbol) : JsValue.FromString(k.ToString()));
            return JsValue.FromObject(array);
        }, PropertyFlags.Hidden);
        HostObjects.Method(realm, proto, "setMaxListeners", 1, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? nt) => t, PropertyFlags.Hidden);
        HostObjects.Method(realm, proto, "getMaxListeners", 0, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? nt) => 10, PropertyFlags.Hidden);
    }

    private static PropertyKey Key(in JsValue v) => v.IsSymbol ? PropertyKey.FromSymbol(v.AsSymbol) : PropertyKey.FromString(Operations.ToString(v));

    private static JsValue Add(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, bool once, bool prepend)
    {
        var fn = HostObjects.Arg(args, 1);
        if (!fn.IsCallable) throw HostObjects.InvalidCallback(realm, "listener", fn);
        if (thisValue.Ref is Emitter e)
        {
            var key = Key(HostObjects.Arg(args, 0));
            if (!e.Listeners.TryGetValue(key, out var list)) e.Listeners[key] = list = new List<Listener>();
            if (prepend) list.Insert(0, new Listener(fn, once));
            else list.Add(new Listener(fn, once));
            if (list.Count == 1) e.Changed(key);
        }
        return thisValue;
    }
}
