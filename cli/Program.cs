using System;
using System.CommandLine;
using Aot.Cli.CommandLine;
using Aot.Cli.Commands.Check;
using Aot.Cli.Commands.Run;

namespace Aot.Cli;

public static class Program
{
    public static int Main(string[] args)
    {
        try
        {
            return Invoke(args);
        }
        catch (Exception e)
        {
            // A bug in aot itself, never a JS-level fault: say so without a .NET stack trace.
            Diagnostics.Fail($"internal error: {e.GetType().Name}: {e.Message}");
            return 70;
        }
        finally
        {
            if (usedCommandLine) Console.Out.Flush(); // help and version text (Console.Out is created on first use)
            Diagnostics.Flush();
        }
    }

    private static bool usedCommandLine;

    private static int Invoke(string[] args)
    {
        var (runtimeArgs, scriptArgs) = ArgumentSplitter.SplitScriptArguments(args);
        RunCommand.RuntimeArgs = runtimeArgs;
        // The common forms, `aot FILE [ARGS...]` and `aot -e CODE [ARGS...]` with no other runtime
        // option, need no command tree: building System.CommandLine's (its help option loads a
        // resource manager through reflection) was a tenth of `aot hello.js`'s run time.
        if (runtimeArgs is ["run", var file] && !file.StartsWith('-'))
            return RunCommand.RunFile(file, RunSettings.Default, scriptArgs);
        if (runtimeArgs is ["-e" or "--eval", var code])
            return RunCommand.RunEval(code, RunSettings.Default, scriptArgs);

        usedCommandLine = true;
        var root = new RootCommand(
            "aot: a JavaScript runtime that starts in milliseconds and ships as one file.\n\n" +
            "  aot FILE [ARGS...]     run a script (same as 'aot run'); ARGS are passed to the script untouched\n" +
            "  aot -e CODE [ARGS...]  evaluate CODE\n" +
            "  aot -                  read the script from standard input")
        {
            RootOptions.Eval, RootOptions.InputType, RootOptions.MaxInstructions, RootOptions.Timeout, RootOptions.ExposeGc,
        };
        root.Subcommands.Add(RunCommandDefinition.Create(scriptArgs));
        root.Subcommands.Add(CheckCommandDefinition.Create());
        root.SetAction(parseResult =>
        {
            string? code = parseResult.GetValue(RootOptions.Eval);
            if (code != null) return RunCommand.RunEval(code, parseResult, scriptArgs);
            // `aot FILE` arrives here as `aot run FILE` (see ArgumentSplitter); with no file at all,
            // piped input is the script, as with node: `echo 'code' | aot`.
            if (Console.IsInputRedirected) return RunCommand.RunFile("-", parseResult, scriptArgs);
            Diagnostics.Fail("no script given (the REPL is not available yet). Try 'aot --help'.");
            return 9;
        });

        var configuration = new ParserConfiguration { ResponseFileTokenReplacer = null };
        var invocation = new InvocationConfiguration { Error = Diagnostics.Error, EnableDefaultExceptionHandler = false };
        return root.Parse(runtimeArgs, configuration).Invoke(invocation);
    }
}
