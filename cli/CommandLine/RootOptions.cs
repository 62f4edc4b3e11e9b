using System.CommandLine;

namespace Aot.Cli.CommandLine;

/// <summary>Options of the root command (`aot [options] FILE [ARGS...]`) and of `aot run`.</summary>
public static class RootOptions
{
    public static readonly Option<string?> Eval = new("--eval", "-e")
    {
        Description = "Evaluate CODE as a script (arguments after it belong to the script)",
        HelpName = "CODE",
    };

    public static readonly Option<string?> InputType = new("--input-type")
    {
        Description = "How to treat code from -e or standard input: 'commonjs' (default) or 'module'",
        HelpName = "commonjs|module",
    };

    /// <summary>Options followed by a separate value word; the splitter must not take the value for the script.</summary>
    public static bool TakesValue(string arg) => arg is "-e" or "--eval" or "--input-type";

    static RootOptions()
    {
        InputType.AcceptOnlyFromAmong("commonjs", "module");
    }
}
