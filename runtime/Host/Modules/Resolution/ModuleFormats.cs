using System;

namespace Aot.Runtime.Modules.Resolution;

/// <summary>
/// Which format a resolved file has: ESM_FILE_FORMAT for <c>import</c>, Node's extension handlers for
/// <c>require</c>. Both consult the package scope's "type" via LOOKUP_PACKAGE_SCOPE.
/// </summary>
internal static class ModuleFormats
{
    /// <summary>ESM_FILE_FORMAT(url) without the experimental flags (no wasm, no syntax detection: the loader does detection).</summary>
    public static ModuleFormat ForImport(string path, PackageJsonReader packages, out bool formatIsImplicit)
    {
        formatIsImplicit = false;
        string extension = ExtensionOf(path);
        // Steps 2-4.
        switch (extension)
        {
            case ".mjs": return ModuleFormat.Module;
            case ".cjs": return ModuleFormat.CommonJs;
            case ".json": return ModuleFormat.Json;
            case ".wasm": return ModuleFormat.Wasm;
        }
        // Steps 6-9 (LOOKUP_PACKAGE_SCOPE, READ_PACKAGE_JSON, "type"), then 10 (".js") and 11 (no extension).
        if (extension == ".js" || extension.Length == 0)
            return TypeOfScope(path, packages, out formatIsImplicit);
        // Step 12: undefined; the loader throws ERR_UNKNOWN_FILE_EXTENSION.
        return ModuleFormat.Unknown;
    }

    /// <summary>
    /// Module._extensions as Node 20 applies them: .json, .node, .mjs (ERR_REQUIRE_ESM in the loader),
    /// .cjs; .js follows "type"; every other extension loads as CommonJS.
    /// </summary>
    public static ModuleFormat ForRequire(string path, PackageJsonReader packages, out bool formatIsImplicit)
    {
        formatIsImplicit = false;
        switch (ExtensionOf(path))
        {
            case ".json": return ModuleFormat.Json;
            case ".node": return ModuleFormat.Addon;
            case ".mjs": return ModuleFormat.Module;
            case ".cjs": return ModuleFormat.CommonJs;
            case ".js": return TypeOfScope(path, packages, out formatIsImplicit);
            default: return ModuleFormat.CommonJs;
        }
    }

    private static ModuleFormat TypeOfScope(string path, PackageJsonReader packages, out bool formatIsImplicit)
    {
        PackageJson? scope = packages.FindScope(path);
        // An unparsable package.json has no usable "type"; Node reports it elsewhere.
        PackageType type = scope is { IsValid: true } ? scope.Type : PackageType.None;
        formatIsImplicit = type == PackageType.None;
        return type == PackageType.Module ? ModuleFormat.Module : ModuleFormat.CommonJs;
    }

    /// <summary>The extension of the last path segment including the dot ("" when none; ".bashrc" has none, like path.extname).</summary>
    private static string ExtensionOf(string path)
    {
        int slash = path.LastIndexOf('/');
        int dot = path.LastIndexOf('.');
        if (dot <= slash + 1) return "";
        return path.Substring(dot);
    }
}
