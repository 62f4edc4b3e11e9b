using Xunit;

namespace Aot.Engine.Tests.Interpreting;

/// <summary>Generators (ECMA-262 §27.5, §15.5) as suspended frames; expected values checked with node.</summary>
public sealed class GeneratorTests
{
    [Theory]
    [InlineData("function* g() { yield 1; yield 2; } [...g()].join()", "1,2")]
    [InlineData("function* g() { const x = yield 1; return x * 2; } const it = g(); it.next(); const r = it.next(21); r.value + ',' + r.done", "42,true")]
    [InlineData("function* g(a, b = a + 1) { yield a + b; } g(1).next().value", "3")]
    [InlineData("let s = ''; function* g() { s += 'body'; yield; } const it = g(); s += 'made,'; it.next(); s", "made,body")]
    [InlineData("function* g() { try { yield 1; } finally { print('fin'); } } const it = g(); it.next(); const r = it.return(7); r.value + ',' + r.done", "7,true")]
    [InlineData("function* g() { try { yield 1; } catch (e) { yield 'caught ' + e; } } const it = g(); it.next(); it.throw('x').value", "caught x")]
    [InlineData("function* g() { yield 1; } const it = g(); it.return(5).value + ',' + it.next().done", "5,true")]
    [InlineData("function* g() { yield 1; } const it = g(); try { it.throw(new Error('e')); } catch (e) { e.message + ',' + it.next().done }", "e,true")]
    [InlineData("function* inner() { const r = yield 'i'; return r; } function* outer() { const v = yield* inner(); yield 'got ' + v; } const it = outer(); it.next(); it.next('R').value", "got R")]
    [InlineData("function* g() { yield* 'ab'; yield* [1, 2]; } [...g()].join()", "a,b,1,2")]
    [InlineData("function* fib() { let [a, b] = [0, 1]; for (;;) { yield a; [a, b] = [b, a + b]; } } const r = []; for (const n of fib()) { if (r.length == 8) break; r.push(n); } r.join()", "0,1,1,2,3,5,8,13")]
    [InlineData("class C { *m() { yield this.x; } } const c = new C(); c.x = 4; c.m().next().value", "4")]
    [InlineData("const o = { *[Symbol.iterator]() { yield 1; yield 2; } }; Math.max(...o)", "2")]
    [InlineData("function* g() { yield 1 + (yield 2); } const it = g(); it.next(); it.next(10).value", "11")]
    [InlineData("function* g() { let i = 0; while (true) yield i++; } const it = g(); it.next(); it.next(); it.next().value", "2")]
    [InlineData("function* g() {} Object.getPrototypeOf(g).constructor.name + ' ' + Object.prototype.toString.call(g())", "GeneratorFunction [object Generator]")]
    [InlineData("function* g() {} Object.getPrototypeOf(g()) === g.prototype && Object.getPrototypeOf(g.prototype) === Object.getPrototypeOf(g).prototype", "true")]
    public void Generators(string source, string expected) => Assert.Equal(expected, Js.Eval(source));

    [Theory]
    [InlineData("function* g() { it.next(); yield 1; } const it = g(); it.next()", "TypeError: Generator is already running")]
    [InlineData("function* g() {} new g()", "TypeError: g is not a constructor")]
    [InlineData("function* g() { yield* { [Symbol.iterator]() { return { next() { return 1; } }; } }; } g().next()", "TypeError: Iterator result 1 is not an object")]
    [InlineData("function* g() { yield* { [Symbol.iterator]() { return { next() { return { done: false }; } }; } }; } const it = g(); it.next(); it.throw(1)", "TypeError: The iterator does not provide a 'throw' method")]
    [InlineData("function* g(a = boom()) {} g()", "ReferenceError: boom is not defined")]
    public void Generator_errors(string source, string expected) => Assert.Equal(expected, Js.Throws(source));

    [Fact]
    public void Return_runs_finally_blocks_and_closes_delegated_iterators()
    {
        var printed = AsyncTesting.Printed("""
            let closed = false;
            const inner = { [Symbol.iterator]() { return this; }, next() { return { value: 'v', done: false }; }, return(v) { closed = true; return { value: v, done: true }; } };
            function* g() { try { try { yield* inner; } finally { print('inner finally'); } } finally { print('outer finally'); } }
            const it = g();
            it.next();
            const r = it.return('R');
            print(r.value, r.done, closed);
            """);
        Assert.Equal("inner finally|outer finally|R true true", printed);
    }

    [Fact]
    public void Many_generators_and_deep_yields_stay_independent()
    {
        Assert.Equal("499500", Js.Eval("""
            function* count(n) { for (let i = 0; i < n; i++) yield i; }
            function* sum(gen) { let s = 0; for (const v of gen) s += v; yield s; }
            sum(count(1000)).next().value
            """));
    }
}
