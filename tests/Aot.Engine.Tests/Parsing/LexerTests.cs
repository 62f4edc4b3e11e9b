using System;
using System.Collections.Generic;
using System.Text;
using Aot.Engine.Parsing;
using Xunit;

namespace Aot.Engine.Tests.Parsing;

public class LexerTests
{
    // ---- helpers ------------------------------------------------------------------------

    private static List<Token> Lex(string source, bool module = false)
    {
        var lexer = new Lexer(source, module);
        var list = new List<Token>();
        for (int guard = 0; guard < 100000; guard++)
        {
            Token t = lexer.Next();
            if (t.Kind == TokenKind.EndOfFile) return list;
            list.Add(t);
        }
        throw new InvalidOperationException("lexer did not terminate");
    }

    private static TokenKind[] Kinds(string source, bool module = false)
    {
        var tokens = Lex(source, module);
        var kinds = new TokenKind[tokens.Count];
        for (int i = 0; i < kinds.Length; i++) kinds[i] = tokens[i].Kind;
        return kinds;
    }

    private static Token Single(string source)
    {
        var tokens = Lex(source);
        Assert.Single(tokens);
        return tokens[0];
    }

    private static SyntaxError Fails(string source, bool module = false)
        => Assert.Throws<SyntaxError>(() => Lex(source, module));

    private static SyntaxError Fails(string source, string message, int offset, bool module = false)
    {
        var e = Fails(source, module);
        Assert.Equal(message, e.Message);
        Assert.Equal(offset, e.Offset);
        return e;
    }

    private static double Number(string source)
    {
        Token t = Single(source);
        Assert.Equal(TokenKind.NumericLiteral, t.Kind);
        Assert.Equal(source.Length, t.End);
        return t.NumberValue;
    }

    private static string? Str(string source)
    {
        Token t = Single(source);
        Assert.Equal(TokenKind.StringLiteral, t.Kind);
        return t.Value;
    }

    /// <summary>Lexes `source` fully, rescanning '/' as regex (first token) and '}' as template continuation.</summary>
    private static Token RegExp(string source)
    {
        var lexer = new Lexer(source, false);
        Token t = lexer.Next();
        Assert.True(t.Kind is TokenKind.Slash or TokenKind.SlashAssign);
        return lexer.RescanRegExp(t);
    }

    // ---- empty input, whitespace, line terminators (ECMA-262 §12.2, §12.3) -------------

    [Fact]
    public void EmptyInputGivesEndOfFileRepeatedly()
    {
        var lexer = new Lexer("", false);
        Token a = lexer.Next();
        Token b = lexer.Next();
        Assert.Equal(TokenKind.EndOfFile, a.Kind);
        Assert.Equal(TokenKind.EndOfFile, b.Kind);
        Assert.Equal(0, a.Start);
        Assert.Equal(1, a.Line);
        Assert.Equal(0, a.Column);
    }

    [Fact]
    public void EndOfFileAfterTrailingTriviaHasPositionAtEnd()
    {
        var lexer = new Lexer("a \n// c", false);
        lexer.Next();
        Token eof = lexer.Next();
        Assert.Equal(TokenKind.EndOfFile, eof.Kind);
        Assert.Equal(7, eof.Start);
        Assert.Equal(2, eof.Line);
        Assert.Equal(4, eof.Column);
        Assert.True(eof.NewlineBefore);
    }

    [Fact]
    public void AllWhiteSpaceKindsAreSkipped()
    {
        var tokens = Lex("\t\v\f \u00A0\uFEFF\u1680\u2000\u200A\u202F\u205F\u3000a");
        Assert.Single(tokens);
        Assert.Equal("a", tokens[0].Value);
        Assert.Equal(12, tokens[0].Start);
        Assert.Equal(12, tokens[0].Column);
        Assert.False(tokens[0].NewlineBefore);
    }

    [Fact]
    public void MongolianVowelSeparatorIsNotWhiteSpace()
    {
        // U+180E is Cf since Unicode 6.3, so it is not WhiteSpace.
        Fails("a\u180Eb", "Invalid or unexpected token", 1);
    }

    [Theory]
    [InlineData("a\nb")]
    [InlineData("a\rb")]
    [InlineData("a\r\nb")]
    [InlineData("a\u2028b")]
    [InlineData("a\u2029b")]
    public void LineTerminatorsSetNewlineBeforeAndAdvanceLine(string source)
    {
        var tokens = Lex(source);
        Assert.False(tokens[0].NewlineBefore);
        Assert.True(tokens[1].NewlineBefore);
        Assert.Equal(2, tokens[1].Line);
        Assert.Equal(0, tokens[1].Column);
        Assert.Equal(source.Length - 1, tokens[1].Start);
    }

    [Fact]
    public void CrLfCountsAsOneLine()
    {
        var tokens = Lex("a\r\n\r\n  b\n\rc");
        Assert.Equal(3, tokens[1].Line);
        Assert.Equal(2, tokens[1].Column);
        Assert.Equal(5, tokens[2].Line); // LF then CR: two terminators
        Assert.Equal(0, tokens[2].Column);
    }

    [Fact]
    public void LinesAndColumnsAreTracked()
    {
        var tokens = Lex("let x = 1;\n  foo(\"s\");\n\t\tbar");
        Assert.Equal((1, 0), (tokens[0].Line, tokens[0].Column));
        Assert.Equal((1, 4), (tokens[1].Line, tokens[1].Column));
        Assert.Equal((1, 9), (tokens[4].Line, tokens[4].Column));
        Assert.Equal((2, 2), (tokens[5].Line, tokens[5].Column));
        Assert.Equal((2, 6), (tokens[7].Line, tokens[7].Column));
        Assert.Equal((3, 2), (tokens[10].Line, tokens[10].Column));
        Assert.Equal("bar", tokens[10].Value);
    }

    [Fact]
    public void GetLineColumnAgreesWithTokens()
    {
        string source = "a\r\nb /* x\u2028y */ c `t\n${d}\r\ne` 'f\\\ng' /*\r*/ h\u2029i";
        var lexer = new Lexer(source, false);
        int count = 0;
        while (true)
        {
            Token t = lexer.Next();
            if (t.Kind == TokenKind.RightBrace) t = lexer.RescanTemplateContinuation(t);
            var (line, column) = lexer.GetLineColumn(t.Start);
            Assert.Equal(line, t.Line);
            Assert.Equal(column, t.Column);
            if (t.Kind == TokenKind.EndOfFile) break;
            count++;
        }
        Assert.Equal(9, count);
        Assert.Equal((1, 0), lexer.GetLineColumn(0));
        Assert.Equal((1, 1), lexer.GetLineColumn(1)); // the CR
        Assert.Equal((2, 0), lexer.GetLineColumn(3));
        Assert.Equal(lexer.GetLineColumn(source.Length), lexer.GetLineColumn(source.Length + 10));
        Assert.Equal((1, 0), lexer.GetLineColumn(-5));
    }

    // ---- comments (ECMA-262 §12.4, §12.5; Annex B §B.1.1) -------------------------------

    [Fact]
    public void SingleLineCommentsAreSkipped()
    {
        var tokens = Lex("a // comment ) ( \nb// end");
        Assert.Equal(2, tokens.Count);
        Assert.Equal("b", tokens[1].Value);
        Assert.True(tokens[1].NewlineBefore);
    }

    [Fact]
    public void MultiLineCommentWithoutTerminatorDoesNotSetNewline()
    {
        var tokens = Lex("a /* x */ b");
        Assert.False(tokens[1].NewlineBefore);
        Assert.Equal(10, tokens[1].Start);
    }

    [Theory]
    [InlineData("a /* x\n */ b")]
    [InlineData("a /* x\r */ b")]
    [InlineData("a /* x\u2028 */ b")]
    [InlineData("a /* x\u2029 */ b")]
    public void MultiLineCommentWithTerminatorSetsNewline(string source)
    {
        var tokens = Lex(source);
        Assert.True(tokens[1].NewlineBefore);
        Assert.Equal(2, tokens[1].Line);
        Assert.Equal(4, tokens[1].Column);
    }

    [Fact]
    public void CommentStarsAreHandled()
    {
        var tokens = Lex("/***/a/** **/b/*/ */c");
        Assert.Equal(new[] { "a", "b", "c" }, new[] { tokens[0].Value, tokens[1].Value, tokens[2].Value });
    }

    [Theory]
    [InlineData("/*")]
    [InlineData("a /* b")]
    [InlineData("a /* b *")]
    [InlineData("/*\n*")]
    public void UnterminatedMultiLineCommentIsAnError(string source)
    {
        var e = Fails(source);
        Assert.Equal("Unterminated comment", e.Message);
        Assert.Equal(source.IndexOf("/*", StringComparison.Ordinal), e.Offset);
    }

    [Fact]
    public void HashbangAtStartIsSkipped()
    {
        var tokens = Lex("#!/usr/bin/env aot\nfoo");
        Assert.Single(tokens);
        Assert.Equal("foo", tokens[0].Value);
        Assert.Equal(2, tokens[0].Line);
        Assert.True(tokens[0].NewlineBefore);
    }

    [Fact]
    public void HashbangOnlyInputIsEmpty()
    {
        Assert.Empty(Lex("#!anything ) ("));
        Assert.Empty(Lex("#!x", module: true));
    }

    [Theory]
    [InlineData(" #!x")]
    [InlineData("\n#!x")]
    [InlineData("a\n#!x")]
    public void HashbangElsewhereIsAnError(string source)
    {
        var e = Fails(source);
        Assert.Equal("Invalid or unexpected token", e.Message);
        Assert.Equal(source.IndexOf('#'), e.Offset);
    }

    [Fact]
    public void HtmlOpenCommentInScript()
    {
        var tokens = Lex("a <!-- b c\nd");
        Assert.Equal(2, tokens.Count);
        Assert.Equal("d", tokens[1].Value);
        Assert.True(tokens[1].NewlineBefore);
        Assert.Equal(new[] { TokenKind.Identifier, TokenKind.Identifier }, Kinds("x<!--y\nz"));
    }

    [Fact]
    public void HtmlCommentsAreNotCommentsInModules()
    {
        Assert.Equal(new[] { TokenKind.Identifier, TokenKind.LessThan, TokenKind.Bang, TokenKind.MinusMinus, TokenKind.Identifier },
            Kinds("a <!-- b", module: true));
        Assert.Equal(new[] { TokenKind.Identifier, TokenKind.MinusMinus, TokenKind.GreaterThan, TokenKind.Identifier },
            Kinds("a\n--> b", module: true));
    }

    [Theory]
    [InlineData("a\n--> comment\nb")]
    [InlineData("a\n   --> comment\nb")]
    [InlineData("a\n/* x */ /* y */ --> comment\nb")]
    [InlineData("a /*\n*/ --> comment\nb")]
    [InlineData("a /*\n*/--> comment\nb")]
    [InlineData("a\r\n-->\nb")]
    [InlineData("a\u2028-->x\u2029b")]
    public void HtmlCloseCommentAtLineStart(string source)
    {
        var tokens = Lex(source);
        Assert.Equal(2, tokens.Count);
        Assert.Equal("a", tokens[0].Value);
        Assert.Equal("b", tokens[1].Value);
        Assert.True(tokens[1].NewlineBefore);
    }

    [Theory]
    [InlineData("--> a comment\nb")]
    [InlineData("   --> a comment\nb")]
    [InlineData("/* a comment */ /*another comment*/--> a comment\nb")]
    public void HtmlCloseCommentOnFirstLine(string source)
    {
        var tokens = Lex(source);
        Assert.Single(tokens);
        Assert.Equal("b", tokens[0].Value);
    }

    [Fact]
    public void HtmlCloseAfterTokenOnSameLineIsNotAComment()
    {
        Assert.Equal(new[] { TokenKind.Identifier, TokenKind.MinusMinus, TokenKind.GreaterThan, TokenKind.Identifier },
            Kinds("x --> y"));
        Assert.Equal(new[] { TokenKind.Identifier, TokenKind.MinusMinus, TokenKind.GreaterThan, TokenKind.Identifier },
            Kinds("x /* */ --> y"));
    }

    // ---- identifiers and keywords (ECMA-262 §12.7) --------------------------------------

    [Fact]
    public void IdentifiersHaveNamesAndPositions()
    {
        var tokens = Lex("foo $bar _baz a1 $ _");
        Assert.Equal(new[] { "foo", "$bar", "_baz", "a1", "$", "_" }, tokens.ConvertAll(t => t.Value).ToArray());
        Assert.All(tokens, t => Assert.Equal(TokenKind.Identifier, t.Kind));
        Assert.Equal(4, tokens[1].Start);
        Assert.Equal(8, tokens[1].End);
        Assert.All(tokens, t => Assert.False(t.IsEscaped));
    }

    [Fact]
    public void IdentifierNamesAreInterned()
    {
        var tokens = Lex("someName x someName let let");
        Assert.Same(tokens[0].Value, tokens[2].Value);
        Assert.Same("let", tokens[3].Value); // contextual words are the C# literal instances
        Assert.Same(tokens[3].Value, tokens[4].Value);
    }

    [Theory]
    [InlineData("break", TokenKind.Break)]
    [InlineData("case", TokenKind.Case)]
    [InlineData("catch", TokenKind.Catch)]
    [InlineData("class", TokenKind.Class)]
    [InlineData("const", TokenKind.Const)]
    [InlineData("continue", TokenKind.Continue)]
    [InlineData("debugger", TokenKind.Debugger)]
    [InlineData("default", TokenKind.Default)]
    [InlineData("delete", TokenKind.Delete)]
    [InlineData("do", TokenKind.Do)]
    [InlineData("else", TokenKind.Else)]
    [InlineData("enum", TokenKind.Enum)]
    [InlineData("export", TokenKind.Export)]
    [InlineData("extends", TokenKind.Extends)]
    [InlineData("false", TokenKind.False)]
    [InlineData("finally", TokenKind.Finally)]
    [InlineData("for", TokenKind.For)]
    [InlineData("function", TokenKind.Function)]
    [InlineData("if", TokenKind.If)]
    [InlineData("import", TokenKind.Import)]
    [InlineData("in", TokenKind.In)]
    [InlineData("instanceof", TokenKind.Instanceof)]
    [InlineData("new", TokenKind.New)]
    [InlineData("null", TokenKind.Null)]
    [InlineData("return", TokenKind.Return)]
    [InlineData("super", TokenKind.Super)]
    [InlineData("switch", TokenKind.Switch)]
    [InlineData("this", TokenKind.This)]
    [InlineData("throw", TokenKind.Throw)]
    [InlineData("true", TokenKind.True)]
    [InlineData("try", TokenKind.Try)]
    [InlineData("typeof", TokenKind.Typeof)]
    [InlineData("var", TokenKind.Var)]
    [InlineData("void", TokenKind.Void)]
    [InlineData("while", TokenKind.While)]
    [InlineData("with", TokenKind.With)]
    public void ReservedWordsHaveTheirOwnKind(string word, TokenKind kind)
    {
        Token t = Single(word);
        Assert.Equal(kind, t.Kind);
        Assert.Equal(word, t.Value);
        Assert.Equal(word.Length, t.End);

        // Escaping the first character gives an EscapedKeyword with the decoded name.
        string escaped = "\\u" + ((int)word[0]).ToString("x4") + word.Substring(1);
        Token e = Single(escaped);
        Assert.Equal(TokenKind.EscapedKeyword, e.Kind);
        Assert.Equal(word, e.Value);
        Assert.True(e.IsEscaped);
        Assert.Equal(escaped.Length, e.End);
    }

    [Theory]
    [InlineData("let")]
    [InlineData("static")]
    [InlineData("yield")]
    [InlineData("await")]
    [InlineData("async")]
    [InlineData("of")]
    [InlineData("get")]
    [InlineData("set")]
    [InlineData("implements")]
    [InlineData("package")]
    [InlineData("breaks")]
    [InlineData("If")]
    [InlineData("instanceOf")]
    [InlineData("typeofx")]
    public void ContextualAndNearMissWordsAreIdentifiers(string word)
    {
        Token t = Single(word);
        Assert.Equal(TokenKind.Identifier, t.Kind);
        Assert.Equal(word, t.Value);
    }

    [Fact]
    public void EscapedContextualWordIsEscapedIdentifier()
    {
        Token t = Single("l\\u0065t");
        Assert.Equal(TokenKind.Identifier, t.Kind);
        Assert.Equal("let", t.Value);
        Assert.True(t.IsEscaped);
        Assert.Same("let", t.Value);
    }

    [Theory]
    [InlineData("\\u0061b", "ab")]
    [InlineData("a\\u0062", "ab")]
    [InlineData("\\u{61}\\u{000062}c", "abc")]
    [InlineData("\\u0024x", "$x")]
    [InlineData("\\u005Fx", "_x")]
    [InlineData("x\\u0030", "x0")]
    [InlineData("\\u{1D465}", "\U0001D465")]
    [InlineData("a\\u200Cb\\u200D", "a\u200Cb\u200D")]
    [InlineData("\\u2118", "\u2118")]
    public void EscapedIdentifiersAreDecoded(string source, string name)
    {
        Token t = Single(source);
        Assert.Equal(TokenKind.Identifier, t.Kind);
        Assert.Equal(name, t.Value);
        Assert.True(t.IsEscaped);
        Assert.Equal(source.Length, t.End);
    }

    [Theory]
    [InlineData("café", "café")]
    [InlineData("π", "π")]
    [InlineData("日本語", "日本語")]
    [InlineData("\u2118x", "\u2118x")]           // Other_ID_Start
    [InlineData("a\u00B7b", "a\u00B7b")]         // Other_ID_Continue
    [InlineData("a\u200Db", "a\u200Db")]         // ZWJ
    [InlineData("a\u0301", "a\u0301")]           // Mn
    [InlineData("a\u0660", "a\u0660")]           // Nd (Arabic-Indic zero)
    [InlineData("a\u203F", "a\u203F")]           // Pc (undertie)
    [InlineData("\U0001D465\U0001D7CE", "\U0001D465\U0001D7CE")] // astral letter, astral digit
    [InlineData("\u2160", "\u2160")]             // Nl
    public void UnicodeIdentifiers(string source, string name)
    {
        Token t = Single(source);
        Assert.Equal(TokenKind.Identifier, t.Kind);
        Assert.Equal(name, t.Value);
        Assert.False(t.IsEscaped);
    }

    [Theory]
    [InlineData("\\u0030x", 0)]      // digit cannot start
    [InlineData("a\\u002Db", 1)]     // '-' not ID_Continue
    [InlineData("\\x41", 0)]
    [InlineData("\\u004", 0)]
    [InlineData("\\u{}", 0)]
    [InlineData("\\u{61", 0)]
    [InlineData("\\u", 0)]
    [InlineData("\\", 0)]
    [InlineData("a\\", 1)]
    [InlineData("\\uD835\\uDC65", 0)] // escaped surrogate halves are not identifier characters
    [InlineData("\\u200D", 0)]       // ZWJ cannot start
    [InlineData("\\u2E2F", 0)]       // Pattern_Syntax
    public void InvalidIdentifierEscapes(string source, int offset)
    {
        var e = Fails(source);
        Assert.Equal("Invalid Unicode escape sequence", e.Message);
        Assert.Equal(offset, e.Offset);
    }

    [Fact]
    public void EscapedCodePointAbove10FFFFIsAnError()
    {
        Fails("\\u{110000}", "Undefined Unicode code-point", 0);
    }

    [Theory]
    [InlineData(0x2E2F)]     // VERTICAL TILDE: Lm but Pattern_Syntax
    [InlineData(0xD835)]     // lone high surrogate
    [InlineData(0xDC65)]     // lone low surrogate
    [InlineData(0x0000)]
    [InlineData(0xFFFD)]
    [InlineData(0x00B7)]     // ID_Continue only
    [InlineData(0x200C)]
    [InlineData(0x0001)]
    [InlineData(0x007F)]
    [InlineData(0x2190)]     // arrow
    public void InvalidCharactersAreErrors(int ch)
    {
        Fails("a " + (char)ch, "Invalid or unexpected token", 2);
    }

    [Fact]
    public void IdentifierStopsAtNonIdentifierCharacter()
    {
        // '\u2E2F' after cd is an error, but "ab" and "cd" are read first.
        Fails("ab\u00A0cd\u2E2F", "Invalid or unexpected token", 5);
        var tokens = Lex("ab\u00A0cd\uD835\uDC65");
        Assert.Equal(2, tokens.Count);
        Assert.Equal("cd\U0001D465", tokens[1].Value);
    }

    [Fact]
    public void IdentifierFollowedByLoneSurrogateIsAnError()
    {
        Fails("ab\uD835", "Invalid or unexpected token", 2);
    }

    // ---- private names ------------------------------------------------------------------

    [Theory]
    [InlineData("#x", "x", false)]
    [InlineData("#$_1", "$_1", false)]
    [InlineData("#if", "if", false)]
    [InlineData("#\\u0078y", "xy", true)]
    [InlineData("#\\u{69}f", "if", true)]
    [InlineData("#é", "é", false)]
    public void PrivateNames(string source, string name, bool escaped)
    {
        Token t = Single(source);
        Assert.Equal(TokenKind.PrivateName, t.Kind);
        Assert.Equal(name, t.Value);
        Assert.Equal(escaped, t.IsEscaped);
        Assert.Equal(source.Length, t.End);
    }

    [Fact]
    public void PrivateNameInMemberAccess()
    {
        Assert.Equal(new[] { TokenKind.This, TokenKind.Dot, TokenKind.PrivateName, TokenKind.In, TokenKind.Identifier },
            Kinds("this.#x in y"));
    }

    [Theory]
    [InlineData("#")]
    [InlineData("# x")]
    [InlineData("#1")]
    [InlineData("#-")]
    [InlineData("a #")]
    public void LoneHashIsAnError(string source)
    {
        Fails(source, "Invalid or unexpected token", source.IndexOf('#'));
    }

    [Fact]
    public void PrivateNameWithBadEscapeIsAnError()
    {
        Fails("#\\u0031", "Invalid Unicode escape sequence", 1);
    }

    // ---- numeric literals (ECMA-262 §12.9.3) --------------------------------------------

    [Theory]
    [InlineData("0", 0)]
    [InlineData("7", 7)]
    [InlineData("123", 123)]
    [InlineData("1.5", 1.5)]
    [InlineData(".5", 0.5)]
    [InlineData("5.", 5)]
    [InlineData("0.0", 0)]
    [InlineData("0.125", 0.125)]
    [InlineData("1e3", 1000)]
    [InlineData("1E3", 1000)]
    [InlineData("1e+3", 1000)]
    [InlineData("1e-3", 0.001)]
    [InlineData("2.5E-1", 0.25)]
    [InlineData(".5e1", 5)]
    [InlineData("5.e1", 50)]
    [InlineData("0e5", 0)]
    [InlineData("0x1F", 31)]
    [InlineData("0X1f", 31)]
    [InlineData("0xABCDEF", 0xABCDEF)]
    [InlineData("0o17", 15)]
    [InlineData("0O17", 15)]
    [InlineData("0b101", 5)]
    [InlineData("0B1", 1)]
    [InlineData("1_000", 1000)]
    [InlineData("1_000.5_5", 1000.55)]
    [InlineData("1e1_0", 1e10)]
    [InlineData(".1_1", 0.11)]
    [InlineData("0xf_f", 255)]
    [InlineData("0o1_7", 15)]
    [InlineData("0b1_0_1", 5)]
    [InlineData("0.1", 0.1)]
    [InlineData("123456789012345", 123456789012345)]
    [InlineData("1234567890123456789", 1234567890123456789)]
    [InlineData("9007199254740993", 9007199254740992)]   // round half to even
    [InlineData("9007199254740995", 9007199254740996)]
    [InlineData("1e400", double.PositiveInfinity)]
    [InlineData("1e-400", 0)]
    [InlineData("1e99999999999999999999", double.PositiveInfinity)]
    [InlineData("1e-99999999999999999999", 0)]
    [InlineData("0e99999999999999999999", 0)]
    [InlineData("1.7976931348623157e308", double.MaxValue)]
    [InlineData("5e-324", double.Epsilon)]
    public void NumericValues(string source, double value)
    {
        Token t = Single(source);
        Assert.Equal(TokenKind.NumericLiteral, t.Kind);
        Assert.Equal(value, t.NumberValue);
        Assert.Equal(TokenFlags.None, t.Flags & TokenFlags.LegacyOctal);
        Assert.Equal(source.Length, t.End);
    }

    [Fact]
    public void LargeRadixLiteralsAreCorrectlyRounded()
    {
        Assert.Equal(9007199254740992d, Number("0x20000000000001"));  // 2^53 + 1: tie, to even (down)
        Assert.Equal(9007199254740996d, Number("0x20000000000003"));  // 2^53 + 3: tie, to even (up)
        Assert.Equal(9007199254740994d, Number("0x20000000000002"));
        Assert.Equal(18446744073709551616d, Number("0xFFFFFFFFFFFFFFFF"));
        // (2^53 + 1) * 2^28 + 1: the tie is broken by a non-zero bit far below, so it rounds up.
        Assert.Equal(9007199254740994d * Math.Pow(2, 28), Number("0x200000000000010000001"));
        Assert.Equal(9007199254740992d * Math.Pow(2, 28), Number("0x200000000000010000000"));
        Assert.Equal(double.PositiveInfinity, Number("0x1" + new string('0', 256)));
        Assert.Equal(double.PositiveInfinity, Number("0x" + new string('F', 256)));
        Assert.Equal(double.MaxValue, Number("0x" + new string('F', 13) + "8" + new string('0', 242)));
        Assert.Equal(Math.Pow(2, 1020), Number("0b1" + new string('0', 1020)));
        Assert.Equal(Math.Pow(8, 100), Number("0o1" + new string('0', 100)));
        Assert.Equal(Math.Pow(8, 30), Number("01" + new string('0', 30)));
    }

    [Fact]
    public void RadixRoundingMatchesDecimalParsing()
    {
        var random = new Random(1234);
        for (int i = 0; i < 2000; i++)
        {
            int digits = random.Next(14, 30);
            var hex = new StringBuilder();
            hex.Append((char)('1' + random.Next(9)));
            for (int j = 1; j < digits; j++) hex.Append("0123456789abcdef"[random.Next(16)]);
            var big = System.Numerics.BigInteger.Parse("0" + hex, System.Globalization.NumberStyles.HexNumber);
            double expected = double.Parse(big.ToString(), System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(expected, Number("0x" + hex));
        }
    }

    [Theory]
    [InlineData("010", 8)]
    [InlineData("00", 0)]
    [InlineData("0777", 511)]
    [InlineData("08", 8)]
    [InlineData("09", 9)]
    [InlineData("09.5", 9.5)]
    [InlineData("019", 19)]
    [InlineData("08e1", 80)]
    [InlineData("0778.5", 778.5)]
    public void LegacyOctalAndNonOctalDecimal(string source, double value)
    {
        Token t = Single(source);
        Assert.Equal(TokenKind.NumericLiteral, t.Kind);
        Assert.Equal(value, t.NumberValue);
        Assert.Equal(TokenFlags.LegacyOctal, t.Flags & TokenFlags.LegacyOctal);
    }

    [Fact]
    public void LegacyOctalStopsBeforeDot()
    {
        var tokens = Lex("07.5");
        Assert.Equal(2, tokens.Count);
        Assert.Equal(7, tokens[0].NumberValue);
        Assert.Equal(0.5, tokens[1].NumberValue);
        Assert.Equal(TokenFlags.None, tokens[1].Flags);
    }

    [Theory]
    [InlineData("0n", "0")]
    [InlineData("10n", "10")]
    [InlineData("1_000n", "1000")]
    [InlineData("0x1Fn", "31")]
    [InlineData("0o17n", "15")]
    [InlineData("0b101n", "5")]
    [InlineData("0x0n", "0")]
    [InlineData("0x00ffn", "255")]
    [InlineData("0xFFFFFFFFFFFFFFFFn", "18446744073709551615")]
    [InlineData("0x1_0000_0000_0000_0000_0000n", "1208925819614629174706176")]
    [InlineData("0b" + "1111111111111111111111111111111111111111111111111111111111111111" + "1n", "36893488147419103231")]
    [InlineData("123456789012345678901234567890n", "123456789012345678901234567890")]
    public void BigIntLiterals(string source, string value)
    {
        Token t = Single(source);
        Assert.Equal(TokenKind.BigIntLiteral, t.Kind);
        Assert.Equal(value, t.Value);
        Assert.Equal(source.Length, t.End);
    }

    [Theory]
    [InlineData("1.5n", "Invalid BigInt literal", 0)]
    [InlineData(".5n", "Invalid BigInt literal", 0)]
    [InlineData("1e3n", "Invalid BigInt literal", 0)]
    [InlineData("08n", "Invalid BigInt literal", 0)]
    [InlineData("09.5n", "Invalid BigInt literal", 0)]
    [InlineData("010n", "Invalid or unexpected token", 3)]
    [InlineData("0_1", "Numeric separator can not be used after leading 0.", 1)]
    [InlineData("00_1", "Numeric separator can not be used after leading 0.", 2)]
    [InlineData("08_1", "Numeric separator can not be used after leading 0.", 2)]
    [InlineData("1__0", "Only one underscore is allowed as numeric separator", 2)]
    [InlineData("1_", "Numeric separators are not allowed at the end of numeric literals", 1)]
    [InlineData("1_.5", "Numeric separators are not allowed at the end of numeric literals", 1)]
    [InlineData("1._5", "Numeric separators are not allowed here", 2)]
    [InlineData("1_e1", "Numeric separators are not allowed at the end of numeric literals", 1)]
    [InlineData("1e_1", "Numeric separators are not allowed here", 2)]
    [InlineData("1e+_1", "Numeric separators are not allowed here", 3)]
    [InlineData("1e1_", "Numeric separators are not allowed at the end of numeric literals", 3)]
    [InlineData("0x_1", "Numeric separators are not allowed here", 2)]
    [InlineData("0x1_", "Numeric separators are not allowed at the end of numeric literals", 3)]
    [InlineData("0x1__2", "Only one underscore is allowed as numeric separator", 4)]
    [InlineData("0b1_n", "Numeric separators are not allowed at the end of numeric literals", 3)]
    [InlineData("1_n", "Numeric separators are not allowed at the end of numeric literals", 1)]
    [InlineData("3in x", "Invalid or unexpected token", 1)]
    [InlineData("3x", "Invalid or unexpected token", 1)]
    [InlineData("3$", "Invalid or unexpected token", 1)]
    [InlineData("3\\u0061", "Invalid or unexpected token", 1)]
    [InlineData("3é", "Invalid or unexpected token", 1)]
    [InlineData("0x", "Invalid or unexpected token", 0)]
    [InlineData("0xg", "Invalid or unexpected token", 2)]
    [InlineData("0b2", "Invalid or unexpected token", 2)]
    [InlineData("0b12", "Invalid or unexpected token", 3)]
    [InlineData("0o8", "Invalid or unexpected token", 2)]
    [InlineData("0o78", "Invalid or unexpected token", 3)]
    [InlineData("0x1g", "Invalid or unexpected token", 3)]
    [InlineData("1e", "Invalid or unexpected token", 1)]
    [InlineData("1e+", "Invalid or unexpected token", 1)]
    [InlineData("1ex", "Invalid or unexpected token", 2)]
    [InlineData("1.toString()", "Invalid or unexpected token", 2)]
    [InlineData("5nn", "Invalid or unexpected token", 2)]
    [InlineData("010e1", "Invalid or unexpected token", 3)]
    [InlineData("0x1n2", "Invalid or unexpected token", 4)]
    public void NumericLiteralErrors(string source, string message, int offset)
    {
        Fails(source, message, offset);
    }

    [Fact]
    public void NumberFollowedByPunctuators()
    {
        var tokens = Lex("1..toString 1.0.x 5 .x 0x10.y 3)");
        Assert.Equal(new[]
        {
            TokenKind.NumericLiteral, TokenKind.Dot, TokenKind.Identifier,
            TokenKind.NumericLiteral, TokenKind.Dot, TokenKind.Identifier,
            TokenKind.NumericLiteral, TokenKind.Dot, TokenKind.Identifier,
            TokenKind.NumericLiteral, TokenKind.Dot, TokenKind.Identifier,
            TokenKind.NumericLiteral, TokenKind.RightParen,
        }, tokens.ConvertAll(t => t.Kind).ToArray());
        Assert.Equal(1, tokens[0].NumberValue);
        Assert.Equal(2, tokens[0].End);
        Assert.Equal(16, tokens[9].NumberValue);
    }

    // ---- punctuators (ECMA-262 §12.8) ---------------------------------------------------

    [Fact]
    public void AllPunctuators()
    {
        var expected = new (string Text, TokenKind Kind)[]
        {
            ("{", TokenKind.LeftBrace), ("}", TokenKind.RightBrace), ("(", TokenKind.LeftParen), (")", TokenKind.RightParen),
            ("[", TokenKind.LeftBracket), ("]", TokenKind.RightBracket), (".", TokenKind.Dot), ("...", TokenKind.Ellipsis),
            (";", TokenKind.Semicolon), (",", TokenKind.Comma), ("<", TokenKind.LessThan), (">", TokenKind.GreaterThan),
            ("<=", TokenKind.LessThanEqual), (">=", TokenKind.GreaterThanEqual), ("==", TokenKind.Equal), ("!=", TokenKind.NotEqual),
            ("===", TokenKind.StrictEqual), ("!==", TokenKind.StrictNotEqual), ("+", TokenKind.Plus), ("-", TokenKind.Minus),
            ("*", TokenKind.Star), ("/", TokenKind.Slash), ("%", TokenKind.Percent), ("**", TokenKind.StarStar),
            ("++", TokenKind.PlusPlus), ("--", TokenKind.MinusMinus), ("<<", TokenKind.ShiftLeft), (">>", TokenKind.ShiftRight),
            (">>>", TokenKind.UnsignedShiftRight), ("&", TokenKind.Ampersand), ("|", TokenKind.Bar), ("^", TokenKind.Caret),
            ("!", TokenKind.Bang), ("~", TokenKind.Tilde), ("&&", TokenKind.AmpersandAmpersand), ("||", TokenKind.BarBar),
            ("??", TokenKind.QuestionQuestion), ("?", TokenKind.Question), ("?.", TokenKind.QuestionDot), (":", TokenKind.Colon),
            ("=", TokenKind.Assign), ("+=", TokenKind.PlusAssign), ("-=", TokenKind.MinusAssign), ("*=", TokenKind.StarAssign),
            ("/=", TokenKind.SlashAssign), ("%=", TokenKind.PercentAssign), ("**=", TokenKind.StarStarAssign),
            ("<<=", TokenKind.ShiftLeftAssign), (">>=", TokenKind.ShiftRightAssign), (">>>=", TokenKind.UnsignedShiftRightAssign),
            ("&=", TokenKind.AmpersandAssign), ("|=", TokenKind.BarAssign), ("^=", TokenKind.CaretAssign),
            ("&&=", TokenKind.AmpersandAmpersandAssign), ("||=", TokenKind.BarBarAssign), ("??=", TokenKind.QuestionQuestionAssign),
            ("=>", TokenKind.Arrow), ("@", TokenKind.At),
        };
        var sb = new StringBuilder();
        foreach (var (text, _) in expected) sb.Append(text).Append(' ');
        var tokens = Lex(sb.ToString());
        Assert.Equal(expected.Length, tokens.Count);
        int offset = 0;
        for (int i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i].Kind, tokens[i].Kind);
            Assert.Equal(offset, tokens[i].Start);
            Assert.Equal(offset + expected[i].Text.Length, tokens[i].End);
            Assert.Null(tokens[i].Value);
            offset += expected[i].Text.Length + 1;
        }
    }

    [Fact]
    public void LongestMatchWithoutSpaces()
    {
        Assert.Equal(new[] { TokenKind.UnsignedShiftRightAssign, TokenKind.GreaterThan }, Kinds(">>>=>"));
        Assert.Equal(new[] { TokenKind.StrictEqual, TokenKind.Assign }, Kinds("===="));
        Assert.Equal(new[] { TokenKind.Ellipsis, TokenKind.Dot }, Kinds("...."));
        Assert.Equal(new[] { TokenKind.Dot, TokenKind.Dot }, Kinds(".."));
        Assert.Equal(new[] { TokenKind.PlusPlus, TokenKind.Plus }, Kinds("+++"));
        Assert.Equal(new[] { TokenKind.StarStarAssign, TokenKind.Star }, Kinds("**=*"));
        Assert.Equal(new[] { TokenKind.Identifier, TokenKind.MinusMinus, TokenKind.Minus, TokenKind.Identifier }, Kinds("a---b"));
    }

    [Fact]
    public void QuestionDotIsNotProducedBeforeADigit()
    {
        var tokens = Lex("a?.5:b");
        Assert.Equal(new[] { TokenKind.Identifier, TokenKind.Question, TokenKind.NumericLiteral, TokenKind.Colon, TokenKind.Identifier },
            tokens.ConvertAll(t => t.Kind).ToArray());
        Assert.Equal(0.5, tokens[2].NumberValue);
        Assert.Equal(new[] { TokenKind.Identifier, TokenKind.QuestionDot, TokenKind.Identifier }, Kinds("a?.b"));
        Assert.Equal(new[] { TokenKind.Identifier, TokenKind.QuestionDot, TokenKind.LeftBracket }, Kinds("a?.["));
        Assert.Equal(new[] { TokenKind.Question, TokenKind.Dot }, Kinds("? ."));
    }

    [Fact]
    public void SlashIsAlwaysAPunctuatorFromNext()
    {
        Assert.Equal(new[] { TokenKind.Identifier, TokenKind.Slash, TokenKind.Identifier, TokenKind.Slash, TokenKind.Identifier },
            Kinds("a / b / c"));
        Assert.Equal(new[] { TokenKind.Identifier, TokenKind.SlashAssign, TokenKind.Identifier }, Kinds("a /= b"));
    }

    // ---- string literals (ECMA-262 §12.9.4, Annex B §B.1.2) -----------------------------

    [Theory]
    [InlineData("\"\"", "")]
    [InlineData("''", "")]
    [InlineData("'abc'", "abc")]
    [InlineData("\"it's\"", "it's")]
    [InlineData("'say \"hi\"'", "say \"hi\"")]
    [InlineData(@"'\b\t\n\v\f\r'", "\b\t\n\v\f\r")]
    [InlineData(@"'\""\'\\'", "\"'\\")]
    [InlineData(@"'\x41\x7a\xFF'", "Az\u00FF")]
    [InlineData(@"'\u0041\u00e9'", "Aé")]
    [InlineData(@"'\u{41}\u{1F600}\u{0000000041}'", "A\U0001F600A")]
    [InlineData(@"'\u{10FFFF}'", "\U0010FFFF")]
    [InlineData(@"'\uD83D\uDE00'", "\U0001F600")]
    [InlineData(@"'\0'", "\0")]
    [InlineData(@"'\0x'", "\0x")]
    [InlineData(@"'\q\a\c\$\`\é'", "qac$`é")]
    [InlineData("'a\\\nb'", "ab")]
    [InlineData("'a\\\r\nb'", "ab")]
    [InlineData("'a\\\rb'", "ab")]
    [InlineData("'a\\\u2028b'", "ab")]
    [InlineData("'a\\\u2029b'", "ab")]
    [InlineData("'a\u2028b\u2029c'", "a\u2028b\u2029c")]
    [InlineData("'\uD800 \uDFFF'", "\uD800 \uDFFF")]  // lone surrogates are fine inside strings
    [InlineData("'\0\uFFFD'", "\0\uFFFD")]
    public void StringValues(string source, string value)
    {
        Token t = Single(source);
        Assert.Equal(TokenKind.StringLiteral, t.Kind);
        Assert.Equal(value, t.Value);
        Assert.Equal(source.Length, t.End);
        Assert.Equal(TokenFlags.None, t.Flags & TokenFlags.OctalEscape);
    }

    [Theory]
    [InlineData(@"'\1'", "\u0001")]
    [InlineData(@"'\7'", "\u0007")]
    [InlineData(@"'\12'", "\n")]
    [InlineData(@"'\101'", "A")]
    [InlineData(@"'\377'", "\u00FF")]
    [InlineData(@"'\400'", " 0")]
    [InlineData(@"'\777'", "?7")]
    [InlineData(@"'\01'", "\u0001")]
    [InlineData(@"'\000'", "\0")]
    [InlineData(@"'\0000'", "\u00000")]
    [InlineData(@"'\08'", "\u00008")]
    [InlineData(@"'\09'", "\u00009")]
    [InlineData(@"'\8'", "8")]
    [InlineData(@"'\9'", "9")]
    [InlineData(@"'\18'", "\u00018")]
    public void LegacyOctalAndNonOctalEscapes(string source, string value)
    {
        Token t = Single(source);
        Assert.Equal(value, t.Value);
        Assert.Equal(TokenFlags.OctalEscape, t.Flags & TokenFlags.OctalEscape);
    }

    [Fact]
    public void StringsAreInternedWhenShort()
    {
        var tokens = Lex("'abc' \"abc\" 'ab\\u0063'");
        Assert.Same(tokens[0].Value, tokens[1].Value);
        Assert.Same(tokens[0].Value, tokens[2].Value);
    }

    [Fact]
    public void LineContinuationAdvancesLine()
    {
        var tokens = Lex("'a\\\nb' c\n'\u2028' d");
        Assert.Equal(2, tokens[1].Line);
        Assert.Equal(3, tokens[1].Column);
        Assert.False(tokens[1].NewlineBefore);
        Assert.Equal(4, tokens[3].Line);
        Assert.Equal(2, tokens[3].Column);
    }

    [Theory]
    [InlineData("'abc", "Unterminated string constant", 0)]
    [InlineData("'", "Unterminated string constant", 0)]
    [InlineData("x = \"abc", "Unterminated string constant", 4)]
    [InlineData("'a\nb'", "Unterminated string constant", 0)]
    [InlineData("'a\rb'", "Unterminated string constant", 0)]
    [InlineData("'a\\'", "Unterminated string constant", 0)]
    [InlineData("'a\\", "Unterminated string constant", 0)]
    [InlineData("'\\x'", "Invalid hexadecimal escape sequence", 1)]
    [InlineData("'\\x4'", "Invalid hexadecimal escape sequence", 1)]
    [InlineData("'\\x4g'", "Invalid hexadecimal escape sequence", 1)]
    [InlineData("'ab\\xZZ'", "Invalid hexadecimal escape sequence", 3)]
    [InlineData("'\\u'", "Invalid Unicode escape sequence", 1)]
    [InlineData("'\\u12'", "Invalid Unicode escape sequence", 1)]
    [InlineData("'\\u123g'", "Invalid Unicode escape sequence", 1)]
    [InlineData("'\\u{}'", "Invalid Unicode escape sequence", 1)]
    [InlineData("'\\u{12'", "Invalid Unicode escape sequence", 1)]
    [InlineData("'\\u{g}'", "Invalid Unicode escape sequence", 1)]
    [InlineData("'\\u{110000}'", "Undefined Unicode code-point", 1)]
    [InlineData("'\\u{FFFFFFFFFFFF}'", "Undefined Unicode code-point", 1)]
    public void StringErrors(string source, string message, int offset)
    {
        Fails(source, message, offset);
    }

    [Fact]
    public void UnterminatedStringErrorHasLineAndColumn()
    {
        var e = Fails("a;\n  'abc\n", "Unterminated string constant", 5);
        Assert.Equal(2, e.Line);
        Assert.Equal(2, e.Column);
    }

    // ---- templates (ECMA-262 §12.9.6) ---------------------------------------------------

    [Fact]
    public void NoSubstitutionTemplate()
    {
        Token t = Single("`abc`");
        Assert.Equal(TokenKind.NoSubstitutionTemplate, t.Kind);
        Assert.Equal("abc", t.Value);
        Assert.Equal("abc", t.RawValue);
        Assert.Equal(5, t.End);
        Token empty = Single("``");
        Assert.Equal("", empty.Value);
        Assert.Equal("", empty.RawValue);
    }

    [Fact]
    public void TemplateWithSubstitutions()
    {
        var lexer = new Lexer("`a${x}b${ {y} }c` + 1", false);
        Token head = lexer.Next();
        Assert.Equal(TokenKind.TemplateHead, head.Kind);
        Assert.Equal("a", head.Value);
        Assert.Equal("a", head.RawValue);
        Assert.Equal((0, 4), (head.Start, head.End));
        Assert.Equal("x", lexer.Next().Value);
        Token close = lexer.Next();
        Assert.Equal(TokenKind.RightBrace, close.Kind);
        Token middle = lexer.RescanTemplateContinuation(close);
        Assert.Equal(TokenKind.TemplateMiddle, middle.Kind);
        Assert.Equal("b", middle.Value);
        Assert.Equal((5, 9), (middle.Start, middle.End));
        Assert.Equal(5, middle.Column);
        Assert.Equal(TokenKind.LeftBrace, lexer.Next().Kind);
        Assert.Equal("y", lexer.Next().Value);
        Assert.Equal(TokenKind.RightBrace, lexer.Next().Kind); // object literal's brace: not rescanned
        close = lexer.Next();
        Token tail = lexer.RescanTemplateContinuation(close);
        Assert.Equal(TokenKind.TemplateTail, tail.Kind);
        Assert.Equal("c", tail.Value);
        Assert.Equal("c", tail.RawValue);
        Assert.Equal(17, tail.End);
        Assert.Equal(TokenKind.Plus, lexer.Next().Kind);
        Assert.Equal(1, lexer.Next().NumberValue);
        Assert.Equal(TokenKind.EndOfFile, lexer.Next().Kind);
    }

    [Fact]
    public void EmptyTemplateParts()
    {
        var lexer = new Lexer("`${a}${b}`", false);
        Token head = lexer.Next();
        Assert.Equal(TokenKind.TemplateHead, head.Kind);
        Assert.Equal("", head.Value);
        lexer.Next();
        Token middle = lexer.RescanTemplateContinuation(lexer.Next());
        Assert.Equal(TokenKind.TemplateMiddle, middle.Kind);
        Assert.Equal("", middle.Value);
        Assert.Equal("", middle.RawValue);
        lexer.Next();
        Token tail = lexer.RescanTemplateContinuation(lexer.Next());
        Assert.Equal(TokenKind.TemplateTail, tail.Kind);
        Assert.Equal("", tail.Value);
    }

    [Theory]
    [InlineData(@"`\n\t\x41\u0042\u{43}`", "\n\tABC", @"\n\t\x41\u0042\u{43}")]
    [InlineData(@"`$ $$ {} \${ \` `", "$ $$ {} ${ ` ", @"$ $$ {} \${ \` ")]
    [InlineData(@"`\0`", "\0", @"\0")]
    [InlineData("`a\r\nb\rc\nd`", "a\nb\nc\nd", "a\nb\nc\nd")]
    [InlineData("`a\\\r\nb`", "ab", "a\\\nb")]
    [InlineData("`a\\\rb`", "ab", "a\\\nb")]
    [InlineData("`a\\\nb`", "ab", "a\\\nb")]
    [InlineData("`a\u2028b`", "a\u2028b", "a\u2028b")]
    [InlineData("`a\\\u2028b`", "ab", "a\\\u2028b")]
    public void TemplateCookedAndRawValues(string source, string cooked, string raw)
    {
        Token t = Single(source);
        Assert.Equal(TokenKind.NoSubstitutionTemplate, t.Kind);
        Assert.Equal(cooked, t.Value);
        Assert.Equal(raw, t.RawValue);
        Assert.Equal(TokenFlags.None, t.Flags & TokenFlags.OctalEscape);
    }

    [Theory]
    [InlineData(@"`\x`", @"\x")]
    [InlineData(@"`\x4`", @"\x4")]
    [InlineData(@"`\xg1`", @"\xg1")]
    [InlineData(@"`\u`", @"\u")]
    [InlineData(@"`\u12`", @"\u12")]
    [InlineData(@"`\u{`", @"\u{")]
    [InlineData(@"`\u{}`", @"\u{}")]
    [InlineData(@"`\u{110000}`", @"\u{110000}")]
    [InlineData(@"`\u{12`", @"\u{12")]
    [InlineData(@"`\1`", @"\1")]
    [InlineData(@"`\01`", @"\01")]
    [InlineData(@"`\00`", @"\00")]
    [InlineData(@"`\7`", @"\7")]
    [InlineData(@"`\8`", @"\8")]
    [InlineData(@"`\9`", @"\9")]
    [InlineData(@"`a\unicode and \u{55}`", @"a\unicode and \u{55}")]
    public void TemplateInvalidEscapesGiveNullCookedValue(string source, string raw)
    {
        Token t = Single(source);
        Assert.Equal(TokenKind.NoSubstitutionTemplate, t.Kind);
        Assert.Null(t.Value);
        Assert.Equal(raw, t.RawValue);
        Assert.Equal(source.Length, t.End);
        Assert.Equal(TokenFlags.None, t.Flags & TokenFlags.OctalEscape);
    }

    [Fact]
    public void TemplateInvalidEscapeBeforeSubstitution()
    {
        var lexer = new Lexer(@"`\u{${x}\xg`", false);
        Token head = lexer.Next();
        Assert.Equal(TokenKind.TemplateHead, head.Kind);
        Assert.Null(head.Value);
        Assert.Equal(@"\u{", head.RawValue);
        lexer.Next();
        Token tail = lexer.RescanTemplateContinuation(lexer.Next());
        Assert.Equal(TokenKind.TemplateTail, tail.Kind);
        Assert.Null(tail.Value);
        Assert.Equal(@"\xg", tail.RawValue);
    }

    [Fact]
    public void TemplateTracksLines()
    {
        var lexer = new Lexer("`a\nb${\nx}c\r\n`\ny", false);
        Token head = lexer.Next();
        Assert.Equal(1, head.Line);
        Token x = lexer.Next();
        Assert.Equal((3, 0), (x.Line, x.Column));
        Assert.True(x.NewlineBefore);
        Token tail = lexer.RescanTemplateContinuation(lexer.Next());
        Assert.Equal((3, 1), (tail.Line, tail.Column));
        Assert.Equal("c\n", tail.Value);
        Token y = lexer.Next();
        Assert.Equal((5, 0), (y.Line, y.Column));
        Assert.True(y.NewlineBefore);
    }

    [Theory]
    [InlineData("`abc", 0)]
    [InlineData("`", 0)]
    [InlineData("`abc\\", 0)]
    [InlineData("`abc\\`", 0)]
    [InlineData("`a$", 0)]
    [InlineData("x `\\u{", 2)]
    public void UnterminatedTemplate(string source, int offset)
    {
        Fails(source, "Unterminated template literal", offset);
    }

    [Fact]
    public void UnterminatedTemplateContinuation()
    {
        var lexer = new Lexer("`a${b} c", false);
        lexer.Next();
        lexer.Next();
        Token close = lexer.Next();
        var e = Assert.Throws<SyntaxError>(() => lexer.RescanTemplateContinuation(close));
        Assert.Equal("Unterminated template literal", e.Message);
        Assert.Equal(5, e.Offset);
    }

    // ---- regular expression literals (ECMA-262 §12.9.5) ---------------------------------

    [Theory]
    [InlineData("/ab+c/", "ab+c", "")]
    [InlineData("/ab+c/gi", "ab+c", "gi")]
    [InlineData("/[/]/", "[/]", "")]
    [InlineData(@"/\//", @"\/", "")]
    [InlineData(@"/[\]/]/", @"[\]/]", "")]
    [InlineData("/=/", "=", "")]
    [InlineData("/=a/y", "=a", "y")]
    [InlineData("/a/dgimsuy", "a", "dgimsuy")]
    [InlineData("/a/v", "a", "v")]
    [InlineData("/\u00E9/", "\u00E9", "")]
    public void RegularExpressions(string source, string body, string flags)
    {
        Token t = RegExp(source);
        Assert.Equal(TokenKind.RegularExpression, t.Kind);
        Assert.Equal(body, t.Value);
        Assert.Equal(flags, t.RawValue);
        Assert.Equal(0, t.Start);
        Assert.Equal(source.Length, t.End);
    }

    [Fact]
    public void LexingContinuesAfterRegExp()
    {
        var lexer = new Lexer("x = \n/a b/g.test(y)", false);
        lexer.Next();
        lexer.Next();
        Token slash = lexer.Next();
        Assert.Equal(TokenKind.Slash, slash.Kind);
        lexer.Next(); // lookahead past the slash before rescanning must not matter
        Token re = lexer.RescanRegExp(slash);
        Assert.Equal("a b", re.Value);
        Assert.Equal("g", re.RawValue);
        Assert.True(re.NewlineBefore);
        Assert.Equal((2, 0), (re.Line, re.Column));
        Token dot = lexer.Next();
        Assert.Equal(TokenKind.Dot, dot.Kind);
        Assert.Equal(11, dot.Start);
        Assert.Equal("test", lexer.Next().Value);
    }

    [Fact]
    public void RegExpAfterSlashAssign()
    {
        var lexer = new Lexer("(/=>/)", false);
        lexer.Next();
        Token slash = lexer.Next();
        Assert.Equal(TokenKind.SlashAssign, slash.Kind);
        Token re = lexer.RescanRegExp(slash);
        Assert.Equal("=>", re.Value);
        Assert.Equal(TokenKind.RightParen, lexer.Next().Kind);
    }

    [Theory]
    [InlineData("/a/gg")]
    [InlineData("/a/x")]
    [InlineData("/a/uv")]
    [InlineData("/a/G")]
    [InlineData("/a/g\\u0069")]
    [InlineData("/a/\\u0067")]
    [InlineData("/a/gé")]
    [InlineData("/a/iii")]
    public void InvalidRegExpFlags(string source)
    {
        var e = Assert.Throws<SyntaxError>(() => RegExp(source));
        Assert.Equal("Invalid regular expression flags", e.Message);
        Assert.Equal(0, e.Offset);
    }

    [Theory]
    [InlineData("/abc")]
    [InlineData("/")]
    [InlineData("/a\n/")]
    [InlineData("/a\r/")]
    [InlineData("/a\u2028/")]
    [InlineData("/[/")]
    [InlineData("/[/]")]
    [InlineData("/a\\")]
    [InlineData("/a\\\n/")]
    public void UnterminatedRegExp(string source)
    {
        var e = Assert.Throws<SyntaxError>(() => RegExp(source));
        Assert.Equal("Invalid regular expression: missing /", e.Message);
        Assert.Equal(0, e.Offset);
    }

    [Fact]
    public void RegExpPatternErrorsComeFromTheValidator()
    {
        string? message = Aot.Engine.Parsing.RegExp.RegExpValidator.Validate("(", "");
        var lexer = new Lexer("x = /(/", false);
        lexer.Next();
        lexer.Next();
        Token slash = lexer.Next();
        if (message == null)
        {
            Assert.Equal("(", lexer.RescanRegExp(slash).Value);
            return;
        }
        var e = Assert.Throws<SyntaxError>(() => lexer.RescanRegExp(slash));
        Assert.Equal(message, e.Message);
        Assert.Equal(4, e.Offset);
    }

    // ---- save / restore -----------------------------------------------------------------

    [Fact]
    public void SaveAndRestoreRewind()
    {
        var lexer = new Lexer("a\nb c\n/*\n*/ d", false);
        Assert.Equal("a", lexer.Next().Value);
        LexerState state = lexer.Save();
        Token b1 = lexer.Next();
        lexer.Next();
        Token d1 = lexer.Next();
        Assert.Equal((4, 3), (d1.Line, d1.Column));
        lexer.Restore(state);
        Token b2 = lexer.Next();
        Assert.Equal(b1.Start, b2.Start);
        Assert.Equal(b1.Line, b2.Line);
        Assert.Equal(b1.Column, b2.Column);
        Assert.Equal(b1.Flags, b2.Flags);
        Assert.Same(b1.Value, b2.Value);
        lexer.Next();
        Token d2 = lexer.Next();
        Assert.Equal((d1.Start, d1.Line, d1.Column, d1.Flags), (d2.Start, d2.Line, d2.Column, d2.Flags));
    }

    [Fact]
    public void SaveAtStartKeepsHtmlCloseCommentRule()
    {
        var lexer = new Lexer("--> c\nx", false);
        LexerState state = lexer.Save();
        Assert.Equal("x", lexer.Next().Value);
        lexer.Restore(state);
        Assert.Equal("x", lexer.Next().Value);
    }

    // ---- robustness: only SyntaxError may escape ----------------------------------------

    [Fact]
    public void EveryPrefixOfAProgramLexesOrThrowsSyntaxError()
    {
        const string program = "#!/bin/aot\nlet x = 0x1F_FFn + 1.5e-3 + .5 + 010 + 'a\\u{1F600}\\x41\\101' + `t${y}\\u{41}`;\n" +
                               "/* c */ class A { #p = /re[/]\\//gi; static m() { return a?.b ?? c?.[0]; } }\n" +
                               "\\u0061b <!-- html\n--> close\nvar é\U0001D465 = 1_000; a >>>= 2 ** 3;";
        for (int i = 0; i <= program.Length; i++)
        {
            string prefix = program.Substring(0, i);
            try
            {
                DriveWithRescans(prefix);
            }
            catch (SyntaxError)
            {
            }
        }
    }

    [Fact]
    public void RandomInputsOnlyThrowSyntaxError()
    {
        const string alphabet = "ab01789xobnue_.$#\\/*'\"`{}[]()+-<>=!?:;,\n\r \t\u2028\u00A0\uFEFF\uD800\uDC00\0\uFFFD\u00E9{}$";
        var random = new Random(42);
        var sb = new StringBuilder();
        for (int i = 0; i < 20000; i++)
        {
            sb.Clear();
            int length = random.Next(1, 16);
            for (int j = 0; j < length; j++) sb.Append(alphabet[random.Next(alphabet.Length)]);
            string source = sb.ToString();
            try
            {
                DriveWithRescans(source);
                new Lexer(source, true).Next();
            }
            catch (SyntaxError)
            {
            }
        }
    }

    /// <summary>Lexes everything, rescanning the first '/' of each statement-ish position as a regex and every '}' as a template continuation when inside one.</summary>
    private static void DriveWithRescans(string source)
    {
        var lexer = new Lexer(source, false);
        var braces = new Stack<bool>();
        TokenKind previous = TokenKind.Semicolon;
        for (int guard = 0; guard < 10000; guard++)
        {
            Token t = lexer.Next();
            if (t.Kind == TokenKind.EndOfFile) return;
            if ((t.Kind is TokenKind.Slash or TokenKind.SlashAssign) &&
                previous is TokenKind.Semicolon or TokenKind.Assign or TokenKind.LeftParen or TokenKind.Comma)
            {
                t = lexer.RescanRegExp(t);
            }
            else if (t.Kind == TokenKind.RightBrace && braces.Count > 0 && braces.Pop())
            {
                t = lexer.RescanTemplateContinuation(t);
                if (t.Kind == TokenKind.TemplateMiddle) braces.Push(true);
            }
            if (t.Kind == TokenKind.LeftBrace) braces.Push(false);
            if (t.Kind == TokenKind.TemplateHead) braces.Push(true);
            Assert.True(t.End > t.Start);
            Assert.Equal(lexer.GetLineColumn(t.Start), (t.Line, t.Column));
            previous = t.Kind;
        }
        throw new InvalidOperationException("lexer did not terminate");
    }
}
