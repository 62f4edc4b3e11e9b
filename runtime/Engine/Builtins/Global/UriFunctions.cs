using System;
using System.Text;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins;

/// <summary>ECMA-262 §19.2.6 URI Handling Functions: decodeURI, decodeURIComponent, encodeURI,
/// encodeURIComponent over UTF-8 (§19.2.6.5 Encode, §19.2.6.6 Decode).</summary>
internal static class UriFunctions
{
    private const string UriReserved = ";/?:@&=+$,";
    private const string UriMark = "-_.!~*'()";

    public static void Install(Realm realm, JsObject global)
        => Builtin.DefineMethods(realm, global,
        [
            new("decodeURI", 1, static (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => Decode(Operations.ToString(Builtin.Arg(a, 0)), UriReserved + "#")),
            new("decodeURIComponent", 1, static (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => Decode(Operations.ToString(Builtin.Arg(a, 0)), "")),
            new("encodeURI", 1, static (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => Encode(Operations.ToString(Builtin.Arg(a, 0)), UriReserved + "#")),
            new("encodeURIComponent", 1, static (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => Encode(Operations.ToString(Builtin.Arg(a, 0)), "")),
        ]);

    private static bool IsUnreserved(char c)
        => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || UriMark.IndexOf(c) >= 0;

    // 19.2.6.5 Encode ( string, extraUnescaped )
    private static string Encode(string s, string extraUnescaped)
    {
        var r = new StringBuilder(s.Length);
        Span<byte> octets = stackalloc byte[4];
        for (int k = 0; k < s.Length; k++)
        {
            char c = s[k];
            if (IsUnreserved(c) || extraUnescaped.IndexOf(c) >= 0) { r.Append(c); continue; }
            int cp = c;
            if (char.IsSurrogate(c))
            {
                if (!char.IsHighSurrogate(c) || k + 1 >= s.Length || !char.IsLowSurrogate(s[k + 1]))
                    throw new JsException(ErrorKind.URIError, "URI malformed");
                cp = char.ConvertToUtf32(c, s[++k]);
            }
            int n = new Rune(cp).EncodeToUtf8(octets);
            for (int i = 0; i < n; i++) r.Append('%').Append(octets[i].ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
        }
        return r.ToString();
    }

    private static int HexOctet(string s, int at)
    {
        if (at + 2 > s.Length) return -1;
        int hi = HexDigit(s[at]), lo = HexDigit(s[at + 1]);
        return hi < 0 || lo < 0 ? -1 : hi * 16 + lo;
    }

    private static int HexDigit(char c) => c >= '0' && c <= '9' ? c - '0' : (c | 0x20) >= 'a' && (c | 0x20) <= 'f' ? (c | 0x20) - 'a' + 10 : -1;

    // 19.2.6.6 Decode ( string, preserveEscapeSet )
    private static string Decode(string s, string preserveEscapeSet)
    {
        var r = new StringBuilder(s.Length);
        for (int k = 0; k < s.Length; k++)
        {
            char c = s[k];
            if (c != '%') { r.Append(c); continue; }
            int start = k;
            if (k + 3 > s.Length) throw new JsException(ErrorKind.URIError, "URI malformed");
            int b = HexOctet(s, k + 1);
            if (b < 0) throw new JsException(ErrorKind.URIError, "URI malformed");
            k += 2;
            if (b < 0x80)
            {
                if (preserveEscapeSet.IndexOf((char)b) >= 0) r.Append(s, start, 3);
                else r.Append((char)b);
                continue;
            }
            int n = (b & 0xE0) == 0xC0 ? 2 : (b & 0xF0) == 0xE0 ? 3 : (b & 0xF8) == 0xF0 ? 4 : 0;
            if (n == 0) throw new JsException(ErrorKind.URIError, "URI malformed");
            int cp = b & (0xFF >> (n + 1));
            for (int j = 1; j < n; j++)
            {
                k++;
                if (k + 3 > s.Length || s[k] != '%') throw new JsException(ErrorKind.URIError, "URI malformed");
                int cont = HexOctet(s, k + 1);
                if (cont < 0 || (cont & 0xC0) != 0x80) throw new JsException(ErrorKind.URIError, "URI malformed");
                k += 2;
                cp = (cp << 6) | (cont & 0x3F);
            }
            // Overlong forms, surrogates and values past U+10FFFF are not valid UTF-8.
            int min = n == 2 ? 0x80 : n == 3 ? 0x800 : 0x10000;
            if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) throw new JsException(ErrorKind.URIError, "URI malformed");
            r.Append(char.ConvertFromUtf32(cp));
        }
        return r.ToString();
    }
}
