using System.CommandLine;
using Aot.Cli.CommandLine;
using Aot.Runtime.Modules;

namespace Aot.Cli.Commands.Run;

/// <summary>The options of a run (`--input-type`, `--max-instructions`, `--timeout`, `--expose-gc`): from the parsed
/// command line, or the defaults when Program took the fast path (`aot FILE`, `aot -e CODE` with no
/// other option) without building the command tree.</summary>
public sealed record RunSettings(string? InputType, long? MaxInstructions, int? TimeoutMs, bool ExposeGc = false)
{
    public static readonly RunSettings Default = new(null, null, null);

    public static RunSettings From(ParseResult parseResult) => new(
        parseResult.GetValue(RootOptions.InputType),
        parseResult.GetValue(RootOptions.MaxInstructions),
        parseResult.GetValue(RootOptions.Timeout),
        parseResult.GetValue(RootOptions.ExposeGc));

    /// <summary>The goal of code from -e or standard input.</summary>
    public SourceGoal StdinGoal => InputType == "module" ? SourceGoal.Module : SourceGoal.CommonJs;
}
