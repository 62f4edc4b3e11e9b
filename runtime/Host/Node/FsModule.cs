using System;
using System.Collections.Generic;
using System.Text;
using Aot.Engine.Objects;
using Aot.Runtime.Reactor.Linux;

namespace Aot.Runtime.Node;

/// <summary>
/// `node:fs`: the synchronous calls are native (this file: libc through <see cref="FsInterop"/>, errors
/// as Node's uvException: "ENOENT: no such file or directory, open 'x'" with errno/code/syscall/path);
/// argument handling, Stats/Dirent, the callback API and `fs.promises` are JS (Scripts/fs.js). The
/// callback and promise forms run the sync call in a job of the engine's queue: they complete
/// asynchronously without needing the event loop (and without its parallelism).
/// </summary>
public static unsafe class FsModule
{
    public static JsObject CreateExports(Realm realm)
        => NodeInternals.Of(realm).Shared("fs", static r => NodeScripts.Run(r, "fs.js").AsObject());

    /// <summary>`node:fs/promises`.</summary>
    public static JsObject CreatePromisesExports(Realm realm) => CreateExports(realm).Get("promises").AsObject();

    /// <summary>Node's uvException: `CODE: description, syscall 'path' -> 'dest'`.</summary>
    internal static JsException UvException(Realm realm, int errno, string syscall, string? path = null, string? dest = null)
    {
        string code = Errno.Name(errno);
        string message = code + ": " + Errno.Description(errno) + ", " + syscall;
        if (path != null) message += " '" + path + "'";
        if (dest != null) message += " -> '" + dest + "'";
        var error = realm.CreateError(ErrorKind.Error, message);
        error.AddProperty("errno", -errno, PropertyFlags.Default);
        error.AddProperty("code", code, PropertyFlags.Default);
        error.AddProperty("syscall", syscall, PropertyFlags.Default);
        if (path != null) error.AddProperty("path", path, PropertyFlags.Default);
        if (dest != null) error.AddProperty("dest", dest, PropertyFlags.Default);
        return new JsException(JsValue.FromObject(error));
    }

    private static string Str(ReadOnlySpan<JsValue> args, int i) => Operations.ToString(NodeObjects.Arg(args, i));
    private static int Int(ReadOnlySpan<JsValue> args, int i) => (int)Operations.ToNumber(NodeObjects.Arg(args, i));

    /// <summary>The native half, handed to fs.js as `natives.fs`.</summary>
    internal static JsObject CreateBinding(Realm realm)
    {
        var b = realm.CreateObject();
        NodeObjects.Method(realm, b, "open", 3, (Realm r, in JsValue t, ReadOnlySpan<JsValue> args, JsObject? n) =>
        {
            string path = Str(args, 0);
            int fd = FsInterop.Open(path, Int(args, 1) | 0x80000 /* O_CLOEXEC */, Int(args, 2));
            if (fd < 0) throw UvException(r, FsInterop.LastErrno, "open", path);
            return fd;
        });
        NodeObjects.Method(realm, b, "close", 1, (Realm r, in JsValue t, ReadOnlySpan<JsValue> args, JsObject? n) =>
        {
            if (FsInterop.Close(Int(args, 0)) < 0) throw UvException(r, FsInterop.LastErrno, "close");
            return JsValue.Undefined;
        });
        NodeObjects.Method(realm, b, "readFile", 3, (Realm r, in JsValue t, ReadOnlySpan<JsValue> args, JsObject? n) =>
        {
            // (path, flags) or (fd): the whole file (or the rest of it from the fd's position).
            var target = NodeObjects.Arg(args, 0);
            bool isFd = target.IsNumber;
            string path = isFd ? "" : Operations.ToString(target);
            int fd = isFd ? (int)target.Number : FsInterop.Open(path, Int(args, 1) | 0x80000, 438);
            if (fd < 0) throw UvException(r, FsInterop.LastErrno, "open", path);
            try
            {
                var buffer = new byte[64 * 1024];
                int total = 0;
                while (true)
                {
                    if (total == buffer.Length) Array.Resize(ref buffer, buffer.Length * 2);
                    nint got;
                    fixed (byte* p = &buffer[total]) got = FsInterop.Read(fd, p, (nuint)(buffer.Length - total));
                    if (got < 0)
                    {
                        int errno = FsInterop.LastErrno;
                        if (errno == Errno.EINTR) continue;
                        throw UvException(r, errno, "read");
                    }
                    if (got == 0) break;
                    total += (int)got;
                }
                Array.Resize(ref buffer, total);
                return BufferModule.FromBytes(r, buffer);
            }
            finally
            {
                if (!isFd) FsInterop.Close(fd);
            }
        });
        NodeObjects.Method(realm, b, "read", 5, (Realm r, in JsValue t, ReadOnlySpan<JsValue> args, JsObject? n) =>
        {
            int fd = Int(args, 0);
            if (!BufferModule.TryGetBytes(NodeObjects.Arg(args, 1), out var bytes))
                throw NodeErrors.InvalidArgType(r, "buffer", "an instance of Buffer, TypedArray, or DataView", NodeObjects.Arg(args, 1));
            int offset = Int(args, 2), length = Int(args, 3);
            double position = Operations.ToNumber(NodeObjects.Arg(args, 4));
            if (offset < 0 || length < 0 || offset + length > bytes.Length)
                throw NodeErrors.Throw(r, ErrorKind.RangeError, "ERR_OUT_OF_RANGE", "The value of \"length\" is out of range. It must be <= " + (bytes.Length - offset) + ". Received " + length);
            if (length == 0) return 0;
            nint got;
            fixed (byte* p = &bytes[offset])
                got = position >= 0 ? FsInterop.PRead(fd, p, (nuint)length, (long)position) : FsInterop.Read(fd, p, (nuint)length);
            if (got < 0) throw UvException(r, FsInterop.LastErrno, "read");
            return (double)got;
        });
        NodeObjects.Method(realm, b, "write", 5, (Realm r, in JsValue t, ReadOnlySpan<JsValue> args, JsObject? n) =>
        {
            // (fd, bytes: Buffer, offset, length, position)
            int fd = Int(args, 0);
            BufferModule.TryGetBytes(NodeObjects.Arg(args, 1), out var bytes);
            int offset = Int(args, 2), length = Int(args, 3);
            double position = Operations.ToNumber(NodeObjects.Arg(args, 4));
            return WriteAll(r, fd, bytes.Slice(offset, length), position);
        });
        NodeObjects.Method(realm, b, "stat", 3, (Realm r, in JsValue t, ReadOnlySpan<JsValue> args, JsObject? n) =>
        {
            // (pathOrFd, follow, throwIfNoEntry) -> [dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks, atimeMs, mtimeMs, ctimeMs, birthtimeMs] | undefined
            var target = NodeObjects.Arg(args, 0);
            bool follow = Operations.ToBoolean(NodeObjects.Arg(args, 1));
            byte* sx = stackalloc byte[256];
            int rc = target.IsNumber
                ? FsInterop.Statx((int)target.Number, "", FsInterop.AT_EMPTY_PATH, FsInterop.STATX_ALL, sx)
                : FsInterop.Statx(FsInterop.AT_FDCWD, Operations.ToString(target), follow ? 0 : FsInterop.AT_SYMLINK_NOFOLLOW, FsInterop.STATX_ALL, sx);
            if (rc < 0)
            {
                int errno = FsInterop.LastErrno;
                if (errno == Errno.ENOENT && NodeObjects.Arg(args, 2).IsBoolean && !NodeObjects.Arg(args, 2).AsBoolean) return JsValue.Undefined;
                throw UvException(r, errno, target.IsNumber ? "fstat" : follow ? "stat" : "lstat", target.IsNumber ? null : Operations.ToString(target));
            }
            return StatArray(r, sx);
        });
        NodeObjects.Method(realm, b, "readdir", 1, (Realm r, in JsValue t, ReadOnlySpan<JsValue> args, JsObject? n) =>
        {
            // [name, type, name, type, ...] sorted by name bytes, as libuv's scandir does.
            string path = Str(args, 0);
            nint dir = FsInterop.Opendir(path);
            if (dir == 0) throw UvException(r, FsInterop.LastErrno, "scandir", path);
            var entries = new List<(byte[] Name, int Type)>();
            try
            {
                while (true)
                {
                    byte* entry = FsInterop.Readdir(dir);
                    if (entry == null) break;
                    // glibc x86-64/aarch64 struct dirent: d_ino(8) d_off(8) d_reclen(2) d_type(1) d_name[]
                    byte* name = entry + 19;
                    int len = 0;
                    while (name[len] != 0) len++;
                    if ((len == 1 && name[0] == '.') || (len == 2 && name[0] == '.' && name[1] == '.')) continue;
                    entries.Add((new ReadOnlySpan<byte>(name, len).ToArray(), entry[18]));
                }
            }
            finally { FsInterop.Closedir(dir); }
            entries.Sort(static (a, b) => a.Name.AsSpan().SequenceCompareTo(b.Name));
            var result = r.CreateArray(entries.Count * 2);
            foreach (var (name, type) in entries)
            {
                result.TryAppendDense(Encoding.UTF8.GetString(name));
                result.TryAppendDense(DirentType(type));
            }
            return result;
        });
        Simple(realm, b, "mkdir", 2, (args) => FsInterop.Mkdir(Str(args, 0), Int(args, 1)), "mkdir");
        Simple(realm, b, "rmdir", 1, (args) => FsInterop.Rmdir(Str(args, 0)), "rmdir");
        Simple(realm, b, "unlink", 1, (args) => FsInterop.Unlink(Str(args, 0)), "unlink");
        Simple(realm, b, "access", 2, (args) => FsInterop.Access(Str(args, 0), Int(args, 1)), "access");
        Simple(realm, b, "chmod", 2, (args) => FsInterop.Chmod(Str(args, 0), Int(args, 1)), "chmod");
        Simple(realm, b, "chown", 3, (args) => FsInterop.Chown(Str(args, 0), Int(args, 1), Int(args, 2)), "chown");
        Simple(realm, b, "lchown", 3, (args) => FsInterop.Lchown(Str(args, 0), Int(args, 1), Int(args, 2)), "lchown");
        NodeObjects.Method(realm, b, "fdCall", 4, (Realm r, in JsValue t, ReadOnlySpan<JsValue> args, JsObject? n) =>
        {
            // (syscall, fd, a, b) for the fd-only calls.
            string syscall = Str(args, 0);
            int fd = Int(args, 1);
            int rc = syscall switch
            {
                "fsync" => FsInterop.Fsync(fd),
                "fdatasync" => FsInterop.Fdatasync(fd),
                "fchmod" => FsInterop.Fchmod(fd, Int(args, 2)),
                "fchown" => FsInterop.Fchown(fd, Int(args, 2), Int(args, 3)),
                _ => throw new InvalidOperationException(syscall),
            };
            if (rc < 0) throw UvException(r, FsInterop.LastErrno, syscall);
            return JsValue.Undefined;
        });
        NodeObjects.Method(realm, b, "link", 2, (Realm r, in JsValue t, ReadOnlySpan<JsValue> args, JsObject? n) =>
        {
            if (FsInterop.Link(Str(args, 0), Str(args, 1)) < 0) throw UvException(r, FsInterop.LastErrno, "link", Str(args, 0), Str(args, 1));
            return JsValue.Undefined;
        });
        NodeObjects.Method(realm, b, "rename", 2, (Realm r, in JsValue t, ReadOnlySpan<JsValue> args, JsObject? n) =>
        {
            if (FsInterop.Rename(Str(args, 0), Str(args, 1)) < 0) throw UvException(r, FsInterop.LastErrno, "rename", Str(args, 0), Str(args, 1));
            return JsValue.Undefined;
        });
        NodeObjects.Method(realm, b, "symlink", 2, (Realm r, in JsValue t, ReadOnlySpan<JsValue> args, JsObject? n) =>
        {
            if (FsInterop.Symlink(Str(args, 0), Str(args, 1)) < 0) throw UvException(r, FsInterop.LastErrno, "symlink", Str(args, 0), Str(args, 1));
            return JsValue.Undefined;
        });
        NodeObjects.Method(realm, b, "ftruncate", 2, (Realm r, in JsValue t, ReadOnlySpan<JsValue> args, JsObject? n) =>
        {
            if (FsInterop.Ftruncate(Int(args, 0), (long)Operations.ToNumber(NodeObjects.Arg(args, 1))) < 0) throw UvException(r, FsInterop.LastErrno, "ftruncate");
            return JsValue.Undefined;
        });
        NodeObjects.Method(realm, b, "utimes", 3, (Realm r, in JsValue t, ReadOnlySpan<JsValue> args, JsObject? n) =>
        {
            long* times = stackalloc long[4];
            for (int i = 0; i < 2; i++)
            {
                double seconds = Operations.ToNumber(NodeObjects.Arg(args, i + 1));
                times[2 * i] = (long)Math.Floor(seconds);
                times[2 * i + 1] = (long)((seconds - Math.Floor(seconds)) * 1e9);
            }
            if (FsInterop.Utimensat(FsInterop.AT_FDCWD, Str(args, 0), times, 0) < 0) throw UvException(r, FsInterop.LastErrno, "utime", Str(args, 0));
            return JsValue.Undefined;
        });
        NodeObjects.Method(realm, b, "realpath", 1, (Realm r, in JsValue t, ReadOnlySpan<JsValue> args, JsObject? n) =>
        {
            string path = Str(args, 0);
            byte* resolved = FsInterop.Realpath(path, null);
            if (resolved == null) throw UvException(r, FsInterop.LastErrno, "realpath", path);
            try { return new string((sbyte*)resolved, 0, StrLen(resolved), Encoding.UTF8); }
            finally { FsInterop.Free(resolved); }
        });
        NodeObjects.Method(realm, b, "readlink", 1, (Realm r, in JsValue t, ReadOnlySpan<JsValue> args, JsObject? n) =>
        {
            string path = Str(args, 0);
            byte* buffer = stackalloc byte[4096];
            nint len = FsInterop.Readlink(path, buffer, 4096);
            if (len < 0) throw UvException(r, FsInterop.LastErrno, "readlink", path);
            return Encoding.UTF8.GetString(buffer, (int)len);
        });
        NodeObjects.Method(realm, b, "uvException", 4, (Realm r, in JsValue t, ReadOnlySpan<JsValue> args, JsObject? n)
            => UvException(r, Int(args, 0), Str(args, 1), NodeObjects.Arg(args, 2).IsUndefined ? null : Str(args, 2), NodeObjects.Arg(args, 3).IsUndefined ? null : Str(args, 3)).GetValue(r));
        NodeObjects.Method(realm, b, "tmpName", 0, (Realm r, in JsValue t, ReadOnlySpan<JsValue> args, JsObject? n) =>
        {
            const string chars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
            var sb = new StringBuilder();
            for (int i = 0; i < 6; i++) sb.Append(chars[Random.Shared.Next(chars.Length)]);
            return sb.ToString();
        });
        return b;
    }

    private static int StrLen(byte* s)
    {
        int n = 0;
        while (s[n] != 0) n++;
        return n;
    }

    private delegate int Call(ReadOnlySpan<JsValue> args);

    /// <summary>A binding function whose call takes a path first and fails with errno.</summary>
    private static void Simple(Realm realm, JsObject b, string name, int length, Call call, string syscall)
    {
        NodeObjects.Method(realm, b, name, length, (Realm r, in JsValue t, ReadOnlySpan<JsValue> args, JsObject? n) =>
        {
            if (call(args) < 0) throw UvException(r, FsInterop.LastErrno, syscall, Str(args, 0));
            return JsValue.Undefined;
        });
    }

    private static double WriteAll(Realm realm, int fd, ReadOnlySpan<byte> bytes, double position)
    {
        int written = 0;
        while (written < bytes.Length)
        {
            nint n;
            fixed (byte* p = &bytes[written])
                n = position >= 0 ? FsInterop.PWrite(fd, p, (nuint)(bytes.Length - written), (long)position + written) : FsInterop.Write(fd, p, (nuint)(bytes.Length - written));
            if (n < 0)
            {
                int errno = FsInterop.LastErrno;
                if (errno == Errno.EINTR) continue;
                throw UvException(realm, errno, "write");
            }
            written += (int)n;
        }
        return written;
    }

    /// <summary>d_type → Node's UV_DIRENT_* value.</summary>
    private static int DirentType(int dtype) => dtype switch
    {
        8 => 1,  // DT_REG
        4 => 2,  // DT_DIR
        10 => 3, // DT_LNK
        1 => 4,  // DT_FIFO
        12 => 5, // DT_SOCK
        2 => 6,  // DT_CHR
        6 => 7,  // DT_BLK
        _ => 0,
    };

    private static JsArray StatArray(Realm realm, byte* sx)
    {
        static ulong Dev(uint major, uint minor)
            => ((ulong)(major & 0xfffff000) << 32) | ((ulong)(major & 0xfff) << 8) | ((ulong)(minor & 0xffffff00) << 12) | (minor & 0xff);
        static double Ms(byte* ts) => *(long*)ts * 1000.0 + *(uint*)(ts + 8) / 1e6;
        uint mask = *(uint*)sx;
        var a = realm.CreateArray(14);
        a.TryAppendDense((double)Dev(*(uint*)(sx + 136), *(uint*)(sx + 140)));
        a.TryAppendDense(*(ushort*)(sx + 28));
        a.TryAppendDense(*(uint*)(sx + 16));
        a.TryAppendDense(*(uint*)(sx + 20));
        a.TryAppendDense(*(uint*)(sx + 24));
        a.TryAppendDense((double)Dev(*(uint*)(sx + 128), *(uint*)(sx + 132)));
        a.TryAppendDense(*(uint*)(sx + 4));
        a.TryAppendDense((double)*(ulong*)(sx + 32));
        a.TryAppendDense((double)*(ulong*)(sx + 40));
        a.TryAppendDense((double)*(ulong*)(sx + 48));
        a.TryAppendDense(Ms(sx + 64));
        a.TryAppendDense(Ms(sx + 112));
        a.TryAppendDense(Ms(sx + 96));
        a.TryAppendDense((mask & 0x800) != 0 ? Ms(sx + 80) : 0);
        return a;
    }
}
