using System;
using Aot.Engine.Objects;
using Aot.Runtime.Modules;
using Aot.Runtime.Node;
using Aot.Runtime.Running;
using Xunit;

namespace Aot.Runtime.Tests.Running;

/// <summary>NodeHost and the builtin-module contract (CreateExports, NodeHost.Of) without the CLI:
/// scripts leave their results in globals, read after Run returns.</summary>
public sealed class NodeHostTests
{
    private static (NodeHost Host, int Code) Run(string source, Action<Realm>? setup = null)
    {
        var host = new NodeHost(new NodeHostOptions("/usr/bin/aot", ["a1"], []));
        setup?.Invoke(host.Realm);
        int code = host.Run(new MainEntry("/tmp/test-script.js", "/tmp/test-script.js", source, SourceGoal.Script));
        return (host, code);
    }

    private static string Global(NodeHost host, string name) => Operations.ToString(host.Realm.GlobalObject.Get(name));

    [Fact]
    public void Of_finds_the_host_of_its_realm_and_modules_share_its_objects()
    {
        var (host, code) = Run("globalThis.same = require_process() === process;", realm =>
        {
            var exports = ProcessModule.CreateExports(realm);
            realm.GlobalObject.AddProperty("require_process", JsValue.FromObject(new JsNativeFunction(realm, "require_process", 0,
                (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? nt) => JsValue.FromObject(exports))), PropertyFlags.Hidden);
        });
        Assert.Same(host, NodeHost.Of(host.Realm));
        Assert.Equal((0, "true"), (code, Global(host, "same")));
    }

    [Fact]
    public void Timers_module_exports_the_global_functions()
    {
        var (host, code) = Run("globalThis.same = timers.setTimeout === setTimeout && timers.clearImmediate === clearImmediate && typeof timers.promises.setTimeout;",
            realm => realm.GlobalObject.AddProperty("timers", JsValue.FromObject(TimersModule.CreateExports(realm)), PropertyFlags.Hidden));
        Assert.Equal((0, "function"), (code, Global(host, "same")));
    }

    [Fact]
    public void Timers_promises_resolve_in_timer_order_and_interval_iterates()
    {
        const string script = """
            const out = [];
            (async () => {
              const p1 = tp.setTimeout(20, 'late');
              const p2 = tp.setTimeout(1, 'early');
              out.push(await p2, await p1, await tp.setImmediate('imm'));
              await tp.scheduler.wait(1);
              let n = 0;
              for await (const v of tp.setInterval(2, 'tick')) { out.push(v + ++n); if (n === 3) break; }
              out.push('done');
            })().then(() => { globalThis.result = out.join(','); });
            """;
        var (host, code) = Run(script, realm => realm.GlobalObject.AddProperty("tp", JsValue.FromObject(TimersPromisesModule.CreateExports(realm)), PropertyFlags.Hidden));
        Assert.Equal((0, "early,late,imm,tick1,tick2,tick3,done"), (code, Global(host, "result")));
    }

    [Fact]
    public void Refresh_restarts_a_timer_and_unref_lets_the_loop_end()
    {
        const string script = """
            globalThis.log = [];
            const t = setTimeout(() => log.push('refreshed timer'), 30);
            setTimeout(() => { t.refresh(); log.push('refresh'); }, 20);
            setTimeout(() => log.push('never: unref'), 100000).unref();
            setInterval(() => {}, 5).unref();
            """;
        var (host, code) = Run(script);
        Assert.Equal((0, "refresh,refreshed timer"), (code, Operations.ToString(host.Realm.GlobalObject.Get("log"))));
    }

    [Fact]
    public void Process_argv_has_the_runtime_the_script_and_the_arguments()
    {
        var (host, code) = Run("globalThis.argv = process.argv.join(' ');");
        Assert.Equal((0, "/usr/bin/aot /tmp/test-script.js a1"), (code, Global(host, "argv")));
    }

    [Fact]
    public void Exit_code_comes_from_process_exit_and_exit_listeners_run()
    {
        var (host, code) = Run("process.on('exit', c => { globalThis.seen = c; }); setTimeout(() => process.exit(6), 1); setTimeout(() => { globalThis.seen = 'late'; }, 50);");
        Assert.Equal((6, "6"), (code, Global(host, "seen")));
    }
}
