using System;
using System.Collections.Generic;

namespace Aot.Runtime.Modules.Resolution;

/// <summary>
/// Remembers every entry-kind probe and realpath of an inner file system, so resolving a large
/// dependency tree stats each candidate path once. File contents are not cached here (package.json
/// files are cached, parsed, by <see cref="PackageJsonReader"/>).
/// </summary>
/// <remarks>
/// A cached "missing" answer hides files created later, so the host should call <see cref="Clear"/>
/// when it knows the tree may have changed (Node only keeps its stat cache while the main module
/// graph loads). Not thread-safe: one instance per event loop.
/// </remarks>
public sealed class CachingFileSystem : IFileSystem
{
    private readonly IFileSystem _inner;
    private readonly Dictionary<string, FileSystemEntryKind> _kinds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _realPaths = new(StringComparer.Ordinal);

    public CachingFileSystem(IFileSystem inner)
    {
        ArgumentNullException.ThrowIfNull(inner);
        _inner = inner;
    }

    public IFileSystem Inner => _inner;

    public FileSystemEntryKind GetEntryKind(string path)
    {
        if (!_kinds.TryGetValue(path, out FileSystemEntryKind kind))
        {
            kind = _inner.GetEntryKind(path);
            _kinds[path] = kind;
        }
        return kind;
    }

    public byte[]? ReadFile(string path) => _inner.ReadFile(path);

    public string RealPath(string path)
    {
        if (!_realPaths.TryGetValue(path, out string? real))
        {
            real = _inner.RealPath(path);
            _realPaths[path] = real;
        }
        return real;
    }

    /// <summary>Forgets all cached answers.</summary>
    public void Clear()
    {
        _kinds.Clear();
        _realPaths.Clear();
    }
}
