using System;
using System.Globalization;
using System.IO;
using System.Runtime.InteropServices;
using System.Text;
using Aot.Engine.Objects;

namespace Aot.Runtime.Node;

/// <summary>
/// `node:os` for Linux: uname(2) and /proc as libuv reads them (cpus from /proc/cpuinfo and
/// /proc/stat, speed from cpufreq or 0, memory from /proc/meminfo), the user from /etc/passwd.
/// get/setPriority are not provided.
/// </summary>
public static unsafe partial class OsModule
{
    [LibraryImport("libc", EntryPoint = "uname", SetLastError = true)]
    private static partial int Uname(byte* buffer);

    [LibraryImport("libc", EntryPoint = "getuid")]
    private static partial uint GetUid();

    [LibraryImport("libc", EntryPoint = "getgid")]
    private static partial uint GetGid();

    private static readonly (string Name, int Number)[] Signals =
    {
        ("SIGHUP", 1), ("SIGINT", 2), ("SIGQUIT", 3), ("SIGILL", 4), ("SIGTRAP", 5), ("SIGABRT", 6), ("SIGIOT", 6),
        ("SIGBUS", 7), ("SIGFPE", 8), ("SIGKILL", 9), ("SIGUSR1", 10), ("SIGSEGV", 11), ("SIGUSR2", 12), ("SIGPIPE", 13),
        ("SIGALRM", 14), ("SIGTERM", 15), ("SIGCHLD", 17), ("SIGSTKFLT", 16), ("SIGCONT", 18), ("SIGSTOP", 19),
        ("SIGTSTP", 20), ("SIGTTIN", 21), ("SIGTTOU", 22), ("SIGURG", 23), ("SIGXCPU", 24), ("SIGXFSZ", 25),
        ("SIGVTALRM", 26), ("SIGPROF", 27), ("SIGWINCH", 28), ("SIGIO", 29), ("SIGPOLL", 29), ("SIGPWR", 30), ("SIGSYS", 31),
    };

    /// <summary>The signal number of a name ("SIGTERM" → 15), or -1.</summary>
    public static int SignalNumber(string name)
    {
        foreach (var (n, number) in Signals) if (n == name) return number;
        return -1;
    }

    private static string[] UnameFields()
    {
        // struct utsname: six fields of 65 bytes (sysname, nodename, release, version, machine, domainname).
        byte* buffer = stackalloc byte[65 * 6];
        if (Uname(buffer) < 0) return new[] { "Linux", "localhost", "", "", "", "" };
        var fields = new string[6];
        for (int i = 0; i < 6; i++)
        {
            byte* f = buffer + 65 * i;
            int len = 0;
            while (len < 65 && f[len] != 0) len++;
            fields[i] = Encoding.UTF8.GetString(f, len);
        }
        return fields;
    }

    private static string? ReadProc(string path)
    {
        try { return File.ReadAllText(path); } catch (IOException) { return null; } catch (UnauthorizedAccessException) { return null; }
    }

    private static double MemInfo(string key)
    {
        var text = ReadProc("/proc/meminfo");
        if (text == null) return 0;
        foreach (var line in text.Split('\n'))
        {
            if (!line.StartsWith(key + ":", StringComparison.Ordinal)) continue;
            var parts = line.Substring(key.Length + 1).Trim().Split(' ');
            return double.Parse(parts[0], CultureInfo.InvariantCulture) * 1024;
        }
        return 0;
    }

    public static string TmpDir()
    {
        string path = Environment.GetEnvironmentVariable("TMPDIR") ?? Environment.GetEnvironmentVariable("TMP") ?? Environment.GetEnvironmentVariable("TEMP") ?? "/tmp";
        if (path.Length > 1 && path.EndsWith('/')) path = path.Substring(0, path.Length - 1);
        return path;
    }

    /// <summary>The /etc/passwd fields of the current user: name, home, shell (null when absent).</summary>
    private static string[]? PasswdEntry()
    {
        var text = ReadProc("/etc/passwd");
        if (text == null) return null;
        string uid = GetUid().ToString(CultureInfo.InvariantCulture);
        foreach (var line in text.Split('\n'))
        {
            var f = line.Split(':');
            if (f.Length >= 7 && f[2] == uid) return f;
        }
        return null;
    }

    public static string HomeDir() => Environment.GetEnvironmentVariable("HOME") is { Length: > 0 } home ? home : PasswdEntry()?[5] ?? "/";

    public static JsObject CreateExports(Realm realm)
    {
        var os = realm.CreateObject();
        NodeObjects.Method(realm, os, "arch", 0, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => Arch());
        NodeObjects.Method(realm, os, "availableParallelism", 0, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => Environment.ProcessorCount);
        NodeObjects.Method(realm, os, "cpus", 0, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => Cpus(r));
        NodeObjects.Method(realm, os, "endianness", 0, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => BitConverter.IsLittleEndian ? "LE" : "BE");
        NodeObjects.Method(realm, os, "freemem", 0, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => MemInfo("MemAvailable"));
        NodeObjects.Method(realm, os, "homedir", 0, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => HomeDir());
        NodeObjects.Method(realm, os, "hostname", 0, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => UnameFields()[1]);
        NodeObjects.Method(realm, os, "loadavg", 0, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) =>
        {
            var array = r.CreateArray(3);
            var parts = (ReadProc("/proc/loadavg") ?? "0 0 0").Split(' ');
            for (int i = 0; i < 3; i++) array.TryAppendDense(double.Parse(parts[i], CultureInfo.InvariantCulture));
            return array;
        });
        NodeObjects.Method(realm, os, "networkInterfaces", 0, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => NetworkInterfaces(r));
        NodeObjects.Method(realm, os, "platform", 0, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => "linux");
        NodeObjects.Method(realm, os, "release", 0, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => UnameFields()[2]);
        NodeObjects.Method(realm, os, "tmpdir", 0, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => TmpDir());
        NodeObjects.Method(realm, os, "totalmem", 0, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => MemInfo("MemTotal"));
        NodeObjects.Method(realm, os, "type", 0, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => UnameFields()[0]);
        NodeObjects.Method(realm, os, "userInfo", 1, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) =>
        {
            var info = new JsObject(null);
            var entry = PasswdEntry();
            info.AddProperty("uid", GetUid(), PropertyFlags.Default);
            info.AddProperty("gid", GetGid(), PropertyFlags.Default);
            info.AddProperty("username", entry?[0] ?? Environment.UserName, PropertyFlags.Default);
            info.AddProperty("homedir", entry?[5] ?? HomeDir(), PropertyFlags.Default);
            info.AddProperty("shell", entry != null ? entry[6].TrimEnd('\r') : JsValue.Null, PropertyFlags.Default);
            return info;
        });
        NodeObjects.Method(realm, os, "uptime", 0, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n)
            => double.Parse((ReadProc("/proc/uptime") ?? "0").Split(' ')[0], CultureInfo.InvariantCulture));
        NodeObjects.Method(realm, os, "version", 0, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => UnameFields()[3]);
        NodeObjects.Method(realm, os, "machine", 0, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => UnameFields()[4]);

        var constants = realm.CreateObject();
        constants.AddProperty("UV_UDP_REUSEADDR", 4, PropertyFlags.Default);
        var dlopen = realm.CreateObject();
        foreach (var (name, value) in new[] { ("RTLD_LAZY", 1), ("RTLD_NOW", 2), ("RTLD_GLOBAL", 256), ("RTLD_LOCAL", 0), ("RTLD_DEEPBIND", 8) })
            dlopen.AddProperty(name, value, PropertyFlags.Default);
        constants.AddProperty("dlopen", dlopen, PropertyFlags.Default);
        var errno = realm.CreateObject();
        foreach (var (name, value) in ErrnoTable) errno.AddProperty(name, value, PropertyFlags.Default);
        constants.AddProperty("errno", errno, PropertyFlags.Default);
        var signals = realm.CreateObject();
        foreach (var (name, value) in Signals) signals.AddProperty(name, value, PropertyFlags.Default);
        constants.AddProperty("signals", signals, PropertyFlags.Default);
        var priority = realm.CreateObject();
        foreach (var (name, value) in new[] { ("PRIORITY_LOW", 19), ("PRIORITY_BELOW_NORMAL", 10), ("PRIORITY_NORMAL", 0), ("PRIORITY_ABOVE_NORMAL", -7), ("PRIORITY_HIGH", -14), ("PRIORITY_HIGHEST", -20) })
            priority.AddProperty(name, value, PropertyFlags.Default);
        constants.AddProperty("priority", priority, PropertyFlags.Default);
        os.AddProperty("constants", constants, PropertyFlags.Default);
        os.AddProperty("EOL", "\n", PropertyFlags.Default);
        os.AddProperty("devNull", "/dev/null", PropertyFlags.Default);
        return os;
    }

    private static string Arch() => RuntimeInformation.OSArchitecture switch
    {
        Architecture.X64 => "x64",
        Architecture.Arm64 => "arm64",
        Architecture.X86 => "ia32",
        Architecture.Arm => "arm",
        Architecture.RiscV64 => "riscv64",
        Architecture.LoongArch64 => "loong64",
        Architecture.S390x => "s390x",
        Architecture.Ppc64le => "ppc64",
        _ => RuntimeInformation.OSArchitecture.ToString().ToLowerInvariant(),
    };

    private static JsArray Cpus(Realm realm)
    {
        var result = realm.CreateArray();
        var models = new System.Collections.Generic.List<string>();
        foreach (var line in (ReadProc("/proc/cpuinfo") ?? "").Split('\n'))
            if (line.StartsWith("model name", StringComparison.Ordinal)) models.Add(line.Substring(line.IndexOf(':') + 1).Trim());
        int cpu = 0;
        foreach (var line in (ReadProc("/proc/stat") ?? "").Split('\n'))
        {
            if (!line.StartsWith("cpu", StringComparison.Ordinal) || line.Length < 4 || !char.IsDigit(line[3])) continue;
            var f = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            // /proc/stat counts clock ticks (USER_HZ = 100); Node reports milliseconds.
            double Ticks(int i) => i < f.Length ? double.Parse(f[i], CultureInfo.InvariantCulture) * 10 : 0;
            var entry = realm.CreateObject();
            entry.AddProperty("model", cpu < models.Count ? models[cpu] : models.Count > 0 ? models[0] : "unknown", PropertyFlags.Default);
            double speed = 0;
            var freq = ReadProc("/sys/devices/system/cpu/cpu" + cpu + "/cpufreq/scaling_cur_freq");
            if (freq != null && double.TryParse(freq.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var khz)) speed = Math.Floor(khz / 1000);
            entry.AddProperty("speed", speed, PropertyFlags.Default);
            var times = realm.CreateObject();
            times.AddProperty("user", Ticks(1), PropertyFlags.Default);
            times.AddProperty("nice", Ticks(2), PropertyFlags.Default);
            times.AddProperty("sys", Ticks(3), PropertyFlags.Default);
            times.AddProperty("idle", Ticks(4), PropertyFlags.Default);
            times.AddProperty("irq", Ticks(6), PropertyFlags.Default);
            entry.AddProperty("times", times, PropertyFlags.Default);
            result.TryAppendDense(entry);
            cpu++;
        }
        return result;
    }

    private static readonly (string, int)[] ErrnoTable =
    {
        ("E2BIG", 7), ("EACCES", 13), ("EADDRINUSE", 98), ("EADDRNOTAVAIL", 99), ("EAFNOSUPPORT", 97), ("EAGAIN", 11), ("EALREADY", 114),
        ("EBADF", 9), ("EBADMSG", 74), ("EBUSY", 16), ("ECANCELED", 125), ("ECHILD", 10), ("ECONNABORTED", 103), ("ECONNREFUSED", 111),
        ("ECONNRESET", 104), ("EDEADLK", 35), ("EDESTADDRREQ", 89), ("EDOM", 33), ("EDQUOT", 122), ("EEXIST", 17), ("EFAULT", 14),
        ("EFBIG", 27), ("EHOSTUNREACH", 113), ("EIDRM", 43), ("EILSEQ", 84), ("EINPROGRESS", 115), ("EINTR", 4), ("EINVAL", 22),
        ("EIO", 5), ("EISCONN", 106), ("EISDIR", 21), ("ELOOP", 40), ("EMFILE", 24), ("EMLINK", 31), ("EMSGSIZE", 90),
        ("EMULTIHOP", 72), ("ENAMETOOLONG", 36), ("ENETDOWN", 100), ("ENETRESET", 102), ("ENETUNREACH", 101), ("ENFILE", 23),
        ("ENOBUFS", 105), ("ENODATA", 61), ("ENODEV", 19), ("ENOENT", 2), ("ENOEXEC", 8), ("ENOLCK", 37), ("ENOLINK", 67),
        ("ENOMEM", 12), ("ENOMSG", 42), ("ENOPROTOOPT", 92), ("ENOSPC", 28), ("ENOSR", 63), ("ENOSTR", 60), ("ENOSYS", 38),
        ("ENOTCONN", 107), ("ENOTDIR", 20), ("ENOTEMPTY", 39), ("ENOTSOCK", 88), ("ENOTSUP", 95), ("ENOTTY", 25), ("ENXIO", 6),
        ("EOPNOTSUPP", 95), ("EOVERFLOW", 75), ("EPERM", 1), ("EPIPE", 32), ("EPROTO", 71), ("EPROTONOSUPPORT", 93),
        ("EPROTOTYPE", 91), ("ERANGE", 34), ("EROFS", 30), ("ESPIPE", 29), ("ESRCH", 3), ("ESTALE", 116), ("ETIME", 62),
        ("ETIMEDOUT", 110), ("ETXTBSY", 26), ("EWOULDBLOCK", 11), ("EXDEV", 18),
    };
}
