using System.Text.Json;

namespace Aot.Runtime.Modules.Resolution;

/// <summary>The "type" field of a package.json, when it is one of the two values Node recognises.</summary>
public enum PackageType : byte
{
    None,
    CommonJs,
    Module,
}

/// <summary>
/// The fields of a package.json that module resolution reads (Node's package_json_reader keeps the
/// same set). A file that is not valid JSON still yields an instance, with <see cref="InvalidReason"/>
/// set, so the failure is cached like a success and reported with the importing context.
/// </summary>
public sealed class PackageJson
{
    internal PackageJson(string directory, string? name, string? main, PackageType type,
        JsonElement? exports, JsonElement? imports, string? invalidReason)
    {
        Directory = directory;
        Name = name;
        Main = main;
        Type = type;
        Exports = exports;
        Imports = imports;
        InvalidReason = invalidReason;
    }

    /// <summary>The package directory (no trailing '/').</summary>
    public string Directory { get; }

    /// <summary>The package.json path.</summary>
    public string FilePath => Directory == "/" ? "/package.json" : Directory + "/package.json";

    /// <summary>The package directory with a trailing '/', as Node prints it in error messages.</summary>
    public string DirectoryWithSlash => Directory == "/" ? "/" : Directory + "/";

    /// <summary>"name" when it is a string.</summary>
    public string? Name { get; }

    /// <summary>"main" when it is a string.</summary>
    public string? Main { get; }

    public PackageType Type { get; }

    /// <summary>"exports" when present and not null (any JSON value: string, array, object ...).</summary>
    public JsonElement? Exports { get; }

    /// <summary>"imports" when it is an object.</summary>
    public JsonElement? Imports { get; }

    /// <summary>The JSON parser's complaint when the file is not valid JSON; null when it parsed.</summary>
    public string? InvalidReason { get; }

    public bool IsValid => InvalidReason == null;
}
