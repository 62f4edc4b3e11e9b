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
        => RunFile(file, RunSettings.From(parseResult), scriptArgs);

    public static int RunFile(string file, RunSettings settings, string[] scriptArgs)
    {
        var source = ScriptSource.Load(file, null, settings.StdinGoal);
        if (source == null) return 1;
        if (file == "-") return Execute(source, settings, scriptArgs);
        if (source.Goal == SourceGoal.Script) source = source with { Goal = SourceGoal.CommonJs };
        // A file runs through the module loader (ESM or CommonJS as Node decides); its own syntax
        // errors are still reported with a caret first. A .js file with no package "type" that only
        // parses as a module is one (Node's module-syntax detection). The tree parsed here is the one
        // the loader compiles: the file is parsed once.
        bool isModule = source.Goal == SourceGoal.Module;
        if (!SyntaxCheck.TryParse(source, quiet: !isModule, out var program))
        {
            if (isModule || !SyntaxCheck.TryParse(source with { Goal = SourceGoal.Module }, quiet: true, out program))
            {
                SyntaxCheck.Parse(source);
                return 1;
            }
            isModule = true;
        }
        return Run(source, Path.GetFullPath(file), new ParsedSource(program!, isModule), settings, scriptArgs);
    }

    public static int RunEval(string code, ParseResult parseResult, string[] scriptArgs)
        => RunEval(code, RunSettings.From(parseResult), scriptArgs);

    public static int RunEval(string code, RunSettings settings, string[] scriptArgs)
        => Execute(new ScriptSource("[eval]", code, settings.StdinGoal), settings, scriptArgs);

    /// <summary>The runtime's own arguments (process.execArgv), set by Program before parsing.</summary>
    public static string[] RuntimeArgs { get; set; } = [];

    private static int Execute(ScriptSource source, RunSettings settings, string[] scriptArgs)
    {
        if (!SyntaxCheck.TryParse(source, quiet: false, out var program)) return 1;
        return Run(source, null, new ParsedSource(program!, source.Goal == SourceGoal.Module), settings, scriptArgs);
    }

    /// <summary>Runs on a <see cref="NodeHost"/>: a file (<paramref name="path"/>) through the module
    /// loader; -e and stdin ("[eval]", "[stdin]") as a script, or as a module with --input-type=module.</summary>
    private static int Run(ScriptSource source, string? path, ParsedSource parsed, RunSettings settings, string[] scriptArgs)
    {
        Diagnostics.Flush();
        // Node names a file by its absolute path in stacks and error reports.
        var entry = new MainEntry(path, path ?? source.DisplayName, source.Text, source.Goal) { Parsed = parsed };
        var options = new NodeHostOptions(Environment.ProcessPath ?? "aot", scriptArgs, ExecArgv(path != null), Version)
        {
            MaxInstructions = settings.MaxInstructions,
            TimeoutMs = settings.TimeoutMs,
            ExposeGc = settings.ExposeGc,
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

    /// <summary>process.version's number: the project's version (cli/Aot.Cli.csproj), written here
    /// because reading it from assembly metadata costs a reflection lookup at every start.</summary>
    internal const string Version = "0.1.0";
}
