using System;
using System.Diagnostics;
using System.IO;
using System.Numerics;
using System.Runtime.InteropServices;
using Aot.Engine.Objects;
using Aot.Runtime.Running;

namespace Aot.Runtime.Node;

/// <summary>
/// `process` and `node:process` (its exports are the process object itself, as in Node).
/// Version policy: process.version and process.versions.node name the Node release whose APIs aot
/// follows, because npm code checks them (yargs refuses to load when process.version's major is
/// below 12); aot's own version is process.versions.aot; process.release.name is "aot".
/// </summary>
public static class ProcessModule
{
    /// <summary>The Node release whose APIs and output aot matches (process.versions.node).</summary>
    public const string NodeCompatibilityVersion = "22.12.0";

    public static JsObject CreateExports(Realm realm) => NodeHost.Of(realm).Process;

    internal static JsObject CreateProcessObject(NodeHost host)
    {
        var realm = host.Realm;
        var proto = new JsObject(realm.ObjectPrototype);
        ProcessEvents.Install(realm, proto);
        var process = new ProcessEvents.Emitter(proto);
        process.ListenersChanged = (name, has) =>
        {
            if (ProcessSignals.IsSignal(name)) ProcessSignals.Update(host, name, has);
            else if (name == "message") ChildProcessModule.ChannelListenersChanged(host, has);
        };
        process.AddProperty(JsSymbol.ToStringTag, JsValue.FromString("process"), PropertyFlags.Configurable);

        process.AddProperty("version", JsValue.FromString("v" + NodeCompatibilityVersion), PropertyFlags.Default);
        var versions = realm.CreateObject();
        versions.AddProperty("aot", JsValue.FromString(host.Options.Version), PropertyFlags.Default);
        versions.AddProperty("node", JsValue.FromString(NodeCompatibilityVersion), PropertyFlags.Default);
        versions.AddProperty("unicode", JsValue.FromString("17.0"), PropertyFlags.Default);
        process.AddProperty("versions", JsValue.FromObject(versions), PropertyFlags.Default);
        process.AddProperty("arch", JsValue.FromString(Arch()), PropertyFlags.Default);
        process.AddProperty("platform", JsValue.FromString("linux"), PropertyFlags.Default);
        var release = realm.CreateObject();
        release.AddProperty("name", JsValue.FromString("aot"), PropertyFlags.Default);
        process.AddProperty("release", JsValue.FromObject(release), PropertyFlags.Default);
        process.AddProperty("title", JsValue.FromString("aot"), PropertyFlags.Default);

        string execPath = host.Options.ExecPath;
        var argv = realm.CreateArray();
        uint n = 0;
        argv.CreateDataPropertyOrThrow(PropertyKey.FromIndex(n++), JsValue.FromString(execPath));
        var main = host.Main;
        if (main?.Path != null) argv.CreateDataPropertyOrThrow(PropertyKey.FromIndex(n++), JsValue.FromString(main.Path));
        else if (main?.DisplayName == "[stdin]") argv.CreateDataPropertyOrThrow(PropertyKey.FromIndex(n++), JsValue.FromString("-"));
        foreach (var a in host.Options.ScriptArgs) argv.CreateDataPropertyOrThrow(PropertyKey.FromIndex(n++), JsValue.FromString(a));
        process.AddProperty("argv", JsValue.FromObject(argv), PropertyFlags.Default);
        process.AddProperty("argv0", JsValue.FromString(Argv0()), PropertyFlags.Default);
        var execArgv = realm.CreateArray();
        for (int i = 0; i < host.Options.ExecArgv.Length; i++)
            execArgv.CreateDataPropertyOrThrow(PropertyKey.FromIndex((uint)i), JsValue.FromString(host.Options.ExecArgv[i]));
        process.AddProperty("execArgv", JsValue.FromObject(execArgv), PropertyFlags.Default);
        process.AddProperty("execPath", JsValue.FromString(execPath), PropertyFlags.Default);
        process.AddProperty("pid", JsValue.FromNumber(HostNative.GetPid()), PropertyFlags.Default);
        process.AddProperty("ppid", JsValue.FromNumber(HostNative.GetPpid()), PropertyFlags.Default);
        process.AddProperty("env", JsValue.FromObject(new ProcessEnv(realm.ObjectPrototype)), PropertyFlags.Default);
        process.AddProperty("exitCode", JsValue.Undefined, PropertyFlags.Default);

        HostObjects.Method(realm, process, "exit", 1, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? nt) =>
        {
            var h = NodeHost.Of(r);
            var code = HostObjects.Arg(a, 0);
            if (!code.IsUndefined) h.Process.Set("exitCode", code, JsValue.FromObject(h.Process));
            h.ExitNow(h.CurrentExitCode());
            return JsValue.Undefined;
        });
        HostObjects.Method(realm, process, "cwd", 0, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? nt) => Directory.GetCurrentDirectory());
        HostObjects.Method(realm, process, "chdir", 1, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? nt) =>
        {
            string dir = Operations.ToString(HostObjects.Arg(a, 0));
            try { Directory.SetCurrentDirectory(dir); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
            {
                var error = r.CreateError(ErrorKind.Error, $"ENOENT: no such file or directory, chdir {Directory.GetCurrentDirectory()} -> '{dir}'");
                error.AddProperty("errno", JsValue.FromNumber(-2), PropertyFlags.Default);
                error.AddProperty("code", JsValue.FromString("ENOENT"), PropertyFlags.Default);
                error.AddProperty("syscall", JsValue.FromString("chdir"), PropertyFlags.Default);
                error.AddProperty("path", JsValue.FromString(Directory.GetCurrentDirectory()), PropertyFlags.Default);
                error.AddProperty("dest", JsValue.FromString(dir), PropertyFlags.Default);
                throw new JsException(JsValue.FromObject(error));
            }
            return JsValue.Undefined;
        });
        HostObjects.Method(realm, process, "umask", 1, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? nt) =>
        {
            uint old = HostNative.Umask(0);
            uint next = a.Length > 0 && !a[0].IsUndefined ? (a[0].IsString ? Convert.ToUInt32(a[0].AsString(), 8) : (uint)Operations.ToNumber(a[0])) : old;
            HostNative.Umask(next);
            return JsValue.FromNumber(old);
        });
        HostObjects.Method(realm, process, "uptime", 0, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? nt) =>
            Stopwatch.GetElapsedTime(NodeHost.Of(r).StartTimestamp).TotalSeconds);
        var hrtime = HostObjects.Method(realm, process, "hrtime", 1, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? nt) =>
        {
            long ns = MonotonicNanoseconds();
            long sec = ns / 1_000_000_000, nsec = ns % 1_000_000_000;
            if (a.Length > 0 && !a[0].IsUndefined)
            {
                if (a[0].Ref is not JsArray prev) throw HostObjects.CodedError(r, ErrorKind.TypeError, "ERR_INVALID_ARG_TYPE", $"The \"time\" argument must be an instance of Array. Received {HostObjects.DescribeReceived(a[0])}");
                long ps = (long)Operations.ToNumber(prev.Get(PropertyKey.FromIndex(0)));
                long pn = (long)Operations.ToNumber(prev.Get(PropertyKey.FromIndex(1)));
                sec -= ps;
                nsec -= pn;
                if (nsec < 0) { sec--; nsec += 1_000_000_000; }
            }
            var result = r.CreateArray();
            result.CreateDataPropertyOrThrow(PropertyKey.FromIndex(0), JsValue.FromNumber(sec));
            result.CreateDataPropertyOrThrow(PropertyKey.FromIndex(1), JsValue.FromNumber(nsec));
            return JsValue.FromObject(result);
        });
        HostObjects.Method(realm, hrtime, "bigint", 0, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? nt) =>
            JsValue.FromBigInt(new BigInteger(MonotonicNanoseconds())));
        var memoryUsage = HostObjects.Method(realm, process, "memoryUsage", 0, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? nt) =>
        {
            var o = r.CreateObject();
            long heap = GC.GetTotalMemory(false);
            o.AddProperty("rss", JsValue.FromNumber(ResidentSetSize()), PropertyFlags.Default);
            o.AddProperty("heapTotal", JsValue.FromNumber(GC.GetGCMemoryInfo().HeapSizeBytes), PropertyFlags.Default);
            o.AddProperty("heapUsed", JsValue.FromNumber(heap), PropertyFlags.Default);
            o.AddProperty("external", JsValue.FromNumber(0), PropertyFlags.Default);
            o.AddProperty("arrayBuffers", JsValue.FromNumber(0), PropertyFlags.Default);
            return JsValue.FromObject(o);
        });
        HostObjects.Method(realm, memoryUsage, "rss", 0, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? nt) => ResidentSetSize());
        HostObjects.Method(realm, process, "nextTick", 1, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? nt) =>
        {
            var fn = HostObjects.Arg(a, 0);
            if (!fn.IsCallable) throw HostObjects.InvalidCallback(r, "callback", fn);
            NodeHost.Of(r).QueueTick(fn, a.Length > 1 ? a[1..].ToArray() : []);
            return JsValue.Undefined;
        });
        HostObjects.Method(realm, process, "emitWarning", 1, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? nt) =>
        {
            // emitWarning(warning, type?, code?) or emitWarning(warning, { type, code, detail }).
            var h = NodeHost.Of(r);
            var w = HostObjects.Arg(a, 0);
            string type = "Warning";
            string? code = null, detail = null;
            var second = HostObjects.Arg(a, 1);
            if (second.IsString) type = second.AsString();
            else if (second.IsObject)
            {
                var o = second.AsObject();
                if (o.Get("type").IsString) type = o.Get("type").AsString();
                if (o.Get("code").IsString) code = o.Get("code").AsString();
                if (o.Get("detail").IsString) detail = o.Get("detail").AsString();
            }
            if (a.Length > 2 && a[2].IsString) code = a[2].AsString();
            string message = w.Ref is JsError e ? Web.Inspector.ErrorHeader(e) : type + ": " + Operations.ToString(w);
            if (code != null) message = "[" + code + "] " + message;
            if (detail != null) message += "\n" + detail;
            EmitWarning(h, message);
            return JsValue.Undefined;
        });
        HostObjects.Method(realm, process, "kill", 2, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? nt) =>
        {
            int pid = (int)Operations.ToNumber(HostObjects.Arg(a, 0));
            var sig = HostObjects.Arg(a, 1);
            int number = sig.IsUndefined ? 15 : sig.IsNumber ? (int)sig.Number : ProcessSignals.NumberOf(Operations.ToString(sig));
            if (number < 0) throw HostObjects.CodedError(r, ErrorKind.TypeError, "ERR_UNKNOWN_SIGNAL", "Unknown signal: " + Operations.ToString(sig));
            if (Reactor.Linux.Signals.Kill(pid, number) < 0) throw HostObjects.CodedError(r, ErrorKind.Error, "ESRCH", "kill ESRCH");
            return true;
        });
        HostObjects.Method(realm, process, "getuid", 0, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? nt) => (double)HostNative.GetUid());
        HostObjects.Method(realm, process, "geteuid", 0, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? nt) => (double)HostNative.GetEuid());
        HostObjects.Method(realm, process, "getgid", 0, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? nt) => (double)HostNative.GetGid());
        HostObjects.Method(realm, process, "getegid", 0, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? nt) => (double)HostNative.GetEgid());

        process.AddProperty("stdout", JsValue.FromObject(StdioStreams.Create(host, host.Stdout)), PropertyFlags.Default);
        process.AddProperty("stderr", JsValue.FromObject(StdioStreams.Create(host, host.Stderr)), PropertyFlags.Default);
        process.AddProperty("stdin", JsValue.FromObject(StdioStreams.CreateStdin(host)), PropertyFlags.Default);
        ChildProcessModule.SetupChannel(host, process); // fork's IPC channel, when this process is a forked child
        return process;
    }

    /// <summary>"(aot:PID) Type: message" on stderr, as Node's default warning printer.</summary>
    public static void EmitWarning(NodeHost host, string message)
    {
        host.Stderr.Write("(aot:" + HostNative.GetPid() + ") " + message + "\n");
    }


    private static long MonotonicNanoseconds()
    {
        long ticks = Stopwatch.GetTimestamp();
        return (long)((double)ticks * 1_000_000_000 / Stopwatch.Frequency);
    }

    /// <summary>Resident set size in bytes from /proc/self/statm (second field, in pages).</summary>
    internal static double ResidentSetSize()
    {
        try
        {
            string statm = File.ReadAllText("/proc/self/statm");
            var parts = statm.Split(' ');
            return double.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture) * Environment.SystemPageSize;
        }
        catch (Exception e) when (e is IOException or FormatException or IndexOutOfRangeException or UnauthorizedAccessException)
        {
            return Environment.WorkingSet;
        }
    }

    private static string Arch() => RuntimeInformation.ProcessArchitecture switch
    {
        Architecture.X64 => "x64",
        Architecture.Arm64 => "arm64",
        Architecture.X86 => "ia32",
        Architecture.Arm => "arm",
        Architecture.RiscV64 => "riscv64",
        Architecture.LoongArch64 => "loong64",
        Architecture.S390x => "s390x",
        Architecture.Ppc64le => "ppc64",
        _ => RuntimeInformation.ProcessArchitecture.ToString().ToLowerInvariant(),
    };

    /// <summary>argv[0] as the user typed it (the first word of /proc/self/cmdline).</summary>
    private static string Argv0()
    {
        try
        {
            var bytes = File.ReadAllBytes("/proc/self/cmdline");
            int end = Array.IndexOf(bytes, (byte)0);
            return System.Text.Encoding.UTF8.GetString(bytes, 0, end < 0 ? bytes.Length : end);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return "aot";
        }
    }
}
