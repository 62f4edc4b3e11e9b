using System;
using System.Collections.Generic;
using System.Text;

namespace Aot.Engine.Parsing;

// ECMA-262 §12.7 Names and Keywords, §12.7.2 Keywords and Reserved Words, PrivateIdentifier.
public sealed partial class Lexer
{
    private readonly Dictionary<string, string> _names;
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _nameLookup;

    /// <summary>Source text of each reserved-word kind (Value of keyword tokens), indexed by TokenKind.</summary>
    private static readonly string?[] s_keywordText = BuildKeywordText();

    private static string?[] BuildKeywordText()
    {
        var t = new string?[256];
        t[(int)TokenKind.Break] = "break"; t[(int)TokenKind.Case] = "case"; t[(int)TokenKind.Catch] = "catch";
        t[(int)TokenKind.Class] = "class"; t[(int)TokenKind.Const] = "const"; t[(int)TokenKind.Continue] = "continue";
        t[(int)TokenKind.Debugger] = "debugger"; t[(int)TokenKind.Default] = "default"; t[(int)TokenKind.Delete] = "delete";
        t[(int)TokenKind.Do] = "do"; t[(int)TokenKind.Else] = "else"; t[(int)TokenKind.Enum] = "enum";
        t[(int)TokenKind.Export] = "export"; t[(int)TokenKind.Extends] = "extends"; t[(int)TokenKind.False] = "false";
        t[(int)TokenKind.Finally] = "finally"; t[(int)TokenKind.For] = "for"; t[(int)TokenKind.Function] = "function";
        t[(int)TokenKind.If] = "if"; t[(int)TokenKind.Import] = "import"; t[(int)TokenKind.In] = "in";
        t[(int)TokenKind.Instanceof] = "instanceof"; t[(int)TokenKind.New] = "new"; t[(int)TokenKind.Null] = "null";
        t[(int)TokenKind.Return] = "return"; t[(int)TokenKind.Super] = "super"; t[(int)TokenKind.Switch] = "switch";
        t[(int)TokenKind.This] = "this"; t[(int)TokenKind.Throw] = "throw"; t[(int)TokenKind.True] = "true";
        t[(int)TokenKind.Try] = "try"; t[(int)TokenKind.Typeof] = "typeof"; t[(int)TokenKind.Var] = "var";
        t[(int)TokenKind.Void] = "void"; t[(int)TokenKind.While] = "while"; t[(int)TokenKind.With] = "with";
        return t;
    }

    /// <summary>
    /// Seeds the intern table with C# literals of the contextual words, so that the parser can compare
    /// <see cref="Token.Value"/> by reference against the same literals (literals are interned by the runtime).
    /// </summary>
    private void SeedNames()
    {
        ReadOnlySpan<string> seeds =
        [
            "let", "static", "yield", "await", "async", "of", "get", "set", "as", "from", "target", "meta",
            "implements", "interface", "package", "private", "protected", "public", "arguments", "eval",
            "constructor", "prototype", "undefined", "accessor", "source", "defer", "using", "length", "name",
            "use strict",
        ];
        foreach (string s in seeds) _names[s] = s;
    }

    /// <summary>Returns the per-lexer shared string for these characters (allocates only the first time).</summary>
    internal string Intern(ReadOnlySpan<char> text)
    {
        if (_nameLookup.TryGetValue(text, out string? value)) return value;
        string s = text.ToString();
        _names.Add(s, s);
        return s;
    }

    /// <summary>Reserved word kind for an IdentifierName, or Identifier. §12.7.2 ReservedWord.</summary>
    internal static TokenKind LookupKeyword(ReadOnlySpan<char> s)
    {
        if (s.Length < 2 || s.Length > 10 || (uint)(s[0] - 'b') > 'y' - 'b') return TokenKind.Identifier;
        return s switch
        {
            "break" => TokenKind.Break,
            "case" => TokenKind.Case,
            "catch" => TokenKind.Catch,
            "class" => TokenKind.Class,
            "const" => TokenKind.Const,
            "continue" => TokenKind.Continue,
            "debugger" => TokenKind.Debugger,
            "default" => TokenKind.Default,
            "delete" => TokenKind.Delete,
            "do" => TokenKind.Do,
            "else" => TokenKind.Else,
            "enum" => TokenKind.Enum,
            "export" => TokenKind.Export,
            "extends" => TokenKind.Extends,
            "false" => TokenKind.False,
            "finally" => TokenKind.Finally,
            "for" => TokenKind.For,
            "function" => TokenKind.Function,
            "if" => TokenKind.If,
            "import" => TokenKind.Import,
            "in" => TokenKind.In,
            "instanceof" => TokenKind.Instanceof,
            "new" => TokenKind.New,
            "null" => TokenKind.Null,
            "return" => TokenKind.Return,
            "super" => TokenKind.Super,
            "switch" => TokenKind.Switch,
            "this" => TokenKind.This,
            "throw" => TokenKind.Throw,
            "true" => TokenKind.True,
            "try" => TokenKind.Try,
            "typeof" => TokenKind.Typeof,
            "var" => TokenKind.Var,
            "void" => TokenKind.Void,
            "while" => TokenKind.While,
            "with" => TokenKind.With,
            _ => TokenKind.Identifier,
        };
    }

    /// <summary>
    /// Scans an IdentifierName starting at <paramref name="start"/>; characters in [start, pos) are already
    /// known to be ASCII identifier characters (pos == start means the first character is still unchecked).
    /// Sets Kind to a reserved word, EscapedKeyword or Identifier.
    /// </summary>
    private void ScanIdentifier(ref Token t, int start, int pos)
    {
        string s = _src;
        int len = _length;
        // ASCII fast path: no allocation when the name is already interned.
        while (pos < len)
        {
            char c = s[pos];
            if (c < 128 && CharacterClassifier.IsAsciiIdPart(c)) { pos++; continue; }
            if (c >= 128 || c == '\\') goto Slow;
            break;
        }
        {
            ReadOnlySpan<char> name = s.AsSpan(start, pos - start);
            TokenKind kind = LookupKeyword(name);
            t.Kind = kind;
            t.Value = kind == TokenKind.Identifier ? Intern(name) : s_keywordText[(int)kind];
            t.End = pos;
            _pos = pos;
            return;
        }
    Slow:
        {
            string value = ScanIdentifierName(start, pos, out int end, out bool escaped);
            t.End = end;
            _pos = end;
            if (escaped)
            {
                t.Flags |= TokenFlags.Escaped;
                t.Kind = LookupKeyword(value) == TokenKind.Identifier ? TokenKind.Identifier : TokenKind.EscapedKeyword;
            }
            else
            {
                TokenKind kind = LookupKeyword(value);
                t.Kind = kind;
                if (kind != TokenKind.Identifier) value = s_keywordText[(int)kind]!;
            }
            t.Value = value;
        }
    }

    /// <summary>
    /// General IdentifierName scanner (escapes, non-ASCII, surrogate pairs). [start, pos) is already validated.
    /// Returns the interned, decoded name.
    /// </summary>
    private string ScanIdentifierName(int start, int pos, out int end, out bool escaped)
    {
        string s = _src;
        int len = _length;
        StringBuilder? sb = null;
        int chunkStart = start;
        escaped = false;
        while (pos < len)
        {
            char c = s[pos];
            bool first = pos == start;
            if (c < 128)
            {
                if (c == '\\')
                {
                    // ECMA-262 §12.7: IdentifierStart/Part :: \ UnicodeEscapeSequence, and the code point
                    // must itself be an IdentifierStartChar / IdentifierPartChar (static semantics).
                    if (Peek(pos + 1) != 'u') throw Error("Invalid Unicode escape sequence", pos);
                    int after = ReadUnicodeEscape(pos + 2, out int cp);
                    if (after < 0) throw Error(cp == -2 ? "Undefined Unicode code-point" : "Invalid Unicode escape sequence", pos);
                    if (first ? !CharacterClassifier.IsIdStart(cp) : !CharacterClassifier.IsIdContinue(cp))
                        throw Error("Invalid Unicode escape sequence", pos);
                    sb ??= Builder();
                    sb.Append(s, chunkStart, pos - chunkStart);
                    AppendCodePoint(sb, cp);
                    escaped = true;
                    pos = after;
                    chunkStart = pos;
                    continue;
                }
                if (first ? CharacterClassifier.IsAsciiIdStart(c) : CharacterClassifier.IsAsciiIdPart(c)) { pos++; continue; }
                break;
            }
            int code = CodePointAt(pos);
            if (first ? !CharacterClassifier.IsIdStart(code) : !CharacterClassifier.IsIdContinue(code))
            {
                if (first) throw InvalidToken(pos);
                break;
            }
            pos += code > 0xFFFF ? 2 : 1;
        }
        end = pos;
        if (pos == start) throw InvalidToken(start);
        if (sb == null) return Intern(s.AsSpan(start, pos - start));
        sb.Append(s, chunkStart, pos - chunkStart);
        return InternBuilder(sb);
    }

    private string InternBuilder(StringBuilder sb)
    {
        if (sb.Length <= 256)
        {
            Span<char> buf = stackalloc char[sb.Length];
            sb.CopyTo(0, buf, sb.Length);
            return Intern(buf);
        }
        return Intern(sb.ToString());
    }

    private static void AppendCodePoint(StringBuilder sb, int cp)
    {
        if (cp <= 0xFFFF) sb.Append((char)cp);
        else
        {
            cp -= 0x10000;
            sb.Append((char)(0xD800 + (cp >> 10)));
            sb.Append((char)(0xDC00 + (cp & 0x3FF)));
        }
    }

    /// <summary>PrivateIdentifier :: # IdentifierName (ECMA-262 §12.7). A lone '#' is an error.</summary>
    private void ScanPrivateName(ref Token t)
    {
        int start = _pos;
        int p = start + 1;
        if (p >= _length) throw InvalidToken(start);
        char c = _src[p];
        bool ok = c < 128 ? CharacterClassifier.IsAsciiIdStart(c) || c == '\\' : CharacterClassifier.IsIdStart(CodePointAt(p));
        if (!ok) throw InvalidToken(start);
        string value = ScanIdentifierName(p, p, out int end, out bool escaped);
        t.Kind = TokenKind.PrivateName;
        if (escaped) t.Flags |= TokenFlags.Escaped;
        t.Value = value;
        t.End = end;
        _pos = end;
    }
}
