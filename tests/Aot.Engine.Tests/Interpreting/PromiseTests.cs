using Xunit;

namespace Aot.Engine.Tests.Interpreting;

/// <summary>Promise (ECMA-262 §27.2) and the job queue; orders checked with node.</summary>
public sealed class PromiseTests
{
    [Theory]
    [InlineData("Promise.resolve(1).then(v => print(v)); print(0)", "0|1")]
    [InlineData("new Promise((res, rej) => rej(new Error('x'))).catch(e => print(e.message))", "x")]
    [InlineData("Promise.resolve(2).finally(() => print('f')).then(v => print(v))", "f|2")]
    [InlineData("Promise.reject(3).finally(() => print('f')).catch(v => print('c', v))", "f|c 3")]
    [InlineData("Promise.all([1, Promise.resolve(2)]).then(v => print(v.join()))", "1,2")]
    [InlineData("Promise.all([]).then(v => print(v.length))", "0")]
    [InlineData("Promise.allSettled([1, Promise.reject(2)]).then(v => print(v.map(x => x.status + ':' + (x.value ?? x.reason)).join()))", "fulfilled:1,rejected:2")]
    [InlineData("Promise.any([Promise.reject(1), Promise.reject(2)]).catch(e => print(e.name, e.errors.join(), e instanceof AggregateError))", "AggregateError 1,2 true")]
    [InlineData("Promise.race([new Promise(() => {}), Promise.resolve('r')]).then(print)", "r")]
    [InlineData("const { promise, resolve } = Promise.withResolvers(); promise.then(print); resolve('w')", "w")]
    [InlineData("const p = Promise.resolve(); p.then(() => print('a')).then(() => print('c')); p.then(() => print('b')).then(() => print('d'))", "a|b|c|d")]
    [InlineData("const t = { then(r) { print('then'); r('T'); } }; Promise.resolve(t).then(print); print('sync')", "sync|then|T")]
    [InlineData("const p = new Promise(r => r()); const q = p.then(() => q); q.catch(e => print(e.constructor.name, e.message))", "TypeError Chaining cycle detected for promise #<Promise>")]
    [InlineData("Promise.resolve().then(() => { throw 'e'; }).then(() => print('no'), e => print('rej', e))", "rej e")]
    [InlineData("class P extends Promise {} const p = P.resolve(1).then(x => x); print(p instanceof P, P.resolve(p) === p)", "true true")]
    [InlineData("Promise.resolve(new Promise(r => r(1))).then(print)", "1")]
    public void Promises(string source, string expected) => Assert.Equal(expected, AsyncTesting.Printed(source));

    [Fact]
    public void Thenables_take_two_extra_ticks()
    {
        // NewPromiseResolveThenableJob, then the then() reaction: node prints t1 t2 r t3.
        var printed = AsyncTesting.Printed("""
            new Promise(r => r(Promise.resolve())).then(() => print('r'));
            Promise.resolve().then(() => print('t1')).then(() => print('t2')).then(() => print('t3'));
            """);
        Assert.Equal("t1|t2|r|t3", printed);
    }

    [Fact]
    public void Unhandled_rejections_are_tracked_until_handled()
    {
        var js = new Js();
        js.Run("var late = Promise.reject(1); Promise.reject(2); Promise.resolve().then(() => late.catch(() => {}));");
        js.Vm.RunJobs();
        Assert.True(js.Vm.TakeUnhandledRejection(out var reason));
        Assert.Equal(2, reason.Number);
        Assert.False(js.Vm.TakeUnhandledRejection(out _));
    }

    [Theory]
    [InlineData("Promise()", "TypeError: Promise constructor cannot be invoked without 'new'")]
    [InlineData("new Promise(1)", "TypeError: Promise resolver 1 is not a function")]
    [InlineData("Promise.prototype.then.call({})", "TypeError: Method Promise.prototype.then called on incompatible receiver #<Object>")]
    public void Promise_errors(string source, string expected) => Assert.Equal(expected, Js.Throws(source));
}
