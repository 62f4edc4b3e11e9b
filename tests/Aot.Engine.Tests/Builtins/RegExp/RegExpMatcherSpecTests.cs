using System.Diagnostics;
using Aot.Engine.Builtins.RegExp;
using Xunit;

namespace Aot.Engine.Tests.Builtins.RegExp;

/// <summary>Hand-written cases for what node 20 cannot record: pattern modifiers (?ims-ims:) and duplicate named
/// groups (ES2025), expected values worked out from ECMA-262 §22.2.2; plus matcher API behaviour and speed guards.</summary>
public sealed class RegExpMatcherSpecTests
{
    private static string? Run(string pattern, string flags, string input, int lastIndex = 0)
    {
        JsRegExpMatcher m = JsRegExpMatcher.Create(pattern, flags, out string? error) ?? throw new System.Exception(error);
        JsRegExpMatch? r = m.Exec(input, lastIndex);
        if (r == null) return null;
        var parts = new string[r.Count];
        for (int i = 0; i < r.Count; i++) parts[i] = r.Capture(input, i) ?? "undefined";
        return r.Index + ":" + string.Join(",", parts);
    }

    [Theory]
    [InlineData("(?i:a)b", "", "Ab", "0:Ab")]
    [InlineData("(?i:a)b", "", "AB", null)]
    [InlineData("a(?-i:b)", "i", "AB", null)]
    [InlineData("a(?-i:b)", "i", "Ab", "0:Ab")]
    [InlineData("(?m:^b)", "", "a\nb", "2:b")]
    [InlineData("^b", "", "a\nb", null)]
    [InlineData("(?s:.)", "", "\n", "0:\n")]
    [InlineData("(?-s:.)", "s", "\n", null)]
    [InlineData("(?i:\\w)", "u", "\u017f", "0:\u017f")] // WordCharacters of the modified rer (§22.2.2.9.4)
    [InlineData("(?i:\\w)", "", "\u017f", null)]
    [InlineData("(?i:\\b)\u017f", "u", "\u017f", "0:\u017f")]
    [InlineData("(?i-s:a.)", "s", "A\n", null)]
    [InlineData("(?i:(a)\\1)", "", "aA", "0:aA,a")]
    [InlineData("(?<y>a)|(?<y>b)", "", "b", "0:b,undefined,b")]
    [InlineData("(?:(?<y>a)|(?<y>b))\\k<y>", "", "bb", "0:bb,undefined,b")]
    [InlineData("(?:(?<y>a)|(?<y>b))\\k<y>", "", "ba", null)]
    [InlineData("(?:(?<y>a)|(?<y>b)|c)\\k<y>", "", "c", "0:c,undefined,undefined")]
    [InlineData("(?:(?:(?<y>a)|(?<y>b))\\k<y>){2}", "", "aabb", "0:aabb,undefined,b")]
    [InlineData("(?:(?<y>a)|(?<y>b))+", "", "ab", "0:ab,undefined,b")]
    public void SpecCases(string pattern, string flags, string input, string? expected)
        => Assert.Equal(expected, Run(pattern, flags, input));

    [Fact]
    public void DuplicateNamesMapToAllIndices()
    {
        JsRegExpMatcher m = JsRegExpMatcher.Create("(?<a>x)|(?<b>y)|(?<a>z)", "", out _)!;
        Assert.Equal(2, m.NamedGroups.Count);
        Assert.Equal("a", m.NamedGroups[0].Key);
        Assert.Equal(new[] { 1, 3 }, m.NamedGroups[0].Value);
        Assert.Equal(new[] { 2 }, m.NamedGroups[1].Value);
    }

    [Fact]
    public void InvalidPatternsReportSyntaxErrors()
    {
        Assert.Null(JsRegExpMatcher.Create("(", "", out string? error));
        Assert.Equal("Invalid regular expression: /(/: Unterminated group", error);
        Assert.Null(JsRegExpMatcher.Create("a", "uv", out _));
    }

    [Fact]
    public void CacheReturnsTheSameMatcher()
        => Assert.Same(JsRegExpMatcher.Create("ab+c", "gi", out _), JsRegExpMatcher.Create("ab+c", "gi", out _));

    [Fact]
    public void StickyAndLastIndex()
    {
        Assert.Null(Run("a", "y", "ba", 0));
        Assert.Equal("1:a", Run("a", "y", "ba", 1));
        Assert.Null(Run("a", "", "ba", 3));
        Assert.Equal("0:\ud83d\ude00", Run(".", "u", "\ud83d\ude00", 1)); // V8 steps back into the pair
    }

    /// <summary>No timeout exists (JS has none); patterns with quantified nullable atoms are rewritten, and the
    /// rewrite must not turn them exponential. The bound is a hang guard far above the milliseconds this
    /// takes, not a speed target (speed is measured by scripts/bench/stdlib/regex-scan.js).</summary>
    [Fact]
    public void RewrittenPatternsStayFast()
    {
        string text = new string('a', 20000) + "b";
        var sw = Stopwatch.StartNew();
        Assert.Equal(20001, JsRegExpMatcher.Create("(a*)*b", "", out _)!.Exec(text, 0)!.End);
        Assert.Equal(20001, JsRegExpMatcher.Create("(?:a|())*b", "", out _)!.Exec(text, 0)!.End);
        Assert.Equal(20001, JsRegExpMatcher.Create("(?:(a)|b)+", "", out _)!.Exec(text, 0)!.End);
        Assert.Equal(20001, JsRegExpMatcher.Create("[\\s\\S]*", "u", out _)!.Exec(text, 0)!.End);
        string words = string.Concat(System.Linq.Enumerable.Repeat("word ", 4000));
        Assert.NotNull(JsRegExpMatcher.Create("^(?:\\w+\\s?)*$", "", out _)!.Exec(words, 0));
        Assert.True(sw.ElapsedMilliseconds < 60_000, "exponential backtracking: took " + sw.ElapsedMilliseconds + " ms");
    }
}
