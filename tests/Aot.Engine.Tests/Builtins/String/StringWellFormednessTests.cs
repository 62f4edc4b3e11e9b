using Aot.Engine.Builtins.String;
using Xunit;

namespace Aot.Engine.Tests.Builtins.String;

/// <summary>String.prototype.isWellFormed / toWellFormed (ECMA-262 §22.1.3.10, §22.1.3.33).</summary>
public sealed class StringWellFormednessTests
{
    // Not [InlineData]: attribute strings are stored as UTF-8, which cannot hold lone surrogates.
    private static readonly (string Input, bool WellFormed, string Expected)[] Cases =
    [
        ("", true, ""),
        ("abc", true, "abc"),
        ("a\uD83D\uDE00b", true, "a\uD83D\uDE00b"),
        ("\uD800", false, "\uFFFD"),
        ("\uDC00", false, "\uFFFD"),
        ("a\uD800b", false, "a\uFFFDb"),
        ("\uDC00\uD800", false, "\uFFFD\uFFFD"),
        ("\uD800\uD800\uDC00", false, "\uFFFD\uD800\uDC00"),
        ("\uD800\uDC00\uDC00", false, "\uD800\uDC00\uFFFD"),
        ("x\uDBFF", false, "x\uFFFD"),
    ];

    [Fact]
    public void MatchesTheSpec()
    {
        foreach ((string input, bool wellFormed, string expected) in Cases)
        {
            Assert.Equal(wellFormed, StringWellFormedness.IsWellFormed(input));
            string actual = StringWellFormedness.ToWellFormed(input);
            Assert.Equal(expected, actual);
            if (wellFormed) Assert.Same(input, actual);
        }
    }

    [Fact]
    public void LongStrings()
    {
        string pairs = new string('a', 100_000) + string.Concat(System.Linq.Enumerable.Repeat("\uD83D\uDE00", 10_000));
        Assert.True(StringWellFormedness.IsWellFormed(pairs));
        Assert.Same(pairs, StringWellFormedness.ToWellFormed(pairs));
        string broken = pairs + "\uD83D";
        Assert.False(StringWellFormedness.IsWellFormed(broken));
        Assert.Equal(pairs + "\uFFFD", StringWellFormedness.ToWellFormed(broken));
        Assert.Equal(broken.Length - 1, StringWellFormedness.IndexOfLoneSurrogate(broken, 0));
    }
}
