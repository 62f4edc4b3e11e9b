using System;
using System.Runtime.InteropServices;
using Aot.Engine.Objects;

namespace Aot.Runtime.Node;

/// <summary>
/// `node:tty`: isatty, and minimal ReadStream/WriteStream classes (Scripts/tty.js) carrying fd, isTTY,
/// columns/rows and the colour queries (getColorDepth/hasColors, Node's environment rules). They do
/// not read or write yet: process.stdout/stdin come from the host.
/// </summary>
public static unsafe partial class TtyModule
{
    [LibraryImport("libc", EntryPoint = "isatty")]
    private static partial int IsATty(int fd);

    [LibraryImport("libc", EntryPoint = "ioctl", SetLastError = true)]
    private static partial int Ioctl(int fd, nuint request, ushort* winsize);

    public static bool IsTty(int fd) => fd >= 0 && IsATty(fd) == 1;

    /// <summary>[columns, rows] of the terminal on <paramref name="fd"/>, or null.</summary>
    public static (int Columns, int Rows)? WindowSize(int fd)
    {
        ushort* ws = stackalloc ushort[4];
        if (Ioctl(fd, 0x5413 /* TIOCGWINSZ */, ws) < 0) return null;
        return (ws[1], ws[0]);
    }

    public static JsObject CreateExports(Realm realm)
        => NodeInternals.Of(realm).Shared("tty", static r => NodeScripts.Run(r, "tty.js").AsObject());

    /// <summary>util's shouldColorize for a stream (undefined: standard output): FORCE_COLOR, NO_COLOR,
    /// NODE_DISABLE_COLORS, then isTTY and TERM.</summary>
    public static bool ShouldColorize(in JsValue stream)
    {
        string? force = Environment.GetEnvironmentVariable("FORCE_COLOR");
        if (force != null) return force is not ("0" or "false");
        if (Environment.GetEnvironmentVariable("NO_COLOR") != null || Environment.GetEnvironmentVariable("NODE_DISABLE_COLORS") != null) return false;
        bool isTty;
        if (stream.IsObject) isTty = Operations.ToBoolean(stream.AsObject().Get("isTTY"));
        else isTty = IsTty(1);
        return isTty && Environment.GetEnvironmentVariable("TERM") != "dumb";
    }
}
