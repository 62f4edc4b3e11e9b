using Aot.Engine.Tests.Interpreting;
using Xunit;

namespace Aot.Engine.Tests.Builtins;

/// <summary>ECMA-262 §19.2.6 URI handling functions (UTF-8 percent-encoding).</summary>
public sealed class UriFunctionsTests
{
    [Theory]
    [InlineData("encodeURIComponent('a b&c/é😀')", "a%20b%26c%2F%C3%A9%F0%9F%98%80")]
    [InlineData("encodeURI('http://x.org/a b?q=1#f')", "http://x.org/a%20b?q=1#f")]
    [InlineData("decodeURIComponent('%F0%9F%98%80%2F%41')", "😀/A")]
    [InlineData("decodeURI('%2F%41%23')", "%2FA%23")]
    public void Evaluates(string source, string expected) => Assert.Equal(expected, Js.Eval(source));

    [Theory]
    [InlineData("encodeURIComponent('\\uD800')")]
    [InlineData("decodeURIComponent('%')")]
    [InlineData("decodeURIComponent('%C0%80')")]
    [InlineData("decodeURIComponent('%ED%A0%80')")]
    public void Throws(string source) => Assert.StartsWith("URIError:", Js.Throws(source));
}
