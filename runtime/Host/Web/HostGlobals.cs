using System;
using Aot.Engine.Objects;
using Aot.Runtime.Node;
using Aot.Runtime.Running;

namespace Aot.Runtime.Web;

/// <summary>
/// The globals a Node program sees besides the language's own: console, the timer functions,
/// queueMicrotask, structuredClone, atob/btoa, `global`, and - created on first access through
/// accessors, as Node defines them - `process` and `performance`. Startup creates only function
/// objects here; the event loop, the process object and the performance object cost nothing
/// until a script touches them.
/// </summary>
public static class HostGlobals
{
    public static void Install(NodeHost host)
    {
        var realm = host.Realm;
        var global = realm.GlobalObject;
        global.AddProperty("global", JsValue.FromObject(global), PropertyFlags.Hidden);
        global.AddProperty("console", JsValue.FromObject(ConsoleObject.Create(realm, host.Stdout, host.Stderr)), PropertyFlags.Hidden);
        TimersModule.InstallGlobals(realm);
        HostObjects.Method(realm, global, "queueMicrotask", 1, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? nt) =>
        {
            var callback = HostObjects.Arg(a, 0);
            if (!callback.IsCallable) throw HostObjects.InvalidCallback(r, "callback", callback);
            r.Vm.Jobs.Enqueue(() => Operations.Call(callback, JsValue.Undefined, ReadOnlySpan<JsValue>.Empty));
            return JsValue.Undefined;
        });
        HostObjects.Method(realm, global, "structuredClone", 1, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? nt) =>
        {
            if (a.Length == 0) throw HostObjects.CodedError(r, ErrorKind.TypeError, "ERR_MISSING_ARGS", "The \"value\" argument must be specified");
            return StructuredClone.Clone(r, a[0]);
        });
        HostObjects.Method(realm, global, "atob", 1, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? nt) => Base64.Atob(r, a));
        HostObjects.Method(realm, global, "btoa", 1, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? nt) => Base64.Btoa(r, a));
        if (host.Options.ExposeGc)
        {
            // node --expose-gc: a full, blocking collection. FinalizationRegistry callbacks for what it
            // collected run later, from the event loop (NodeHost.Checkpoint), as in Node.
            HostObjects.Method(realm, global, "gc", 0, static (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? nt) =>
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
                GC.Collect();
                return JsValue.Undefined;
            });
        }
        LazyGlobal(realm, "process", PropertyFlags.Configurable, static r => NodeHost.Of(r).Process);
        LazyGlobal(realm, "performance", PropertyFlags.Configurable | PropertyFlags.Enumerable, static r => Performance.Create(r));
    }

    /// <summary>An accessor whose getter creates the object once; assigning replaces it (as Node's
    /// lazy globals do).</summary>
    private static void LazyGlobal(Realm realm, string name, PropertyFlags flags, Func<Realm, JsObject> create)
    {
        JsObject? value = null;
        bool replaced = false;
        JsValue replacement = default;
        var getter = new JsNativeFunction(realm, "get " + name, 0, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? nt) =>
            replaced ? replacement : JsValue.FromObject(value ??= create(r)));
        var setter = new JsNativeFunction(realm, "set " + name, 1, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? nt) =>
        {
            replaced = true;
            replacement = HostObjects.Arg(a, 0);
            return JsValue.Undefined;
        });
        realm.GlobalObject.AddAccessor(name, getter, setter, flags);
    }
}
