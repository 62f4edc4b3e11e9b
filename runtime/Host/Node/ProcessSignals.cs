using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;
using Aot.Engine.Objects;
using Aot.Runtime.Running;

namespace Aot.Runtime.Node;

/// <summary>
/// process.on('SIGINT' | 'SIGTERM' | 'SIGHUP' | 'SIGQUIT' | 'SIGWINCH' | ...): while a signal has
/// listeners, its default action is suppressed and each delivery emits the event on the loop
/// thread (posted through the reactor, so it runs as a macrotask with a microtask checkpoint).
/// Like Node, a listener does not keep the process alive. Removing the last listener restores the
/// default action (Ctrl-C ends the program again).
///
/// Delivery uses the runtime's PosixSignalRegistration rather than the loop's signalfd
/// SignalWatcher: signalfd only works when every thread blocks the signal, and the threads the
/// .NET runtime starts before Main do not, so a process-directed SIGTERM could be lost.
/// </summary>
internal static unsafe class ProcessSignals
{
    private static readonly Dictionary<string, int> Numbers = new(StringComparer.Ordinal)
    {
        ["SIGHUP"] = 1, ["SIGINT"] = 2, ["SIGQUIT"] = 3, ["SIGUSR1"] = 10, ["SIGUSR2"] = 12,
        ["SIGPIPE"] = 13, ["SIGALRM"] = 14, ["SIGTERM"] = 15, ["SIGCHLD"] = 17, ["SIGCONT"] = 18,
        ["SIGTSTP"] = 20, ["SIGTTIN"] = 21, ["SIGTTOU"] = 22, ["SIGWINCH"] = 28,
    };

    private sealed class Registration(string name, PosixSignalRegistration handle)
    {
        public readonly string Name = name;
        public readonly PosixSignalRegistration Handle = handle;
    }

    private static readonly Dictionary<string, Registration> Active = new(StringComparer.Ordinal);

    public static bool IsSignal(string name) => Numbers.ContainsKey(name);

    public static int NumberOf(string name) => Numbers.TryGetValue(name, out int n) ? n : -1;

    /// <summary>Registers or drops the OS handler after listeners of <paramref name="name"/> changed.</summary>
    public static void Update(NodeHost host, string name, bool hasListeners)
    {
        if (!Numbers.TryGetValue(name, out int number)) return;
        if (hasListeners && !Active.ContainsKey(name))
        {
            var loop = host.Loop; // created here, on the loop thread
            var handle = PosixSignalRegistration.Create((PosixSignal)number, context =>
            {
                context.Cancel = true;
                loop.Post(&Deliver, host, number);
            });
            Active[name] = new Registration(name, handle);
        }
        else if (!hasListeners && Active.Remove(name, out var registration))
        {
            registration.Handle.Dispose();
        }
    }

    private static void Deliver(object? state, int number)
    {
        var host = (NodeHost)state!;
        string? name = null;
        foreach (var (k, v) in Numbers) if (v == number) { name = k; break; }
        if (name == null || !host.HasProcessObject) return;
        try
        {
            ProcessEvents.Emit(host.Process, name, [JsValue.FromString(name), JsValue.FromNumber(number)]);
        }
        catch (JsException e)
        {
            host.HandleUncaught(e.GetValue(host.Realm), fromPromise: false);
        }
    }
}
