using Aot.Engine.Parsing;
using Aot.Runtime.Diagnostics;
using Aot.Runtime.Modules;

namespace Aot.Cli.Commands;

/// <summary>Parses a script with the goal it was given; reports a SyntaxError with file:line:col, the line and a caret.</summary>
public static class SyntaxCheck
{
    public static bool Parse(ScriptSource script, bool quiet = false) => TryParse(script, quiet, out _);

    /// <summary>Parses and keeps the tree, so that running the script does not parse it again.</summary>
    public static bool TryParse(ScriptSource script, bool quiet, out Engine.Parsing.Ast.Program? program)
    {
        try
        {
            program = script.Goal == SourceGoal.Module
                ? Parser.ParseModule(script.Text)
                : Parser.ParseScript(script.Text, script.Goal == SourceGoal.CommonJs ? CommonJsOptions : null);
            return true;
        }
        catch (SyntaxError error)
        {
            if (!quiet) CommandLine.Diagnostics.Error.Write(SyntaxErrorPrinter.Format(script.DisplayName, script.Text, error));
            program = null;
            return false;
        }
    }

    private static readonly ParseOptions CommonJsOptions = new() { AllowReturnOutsideFunction = true };
}
