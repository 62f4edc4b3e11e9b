using System;
using System.Collections.Generic;

namespace Aot.Runtime.Modules.Resolution;

/// <summary>
/// A resolution failure with Node's error <see cref="Code"/> and message text, so the host can surface
/// it as the same JS error Node throws (<c>err.code</c>, <c>err.message</c>, and for CommonJS
/// <c>err.requireStack</c>). <see cref="IsTypeError"/> tells which JS constructor Node uses.
/// </summary>
public sealed class ModuleResolutionException : Exception
{
    public ModuleResolutionException(string code, string message, bool isTypeError = false) : base(message)
    {
        Code = code;
        IsTypeError = isTypeError;
    }

    /// <summary>
    /// Node's code: ERR_MODULE_NOT_FOUND, MODULE_NOT_FOUND, ERR_PACKAGE_PATH_NOT_EXPORTED,
    /// ERR_INVALID_PACKAGE_TARGET, ERR_PACKAGE_IMPORT_NOT_DEFINED, ERR_INVALID_MODULE_SPECIFIER,
    /// ERR_UNSUPPORTED_DIR_IMPORT, ERR_INVALID_PACKAGE_CONFIG, ERR_UNKNOWN_BUILTIN_MODULE,
    /// ERR_UNSUPPORTED_ESM_URL_SCHEME, ERR_INVALID_FILE_URL_HOST, ERR_INVALID_FILE_URL_PATH.
    /// (ERR_UNKNOWN_FILE_EXTENSION and ERR_REQUIRE_ESM belong to the loader: see <see cref="ModuleFormat"/>.)
    /// </summary>
    public string Code { get; }

    /// <summary>True when Node throws a TypeError for this code (ERR_INVALID_MODULE_SPECIFIER, ERR_PACKAGE_IMPORT_NOT_DEFINED ...).</summary>
    public bool IsTypeError { get; }

    /// <summary>CommonJS MODULE_NOT_FOUND only: the parents, innermost first (Node's <c>err.requireStack</c>).</summary>
    public IReadOnlyList<string>? RequireStack { get; init; }

    /// <summary>ESM ERR_MODULE_NOT_FOUND / ERR_UNSUPPORTED_DIR_IMPORT: the URL that was looked up (Node's <c>err.url</c>).</summary>
    public string? Url { get; init; }

    internal ModuleResolutionException WithMessage(string message) =>
        new(Code, message, IsTypeError) { RequireStack = RequireStack, Url = Url };
}
