using System;
using System.Collections.Generic;
using Aot.Engine.Objects;
using Aot.Runtime.Loop;
using Aot.Runtime.Reactor.Linux;
using Aot.Runtime.Running;

namespace Aot.Runtime.Node;

/// <summary>
/// `node:child_process`: the module is Scripts/child_process.js (ChildProcess, spawn, exec,
/// execFile, fork and the sync forms, with the stdio streams); this class is its binding
/// (`internal/process_wrap`): spawn over posix_spawn with the child's exit watched through a pidfd on
/// the event loop (<see cref="ChildWatcher"/>: an active handle, so a running child keeps the
/// process alive) and its pipes driven by the reactor (<see cref="ChildPipe"/>); spawnSync blocks in
/// poll(2) (<see cref="SyncChild"/>). Needs the Node host (event loop, output streams).
/// </summary>
public static unsafe class ChildProcessModule
{
    public static JsObject CreateExports(Realm realm)
        => NodeInternals.Of(realm).Shared("child_process", static r => NodeScripts.Run(r, "child_process.js").AsObject());

    internal static JsObject CreateBinding(Realm realm)
    {
        var binding = realm.CreateObject();
        NodeObjects.Method(realm, binding, "spawn", 1, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? nt)
            => SpawnAsync(r, NodeObjects.Arg(a, 0).AsObject()));
        NodeObjects.Method(realm, binding, "spawnSync", 1, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? nt)
            => SpawnSync(r, NodeObjects.Arg(a, 0).AsObject()));
        return binding;
    }

    /// <summary>The request from the options object child_process.js normalized:
    /// { file, args, envPairs, cwd, stdio: ('pipe'|'ignore'|'inherit'|fd)[], detached }.</summary>
    private static SpawnRequest Request(JsObject options)
    {
        var stdioList = new List<ChildStdio>();
        var stdio = options.Get("stdio");
        if (stdio.IsObject)
        {
            var list = stdio.AsObject();
            long length = (long)Operations.LengthOfArrayLike(list);
            for (uint i = 0; i < length; i++)
            {
                var entry = list.Get(PropertyKey.FromIndex(i));
                stdioList.Add(entry.IsNumber
                    ? new ChildStdio(ChildStdioKind.Fd, (int)entry.Number)
                    : Operations.ToString(entry) switch
                    {
                        "pipe" => new ChildStdio(ChildStdioKind.Pipe),
                        "ignore" => new ChildStdio(ChildStdioKind.Ignore),
                        "ipc" => new ChildStdio(ChildStdioKind.Ipc),
                        _ => new ChildStdio(ChildStdioKind.Inherit),
                    });
            }
        }
        var cwd = options.Get("cwd");
        return new SpawnRequest
        {
            File = Operations.ToString(options.Get("file")),
            Argv = Strings(options.Get("args")),
            Env = Strings(options.Get("envPairs")),
            Cwd = cwd.IsUndefined || cwd.IsNull ? null : Operations.ToString(cwd),
            Stdio = stdioList.ToArray(),
            Detached = Operations.ToBoolean(options.Get("detached")),
        };
    }

    private static string[] Strings(in JsValue value)
    {
        if (!value.IsObject) return [];
        var list = value.AsObject();
        var result = new string[(int)Operations.LengthOfArrayLike(list)];
        for (int i = 0; i < result.Length; i++) result[i] = Operations.ToString(list.Get(PropertyKey.FromIndex((uint)i)));
        return result;
    }

    /// <summary>Flushes our buffered stdout/stderr before a child that may share them writes.</summary>
    private static void FlushOutput(NodeHost host)
    {
        host.Stdout.Flush();
        host.Stderr.Flush();
    }

    /// <summary>Starts the child: returns -errno, or a handle { pid, stdio: [pipe|null], kill(signal),
    /// ref(), unref() } whose options.onexit(exitCode, signal) runs on the loop when it ends.</summary>
    private static JsValue SpawnAsync(Realm realm, JsObject options)
    {
        var host = NodeHost.Of(realm);
        var request = Request(options);
        FlushOutput(host);
        int pid = Spawn.Start(request, out int[] fds);
        if (pid < 0) return JsValue.FromNumber(pid);

        var handle = realm.CreateObject();
        NodeObjects.Value(handle, "pid", pid);
        var pipes = realm.CreateArray(fds.Length);
        for (int i = 0; i < fds.Length; i++)
            pipes.TryAppendDense(fds[i] >= 0 ? JsValue.FromObject(ChildPipe.Create(host, fds[i], readable: i > 0)) : JsValue.Null);
        // After the pipes' first reads: output the child wrote before exiting arrives before 'exit'.
        var watcher = new ChildWatcher(host.Loop, pid, &OnExit, new ExitState(host, options.Get("onexit")));
        NodeObjects.Value(handle, "stdio", JsValue.FromObject(pipes));
        NodeObjects.Method(realm, handle, "kill", 1, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? nt) =>
        {
            if (watcher.IsClosing || !watcher.IsActive) return -Errno.ESRCH; // reaped: the pid may belong to someone else now
            return Spawn.Kill(pid, (int)Operations.ToNumber(NodeObjects.Arg(a, 0)));
        });
        NodeObjects.Method(realm, handle, "ref", 0, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? nt) =>
        {
            watcher.Ref();
            return JsValue.Undefined;
        });
        NodeObjects.Method(realm, handle, "unref", 0, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? nt) =>
        {
            watcher.Unref();
            return JsValue.Undefined;
        });
        NodeObjects.Method(realm, handle, "hasRef", 0, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? nt) => watcher.HasRef);
        return JsValue.FromObject(handle);
    }

    /// <summary>The child side of fork's channel: when NODE_CHANNEL_FD names an fd, process gets
    /// send/disconnect/connected and 'message' events (Scripts/child_channel.js, newline-delimited
    /// JSON as Node's 'json' serialization). The channel keeps the process alive only while
    /// process has 'message' listeners, as in Node.</summary>
    internal static void SetupChannel(NodeHost host, JsObject process)
    {
        string? value = HostNative.GetEnv("NODE_CHANNEL_FD");
        if (value == null || !int.TryParse(value, out int fd) || fd < 0) return;
        HostNative.UnsetEnv("NODE_CHANNEL_FD"); // not inherited by our own children (Node deletes it too)
        HostNative.UnsetEnv("NODE_CHANNEL_SERIALIZATION_MODE");
        Spawn.SetNonBlocking(fd);
        var pipe = ChildPipe.Create(host, fd, readable: true);
        var realm = host.Realm;
        var setup = NodeInternals.Of(realm).Shared("internal/child_channel", static r => NodeScripts.Run(r, "child_channel.js").AsObject()).Get("setupChannel");
        // The child's channel starts unref'd (see ChannelListenersChanged) before its first read.
        Operations.Call(setup, JsValue.Undefined, [JsValue.FromObject(process), JsValue.FromObject(pipe), JsValue.True]);
        channelPipes.AddOrUpdate(host, pipe);
        ChannelListenersChanged(host, false);
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<NodeHost, JsObject> channelPipes = new();

    /// <summary>'message' listeners on process changed: the channel is ref'd while there are some.</summary>
    internal static void ChannelListenersChanged(NodeHost host, bool hasListeners)
    {
        if (!channelPipes.TryGetValue(host, out var pipe)) return;
        Operations.Call(pipe.Get(hasListeners ? "ref" : "unref"), JsValue.FromObject(pipe), ReadOnlySpan<JsValue>.Empty);
    }

    private sealed class ExitState(NodeHost host, JsValue onExit)
    {
        public readonly NodeHost Host = host;
        public readonly JsValue OnExit = onExit;
    }

    private static void OnExit(ChildWatcher watcher)
    {
        var state = (ExitState)watcher.State!;
        watcher.State = null;
        if (!state.OnExit.IsCallable) return;
        JsValue code = watcher.TermSignal != 0 ? JsValue.Null : JsValue.FromNumber(watcher.ExitCode);
        JsValue signal = watcher.TermSignal != 0 ? JsValue.FromNumber(watcher.TermSignal) : JsValue.Null;
        try
        {
            Operations.Call(state.OnExit, JsValue.Undefined, [code, signal]);
        }
        catch (JsException e)
        {
            state.Host.HandleUncaught(e.GetValue(state.Host.Realm), fromPromise: false);
        }
    }

    /// <summary>Runs the child to its end: { pid, status, signal, output: [null, Buffer|null, ...], error: -errno|0 }.
    /// Options add input (string or Buffer), timeout (ms), killSignal (number) and maxBuffer.</summary>
    private static JsValue SpawnSync(Realm realm, JsObject options)
    {
        var host = NodeHost.Of(realm);
        var request = Request(options);
        var inputValue = options.Get("input");
        byte[]? input = inputValue.IsUndefined || inputValue.IsNull ? null : BufferModule.BytesOf(realm, inputValue, JsValue.Undefined);
        long timeout = (long)Operations.ToNumber(options.Get("timeout") is { IsUndefined: false } tv ? tv : JsValue.FromNumber(0));
        int killSignal = (int)Operations.ToNumber(options.Get("killSignal") is { IsUndefined: false } kv ? kv : JsValue.FromNumber(15));
        double maxBufferNumber = Operations.ToNumber(options.Get("maxBuffer") is { IsUndefined: false } mv ? mv : JsValue.FromNumber(double.PositiveInfinity));
        long maxBuffer = double.IsFinite(maxBufferNumber) ? (long)maxBufferNumber : long.MaxValue;
        FlushOutput(host);
        SyncChildResult run = SyncChild.Run(request, input, timeout, killSignal, maxBuffer);

        var result = realm.CreateObject();
        NodeObjects.Value(result, "pid", run.Pid);
        NodeObjects.Value(result, "error", run.Error == 0 ? JsValue.FromNumber(0) : JsValue.FromNumber(-run.Error));
        NodeObjects.Value(result, "status", run.Pid == 0 || run.TermSignal != 0 ? JsValue.Null : JsValue.FromNumber(run.ExitCode));
        NodeObjects.Value(result, "signal", run.TermSignal != 0 ? JsValue.FromNumber(run.TermSignal) : JsValue.Null);
        var output = realm.CreateArray(run.Output.Length);
        foreach (byte[]? bytes in run.Output)
            output.TryAppendDense(bytes == null ? JsValue.Null : BufferModule.FromBytes(realm, bytes));
        NodeObjects.Value(result, "output", run.Pid == 0 ? JsValue.Null : JsValue.FromObject(output));
        return JsValue.FromObject(result);
    }
}
