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

    public static readonly Option<long?> MaxInstructions = new("--max-instructions")
    {
        Description = "Stop the script after N instructions (exit code 124)",
        HelpName = "N",
    };

    public static readonly Option<int?> Timeout = new("--timeout")
    {
        Description = "Stop the script after MS milliseconds of wall time (exit code 124)",
        HelpName = "MS",
    };

    public static readonly Option<bool> ExposeGc = new("--expose-gc")
    {
        Description = "Define gc(), a full garbage collection (as node --expose-gc)",
    };

    /// <summary>Options followed by a separate value word; the splitter must not take the value for the script.</summary>
    public static bool TakesValue(string arg) => arg is "-e" or "--eval" or "--input-type" or "--max-instructions" or "--timeout";

    static RootOptions()
    {
        InputType.AcceptOnlyFromAmong("commonjs", "module");
        MaxInstructions.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<long?>() is <= 0) result.AddError("--max-instructions needs a positive number");
        });
        Timeout.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() is <= 0) result.AddError("--timeout needs a positive number of milliseconds");
        });
    }
}
