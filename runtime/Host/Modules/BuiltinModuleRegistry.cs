using System;
using System.Collections.Generic;
using Aot.Engine.Objects;
using Aot.Runtime.Modules.Resolution;

namespace Aot.Runtime.Modules;

/// <summary>
/// The host's Node builtin modules (the builtin-module contract): name → <c>CreateExports(Realm)</c>.
/// Each module's exports object is created once per realm, on first use, and shared by `require`
/// (the object itself) and `import` (a synthetic module: `default` = the object, named exports = its
/// own enumerable properties). Names are registered bare; `node:`-prefixed lookups find them too.
/// </summary>
public sealed class BuiltinModuleRegistry
{
    /// <summary>The modules this runtime implements (the lead wires the Node helpers' CreateExports here).</summary>
    private static readonly Dictionary<string, Func<Realm, JsObject>> Factories = new(StringComparer.Ordinal)
    {
        ["assert"] = Node.AssertModule.CreateExports,
        ["assert/strict"] = Node.AssertModule.CreateStrictExports,
        ["buffer"] = Node.BufferModule.CreateExports,
        ["child_process"] = Node.ChildProcessModule.CreateExports,
        ["console"] = static realm => realm.GlobalObject.Get("console").AsObject(),
        ["events"] = Node.EventsModule.CreateExports,
        ["fs"] = Node.FsModule.CreateExports,
        ["fs/promises"] = Node.FsModule.CreatePromisesExports,
        ["os"] = Node.OsModule.CreateExports,
        ["path"] = Node.PathModule.CreateExports,
        ["path/posix"] = static realm => Node.PathModule.CreateExports(realm).Get("posix").AsObject(),
        ["path/win32"] = static realm => Node.PathModule.CreateExports(realm).Get("win32").AsObject(),
        ["process"] = Node.ProcessModule.CreateExports,
        ["querystring"] = Node.QuerystringModule.CreateExports,
        ["readline"] = Node.ReadlineModule.CreateExports,
        ["readline/promises"] = Node.ReadlineModule.CreatePromisesExports,
        ["stream"] = Node.StreamModule.CreateExports,
        ["stream/promises"] = Node.StreamModule.CreatePromisesExports,
        ["string_decoder"] = Node.StringDecoderModule.CreateExports,
        ["timers"] = Node.TimersModule.CreateExports,
        ["timers/promises"] = Node.TimersPromisesModule.CreateExports,
        ["tty"] = Node.TtyModule.CreateExports,
        ["url"] = Node.UrlModule.CreateExports,
        ["util"] = Node.UtilModule.CreateExports,
        ["util/types"] = Node.UtilTypesModule.CreateExports,
    };

    private readonly Realm realm;
    private readonly Dictionary<string, JsObject> created = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Func<Realm, JsObject>> extra = new(StringComparer.Ordinal);

    public BuiltinModuleRegistry(Realm realm) => this.realm = realm;

    /// <summary>The bare name of a builtin (<c>node:fs</c> → <c>fs</c>).</summary>
    public static string BareName(string name) => name.StartsWith("node:", StringComparison.Ordinal) ? name[5..] : name;

    /// <summary>Adds a module for this realm only (the loader's own <c>module</c> builtin, tests).</summary>
    public void Register(string name, Func<Realm, JsObject> factory) => extra[BareName(name)] = factory;

    /// <summary>Whether the runtime implements builtin <paramref name="name"/> (bare or <c>node:</c>).</summary>
    public bool IsImplemented(string name)
    {
        string bare = BareName(name);
        return extra.ContainsKey(bare) || Factories.ContainsKey(bare);
    }

    /// <summary>The exports object of builtin <paramref name="name"/>, created on first use; null when the
    /// runtime does not implement it (the loader then throws Node's error).</summary>
    public JsObject? GetExports(string name)
    {
        string bare = BareName(name);
        if (created.TryGetValue(bare, out var exports)) return exports;
        if (!extra.TryGetValue(bare, out var factory) && !Factories.TryGetValue(bare, out factory)) return null;
        exports = factory(realm);
        created[bare] = exports;
        return exports;
    }

    /// <summary>Every name Node knows (for `module.builtinModules`).</summary>
    public static IReadOnlyList<string> NodeNames => BuiltinModules.Names;
}
