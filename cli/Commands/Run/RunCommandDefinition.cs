using System.CommandLine;
using Aot.Cli.CommandLine;

namespace Aot.Cli.Commands.Run;

/// <summary>`aot run FILE [ARGS...]`, the explicit form of `aot FILE [ARGS...]`.</summary>
public static class RunCommandDefinition
{
    public static readonly Argument<string> File = new("FILE")
    {
        Description = "Script to run ('-' reads it from standard input); arguments after it are passed to the script",
    };

    public static Command Create(string[] scriptArgs)
    {
        var command = new Command("run", "Run a script file (also: aot FILE [ARGS...])") { File, RootOptions.InputType, RootOptions.MaxInstructions, RootOptions.Timeout, RootOptions.ExposeGc };
        command.SetAction(parseResult => RunCommand.RunFile(parseResult.GetValue(File)!, parseResult, scriptArgs));
        return command;
    }
}
