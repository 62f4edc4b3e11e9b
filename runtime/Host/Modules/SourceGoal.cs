using System;
using System.IO;
using Aot.Runtime.Modules.Resolution;

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
/// and other files follow the <c>"type"</c> of their package scope (LOOKUP_PACKAGE_SCOPE: the
/// nearest package.json, not looking past a node_modules folder).
/// </summary>
public static class SourceGoalResolver
{
    private static PackageJsonReader? _packages;

    public static SourceGoal ForFile(string path)
    {
        string extension = Path.GetExtension(path);
        if (extension.Equals(".mjs", StringComparison.Ordinal)) return SourceGoal.Module;
        if (extension.Equals(".cjs", StringComparison.Ordinal)) return SourceGoal.CommonJs;
        string fullPath;
        try { fullPath = Path.GetFullPath(path); }
        catch (Exception e) when (e is ArgumentException or PathTooLongException or NotSupportedException) { return SourceGoal.Script; }
        _packages ??= new PackageJsonReader(new CachingFileSystem(PhysicalFileSystem.Instance));
        return _packages.FindScope(fullPath)?.Type == PackageType.Module ? SourceGoal.Module : SourceGoal.Script;
    }
}
