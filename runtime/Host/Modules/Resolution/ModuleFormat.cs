namespace Aot.Runtime.Modules.Resolution;

/// <summary>
/// How the loader must evaluate a resolved module: Node's ESM_FILE_FORMAT for <c>import</c>,
/// and the CommonJS extension rules for <c>require</c>.
/// </summary>
public enum ModuleFormat
{
    /// <summary>CommonJS: <c>.cjs</c>, or <c>.js</c>/extensionless under <c>"type": "commonjs"</c> or no "type".</summary>
    CommonJs,
    /// <summary>ES module: <c>.mjs</c>, or <c>.js</c>/extensionless under <c>"type": "module"</c>.</summary>
    Module,
    /// <summary>A <c>.json</c> file.</summary>
    Json,
    /// <summary>A host built-in module (<c>fs</c>, <c>node:test</c> ...): <see cref="ResolvedModule.BuiltinName"/> names it.</summary>
    Builtin,
    /// <summary>A <c>.wasm</c> file. Node 20 only loads these behind --experimental-wasm-modules; the loader rejects them.</summary>
    Wasm,
    /// <summary>A <c>.node</c> native addon (CommonJS only). Not loadable by this runtime; the loader rejects them.</summary>
    Addon,
    /// <summary>
    /// ESM_FILE_FORMAT returned undefined (an unknown extension such as <c>.ts</c> or <c>.txt</c> under <c>import</c>):
    /// the loader throws ERR_UNKNOWN_FILE_EXTENSION ("Unknown file extension \".ts\" for /abs/x.ts").
    /// </summary>
    Unknown,
}
