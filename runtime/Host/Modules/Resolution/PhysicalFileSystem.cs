using System;
using System.IO;
using System.Runtime.InteropServices;

namespace Aot.Runtime.Modules.Resolution;

/// <summary>The real file system. Uncached: wrap it in a <see cref="CachingFileSystem"/> for resolution.</summary>
public sealed partial class PhysicalFileSystem : IFileSystem
{
    public static readonly PhysicalFileSystem Instance = new();

    public FileSystemEntryKind GetEntryKind(string path)
    {
        // File.Exists and Directory.Exists follow symlinks and never throw; a miss costs two stats,
        // which the caching layer pays once per path.
        if (File.Exists(path)) return FileSystemEntryKind.File;
        if (Directory.Exists(path)) return FileSystemEntryKind.Directory;
        return FileSystemEntryKind.None;
    }

    public byte[]? ReadFile(string path)
    {
        try { return File.ReadAllBytes(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return null;
        }
    }

    public string RealPath(string path)
    {
        if (!OperatingSystem.IsWindows())
        {
            nint resolved = NativeRealPath(path, 0);
            if (resolved != 0)
            {
                try { return Marshal.PtrToStringUTF8(resolved) ?? path; }
                finally { NativeFree(resolved); }
            }
            return path;
        }
        return Path.GetFullPath(path);
    }

    // realpath(3) with a null buffer allocates the result with malloc; free(3) releases it.
    [LibraryImport("libc", EntryPoint = "realpath", StringMarshalling = StringMarshalling.Utf8)]
    private static partial nint NativeRealPath(string path, nint resolvedPath);

    [LibraryImport("libc", EntryPoint = "free")]
    private static partial void NativeFree(nint pointer);
}
