using System;
using System.IO;
using Aot.Runtime.Modules;

namespace Aot.Cli.Commands;

/// <summary>A script to parse or run: its text, the name errors show for it, and its goal.</summary>
public sealed record ScriptSource(string DisplayName, string Text, SourceGoal Goal)
{
    /// <summary>Reads FILE ('-' is standard input). Returns null after reporting why it could not be read.</summary>
    public static ScriptSource? Load(string file, SourceGoal? forcedGoal, SourceGoal stdinGoal)
    {
        if (file == "-")
            return new ScriptSource("[stdin]", SourceText.ReadStream(Console.OpenStandardInput()), forcedGoal ?? stdinGoal);
        try
        {
            if (Directory.Exists(file))
            {
                CommandLine.Diagnostics.Fail($"cannot read '{file}': is a directory");
                return null;
            }
            return new ScriptSource(file, SourceText.ReadFile(file), forcedGoal ?? SourceGoalResolver.ForFile(file));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            string reason = e switch
            {
                FileNotFoundException or DirectoryNotFoundException => "no such file or directory",
                UnauthorizedAccessException => "permission denied",
                _ => e.Message,
            };
            CommandLine.Diagnostics.Fail($"cannot read '{file}': {reason}");
            return null;
        }
    }
}
