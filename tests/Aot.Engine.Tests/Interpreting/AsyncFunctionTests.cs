using Xunit;

namespace Aot.Engine.Tests.Interpreting;

/// <summary>Async functions (ECMA-262 §27.7, §15.8): await suspends the frame; orders checked with node.</summary>
public sealed class AsyncFunctionTests
{
    [Theory]
    [InlineData("async function f() { return 1; } f().then(print); print(0)", "0|1")]
    [InlineData("async function f() { print('a'); await null; print('c'); } f(); print('b')", "a|b|c")]
    [InlineData("async function f() { try { await Promise.reject(new Error('x')); } catch (e) { return 'caught ' + e.message; } } f().then(print)", "caught x")]
    [InlineData("async function f() { throw new Error('y'); } f().catch(e => print(e.message)); print('sync')", "sync|y")]
    [InlineData("async function f(a = boom()) {} f().catch(e => print(e.name))", "ReferenceError")]
    [InlineData("const f = async x => await x * 2; f(Promise.resolve(4)).then(print)", "8")]
    [InlineData("const o = { async m() { return this.v; }, v: 5 }; o.m().then(print)", "5")]
    [InlineData("class C { async m() { return (await 1) + (await 2); } } new C().m().then(print)", "3")]
    [InlineData("async function f() { let s = 0; for (let i = 0; i < 5; i++) s += await i; return s; } f().then(print)", "10")]
    [InlineData("async function f() { try { return await 1; } finally { print('fin'); } } f().then(print)", "fin|1")]
    [InlineData("async function f() {} print(f() instanceof Promise, Object.getPrototypeOf(f).constructor.name, 'prototype' in f)", "true AsyncFunction false")]
    [InlineData("async function f() { await { then(r) { r('thenable'); } }; return 'ok'; } f().then(print)", "ok")]
    public void Async_functions(string source, string expected) => Assert.Equal(expected, AsyncTesting.Printed(source));

    [Fact]
    public void Await_interleaves_with_then_chains_like_node()
    {
        var printed = AsyncTesting.Printed("""
            async function a1() { print('a1 start'); await a2(); print('a1 end'); }
            async function a2() { print('a2'); }
            a1();
            new Promise(r => { print('p1'); r(); }).then(() => print('p2')).then(() => print('p3'));
            (async () => { await null; print('n1'); await null; print('n2'); })();
            (async () => { return Promise.resolve(); })().then(() => print('returned promise'));
            print('sync end');
            """);
        Assert.Equal("a1 start|a2|p1|sync end|a1 end|p2|n1|p3|n2|returned promise", printed);
    }

    [Fact]
    public void Async_function_called_from_native_code_returns_its_promise()
    {
        Assert.Equal("1,2", AsyncTesting.Printed("Promise.all([1, 2].map(async x => x)).then(v => print(v.join()))"));
    }
}
