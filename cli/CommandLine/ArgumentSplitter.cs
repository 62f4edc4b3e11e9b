using System;
using System.Collections.Generic;

namespace Aot.Cli.CommandLine;

/// <summary>
/// Splits the process arguments into the runtime's own and the script's. Everything after the
/// script file (or after the code of <c>-e</c>) belongs to the script, untouched — even words that
/// look like our options, such as <c>aot tool.js --help</c>. System.CommandLine only sees the
/// runtime's part, in which <c>aot [options] FILE</c> is rewritten to <c>aot run [options] FILE</c>.
/// </summary>
public static class ArgumentSplitter
{
    public readonly record struct Split(string[] RuntimeArgs, string[] ScriptArgs);

    public static Split SplitScriptArguments(string[] args)
    {
        bool inRun = false;
        bool hasEval = false;
        for (int i = 0; i < args.Length; i++)
        {
            string arg = args[i];
            if (arg == "--")
            {
                // `aot -- FILE args`: the next word is the file whatever it looks like.
                int file = i + 1;
                if (hasEval || file >= args.Length) return new Split(args[..i], args[file..]);
                return new Split(WithFile(args[..i], args[file], inRun), args[(file + 1)..]);
            }
            if (arg.Length > 1 && arg[0] == '-')
            {
                if (RootOptions.TakesValue(arg)) { if (arg is "-e" or "--eval") hasEval = true; i++; }
                else if (arg.StartsWith("--eval=", StringComparison.Ordinal)) hasEval = true;
                continue;
            }
            if (!inRun && i == FirstPositional(args) && arg == "check")
                return new Split(args, []); // check takes any number of files, no script arguments
            if (!inRun && !hasEval && i == FirstPositional(args) && arg == "run")
            {
                inRun = true;
                continue;
            }
            // The first positional word is the script (or, after -e, the first script argument).
            return hasEval ? new Split(args[..i], args[i..]) : new Split(WithFile(args[..i], arg, inRun), args[(i + 1)..]);
        }
        return new Split(args, []);
    }

    private static int FirstPositional(string[] args)
    {
        for (int i = 0; i < args.Length; i++)
        {
            string arg = args[i];
            if (arg.Length > 1 && arg[0] == '-')
            {
                if (RootOptions.TakesValue(arg)) i++;
                continue;
            }
            return i;
        }
        return -1;
    }

    /// <summary>The runtime's arguments ending with FILE; `run` is inserted first when the user wrote `aot FILE`.</summary>
    private static string[] WithFile(string[] head, string file, bool hasRunWord)
    {
        var result = new List<string>(head.Length + 2);
        if (!hasRunWord) result.Add("run");
        result.AddRange(head);
        result.Add(file);
        return result.ToArray();
    }
}
