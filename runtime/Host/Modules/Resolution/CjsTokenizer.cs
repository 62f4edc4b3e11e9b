using System;
using System.Collections.Generic;
using Aot.Engine.Parsing;

namespace Aot.Runtime.Modules.Resolution;

internal enum CjsTokenKind : byte
{
    Identifier,
    String,
    Punctuator,
    Number,
    Template,
    RegularExpression,
}

/// <summary>One token: its kind, source span, and the number of open '(' '{' '${' around it.</summary>
internal readonly record struct CjsToken(CjsTokenKind Kind, int Start, int End, int Depth, bool Escaped);

/// <summary>
/// A forgiving JavaScript tokenizer for export detection: it never throws and validates nothing, it only
/// needs to step over strings, templates, comments and regular expressions correctly. Whether a '/'
/// starts a regular expression is guessed from the previous token, as cjs-module-lexer does: after an
/// operator, an expression keyword, a ')' closing if/while/for/with, or a '}' closing a block.
/// </summary>
internal sealed class CjsTokenizer
{
    private enum Opener : byte
    {
        Paren,
        ParenAfterKeyword,
        ExpressionBrace,
        BlockBrace,
        TemplateSubstitution,
    }

    private static readonly string[] Punctuators =
    [
        ">>>=", "...", "===", "!==", "**=", "<<=", ">>=", ">>>", "&&=", "||=", "??=",
        "=>", "==", "!=", "<=", ">=", "&&", "||", "??", "?.", "++", "--", "+=", "-=", "*=", "%=",
        "&=", "|=", "^=", "**", "<<", ">>",
    ];

    private readonly string _source;
    private readonly List<CjsToken> _tokens;
    private readonly List<Opener> _open = new();
    private int _pos;
    // The previous token, for the regex-or-division guess.
    private CjsTokenKind _lastKind;
    private int _lastStart = -1;
    private int _lastEnd = -1;
    private bool _lastCloserEndsStatement;
    private bool _nextBraceIsClass;

    private CjsTokenizer(string source)
    {
        _source = source;
        _tokens = new List<CjsToken>(Math.Max(16, source.Length / 6));
    }

    /// <summary>Tokenizes <paramref name="source"/>; <paramref name="complete"/> is false when it had to stop early.</summary>
    public static List<CjsToken> Tokenize(string source, out bool complete)
    {
        var tokenizer = new CjsTokenizer(source);
        complete = tokenizer.Run();
        return tokenizer._tokens;
    }

    private int Depth => _open.Count;

    private bool Run()
    {
        string s = _source;
        // A hashbang line.
        if (s.StartsWith("#!", StringComparison.Ordinal)) _pos = SkipToLineEnd(2);
        while (true)
        {
            if (!SkipTrivia()) return false;
            if (_pos >= s.Length) return _open.Count == 0;
            char c = s[_pos];
            int start = _pos;
            if (c == '"' || c == '\'')
            {
                if (!SkipString(c)) return false;
                Add(CjsTokenKind.String, start, false);
            }
            else if (c == '`')
            {
                _pos++;
                if (!ScanTemplate(start)) return false;
            }
            else if (CharacterClassifier.IsDecimalDigit(c) || (c == '.' && _pos + 1 < s.Length && CharacterClassifier.IsDecimalDigit(s[_pos + 1])))
            {
                SkipNumber();
                Add(CjsTokenKind.Number, start, false);
            }
            else if (IsIdentifierStartAt(_pos, out _) || c == '\\')
            {
                bool escaped = SkipIdentifier();
                if (_pos == start) return false;
                if (!escaped && IsWord(start, "class") && !AfterDot(start)) _nextBraceIsClass = true;
                Add(CjsTokenKind.Identifier, start, escaped);
            }
            else if (c == '/')
            {
                if (RegexAllowed())
                {
                    if (!SkipRegularExpression()) return false;
                    Add(CjsTokenKind.RegularExpression, start, false);
                }
                else
                {
                    _pos += _pos + 1 < s.Length && s[_pos + 1] == '=' ? 2 : 1;
                    Add(CjsTokenKind.Punctuator, start, false);
                }
            }
            else if (!ScanPunctuator(c, start))
            {
                return false;
            }
        }
    }

    private bool ScanPunctuator(char c, int start)
    {
        switch (c)
        {
            case '(':
                _open.Add(IsParenKeyword() ? Opener.ParenAfterKeyword : Opener.Paren);
                _pos++;
                AddAt(CjsTokenKind.Punctuator, start, Depth - 1);
                return true;
            case '{':
                _open.Add(BraceStartsBlock() ? Opener.BlockBrace : Opener.ExpressionBrace);
                _nextBraceIsClass = false;
                _pos++;
                AddAt(CjsTokenKind.Punctuator, start, Depth - 1);
                return true;
            case ')':
            case '}':
            {
                if (_open.Count == 0) return false;
                Opener opener = _open[^1];
                _open.RemoveAt(_open.Count - 1);
                if (c == '}' && opener == Opener.TemplateSubstitution)
                {
                    // The template continues after the substitution.
                    _pos++;
                    return ScanTemplate(start);
                }
                _pos++;
                Add(CjsTokenKind.Punctuator, start, false);
                _lastCloserEndsStatement = opener is Opener.ParenAfterKeyword or Opener.BlockBrace;
                return true;
            }
        }
        foreach (string punctuator in Punctuators)
        {
            if (string.CompareOrdinal(_source, _pos, punctuator, 0, punctuator.Length) == 0)
            {
                _pos += punctuator.Length;
                Add(CjsTokenKind.Punctuator, start, false);
                return true;
            }
        }
        _pos++;
        Add(CjsTokenKind.Punctuator, start, false);
        return true;
    }

    private void Add(CjsTokenKind kind, int start, bool escaped) => AddAt(kind, start, Depth, escaped);

    private void AddAt(CjsTokenKind kind, int start, int depth, bool escaped = false)
    {
        _tokens.Add(new CjsToken(kind, start, _pos, depth, escaped));
        _lastKind = kind;
        _lastStart = start;
        _lastEnd = _pos;
        _lastCloserEndsStatement = false;
    }

    // Template characters from just after '`' or '}' up to the closing '`' or the next "${".
    private bool ScanTemplate(int start)
    {
        string s = _source;
        while (_pos < s.Length)
        {
            char c = s[_pos];
            if (c == '\\') { _pos += 2; continue; }
            if (c == '`')
            {
                _pos++;
                Add(CjsTokenKind.Template, start, false);
                return true;
            }
            if (c == '$' && _pos + 1 < s.Length && s[_pos + 1] == '{')
            {
                _pos += 2;
                Add(CjsTokenKind.Template, start, false);
                _open.Add(Opener.TemplateSubstitution);
                return true;
            }
            _pos++;
        }
        return false;
    }

    private bool RegexAllowed()
    {
        if (_lastStart < 0) return true;
        switch (_lastKind)
        {
            case CjsTokenKind.Punctuator:
            {
                char last = _source[_lastStart];
                int length = _lastEnd - _lastStart;
                if (length == 1 && (last == ')' || last == '}')) return _lastCloserEndsStatement;
                if (length == 1 && last == ']') return false;
                if (length == 2 && (last == '+' || last == '-') && _source[_lastStart + 1] == last) return false;
                return true;
            }
            case CjsTokenKind.Identifier:
                return !AfterDot(_lastStart) && IsExpressionKeyword(_lastStart, _lastEnd);
            default:
                return false;
        }
    }

    private bool IsParenKeyword()
    {
        if (_lastKind != CjsTokenKind.Identifier || _lastStart < 0 || AfterDot(_lastStart)) return false;
        return IsWord(_lastStart, "if") || IsWord(_lastStart, "while") || IsWord(_lastStart, "for") || IsWord(_lastStart, "with");
    }

    // A '{' opens a block (so a '/' after its '}' starts a regex) at statement level, after ')' or '=>',
    // after else/do/try/finally, and for class bodies; after an operator it is an object literal.
    private bool BraceStartsBlock()
    {
        if (_nextBraceIsClass || _lastStart < 0) return true;
        if (_lastKind == CjsTokenKind.Punctuator)
        {
            int length = _lastEnd - _lastStart;
            char last = _source[_lastStart];
            if (length == 1) return last is ')' or ';' or '{' or '}';
            return length == 2 && last == '=' && _source[_lastStart + 1] == '>';
        }
        if (_lastKind == CjsTokenKind.Identifier)
            return !IsExpressionKeyword(_lastStart, _lastEnd);
        return false;
    }

    private bool IsExpressionKeyword(int start, int end)
    {
        switch (end - start)
        {
            case 2: return IsWord(start, "do") || IsWord(start, "in");
            case 3: return IsWord(start, "new");
            case 4: return IsWord(start, "case") || IsWord(start, "else") || IsWord(start, "void");
            case 5: return IsWord(start, "throw") || IsWord(start, "yield") || IsWord(start, "await");
            case 6: return IsWord(start, "return") || IsWord(start, "typeof") || IsWord(start, "delete");
            case 10: return IsWord(start, "instanceof");
            default: return false;
        }
    }

    private bool IsWord(int start, string word) =>
        string.CompareOrdinal(_source, start, word, 0, word.Length) == 0
        && (start + word.Length >= _source.Length || !IsIdentifierPartAt(start + word.Length));

    /// <summary>Whether the character just before <paramref name="start"/> is '.', as in "x.exports".</summary>
    public bool AfterDot(int start) => start > 0 && _source[start - 1] == '.';

    // Whitespace, line terminators and comments.
    private bool SkipTrivia()
    {
        string s = _source;
        while (_pos < s.Length)
        {
            char c = s[_pos];
            if (c == '/' && _pos + 1 < s.Length)
            {
                if (s[_pos + 1] == '/') { _pos = SkipToLineEnd(_pos + 2); continue; }
                if (s[_pos + 1] == '*')
                {
                    int close = s.IndexOf("*/", _pos + 2, StringComparison.Ordinal);
                    // cjs-module-lexer accepts an unterminated block comment at the end.
                    if (close < 0) { _pos = s.Length; return true; }
                    _pos = close + 2;
                    continue;
                }
            }
            if (CharacterClassifier.IsWhiteSpace(c) || CharacterClassifier.IsLineTerminator(c)) { _pos++; continue; }
            break;
        }
        return true;
    }

    private int SkipToLineEnd(int from)
    {
        int end = _source.AsSpan(from).IndexOfAny('\n', '\r');
        return end < 0 ? _source.Length : from + end;
    }

    private bool SkipString(char quote)
    {
        string s = _source;
        _pos++;
        while (_pos < s.Length)
        {
            char c = s[_pos];
            if (c == quote) { _pos++; return true; }
            if (c == '\\')
            {
                // An escaped CRLF is one line continuation.
                _pos += _pos + 2 < s.Length && s[_pos + 1] == '\r' && s[_pos + 2] == '\n' ? 3 : 2;
                continue;
            }
            if (c == '\n' || c == '\r') return false;
            _pos++;
        }
        return false;
    }

    private bool SkipRegularExpression()
    {
        string s = _source;
        _pos++;
        bool inClass = false;
        while (_pos < s.Length)
        {
            char c = s[_pos];
            if (c == '\n' || c == '\r') return false;
            if (c == '\\') { _pos += 2; continue; }
            if (c == '[') inClass = true;
            else if (c == ']') inClass = false;
            else if (c == '/' && !inClass)
            {
                _pos++;
                while (_pos < s.Length && IsIdentifierPartAt(_pos)) _pos++;
                return true;
            }
            _pos++;
        }
        return false;
    }

    private void SkipNumber()
    {
        string s = _source;
        while (_pos < s.Length)
        {
            char c = s[_pos];
            if (char.IsAsciiLetterOrDigit(c) || c == '_' || c == '.') { _pos++; continue; }
            // An exponent sign: 1e+5, 2E-3.
            if ((c == '+' || c == '-') && (s[_pos - 1] == 'e' || s[_pos - 1] == 'E') && !IsHexLiteral()) { _pos++; continue; }
            break;
        }
    }

    private bool IsHexLiteral()
    {
        int start = _pos - 1;
        while (start > 0 && (char.IsAsciiLetterOrDigit(_source[start - 1]) || _source[start - 1] == '_' || _source[start - 1] == '.')) start--;
        return start + 1 < _source.Length && _source[start] == '0' && (_source[start + 1] | 0x20) == 'x';
    }

    // Identifier characters and \uXXXX escapes; returns whether an escape was seen.
    private bool SkipIdentifier()
    {
        string s = _source;
        bool escaped = false;
        while (_pos < s.Length)
        {
            if (s[_pos] == '\\')
            {
                escaped = true;
                _pos++;
                if (_pos < s.Length && s[_pos] == 'u')
                {
                    _pos++;
                    if (_pos < s.Length && s[_pos] == '{')
                    {
                        int close = s.IndexOf('}', _pos);
                        _pos = close < 0 ? s.Length : close + 1;
                    }
                    else
                    {
                        int n = 0;
                        while (n < 4 && _pos < s.Length && char.IsAsciiHexDigit(s[_pos])) { _pos++; n++; }
                    }
                }
                continue;
            }
            if (!IsIdentifierPartAt(_pos, out int width)) break;
            _pos += width;
        }
        return escaped;
    }

    private bool IsIdentifierStartAt(int pos, out int width)
    {
        int cp = CodePointAt(pos, out width);
        return cp == '$' || cp == '_' || CharacterClassifier.IsIdStart(cp);
    }

    private bool IsIdentifierPartAt(int pos) => IsIdentifierPartAt(pos, out _);

    private bool IsIdentifierPartAt(int pos, out int width)
    {
        int cp = CodePointAt(pos, out width);
        return cp == '$' || cp == '_' || cp == 0x200C || cp == 0x200D || CharacterClassifier.IsIdContinue(cp);
    }

    private int CodePointAt(int pos, out int width)
    {
        char c = _source[pos];
        if (char.IsHighSurrogate(c) && pos + 1 < _source.Length && char.IsLowSurrogate(_source[pos + 1]))
        {
            width = 2;
            return char.ConvertToUtf32(c, _source[pos + 1]);
        }
        width = 1;
        return c;
    }
}
