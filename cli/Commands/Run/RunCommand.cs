using System;
using System.CommandLine;
using System.IO;
using System.Text;
using Aot.Cli.CommandLine;
using Aot.Runtime.Modules;
using Aot.Runtime.Running;

namespace Aot.Cli.Commands.Run;

/// <summary>
/// Runs a script: parse (syntax errors are reported with file:line:col and a caret), then execute
/// with the interpreter and drain the job queue. A file runs through the module loader (ES module
/// or CommonJS, ScriptRunner.RunMain); stdin and --eval run as scripts, or as a module with
/// --input-type=module. Standard output is buffered and flushed before exit.
/// </summary>
public static class RunCommand
{
    public static int RunFile(string file, ParseResult parseResult, string[] scriptArgs)
    {
        var source = ScriptSource.Load(file, null, StdinGoal(parseResult));
        if (source == null) return 1;
        if (file == "-") return Execute(source, scriptArgs);
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
        var output = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 64 * 1024) { AutoFlush = false };
        try
        {
            return new ScriptRunner(output, Diagnostics.Error, scriptArgs).RunMain(file);
        }
        finally
        {
            output.Flush();
        }
    }

    public static int RunEval(string code, ParseResult parseResult, string[] scriptArgs)
        => Execute(new ScriptSource("[eval]", code, StdinGoal(parseResult)), scriptArgs);

    private static SourceGoal StdinGoal(ParseResult parseResult)
        => parseResult.GetValue(RootOptions.InputType) == "module" ? SourceGoal.Module : SourceGoal.CommonJs;

    private static int Execute(ScriptSource source, string[] scriptArgs)
    {
        if (!SyntaxCheck.Parse(source)) return 1;
        var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 64 * 1024) { AutoFlush = false };
        try
        {
            var runner = new ScriptRunner(stdout, Diagnostics.Error, scriptArgs);
            return source.Goal == SourceGoal.Module
                ? runner.RunModuleSource(source.Text, source.DisplayName)
                : runner.Run(source.Text, source.DisplayName, allowReturn: source.Goal == SourceGoal.CommonJs);
        }
        finally
        {
            stdout.Flush();
        }
    }
}
