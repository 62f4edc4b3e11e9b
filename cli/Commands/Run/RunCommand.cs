using System;
using System.CommandLine;
using System.IO;
using Aot.Cli.CommandLine;
using Aot.Runtime.Modules;
using Aot.Runtime.Running;

namespace Aot.Cli.Commands.Run;

/// <summary>
/// Runs a program: parse (syntax errors are reported with file:line:col and a caret), then run it
/// on a <see cref="NodeHost"/> (the event loop until nothing is pending). A file goes through the
/// module loader (ES module or CommonJS, as Node decides); -e and stdin run as a script, or as a
/// module with --input-type=module.
/// </summary>
public static class RunCommand
{
    public static int RunFile(string file, ParseResult parseResult, string[] scriptArgs)
    {
        var source = ScriptSource.Load(file, null, StdinGoal(parseResult));
        if (source == null) return 1;
        if (file == "-") return Execute(source, parseResult, scriptArgs);
        if (source.Goal == SourceGoal.Script) source = source with { Goal = SourceGoal.CommonJs };
        // A file runs through the module loader (ESM or CommonJS as Node decides); its own syntax
        // errors are still reported with a caret first. A .js file with no package "type" that only
        // parses as a module is one (Node's module-syntax detection).
        if (!SyntaxCheck.Parse(source, quiet: source.Goal != SourceGoal.Module) &&
            (source.Goal == SourceGoal.Module || !SyntaxCheck.Parse(source with { Goal = SourceGoal.Module }, quiet: true)))
        {
            SyntaxCheck.Parse(source);
            return 1;
        }
        return Run(source, Path.GetFullPath(file), parseResult, scriptArgs);
    }

    public static int RunEval(string code, ParseResult parseResult, string[] scriptArgs)
        => Execute(new ScriptSource("[eval]", code, StdinGoal(parseResult)), parseResult, scriptArgs);

    private static SourceGoal StdinGoal(ParseResult parseResult)
        => parseResult.GetValue(RootOptions.InputType) == "module" ? SourceGoal.Module : SourceGoal.CommonJs;

    /// <summary>The runtime's own arguments (process.execArgv), set by Program before parsing.</summary>
    public static string[] RuntimeArgs { get; set; } = [];

    private static int Execute(ScriptSource source, ParseResult parseResult, string[] scriptArgs)
    {
        if (!SyntaxCheck.Parse(source)) return 1;
        return Run(source, null, parseResult, scriptArgs);
    }

    /// <summary>Runs on a <see cref="NodeHost"/>: a file (<paramref name="path"/>) through the module
    /// loader; -e and stdin ("[eval]", "[stdin]") as a script, or as a module with --input-type=module.</summary>
    private static int Run(ScriptSource source, string? path, ParseResult parseResult, string[] scriptArgs)
    {
        Diagnostics.Error.Flush();
        // Node names a file by its absolute path in stacks and error reports.
        var entry = new MainEntry(path, path ?? source.DisplayName, source.Text, source.Goal);
        var options = new NodeHostOptions(Environment.ProcessPath ?? "aot", scriptArgs, ExecArgv(path != null), Version())
        {
            MaxInstructions = parseResult.GetValue(RootOptions.MaxInstructions),
            TimeoutMs = parseResult.GetValue(RootOptions.Timeout),
        };
        var host = new NodeHost(options);
        return host.Run(entry);
    }

    /// <summary>process.execArgv: the runtime's options, without the `run` verb and the file.</summary>
    private static string[] ExecArgv(bool isFile)
    {
        var list = new System.Collections.Generic.List<string>(RuntimeArgs);
        if (isFile && list.Count > 0) list.RemoveAt(list.Count - 1);
        list.Remove("run");
        return list.ToArray();
    }

    private static string Version()
    {
        var v = typeof(RunCommand).Assembly.GetName().Version;
        return v == null ? "0.1.0" : v.Major + "." + v.Minor + "." + v.Build;
    }
}
