using System;
using System.IO;
using Aot.Runtime.Modules.Resolution;

namespace Aot.Runtime.Tests.Modules;

/// <summary>A file tree in a fresh temporary directory, deleted on dispose. Paths are relative to <see cref="Root"/>.</summary>
internal sealed class FixtureTree : IDisposable
{
    public FixtureTree()
    {
        string directory = Path.Combine(Path.GetTempPath(), "aot-modules-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        // The resolver returns real paths; /tmp may itself be a link.
        Root = PhysicalFileSystem.Instance.RealPath(directory);
    }

    public string Root { get; }

    public string this[string relative] => relative.Length == 0 ? Root : Root + "/" + relative;

    public FixtureTree File(string relative, string content = "")
    {
        string path = this[relative];
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllText(path, content);
        return this;
    }

    public FixtureTree Dir(string relative)
    {
        Directory.CreateDirectory(this[relative]);
        return this;
    }

    public FixtureTree Symlink(string relative, string targetRelative)
    {
        string path = this[relative];
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        Directory.CreateSymbolicLink(path, this[targetRelative]);
        return this;
    }

    public ModuleResolver Resolver() => new(PhysicalFileSystem.Instance);

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); }
        catch (IOException) { }
    }
}
