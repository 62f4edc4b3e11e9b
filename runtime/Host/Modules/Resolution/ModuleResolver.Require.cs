using System;
using System.Collections.Generic;
using System.Text.Json;

namespace Aot.Runtime.Modules.Resolution;

// CommonJS: require(X) from module at path Y, as the pseudocode of "Modules: CommonJS modules" and
// Node 20's Module._resolveFilename / Module._findPath implement it.
public sealed partial class ModuleResolver
{
    private static readonly string[] CommonJsExtensions = [".js", ".json", ".node"];

    /// <summary>
    /// Extra folders searched after the node_modules chain (Node's GLOBAL_FOLDERS: NODE_PATH entries,
    /// $HOME/.node_modules, $HOME/.node_libraries, $PREFIX/lib/node). Empty by default; the host fills it.
    /// </summary>
    public IReadOnlyList<string> GlobalFolders { get; set; } = [];

    /// <summary>Resolves a <c>require()</c> / <c>require.resolve()</c> request as Node's CommonJS loader does.</summary>
    /// <param name="request">As written: "./x", "../lib", "/abs/x", "pkg", "pkg/sub", "#internal", "fs", "node:fs".</param>
    /// <param name="parentPath">The requiring module's absolute file path.</param>
    /// <param name="requireStack">
    /// The chain of requiring modules for the MODULE_NOT_FOUND message, innermost first; defaults to
    /// just <paramref name="parentPath"/>.
    /// </param>
    /// <exception cref="ModuleResolutionException">Node's error for the failure.</exception>
    public ResolvedModule ResolveRequire(string request, string parentPath, IReadOnlyList<string>? requireStack = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(parentPath);
        return ResolveRequireOrNull(request, parentPath)
            ?? throw ResolutionErrors.CommonJsNotFound(request, requireStack ?? [parentPath]);
    }

    /// <summary>require(X) from Y, returning null for the pseudocode's final THROW "not found".</summary>
    private ResolvedModule? ResolveRequireOrNull(string request, string parentPath)
    {
        // Step 1: core modules. require('node:unknown') is Module._load's ERR_UNKNOWN_BUILTIN_MODULE.
        if (request.StartsWith("node:", StringComparison.Ordinal))
        {
            string name = request.Substring(5);
            if (BuiltinModules.IsBuiltinWithScheme(name)) return ResolvedModule.ForBuiltin(name);
            throw ResolutionErrors.UnknownBuiltin(request);
        }
        if (BuiltinModules.IsBareBuiltin(request)) return ResolvedModule.ForBuiltin(request);

        // Step 4: LOAD_PACKAGE_IMPORTS, only when the package scope has "imports".
        if (request.Length > 0 && request[0] == '#')
        {
            PackageJson? scope = PackageJsons.FindScope(parentPath);
            if (scope != null && EnsureValid(scope, request, parentPath, commonJs: true).Imports != null)
                return ResolveCommonJsMapped(request, parentPath,
                    () => PackageImportsResolve(request, parentPath, ConditionSet.Require, commonJs: true));
        }

        // Step 5: LOAD_PACKAGE_SELF.
        if (LoadPackageSelf(request, parentPath) is ResolvedModule self) return self;

        // Steps 2-3 and 6: files, directories and LOAD_NODE_MODULES (Module._findPath).
        string? found = FindPath(request, parentPath);
        if (found == null) return null;
        ModuleFormat format = ModuleFormats.ForRequire(found, PackageJsons, out bool implicitFormat);
        return ResolvedModule.ForFile(found, FileUrl.FromPath(found), format, implicitFormat);
    }

    /// <summary>LOAD_PACKAGE_SELF(X, dirname(Y)).</summary>
    private ResolvedModule? LoadPackageSelf(string request, string parentPath)
    {
        PackageJson? scope = PackageJsons.FindScope(parentPath);
        if (scope == null) return null;
        EnsureValid(scope, request, parentPath, commonJs: true);
        if (scope.Exports is not JsonElement exports || scope.Name is not string name) return null;
        string subpath;
        if (request == name) subpath = ".";
        else if (request.Length > name.Length && request.StartsWith(name, StringComparison.Ordinal) && request[name.Length] == '/')
            subpath = "." + request.Substring(name.Length);
        else return null;
        return ResolveCommonJsMapped(request, parentPath,
            () => PackageExportsResolve(scope, subpath, exports, ConditionSet.Require, parentPath));
    }

    /// <summary>
    /// LOAD_PACKAGE_EXPORTS(X, DIR) (Node's resolveExports): null when X is not a package name or
    /// DIR/NAME has no "exports"; errors name no importer, as in Node.
    /// </summary>
    private ResolvedModule? LoadPackageExports(string request, string nodeModulesDirectory)
    {
        if (!TrySplitExportsRequest(request, out string name, out string expansion)) return null;
        string packageDirectory = PathText.Resolve(nodeModulesDirectory, name);
        PackageJson? package = PackageJsons.Read(packageDirectory);
        if (package == null) return null;
        EnsureValid(package, request, null, commonJs: true);
        if (package.Exports is not JsonElement exports) return null;
        return ResolveCommonJsMapped(request, null,
            () => PackageExportsResolve(package, "." + expansion, exports, ConditionSet.Require, null));
    }

    /// <summary>
    /// Runs an ESM-style "exports"/"imports" resolution for require and applies RESOLVE_ESM_MATCH
    /// (Node's finalizeEsmResolution): the target must be an existing file; ERR_MODULE_NOT_FOUND from
    /// a nested package lookup becomes MODULE_NOT_FOUND for the request.
    /// </summary>
    private ResolvedModule ResolveCommonJsMapped(string request, string? parentPath, Func<ResolvedLocation> resolve)
    {
        ResolvedLocation location;
        try
        {
            location = resolve();
        }
        catch (ModuleResolutionException e) when (e.Code == ResolutionErrors.ModuleNotFoundCode)
        {
            throw ResolutionErrors.CommonJsMappedNotFound(request);
        }
        if (location.IsBuiltin) return ResolvedModule.ForBuiltin(location.BuiltinName!);

        FileUrl.Location file = location.File;
        if (FileUrl.HasEncodedSeparator(file.Pathname))
            throw ResolutionErrors.InvalidModuleSpecifier(file.Pathname, "must not include encoded \"/\" or \"\\\" characters", parentPath);
        string path = FileUrl.DecodePath(file.Pathname);
        string? real = TryFile(path) ?? throw ResolutionErrors.CommonJsMappedNotFound(path);
        ModuleFormat format = ModuleFormats.ForRequire(real, PackageJsons, out bool implicitFormat);
        return ResolvedModule.ForFile(real, FileUrl.FromPath(real), format, implicitFormat);
    }

    /// <summary>Module._findPath: LOAD_AS_FILE then LOAD_AS_DIRECTORY in each candidate directory.</summary>
    private string? FindPath(string request, string parentPath)
    {
        bool absolute = request.Length > 0 && request[0] == '/';
        bool relative = !absolute && IsRelativeOrAbsolute(request);
        string parentDirectory = PathText.DirectoryOf(parentPath);

        bool trailingSlash = HasTrailingSlash(request);

        if (absolute) return FindInDirectory(request, "/", trailingSlash, exportsFirst: false, statDirectory: false);
        // The requiring module's directory exists; Node's stat of it cannot fail.
        if (relative) return FindInDirectory(request, parentDirectory, trailingSlash, exportsFirst: false, statDirectory: false);

        // Step 6: LOAD_NODE_MODULES(X, dirname(Y)) over NODE_MODULES_PATHS, then the global folders.
        for (string? directory = parentDirectory; directory != null; directory = PathText.Parent(directory))
        {
            // NODE_MODULES_PATHS step 4.a: no "node_modules/node_modules".
            if (PathText.EndsWithSegment(directory, "node_modules")) continue;
            string? found = FindInDirectory(request, PathText.Join(directory, "node_modules"), trailingSlash, exportsFirst: true, statDirectory: true);
            if (found != null) return found;
        }
        foreach (string folder in GlobalFolders)
        {
            string? found = FindInDirectory(request, folder, trailingSlash, exportsFirst: true, statDirectory: true);
            if (found != null) return found;
        }
        return null;
    }

    private string? FindInDirectory(string request, string directory, bool trailingSlash, bool exportsFirst, bool statDirectory)
    {
        if (statDirectory && _fileSystem.GetEntryKind(directory) != FileSystemEntryKind.Directory) return null;
        // LOAD_NODE_MODULES step 2.a: LOAD_PACKAGE_EXPORTS(X, DIR).
        if (exportsFirst && LoadPackageExports(request, directory) is ResolvedModule exported)
            return exported.Path ?? throw new InvalidOperationException("exports resolved to a built-in");

        string basePath = PathText.Resolve(directory, request);
        FileSystemEntryKind kind = _fileSystem.GetEntryKind(basePath);
        string? filename = null;
        if (!trailingSlash)
        {
            // LOAD_AS_FILE(X): X itself, then X.js, X.json, X.node.
            if (kind == FileSystemEntryKind.File) filename = _fileSystem.RealPath(basePath);
            filename ??= TryExtensions(basePath);
        }
        // LOAD_AS_DIRECTORY(X).
        if (filename == null && kind == FileSystemEntryKind.Directory) filename = LoadAsDirectory(basePath);
        return filename;
    }

    /// <summary>LOAD_AS_DIRECTORY(X) (Node's tryPackage): package.json "main", then LOAD_INDEX.</summary>
    private string? LoadAsDirectory(string directory)
    {
        PackageJson? package = PackageJsons.Read(directory);
        if (package != null) EnsureValid(package, null, null, commonJs: true);
        // Step 1.b: a falsy "main" goes to LOAD_INDEX(X).
        if (package?.Main is not { Length: > 0 } main) return TryExtensions(PathText.Join(directory, "index"));

        // Steps 1.c-1.e: LOAD_AS_FILE(M), LOAD_INDEX(M).
        string mainPath = PathText.Resolve(directory, main);
        string? found = TryFile(mainPath) ?? TryExtensions(mainPath) ?? TryExtensions(PathText.Join(mainPath, "index"));
        if (found != null) return found;
        // Step 1.f: LOAD_INDEX(X), deprecated (DEP0128); step 1.g: THROW.
        return TryExtensions(PathText.Join(directory, "index"))
            ?? throw ResolutionErrors.CommonJsInvalidMain(mainPath);
    }

    /// <summary>X.js, X.json, X.node: the first that is a file, as its real path.</summary>
    private string? TryExtensions(string basePath)
    {
        foreach (string extension in CommonJsExtensions)
        {
            if (TryFile(basePath + extension) is string found) return found;
        }
        return null;
    }

    private string? TryFile(string path) =>
        _fileSystem.GetEntryKind(path) == FileSystemEntryKind.File ? _fileSystem.RealPath(path) : null;

    /// <summary>Node's trailing-slash test: "x/", ".", "..", "x/." and "x/.." only name directories.</summary>
    private static bool HasTrailingSlash(string request)
    {
        int n = request.Length;
        if (n == 0) return false;
        if (request[n - 1] == '/') return true;
        if (request[n - 1] != '.') return false;
        if (n == 1 || request[n - 2] == '/') return true;
        return request[n - 2] == '.' && (n == 2 || request[n - 3] == '/');
    }

    /// <summary>Node's EXPORTS_PATTERN /^((?:@[^/\\%]+\/)?[^./\\%][^/\\%]*)(\/.*)?$/.</summary>
    private static bool TrySplitExportsRequest(string request, out string name, out string expansion)
    {
        name = expansion = "";
        int i = 0;
        if (request.Length > 0 && request[0] == '@')
        {
            int scopeEnd = request.IndexOf('/');
            if (scopeEnd <= 1 || request.AsSpan(1, scopeEnd - 1).IndexOfAny('\\', '%') >= 0) return false;
            i = scopeEnd + 1;
        }
        if (i >= request.Length) return false;
        char first = request[i];
        if (first is '.' or '/' or '\\' or '%') return false;
        int end = request.IndexOf('/', i);
        if (end < 0) end = request.Length;
        if (request.AsSpan(i, end - i).IndexOfAny('\\', '%') >= 0) return false;
        name = request.Substring(0, end);
        expansion = request.Substring(end);
        return true;
    }
}
