using System;
using System.Collections.Generic;
using System.IO;
using Aot.Engine.Builtins;
using Aot.Engine.Interpreting;
using Aot.Engine.Modules;
using Aot.Engine.Objects;
using Aot.Engine.Parsing;
using Aot.Runtime.Modules.Resolution;

namespace Aot.Runtime.Modules;

// CommonJS (Node's "Modules: CommonJS modules"): the module wrapper, require with its resolve / cache /
// main, module objects (id, path, exports, filename, loaded, children, paths, parent), JSON via require,
// cycles seeing partial exports, and require(esm) for graphs without top-level await.
public sealed partial class ModuleLoader
{
    private static readonly string[] WrapperParameters = ["exports", "require", "module", "__filename", "__dirname"];

    /// <summary>Node's Module._cache: filename → module object; `require.cache` is this object, so
    /// deleting an entry makes the next require load the file again.</summary>
    public JsObject RequireCache { get; }

    /// <summary>The entry module's object (`require.main`), when the entry is CommonJS.</summary>
    public JsObject? MainModule { get; private set; }

    /// <summary>require(request) from the module at <paramref name="parentPath"/>.</summary>
    public JsValue Require(string request, string parentPath, JsObject? parent)
    {
        ResolvedModule resolved;
        try
        {
            resolved = Resolver.ResolveRequire(request, parentPath, RequireStack(parent, parentPath));
        }
        catch (ModuleResolutionException e)
        {
            throw ResolutionError(e);
        }
        if (resolved.IsBuiltin)
            return JsValue.FromObject(Builtins.GetExports(resolved.BuiltinName!) ?? throw UnknownBuiltin(request));
        return LoadCommonJs(resolved, parent, isMain: false);
    }

    private static List<string> RequireStack(JsObject? parent, string parentPath)
    {
        var stack = new List<string>();
        for (var m = parent; m != null && stack.Count < 32; )
        {
            var f = m.Get("filename");
            if (f.IsString) stack.Add(f.AsString());
            var p = m.Get("parent");
            m = p.IsObject ? p.AsObject() : null;
        }
        if (stack.Count == 0) stack.Add(parentPath);
        return stack;
    }

    /// <summary>Module._load for a file: the cached module's exports, or a new module object run now.</summary>
    private JsValue LoadCommonJs(ResolvedModule resolved, JsObject? parent, bool isMain)
    {
        string filename = resolved.Path!;
        var cached = RequireCache.Get(filename);
        if (cached.IsObject)
        {
            if (parent != null) AddChild(parent, cached.AsObject());
            return cached.AsObject().Get("exports");
        }
        var module = CreateModuleObject(filename, parent, isMain);
        RequireCache.Set(filename, JsValue.FromObject(module), JsValue.FromObject(RequireCache));
        bool done = false;
        try
        {
            switch (resolved.Format)
            {
                case ModuleFormat.Json:
                    module.Set("exports", ParseJson(filename, ReadSource(filename)), JsValue.FromObject(module));
                    break;
                case ModuleFormat.Module:
                    module.Set("exports", RequireEsm(resolved), JsValue.FromObject(module));
                    break;
                case ModuleFormat.CommonJs:
                    if (IsEsm(resolved)) module.Set("exports", RequireEsm(resolved), JsValue.FromObject(module));
                    else RunWrapper(module, filename);
                    break;
                default:
                    throw NodeError(ErrorKind.Error, "ERR_UNKNOWN_FILE_EXTENSION", $"Cannot load {filename}: native addons are not supported");
            }
            done = true;
        }
        finally
        {
            if (!done)
            {
                RequireCache.Delete(filename);
                if (parent != null && parent.Get("children") is { IsObject: true } children) RemoveChild(children.AsObject(), module);
            }
        }
        module.Set("loaded", JsValue.True, JsValue.FromObject(module));
        return module.Get("exports");
    }

    /// <summary>Runs a CommonJS file in Node's wrapper with this = exports.</summary>
    private void RunWrapper(JsObject module, string filename)
    {
        string source = ReadSource(filename);
        Aot.Engine.Compiling.FunctionCode code;
        try
        {
            code = parsedScripts.Remove(filename, out var program)
                ? Engine.Compiling.Compiler.CompileWrappedFunction(program, filename, "Object.<anonymous>", WrapperParameters)
                : Vm.CompileFunction(source, filename, "Object.<anonymous>", WrapperParameters);
        }
        catch (SyntaxError e)
        {
            throw SyntaxErrorIn(filename, source, e);
        }
        catch (JsException e) when (!e.IsMaterialized)
        {
            throw NameFile(e, filename);
        }
        sources.Remove(filename); // compiled: the text is not needed any more
        var function = vm.RunScript(realm, code);
        var exports = module.Get("exports");
        var require = JsValue.FromObject(CreateRequire(module, filename));
        Operations.Call(function, exports,
            [exports, require, JsValue.FromObject(module), JsValue.FromString(filename), JsValue.FromString(DirectoryOf(filename))]);
    }

    /// <summary>require(esm) (Node 20.19+/22.12+): the namespace of a module graph without top-level await.</summary>
    private JsValue RequireEsm(ResolvedModule resolved)
    {
        var module = LoadResolved(resolved, null);
        module.LoadRequestedModules();
        module.Link();
        if (HasTopLevelAwait(module, new HashSet<ModuleRecord>(ReferenceEqualityComparer.Instance)))
            throw NodeError(ErrorKind.Error, "ERR_REQUIRE_ASYNC_MODULE",
                "require() cannot be used on an ESM graph with top-level await. Use import() instead. To see where the top-level await comes from, use --experimental-print-required-tla.");
        var promise = module.Evaluate();
        if (promise.State == PromiseState.Rejected) throw new JsException(promise.Result);
        return JsValue.FromObject(module.GetNamespace());
    }

    private static bool HasTopLevelAwait(ModuleRecord module, HashSet<ModuleRecord> seen)
    {
        if (module is not CyclicModuleRecord c || !seen.Add(module)) return false;
        if (c.Status is ModuleStatus.Evaluated) return false;
        if (c.HasTopLevelAwait) return true;
        foreach (var m in c.LoadedModules)
            if (m != null && HasTopLevelAwait(m, seen)) return true;
        return false;
    }

    // ------------------------------------------------------------------ module objects and require

    private JsObject CreateModuleObject(string filename, JsObject? parent, bool isMain)
    {
        var module = realm.CreateObject();
        if (isMain) MainModule = module;
        string dir = DirectoryOf(filename);
        module.AddProperty("id", JsValue.FromString(isMain ? "." : filename), PropertyFlags.Default);
        module.AddProperty("path", JsValue.FromString(dir), PropertyFlags.Default);
        module.AddProperty("exports", JsValue.FromObject(realm.CreateObject()), PropertyFlags.Default);
        module.AddProperty("filename", JsValue.FromString(filename), PropertyFlags.Default);
        module.AddProperty("loaded", JsValue.False, PropertyFlags.Default);
        module.AddProperty("children", JsValue.FromObject(realm.CreateArray()), PropertyFlags.Default);
        module.AddProperty("paths", JsValue.FromObject(NodeModulePaths(dir)), PropertyFlags.Default);
        module.AddProperty("parent", parent == null ? (isMain ? JsValue.Null : JsValue.Undefined) : JsValue.FromObject(parent), PropertyFlags.Hidden);
        if (parent != null) AddChild(parent, module);
        module.AddProperty("require", JsValue.FromObject(CreateRequire(module, filename)), PropertyFlags.Default);
        return module;
    }

    /// <summary>
    /// Node's -e and stdin scripts ("[eval]", "[stdin]") run as classic scripts with CommonJS's names as
    /// globals: `module` (id "[eval]", filename cwd/[eval]), `exports`, a `require` resolving from the current
    /// directory, `__filename` "[eval]" and `__dirname` "." (lib/internal/process/execution.js evalScript).
    /// </summary>
    internal void DefineEvalGlobals(string name)
    {
        string filename = Path.Combine(Directory.GetCurrentDirectory(), name);
        var module = CreateModuleObject(filename, parent: null, isMain: false);
        module.Set("id", JsValue.FromString(name), JsValue.FromObject(module));
        var global = realm.GlobalObject;
        global.Set("module", JsValue.FromObject(module), JsValue.FromObject(global));
        global.Set("exports", module.Get("exports"), JsValue.FromObject(global));
        global.Set("require", module.Get("require"), JsValue.FromObject(global));
        global.Set("__filename", JsValue.FromString(name), JsValue.FromObject(global));
        global.Set("__dirname", JsValue.FromString("."), JsValue.FromObject(global));
    }

    private static void AddChild(JsObject parent, JsObject child)
    {
        var children = parent.Get("children");
        if (!children.IsObject) return;
        var array = children.AsObject();
        int length = (int)Operations.ToNumber(array.Get("length"));
        for (int i = 0; i < length; i++)
            if (ReferenceEquals(array.Get(PropertyKey.FromString(i.ToString(System.Globalization.CultureInfo.InvariantCulture))).Ref, child)) return;
        Push(array, JsValue.FromObject(child));
    }

    private static void RemoveChild(JsObject children, JsObject child)
    {
        var splice = children.Get("splice");
        int length = (int)Operations.ToNumber(children.Get("length"));
        for (int i = 0; i < length; i++)
        {
            if (!ReferenceEquals(children.Get(PropertyKey.FromString(i.ToString(System.Globalization.CultureInfo.InvariantCulture))).Ref, child)) continue;
            Operations.Call(splice, JsValue.FromObject(children), [JsValue.FromNumber(i), JsValue.FromNumber(1)]);
            return;
        }
    }

    /// <summary>Module._nodeModulePaths: dir/node_modules for every ancestor (not inside node_modules itself).</summary>
    private JsObject NodeModulePaths(string dir)
    {
        var paths = realm.CreateArray();
        for (string? d = dir; d != null; d = Path.GetDirectoryName(d))
        {
            if (Path.GetFileName(d) == "node_modules") continue;
            Push(paths, JsValue.FromString(d == "/" ? "/node_modules" : d + "/node_modules"));
        }
        return paths;
    }

    /// <summary>The `require` function of a module: require(id), require.resolve(request[, options]),
    /// require.resolve.paths, require.cache, require.main, require.extensions.</summary>
    internal JsObject CreateRequire(JsObject? module, string filename)
    {
        var require = new JsNativeFunction(realm, "require", 1, (Realm r, in JsValue t, ReadOnlySpan<JsValue> args, JsObject? nt) =>
        {
            var id = args.Length > 0 ? args[0] : JsValue.Undefined;
            if (!id.IsString)
                throw NodeError(ErrorKind.TypeError, "ERR_INVALID_ARG_TYPE", $"The \"id\" argument must be of type string. Received {Describe(id)}");
            if (id.AsString().Length == 0)
                throw NodeError(ErrorKind.TypeError, "ERR_INVALID_ARG_VALUE", "The argument 'id' must be a non-empty string. Received ''");
            return Require(id.AsString(), filename, module);
        });
        var resolve = new JsNativeFunction(realm, "resolve", 2, (Realm r, in JsValue t, ReadOnlySpan<JsValue> args, JsObject? nt) =>
        {
            var request = args.Length > 0 ? args[0] : JsValue.Undefined;
            if (!request.IsString)
                throw NodeError(ErrorKind.TypeError, "ERR_INVALID_ARG_TYPE", $"The \"request\" argument must be of type string. Received {Describe(request)}");
            // options.paths: resolve as if required from each of those directories, first match wins.
            var from = new List<string>();
            if (args.Length > 1 && args[1].IsObject && args[1].AsObject().Get("paths") is { IsObject: true } list)
            {
                int n = (int)Operations.ToNumber(list.AsObject().Get("length"));
                for (int i = 0; i < n; i++)
                    from.Add(Path.Combine(Path.GetFullPath(Operations.ToString(list.AsObject().Get(PropertyKey.FromString(i.ToString(System.Globalization.CultureInfo.InvariantCulture))))), "[paths]"));
            }
            if (from.Count == 0) from.Add(filename);
            ModuleResolutionException? failure = null;
            foreach (string parent in from)
            {
                try
                {
                    var resolved = Resolver.ResolveRequire(request.AsString(), parent, RequireStack(module, filename));
                    return JsValue.FromString(resolved.IsBuiltin ? request.AsString() : resolved.Path!);
                }
                catch (ModuleResolutionException e)
                {
                    failure ??= e;
                }
            }
            throw ResolutionError(failure!);
        });
        var paths = new JsNativeFunction(realm, "paths", 1, (Realm r, in JsValue t, ReadOnlySpan<JsValue> args, JsObject? nt) =>
        {
            string request = Operations.ToString(args.Length > 0 ? args[0] : JsValue.Undefined);
            if (BuiltinModules.IsBuiltin(request)) return JsValue.Null;
            if (request.StartsWith("./", StringComparison.Ordinal) || request.StartsWith("../", StringComparison.Ordinal))
            {
                var one = realm.CreateArray();
                Push(one, JsValue.FromString(DirectoryOf(filename)));
                return JsValue.FromObject(one);
            }
            return JsValue.FromObject(NodeModulePaths(DirectoryOf(filename)));
        });
        resolve.AddProperty("paths", JsValue.FromObject(paths), PropertyFlags.Default);
        require.AddProperty("resolve", JsValue.FromObject(resolve), PropertyFlags.Default);
        require.AddProperty("main", MainModule == null ? JsValue.Undefined : JsValue.FromObject(MainModule), PropertyFlags.Default);
        require.AddProperty("extensions", JsValue.FromObject(realm.CreateObject()), PropertyFlags.Default);
        require.AddProperty("cache", JsValue.FromObject(RequireCache), PropertyFlags.Default);
        return require;
    }

    private static string Describe(in JsValue v)
    {
        if (v.IsUndefined) return "undefined";
        if (v.IsNull) return "null";
        if (v.IsString) return $"type string ('{v.AsString()}')";
        if (v.IsNumber) return $"type number ({Operations.ToString(v)})";
        if (v.IsBoolean) return $"type boolean ({Operations.ToString(v)})";
        return v.IsCallable ? "function" : "an instance of Object";
    }

    // ------------------------------------------------------------------ node:module

    /// <summary>`node:module`: createRequire, builtinModules, isBuiltin.</summary>
    private JsObject CreateModuleBuiltin(Realm r)
    {
        var exports = r.CreateObject();
        exports.AddProperty("createRequire", JsValue.FromObject(new JsNativeFunction(r, "createRequire", 1, (Realm rr, in JsValue t, ReadOnlySpan<JsValue> args, JsObject? nt) =>
        {
            string from = Operations.ToString(args.Length > 0 ? args[0] : JsValue.Undefined);
            if (from.StartsWith("file:", StringComparison.Ordinal)) from = FileUrl.DecodePath(FileUrl.ParseFileUrl(from).Pathname);
            if (!Path.IsPathRooted(from))
                throw NodeError(ErrorKind.TypeError, "ERR_INVALID_ARG_VALUE", $"The argument 'filename' must be a file URL object, file URL string, or absolute path string. Received '{from}'");
            return JsValue.FromObject(CreateRequire(null, from));
        })), PropertyFlags.Default);
        var names = r.CreateArray();
        foreach (var n in BuiltinModules.Names) Push(names, JsValue.FromString(n));
        exports.AddProperty("builtinModules", JsValue.FromObject(names), PropertyFlags.Default);
        exports.AddProperty("isBuiltin", JsValue.FromObject(new JsNativeFunction(r, "isBuiltin", 1, (Realm rr, in JsValue t, ReadOnlySpan<JsValue> args, JsObject? nt) =>
            JsValue.FromBoolean(BuiltinModules.IsBuiltin(Operations.ToString(args.Length > 0 ? args[0] : JsValue.Undefined))))), PropertyFlags.Default);
        return exports;
    }
}
