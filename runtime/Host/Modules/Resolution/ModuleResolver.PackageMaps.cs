using System;
using System.Text.Json;

namespace Aot.Runtime.Modules.Resolution;

// package.json "exports" and "imports": PACKAGE_EXPORTS_RESOLVE, PACKAGE_IMPORTS_RESOLVE,
// PACKAGE_IMPORTS_EXPORTS_RESOLVE and PACKAGE_TARGET_RESOLVE, as Node 20 implements them
// (lib/internal/modules/esm/resolve.js), shared by import and require.
public sealed partial class ModuleResolver
{
    private enum TargetOutcome : byte
    {
        /// <summary>The algorithm's "undefined": no condition matched.</summary>
        Undefined,
        /// <summary>The algorithm's "null": the target is null (the subpath is excluded).</summary>
        Null,
        Resolved,
    }

    /// <summary>
    /// PACKAGE_EXPORTS_RESOLVE(packageURL, subpath, exports, conditions).
    /// <paramref name="basePath"/> is the importer named in errors (null for CommonJS node_modules lookups).
    /// </summary>
    private ResolvedLocation PackageExportsResolve(
        PackageJson package, string subpath, JsonElement exports, ConditionSet conditions, string? basePath)
    {
        // Step 1 (and Node's isConditionalExportsMainSugar): a string, an array, or an object whose keys
        // do not start with "." is the main export; mixing both kinds of keys is a config error.
        if (IsMainExportSugar(package, exports, basePath))
        {
            if (subpath == ".")
            {
                // Step 2: mainExport = exports.
                if (PackageTargetResolve(package, exports, null, ".", false, conditions, basePath, out ResolvedLocation main) == TargetOutcome.Resolved)
                    return main;
            }
            throw ResolutionErrors.PackagePathNotExported(package, subpath, basePath);
        }

        // Steps 2-3: an object of "." subpath keys.
        if (exports.ValueKind == JsonValueKind.Object)
        {
            if (PackageImportsExportsResolve(subpath, exports, package, false, conditions, basePath, out ResolvedLocation resolved) == TargetOutcome.Resolved)
                return resolved;
        }
        // Step 4.
        throw ResolutionErrors.PackagePathNotExported(package, subpath, basePath);
    }

    /// <summary>PACKAGE_IMPORTS_RESOLVE(specifier, parentURL, conditions).</summary>
    private ResolvedLocation PackageImportsResolve(string specifier, string parentPath, ConditionSet conditions, bool commonJs)
    {
        // Step 2 (Node also rejects a trailing "/").
        if (specifier == "#" || specifier.StartsWith("#/", StringComparison.Ordinal) || specifier.EndsWith('/'))
            throw ResolutionErrors.InvalidModuleSpecifier(specifier, "is not a valid internal imports specifier name", parentPath);

        // Steps 3-4.
        PackageJson? scope = PackageJsons.FindScope(parentPath);
        if (scope != null)
        {
            EnsureValid(scope, specifier, parentPath, commonJs);
            if (scope.Imports is JsonElement imports
                && PackageImportsExportsResolve(specifier, imports, scope, true, conditions, parentPath, out ResolvedLocation resolved) == TargetOutcome.Resolved)
                return resolved;
        }
        // Step 5.
        throw ResolutionErrors.PackageImportNotDefined(specifier, scope, parentPath);
    }

    /// <summary>PACKAGE_IMPORTS_EXPORTS_RESOLVE(matchKey, matchObj, packageURL, isImports, conditions).</summary>
    private TargetOutcome PackageImportsExportsResolve(
        string matchKey, JsonElement matchObject, PackageJson package, bool isImports,
        ConditionSet conditions, string? basePath, out ResolvedLocation resolved)
    {
        // Step 1: an exact key without "*" (Node: and not ending in "/").
        if (!matchKey.Contains('*') && !matchKey.EndsWith('/') && matchObject.TryGetProperty(matchKey, out JsonElement exact))
            return PackageTargetResolve(package, exact, null, matchKey, isImports, conditions, basePath, out resolved);

        // Steps 2-3: the most specific single-"*" key (PATTERN_KEY_COMPARE order) whose base and trailer match.
        string? bestKey = null;
        string? bestMatch = null;
        JsonElement bestTarget = default;
        foreach (JsonProperty property in matchObject.EnumerateObject())
        {
            string key = property.Name;
            int star = key.IndexOf('*');
            if (star < 0 || star != key.LastIndexOf('*')) continue;
            if (!matchKey.AsSpan().StartsWith(key.AsSpan(0, star), StringComparison.Ordinal)) continue;
            ReadOnlySpan<char> trailer = key.AsSpan(star + 1);
            // Node's form of "starts with but not equal to patternBase" plus the trailer test:
            // matchKey is at least as long as the key and ends with the trailer.
            if (matchKey.Length < key.Length || !matchKey.AsSpan().EndsWith(trailer, StringComparison.Ordinal)) continue;
            if (bestKey != null && PatternKeyComparer.Compare(bestKey, key) != 1) continue;
            bestKey = key;
            bestMatch = matchKey.Substring(star, matchKey.Length - star - trailer.Length);
            bestTarget = property.Value;
        }
        if (bestKey != null)
            return PackageTargetResolve(package, bestTarget, bestMatch, bestKey, isImports, conditions, basePath, out resolved);

        // Step 4.
        resolved = default;
        return TargetOutcome.Null;
    }

    /// <summary>PACKAGE_TARGET_RESOLVE(packageURL, target, patternMatch, isImports, conditions).</summary>
    private TargetOutcome PackageTargetResolve(
        PackageJson package, JsonElement target, string? patternMatch, string matchKey, bool isImports,
        ConditionSet conditions, string? basePath, out ResolvedLocation resolved)
    {
        switch (target.ValueKind)
        {
            case JsonValueKind.String:
                // Step 1.
                resolved = PackageTargetResolveString(package, target, patternMatch, matchKey, isImports, conditions, basePath);
                return TargetOutcome.Resolved;

            case JsonValueKind.Object:
            {
                // Step 2.1: condition objects may not have array-index keys.
                foreach (JsonProperty property in target.EnumerateObject())
                    if (IsArrayIndex(property.Name))
                        throw ResolutionErrors.InvalidExportsConfig(package, basePath, "\"exports\" cannot contain numeric property keys.");
                // Step 2.2: the first key, in object order, that is "default" or a condition in the set.
                foreach (JsonProperty property in target.EnumerateObject())
                {
                    if (!conditions.Matches(property.Name)) continue;
                    TargetOutcome outcome = PackageTargetResolve(package, property.Value, patternMatch, matchKey, isImports, conditions, basePath, out resolved);
                    if (outcome == TargetOutcome.Undefined) continue;
                    return outcome;
                }
                // Step 2.3.
                resolved = default;
                return TargetOutcome.Undefined;
            }

            case JsonValueKind.Array:
            {
                // Step 3: fallbacks. Node continues past ERR_INVALID_PACKAGE_TARGET and past null
                // results, then returns the last null/undefined or rethrows the last error.
                ModuleResolutionException? lastError = null;
                bool sawNull = false;
                foreach (JsonElement item in target.EnumerateArray())
                {
                    TargetOutcome outcome;
                    try
                    {
                        outcome = PackageTargetResolve(package, item, patternMatch, matchKey, isImports, conditions, basePath, out resolved);
                    }
                    catch (ModuleResolutionException e) when (e.Code == ResolutionErrors.InvalidPackageTargetCode)
                    {
                        lastError = e;
                        sawNull = false;
                        continue;
                    }
                    if (outcome == TargetOutcome.Undefined) continue;
                    if (outcome == TargetOutcome.Null)
                    {
                        lastError = null;
                        sawNull = true;
                        continue;
                    }
                    return outcome;
                }
                if (lastError != null) throw lastError;
                resolved = default;
                // Step 3.1: an empty array is null.
                return sawNull || target.GetArrayLength() == 0 ? TargetOutcome.Null : TargetOutcome.Undefined;
            }

            case JsonValueKind.Null:
                // Step 4.
                resolved = default;
                return TargetOutcome.Null;

            default:
                // Step 5: numbers, booleans.
                throw ResolutionErrors.InvalidPackageTarget(package, matchKey, target, isImports, basePath);
        }
    }

    /// <summary>PACKAGE_TARGET_RESOLVE step 1, for a string target.</summary>
    private ResolvedLocation PackageTargetResolveString(
        PackageJson package, JsonElement targetElement, string? patternMatch, string matchKey, bool isImports,
        ConditionSet conditions, string? basePath)
    {
        string target = targetElement.GetString()!;
        // Step 1.1: a target not starting with "./" is only allowed in "imports", as a bare package specifier.
        if (!target.StartsWith("./", StringComparison.Ordinal))
        {
            if (isImports && !target.StartsWith("../", StringComparison.Ordinal) && !target.StartsWith('/')
                && !FileUrl.HasScheme(target, out _))
            {
                string packageSpecifier = patternMatch != null ? target.Replace("*", patternMatch, StringComparison.Ordinal) : target;
                // Node resolves it with the package.json as the parent URL.
                return PackageResolve(packageSpecifier, package.FilePath, conditions, commonJs: false);
            }
            throw ResolutionErrors.InvalidPackageTarget(package, matchKey, targetElement, isImports, basePath);
        }

        // Step 1.2: no ".", ".." or "node_modules" segment after the leading "./" (Node tolerates empty
        // segments with a deprecation warning).
        if (HasForbiddenSegment(target.AsSpan(2)))
            throw ResolutionErrors.InvalidPackageTarget(package, matchKey, targetElement, isImports, basePath);

        // Steps 1.3-1.4: resolve against the package directory; it must stay inside it.
        string packageUrlPath = EncodedDirectory(package.Directory);
        FileUrl.Location resolvedTarget = FileUrl.Resolve(packageUrlPath, target);
        if (!resolvedTarget.Pathname.StartsWith(packageUrlPath, StringComparison.Ordinal))
            throw ResolutionErrors.InvalidPackageTarget(package, matchKey, targetElement, isImports, basePath);

        // Step 1.5.
        if (patternMatch == null) return resolvedTarget;

        // Step 1.6: the part matched by "*" may not smuggle in such segments either.
        if (HasForbiddenSegment(patternMatch.AsSpan()))
        {
            int star = matchKey.IndexOf('*');
            string request = matchKey.Substring(0, star) + patternMatch + matchKey.Substring(star + 1);
            throw ResolutionErrors.InvalidSubpath(request, matchKey, package, isImports, basePath);
        }

        // Step 1.7: replace every "*" and parse the result again as a URL.
        string substituted = resolvedTarget.Pathname.Replace("*", patternMatch, StringComparison.Ordinal) + resolvedTarget.Suffix;
        return FileUrl.Resolve("/", substituted);
    }

    private bool IsMainExportSugar(PackageJson package, JsonElement exports, string? basePath)
    {
        if (exports.ValueKind is JsonValueKind.String or JsonValueKind.Array) return true;
        if (exports.ValueKind != JsonValueKind.Object) return false;
        bool first = true;
        bool sugar = false;
        foreach (JsonProperty property in exports.EnumerateObject())
        {
            string key = property.Name;
            bool conditionKey = key.Length == 0 || key[0] != '.';
            if (first)
            {
                sugar = conditionKey;
                first = false;
            }
            else if (sugar != conditionKey)
            {
                throw ResolutionErrors.InvalidExportsConfig(package, basePath,
                    "\"exports\" cannot contain some keys starting with '.' and some not. The exports object must either be an object of package subpath keys or an object of main entry condition name keys only.");
            }
        }
        return sugar;
    }

    /// <summary>
    /// Whether a "/"- or "\"-separated path has a ".", ".." or "node_modules" segment, case-insensitively
    /// and percent-encoded or not (Node's invalidSegmentRegEx minus the tolerated empty segment).
    /// </summary>
    internal static bool HasForbiddenSegment(ReadOnlySpan<char> path)
    {
        while (true)
        {
            int separator = path.IndexOfAny('/', '\\');
            ReadOnlySpan<char> segment = separator < 0 ? path : path[..separator];
            if (IsForbiddenSegment(segment)) return true;
            if (separator < 0) return false;
            path = path[(separator + 1)..];
        }
    }

    private static bool IsForbiddenSegment(ReadOnlySpan<char> segment)
    {
        if (segment.Length == 0 || segment.Length > 3 * 12) return false;
        Span<char> decoded = stackalloc char[segment.Length];
        int length = 0;
        for (int i = 0; i < segment.Length; i++)
        {
            char c = segment[i];
            if (c == '%' && i + 2 < segment.Length && char.IsAsciiHexDigit(segment[i + 1]) && char.IsAsciiHexDigit(segment[i + 2]))
            {
                c = (char)Convert.ToInt32(segment.Slice(i + 1, 2).ToString(), 16);
                i += 2;
            }
            decoded[length++] = char.ToLowerInvariant(c);
        }
        ReadOnlySpan<char> text = decoded[..length];
        return text is "." or ".." or "node_modules";
    }

    /// <summary>Whether a property key is an array index ("0", "42"; not "01" or "-1"), which condition objects may not use.</summary>
    private static bool IsArrayIndex(string key)
    {
        if (key.Length == 0 || key.Length > 10) return false;
        if (key.Length > 1 && key[0] == '0') return false;
        foreach (char c in key)
            if (!char.IsAsciiDigit(c)) return false;
        return ulong.Parse(key, System.Globalization.CultureInfo.InvariantCulture) < uint.MaxValue;
    }

    /// <summary>The encoded URL pathname of a directory, with a trailing '/'.</summary>
    private static string EncodedDirectory(string directory) =>
        directory == "/" ? "/" : FileUrl.EncodePath(directory) + "/";
}
