using System;
using System.Text;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins;

/// <summary>ECMA-262 Annex B.2.1 escape and unescape (global functions of web browsers).</summary>
internal static class LegacyEscape
{
    private const string Unescaped = "@*_+-./";

    public static void Install(Realm realm, JsObject global)
        => Builtin.DefineMethods(realm, global,
        [
            new("escape", 1, static (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => Escape(Operations.ToString(Builtin.Arg(a, 0)))),
            new("unescape", 1, static (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => Unescape(Operations.ToString(Builtin.Arg(a, 0)))),
        ]);

    private const string Hex = "0123456789ABCDEF";

    /// <summary>B.2.1.1 escape(string): ASCII letters, digits and "@*_+-./" stay; other code units
    /// below 256 become %XX, the rest %uXXXX.</summary>
    private static string Escape(string s)
    {
        StringBuilder? r = null;
        for (int k = 0; k < s.Length; k++)
        {
            char c = s[k];
            if (c < 128 && (char.IsAsciiLetterOrDigit(c) || Unescaped.IndexOf(c) >= 0))
            {
                r?.Append(c);
                continue;
            }
            r ??= new StringBuilder(s.Length * 3).Append(s, 0, k);
            if (c < 256) r.Append('%').Append(Hex[c >> 4]).Append(Hex[c & 15]);
            else r.Append("%u").Append(Hex[c >> 12]).Append(Hex[(c >> 8) & 15]).Append(Hex[(c >> 4) & 15]).Append(Hex[c & 15]);
        }
        return r?.ToString() ?? s;
    }

    /// <summary>B.2.1.2 unescape(string): %uXXXX and %XX become the code unit; malformed escapes stay.</summary>
    private static string Unescape(string s)
    {
        if (s.IndexOf('%') < 0) return s;
        var r = new StringBuilder(s.Length);
        for (int k = 0; k < s.Length; k++)
        {
            char c = s[k];
            if (c == '%')
            {
                if (k + 6 <= s.Length && s[k + 1] == 'u' && TryHex(s, k + 2, 4, out int u))
                {
                    r.Append((char)u);
                    k += 5;
                    continue;
                }
                if (k + 3 <= s.Length && TryHex(s, k + 1, 2, out int b))
                {
                    r.Append((char)b);
                    k += 2;
                    continue;
                }
            }
            r.Append(c);
        }
        return r.ToString();
    }

    private static bool TryHex(string s, int at, int count, out int value)
    {
        value = 0;
        for (int i = 0; i < count; i++)
        {
            char c = s[at + i];
            int d = c >= '0' && c <= '9' ? c - '0' : (c | 0x20) >= 'a' && (c | 0x20) <= 'f' ? (c | 0x20) - 'a' + 10 : -1;
            if (d < 0) return false;
            value = value * 16 + d;
        }
        return true;
    }
}
