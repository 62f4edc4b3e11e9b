using System;
using System.Collections.Generic;
using Aot.Engine.Compiling;
using Aot.Engine.Interpreting;
using Aot.Engine.Objects;
using Aot.Engine.Parsing;

namespace Aot.Test262;

/// <summary>
/// The host-defined bindings of test262's INTERPRETING.md: `print` and the `$262` object
/// (createRealm, evalScript, detachArrayBuffer, gc, global, agent). `print` appends to
/// <see cref="Printed"/>, which async tests read for "Test262:AsyncTestComplete".
/// </summary>
public sealed class Host262
{
    public List<string> Printed { get; } = new();
    /// <summary>Module loading for every realm this host installs into (null: none).</summary>
    public Aot.Engine.Modules.IModuleHost? Modules { get; init; }

    /// <summary>Defines `print` and `$262` (writable, configurable, non-enumerable) on the realm's global.</summary>
    public JsObject Install(Realm realm)
    {
        var global = realm.GlobalObject;
        realm.ModuleHost = Modules;
        // Temporal sees the system's IANA zones, as under `aot`.
        realm.NamedTimeZones = Aot.Runtime.Platform.SystemTimeZone.Database;
        global.AddProperty("print", JsValue.FromObject(Fn(realm, "print", 1, (Realm r, in JsValue t, ReadOnlySpan<JsValue> args, JsObject? nt) =>
        {
            string text = args.Length == 0 ? "" : Operations.ToString(args[0]);
            lock (Printed)
                Printed.Add(text);
            return JsValue.Undefined;
        })), PropertyFlags.Hidden);

        var d = new JsObject(realm.ObjectPrototype);
        d.AddProperty("global", JsValue.FromObject(global), PropertyFlags.Hidden);
        d.AddProperty("createRealm", JsValue.FromObject(Fn(realm, "createRealm", 0, (Realm r, in JsValue t, ReadOnlySpan<JsValue> args, JsObject? nt) =>
        {
            var other = r.Vm.CreateRealm();
            return JsValue.FromObject(Install(other));
        })), PropertyFlags.Hidden);
        d.AddProperty("evalScript", JsValue.FromObject(Fn(realm, "evalScript", 1, (Realm r, in JsValue t, ReadOnlySpan<JsValue> args, JsObject? nt) =>
        {
            string source = args.Length == 0 ? "undefined" : Operations.ToString(args[0]);
            FunctionCode code;
            try
            {
                code = Vm.Compile(source, "evalScript");
            }
            catch (SyntaxError e)
            {
                throw new JsException(r.CreateErrorValue(ErrorKind.SyntaxError, e.Message)); // an error of evalScript's realm
            }
            return r.Vm.RunScript(r, code);
        })), PropertyFlags.Hidden);
        d.AddProperty("detachArrayBuffer", JsValue.FromObject(Fn(realm, "detachArrayBuffer", 1, (Realm r, in JsValue t, ReadOnlySpan<JsValue> args, JsObject? nt) =>
        {
            // DetachArrayBuffer(buffer) of INTERPRETING.md: a TypeError for anything else.
            if (args.Length == 0 || args[0].Ref is not Aot.Engine.Builtins.JsArrayBuffer buffer || !args[0].IsObject)
                return JsException.ThrowTypeError<JsValue>("$262.detachArrayBuffer: not an ArrayBuffer");
            buffer.Detach();
            return JsValue.Null;
        })), PropertyFlags.Hidden);
        d.AddProperty("gc", JsValue.FromObject(Fn(realm, "gc", 0, (Realm r, in JsValue t, ReadOnlySpan<JsValue> args, JsObject? nt) =>
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            // HostEnqueueFinalizationRegistryCleanupJob: callbacks for collected targets run as a job.
            var vm = r.Vm;
            if (vm.HasFinalizationCleanupPending) vm.Jobs.Enqueue(() => vm.CleanupFinalizationRegistries());
            return JsValue.Undefined;
        })), PropertyFlags.Hidden);

        // Agents (SharedArrayBuffer / Atomics.wait tests) need threads running other VMs: not provided.
        var agent = new JsObject(realm.ObjectPrototype);
        foreach (string name in new[] { "start", "broadcast", "getReport", "sleep", "monotonicNow", "receiveBroadcast", "report", "leaving" })
        {
            string n = name;
            agent.AddProperty(n, JsValue.FromObject(Fn(realm, n, 0, (Realm r, in JsValue t, ReadOnlySpan<JsValue> args, JsObject? nt) =>
                JsException.ThrowTypeError<JsValue>($"$262.agent.{n}: agents are not supported by this runner"))), PropertyFlags.Hidden);
        }
        d.AddProperty("agent", JsValue.FromObject(agent), PropertyFlags.Hidden);

        global.AddProperty("$262", JsValue.FromObject(d), PropertyFlags.Hidden);
        return d;
    }

    private static JsNativeFunction Fn(Realm realm, string name, int length, NativeFunction f) => new(realm, name, length, f);
}
