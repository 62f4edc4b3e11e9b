using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using Aot.Engine.Compiling;
using Aot.Engine.Modules;
using Aot.Engine.Objects;
using Aot.Engine.Parsing;

namespace Aot.Test262;

/// <summary>
/// HostLoadImportedModule for test262 (INTERPRETING.md "Modules"): specifiers are file paths relative
/// to the importing file; each realm keeps one record per file (and per `type`), `with { type: "json" }`
/// loads a JSON module. Parse errors in a loaded file become SyntaxErrors.
/// </summary>
public sealed class ModuleHost262(string testDir) : IModuleHost
{
    private readonly Dictionary<(Realm, string, string?), ModuleRecord> cache = new();

    public ModuleRecord LoadImportedModule(Realm realm, ModuleRecord? referrer, string referrerName, ModuleRequest request)
    {
        string basePath = Path.IsPathRooted(referrerName) ? referrerName : Path.Combine(testDir, referrerName);
        string path = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(basePath)!, request.Specifier));
        string? type = request.Type;
        foreach (var a in request.Attributes)
            if (a.Key != "type") throw new JsException(ErrorKind.SyntaxError, $"Import attribute '{a.Key}' is not supported");
        if (type != null && type != "json") throw new JsException(ErrorKind.TypeError, $"Unsupported module type '{type}'");
        if (cache.TryGetValue((realm, path, type), out var cached)) return cached;
        if (!File.Exists(path)) throw new JsException(ErrorKind.TypeError, $"Cannot find module '{request.Specifier}'");
        string source = File.ReadAllText(path, Encoding.UTF8);
        ModuleRecord module;
        if (type == "json")
        {
            var parse = realm.GlobalObject.Get("JSON").AsObject().Get("parse");
            var value = Operations.Call(parse, JsValue.Undefined, [JsValue.FromString(source)]);
            module = SyntheticModule.Default(realm, path, value);
        }
        else
        {
            try
            {
                module = SourceTextModule.Parse(realm, source, path);
            }
            catch (SyntaxError e)
            {
                throw new JsException(ErrorKind.SyntaxError, e.Message);
            }
        }
        cache[(realm, path, type)] = module;
        return module;
    }

    /// <summary>Makes the test file itself importable (self-imports must give the same record).</summary>
    public void Register(Realm realm, string path, ModuleRecord module) => cache[(realm, path, null)] = module;

    public void InitializeImportMeta(Realm realm, JsObject meta, SourceTextModule module) { }
}
