using System;
using System.Collections.Generic;
using Aot.Engine.Builtins;
using Aot.Engine.Interpreting;
using Aot.Engine.Objects;
using Aot.Runtime.Modules;
using Xunit;

namespace Aot.Runtime.Tests.Modules;

/// <summary>The Node module loader over real files: ESM, CommonJS, JSON, interop, errors (outputs as node prints them).</summary>
public sealed class ModuleLoaderTests : IDisposable
{
    private readonly FixtureTree tree = new();

    public void Dispose() => tree.Dispose();

    /// <summary>Runs <paramref name="entry"/> with a `print` global; returns the printed lines and, when the
    /// entry's promise rejected, "rejected: Name [code]: message".</summary>
    private string Run(string entry)
    {
        var vm = new Vm();
        var realm = vm.CreateRealm();
        var printed = new List<string>();
        realm.GlobalObject.AddProperty("print", JsValue.FromObject(new JsNativeFunction(realm, "print", 1, (Realm r, in JsValue t, ReadOnlySpan<JsValue> args, JsObject? n) =>
        {
            printed.Add(string.Join(" ", Array.ConvertAll(args.ToArray(), a => Operations.ToString(a))));
            return JsValue.Undefined;
        })), PropertyFlags.Hidden);
        var loader = new ModuleLoader(realm);
        var promise = loader.RunMain(tree[entry]);
        vm.RunJobs();
        if (promise.State == PromiseState.Rejected)
        {
            var e = promise.Result.AsObject();
            var code = e.Get("code");
            printed.Add($"rejected: {Operations.ToString(e.Get("name"))}{(code.IsUndefined ? "" : " " + Operations.ToString(code))}: {Operations.ToString(e.Get("message")).Replace(tree.Root, ".")}");
        }
        return string.Join("|", printed);
    }

    [Fact]
    public void Mjs_imports_esm_cjs_and_json()
    {
        tree.File("main.mjs", "import { x } from './x.mjs'; import c, { named } from './c.cjs'; import j from './j.json' with { type: 'json' }; print(x, c.named === named, named, j.k);")
            .File("x.mjs", "export const x = 'x';")
            .File("c.cjs", "exports.named = 'n';")
            .File("j.json", "{\"k\": [1]}");
        Assert.Equal("x true n 1", Run("main.mjs"));
    }

    [Fact]
    public void CommonJs_entry_has_node_wrapper_bindings()
    {
        tree.File("main.js", "print(typeof require, typeof module, typeof exports, __filename.endsWith('/main.js'), __dirname === require('./d.js').dir, this === exports, require.main === module, module.id);")
            .File("d.js", "exports.dir = __dirname;");
        Assert.Equal("function object object true true true true .", Run("main.js"));
    }

    [Fact]
    public void CommonJs_cycles_return_partial_exports()
    {
        tree.File("main.js", "require('./a.js');")
            .File("a.js", "exports.a = 1; require('./b.js'); exports.a2 = 2;")
            .File("b.js", "const a = require('./a.js'); print(JSON.stringify(a));");
        Assert.Equal("{\"a\":1}", Run("main.js"));
    }

    [Fact]
    public void Require_cache_deletion_reloads()
    {
        tree.File("main.js", "const k = require.resolve('./n.js'); print(require('./n.js').v); delete require.cache[k]; print(require('./n.js').v);")
            .File("n.js", "globalThis.count = (globalThis.count || 0) + 1; exports.v = count;");
        Assert.Equal("1|2", Run("main.js"));
    }

    [Fact]
    public void Require_of_esm_returns_the_namespace_but_not_with_top_level_await()
    {
        tree.File("main.cjs", "print(require('./e.mjs').v); try { require('./t.mjs'); } catch (e) { print(e.code); }")
            .File("e.mjs", "export const v = 'esm';")
            .File("t.mjs", "await null; export const t = 1;");
        Assert.Equal("esm|ERR_REQUIRE_ASYNC_MODULE", Run("main.cjs"));
    }

    [Fact]
    public void Package_type_module_and_syntax_detection_pick_esm()
    {
        tree.File("pkg/package.json", "{\"type\": \"module\"}")
            .File("pkg/main.js", "import { v } from './v.js'; print(v, typeof require);")
            .File("pkg/v.js", "export const v = 'typed';")
            .File("plain/main.js", "import { w } from './w.js'; print(w);")
            .File("plain/w.js", "export const w = 'detected';");
        Assert.Equal("typed undefined", Run("pkg/main.js"));
        Assert.Equal("detected", Run("plain/main.js"));
    }

    [Fact]
    public void Node_modules_packages_with_exports_conditions()
    {
        tree.File("node_modules/dual/package.json", "{\"name\":\"dual\",\"exports\":{\"import\":\"./esm.mjs\",\"require\":\"./cjs.cjs\"}}")
            .File("node_modules/dual/esm.mjs", "export default 'import condition';")
            .File("node_modules/dual/cjs.cjs", "module.exports = 'require condition';")
            .File("main.mjs", "import d from 'dual'; import { createRequire } from 'node:module'; print(d, createRequire(import.meta.url)('dual'));");
        Assert.Equal("import condition require condition", Run("main.mjs"));
    }

    [Fact]
    public void Import_meta_has_url_filename_dirname_and_resolve()
    {
        tree.File("main.mjs", "print(import.meta.url === 'file://' + import.meta.filename, import.meta.dirname + '/main.mjs' === import.meta.filename, import.meta.resolve('./x.js') === 'file://' + import.meta.dirname + '/x.js');");
        Assert.Equal("true true true", Run("main.mjs"));
    }

    [Fact]
    public void Missing_modules_fail_with_nodes_codes()
    {
        tree.File("esm.mjs", "import './nope.mjs';")
            .File("cjs.js", "require('./nope');")
            .File("json.mjs", "import './j.json';")
            .File("j.json", "{}");
        Assert.Equal("rejected: Error ERR_MODULE_NOT_FOUND: Cannot find module './nope.mjs' imported from ./esm.mjs", Run("esm.mjs"));
        Assert.StartsWith("rejected: Error MODULE_NOT_FOUND: Cannot find module './nope'", Run("cjs.js"));
        Assert.Equal("rejected: TypeError ERR_IMPORT_ASSERTION_TYPE_MISSING: Module \"file://./j.json\" needs an import attribute of type \"json\"", Run("json.mjs"));
    }

    [Fact]
    public void A_syntax_error_in_an_imported_module_names_its_file_line_and_column()
    {
        tree.File("main.mjs", "import './bad.mjs';")
            .File("bad.mjs", "export const a = 1;\nlet x = ;\n");
        var vm = new Vm();
        var realm = vm.CreateRealm();
        var promise = new ModuleLoader(realm).RunMain(tree["main.mjs"]);
        vm.RunJobs();
        Assert.Equal(PromiseState.Rejected, promise.State);
        string stack = Operations.ToString(promise.Result.AsObject().Get("stack"));
        Assert.Equal($"{tree["bad.mjs"]}:2\nlet x = ;\n        ^\n\nSyntaxError: Unexpected token ';'\n    at {tree["bad.mjs"]}:2:9", stack);
    }
}
