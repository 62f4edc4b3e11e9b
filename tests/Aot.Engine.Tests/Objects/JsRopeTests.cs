using Aot.Engine.Objects;
using Aot.Engine.Tests.Interpreting;
using Xunit;

namespace Aot.Engine.Tests.Objects;

/// <summary>Strings built with `+` are ropes until read; every observable result must equal the flat string's.</summary>
public sealed class JsRopeTests
{
    [Theory]
    // Appends past the rope threshold, read back by length (no flattening), index, slice and search.
    [InlineData("let s = ''; for (let i = 0; i < 5000; i++) s += 'ab' + i; [s.length, s.charCodeAt(1000), s.slice(20000, 20008), s.indexOf('ab4999')].join()", "28890,97,3518ab35,28884")]
    // Prepending builds a right-deep tree.
    [InlineData("let r = ''; for (let i = 0; i < 3000; i++) r = (i % 10) + r; [r.length, r.slice(0, 12), r[2999]].join()", "3000,987654321098,0")]
    // A rope as a property key, Map key and in comparisons.
    [InlineData("let k = 'x'.repeat(300); k += 'y'.repeat(300); const o = { [k]: 1 }; const m = new Map([[k, 2]]); [o['x'.repeat(300) + 'y'.repeat(300)], m.get('x'.repeat(300) + 'y'.repeat(300)), k === 'x'.repeat(300) + 'y'.repeat(300), k < 'y'].join()", "1,2,true,true")]
    // Reading a rope several times and extending it after it was flattened.
    [InlineData("let s = 'a'.repeat(200); s += 'b'.repeat(200); const first = s.length + s[399]; s += 'c'.repeat(200); first + ',' + s.length + s[599] + s.lastIndexOf('b')", "400b,600c399")]
    public void RopeResultsMatchFlatStrings(string source, string expected) => Assert.Equal(expected, Js.Eval(source));

    [Theory]
    // String.prototype.repeat copies by doubling; '' any number of times returns at once (test262 asks 2^31 - 1 times).
    [InlineData("''.repeat(2147483647).length", "0")]
    [InlineData("'ab'.repeat(5) + '|' + 'x'.repeat(3) + '|' + 'abc'.repeat(0) + '|' + 'xyz'.repeat(1000).slice(2995)", "ababababab|xxx||yzxyz")]
    public void RepeatMatchesNode(string source, string expected) => Assert.Equal(expected, Js.Eval(source));

    [Fact]
    public void ConcatenationPastTheLimitThrowsRangeError() =>
        Assert.Equal("RangeError: Invalid string length", Js.Throws("let t = 'x'.repeat(1 << 20); while (true) t += t;"));

    [Fact]
    public void LongConcatenationsStayRopesUntilRead()
    {
        var a = JsValue.FromString(new string('a', JsRope.MinLength));
        var joined = JsRope.Concat(a.Ref!, "b");
        Assert.IsType<JsRope>(joined.Ref);
        Assert.Equal(JsRope.MinLength + 1, joined.StringLength);
        Assert.Equal(new string('a', JsRope.MinLength) + "b", joined.AsString());
    }
}
