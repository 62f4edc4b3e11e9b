using System;
using System.IO;
using System.Text.Json;

namespace Aot.Runtime.Modules;

/// <summary>How a source file is parsed: the ECMAScript goal symbol plus Node's CommonJS wrapper.</summary>
public enum SourceGoal
{
    /// <summary>ECMAScript Script goal.</summary>
    Script,
    /// <summary>Script goal inside Node's CommonJS function wrapper: top-level <c>return</c> is allowed.</summary>
    CommonJs,
    /// <summary>ECMAScript Module goal (strict, <c>import</c>/<c>export</c>, top-level await).</summary>
    Module,
}

/// <summary>
/// Node's rules for which goal a file has: <c>.mjs</c> is a module, <c>.cjs</c> is CommonJS,
/// and other files follow the <c>"type"</c> field of the nearest package.json.
/// </summary>
public static class SourceGoalResolver
{
    public static SourceGoal ForFile(string path)
    {
        string extension = Path.GetExtension(path);
        if (extension.Equals(".mjs", StringComparison.Ordinal)) return SourceGoal.Module;
        if (extension.Equals(".cjs", StringComparison.Ordinal)) return SourceGoal.CommonJs;
        return NearestPackageType(path) == "module" ? SourceGoal.Module : SourceGoal.Script;
    }

    /// <summary>The "type" of the nearest package.json above <paramref name="path"/>, or null.</summary>
    public static string? NearestPackageType(string path)
    {
        string? directory;
        try { directory = Path.GetDirectoryName(Path.GetFullPath(path)); }
        catch (Exception e) when (e is ArgumentException or PathTooLongException or NotSupportedException) { return null; }

        for (; directory != null; directory = Path.GetDirectoryName(directory))
        {
            string manifest = Path.Combine(directory, "package.json");
            if (!File.Exists(manifest)) continue;
            // Like Node, the nearest package.json decides even when it has no "type" field.
            return ReadTypeField(manifest);
        }
        return null;
    }

    private static string? ReadTypeField(string manifest)
    {
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(manifest));
            if (document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("type", out var type)
                && type.ValueKind == JsonValueKind.String)
                return type.GetString();
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
        {
            // An unreadable or malformed package.json does not change the goal of the files below it.
        }
        return null;
    }
}
