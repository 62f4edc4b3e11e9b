using System;
using Aot.Engine.Parsing.RegExp;

namespace Aot.Engine.Parsing;

// ECMA-262 §12.9.5 Regular Expression Literals, §13.2.7.2 (early errors: flags, pattern).
public sealed partial class Lexer
{
    private const string MissingSlash = "Invalid regular expression: missing /";
    private const string InvalidFlags = "Invalid regular expression flags";

    /// <summary>Re-scans a Slash or SlashAssign token as a RegularExpression literal starting at its Start.
    /// Validates the flags and the pattern (RegExpValidator) and throws SyntaxError if invalid.
    /// The lexer continues after the regex.</summary>
    public Token RescanRegExp(in Token slashToken)
    {
        string s = _src;
        int len = _length;
        int start = slashToken.Start;
        if ((uint)start >= (uint)len || s[start] != '/')
            throw Error("Unexpected token", start < 0 ? 0 : start > len ? len : start);
        _line = slashToken.Line;
        _lineStart = start - slashToken.Column;

        // RegularExpressionBody: chars up to an unescaped '/' outside a class; no line terminators.
        int pos = start + 1;
        bool inClass = false;
        while (true)
        {
            if (pos >= len) throw Error(MissingSlash, start);
            char c = s[pos];
            if (CharacterClassifier.IsLineTerminator(c)) throw Error(MissingSlash, start);
            if (c == '\\')
            {
                pos++;
                if (pos >= len || CharacterClassifier.IsLineTerminator(s[pos])) throw Error(MissingSlash, start);
            }
            else if (c == '[') inClass = true;
            else if (c == ']') inClass = false;
            else if (c == '/' && !inClass) break;
            pos++;
        }
        int bodyEnd = pos;
        pos++;

        // RegularExpressionFlags :: IdentifierPartChar*; only d g i m s u v y, each once, not u with v.
        int flagsStart = pos;
        int seen = 0;
        while (pos < len)
        {
            char c = s[pos];
            if (c < 128)
            {
                if (c == '\\') throw Error(InvalidFlags, start);
                if (!CharacterClassifier.IsAsciiIdPart(c)) break;
                int bit = c switch
                {
                    'd' => 1, 'g' => 2, 'i' => 4, 'm' => 8, 's' => 16, 'u' => 32, 'v' => 64, 'y' => 128,
                    _ => 0,
                };
                if (bit == 0 || (seen & bit) != 0) throw Error(InvalidFlags, start);
                seen |= bit;
                pos++;
                continue;
            }
            if (CharacterClassifier.IsIdContinue(CodePointAt(pos))) throw Error(InvalidFlags, start);
            break;
        }
        if ((seen & (32 | 64)) == (32 | 64)) throw Error(InvalidFlags, start);

        string body = s.Substring(start + 1, bodyEnd - start - 1);
        string flags = Intern(s.AsSpan(flagsStart, pos - flagsStart));
        string? message = RegExpValidator.Validate(body, flags);
        if (message != null) throw Error(message, start);

        Token t = default;
        t.Kind = TokenKind.RegularExpression;
        t.Flags = slashToken.Flags & TokenFlags.NewlineBefore;
        t.Start = start;
        t.End = pos;
        t.Line = slashToken.Line;
        t.Column = slashToken.Column;
        t.Value = body;
        t.RawValue = flags;
        _pos = pos;
        return t;
    }
}
