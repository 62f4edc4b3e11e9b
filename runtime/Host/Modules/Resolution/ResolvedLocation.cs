namespace Aot.Runtime.Modules.Resolution;

/// <summary>An intermediate resolution result: a built-in name, or a file: URL (encoded pathname + ?query#fragment).</summary>
internal readonly struct ResolvedLocation
{
    private ResolvedLocation(string? builtinName, FileUrl.Location file)
    {
        BuiltinName = builtinName;
        File = file;
    }

    public string? BuiltinName { get; }

    public FileUrl.Location File { get; }

    public bool IsBuiltin => BuiltinName != null;

    public static ResolvedLocation Builtin(string name) => new(name, default);

    public static implicit operator ResolvedLocation(FileUrl.Location file) => new(null, file);
}
