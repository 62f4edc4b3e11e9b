using System;
using System.IO;
using System.Text;

namespace Aot.Cli.CommandLine;

/// <summary>The CLI's own messages to stderr (prefixed "aot: "), written through one buffered writer that is flushed before exit.</summary>
public static class Diagnostics
{
    public static readonly TextWriter Error = new StreamWriter(Console.OpenStandardError(), new UTF8Encoding(false), 16 * 1024) { AutoFlush = false };

    public static void Fail(string message) => Error.Write("aot: " + message + "\n");
}
