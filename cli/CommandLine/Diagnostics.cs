using System;
using System.IO;
using System.Text;

namespace Aot.Cli.CommandLine;

/// <summary>The CLI's own messages to stderr (prefixed "aot: "), written through one buffered writer that is flushed before exit.</summary>
public static class Diagnostics
{
    private static TextWriter? error;

    /// <summary>Created on first use: a run that prints no CLI message never builds the writer.</summary>
    public static TextWriter Error => error ??= new StreamWriter(Console.OpenStandardError(), new UTF8Encoding(false), 16 * 1024) { AutoFlush = false };

    public static void Fail(string message) => Error.Write("aot: " + message + "\n");

    /// <summary>Flushes what was written (nothing to do when nothing was).</summary>
    public static void Flush() => error?.Flush();
}
