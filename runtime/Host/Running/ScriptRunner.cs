using System;
using System.IO;
using Aot.Engine.Interpreting;
using Aot.Engine.Objects;
using Aot.Engine.Parsing;
using Aot.Runtime.Web;

namespace Aot.Runtime.Running;

/// <summary>
/// Runs one script the way `aot FILE` does: a fresh agent and realm with `console`, the script, then
/// the job queue drained. An uncaught exception is printed as "Uncaught Name: message" with its stack
/// (exit code 1), a promise still rejected without a handler after the jobs as "Uncaught (in promise) …"; a runaway script stopped by the interrupt check exits with code 124.
/// </summary>
public sealed class ScriptRunner
{
    private readonly TextWriter stdout;
    private readonly TextWriter stderr;

    public Vm Vm { get; } = new();
    public Realm Realm { get; }

    public ScriptRunner(TextWriter stdout, TextWriter stderr, string[] argv)
    {
        this.stdout = stdout;
        this.stderr = stderr;
        // The CLI runs JS on the process's main thread (8 MB stack, not the 1.5 MB the engine's defaults
        // assume): nested require() chains of npm packages need more native re-entry than the defaults
        // allow (two entries per require level). TryEnsureSufficientExecutionStack still guards the real limit.
        Vm.MaxNativeDepth = 2000;
        Vm.MaxNativeStackBytes = 6L * 1024 * 1024;
        Realm = Vm.CreateRealm();
        // Date reads the zone only when a script first needs it: startup never touches /etc/localtime.
        Realm.LocalTimeZoneProvider = static () => Platform.SystemTimeZone.Local;
        Realm.GlobalObject.AddProperty("console", JsValue.FromObject(ConsoleObject.Create(Realm, stdout, stderr)), PropertyFlags.Hidden);
        _ = argv; // becomes process.argv with the Node host objects
    }

    /// <summary>Returns the process exit code. <paramref name="allowReturn"/>: CommonJS top-level return.</summary>
    public int Run(string source, string sourceName, bool allowReturn)
    {
        try
        {
            var code = Vm.Compile(source, sourceName, allowReturn);
            Vm.RunScript(Realm, code);
            Vm.RunJobs();
            // A promise rejected with no handler once the job queue drained (node exits the same way).
            if (Vm.TakeUnhandledRejection(out var reason))
            {
                stdout.Flush();
                stderr.Write(DescribeUncaught(reason, "Uncaught (in promise) "));
                stderr.Write('\n');
                return 1;
            }
            return 0;
        }
        catch (JsException e)
        {
            stdout.Flush();
            stderr.Write(DescribeUncaught(e.GetValue(Vm.CurrentRealm ?? Realm)));
            stderr.Write('\n');
            return 1;
        }
        catch (ScriptTerminatedException e)
        {
            stdout.Flush();
            stderr.Write("aot: " + e.Message + "\n");
            return 124;
        }
    }

    /// <summary>
    /// Runs the program's entry FILE through the module loader (ES module or CommonJS, as Node decides),
    /// then drains the jobs. Top-level await keeps running jobs until the entry's promise settles; one
    /// still pending when nothing is left to run is Node's "unsettled top-level await" (exit code 13).
    /// </summary>
    public int RunMain(string path) => RunEntry(loader => loader.RunMain(path));

    /// <summary>Runs module source without a file (`--input-type=module` with -e or stdin) like <see cref="RunMain"/>.</summary>
    public int RunModuleSource(string source, string name) => RunEntry(loader => loader.RunModuleSource(source, name));

    private int RunEntry(Func<Modules.ModuleLoader, Aot.Engine.Builtins.JsPromise> start)
    {
        try
        {
            var loader = new Modules.ModuleLoader(Realm);
            var completion = start(loader);
            Vm.RunJobs();
            if (completion.State == Aot.Engine.Builtins.PromiseState.Rejected)
            {
                stdout.Flush();
                stderr.Write(DescribeUncaught(completion.Result));
                stderr.Write('\n');
                return 1;
            }
            if (Vm.TakeUnhandledRejection(out var reason))
            {
                stdout.Flush();
                stderr.Write(DescribeUncaught(reason, "Uncaught (in promise) "));
                stderr.Write('\n');
                return 1;
            }
            if (completion.State == Aot.Engine.Builtins.PromiseState.Pending)
            {
                // Node 20 exits with 13 silently (Node 22 also prints a warning naming the await).
                stdout.Flush();
                return 13;
            }
            return 0;
        }
        catch (JsException e)
        {
            stdout.Flush();
            stderr.Write(DescribeUncaught(e.GetValue(Vm.CurrentRealm ?? Realm)));
            stderr.Write('\n');
            return 1;
        }
        catch (ScriptTerminatedException e)
        {
            stdout.Flush();
            stderr.Write("aot: " + e.Message + "\n");
            return 124;
        }
    }

    /// <summary>"Uncaught " + the error's stack (or its inspection for non-errors).</summary>
    public static string DescribeUncaught(in JsValue value, string prefix = "Uncaught ")
    {
        if (value.Ref is JsError error && error.TryGetOwnFast("stack", out var stack, out var flags) && (flags & PropertyFlags.Accessor) == 0 && stack.IsString)
            return prefix + stack.AsString();
        return prefix + Inspector.Inspect(value);
    }

    /// <summary>A parser SyntaxError never reaches here (the CLI reports those with a caret).</summary>
    public static bool IsSyntaxError(Exception e) => e is SyntaxError;
}
