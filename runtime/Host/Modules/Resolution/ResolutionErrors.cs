using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Aot.Runtime.Modules.Resolution;

/// <summary>
/// Node's resolution errors, with the exact message templates of Node 20's lib/internal/errors.js.
/// "base" arguments are the importing module's path; null leaves out the " imported from ..." part
/// (Node passes no base when resolving a CommonJS package's "exports").
/// </summary>
internal static class ResolutionErrors
{
    public const string ModuleNotFoundCode = "ERR_MODULE_NOT_FOUND";
    public const string CommonJsNotFoundCode = "MODULE_NOT_FOUND";
    public const string InvalidPackageTargetCode = "ERR_INVALID_PACKAGE_TARGET";
    public const string UnsupportedDirImportCode = "ERR_UNSUPPORTED_DIR_IMPORT";

    public static ModuleResolutionException ModuleNotFound(string path, string? parentPath, string url) =>
        new(ModuleNotFoundCode, $"Cannot find module '{path}' imported from {parentPath}") { Url = url };

    public static ModuleResolutionException PackageNotFound(string packageName, string? parentPath) =>
        new(ModuleNotFoundCode, $"Cannot find package '{packageName}' imported from {parentPath}");

    public static ModuleResolutionException UnsupportedDirectoryImport(string path, string? parentPath, string url) =>
        new(UnsupportedDirImportCode,
            $"Directory import '{path}' is not supported resolving ES modules imported from {parentPath}") { Url = url };

    public static ModuleResolutionException InvalidModuleSpecifier(string request, string reason, string? parentPath) =>
        new("ERR_INVALID_MODULE_SPECIFIER", $"Invalid module \"{request}\" {reason}{ImportedFrom(parentPath)}", isTypeError: true);

    public static ModuleResolutionException PackagePathNotExported(PackageJson package, string subpath, string? parentPath) =>
        new("ERR_PACKAGE_PATH_NOT_EXPORTED", subpath == "."
            ? $"No \"exports\" main defined in {package.FilePath}{ImportedFrom(parentPath)}"
            : $"Package subpath '{subpath}' is not defined by \"exports\" in {package.FilePath}{ImportedFrom(parentPath)}");

    public static ModuleResolutionException InvalidPackageTarget(
        PackageJson package, string key, JsonElement target, bool isImports, string? parentPath)
    {
        // Node turns the target into a string first (`${target}`, JSON for objects) and then JSON-quotes it,
        // so the number 5 prints as "5".
        string text = target.ValueKind == JsonValueKind.String ? target.GetString()!
            : target.ValueKind is JsonValueKind.Object or JsonValueKind.Array ? Stringify(target)
            : target.GetRawText();
        bool relativeHint = !isImports && text.Length > 0 && !text.StartsWith("./", System.StringComparison.Ordinal);
        string hint = relativeHint ? "; targets must start with \"./\"" : "";
        string json = Quote(text);
        string message = key == "."
            ? $"Invalid \"exports\" main target {json} defined in the package config {package.FilePath}{ImportedFrom(parentPath)}{hint}"
            : $"Invalid \"{(isImports ? "imports" : "exports")}\" target {json} defined for '{key}' in the package config {package.FilePath}{ImportedFrom(parentPath)}{hint}";
        return new ModuleResolutionException(InvalidPackageTargetCode, message);
    }

    public static ModuleResolutionException InvalidSubpath(string request, string patternKey, PackageJson package, bool isImports, string? parentPath) =>
        InvalidModuleSpecifier(request,
            $"request is not a valid match in pattern \"{patternKey}\" for the \"{(isImports ? "imports" : "exports")}\" resolution of {package.FilePath}",
            parentPath);

    public static ModuleResolutionException PackageImportNotDefined(string specifier, PackageJson? scope, string? parentPath) =>
        new("ERR_PACKAGE_IMPORT_NOT_DEFINED",
            $"Package import specifier \"{specifier}\" is not defined{(scope != null ? $" in package {scope.FilePath}" : "")} imported from {parentPath}",
            isTypeError: true);

    /// <summary>ERR_INVALID_PACKAGE_CONFIG for a structural problem of "exports" (Node names the importer by URL here).</summary>
    public static ModuleResolutionException InvalidExportsConfig(PackageJson package, string? parentPath, string reason) =>
        new("ERR_INVALID_PACKAGE_CONFIG",
            $"Invalid package config {package.FilePath}{(parentPath != null ? " while importing " + FileUrl.FromPath(parentPath) : "")}. {reason}");

    /// <summary>ERR_INVALID_PACKAGE_CONFIG for a package.json that is not JSON, worded as ESM or CommonJS reports it.</summary>
    public static ModuleResolutionException InvalidPackageJson(PackageJson package, string? specifier, string? parentPath, bool commonJs)
    {
        if (commonJs)
            return new("ERR_INVALID_PACKAGE_CONFIG", $"Error parsing {package.FilePath}: {package.InvalidReason}");
        string context = specifier != null && parentPath != null ? $" while importing \"{specifier}\" from {parentPath}"
            : parentPath != null ? $" while importing {parentPath}" : "";
        return new("ERR_INVALID_PACKAGE_CONFIG", $"Invalid package config {package.FilePath}{context}. {package.InvalidReason}");
    }

    public static ModuleResolutionException UnknownBuiltin(string specifier) =>
        new("ERR_UNKNOWN_BUILTIN_MODULE", $"No such built-in module: {specifier}");

    public static ModuleResolutionException UnsupportedUrlScheme(string scheme) =>
        new("ERR_UNSUPPORTED_ESM_URL_SCHEME",
            $"Only URLs with a scheme in: file, data, and node are supported by the default ESM loader. Received protocol '{scheme}:'");

    public static ModuleResolutionException DataUrlsUnsupported() =>
        new("ERR_UNSUPPORTED_ESM_URL_SCHEME", "data: URLs are not supported by this runtime's ESM loader yet");

    public static ModuleResolutionException InvalidFileUrlHost() =>
        new("ERR_INVALID_FILE_URL_HOST", "File URL host must be \"localhost\" or empty on linux", isTypeError: true);

    /// <summary>CommonJS: "Cannot find module 'x'" plus the require stack, innermost parent first.</summary>
    public static ModuleResolutionException CommonJsNotFound(string request, IReadOnlyList<string> requireStack)
    {
        var message = new StringBuilder("Cannot find module '").Append(request).Append('\'');
        if (requireStack.Count > 0)
        {
            message.Append("\nRequire stack:");
            foreach (string entry in requireStack) message.Append("\n- ").Append(entry);
        }
        return new ModuleResolutionException(CommonJsNotFoundCode, message.ToString()) { RequireStack = requireStack };
    }

    /// <summary>CommonJS after an "exports"/"imports"/self match: Node's createEsmNotFoundErr (no require stack).</summary>
    public static ModuleResolutionException CommonJsMappedNotFound(string request) =>
        new(CommonJsNotFoundCode, $"Cannot find module '{request}'");

    public static ModuleResolutionException CommonJsInvalidMain(string mainPath) =>
        new(CommonJsNotFoundCode, $"Cannot find module '{mainPath}'. Please verify that the package.json has a valid \"main\" entry");

    private static string ImportedFrom(string? parentPath) => parentPath != null ? " imported from " + parentPath : "";

    /// <summary>JSON.stringify of a string.</summary>
    private static string Quote(string text)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            writer.WriteStringValue(text);
        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    /// <summary>JSON.stringify of a package.json value, compact.</summary>
    private static string Stringify(JsonElement value)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            value.WriteTo(writer);
        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }
}
