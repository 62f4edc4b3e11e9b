using System.CommandLine;
using Aot.Runtime.Modules;

namespace Aot.Cli.Commands.Check;

public static class CheckCommand
{
    public static int Run(ParseResult parseResult)
    {
        string[] files = parseResult.GetValue(CheckCommandDefinition.Files) ?? [];
        bool module = parseResult.GetValue(CheckCommandDefinition.Module);
        bool script = parseResult.GetValue(CheckCommandDefinition.Script);
        if (module && script)
        {
            CommandLine.Diagnostics.Fail("--module and --script cannot be used together");
            return 9;
        }
        SourceGoal? forced = module ? SourceGoal.Module : script ? SourceGoal.Script : null;

        int exitCode = 0;
        foreach (string file in files)
        {
            var source = ScriptSource.Load(file, forced, SourceGoal.Script);
            if (source == null || !SyntaxCheck.Parse(source)) exitCode = 1;
        }
        return exitCode;
    }
}
