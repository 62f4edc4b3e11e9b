using Aot.Engine.Tests.Interpreting;
using Xunit;

namespace Aot.Engine.Tests.Builtins;

/// <summary>Iterator helpers (ES2025 §27.1.3-27.1.4) and the later Iterator statics and methods.</summary>
public sealed class IteratorHelperTests
{
    private const string Gen = "function* g() { yield 1; yield 2; yield 3; yield 4; } ";

    [Theory]
    [InlineData(Gen + "g().map(function (x, i) { return x * 10 + i; }).toArray().join()", "10,21,32,43")]
    [InlineData(Gen + "g().filter(function (x) { return x % 2; }).toArray().join()", "1,3")]
    [InlineData(Gen + "g().take(2).toArray().join() + '|' + g().drop(3).toArray().join() + '|' + g().take(Infinity).toArray().length", "1,2|4|4")]
    [InlineData(Gen + "g().flatMap(function (x) { return [x, -x]; }).take(4).toArray().join()", "1,-1,2,-2")]
    [InlineData(Gen + "g().reduce(function (a, b) { return a + b; }) + ',' + g().reduce(function (a, b) { return a + b; }, 10)", "10,20")]
    [InlineData(Gen + "g().some(function (x) { return x > 3; }) + ',' + g().every(function (x) { return x > 3; }) + ',' + g().find(function (x) { return x > 2; })", "true,false,3")]
    [InlineData(Gen + "var s = 0; g().forEach(function (x) { s += x; }); s", "10")]
    [InlineData("Iterator.from({ i: 0, next: function () { return { done: this.i > 2, value: this.i++ }; } }).map(String).toArray().join()", "0,1,2")]
    [InlineData("Iterator.from('ab').toArray().join()", "a,b")]
    [InlineData("Iterator.concat([1, 2], new Set([3])).toArray().join()", "1,2,3")]
    [InlineData("JSON.stringify(Iterator.zip([[1, 2], 'xy'.split('')]).toArray())", "[[1,\"x\"],[2,\"y\"]]")]
    [InlineData("JSON.stringify(Iterator.zipKeyed({a: [1, 2], b: [3]}, {mode: 'longest', padding: {b: 0}}).toArray())", "[{\"a\":1,\"b\":3},{\"a\":2,\"b\":0}]")]
    [InlineData("JSON.stringify([1, 2, 3, 4, 5].values().chunks(2).toArray()) + JSON.stringify([1, 2, 3].values().windows(2).toArray())", "[[1,2],[3,4],[5]][[1,2],[2,3]]")]
    [InlineData("[1, NaN].values().includes(NaN) + ',' + [1, 2].values().includes(1, 1)", "true,false")]
    [InlineData("Object.prototype.toString.call([].values().map(String)) + ',' + (Iterator.prototype.constructor === Iterator) + ',' + Iterator.prototype[Symbol.toStringTag]", "[object Iterator Helper],true,Iterator")]
    [InlineData("class It extends Iterator { next() { return { done: true }; } } new It().toArray().length + ',' + (new It() instanceof Iterator)", "0,true")]
    // return() closes the underlying iterator; a helper that finished does not.
    [InlineData("var closed = 0; var it = { next: function () { return { value: 1, done: false }; }, return: function () { closed++; return {}; }, __proto__: Iterator.prototype }; var m = it.map(String); m.next(); m.return(); m.return(); m.next().done + ',' + closed", "true,1")]
    [InlineData("var closed = 0; var it = { next: function () { return { value: 1, done: false }; }, return: function () { closed++; return {}; }, __proto__: Iterator.prototype }; it.find(function () { return true; }); closed", "1")]
    public void Evaluates(string source, string expected) => Assert.Equal(expected, Js.Eval(source));

    [Theory]
    [InlineData("new Iterator()", "TypeError")]
    [InlineData("Iterator.prototype.map.call({ next: function () {} }, 1)", "TypeError")]
    [InlineData("[].values().take(-1)", "RangeError")]
    [InlineData("[].values().take(NaN)", "RangeError")]
    [InlineData("[].values().reduce(function () {})", "TypeError")]
    [InlineData("var m = [1].values().map(function () { return m.next(); }); m.next()", "TypeError")]
    [InlineData("Iterator.zip([[1], [1, 2]], {mode: 'strict'}).toArray()", "TypeError")]
    [InlineData("[].values().chunks(0)", "RangeError")]
    public void Throws(string source, string errorName) => Assert.StartsWith(errorName + ":", Js.Throws(source));
}
