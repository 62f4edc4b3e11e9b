using Xunit;

namespace Aot.Engine.Tests.Interpreting;

/// <summary>Async generators (ECMA-262 §27.6), for await (§14.7.5) and async-from-sync iterators (§27.1.6).</summary>
public sealed class AsyncGeneratorTests
{
    [Theory]
    [InlineData("async function* g() { yield 1; yield 2; } (async () => { for await (const v of g()) print(v); })()", "1|2")]
    [InlineData("(async () => { for await (const v of [1, Promise.resolve(2)]) print(v); })()", "1|2")]
    [InlineData("async function* g() { yield Promise.resolve('p'); } g().next().then(r => print(r.value, r.done))", "p false")]
    [InlineData("async function* g() { const x = yield 1; print('got', x); } const it = g(); it.next().then(() => it.next('X'))", "got X")]
    [InlineData("async function* g() { try { yield 1; } finally { print('fin'); } } const it = g(); it.next().then(() => it.return('R')).then(r => print(r.value, r.done))", "fin|R true")]
    [InlineData("async function* g() { yield 1; } const it = g(); it.return(Promise.resolve('early')).then(r => print(r.value, r.done))", "early true")]
    [InlineData("async function* g() { throw new Error('boom'); } g().next().catch(e => print(e.message))", "boom")]
    [InlineData("async function* g() { yield 1; yield 2; } const it = g(); Promise.all([it.next(), it.next(), it.next()]).then(rs => print(rs.map(r => r.value + ':' + r.done).join()))", "1:false,2:false,undefined:true")]
    [InlineData("async function* inner() { const r = yield 'a'; return 'ret ' + r; } async function* outer() { print(yield* inner()); } const it = outer(); it.next().then(r => { print(r.value); return it.next('R'); })", "a|ret R")]
    [InlineData("async function* g() { yield* [1, 2]; } (async () => { for await (const v of g()) print(v); })()", "1|2")]
    [InlineData("let closed = 0; const src = { [Symbol.asyncIterator]() { return { next: async () => ({ value: 1, done: false }), return: async () => { closed++; return {}; } }; } }; (async () => { for await (const v of src) break; print('closed', closed); })()", "closed 1")]
    [InlineData("async function* g() {} print(Object.prototype.toString.call(g()), typeof g().next, Object.getPrototypeOf(g).constructor.name)", "[object AsyncGenerator] function AsyncGeneratorFunction")]
    [InlineData("AsyncIterator = Object.getPrototypeOf(Object.getPrototypeOf(async function*(){}.prototype)); const o = {}; print(AsyncIterator[Symbol.asyncIterator].call(o) === o)", "true")]
    public void Async_generators(string source, string expected) => Assert.Equal(expected, AsyncTesting.Printed(source));

    [Fact]
    public void For_await_closes_on_throw_and_rethrows()
    {
        var printed = AsyncTesting.Printed("""
            async function* g() { try { yield 1; yield 2; } finally { print('gen finally'); } }
            (async () => {
              try { for await (const v of g()) throw new Error('body ' + v); }
              catch (e) { print(e.message); }
            })();
            """);
        Assert.Equal("gen finally|body 1", printed);
    }
}
