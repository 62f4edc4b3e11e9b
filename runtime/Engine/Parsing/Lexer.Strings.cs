using System;
using System.Buffers;
using System.Text;

namespace Aot.Engine.Parsing;

// ECMA-262 §12.9.4 String Literals, §12.9.6 Template Literal Lexical Components, Annex B §B.1.2.
public sealed partial class Lexer
{
    private static readonly SearchValues<char> s_doubleQuoteStops = SearchValues.Create("\"\\\n\r\u2028\u2029");
    private static readonly SearchValues<char> s_singleQuoteStops = SearchValues.Create("'\\\n\r\u2028\u2029");
    private static readonly SearchValues<char> s_templateStops = SearchValues.Create("`$\\\n\r\u2028\u2029");

    /// <summary>Strings up to this length share one instance per lexer (property keys, type tags ...).</summary>
    private const int InternStringLimit = 32;

    private const string UnterminatedString = "Unterminated string constant";
    private const string UnterminatedTemplate = "Unterminated template literal";

    /// <summary>Result of reading one escape sequence.</summary>
    private enum EscapeResult : byte
    {
        Ok,
        /// <summary>Legacy octal or \8 \9: fine in sloppy strings, a NotEscapeSequence in templates.</summary>
        Octal,
        BadHex,
        BadUnicode,
        CodePointTooLarge,
        EndOfInput,
    }

    private void ScanString(ref Token t, char quote)
    {
        string s = _src;
        int start = _pos;
        int pos = start + 1;
        SearchValues<char> stops = quote == '"' ? s_doubleQuoteStops : s_singleQuoteStops;
        int idx = s.AsSpan(pos).IndexOfAny(stops);
        if (idx < 0) throw Error(UnterminatedString, start);
        pos += idx;
        t.Kind = TokenKind.StringLiteral;
        if (s[pos] == quote)
        {
            // Fast path: no escapes and no line terminators.
            int length = pos - start - 1;
            t.Value = length <= InternStringLimit ? Intern(s.AsSpan(start + 1, length)) : s.Substring(start + 1, length);
            t.End = pos + 1;
            _pos = pos + 1;
            return;
        }

        StringBuilder sb = Builder();
        sb.Append(s, start + 1, pos - start - 1);
        while (true)
        {
            char c = s[pos];
            if (c == quote) break;
            switch (c)
            {
                case '\\':
                {
                    EscapeResult r = ReadEscape(ref pos, sb, template: false);
                    switch (r)
                    {
                        case EscapeResult.Octal: t.Flags |= TokenFlags.OctalEscape; break;
                        case EscapeResult.BadHex: throw Error("Invalid hexadecimal escape sequence", pos);
                        case EscapeResult.BadUnicode: throw Error("Invalid Unicode escape sequence", pos);
                        case EscapeResult.CodePointTooLarge: throw Error("Undefined Unicode code-point", pos);
                        case EscapeResult.EndOfInput: throw Error(UnterminatedString, start);
                    }
                    break;
                }
                case '\n':
                case '\r':
                    // ECMA-262 §12.9.4: LF and CR may not appear raw in a string literal.
                    throw Error(UnterminatedString, start);
                default:
                    // U+2028 / U+2029 are allowed in string literals (ES2019) and still end a source line.
                    sb.Append(c);
                    pos++;
                    NewLineAt(pos);
                    break;
            }
            idx = s.AsSpan(pos).IndexOfAny(stops);
            if (idx < 0) throw Error(UnterminatedString, start);
            sb.Append(s, pos, idx);
            pos += idx;
        }
        t.Value = sb.Length <= InternStringLimit ? InternBuilder(sb) : sb.ToString();
        t.End = pos + 1;
        _pos = pos + 1;
    }

    /// <summary>
    /// Reads an escape sequence at s[pos] == '\\', appends its value (strings: its SV; templates: its TV)
    /// and advances pos past it. On failure pos stays at the backslash (strings throw there; templates
    /// treat it as a NotEscapeSequence and continue after the backslash).
    /// </summary>
    private EscapeResult ReadEscape(ref int pos, StringBuilder sb, bool template)
    {
        string s = _src;
        int len = _length;
        int p = pos + 1;
        if (p >= len) return EscapeResult.EndOfInput;
        char c = s[p];
        switch (c)
        {
            case 'n': sb.Append('\n'); break;
            case 't': sb.Append('\t'); break;
            case 'r': sb.Append('\r'); break;
            case 'b': sb.Append('\b'); break;
            case 'f': sb.Append('\f'); break;
            case 'v': sb.Append('\v'); break;
            case '\r':
                // LineContinuation: contributes nothing; CRLF is one terminator.
                if (p + 1 < len && s[p + 1] == '\n') p++;
                pos = p + 1;
                NewLineAt(pos);
                return EscapeResult.Ok;
            case '\n':
            case '\u2028':
            case '\u2029':
                pos = p + 1;
                NewLineAt(pos);
                return EscapeResult.Ok;
            case 'x':
                if (p + 2 < len && CharacterClassifier.IsHexDigit(s[p + 1]) && CharacterClassifier.IsHexDigit(s[p + 2]))
                {
                    sb.Append((char)(CharacterClassifier.HexValue(s[p + 1]) * 16 + CharacterClassifier.HexValue(s[p + 2])));
                    pos = p + 3;
                    return EscapeResult.Ok;
                }
                return EscapeResult.BadHex;
            case 'u':
            {
                int after = ReadUnicodeEscape(p + 1, out int cp);
                if (after < 0) return cp == -2 ? EscapeResult.CodePointTooLarge : EscapeResult.BadUnicode;
                AppendCodePoint(sb, cp);
                pos = after;
                return EscapeResult.Ok;
            }
            case '0':
                // \0 [lookahead ∉ DecimalDigit] is NUL.
                if (p + 1 >= len || !CharacterClassifier.IsDecimalDigit(s[p + 1]))
                {
                    sb.Append('\0');
                    break;
                }
                goto case '1';
            case '1': case '2': case '3': case '4': case '5': case '6': case '7':
            {
                // Annex B §B.1.2 LegacyOctalEscapeSequence: ZeroToThree OctalDigit OctalDigit | ... ;
                // \0 followed by 8 or 9 is "\0" then the digit.
                if (template) return EscapeResult.Octal;
                int value = c - '0';
                int max = c <= '3' ? 2 : 1;
                int q = p + 1;
                for (int i = 0; i < max && q < len && (uint)(s[q] - '0') <= 7; i++, q++)
                    value = value * 8 + (s[q] - '0');
                sb.Append((char)value);
                pos = q;
                return EscapeResult.Octal;
            }
            case '8':
            case '9':
                // NonOctalDecimalEscapeSequence (§12.9.4): the digit itself; strict-mode error.
                if (template) return EscapeResult.Octal;
                sb.Append(c);
                pos = p + 1;
                return EscapeResult.Octal;
            default:
                // CharacterEscapeSequence :: NonEscapeCharacter (includes ' " \ ` $ and any other char).
                sb.Append(c);
                break;
        }
        pos = p + 1;
        return EscapeResult.Ok;
    }

    /// <summary>
    /// Reads the part of a UnicodeEscapeSequence after "\u" at p: Hex4Digits or { CodePoint }.
    /// Returns the position after it, or -1 with cp = -1 (malformed) or cp = -2 (above U+10FFFF).
    /// </summary>
    private int ReadUnicodeEscape(int p, out int cp)
    {
        string s = _src;
        int len = _length;
        cp = -1;
        if (p < len && s[p] == '{')
        {
            int q = p + 1;
            int value = 0;
            bool tooLarge = false;
            int start = q;
            while (q < len && CharacterClassifier.IsHexDigit(s[q]))
            {
                if (!tooLarge)
                {
                    value = value * 16 + CharacterClassifier.HexValue(s[q]);
                    if (value > 0x10FFFF) tooLarge = true;
                }
                q++;
            }
            if (q == start || q >= len || s[q] != '}') return -1;
            if (tooLarge)
            {
                cp = -2;
                return -1;
            }
            cp = value;
            return q + 1;
        }
        if (p + 4 > len) return -1;
        int v = 0;
        for (int i = 0; i < 4; i++)
        {
            char h = s[p + i];
            if (!CharacterClassifier.IsHexDigit(h)) return -1;
            v = v * 16 + CharacterClassifier.HexValue(h);
        }
        cp = v;
        return p + 4;
    }

    /// <summary>
    /// Scans template characters after s[start] ('`' for a head/NoSubstitutionTemplate, '}' for a
    /// middle/tail) up to '`' or '${' (ECMA-262 §12.9.6). Cooked value (TV) is null if a NotEscapeSequence
    /// appears; the raw value (TRV) has CR and CRLF normalised to LF.
    /// </summary>
    private void ScanTemplate(ref Token t, int start, bool head)
    {
        string s = _src;
        int len = _length;
        int pos = start + 1;
        StringBuilder? sb = null;   // cooked value, created at the first escape or CR
        bool invalid = false;
        bool hasCr = false;
        int chunk = pos;
        while (true)
        {
            int idx = s.AsSpan(pos).IndexOfAny(s_templateStops);
            if (idx < 0) throw Error(UnterminatedTemplate, start);
            pos += idx;
            char c = s[pos];
            if (c == '`')
            {
                t.Kind = head ? TokenKind.NoSubstitutionTemplate : TokenKind.TemplateTail;
                t.End = pos + 1;
                break;
            }
            if (c == '$')
            {
                if (pos + 1 < len && s[pos + 1] == '{')
                {
                    t.Kind = head ? TokenKind.TemplateHead : TokenKind.TemplateMiddle;
                    t.End = pos + 2;
                    break;
                }
                pos++;
                continue;
            }
            if (c == '\\')
            {
                sb ??= Builder();
                sb.Append(s, chunk, pos - chunk);
                int escStart = pos;
                EscapeResult r = ReadEscape(ref pos, sb, template: true);
                if (r == EscapeResult.EndOfInput) throw Error(UnterminatedTemplate, start);
                if (r != EscapeResult.Ok)
                {
                    // NotEscapeSequence: the characters after the backslash are ordinary template characters.
                    invalid = true;
                    pos = escStart + 2;
                }
                else if (s[escStart + 1] == '\r')
                {
                    hasCr = true; // a LineContinuation with CR: the raw value needs normalising
                }
                chunk = pos;
                continue;
            }
            // Line terminators: TV of CR and CRLF is LF.
            if (c == '\r')
            {
                sb ??= Builder();
                sb.Append(s, chunk, pos - chunk);
                sb.Append('\n');
                hasCr = true;
                pos++;
                if (pos < len && s[pos] == '\n') pos++;
                chunk = pos;
                NewLineAt(pos);
                continue;
            }
            pos++;
            NewLineAt(pos);
        }

        int rawEnd = pos;
        string raw = hasCr
            ? NormalizeCr(s.AsSpan(start + 1, rawEnd - start - 1))
            : (rawEnd - start - 1 <= InternStringLimit ? Intern(s.AsSpan(start + 1, rawEnd - start - 1)) : s.Substring(start + 1, rawEnd - start - 1));
        t.RawValue = raw;
        if (invalid) t.Value = null;
        else if (sb == null) t.Value = raw;
        else
        {
            sb.Append(s, chunk, rawEnd - chunk);
            t.Value = sb.ToString();
        }
        _pos = t.End;
    }

    private static string NormalizeCr(ReadOnlySpan<char> text)
    {
        var sb = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\r')
            {
                sb.Append('\n');
                if (i + 1 < text.Length && text[i + 1] == '\n') i++;
            }
            else sb.Append(c);
        }
        return sb.ToString();
    }
}
