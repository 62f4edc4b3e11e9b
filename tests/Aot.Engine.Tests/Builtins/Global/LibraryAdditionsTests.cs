using Aot.Engine.Tests.Interpreting;
using Xunit;

namespace Aot.Engine.Tests.Builtins;

/// <summary>Math.sumPrecise and the hyperbolic functions, Annex B escape/unescape, Map/WeakMap
/// getOrInsert(Computed), Error.isError, JSON.parse source text access, localeCompare.</summary>
public sealed class LibraryAdditionsTests
{
    [Theory]
    [InlineData("Math.sumPrecise([1e308, 1e308, 0.1, 0.1, 1e30, 0.1, -1e30, -1e308, -1e308])", "0.30000000000000004")]
    [InlineData("Math.sumPrecise([1e30, 0.1, -1e30])", "0.1")]
    [InlineData("Math.sumPrecise([8.98846567431158e+307, 8.98846567431158e+307])", "Infinity")]
    [InlineData("Object.is(Math.sumPrecise([]), -0)", "true")]
    [InlineData("Object.is(Math.sumPrecise([-0, 0]), 0)", "true")]
    [InlineData("Math.sumPrecise([Infinity, -Infinity])", "NaN")]
    [InlineData("Math.sumPrecise([5e-324, 5e-324])", "1e-323")]
    [InlineData("Math.round(0.49999999999999994)", "0")]
    [InlineData("Object.is(Math.asinh(-0), -0) && Object.is(Math.tanh(-0), -0)", "true")]
    [InlineData("Math.expm1(1e-10)", "1.00000000005e-10")]
    [InlineData("Math.log1p(1e-10)", "9.999999999500001e-11")]
    [InlineData("escape('a b\\u00e9\\u0100@*_+-./')", "a%20b%E9%u0100@*_+-./")]
    [InlineData("unescape('%u0041%41%4g%u00')", "AA%4g%u00")]
    [InlineData("var m = new Map([[0, 'a']]); [m.getOrInsert(-0, 'b'), m.getOrInsert(1, 'c'), m.get(1)].join()", "a,c,c")]
    [InlineData("var m = new Map(); m.getOrInsertComputed(-0, k => { m.set(k, 'x'); return Object.is(k, 0); }) + ',' + m.get(0)", "true,true")]
    [InlineData("var w = new WeakMap(), k = {}; w.getOrInsertComputed(k, () => 5) + w.getOrInsert(k, 6)", "10")]
    [InlineData("[Error.isError(new TypeError()), Error.isError({ __proto__: Error.prototype }), Error.isError(new (class extends Error {}))].join()", "true,false,true")]
    [InlineData("JSON.parse('[1.0, {\"a\": \"x\"}]', function (k, v, ctx) { return typeof v === 'object' ? v : ctx.source; }).join()", "1.0,[object Object]")]
    [InlineData("'o\\u0308'.localeCompare('\\u00f6') + ',' + 'a'.localeCompare('B') + ',' + 'b'.localeCompare('A')", "0,-1,1")]
    public void Evaluates(string source, string expected) => Assert.Equal(expected, Js.Eval(source));

    [Theory]
    [InlineData("Math.sumPrecise([1, '2'])")]
    [InlineData("new Map().getOrInsertComputed(1, 2)")]
    [InlineData("new WeakMap().getOrInsert(1, 2)")]
    public void ThrowsTypeError(string source) => Assert.StartsWith("TypeError:", Js.Throws(source));
}
