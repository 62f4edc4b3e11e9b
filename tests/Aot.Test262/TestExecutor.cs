using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading;
using Aot.Engine.Compiling;
using Aot.Engine.Interpreting;
using Aot.Engine.Objects;
using Aot.Engine.Parsing;

using Aot.Conformance.Shared;

namespace Aot.Test262;

/// <summary>The outcome of one test file: it passes only if every mode it runs in passes.</summary>
public readonly record struct TestOutcome(bool Passed, string Reason)
{
    public static readonly TestOutcome Pass = new(true, "");
    public static TestOutcome Fail(string reason) => new(false, reason);
}

/// <summary>
/// Runs test files in the current thread as test262's INTERPRETING.md says: a fresh agent (Vm) and
/// realm per run, the harness (assert.js, sta.js, doneprintHandle.js for async tests, then the
/// `includes`) evaluated first unless the test is `raw`, strict and sloppy runs as the flags ask,
/// negative tests checked for phase and error type, async tests judged by what they `print`.
/// The harness files are compiled once per executor and their code reused by every realm.
/// Not thread-safe: the engine's shared shape tree is not, so one executor per process.
/// </summary>
public sealed partial class TestExecutor(string testDir, string harnessDir)
{
    private readonly Dictionary<string, (FunctionCode? Code, string? Error)> harness = new(StringComparer.Ordinal);

    // Read by the watchdog thread.
    private volatile Vm? currentVm;
    private long deadlineTicks = long.MaxValue;
    private volatile bool timedOut;

    /// <summary>Called periodically by a watchdog thread: interrupts the running script once the
    /// test is past its deadline (the engine checks the flag at back-edges and calls).</summary>
    public void Watchdog()
    {
        if (Environment.TickCount64 < Interlocked.Read(ref deadlineTicks))
            return;
        timedOut = true;
        if (currentVm is { } vm)
            vm.InterruptRequested = true;
    }

    public TestOutcome Run(string relativePath, TimeSpan limit)
    {
        timedOut = false;
        Interlocked.Exchange(ref deadlineTicks, Environment.TickCount64 + (long)limit.TotalMilliseconds);
        try
        {
            return RunFile(relativePath, limit);
        }
        finally
        {
            Interlocked.Exchange(ref deadlineTicks, long.MaxValue);
            currentVm = null;
        }
    }

    private TestOutcome RunFile(string relativePath, TimeSpan limit)
    {
        string source = File.ReadAllText(Path.Combine(testDir, relativePath), Encoding.UTF8);
        var fm = Frontmatter.Parse(source);

        if (fm.IsModule)
            return RunModule(relativePath, source, fm, limit);

        bool[] modes = fm.IsRaw || fm.NoStrict ? [false] : fm.OnlyStrict ? [true] : [false, true];
        var failures = new List<string>(2);
        foreach (bool strict in modes)
        {
            if (timedOut)
                return TestOutcome.Fail($"timeout (over {limit.TotalSeconds:0.#} s)");
            string? failure = RunMode(relativePath, source, fm, strict, limit);
            if (failure != null)
                failures.Add(modes.Length > 1 ? (strict ? "[strict] " : "[sloppy] ") + failure : failure);
        }
        if (failures.Count == 0)
            return TestOutcome.Pass;
        // Both modes failing for the same reason: say it once.
        if (failures.Count == 2 && failures[0][9..] == failures[1][9..])
            return TestOutcome.Fail(failures[0][9..]);
        return TestOutcome.Fail(string.Join(" | ", failures));
    }

    /// <summary>One run (sloppy or strict). Returns null on success, else the reason it failed.</summary>
    private string? RunMode(string relativePath, string source, Frontmatter fm, bool strict, TimeSpan limit)
    {
        string? expectPhase = fm.NegativePhase;
        string? expectType = fm.NegativeType;
        string text = strict ? "\"use strict\";\n" + source : source;

        // Parse and compile: the "parse" phase.
        FunctionCode code;
        try
        {
            var program = Parser.ParseScript(text);
            code = Compiler.CompileScript(program, relativePath);
        }
        catch (Exception e)
        {
            return CompileFailure(e, expectPhase, expectType);
        }
        if (expectPhase == "parse")
            return $"expected parse-phase {expectType}, but the script parsed";
        if (expectPhase == "resolution")
            return $"expected resolution-phase {expectType} in a script";

        var vm = new Vm();
        currentVm = vm;
        if (timedOut)
            vm.InterruptRequested = true;
        Realm realm;
        Host262 host = new() { Modules = new ModuleHost262(testDir) };
        try
        {
            realm = vm.CreateRealm();
            host.Install(realm);
        }
        catch (Exception e)
        {
            return "realm creation: " + Crash(e);
        }

        // The harness.
        if (!fm.IsRaw)
        {
            foreach (string include in HarnessFiles(fm))
            {
                var (harnessCode, error) = Harness(include);
                if (harnessCode == null)
                    return $"harness {include}: {error}";
                string? failure = Execute(vm, realm, () => vm.RunScript(realm, harnessCode), null, limit, out _);
                if (failure != null)
                    return $"harness {include}: {failure}";
            }
        }

        // The test, then its jobs.
        string? result = Execute(vm, realm, () => { vm.RunScript(realm, code); vm.RunJobs(); }, expectPhase == "runtime" ? expectType : null, limit, out bool threw);
        if (result != null)
            return result;
        if (expectPhase == "runtime" && !threw)
            return $"expected runtime {expectType}, but nothing was thrown";

        return fm.IsAsync ? AsyncResult(host) : null;
    }

    /// <summary>An async test's verdict: what it printed through $DONE.</summary>
    private static string? AsyncResult(Host262 host)
    {
        {
            List<string> printed;
            lock (host.Printed)
                printed = new List<string>(host.Printed);
            foreach (string line in printed)
            {
                if (line.StartsWith("Test262:AsyncTestFailure:", StringComparison.Ordinal))
                    return "async failure: " + line["Test262:AsyncTestFailure:".Length..].Trim();
                if (line == "Test262:AsyncTestComplete")
                    return null;
            }
            return "async test did not call $DONE";
        }
    }

    /// <summary>Runs a piece of JS; returns null on success (or on the expected runtime error,
    /// setting <paramref name="threw"/>), else the reason.</summary>
    private string? Execute(Vm vm, Realm realm, Action action, string? expectType, TimeSpan limit, out bool threw)
    {
        threw = false;
        try
        {
            action();
            return null;
        }
        catch (JsException e)
        {
            JsValue value;
            try
            {
                value = e.GetValue(vm.CurrentRealm ?? realm);
            }
            catch (Exception inner)
            {
                return Crash(inner);
            }
            string name = ErrorName(value);
            if (expectType != null)
            {
                threw = true;
                return name == expectType ? null : $"expected runtime {expectType}, got {Describe(value, name)}";
            }
            return "uncaught " + Describe(value, name);
        }
        catch (ScriptTerminatedException e)
        {
            return timedOut ? $"timeout (over {limit.TotalSeconds:0.#} s)" : "terminated: " + e.Message;
        }
        catch (SyntaxError e)
        {
            // Should not escape the engine (evalScript converts it); report it like a crash.
            return "crash: parser SyntaxError escaped: " + e.Message;
        }
        catch (Exception e)
        {
            return Crash(e);
        }
    }

    private static IEnumerable<string> HarnessFiles(Frontmatter fm)
    {
        yield return "assert.js";
        yield return "sta.js";
        if (fm.IsAsync)
            yield return "doneprintHandle.js";
        foreach (string include in fm.Includes)
            yield return include;
    }

    private (FunctionCode? Code, string? Error) Harness(string name)
    {
        if (harness.TryGetValue(name, out var entry))
            return entry;
        try
        {
            string path = Path.Combine(harnessDir, name);
            if (!File.Exists(path))
                entry = (null, "no such harness file");
            else
                entry = (Vm.Compile(File.ReadAllText(path, Encoding.UTF8), "harness/" + name), null);
        }
        catch (SyntaxError e)
        {
            entry = (null, "parse error: " + e.Message);
        }
        catch (JsException e) when (!e.IsMaterialized)
        {
            entry = (null, IsUnsupported(e.Message, out string? what) ? "unsupported: " + what : $"compile error: {e.Kind}: {e.Message}");
        }
        catch (Exception e)
        {
            entry = (null, Crash(e));
        }
        harness[name] = entry;
        return entry;
    }

    [GeneratedRegex(@"^(.*) is not supported yet(?: \(\d+:\d+\))?$")]
    private static partial Regex UnsupportedPattern();

    private static bool IsUnsupported(string message, out string? what)
    {
        var m = UnsupportedPattern().Match(message);
        what = m.Success ? m.Groups[1].Value : null;
        return m.Success;
    }

    /// <summary>The thrown value's constructor name (how test262 names negative error types).</summary>
    private static string ErrorName(in JsValue value)
    {
        if (!value.IsObject)
            return "";
        try
        {
            var obj = value.AsObject();
            var ctor = obj.Get("constructor");
            if (ctor.IsObject)
            {
                var name = ctor.AsObject().Get("name");
                if (name.IsString)
                    return name.AsString();
            }
            var own = obj.Get("name");
            return own.IsString ? own.AsString() : "";
        }
        catch (Exception)
        {
            return "";
        }
    }

    private static string Describe(in JsValue value, string name)
    {
        if (!value.IsObject)
        {
            try
            {
                return (value.IsString ? "string " : "value ") + Operations.ToString(value);
            }
            catch (Exception)
            {
                return "a value";
            }
        }
        string message = "";
        try
        {
            var m = value.AsObject().Get("message");
            if (!m.IsUndefined)
                message = Operations.ToString(m);
        }
        catch (Exception)
        {
        }
        return (name.Length == 0 ? "object" : name) + (message.Length > 0 ? ": " + message : "");
    }

    /// <summary>A .NET exception escaping the engine: type, message and the innermost engine frame.</summary>
    public static string Crash(Exception e)
    {
        string where = "";
        foreach (string line in (e.StackTrace ?? "").Split('\n'))
        {
            string t = line.Trim();
            if (t.StartsWith("at Aot.Engine", StringComparison.Ordinal) || t.StartsWith("at Aot.Runtime", StringComparison.Ordinal))
            {
                int paren = t.IndexOf('(');
                where = " at " + (paren > 0 ? t[3..paren] : t[3..]);
                break;
            }
        }
        return $"crash: {e.GetType().FullName}: {e.Message}{where}";
    }

    /// <summary>A parse or compile failure judged against the test's expected parse-phase error; the
    /// compiler reports unsupported features (and some early errors) as a SyntaxError.</summary>
    private static string? CompileFailure(Exception e, string? expectPhase, string? expectType) => e switch
    {
        SyntaxError syntax => expectPhase == "parse"
            ? (expectType == "SyntaxError" ? null : $"expected parse-phase {expectType}, got SyntaxError: {syntax.Message}")
            : $"parse error: SyntaxError: {syntax.Message}",
        JsException js when !js.IsMaterialized => IsUnsupported(js.Message, out string? what)
            ? "unsupported: " + what
            : expectPhase == "parse"
                ? (expectType == js.Kind.ToString() ? null : $"expected parse-phase {expectType}, got {js.Kind}: {js.Message}")
                : $"compile error: {js.Kind}: {js.Message}",
        _ => Crash(e),
    };
}
