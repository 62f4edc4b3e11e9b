using Xunit;

namespace Aot.Engine.Tests.Interpreting;

/// <summary>Spread arguments to a native function stay intact while the native calls back into JS.</summary>
public sealed class SpreadNativeCallTests
{
    [Fact]
    public void Spread_arguments_survive_reentrant_valueOf_calls()
    {
        // Each valueOf runs a nested dispatch loop; the spread arguments used to lie where that loop put its frame.
        const string source = """
            function mk(log, v, n) { return { get valueOf() { log.push(n); return () => v; } }; }
            function call(f) { return f(); }
            const log = [];
            const args = [mk(log, 2000, 'y'), mk(log, 0, 'mo'), mk(log, 1, 'd'), mk(log, 2, 'h'), mk(log, 3, 'mi'), mk(log, 4, 's')];
            const d = call(() => new Date(...args));
            log.join() + ' ' + d.getHours() + ':' + d.getMinutes() + ':' + d.getSeconds();
            """;
        Assert.Equal("y,mo,d,h,mi,s 2:3:4", Js.Eval(source));
    }
}
