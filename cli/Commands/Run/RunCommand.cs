using System.CommandLine;
using Aot.Cli.CommandLine;
using Aot.Runtime.Modules;

namespace Aot.Cli.Commands.Run;

/// <summary>
/// Runs a script. The interpreter does not exist yet: the script is parsed (so syntax errors are
/// reported exactly as they will be) and then the command says plainly that it cannot execute it.
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

    private static int Execute(ScriptSource source, string[] scriptArgs)
    {
        _ = scriptArgs; // handed to process.argv once the interpreter exists
        if (!SyntaxCheck.Parse(source)) return 1;
        Diagnostics.Fail($"cannot run {source.DisplayName}: this build of aot parses JavaScript but cannot execute it yet (no interpreter). Its syntax is valid.");
        return 1;
    }
}
