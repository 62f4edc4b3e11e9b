using System;
using System.Collections.Generic;
using System.Text;

namespace Aot.Runtime.Modules.Resolution;

/// <summary>
/// A file tree held in memory, for tests and for scripts embedded in the executable.
/// Adding a file creates its parent directories. Symbolic links are directory or file aliases
/// (<see cref="AddSymlink"/>) that <see cref="RealPath"/> resolves. Counts probes so tests can
/// check that caching works.
/// </summary>
public sealed class InMemoryFileSystem : IFileSystem
{
    private readonly Dictionary<string, byte[]> _files = new(StringComparer.Ordinal);
    private readonly HashSet<string> _directories = new(StringComparer.Ordinal) { "/" };
    private readonly Dictionary<string, string> _links = new(StringComparer.Ordinal);

    /// <summary>How many times <see cref="GetEntryKind"/> was called.</summary>
    public int EntryKindProbes { get; private set; }

    /// <summary>How many times <see cref="ReadFile"/> was called.</summary>
    public int Reads { get; private set; }

    public InMemoryFileSystem AddFile(string path, string content) => AddFile(path, Encoding.UTF8.GetBytes(content));

    public InMemoryFileSystem AddFile(string path, byte[] content)
    {
        path = Normalize(path);
        _files[path] = content;
        AddDirectory(Parent(path) ?? "/");
        return this;
    }

    public InMemoryFileSystem AddDirectory(string path)
    {
        for (string? p = Normalize(path); p != null && _directories.Add(p); p = Parent(p)) { }
        return this;
    }

    /// <summary>Makes <paramref name="linkPath"/> an alias of <paramref name="targetPath"/> (absolute).</summary>
    public InMemoryFileSystem AddSymlink(string linkPath, string targetPath)
    {
        linkPath = Normalize(linkPath);
        _links[linkPath] = Normalize(targetPath);
        AddDirectory(Parent(linkPath) ?? "/");
        return this;
    }

    public FileSystemEntryKind GetEntryKind(string path)
    {
        EntryKindProbes++;
        string real = RealPath(path);
        if (_files.ContainsKey(real)) return FileSystemEntryKind.File;
        if (_directories.Contains(real)) return FileSystemEntryKind.Directory;
        return FileSystemEntryKind.None;
    }

    public byte[]? ReadFile(string path)
    {
        Reads++;
        return _files.TryGetValue(RealPath(path), out byte[]? bytes) ? bytes : null;
    }

    public string RealPath(string path)
    {
        string current = Normalize(path);
        // Resolve the longest linked prefix repeatedly (links may point into other links); bounded like ELOOP.
        for (int hops = 0; hops < 40; hops++)
        {
            bool replaced = false;
            for (int end = current.Length; end > 0; end = current.LastIndexOf('/', end - 1))
            {
                string prefix = current.Substring(0, end);
                if (_links.TryGetValue(prefix, out string? target))
                {
                    current = target + current.Substring(end);
                    replaced = true;
                    break;
                }
                if (end == 0) break;
            }
            if (!replaced) return current;
        }
        return current;
    }

    private static string Normalize(string path)
    {
        if (path.Length > 1 && path.EndsWith('/')) path = path.TrimEnd('/');
        return path.Length == 0 ? "/" : path;
    }

    private static string? Parent(string path)
    {
        if (path == "/") return null;
        int slash = path.LastIndexOf('/');
        return slash <= 0 ? "/" : path.Substring(0, slash);
    }
}
