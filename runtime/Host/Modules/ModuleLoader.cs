using System;
using System.Collections.Generic;
using System.IO;
using Aot.Engine.Builtins;
using Aot.Engine.Compiling;
using Aot.Engine.Interpreting;
using Aot.Engine.Modules;
using Aot.Engine.Objects;
using Aot.Engine.Parsing;
using Aot.Runtime.Diagnostics;
using Aot.Runtime.Modules.Resolution;

namespace Aot.Runtime.Modules;

/// <summary>
/// Node's module loader over the engine's module records: ES modules, JSON modules, CommonJS
/// (ModuleLoader.CommonJs.cs), builtins (<see cref="BuiltinModuleRegistry"/>) and interop both ways,
/// on top of <see cref="ModuleResolver"/> (Node's resolution). One loader per realm; it is the realm's
/// <see cref="IModuleHost"/>. Files are read synchronously; the engine links and evaluates.
/// Module records are named by their absolute file path (the SourceName of their code).
/// </summary>
public sealed partial class ModuleLoader : IModuleHost
{
    private readonly Realm realm;
    private readonly Vm vm;
    /// <summary>The ESM cache (Node's load cache): by URL, plus "|json" for JSON modules.</summary>
    private readonly Dictionary<string, ModuleRecord> esm = new(StringComparer.Ordinal);

    public ModuleLoader(Realm realm, ModuleResolver? resolver = null)
    {
        this.realm = realm;
        vm = realm.Vm;
        Resolver = resolver ?? new ModuleResolver(PhysicalFileSystem.Instance);
        Builtins = new BuiltinModuleRegistry(realm);
        Builtins.Register("module", CreateModuleBuiltin);
        RequireCache = new JsObject(null);
        realm.ModuleHost = this;
    }

    public ModuleResolver Resolver { get; }
    public BuiltinModuleRegistry Builtins { get; }

    /// <summary>The loader of <paramref name="realm"/> (null when it has none).</summary>
    public static ModuleLoader? Of(Realm realm) => realm.ModuleHost as ModuleLoader;

    // ------------------------------------------------------------------ the main entry

    /// <summary>
    /// Runs the program's entry file as Node does: `.mjs`, `"type": "module"` or (no type) import/export
    /// syntax run it as an ES module; anything else as CommonJS with <c>require.main === module</c>.
    /// Returns a promise settled when the entry has run (for ESM with top-level await, later: the host
    /// keeps running jobs and the loop until it settles). Errors reject the promise.
    /// </summary>
    public JsPromise RunMain(string path) => RunMain(path, null, null);

    /// <summary>
    /// <see cref="RunMain(string)"/> for an entry the caller has read (<paramref name="text"/>) and parsed
    /// (<paramref name="parsed"/>, as a module or as a CommonJS body): the loader compiles that tree
    /// instead of reading and parsing the file again. The goal it was parsed with also settles Node's
    /// module-syntax detection for the file (a tree of the other goal is simply not used).
    /// </summary>
    public JsPromise RunMain(string path, Running.ParsedSource? parsed, string? text)
    {
        try
        {
            string full = Path.GetFullPath(path);
            ResolvedModule resolved;
            try
            {
                resolved = Resolver.ResolveRequire(full, Directory.GetCurrentDirectory() + "/");
            }
            catch (ModuleResolutionException e)
            {
                throw ResolutionError(e);
            }
            if (parsed != null && text != null && resolved.Path != null)
            {
                string file = resolved.Path;
                sources.TryAdd(file, text);
                detected.TryAdd(file, parsed.IsModule);
                if (parsed.IsModule) parsedModules[file] = parsed.Program;
                else parsedScripts[file] = parsed.Program;
            }
            if (IsEsm(resolved))
                return vm.RunModule(LoadResolved(resolved, null));
            LoadCommonJs(resolved, null, isMain: true);
            return Vm.FulfilledPromise(realm, JsValue.Undefined);
        }
        catch (JsException e)
        {
            return Vm.RejectedPromise(realm, e.GetValue(vm.CurrentRealm ?? realm));
        }
    }

    /// <summary>Runs module source that has no file (`--input-type=module` with -e or stdin): imports resolve
    /// from the working directory, as Node does for "[eval1]".</summary>
    public JsPromise RunModuleSource(string source, string name, Engine.Parsing.Ast.Program? parsed = null)
    {
        try
        {
            string path = Path.Combine(Directory.GetCurrentDirectory(), name);
            if (parsed != null) parsedModules[path] = parsed;
            return vm.RunModule(ParseModule(path, source));
        }
        catch (JsException e)
        {
            return Vm.RejectedPromise(realm, e.GetValue(vm.CurrentRealm ?? realm));
        }
    }

    /// <summary>ESM by its extension or package type, or (format not stated) by its syntax — Node 22's
    /// module-syntax detection: a file that does not parse as CommonJS but parses as a module.</summary>
    private bool IsEsm(ResolvedModule resolved)
    {
        if (resolved.Format == ModuleFormat.Module) return true;
        if (resolved.Format != ModuleFormat.CommonJs || !resolved.FormatIsImplicit || resolved.Path == null) return false;
        return LooksLikeModule(resolved.Path, ReadSource(resolved.Path));
    }

    private readonly Dictionary<string, bool> detected = new(StringComparer.Ordinal);
    /// <summary>CommonJS files parsed while detecting their syntax, kept for the compile that follows.</summary>
    private readonly Dictionary<string, Engine.Parsing.Ast.Program> parsedScripts = new(StringComparer.Ordinal);
    /// <summary>Module trees parsed by the caller (the main entry), kept for the compile that follows.</summary>
    private readonly Dictionary<string, Engine.Parsing.Ast.Program> parsedModules = new(StringComparer.Ordinal);

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:import|export|await)\b")]
    private static partial System.Text.RegularExpressions.Regex ModuleSyntaxWord();

    private bool LooksLikeModule(string path, string source)
    {
        if (detected.TryGetValue(path, out bool esmSyntax)) return esmSyntax;
        esmSyntax = false;
        // Only a file mentioning one of these words can need the module goal; the others skip the trial parse.
        if (ModuleSyntaxWord().IsMatch(source))
        {
            try
            {
                parsedScripts[path] = Parser.ParseScript(source, new ParseOptions { AllowReturnOutsideFunction = true });
            }
            catch (SyntaxError)
            {
                try
                {
                    Parser.ParseModule(source);
                    esmSyntax = true;
                }
                catch (SyntaxError)
                {
                }
            }
        }
        detected[path] = esmSyntax;
        return esmSyntax;
    }

    // ------------------------------------------------------------------ IModuleHost

    /// <summary>§16.2.1.8 HostLoadImportedModule: resolves with Node's ESM rules from the referrer's path.</summary>
    public ModuleRecord LoadImportedModule(Realm realm, ModuleRecord? referrer, string referrerName, ModuleRequest request)
    {
        string parentPath = referrer?.Name ?? referrerName;
        if (!Path.IsPathRooted(parentPath)) parentPath = Directory.GetCurrentDirectory() + "/";
        ResolvedModule resolved;
        try
        {
            resolved = Resolver.ResolveImport(request.Specifier, parentPath);
        }
        catch (ModuleResolutionException e)
        {
            throw ResolutionError(e);
        }
        foreach (var a in request.Attributes)
            if (a.Key != "type")
                throw NodeError(ErrorKind.TypeError, "ERR_IMPORT_ATTRIBUTE_UNSUPPORTED", $"Import attribute \"{a.Key}\" with value \"{a.Value}\" is not supported");
        return LoadResolved(resolved, request.Type);
    }

    /// <summary>`import.meta`: url, filename, dirname and resolve (Node 20.11+).</summary>
    public void InitializeImportMeta(Realm realm, JsObject meta, SourceTextModule module)
    {
        string path = module.Name;
        meta.AddProperty("dirname", JsValue.FromString(Path.GetDirectoryName(path) ?? "/"), PropertyFlags.Default);
        meta.AddProperty("filename", JsValue.FromString(path), PropertyFlags.Default);
        meta.AddProperty("resolve", JsValue.FromObject(new JsNativeFunction(realm, "resolve", 1, (Realm r, in JsValue t, ReadOnlySpan<JsValue> args, JsObject? nt) =>
        {
            string specifier = Operations.ToString(args.Length > 0 ? args[0] : JsValue.Undefined);
            try
            {
                return JsValue.FromString(Resolver.ResolveImport(specifier, path).Url);
            }
            catch (ModuleResolutionException e) when (e.Code == ResolutionErrors.ModuleNotFoundCode && e.Url != null)
            {
                return JsValue.FromString(e.Url); // Node: resolve() names a missing file without loading it
            }
            catch (ModuleResolutionException e)
            {
                throw ResolutionError(e);
            }
        })), PropertyFlags.Default);
        meta.AddProperty("url", JsValue.FromString(FileUrl.FromPath(path)), PropertyFlags.Default);
    }

    /// <summary>The module record for a resolved import, from the cache or loaded now.</summary>
    private ModuleRecord LoadResolved(ResolvedModule resolved, string? type)
    {
        if (resolved.IsBuiltin)
        {
            if (esm.TryGetValue(resolved.Url, out var cachedBuiltin)) return cachedBuiltin;
            var exports = Builtins.GetExports(resolved.BuiltinName!) ?? throw UnknownBuiltin(resolved.Url);
            var builtin = SyntheticModule.FromObject(realm, resolved.Url, exports, EnumerableKeys(exports));
            esm[resolved.Url] = builtin;
            return builtin;
        }
        // Node 20's codes and messages (the node these tests compare with); Node 22 renamed them ERR_IMPORT_ATTRIBUTE_*.
        if (type != null && type != "json")
            throw NodeError(ErrorKind.TypeError, "ERR_IMPORT_ASSERTION_TYPE_UNSUPPORTED", $"Import attribute type \"{type}\" is unsupported");
        if (resolved.Format == ModuleFormat.Json && type != "json")
            throw NodeError(ErrorKind.TypeError, "ERR_IMPORT_ASSERTION_TYPE_MISSING", $"Module \"{resolved.Url}\" needs an import attribute of type \"json\"");
        if (type == "json" && resolved.Format != ModuleFormat.Json)
            throw NodeError(ErrorKind.TypeError, "ERR_IMPORT_ASSERTION_TYPE_FAILED", $"Module \"{resolved.Url}\" is not of type \"json\"");
        string key = type == "json" ? resolved.Url + "|json" : resolved.Url;
        if (esm.TryGetValue(key, out var cached)) return cached;
        string path = resolved.Path!;
        ModuleRecord module;
        switch (resolved.Format)
        {
            case ModuleFormat.Module:
                module = ParseModule(path, ReadSource(path));
                break;
            case ModuleFormat.Json:
                module = SyntheticModule.Default(realm, path, ParseJson(path, ReadSource(path)));
                break;
            case ModuleFormat.CommonJs:
                module = IsEsm(resolved) ? ParseModule(path, ReadSource(path)) : CommonJsFacade(resolved);
                break;
            default:
                throw NodeError(ErrorKind.TypeError, "ERR_UNKNOWN_FILE_EXTENSION", $"Unknown file extension \"{Path.GetExtension(path)}\" for {path}");
        }
        esm[key] = module;
        return module;
    }

    private SourceTextModule ParseModule(string path, string source)
    {
        try
        {
            var module = parsedModules.Remove(path, out var program)
                ? SourceTextModule.FromCode(realm, Compiler.CompileModule(program, path), path)
                : SourceTextModule.Parse(realm, source, path);
            sources.Remove(path); // compiled: the text is not needed any more
            return module;
        }
        catch (SyntaxError e)
        {
            throw SyntaxErrorIn(path, source, e);
        }
        catch (JsException e) when (!e.IsMaterialized)
        {
            throw NameFile(e, path);
        }
    }

    private JsValue ParseJson(string path, string source)
    {
        var parse = realm.GlobalObject.Get("JSON").AsObject().Get("parse");
        try
        {
            return Operations.Call(parse, JsValue.Undefined, [JsValue.FromString(source)]);
        }
        catch (JsException e)
        {
            var value = e.GetValue(realm);
            string message = value.IsObject ? Operations.ToString(value.AsObject().Get("message")) : Operations.ToString(value);
            throw new JsException(realm.CreateErrorValue(ErrorKind.SyntaxError, path + ": " + message));
        }
    }

    /// <summary>A CommonJS module seen from `import` (Node's translators): `default` is module.exports, the
    /// named exports are those cjs-module-lexer finds (with re-exports followed); it runs when evaluated.</summary>
    private SyntheticModule CommonJsFacade(ResolvedModule resolved)
    {
        string path = resolved.Path!;
        var names = new List<string>();
        CollectCjsNames(path, names, new HashSet<string>(StringComparer.Ordinal));
        names.Remove("default");
        return new SyntheticModule(realm, path, ["default", .. names], m =>
        {
            var exports = LoadCommonJs(resolved, null, isMain: false);
            m.SetExport("default", exports);
            foreach (var name in names)
                m.SetExport(name, exports.IsObject ? exports.AsObject().Get(name) : JsValue.Undefined);
        });
    }

    private void CollectCjsNames(string path, List<string> names, HashSet<string> seen)
    {
        if (!seen.Add(path)) return;
        CjsExports found;
        try
        {
            found = CjsExportDetector.Detect(ReadSource(path));
        }
        catch (IOException)
        {
            return;
        }
        if (!found.IsComplete) return;
        foreach (var n in found.Exports)
            if (!names.Contains(n)) names.Add(n);
        foreach (var r in found.Reexports)
        {
            try
            {
                var target = Resolver.ResolveRequire(r, path);
                if (target.Path != null && target.Format == ModuleFormat.CommonJs) CollectCjsNames(target.Path, names, seen);
            }
            catch (ModuleResolutionException)
            {
            }
        }
    }

    private static List<string> EnumerableKeys(JsObject o)
    {
        var keys = new List<PropertyKey>();
        o.OwnPropertyKeys(keys);
        var names = new List<string>();
        foreach (var k in keys)
            if (!k.IsSymbol && o.GetOwnProperty(k, out var d) && d.Enumerable) names.Add(k.ToJsValue().AsString());
        return names;
    }

    private readonly Dictionary<string, string> sources = new(StringComparer.Ordinal);

    /// <summary>A file's text as Node reads it (UTF-8, BOM dropped); read once per loader.</summary>
    private string ReadSource(string path)
    {
        if (sources.TryGetValue(path, out var text)) return text;
        try
        {
            text = SourceText.ReadFile(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw NodeError(ErrorKind.Error, "ENOENT", $"ENOENT: no such file or directory, open '{path}'");
        }
        sources[path] = text;
        return text;
    }
}
