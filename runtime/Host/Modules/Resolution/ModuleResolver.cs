using System;

namespace Aot.Runtime.Modules.Resolution;

/// <summary>
/// Node's module resolution, engine-independent: <see cref="ResolveImport"/> follows the ESM resolver
/// specification (ESM_RESOLVE and the PACKAGE_* algorithms of "Modules: ECMAScript modules") and
/// <see cref="ResolveRequire"/> follows require.resolve (LOAD_AS_FILE, LOAD_NODE_MODULES ... of
/// "Modules: CommonJS modules"), with Node 20's observable deviations from the written algorithms
/// noted where they are implemented. Failures throw <see cref="ModuleResolutionException"/>.
/// </summary>
/// <remarks>
/// Files: ModuleResolver.Import.cs (ESM), ModuleResolver.PackageMaps.cs ("exports"/"imports"),
/// ModuleResolver.Require.cs (CommonJS), ModuleResolver.Hints.cs ("Did you mean to import ...?").
/// Every probe goes through one <see cref="CachingFileSystem"/> and one <see cref="PackageJsonReader"/>,
/// so a dependency tree is statted and parsed once. Not thread-safe: one resolver per event loop.
/// </remarks>
public sealed partial class ModuleResolver
{
    private readonly CachingFileSystem _fileSystem;

    /// <param name="fileSystem">The file system to probe (<see cref="PhysicalFileSystem.Instance"/> in the runtime); it is wrapped in a stat cache.</param>
    public ModuleResolver(IFileSystem fileSystem)
    {
        ArgumentNullException.ThrowIfNull(fileSystem);
        _fileSystem = fileSystem as CachingFileSystem ?? new CachingFileSystem(fileSystem);
        PackageJsons = new PackageJsonReader(_fileSystem);
    }

    /// <summary>The package.json cache; the loader shares it to find a file's package scope.</summary>
    public PackageJsonReader PackageJsons { get; }

    /// <summary>
    /// Forgets cached stats and realpaths (files created or deleted since are seen again). The
    /// package.json cache is kept unless <paramref name="packageJsonsToo"/>, as Node keeps it for the process.
    /// </summary>
    public void ClearCaches(bool packageJsonsToo = false)
    {
        _fileSystem.Clear();
        if (packageJsonsToo) PackageJsons.Clear();
    }

    /// <summary>The format Node gives <paramref name="realPath"/> when it is imported (ESM_FILE_FORMAT).</summary>
    public ModuleFormat GetImportFormat(string realPath, out bool formatIsImplicit) =>
        ModuleFormats.ForImport(realPath, PackageJsons, out formatIsImplicit);

    /// <summary>The format Node gives <paramref name="realPath"/> when it is required.</summary>
    public ModuleFormat GetRequireFormat(string realPath, out bool formatIsImplicit) =>
        ModuleFormats.ForRequire(realPath, PackageJsons, out formatIsImplicit);

    private PackageJson EnsureValid(PackageJson package, string? specifier, string? parentPath, bool commonJs)
    {
        if (!package.IsValid) throw ResolutionErrors.InvalidPackageJson(package, specifier, parentPath, commonJs);
        return package;
    }
}
