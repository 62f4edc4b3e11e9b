namespace Aot.Runtime.Modules.Resolution;

/// <summary>The result of resolving an <c>import</c> specifier or a <c>require</c> request.</summary>
public sealed class ResolvedModule
{
    private ResolvedModule(ModuleFormat format, string? path, string url, string? builtinName, bool formatIsImplicit)
    {
        Format = format;
        Path = path;
        Url = url;
        BuiltinName = builtinName;
        FormatIsImplicit = formatIsImplicit;
    }

    /// <summary>How the loader evaluates the module.</summary>
    public ModuleFormat Format { get; }

    /// <summary>Absolute, real (symlinks resolved) file path; null for built-ins.</summary>
    public string? Path { get; }

    /// <summary>
    /// The module's identity: <c>file:///abs/x.js</c> (with the specifier's <c>?query</c> and <c>#fragment</c>
    /// kept, as Node keys its ESM cache by URL) or <c>node:fs</c> for built-ins.
    /// </summary>
    public string Url { get; }

    /// <summary>Built-in module name without the <c>node:</c> prefix (<c>fs</c>, <c>test</c>); null for files.</summary>
    public string? BuiltinName { get; }

    /// <summary>
    /// True when the format was not stated by the file (a <c>.js</c> or extensionless file whose package
    /// scope has no "type" field): the loader may apply Node's syntax detection and run it as ESM.
    /// </summary>
    public bool FormatIsImplicit { get; }

    public bool IsBuiltin => Format == ModuleFormat.Builtin;

    internal static ResolvedModule ForBuiltin(string name) =>
        new(ModuleFormat.Builtin, null, "node:" + name, name, false);

    internal static ResolvedModule ForFile(string path, string url, ModuleFormat format, bool formatIsImplicit) =>
        new(format, path, url, null, formatIsImplicit);

    public override string ToString() => IsBuiltin ? Url : $"{Path} ({Format})";
}
