using System;
using System.Collections.Generic;
using System.Text;

namespace Aot.Runtime.Modules.Resolution;

/// <summary>
/// The named exports Node offers for <c>import { x } from './file.cjs'</c>: a port of the behaviour of
/// cjs-module-lexer 2.x (bundled with Node 20), matching its token grammar against the output of
/// <see cref="CjsTokenizer"/>:
/// <list type="bullet">
/// <item><c>exports.a =</c>, <c>exports['a'] =</c>, <c>module.exports.a =</c> anywhere (no scope analysis);</item>
/// <item><c>Object.defineProperty(exports, 'a', { value: ... })</c> and the getter forms returning an
/// identifier or one member access; any other define of a name opts that name out entirely;</item>
/// <item><c>module.exports = { a, b: c, 'd': e, ...require('x') }</c> up to the first unsupported property
/// (which includes esbuild's <c>0 &amp;&amp; (module.exports = { a, b })</c> annotation);</item>
/// <item>reexports: the last <c>module.exports = require('x')</c> or object-literal spreads, and at the
/// top level <c>__export(require('x'))</c> / <c>__exportStar(require('x'), exports)</c> and Babel's
/// <c>var _x = require('x'); Object.keys(_x).forEach(function (key) { ... exports[key] = _x[key] ... })</c>.</item>
/// </list>
/// It never throws: on input Node's lexer rejects, it returns what it found with <see cref="CjsExports.IsComplete"/> false.
/// </summary>
public sealed class CjsExportDetector
{
    private readonly string _source;
    private readonly List<CjsToken> _tokens;
    private readonly List<string> _exports = new();
    private readonly HashSet<string> _exportSet = new(StringComparer.Ordinal);
    private readonly HashSet<string> _unsafeGetters = new(StringComparer.Ordinal);
    private readonly List<string> _starReexports = new();
    private List<string> _moduleReexports = new();
    private readonly Dictionary<string, string> _starExportBindings = new(StringComparer.Ordinal);

    private CjsExportDetector(string source, List<CjsToken> tokens)
    {
        _source = source;
        _tokens = tokens;
    }

    /// <summary>Detects the exports and reexports of a CommonJS module's source.</summary>
    public static CjsExports Detect(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        List<CjsToken> tokens;
        bool complete;
        try
        {
            tokens = CjsTokenizer.Tokenize(source, out complete);
        }
        catch (Exception e) when (e is ArgumentException or IndexOutOfRangeException or InvalidOperationException)
        {
            // Defensive: the tokenizer is written not to throw; a bug must not take the import down.
            return new CjsExports([], [], false);
        }
        var detector = new CjsExportDetector(source, tokens);
        if (!detector.Scan()) complete = false;
        return detector.Result(complete);
    }

    private CjsExports Result(bool complete)
    {
        var exports = new List<string>(_exports.Count);
        foreach (string name in _exports)
            if (!_unsafeGetters.Contains(name)) exports.Add(name);
        var reexports = new List<string>(_starReexports.Count + _moduleReexports.Count);
        foreach (string specifier in _starReexports)
            if (!reexports.Contains(specifier)) reexports.Add(specifier);
        foreach (string specifier in _moduleReexports)
            if (!reexports.Contains(specifier)) reexports.Add(specifier);
        return new CjsExports(exports, reexports, complete);
    }

    // Walks the tokens and tries each pattern at the identifier that starts it. False when an
    // import/export statement makes the source an ES module (cjs-module-lexer throws there).
    private bool Scan()
    {
        for (int i = 0; i < _tokens.Count; i++)
        {
            CjsToken token = _tokens[i];
            if (token.Kind != CjsTokenKind.Identifier || token.Escaped) continue;
            bool keywordStart = !AfterDot(i);
            switch (_source[token.Start])
            {
                case 'e' when keywordStart && IsText(i, "exports"):
                    TryExportsMember(i + 1, moduleExports: false);
                    break;
                case 'e' when keywordStart && token.Depth == 0 && IsText(i, "export"):
                    return false;
                // Only dynamic import() is CommonJS; a static import or import.meta is not.
                case 'i' when keywordStart && token.Depth == 0 && IsText(i, "import") && !IsPunctuator(i + 1, "("):
                    return false;
                case 'm' when keywordStart && IsText(i, "module") && IsPunctuator(i + 1, ".") && IsIdentifier(i + 2, "exports"):
                    TryExportsMember(i + 3, moduleExports: true);
                    break;
                case 'O' when keywordStart && IsText(i, "Object") && IsPunctuator(i + 1, "."):
                    if (IsIdentifier(i + 2, "defineProperty")) TryDefineProperty(i + 3);
                    else if (token.Depth == 0 && IsIdentifier(i + 2, "keys")) TryBabelStarExport(i + 3);
                    break;
                case 'r' when keywordStart && token.Depth <= 1 && IsText(i, "require"):
                    TryStarExportBinding(i);
                    break;
                case '_' when token.Depth == 0 && (IsText(i, "__export") || IsText(i, "__exportStar")):
                    TryExportStarHelper(i);
                    break;
            }
        }
        return true;
    }

    // EXPORTS_DOT_ASSIGN, EXPORTS_LITERAL_COMPUTED_ASSIGN, and for module.exports also
    // MODULE_EXPORTS_ASSIGN and EXPORTS_LITERAL. i is the token after "exports".
    private void TryExportsMember(int i, bool moduleExports)
    {
        if (IsPunctuator(i, "."))
        {
            if (IsAnyIdentifier(i + 1) && StartsWithEquals(i + 2)) AddExport(Text(i + 1));
            return;
        }
        if (IsPunctuator(i, "["))
        {
            if (Kind(i + 1) == CjsTokenKind.String && IsPunctuator(i + 2, "]") && StartsWithEquals(i + 3)
                && StringValue(i + 1) is string name)
                AddExport(name);
            return;
        }
        if (moduleExports && IsPunctuator(i, "="))
        {
            if (IsPunctuator(i + 1, "{"))
            {
                // The last module.exports assignment decides the module reexports.
                _moduleReexports = new List<string>();
                TryLiteralExports(i + 2);
            }
            else if (TryRequireCall(i + 1, out string? specifier, out _))
            {
                _moduleReexports = new List<string> { specifier };
            }
        }
    }

    // EXPORTS_LITERAL: { a, b: c, 'd': e, ...f, ...require('g') } until the first property it cannot read.
    private void TryLiteralExports(int i)
    {
        while (i < _tokens.Count)
        {
            if (IsPunctuator(i, "}")) return;
            if (IsAnyIdentifier(i))
            {
                string name = Text(i);
                if (IsPunctuator(i + 1, ":"))
                {
                    if (!IsAnyIdentifier(i + 2)) return;
                    AddExport(name);
                    i += 3;
                }
                else
                {
                    AddExport(name);
                    i++;
                }
            }
            else if (Kind(i) == CjsTokenKind.String)
            {
                if (!IsPunctuator(i + 1, ":") || !IsAnyIdentifier(i + 2)) return;
                if (StringValue(i) is string name) AddExport(name);
                i += 3;
            }
            else if (IsPunctuator(i, "..."))
            {
                if (TryRequireCall(i + 1, out string? specifier, out int next))
                {
                    _moduleReexports.Add(specifier);
                    i = next;
                }
                else if (IsAnyIdentifier(i + 1))
                {
                    i += 2;
                }
                else return;
            }
            else return;

            if (IsPunctuator(i, "}")) return;
            if (!IsPunctuator(i, ",")) return;
            i++;
        }
    }

    // EXPORTS_DEFINE: Object.defineProperty(EXPORTS_IDENTIFIER, 'name', descriptor). Only the value form
    // and getters returning an identifier or one member access count (EXPORTS_DEFINE_VALUE); any other
    // descriptor marks the name as an unsafe getter, removed from the result. i is the token after "defineProperty".
    private void TryDefineProperty(int i)
    {
        if (!IsPunctuator(i, "(")) return;
        int next = SkipExportsIdentifier(i + 1);
        if (next < 0 || !IsPunctuator(next, ",") || Kind(next + 1) != CjsTokenKind.String) return;
        string? name = StringValue(next + 1);
        if (name == null) return;
        if (IsSafeDescriptor(next + 2)) AddExport(name);
        else _unsafeGetters.Add(name);
    }

    // `, {` (`enumerable: true,`)? ( `value:` | getter ) `})`.
    private bool IsSafeDescriptor(int i)
    {
        if (!IsPunctuator(i, ",") || !IsPunctuator(i + 1, "{")) return false;
        i += 2;
        if (IsIdentifier(i, "enumerable"))
        {
            if (!IsPunctuator(i + 1, ":") || !IsIdentifier(i + 2, "true") || !IsPunctuator(i + 3, ",")) return false;
            i += 4;
        }
        if (IsIdentifier(i, "value")) return IsPunctuator(i + 1, ":");
        if (!IsIdentifier(i, "get")) return false;
        i++;
        // `get: function name? ()` or the method form `get ()`.
        if (IsPunctuator(i, ":"))
        {
            if (!IsIdentifier(i + 1, "function")) return false;
            i += 2;
            if (IsAnyIdentifier(i)) i++;
        }
        if (!IsPunctuator(i, "(") || !IsPunctuator(i + 1, ")") || !IsPunctuator(i + 2, "{") || !IsIdentifier(i + 3, "return")) return false;
        i += 4;
        if (!IsAnyIdentifier(i)) return false;
        i++;
        if (IsPunctuator(i, ".") && IsAnyIdentifier(i + 1)) i += 2;
        else if (IsPunctuator(i, "[") && Kind(i + 1) == CjsTokenKind.String && IsPunctuator(i + 2, "]")) i += 3;
        if (IsPunctuator(i, ";")) i++;
        if (!IsPunctuator(i, "}")) return false;
        i++;
        if (IsPunctuator(i, ",")) i++;
        return IsPunctuator(i, "}") && IsPunctuator(i + 1, ")");
    }

    // EXPORTS_ASSIGN: `var|let|const ID = require('x')` (or Babel's `_interopRequireWildcard(require('x'))`)
    // at the top level, remembered for a later Object.keys(ID) star export. i is the "require" token.
    private void TryStarExportBinding(int i)
    {
        if (!TryRequireCall(i, out string? specifier, out _)) return;
        int assign = i - 1;
        if (IsPunctuator(assign, "(") && IsIdentifier(assign - 1, "_interopRequireWildcard")) assign -= 2;
        if (!IsPunctuator(assign, "=") || _tokens[assign].Depth != 0 || !IsAnyIdentifier(assign - 1)) return;
        if (!(IsIdentifier(assign - 2, "var") || IsIdentifier(assign - 2, "let") || IsIdentifier(assign - 2, "const"))) return;
        _starExportBindings[Text(assign - 1)] = specifier;
    }

    // EXPORT_STAR: `__export(require('x'))` / `__exportStar(require('x'), exports)`, also as `tslib.__exportStar`,
    // with nothing between the name, '(' and "require". i is the helper name token.
    private void TryExportStarHelper(int i)
    {
        if (i > 0 && IsAnyIdentifier(i - 1) && _tokens[i - 1].End == _tokens[i].Start) return;
        if (!IsPunctuator(i + 1, "(") || _tokens[i + 1].Start != _tokens[i].End) return;
        if (!IsIdentifier(i + 2, "require") || _tokens[i + 2].Start != _tokens[i + 1].End) return;
        if (TryRequireCall(i + 2, out string? specifier, out _)) _starReexports.Add(specifier);
    }

    // EXPORT_STAR_LIB: Babel's `Object.keys(_x).forEach(function (key) { ... })`. i is the token after "keys".
    private void TryBabelStarExport(int i)
    {
        if (!IsPunctuator(i, "(") || !IsAnyIdentifier(i + 1) || !IsPunctuator(i + 2, ")")) return;
        string source = Text(i + 1);
        i += 3;
        if (!IsPunctuator(i, ".") || !IsIdentifier(i + 1, "forEach") || !IsPunctuator(i + 2, "(") || !IsIdentifier(i + 3, "function")
            || !IsPunctuator(i + 4, "(") || !IsAnyIdentifier(i + 5) || !IsPunctuator(i + 6, ")") || !IsPunctuator(i + 7, "{"))
            return;
        string key = Text(i + 5);
        i += 8;

        // `if (key === "default" || key === "__esModule") return;` or `if (key !== "default")`.
        if (!IsIdentifier(i, "if") || !IsPunctuator(i + 1, "(") || !IsIdentifier(i + 2, key)) return;
        i += 3;
        if (IsPunctuator(i, "===") && IsStringValue(i + 1, "default") && IsPunctuator(i + 2, "||") && IsIdentifier(i + 3, key)
            && IsPunctuator(i + 4, "===") && IsStringValue(i + 5, "__esModule") && IsPunctuator(i + 6, ")") && IsIdentifier(i + 7, "return"))
        {
            i += 8;
            if (IsPunctuator(i, ";")) i++;
        }
        else if (IsPunctuator(i, "!==") && IsStringValue(i + 1, "default") && IsPunctuator(i + 2, ")"))
        {
            i += 3;
        }
        else return;

        // Optional `if (Object.prototype.hasOwnProperty.call(_exportNames, key)) return;`.
        if (IsIdentifier(i, "if") && IsPunctuator(i + 1, "(") && IsIdentifier(i + 2, "Object") && IsPunctuator(i + 3, ".")
            && IsIdentifier(i + 4, "prototype") && IsPunctuator(i + 5, ".") && IsIdentifier(i + 6, "hasOwnProperty")
            && IsPunctuator(i + 7, ".") && IsIdentifier(i + 8, "call") && IsPunctuator(i + 9, "(") && IsAnyIdentifier(i + 10)
            && IsPunctuator(i + 11, ",") && IsIdentifier(i + 12, key) && IsPunctuator(i + 13, ")") && IsPunctuator(i + 14, ")")
            && IsIdentifier(i + 15, "return"))
        {
            i += 16;
            if (IsPunctuator(i, ";")) i++;
        }

        // Optional `if (key in exports && exports[key] === _x[key]) return;`.
        if (IsIdentifier(i, "if") && IsPunctuator(i + 1, "(") && IsIdentifier(i + 2, key) && IsIdentifier(i + 3, "in"))
        {
            int j = SkipExportsIdentifier(i + 4);
            if (j < 0 || !IsPunctuator(j, "&&")) return;
            j = SkipExportsIdentifier(j + 1);
            if (j < 0 || !IsIndexedBy(j, key) || !IsPunctuator(j + 3, "===") || !IsIdentifier(j + 4, source) || !IsIndexedBy(j + 5, key)
                || !IsPunctuator(j + 8, ")") || !IsIdentifier(j + 9, "return"))
                return;
            i = j + 10;
            if (IsPunctuator(i, ";")) i++;
        }

        // `exports[key] = _x[key];` or the getter define.
        int k = SkipExportsIdentifier(i);
        if (k >= 0)
        {
            if (!IsIndexedBy(k, key) || !IsPunctuator(k + 3, "=") || !IsIdentifier(k + 4, source) || !IsIndexedBy(k + 5, key)) return;
            i = k + 8;
            if (IsPunctuator(i, ";")) i++;
        }
        else if (IsIdentifier(i, "Object") && IsPunctuator(i + 1, ".") && IsIdentifier(i + 2, "defineProperty") && IsPunctuator(i + 3, "("))
        {
            int j = SkipExportsIdentifier(i + 4);
            if (j < 0 || !IsPunctuator(j, ",") || !IsIdentifier(j + 1, key) || !IsPunctuator(j + 2, ",") || !IsPunctuator(j + 3, "{")
                || !IsIdentifier(j + 4, "enumerable") || !IsPunctuator(j + 5, ":") || !IsIdentifier(j + 6, "true") || !IsPunctuator(j + 7, ",")
                || !IsIdentifier(j + 8, "get") || !IsPunctuator(j + 9, ":") || !IsIdentifier(j + 10, "function") || !IsPunctuator(j + 11, "(")
                || !IsPunctuator(j + 12, ")") || !IsPunctuator(j + 13, "{") || !IsIdentifier(j + 14, "return") || !IsIdentifier(j + 15, source)
                || !IsIndexedBy(j + 16, key))
                return;
            i = j + 19;
            if (IsPunctuator(i, ";")) i++;
            if (!IsPunctuator(i, "}") || !IsPunctuator(i + 1, "}") || !IsPunctuator(i + 2, ")")) return;
            i += 3;
            if (IsPunctuator(i, ";")) i++;
        }
        else return;

        if (!IsPunctuator(i, "}") || !IsPunctuator(i + 1, ")")) return;
        if (_starExportBindings.TryGetValue(source, out string? specifier)) _starReexports.Add(specifier);
    }

    // REQUIRE: `require ( STRING_LITERAL )` starting at token i.
    private bool TryRequireCall(int i, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? specifier, out int next)
    {
        specifier = null;
        next = i;
        if (!IsIdentifier(i, "require") || !IsPunctuator(i + 1, "(") || Kind(i + 2) != CjsTokenKind.String || !IsPunctuator(i + 3, ")"))
            return false;
        specifier = StringValue(i + 2);
        next = i + 4;
        return specifier != null;
    }

    // EXPORTS_IDENTIFIER at i: `exports` or `module.exports`; the index after it, or -1.
    private int SkipExportsIdentifier(int i)
    {
        if (IsIdentifier(i, "exports")) return i + 1;
        if (IsIdentifier(i, "module") && IsPunctuator(i + 1, ".") && IsIdentifier(i + 2, "exports")) return i + 3;
        return -1;
    }

    // `[ key ]` at i.
    private bool IsIndexedBy(int i, string key) => IsPunctuator(i, "[") && IsIdentifier(i + 1, key) && IsPunctuator(i + 2, "]");

    private void AddExport(string name)
    {
        if (_exportSet.Add(name)) _exports.Add(name);
    }

    private CjsTokenKind? Kind(int i) => (uint)i < (uint)_tokens.Count ? _tokens[i].Kind : null;

    private bool AfterDot(int i) => _tokens[i].Start > 0 && _source[_tokens[i].Start - 1] == '.';

    private bool IsText(int i, string text)
    {
        CjsToken token = _tokens[i];
        return token.End - token.Start == text.Length && string.CompareOrdinal(_source, token.Start, text, 0, text.Length) == 0;
    }

    private bool IsAnyIdentifier(int i) => (uint)i < (uint)_tokens.Count && _tokens[i].Kind == CjsTokenKind.Identifier && !_tokens[i].Escaped;

    private bool IsIdentifier(int i, string name) => IsAnyIdentifier(i) && IsText(i, name);

    private bool IsPunctuator(int i, string text) =>
        (uint)i < (uint)_tokens.Count && _tokens[i].Kind == CjsTokenKind.Punctuator && IsText(i, text);

    // '=', '==', '===' and '=>' all satisfy cjs-module-lexer's "next character is '='" test.
    private bool StartsWithEquals(int i) =>
        (uint)i < (uint)_tokens.Count && _tokens[i].Kind == CjsTokenKind.Punctuator && _source[_tokens[i].Start] == '=';

    private bool IsStringValue(int i, string value) => Kind(i) == CjsTokenKind.String && StringValue(i) == value;

    private string Text(int i) => _source.Substring(_tokens[i].Start, _tokens[i].End - _tokens[i].Start);

    /// <summary>The cooked value of the string literal at token i; null when it is not well-formed UTF-16 (a lone surrogate).</summary>
    private string? StringValue(int i)
    {
        CjsToken token = _tokens[i];
        string? value = CookString(_source.AsSpan(token.Start + 1, token.End - token.Start - 2));
        return value != null && IsWellFormed(value) ? value : null;
    }

    private static string? CookString(ReadOnlySpan<char> body)
    {
        if (body.IndexOf('\\') < 0) return body.ToString();
        var builder = new StringBuilder(body.Length);
        for (int i = 0; i < body.Length; i++)
        {
            char c = body[i];
            if (c != '\\') { builder.Append(c); continue; }
            if (++i >= body.Length) return null;
            c = body[i];
            switch (c)
            {
                case 'n': builder.Append('\n'); break;
                case 't': builder.Append('\t'); break;
                case 'r': builder.Append('\r'); break;
                case 'b': builder.Append('\b'); break;
                case 'f': builder.Append('\f'); break;
                case 'v': builder.Append('\v'); break;
                case '\r':
                    if (i + 1 < body.Length && body[i + 1] == '\n') i++;
                    break;
                case '\n': case '\u2028': case '\u2029': break;
                case 'x':
                    if (i + 2 >= body.Length || !char.IsAsciiHexDigit(body[i + 1]) || !char.IsAsciiHexDigit(body[i + 2])) return null;
                    builder.Append((char)Convert.ToInt32(body.Slice(i + 1, 2).ToString(), 16));
                    i += 2;
                    break;
                case 'u':
                {
                    int cp;
                    if (i + 1 < body.Length && body[i + 1] == '{')
                    {
                        int close = body.Slice(i + 2).IndexOf('}');
                        if (close <= 0 || close > 6) return null;
                        ReadOnlySpan<char> hex = body.Slice(i + 2, close);
                        foreach (char h in hex) if (!char.IsAsciiHexDigit(h)) return null;
                        cp = Convert.ToInt32(hex.ToString(), 16);
                        if (cp > 0x10FFFF) return null;
                        i += close + 2;
                    }
                    else
                    {
                        if (i + 4 >= body.Length) return null;
                        ReadOnlySpan<char> hex = body.Slice(i + 1, 4);
                        foreach (char h in hex) if (!char.IsAsciiHexDigit(h)) return null;
                        cp = Convert.ToInt32(hex.ToString(), 16);
                        i += 4;
                    }
                    if (cp >= 0x10000) builder.Append(char.ConvertFromUtf32(cp));
                    else builder.Append((char)cp);
                    break;
                }
                default:
                    if (c >= '0' && c <= '7')
                    {
                        // Legacy octal escapes (sloppy mode): up to three digits, at most \377.
                        int value = c - '0';
                        int limit = c <= '3' ? 2 : 1;
                        while (limit-- > 0 && i + 1 < body.Length && body[i + 1] >= '0' && body[i + 1] <= '7')
                            value = value * 8 + (body[++i] - '0');
                        builder.Append((char)value);
                    }
                    else builder.Append(c);
                    break;
            }
        }
        return builder.ToString();
    }

    private static bool IsWellFormed(string value)
    {
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (char.IsHighSurrogate(c))
            {
                if (i + 1 >= value.Length || !char.IsLowSurrogate(value[i + 1])) return false;
                i++;
            }
            else if (char.IsLowSurrogate(c)) return false;
        }
        return true;
    }
}
