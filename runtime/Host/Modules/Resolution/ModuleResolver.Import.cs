using System;

namespace Aot.Runtime.Modules.Resolution;

// ESM: ESM_RESOLVE, PACKAGE_RESOLVE, PACKAGE_SELF_RESOLVE and Node's legacy "main" fallback.
public sealed partial class ModuleResolver
{
    /// <summary>
    /// Resolves an <c>import</c> / <c>import()</c> specifier as Node's ESM loader does (ESM_RESOLVE).
    /// </summary>
    /// <param name="specifier">As written: "./x.js", "/abs/x.js", "file:///abs/x.js", "pkg/sub", "#internal", "node:fs", "fs".</param>
    /// <param name="parentPath">
    /// The importing module's absolute file path, or a directory path ending in '/' (the base for an
    /// entry point or the REPL). Errors name it as "imported from ...".
    /// </param>
    /// <param name="conditions">Export conditions; default <see cref="ConditionSet.Import"/>.</param>
    /// <exception cref="ModuleResolutionException">Node's error for the failure.</exception>
    public ResolvedModule ResolveImport(string specifier, string parentPath, ConditionSet? conditions = null)
    {
        ArgumentNullException.ThrowIfNull(specifier);
        ArgumentNullException.ThrowIfNull(parentPath);
        try
        {
            return EsmResolve(specifier, parentPath, conditions ?? ConditionSet.Import);
        }
        catch (ModuleResolutionException e) when (e.Code is ResolutionErrors.ModuleNotFoundCode or ResolutionErrors.UnsupportedDirImportCode)
        {
            // Node's defaultResolve decorates these two with what require() would have found.
            string? hint = CommonJsHint(specifier, parentPath);
            if (hint == null) throw;
            throw e.WithMessage(e.Message + "\nDid you mean to import " + hint + "?");
        }
    }

    /// <summary>ESM_RESOLVE(specifier, parentURL).</summary>
    private ResolvedModule EsmResolve(string specifier, string parentPath, ConditionSet conditions)
    {
        // Node handles the "node:" scheme before anything else; an unknown name fails here rather than at load.
        if (specifier.StartsWith("node:", StringComparison.Ordinal))
        {
            string name = specifier.Substring(5);
            if (BuiltinModules.IsBuiltinWithScheme(name)) return ResolvedModule.ForBuiltin(name);
            throw ResolutionErrors.UnknownBuiltin(specifier);
        }

        ResolvedLocation resolved;
        if (IsRelativeOrAbsolute(specifier))
        {
            // Step 3: URL resolution of specifier relative to parentURL.
            resolved = FileUrl.Resolve(EncodedDirectory(PathText.DirectoryOf(parentPath)), specifier);
        }
        else if (specifier.Length > 0 && specifier[0] == '#')
        {
            // Step 4.
            resolved = PackageImportsResolve(specifier, parentPath, conditions, commonJs: false);
        }
        else if (FileUrl.HasScheme(specifier, out string scheme))
        {
            // Step 2: a valid URL. Node's loader accepts file:, data: and node: only.
            if (scheme == "file") resolved = FileUrl.ParseFileUrl(specifier);
            else if (scheme == "data") throw ResolutionErrors.DataUrlsUnsupported();
            else throw ResolutionErrors.UnsupportedUrlScheme(scheme);
        }
        else
        {
            // Step 5: a bare specifier.
            resolved = PackageResolve(specifier, parentPath, conditions, commonJs: false);
        }

        if (resolved.IsBuiltin) return ResolvedModule.ForBuiltin(resolved.BuiltinName!);
        return FinalizeFileResolution(resolved.File, parentPath);
    }

    /// <summary>ESM_RESOLVE steps 7.1-7.5 (Node's finalizeResolution) for a file: URL.</summary>
    private ResolvedModule FinalizeFileResolution(FileUrl.Location location, string parentPath)
    {
        string url = "file://" + location.Pathname + location.Suffix;
        // Step 7.1.
        if (FileUrl.HasEncodedSeparator(location.Pathname))
            throw ResolutionErrors.InvalidModuleSpecifier(location.Pathname, "must not include encoded \"/\" or \"\\\" characters", parentPath);

        string path = FileUrl.DecodePath(location.Pathname);
        // Step 7.2. Node stats "/" for any path with a trailing slash, so it always reports a directory import.
        FileSystemEntryKind kind = path.Length > 1 && path[^1] == '/'
            ? FileSystemEntryKind.Directory
            : _fileSystem.GetEntryKind(path);
        if (kind == FileSystemEntryKind.Directory)
            throw ResolutionErrors.UnsupportedDirectoryImport(path, parentPath, url);
        // Step 7.3.
        if (kind != FileSystemEntryKind.File)
            throw ResolutionErrors.ModuleNotFound(path, parentPath, url);

        // Steps 7.4-7.5: the real path keeps the query and fragment.
        string real = _fileSystem.RealPath(path);
        ModuleFormat format = ModuleFormats.ForImport(real, PackageJsons, out bool implicitFormat);
        return ResolvedModule.ForFile(real, FileUrl.FromPath(real, location.Suffix), format, implicitFormat);
    }

    /// <summary>
    /// PACKAGE_RESOLVE(packageSpecifier, parentURL). With <paramref name="commonJs"/>, invalid package.json
    /// files are reported the way require() words it.
    /// </summary>
    private ResolvedLocation PackageResolve(string specifier, string parentPath, ConditionSet conditions, bool commonJs)
    {
        // Step 3: bare built-in names ("fs", not "test").
        if (BuiltinModules.IsBareBuiltin(specifier)) return ResolvedLocation.Builtin(specifier);

        // Steps 2, 4-6: the package name, "@scope/name" or "name"; no leading ".", no "\" or "%".
        if (!TrySplitPackageSpecifier(specifier, out string packageName, out string packageSubpath))
            throw ResolutionErrors.InvalidModuleSpecifier(specifier, "is not a valid package name", parentPath);

        // Step 9: the enclosing package by its own name.
        if (PackageSelfResolve(packageName, packageSubpath, parentPath, conditions, specifier, commonJs) is ResolvedLocation self)
            return self;

        // Step 10: walk up node_modules folders. Like Node (and the spec's URL arithmetic) this visits
        // every ancestor, including ones inside node_modules.
        for (string? directory = PathText.DirectoryOf(parentPath); directory != null; directory = PathText.Parent(directory))
        {
            string packageDirectory = PathText.Join(directory, "node_modules/" + packageName);
            // Step 10.3.
            if (_fileSystem.GetEntryKind(packageDirectory) != FileSystemEntryKind.Directory) continue;
            // Step 10.4.
            PackageJson? package = PackageJsons.Read(packageDirectory);
            if (package != null) EnsureValid(package, specifier, parentPath, commonJs);
            // Step 10.5.
            if (package?.Exports is System.Text.Json.JsonElement exports)
                return PackageExportsResolve(package, packageSubpath, exports, conditions, parentPath);
            // Step 10.6: Node's legacyMainResolve instead of the written "pjson.main" step.
            if (packageSubpath == ".") return LegacyMainResolve(packageDirectory, package, parentPath);
            // Step 10.7.
            return FileUrl.Resolve(EncodedDirectory(packageDirectory), packageSubpath);
        }
        // Step 11.
        throw ResolutionErrors.PackageNotFound(packageName, parentPath);
    }

    /// <summary>PACKAGE_SELF_RESOLVE(packageName, packageSubpath, parentURL); null for the algorithm's undefined.</summary>
    private ResolvedLocation? PackageSelfResolve(
        string packageName, string packageSubpath, string parentPath, ConditionSet conditions, string specifier, bool commonJs)
    {
        PackageJson? scope = PackageJsons.FindScope(parentPath);
        if (scope == null) return null;
        EnsureValid(scope, specifier, parentPath, commonJs);
        if (scope.Exports is not System.Text.Json.JsonElement exports || scope.Name != packageName) return null;
        return PackageExportsResolve(scope, packageSubpath, exports, conditions, parentPath);
    }

    /// <summary>
    /// Node's legacyMainResolve for a package without "exports": "main" with the extensions .js, .json,
    /// .node and /index.*, then ./index.js, ./index.json, ./index.node; the first file wins.
    /// </summary>
    private ResolvedLocation LegacyMainResolve(string packageDirectory, PackageJson? package, string parentPath)
    {
        string encodedDirectory = EncodedDirectory(packageDirectory);
        if (package?.Main is string main)
        {
            foreach (string suffix in LegacyMainSuffixes)
            {
                FileUrl.Location guess = FileUrl.Resolve(encodedDirectory, "./" + main + suffix);
                if (IsFile(guess)) return guess;
            }
        }
        foreach (string index in LegacyIndexFiles)
        {
            FileUrl.Location guess = FileUrl.Resolve(encodedDirectory, index);
            if (IsFile(guess)) return guess;
        }
        // Node 20 names the main file (or index.js) it could not find, as a missing "package".
        string missing = package?.Main is string m ? PathText.Resolve(packageDirectory, m) : PathText.Join(packageDirectory, "index.js");
        throw ResolutionErrors.PackageNotFound(missing, parentPath);
    }

    private static readonly string[] LegacyMainSuffixes = ["", ".js", ".json", ".node", "/index.js", "/index.json", "/index.node"];
    private static readonly string[] LegacyIndexFiles = ["./index.js", "./index.json", "./index.node"];

    private bool IsFile(FileUrl.Location location) =>
        _fileSystem.GetEntryKind(FileUrl.DecodePath(location.Pathname)) == FileSystemEntryKind.File;

    /// <summary>Node's shouldBeTreatedAsRelativeOrAbsolutePath: "/...", "./...", "../...", ".", "..".</summary>
    internal static bool IsRelativeOrAbsolute(string specifier)
    {
        if (specifier.Length == 0) return false;
        if (specifier[0] == '/') return true;
        if (specifier[0] != '.') return false;
        if (specifier.Length == 1 || specifier[1] == '/') return true;
        return specifier[1] == '.' && (specifier.Length == 2 || specifier[2] == '/');
    }

    /// <summary>PACKAGE_RESOLVE steps 4-7: "name/sub" → ("name", "./sub"); "@s/n/sub" → ("@s/n", "./sub").</summary>
    private static bool TrySplitPackageSpecifier(string specifier, out string packageName, out string packageSubpath)
    {
        packageName = "";
        packageSubpath = "";
        if (specifier.Length == 0) return false;
        int separator = specifier.IndexOf('/');
        if (specifier[0] == '@')
        {
            if (separator < 0) return false;
            separator = specifier.IndexOf('/', separator + 1);
        }
        packageName = separator < 0 ? specifier : specifier.Substring(0, separator);
        if (packageName.Length == 0 || packageName[0] == '.' || packageName.Contains('\\') || packageName.Contains('%'))
            return false;
        packageSubpath = "." + specifier.Substring(packageName.Length);
        return true;
    }
}
