using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;
using System.Text;

namespace Aot.Runtime.Running;

/// <summary>
/// The few libc calls the process object needs (terminal checks and size, parent pid, the live
/// environment). The environment goes through getenv/setenv/unsetenv and `environ` rather than
/// System.Environment, which on Unix keeps its own copy: process.env must be the real environment
/// that child processes inherit, as in Node.
/// </summary>
internal static unsafe partial class HostNative
{
    private const string Libc = "libc";

    [LibraryImport(Libc, EntryPoint = "isatty")]
    private static partial int IsATtyNative(int fd);

    [LibraryImport(Libc, EntryPoint = "ioctl", SetLastError = true)]
    private static partial int IoctlWinSize(int fd, nuint request, ushort* winsize);

    [LibraryImport(Libc, EntryPoint = "getppid")]
    internal static partial int GetPpid();

    [LibraryImport(Libc, EntryPoint = "getpid")]
    internal static partial int GetPid();

    [LibraryImport(Libc, EntryPoint = "getenv", StringMarshalling = StringMarshalling.Utf8)]
    private static partial byte* GetEnvNative(string name);

    [LibraryImport(Libc, EntryPoint = "setenv", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int SetEnvNative(string name, string value, int overwrite);

    [LibraryImport(Libc, EntryPoint = "unsetenv", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int UnsetEnvNative(string name);

    [LibraryImport(Libc, EntryPoint = "umask")]
    internal static partial uint Umask(uint mask);

    [LibraryImport(Libc, EntryPoint = "getuid")] internal static partial uint GetUid();
    [LibraryImport(Libc, EntryPoint = "geteuid")] internal static partial uint GetEuid();
    [LibraryImport(Libc, EntryPoint = "getgid")] internal static partial uint GetGid();
    [LibraryImport(Libc, EntryPoint = "getegid")] internal static partial uint GetEgid();

    public static bool IsATty(int fd) => IsATtyNative(fd) == 1;

    /// <summary>Columns and rows of the terminal on <paramref name="fd"/> (TIOCGWINSZ), or false.</summary>
    public static bool TryGetWindowSize(int fd, out int columns, out int rows)
    {
        ushort* ws = stackalloc ushort[4];
        const nuint TIOCGWINSZ = 0x5413;
        if (IoctlWinSize(fd, TIOCGWINSZ, ws) == 0 && ws[1] > 0)
        {
            rows = ws[0];
            columns = ws[1];
            return true;
        }
        columns = rows = 0;
        return false;
    }

    public static string? GetEnv(string name)
    {
        if (name.Length == 0 || name.Contains('\0')) return null;
        byte* p = GetEnvNative(name);
        return p == null ? null : Marshal.PtrToStringUTF8((nint)p);
    }

    /// <summary>setenv(3); names with '=' or NUL are refused by libc (Node ignores those too).</summary>
    public static void SetEnv(string name, string value)
    {
        if (name.Length == 0 || name.Contains('=') || name.Contains('\0')) return;
        SetEnvNative(name, value.Replace("\0", ""), 1);
    }

    public static void UnsetEnv(string name)
    {
        if (name.Length == 0 || name.Contains('=') || name.Contains('\0')) return;
        UnsetEnvNative(name);
    }

    private static nint environAddress;

    /// <summary>The names in `environ`, in its order (duplicates removed).</summary>
    public static List<string> EnvironmentNames()
    {
        var names = new List<string>();
        if (environAddress == 0)
        {
            if (!NativeLibrary.TryLoad("libc.so.6", out var libc) || !NativeLibrary.TryGetExport(libc, "environ", out environAddress))
                return names;
        }
        byte** env = *(byte***)environAddress;
        if (env == null) return names;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; env[i] != null; i++)
        {
            byte* entry = env[i];
            int eq = 0;
            while (entry[eq] != 0 && entry[eq] != (byte)'=') eq++;
            string name = Encoding.UTF8.GetString(entry, eq);
            if (seen.Add(name)) names.Add(name);
        }
        return names;
    }
}
