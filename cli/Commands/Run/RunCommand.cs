using System;
using System.CommandLine;
using System.IO;
using Aot.Cli.CommandLine;
using Aot.Runtime.Modules;
using Aot.Runtime.Running;

namespace Aot.Cli.Commands.Run;

/// <summary>
/// Runs a script: parse (syntax errors are reported with file:line:col and a caret), then execute
/// with the interpreter and drain the job queue. Script and CommonJS goals run as scripts (CommonJS
/// allows a top-level return); ES modules are not supported yet. Standard output is buffered and
/// flushed before exit.
/// </summary>
public static class RunCommand
{
    public static int RunFile(string file, ParseResult parseResult, string[] scriptArgs)
    {
        var source = ScriptSource.Load(file, null, StdinGoal(parseResult));
        return source == null ? 1 : Execute(source, scriptArgs);
    }

    public static int RunEval(string code, ParseResult parseResult, string[] scriptArgs)
        => Execute(new ScriptSource("[eval]", code, StdinGoal(parseResult)), scriptArgs);

    private static SourceGoal StdinGoal(ParseResult parseResult)
        => parseResult.GetValue(RootOptions.InputType) == "module" ? SourceGoal.Module : SourceGoal.CommonJs;

    /// <summary>The runtime's own arguments (process.execArgv), set by Program before parsing.</summary>
    public static string[] RuntimeArgs { get; set; } = [];

    private static int Execute(ScriptSource source, string[] scriptArgs)
    {
        if (!SyntaxCheck.Parse(source)) return 1;
        if (source.Goal == SourceGoal.Module)
        {
            Diagnostics.Fail($"cannot run {source.DisplayName}: ES modules are not supported yet (its syntax is valid)");
            return 1;
        }
        Diagnostics.Error.Flush();
        // Node names a file by its absolute path in stacks and error reports; -e is "[eval]", stdin "[stdin]".
        bool isFile = source.DisplayName is not ("[eval]" or "[stdin]");
        string? path = isFile ? Path.GetFullPath(source.DisplayName) : null;
        var entry = new MainEntry(path, path ?? source.DisplayName, source.Text, source.Goal);
        var host = new NodeHost(new NodeHostOptions(Environment.ProcessPath ?? "aot", scriptArgs, ExecArgv(isFile), Version()));
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
