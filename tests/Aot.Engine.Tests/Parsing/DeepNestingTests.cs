using System;
using System.Text;
using System.Threading;
using Aot.Engine.Parsing;
using Xunit;

namespace Aot.Engine.Tests.Parsing;

/// <summary>
/// 100,000 levels of nesting must never crash the process (.NET cannot catch a stack overflow):
/// the parser either parses it or throws a SyntaxError that says the nesting is too deep. The
/// parse runs on a fresh thread with the runtime's default stack size (1.5 MB on Linux, the same
/// as thread-pool threads, where embedders commonly call the engine), not on a big custom stack.
/// </summary>
public sealed class DeepNestingTests
{
    private const int Depth = 100_000;
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(20);

    /// <summary>name, opening (repeated Depth times), middle, closing (repeated Depth times).
    /// Opening + middle + closing, repeated, is a valid script.</summary>
    public static TheoryData<string, string, string, string> Patterns => new()
    {
        { "parens", "(", "0", ")" },
        { "arrays", "[", "", "]" },
        { "blocks", "{", "", "}" },
        { "objects", "x={a:", "0", "}" },
        { "not", "!", "0", "" },
        { "minus", "- ", "0", "" },
        { "minus-unspaced", "-", "x", "" },  // "---…x" lexes as --(--(…)): invalid, must be rejected
        { "functions", "x=function(){", "", "}" },
        { "templates", "`${", "0", "}`" },
        { "arrows", "a=>", "0", "" },
        { "async-arrows", "async()=>", "0", "" },
        { "class-heritage", "x=class extends (", "null", "){}" },
        { "spread", "[...", "0", "]" },
        { "calls", "f(", "0", ")" },
        { "members", "a[", "0", "]" },
        { "conditionals", "a?", "b", ":c" },
        { "ifs", "if(a)", ";", "" },
        { "assignments", "a=", "0", "" },
        { "statements-in-labels", "l: ", ";", "" },
        { "regexp-groups", "/", "", "/" }, // opening/closing are wrapped specially below
    };

    [Theory]
    [MemberData(nameof(Patterns))]
    public void Closed_nesting_parses_or_reports_nesting(string name, string open, string middle, string close)
    {
        string source = name == "regexp-groups"
            ? "/" + Repeat("(", Depth) + "a" + Repeat(")", Depth) + "/"
            : Repeat(open, Depth) + middle + Repeat(close, Depth);
        bool mustFail = name == "minus-unspaced"
            || name == "statements-in-labels"; // duplicate label `l` is an early error

        Outcome o = ParseOnDefaultStack(source);
        Assert.False(o.TimedOut, $"{name}: the parse did not finish within {Limit.TotalSeconds} s");
        Assert.True(o.Other == null, $"{name}: {o.Other?.GetType().FullName} escaped the parser: {o.Other}");
        if (o.Error != null && !mustFail)
            AssertMentionsNesting(name, o.Error);
        if (mustFail)
            Assert.True(o.Error != null, $"{name}: parsed, but a SyntaxError was expected");
    }

    [Theory]
    [MemberData(nameof(Patterns))]
    public void Unclosed_nesting_is_a_syntax_error(string name, string open, string middle, string close)
    {
        _ = middle;
        _ = close;
        string source = name == "regexp-groups" ? "/" + Repeat("(", Depth) + "/" : Repeat(open, Depth);

        Outcome o = ParseOnDefaultStack(source);
        Assert.False(o.TimedOut, $"{name}: the parse did not finish within {Limit.TotalSeconds} s");
        Assert.True(o.Other == null, $"{name}: {o.Other?.GetType().FullName} escaped the parser: {o.Other}");
        // Either "nested too deeply" or an unexpected end of input is right here.
        Assert.True(o.Error != null, $"{name}: an unclosed input parsed without error");
    }

    [Fact]
    public void Nesting_as_a_module_too()
    {
        string source = Repeat("(", Depth) + "0" + Repeat(")", Depth);
        Outcome o = ParseOnDefaultStack(source, module: true);
        Assert.False(o.TimedOut, "the parse did not finish in time");
        Assert.True(o.Other == null, $"{o.Other?.GetType().FullName} escaped the parser: {o.Other}");
        if (o.Error != null)
            AssertMentionsNesting("module parens", o.Error);
    }

    [Fact]
    public void Moderate_nesting_parses()
    {
        // Real code (minified bundles, generated parsers) nests a few hundred levels; that must work.
        foreach (string open in new[] { "(", "[", "{", "x=function(){", "`${", "a=>" })
        {
            string close = open switch { "(" => ")", "[" => "]", "{" => "}", "x=function(){" => "}", "`${" => "}`", _ => "" };
            string middle = open is "[" or "{" or "x=function(){" ? "" : "0";
            string source = Repeat(open, 300) + middle + Repeat(close, 300);
            Outcome o = ParseOnDefaultStack(source);
            Assert.False(o.TimedOut, $"{open}: timed out");
            Assert.True(o.Other == null, $"{open}: {o.Other}");
            Assert.True(o.Error == null, $"{open} x300: unexpected SyntaxError: {o.Error?.Message}");
        }
    }

    private static void AssertMentionsNesting(string name, SyntaxError e) =>
        Assert.True(
            e.Message.Contains("nest", StringComparison.OrdinalIgnoreCase) || e.Message.Contains("deep", StringComparison.OrdinalIgnoreCase),
            $"{name}: a valid input was rejected with a SyntaxError that does not say the nesting is too deep: \"{e.Message}\" at {e.Line}:{e.Column}");

    private sealed record Outcome(bool TimedOut, SyntaxError? Error, Exception? Other);

    private static Outcome ParseOnDefaultStack(string source, bool module = false)
    {
        SyntaxError? error = null;
        Exception? other = null;
        var thread = new Thread(() =>
        {
            try
            {
                _ = module ? Parser.ParseModule(source) : Parser.ParseScript(source);
            }
            catch (SyntaxError e)
            {
                error = e;
            }
            catch (Exception e)
            {
                other = e;
            }
        })
        {
            IsBackground = true,
            Name = "deep-nesting-parse",
        };
        thread.Start();
        if (!thread.Join(Limit))
            return new Outcome(true, null, null);
        return new Outcome(false, error, other);
    }

    private static string Repeat(string s, int n)
    {
        var sb = new StringBuilder(s.Length * n);
        for (int i = 0; i < n; i++)
            sb.Append(s);
        return sb.ToString();
    }
}
