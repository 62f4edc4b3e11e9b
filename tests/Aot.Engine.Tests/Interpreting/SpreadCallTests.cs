using Xunit;

namespace Aot.Engine.Tests.Interpreting;

/// <summary>Spread calls of native functions whose argument conversions call back into JS.</summary>
public sealed class SpreadCallTests
{
    // The spread arguments lie past the caller's static stack window; getters and valueOf run by the native
    // callee push their frames there, so the callee must not read its arguments from that stack area.
    [Theory]
    [InlineData("var log = []; var mk = (v, n) => ({ get valueOf() { log.push(n); return () => v; } }); var a = [mk(2000,'y'), mk(1,'m'), mk(1,'d'), mk(5,'h'), mk(1,'mi')]; function g() { return Date.UTC(...a); } g() + ' ' + log.join()", "949381260000 y,m,d,h,mi")]
    [InlineData("var a = [1,2,3,4,5,6,7,8].map(v => ({ valueOf() { return [0,0,0].map(x => x + v).reduce((p, c) => p + c) / 3; } })); function g() { return Math.max(...a); } g()", "8")]
    [InlineData("function g(...a) { return new Date(...a).getMinutes(); } g(2000, { valueOf() { return [1].map(x => x)[0]; } }, 1, 1, { valueOf() { return 42; } })", "42")]
    public void NativeCalleeSeesItsArguments(string source, string expected) => Assert.Equal(expected, Js.Eval(source));
}
