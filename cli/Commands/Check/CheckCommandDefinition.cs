using System.CommandLine;

namespace Aot.Cli.Commands.Check;

/// <summary>`aot check FILE...`: syntax check without running, like `node --check`.</summary>
public static class CheckCommandDefinition
{
    public static readonly Argument<string[]> Files = new("FILE")
    {
        Description = "Files to check ('-' reads standard input)",
        Arity = ArgumentArity.OneOrMore,
    };

    public static readonly Option<bool> Module = new("--module")
    {
        Description = "Parse every file as an ES module (default: .mjs and package.json \"type\": \"module\" are modules, .cjs is CommonJS, other files are scripts)",
    };

    public static readonly Option<bool> Script = new("--script")
    {
        Description = "Parse every file as a classic script",
    };

    public static Command Create()
    {
        var command = new Command("check", "Check the syntax of files without running them; prints file:line:col for each error, exits 1 if any file is invalid")
        {
            Files, Module, Script,
        };
        command.SetAction(CheckCommand.Run);
        return command;
    }
}
