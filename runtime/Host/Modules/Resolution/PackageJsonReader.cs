using System;
using System.Collections.Generic;
using System.Text.Json;

namespace Aot.Runtime.Modules.Resolution;

/// <summary>
/// Node's READ_PACKAGE_JSON and LOOKUP_PACKAGE_SCOPE over an <see cref="IFileSystem"/>, with every
/// package.json parsed once (System.Text.Json's JsonDocument: no reflection, AOT-safe) and kept for
/// the life of the reader, as Node keeps its package.json cache for the life of the process.
/// </summary>
public sealed class PackageJsonReader
{
    private static readonly JsonDocumentOptions ParseOptions = new() { MaxDepth = 512 };

    private readonly IFileSystem _fileSystem;
    private readonly Dictionary<string, PackageJson?> _byDirectory = new(StringComparer.Ordinal);

    public PackageJsonReader(IFileSystem fileSystem)
    {
        ArgumentNullException.ThrowIfNull(fileSystem);
        _fileSystem = fileSystem;
    }

    /// <summary>
    /// READ_PACKAGE_JSON(packageURL): the package.json in <paramref name="directory"/> (no trailing '/'),
    /// or null when there is none. Invalid JSON gives an instance with <see cref="PackageJson.InvalidReason"/> set.
    /// </summary>
    public PackageJson? Read(string directory)
    {
        if (_byDirectory.TryGetValue(directory, out PackageJson? cached)) return cached;
        string file = directory == "/" ? "/package.json" : directory + "/package.json";
        PackageJson? result = null;
        if (_fileSystem.GetEntryKind(file) == FileSystemEntryKind.File)
        {
            byte[]? bytes = _fileSystem.ReadFile(file);
            if (bytes != null) result = Parse(directory, bytes);
        }
        _byDirectory[directory] = result;
        return result;
    }

    /// <summary>
    /// LOOKUP_PACKAGE_SCOPE(url): the nearest package.json above <paramref name="filePath"/>, stopping
    /// (with null) at a directory named node_modules, as Node does.
    /// </summary>
    public PackageJson? FindScope(string filePath)
    {
        string? directory = PathText.Parent(filePath);
        for (; directory != null; directory = PathText.Parent(directory))
        {
            // LOOKUP_PACKAGE_SCOPE step 2.2: "If scopeURL ends in a "node_modules" path segment, return null."
            if (PathText.EndsWithSegment(directory, "node_modules")) return null;
            PackageJson? package = Read(directory);
            if (package != null) return package;
        }
        return null;
    }

    /// <summary>Forgets every parsed package.json.</summary>
    public void Clear() => _byDirectory.Clear();

    private static PackageJson Parse(string directory, byte[] bytes)
    {
        ReadOnlyMemory<byte> json = bytes;
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF) json = json[3..];
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, ParseOptions);
        }
        catch (JsonException e)
        {
            return new PackageJson(directory, null, null, PackageType.None, null, null, e.Message);
        }

        // The document stays alive as long as the cache holds the exports/imports elements.
        JsonElement root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
            return new PackageJson(directory, null, null, PackageType.None, null, null, null);

        string? name = StringField(root, "name");
        string? main = StringField(root, "main");
        PackageType type = StringField(root, "type") switch
        {
            "module" => PackageType.Module,
            "commonjs" => PackageType.CommonJs,
            _ => PackageType.None,
        };
        JsonElement? exports = null;
        if (root.TryGetProperty("exports", out JsonElement exportsElement) && exportsElement.ValueKind != JsonValueKind.Null)
            exports = exportsElement;
        JsonElement? imports = null;
        if (root.TryGetProperty("imports", out JsonElement importsElement) && importsElement.ValueKind == JsonValueKind.Object)
            imports = importsElement;
        return new PackageJson(directory, name, main, type, exports, imports, null);
    }

    private static string? StringField(JsonElement root, string name) =>
        root.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
