using System;
using System.Globalization;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins;

/// <summary>ECMA-262 §19.1 value properties and §19.2 function properties of the global object.</summary>
internal static class GlobalFunctions
{
    private static readonly BuiltinMethod[] Methods =
    [
        new("isFinite", 1, static (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => double.IsFinite(Operations.ToNumber(Builtin.Arg(a, 0)))),
        new("isNaN", 1, static (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => double.IsNaN(Operations.ToNumber(Builtin.Arg(a, 0)))),
        new("parseFloat", 1, ParseFloat),
        new("parseInt", 2, ParseInt),
    ];

    public static void Install(Realm realm, JsObject global)
    {
        global.AddProperty("globalThis", JsValue.FromObject(global), PropertyFlags.Hidden);
        global.AddProperty("Infinity", double.PositiveInfinity, PropertyFlags.None);
        global.AddProperty("NaN", double.NaN, PropertyFlags.None);
        global.AddProperty("undefined", JsValue.Undefined, PropertyFlags.None);
        Builtin.DefineMethods(realm, global, Methods);
    }

    // 19.2.4 parseFloat ( string )
    private static JsValue ParseFloat(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        string s = NumberFormatting.TrimJs(Operations.ToString(Builtin.Arg(args, 0)));
        int i = 0;
        if (i < s.Length && (s[i] == '+' || s[i] == '-')) i++;
        if (string.CompareOrdinal(s, i, "Infinity", 0, 8) == 0) return s[0] == '-' ? double.NegativeInfinity : double.PositiveInfinity;
        int digits = 0;
        while (i < s.Length && char.IsAsciiDigit(s[i])) { i++; digits++; }
        if (i < s.Length && s[i] == '.') { i++; while (i < s.Length && char.IsAsciiDigit(s[i])) { i++; digits++; } }
        if (digits == 0) return double.NaN;
        if (i < s.Length && (s[i] | 0x20) == 'e')
        {
            int save = i++;
            if (i < s.Length && (s[i] == '+' || s[i] == '-')) i++;
            int exp = 0;
            while (i < s.Length && char.IsAsciiDigit(s[i])) { i++; exp++; }
            if (exp == 0) i = save;
        }
        string prefix = s[..i];
        if (prefix.EndsWith('.')) prefix = prefix[..^1];
        return double.Parse(prefix.Length == 0 || prefix == "+" || prefix == "-" ? "0" : prefix, NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    // 19.2.5 parseInt ( string, radix )
    private static JsValue ParseInt(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        string s = NumberFormatting.TrimJs(Operations.ToString(Builtin.Arg(args, 0)));
        int sign = 1, i = 0;
        if (i < s.Length && (s[i] == '+' || s[i] == '-')) { if (s[i] == '-') sign = -1; i++; }
        int radix = Operations.ToInt32(Builtin.Arg(args, 1));
        bool stripPrefix = true;
        if (radix != 0)
        {
            if (radix < 2 || radix > 36) return double.NaN;
            if (radix != 16) stripPrefix = false;
        }
        else radix = 10;
        if (stripPrefix && i + 1 < s.Length && s[i] == '0' && (s[i + 1] | 0x20) == 'x') { i += 2; radix = 16; }
        double value = 0;
        int start = i;
        for (; i < s.Length; i++)
        {
            char c = s[i];
            int d = c >= '0' && c <= '9' ? c - '0' : (c | 0x20) >= 'a' && (c | 0x20) <= 'z' ? (c | 0x20) - 'a' + 10 : 99;
            if (d >= radix) break;
            value = value * radix + d;
        }
        if (i == start) return double.NaN;
        if (radix == 10 && i - start > 15) value = double.Parse(s.AsSpan(start, i - start), NumberStyles.None, CultureInfo.InvariantCulture);
        return sign * value;
    }
}
