using System;
using System.Collections.Generic;
using Aot.Engine.Builtins;
using Aot.Engine.Compiling;
using Aot.Engine.Modules;
using Aot.Engine.Objects;
using Aot.Engine.Tests.Interpreting;
using Xunit;

namespace Aot.Engine.Tests.Modules;

/// <summary>ES modules in the engine (ECMA-262 §16.2): a host serving modules from a dictionary; the
/// expected orders are node's.</summary>
public sealed class ModuleTests
{
    private sealed class MemoryHost(Dictionary<string, string> files) : IModuleHost
    {
        private readonly Dictionary<string, ModuleRecord> loaded = new();
        public int Loads;

        public ModuleRecord LoadImportedModule(Realm realm, ModuleRecord? referrer, string referrerName, ModuleRequest request)
        {
            string key = request.Specifier + (request.Type == "json" ? "|json" : "");
            if (loaded.TryGetValue(key, out var m)) return m;
            if (!files.TryGetValue(request.Specifier, out var source)) throw new JsException(ErrorKind.TypeError, "no module " + request.Specifier);
            Loads++;
            m = request.Type == "json"
                ? SyntheticModule.Default(realm, request.Specifier, Js.ParseJson(realm, source))
                : SourceTextModule.Parse(realm, source, request.Specifier);
            loaded[key] = m;
            return m;
        }

        public void InitializeImportMeta(Realm realm, JsObject meta, SourceTextModule module)
            => meta.AddProperty("url", JsValue.FromString("mem:" + module.Name), PropertyFlags.Default);
    }

    /// <summary>Runs module "main" of <paramref name="files"/>; returns what it printed, then "rejected: ..." if its promise rejected.</summary>
    private static string Run(params (string Name, string Source)[] files)
    {
        var js = new Js();
        var map = new Dictionary<string, string>();
        foreach (var (name, source) in files) map[name] = source;
        var host = new MemoryHost(map);
        js.Realm.ModuleHost = host;
        var main = host.LoadImportedModule(js.Realm, null, "", new ModuleRequest("main", []));
        var promise = js.Vm.RunModule(main);
        js.Vm.RunJobs();
        var printed = string.Join("|", js.Printed);
        if (promise.State == PromiseState.Rejected)
        {
            var v = promise.Result;
            printed += (printed.Length > 0 ? "|" : "") + "rejected: " + (v.IsObject ? Operations.ToString(v.AsObject().Get("name")) + ": " + Operations.ToString(v.AsObject().Get("message")) : Operations.ToString(v));
        }
        else if (promise.State == PromiseState.Pending) printed += "|pending";
        return printed;
    }

    [Fact]
    public void Imports_are_live_bindings_of_the_exporting_module()
        => Assert.Equal("0|2 2", Run(
            ("main", "import { n, inc } from 'c'; import * as ns from 'c'; print(n); inc(); inc(); print(n, ns.n);"),
            ("c", "export let n = 0; export function inc() { n++; }")));

    [Fact]
    public void Default_exports_of_every_form_and_their_names()
        => Assert.Equal("default default f 3 x", Run(
            ("main", "import a from 'a'; import b from 'b'; import c from 'c'; import d from 'd'; import e from 'e'; print(a.name, b.name, c.name, d, e);"),
            ("a", "export default function () {}"),
            ("b", "export default class {}"),
            ("c", "export default function f() {}"),
            ("d", "export default 1 + 2;"),
            ("e", "const x = 'x'; export { x as default };")));

    [Fact]
    public void Re_exports_star_exports_and_namespace_re_exports()
        => Assert.Equal("1 2 true a,b,default,inner", Run(
            ("main", "import * as r from 'r'; import { inner } from 'r'; print(r.a, r.b, inner === r.inner, Object.keys(r));"),
            ("r", "export * from 'x'; export { b } from 'y'; export * as inner from 'x'; export default 0;"),
            ("x", "export const a = 1; export default 'not re-exported by star';"),
            ("y", "export const b = 2;")));

    [Fact]
    public void Cycles_see_hoisted_functions_and_throw_in_the_temporal_dead_zone()
        => Assert.Equal("b: function|b: ReferenceError|a done", Run(
            ("main", "import 'a';"),
            ("a", "import { useA } from 'b'; export function f() {} export let later = 1; print('a done');"),
            ("b", "import { f, later } from 'a'; print('b: ' + typeof f); try { later; } catch (e) { print('b: ' + e.name); } export const useA = 1;")));

    [Fact]
    public void Ambiguous_star_exports_fail_to_link()
        => Assert.Equal("rejected: SyntaxError: The requested module 'r' contains conflicting star exports for name 'a'", Run(
            ("main", "import { a } from 'r';"),
            ("r", "export * from 'x'; export * from 'y';"),
            ("x", "export const a = 1;"),
            ("y", "export const a = 2;")));

    [Fact]
    public void Missing_exports_fail_to_link()
        => Assert.Equal("rejected: SyntaxError: The requested module 'x' does not provide an export named 'nope'", Run(
            ("main", "import { nope } from 'x';"),
            ("x", "export const a = 1;")));

    [Fact]
    public void Top_level_await_orders_modules_like_node()
        => Assert.Equal("slow start|fast|tick|slow end|main slow fast", Run(
            ("main", "import { s } from 'slow'; import { f } from 'fast'; print('main', s, f);"),
            ("slow", "print('slow start'); await null; await null; print('slow end'); export const s = 'slow';"),
            ("fast", "print('fast'); Promise.resolve().then(() => print('tick')); export const f = 'fast';")));

    [Fact]
    public void Evaluation_errors_are_cached_per_module()
        => Assert.Equal("true", Run(
            ("main", "let first; await import('bad').catch(e => { first = e; }); await import('bad').catch(e => print(e === first));"),
            ("bad", "throw new Error('once');")));

    [Fact]
    public void Dynamic_import_json_modules_and_import_meta()
        => Assert.Equal("object Module|1|mem:main|TypeError", Run(
            ("main", "const ns = await import('c'); print(typeof ns, ns[Symbol.toStringTag]); const j = await import('d', { with: { type: 'json' } }); print(j.default.k); print(import.meta.url); await import('c', { with: 1 }).catch(e => print(e.name));"),
            ("c", "export const x = 1;"),
            ("d", "{ \"k\": 1 }")));

    [Fact]
    public void Namespace_objects_are_exotic()
        => Assert.Equal("false null TypeError TypeError true 1 x", Run(
            ("main", "import * as ns from 'c'; const name = (f) => { try { f(); return 'ok'; } catch (e) { return e.name; } }; print(Object.isExtensible(ns), Object.getPrototypeOf(ns), name(() => delete ns.x), name(() => { ns.x = 2; }), 'x' in ns, ns.x, Object.getOwnPropertyNames(ns));"),
            ("c", "export const x = 1;")));

    [Fact]
    public void Assigning_an_import_throws()
        => Assert.Equal("TypeError: Assignment to constant variable.", Run(
            ("main", "import { x } from 'c'; try { x = 2; } catch (e) { print(e.name + ': ' + e.message); }"),
            ("c", "export let x = 1;")));

    [Fact]
    public void A_module_is_loaded_once_however_often_it_is_imported()
    {
        var js = new Js();
        var host = new MemoryHost(new()
        {
            ["main"] = "import 'a'; import 'b'; import 'a';",
            ["a"] = "import 'b'; print('a');",
            ["b"] = "print('b');",
        });
        js.Realm.ModuleHost = host;
        js.Vm.RunModule(host.LoadImportedModule(js.Realm, null, "", new ModuleRequest("main", [])));
        js.Vm.RunJobs();
        Assert.Equal((3, "b|a"), (host.Loads, string.Join("|", js.Printed)));
    }
}
