using System;
using System.Buffers;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Text;

namespace Aot.Engine.Parsing;

/// <summary>Position snapshot for arbitrary lookahead: <see cref="Lexer.Save"/> / <see cref="Lexer.Restore"/>.</summary>
public readonly struct LexerState
{
    internal readonly int Position;
    internal readonly int Line;
    internal readonly int LineStart;

    internal LexerState(int position, int line, int lineStart)
    {
        Position = position;
        Line = line;
        LineStart = lineStart;
    }
}

/// <summary>
/// ECMAScript 2024 lexer (ECMA-262 §12). Context-free: it always scans '/' and '/=' as
/// punctuators and '}' as RightBrace; the parser asks for a rescan where the grammar says a
/// regular expression or a template continuation starts.
/// </summary>
/// <remarks>
/// Files: Lexer.cs (driver, trivia, punctuators, positions), Lexer.Identifiers.cs,
/// Lexer.Numbers.cs, Lexer.Strings.cs (strings, templates, escapes), Lexer.RegExp.cs.
/// Line/column tracking: <see cref="_line"/> and <see cref="_lineStart"/> are updated at every
/// line terminator the scanner crosses (whitespace, comments, strings, templates), so token
/// positions cost nothing extra; <see cref="GetLineColumn"/> uses a lazily built table instead.
/// </remarks>
public sealed partial class Lexer
{
    public string Source { get; }
    public bool IsModule { get; }

    private readonly string _src;
    private readonly int _length;
    private readonly bool _htmlComments;
    private int _pos;
    private int _line = 1;
    private int _lineStart;
    private int[]? _lineStarts;
    private StringBuilder? _builder;

    private static readonly SearchValues<char> s_lineTerminators = SearchValues.Create("\n\r\u2028\u2029");
    private static readonly SearchValues<char> s_blockCommentStops = SearchValues.Create("*\n\r\u2028\u2029");

    /// <param name="source">Whole source text. A hashbang comment (#!...) at offset 0 is skipped.</param>
    /// <param name="isModule">Module goal: HTML-like comments (Annex B §B.1.1) are not comments there.</param>
    public Lexer(string source, bool isModule)
    {
        ArgumentNullException.ThrowIfNull(source);
        Source = source;
        IsModule = isModule;
        _src = source;
        _length = source.Length;
        _htmlComments = !isModule;
        _names = new Dictionary<string, string>(256, StringComparer.Ordinal);
        _nameLookup = _names.GetAlternateLookup<ReadOnlySpan<char>>();
        SeedNames();
        // ECMA-262 §12.5 Hashbang Comments: only at the very start of the source.
        if (_length >= 2 && source[0] == '#' && source[1] == '!')
            _pos = SkipLineComment(2);
    }

    /// <summary>Scans the next token (skipping whitespace and comments). Returns EndOfFile at the end, repeatedly.</summary>
    public Token Next()
    {
        bool newline = SkipTrivia();
        Token t = default;
        int start = _pos;
        t.Start = start;
        t.Line = _line;
        t.Column = start - _lineStart;
        if (newline) t.Flags = TokenFlags.NewlineBefore;
        if (start >= _length)
        {
            t.Kind = TokenKind.EndOfFile;
            t.End = start;
            return t;
        }
        string s = _src;
        char c = s[start];
        TokenKind kind;
        int len = 1;
        switch (c)
        {
            case '{': kind = TokenKind.LeftBrace; break;
            case '}': kind = TokenKind.RightBrace; break;
            case '(': kind = TokenKind.LeftParen; break;
            case ')': kind = TokenKind.RightParen; break;
            case '[': kind = TokenKind.LeftBracket; break;
            case ']': kind = TokenKind.RightBracket; break;
            case ';': kind = TokenKind.Semicolon; break;
            case ',': kind = TokenKind.Comma; break;
            case ':': kind = TokenKind.Colon; break;
            case '~': kind = TokenKind.Tilde; break;
            case '@': kind = TokenKind.At; break;
            case '.':
            {
                char n = Peek(start + 1);
                if (CharacterClassifier.IsDecimalDigit(n))
                {
                    ScanNumber(ref t);
                    return t;
                }
                if (n == '.' && Peek(start + 2) == '.') { kind = TokenKind.Ellipsis; len = 3; }
                else kind = TokenKind.Dot;
                break;
            }
            case '<':
            {
                char n = Peek(start + 1);
                if (n == '<')
                {
                    if (Peek(start + 2) == '=') { kind = TokenKind.ShiftLeftAssign; len = 3; }
                    else { kind = TokenKind.ShiftLeft; len = 2; }
                }
                else if (n == '=') { kind = TokenKind.LessThanEqual; len = 2; }
                else kind = TokenKind.LessThan;
                break;
            }
            case '>':
            {
                char n = Peek(start + 1);
                if (n == '>')
                {
                    char n2 = Peek(start + 2);
                    if (n2 == '>')
                    {
                        if (Peek(start + 3) == '=') { kind = TokenKind.UnsignedShiftRightAssign; len = 4; }
                        else { kind = TokenKind.UnsignedShiftRight; len = 3; }
                    }
                    else if (n2 == '=') { kind = TokenKind.ShiftRightAssign; len = 3; }
                    else { kind = TokenKind.ShiftRight; len = 2; }
                }
                else if (n == '=') { kind = TokenKind.GreaterThanEqual; len = 2; }
                else kind = TokenKind.GreaterThan;
                break;
            }
            case '=':
            {
                char n = Peek(start + 1);
                if (n == '=')
                {
                    if (Peek(start + 2) == '=') { kind = TokenKind.StrictEqual; len = 3; }
                    else { kind = TokenKind.Equal; len = 2; }
                }
                else if (n == '>') { kind = TokenKind.Arrow; len = 2; }
                else kind = TokenKind.Assign;
                break;
            }
            case '!':
                if (Peek(start + 1) == '=')
                {
                    if (Peek(start + 2) == '=') { kind = TokenKind.StrictNotEqual; len = 3; }
                    else { kind = TokenKind.NotEqual; len = 2; }
                }
                else kind = TokenKind.Bang;
                break;
            case '+':
            {
                char n = Peek(start + 1);
                if (n == '+') { kind = TokenKind.PlusPlus; len = 2; }
                else if (n == '=') { kind = TokenKind.PlusAssign; len = 2; }
                else kind = TokenKind.Plus;
                break;
            }
            case '-':
            {
                char n = Peek(start + 1);
                if (n == '-') { kind = TokenKind.MinusMinus; len = 2; }
                else if (n == '=') { kind = TokenKind.MinusAssign; len = 2; }
                else kind = TokenKind.Minus;
                break;
            }
            case '*':
            {
                char n = Peek(start + 1);
                if (n == '*')
                {
                    if (Peek(start + 2) == '=') { kind = TokenKind.StarStarAssign; len = 3; }
                    else { kind = TokenKind.StarStar; len = 2; }
                }
                else if (n == '=') { kind = TokenKind.StarAssign; len = 2; }
                else kind = TokenKind.Star;
                break;
            }
            case '/':
                // Comments were consumed by SkipTrivia; the parser rescans as a RegExp where one may start.
                if (Peek(start + 1) == '=') { kind = TokenKind.SlashAssign; len = 2; }
                else kind = TokenKind.Slash;
                break;
            case '%':
                if (Peek(start + 1) == '=') { kind = TokenKind.PercentAssign; len = 2; }
                else kind = TokenKind.Percent;
                break;
            case '&':
            {
                char n = Peek(start + 1);
                if (n == '&')
                {
                    if (Peek(start + 2) == '=') { kind = TokenKind.AmpersandAmpersandAssign; len = 3; }
                    else { kind = TokenKind.AmpersandAmpersand; len = 2; }
                }
                else if (n == '=') { kind = TokenKind.AmpersandAssign; len = 2; }
                else kind = TokenKind.Ampersand;
                break;
            }
            case '|':
            {
                char n = Peek(start + 1);
                if (n == '|')
                {
                    if (Peek(start + 2) == '=') { kind = TokenKind.BarBarAssign; len = 3; }
                    else { kind = TokenKind.BarBar; len = 2; }
                }
                else if (n == '=') { kind = TokenKind.BarAssign; len = 2; }
                else kind = TokenKind.Bar;
                break;
            }
            case '^':
                if (Peek(start + 1) == '=') { kind = TokenKind.CaretAssign; len = 2; }
                else kind = TokenKind.Caret;
                break;
            case '?':
            {
                // ECMA-262 §12.8 OptionalChainingPunctuator :: ?. [lookahead ∉ DecimalDigit]
                char n = Peek(start + 1);
                if (n == '?')
                {
                    if (Peek(start + 2) == '=') { kind = TokenKind.QuestionQuestionAssign; len = 3; }
                    else { kind = TokenKind.QuestionQuestion; len = 2; }
                }
                else if (n == '.' && !CharacterClassifier.IsDecimalDigit(Peek(start + 2))) { kind = TokenKind.QuestionDot; len = 2; }
                else kind = TokenKind.Question;
                break;
            }
            case '"':
            case '\'':
                ScanString(ref t, c);
                return t;
            case '`':
                ScanTemplate(ref t, start, head: true);
                return t;
            case '#':
                ScanPrivateName(ref t);
                return t;
            case '0': case '1': case '2': case '3': case '4':
            case '5': case '6': case '7': case '8': case '9':
                ScanNumber(ref t);
                return t;
            case '\\':
                ScanIdentifier(ref t, start, start);
                return t;
            default:
                if (c < 128)
                {
                    if (CharacterClassifier.IsAsciiIdStart(c))
                    {
                        ScanIdentifier(ref t, start, start + 1);
                        return t;
                    }
                    throw InvalidToken(start);
                }
                if (CharacterClassifier.IsIdStart(CodePointAt(start)))
                {
                    ScanIdentifier(ref t, start, start);
                    return t;
                }
                throw InvalidToken(start);
        }
        t.Kind = kind;
        t.End = start + len;
        _pos = start + len;
        return t;
    }

    /// <summary>Re-scans a RightBrace token, which closes a template substitution, as TemplateMiddle or TemplateTail.</summary>
    public Token RescanTemplateContinuation(in Token rightBraceToken)
    {
        int start = rightBraceToken.Start;
        if ((uint)start >= (uint)_length || _src[start] != '}')
            throw Error("Unexpected token", Math.Clamp(start, 0, _length));
        Token t = default;
        t.Start = start;
        t.Line = rightBraceToken.Line;
        t.Column = rightBraceToken.Column;
        t.Flags = rightBraceToken.Flags & TokenFlags.NewlineBefore;
        _line = rightBraceToken.Line;
        _lineStart = start - rightBraceToken.Column;
        ScanTemplate(ref t, start, head: false);
        return t;
    }

    /// <summary>Snapshot of the scanning position (after the last token returned).</summary>
    public LexerState Save() => new LexerState(_pos, _line, _lineStart);

    /// <summary>Rewinds to a snapshot taken by <see cref="Save"/>.</summary>
    public void Restore(in LexerState state)
    {
        _pos = state.Position;
        _line = state.Line == 0 ? 1 : state.Line;
        _lineStart = state.LineStart;
    }

    /// <summary>Line (1-based) and column (0-based) of a source offset. May scan; used for errors and node positions.</summary>
    public (int Line, int Column) GetLineColumn(int offset)
    {
        if (offset < 0) offset = 0;
        if (offset > _length) offset = _length;
        int[] starts = _lineStarts ??= BuildLineStarts();
        // Largest line start <= offset.
        int lo = 0, hi = starts.Length - 1;
        while (lo < hi)
        {
            int mid = (lo + hi + 1) >> 1;
            if (starts[mid] <= offset) lo = mid;
            else hi = mid - 1;
        }
        return (lo + 1, offset - starts[lo]);
    }

    /// <summary>Creates a SyntaxError at a source offset.</summary>
    public SyntaxError Error(string message, int offset)
    {
        var (line, column) = GetLineColumn(offset);
        return new SyntaxError(message, offset, line, column);
    }

    private int[] BuildLineStarts()
    {
        var list = new List<int>(Math.Max(16, _length / 32)) { 0 };
        ReadOnlySpan<char> s = _src;
        int pos = 0;
        while (true)
        {
            int idx = s.Slice(pos).IndexOfAny(s_lineTerminators);
            if (idx < 0) break;
            pos += idx;
            if (s[pos] == '\r' && pos + 1 < s.Length && s[pos + 1] == '\n') pos++;
            pos++;
            list.Add(pos);
        }
        return list.ToArray();
    }

    // ---- Helpers -------------------------------------------------------------------------

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private char Peek(int index) => (uint)index < (uint)_length ? _src[index] : '\0';

    /// <summary>Code point at a position (a surrogate pair is combined; a lone surrogate is returned as is).</summary>
    private int CodePointAt(int index)
    {
        char c = _src[index];
        if (char.IsHighSurrogate(c) && index + 1 < _length && char.IsLowSurrogate(_src[index + 1]))
            return char.ConvertToUtf32(c, _src[index + 1]);
        return c;
    }

    private StringBuilder Builder()
    {
        var sb = _builder ??= new StringBuilder(64);
        sb.Clear();
        return sb;
    }

    private SyntaxError InvalidToken(int offset) => Error("Invalid or unexpected token", offset);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void NewLineAt(int nextLineStart)
    {
        _line++;
        _lineStart = nextLineStart;
    }

    // ---- Whitespace, line terminators and comments (ECMA-262 §12.2 - §12.4, Annex B §B.1.1) --

    /// <summary>Skips whitespace, line terminators and comments. Returns true if a line terminator was crossed.</summary>
    private bool SkipTrivia()
    {
        string s = _src;
        int len = _length;
        int pos = _pos;
        bool newline = false;
        // Annex B §B.1.1: `-->` is a comment only where nothing but whitespace/comments precede it on
        // its line (start of input, or after a line terminator, possibly inside a multi-line comment).
        bool atInputStart = pos == 0;
        while (pos < len)
        {
            char c = s[pos];
            switch (c)
            {
                case ' ':
                case '\t':
                    pos++;
                    continue;
                case '\n':
                    pos++;
                    NewLineAt(pos);
                    newline = true;
                    continue;
                case '\r':
                    pos++;
                    if (pos < len && s[pos] == '\n') pos++;
                    NewLineAt(pos);
                    newline = true;
                    continue;
                case '/':
                    if (pos + 1 < len)
                    {
                        char n = s[pos + 1];
                        if (n == '/')
                        {
                            pos = SkipLineComment(pos + 2);
                            continue;
                        }
                        if (n == '*')
                        {
                            if (SkipBlockComment(ref pos)) newline = true;
                            continue;
                        }
                    }
                    goto Done;
                case '<':
                    // SingleLineHTMLOpenComment: <!-- (scripts only)
                    if (_htmlComments && pos + 3 < len && s[pos + 1] == '!' && s[pos + 2] == '-' && s[pos + 3] == '-')
                    {
                        pos = SkipLineComment(pos + 4);
                        continue;
                    }
                    goto Done;
                case '-':
                    // SingleLineHTMLCloseComment / HTMLCloseComment: --> (scripts only)
                    if (_htmlComments && (newline || atInputStart) && pos + 2 < len && s[pos + 1] == '-' && s[pos + 2] == '>')
                    {
                        pos = SkipLineComment(pos + 3);
                        continue;
                    }
                    goto Done;
                case '\v':
                case '\f':
                case '\u00A0':
                case '\uFEFF':
                    pos++;
                    continue;
                case '\u2028':
                case '\u2029':
                    pos++;
                    NewLineAt(pos);
                    newline = true;
                    continue;
                default:
                    if (c >= 0x80 && CharacterClassifier.IsWhiteSpace(c))
                    {
                        pos++;
                        continue;
                    }
                    goto Done;
            }
        }
    Done:
        _pos = pos;
        return newline;
    }

    /// <summary>Returns the position of the line terminator ending a single-line comment (or the end of input).</summary>
    private int SkipLineComment(int pos)
    {
        int idx = _src.AsSpan(pos).IndexOfAny(s_lineTerminators);
        return idx < 0 ? _length : pos + idx;
    }

    /// <summary>Skips /* ... */ starting at pos; returns true if it contained a line terminator.</summary>
    private bool SkipBlockComment(ref int pos)
    {
        string s = _src;
        int start = pos;
        int p = pos + 2;
        bool newline = false;
        while (true)
        {
            int idx = s.AsSpan(p).IndexOfAny(s_blockCommentStops);
            if (idx < 0) throw Error("Unterminated comment", start);
            p += idx;
            char c = s[p];
            if (c == '*')
            {
                if (p + 1 < _length && s[p + 1] == '/')
                {
                    pos = p + 2;
                    return newline;
                }
                p++;
                continue;
            }
            if (c == '\r' && p + 1 < _length && s[p + 1] == '\n') p++;
            p++;
            NewLineAt(p);
            newline = true;
        }
    }

    [DoesNotReturn]
    private void ThrowError(string message, int offset) => throw Error(message, offset);
}
