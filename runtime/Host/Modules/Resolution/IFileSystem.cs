namespace Aot.Runtime.Modules.Resolution;

/// <summary>What a path names, following symbolic links (Node's internalModuleStat: 0 file, 1 directory, negative missing).</summary>
public enum FileSystemEntryKind : byte
{
    None,
    File,
    Directory,
}

/// <summary>
/// The few file-system operations module resolution needs. Paths are absolute, '/'-separated.
/// Implementations never throw for missing or unreadable entries: they report <see cref="FileSystemEntryKind.None"/> or null.
/// </summary>
public interface IFileSystem
{
    /// <summary>Whether <paramref name="path"/> is a file, a directory, or neither (symlinks followed).</summary>
    FileSystemEntryKind GetEntryKind(string path);

    /// <summary>The file's bytes, or null when it does not exist or cannot be read.</summary>
    byte[]? ReadFile(string path);

    /// <summary>The canonical path with every symbolic link resolved (realpath(3)); the input when that fails.</summary>
    string RealPath(string path);
}
