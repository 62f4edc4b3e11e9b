using System;
using System.Collections.Generic;
using Aot.Engine.Interpreting;
using Aot.Engine.Objects;
using Aot.Runtime.Loop;
using Aot.Runtime.Modules;
using Aot.Runtime.Node;
using Aot.Runtime.Web;

namespace Aot.Runtime.Running;

/// <summary>The program `aot` runs: its file (absolute path; null for -e and stdin), the name
/// errors and stacks show for it, its text and its goal.</summary>
public sealed record MainEntry(string? Path, string DisplayName, string Source, SourceGoal Goal)
{
    /// <summary>The entry already parsed (the CLI's syntax check), so that it is not parsed twice;
    /// null: the host parses it.</summary>
    public ParsedSource? Parsed { get; init; }
}

/// <summary>A parse tree of a main entry and its goal (module, or script / CommonJS body).</summary>
public sealed record ParsedSource(Engine.Parsing.Ast.Program Program, bool IsModule);

/// <summary>What the process was started with (process.argv, execArgv, execPath).</summary>
public sealed record NodeHostOptions(string ExecPath, string[] ScriptArgs, string[] ExecArgv, string Version = "0.1.0")
{
    /// <summary>`--max-instructions N`: the VM's instruction budget (the interrupt check stops the script).</summary>
    public long? MaxInstructions { get; init; }

    /// <summary>`--timeout MS`: wall-clock limit; a timer thread raises the VM's interrupt flag and wakes the loop.</summary>
    public int? TimeoutMs { get; init; }

    /// <summary>`--expose-gc`: a global `gc()` that runs a full collection (as node --expose-gc).</summary>
    public bool ExposeGc { get; init; }
}

/// <summary>
/// A Node-like runtime on the event loop (`aot FILE`, `aot -e`, `aot -`): owns the agent (Vm), the
/// realm with the host globals, the event loop (created when a timer or I/O first needs it, so a
/// script that never waits does not pay for it), the process object and the output streams.
///
/// <see cref="Run"/> evaluates the main entry, then runs the loop until nothing referenced is
/// pending, with a microtask checkpoint after every macrotask callback (process.nextTick queue
/// first, then promise jobs, repeated until both are empty; then unhandled rejections are
/// processed, as Node's processTicksAndRejections does). Then 'beforeExit' (which may schedule
/// more work), then 'exit'; the exit code is process.exitCode (or process.exit's argument).
/// </summary>
public sealed partial class NodeHost
{
    private EventLoop? loop;
    private JsObject? process;
    private readonly Dictionary<string, string> sources = new(StringComparer.Ordinal);

    public Vm Vm { get; }
    public Realm Realm { get; }
    public OutputStream Stdout { get; }
    public OutputStream Stderr { get; }
    public NodeHostOptions Options { get; }

    /// <summary>The main entry being run (process.argv[1] is its path).</summary>
    public MainEntry? Main { get; private set; }

    /// <summary>Monotonic start time (performance.timeOrigin, process.uptime).</summary>
    public long StartTimestamp { get; } = System.Diagnostics.Stopwatch.GetTimestamp();
    public double TimeOriginMs { get; } = (DateTime.UtcNow - DateTime.UnixEpoch).TotalMilliseconds;

    public NodeHost(NodeHostOptions options)
    {
        Options = options;
        Stdout = new OutputStream(1);
        Stderr = new OutputStream(2);
        Stdout.Partner = Stderr;
        Stderr.Partner = Stdout;
        // A terminal shows each line as it is printed (Node writes TTYs synchronously); pipes and
        // files are buffered until the end of the macrotask, a full buffer, or exit.
        Stdout.Unbuffered = Stdout.IsTty;
        Stderr.Unbuffered = Stderr.IsTty;
        Vm = new Vm
        {
            // JS runs on the process's main thread (8 MB stack, not the 1.5 MB the engine's defaults
            // assume): nested require() chains of npm packages need more native re-entry than the
            // defaults allow (two entries per require level). TryEnsureSufficientExecutionStack still
            // guards the real limit.
            MaxNativeDepth = 2000,
            MaxNativeStackBytes = 6L * 1024 * 1024,
        };
        Realm = Vm.CreateRealm();
        Realm.HostDefined = this;
        // Date reads the zone only when a script first needs it: startup never touches /etc/localtime.
        Realm.LocalTimeZoneProvider = static () => Platform.SystemTimeZone.Local;
        Realm.NamedTimeZones = Platform.SystemTimeZone.Database;
        Vm.PromiseRejectionTracker = TrackRejection;
        HostGlobals.Install(this);
        NodeGlobals.Install(Realm);
    }

    private System.Threading.Thread? timeoutThread;
    private readonly System.Threading.ManualResetEvent finished = new(false);
    private volatile bool timedOut;

    /// <summary>--max-instructions and --timeout, both enforced by the VM's interrupt check (at
    /// backward jumps and calls), so a runaway loop stops with a clear message and exit code 124.</summary>
    private void StartLimits()
    {
        if (Options.MaxInstructions is long budget) Vm.InstructionBudget = budget;
        if (Options.TimeoutMs is int ms)
        {
            // One waiting thread of our own (no .NET thread pool): it sleeps on an event that Run's
            // end sets, so a program that finishes in time releases it at once.
            timeoutThread = new System.Threading.Thread(() =>
            {
                if (finished.WaitOne(ms)) return;
                timedOut = true;
                Vm.InterruptRequested = true;
                // A program waiting in the loop (a far timer, I/O) runs no JS to see the flag: wake it.
                if (loop != null) unsafe { loop.Post(&StopAfterTimeout, null); }
            }) { IsBackground = true, Name = "aot timeout" };
            timeoutThread.Start();
        }
    }

    private static void StopAfterTimeout(object? state, int result) =>
        throw new ScriptTerminatedException("Script timed out");

    /// <summary>The host of a realm created by <see cref="NodeHost"/> (the contract for builtin modules).</summary>
    public static NodeHost Of(Realm realm) =>
        realm.HostDefined as NodeHost ?? throw new InvalidOperationException("this realm has no Node host");

    /// <summary>The event loop, created on first use with the microtask checkpoint installed.</summary>
    public EventLoop Loop
    {
        get
        {
            if (loop != null) return loop;
            loop = new EventLoop();
            loop.MicrotaskCheckpoint = Checkpoint;
            if (timedOut) unsafe { loop.Post(&StopAfterTimeout, null); } // the timeout fired before the loop existed
            return loop;
        }
    }

    /// <summary>True once something created the event loop.</summary>
    public bool HasLoop => loop != null;

    /// <summary>The `process` object, created on first use.</summary>
    public JsObject Process => process ??= ProcessModule.CreateProcessObject(this);

    internal bool HasProcessObject => process != null;

    /// <summary>Source texts by source name, so an uncaught error can show its line (Node's arrow).</summary>
    public void RegisterSource(string sourceName, string text) => sources[sourceName] = text;

    internal bool TryGetSource(string sourceName, out string text)
    {
        if (sources.TryGetValue(sourceName, out text!)) return true;
        // Modules the loader read: an error report re-reads the file (only when printing an error).
        if (System.IO.Path.IsPathRooted(sourceName) && System.IO.File.Exists(sourceName))
        {
            try { text = System.IO.File.ReadAllText(sourceName); sources[sourceName] = text; return true; }
            catch (System.IO.IOException) { }
            catch (UnauthorizedAccessException) { }
        }
        text = "";
        return false;
    }

    /// <summary>Runs the program to completion and returns the process exit code.</summary>
    public int Run(MainEntry entry)
    {
        Main = entry;
        RegisterSource(entry.DisplayName, entry.Source);
        StartLimits();
        try
        {
            try
            {
                EvaluateMain(entry);
            }
            catch (JsException e)
            {
                HandleUncaught(e.GetValue(Realm), fromPromise: false);
            }
            Checkpoint();
            RunLoop();
            return Exit(MainCompletionExitCode() ?? CurrentExitCode());
        }
        catch (ProcessExitException e)
        {
            return e.Code;
        }
        catch (ScriptTerminatedException e)
        {
            Stdout.Flush();
            Stderr.Write("aot: " + (timedOut ? $"script timed out after {Options.TimeoutMs} ms" : e.Message) + "\n");
            return 124;
        }
        finally
        {
            if (timeoutThread != null) finished.Set();
            Stdout.Flush();
            Stderr.Flush();
        }
    }

    /// <summary>
    /// Evaluates the main entry: a file through the module loader (ES module or CommonJS, as Node
    /// decides), `--input-type=module` source as a module without a file, other -e / stdin source
    /// and any entry with the Script goal as a classic script (CommonJS goal allows a top-level `return`). A module's evaluation is a
    /// promise (top-level await): its rejection is an uncaught exception, as in Node.
    /// </summary>
    private void EvaluateMain(MainEntry entry)
    {
        // A Script goal always runs as a classic script (embedders, tests); the CLI gives files the
        // CommonJS or Module goal so that they go through the loader.
        if ((entry.Path == null || entry.Goal == SourceGoal.Script) && entry.Goal != SourceGoal.Module)
        {
            var code = entry.Parsed is { IsModule: false } parsed
                ? Engine.Compiling.Compiler.CompileScript(parsed.Program, entry.DisplayName)
                : Vm.Compile(entry.Source, entry.DisplayName, allowReturn: entry.Goal == SourceGoal.CommonJs);
            if (entry.Path == null && entry.Goal == SourceGoal.CommonJs)
                (ModuleLoader.Of(Realm) ?? new ModuleLoader(Realm)).DefineEvalGlobals(entry.DisplayName);
            Vm.RunScript(Realm, code);
            return;
        }
        var loader = ModuleLoader.Of(Realm) ?? new ModuleLoader(Realm);
        // A rejection of this promise is reported as an uncaught exception (ProcessRejections).
        mainCompletion = entry.Path != null
            ? loader.RunMain(entry.Path, entry.Parsed, entry.Source)
            : loader.RunModuleSource(entry.Source, entry.DisplayName, entry.Parsed is { IsModule: true } module ? module.Program : null);
        // CommonJS entries and load errors come back already rejected and marked handled (never
        // tracked as rejections): they are uncaught exceptions thrown by the entry.
        if (mainCompletion.State == Engine.Builtins.PromiseState.Rejected && mainCompletion.IsHandled)
        {
            var reason = mainCompletion.Result;
            mainCompletion = null;
            throw new JsException(reason);
        }
    }

    private Engine.Builtins.JsPromise? mainCompletion;

    /// <summary>Exit code 13 when the entry's top-level await never settled and nothing is left to run (Node).</summary>
    private int? MainCompletionExitCode()
    {
        return mainCompletion?.State == Engine.Builtins.PromiseState.Pending ? 13 : null;
    }

    /// <summary>Node's loop: run until empty, emit 'beforeExit'; if that scheduled work, go on.</summary>
    private void RunLoop()
    {
        while (true)
        {
            loop?.Run();
            if (process == null || !ProcessEvents.HasListeners(process, "beforeExit")) return;
            EmitProcessEvent("beforeExit", JsValue.FromNumber(CurrentExitCode()));
            Checkpoint();
            if (loop == null || !loop.IsAlive) return;
        }
    }

    /// <summary>process.exitCode as an integer (0 when unset or not a number).</summary>
    internal int CurrentExitCode()
    {
        if (process == null) return pendingExitCode;
        var value = process.Get("exitCode");
        if (value.IsUndefined || value.IsNull) return pendingExitCode;
        double d = Operations.ToNumber(value);
        return double.IsFinite(d) ? (int)d : pendingExitCode;
    }

    private int pendingExitCode;
    private bool exiting;

    /// <summary>Emits 'exit' once, flushes and returns the final code (exit listeners may change process.exitCode).</summary>
    internal int Exit(int code)
    {
        if (!exiting)
        {
            exiting = true;
            pendingExitCode = code;
            if (process != null)
            {
                process.Set("exitCode", JsValue.FromNumber(code), JsValue.FromObject(process));
                try
                {
                    EmitProcessEvent("exit", JsValue.FromNumber(code));
                }
                catch (JsException e)
                {
                    // Node: a throw in an 'exit' listener is reported and the process exits with 1.
                    PrintUncaught(e.GetValue(Realm), fromPromise: false);
                    code = 1;
                    process.Set("exitCode", JsValue.FromNumber(code), JsValue.FromObject(process));
                }
                code = CurrentExitCode();
            }
        }
        Stdout.Flush();
        Stderr.Flush();
        return code;
    }

    /// <summary>process.exit(code): 'exit' listeners run, then the program stops wherever it is.</summary>
    internal void ExitNow(int code)
    {
        if (exiting) throw new ProcessExitException(code);
        throw new ProcessExitException(Exit(code));
    }

    private void EmitProcessEvent(string name, JsValue argument)
    {
        if (process != null) ProcessEvents.Emit(process, name, new[] { argument });
    }
}

/// <summary>Unwinds everything after process.exit() (not catchable by JS: it is not a JsException).</summary>
public sealed class ProcessExitException(int code) : Exception("process.exit(" + code + ")")
{
    public int Code { get; } = code;
}
