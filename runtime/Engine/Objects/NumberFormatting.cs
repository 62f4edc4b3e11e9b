using System;
using System.Globalization;

namespace Aot.Engine.Objects;

/// <summary>Number ↔ string conversions of ECMA-262 §6.1.6.1.20 Number::toString and §7.1.4.1.1 StringToNumber.</summary>
public static class NumberFormatting
{
    private static readonly string[] SmallIntegers = CreateSmallIntegers();

    private static string[] CreateSmallIntegers()
    {
        var table = new string[256];
        for (int i = 0; i < table.Length; i++) table[i] = i.ToString(CultureInfo.InvariantCulture);
        return table;
    }

    /// <summary>§6.1.6.1.20 Number::toString(x, 10): the shortest round-tripping digits in JS layout.</summary>
    public static string ToString(double x)
    {
        if (x >= 0 && x < 256 && x == (int)x) return x == 0 ? "0" : SmallIntegers[(int)x];
        if (double.IsNaN(x)) return "NaN";
        if (x == 0) return "0";
        if (double.IsInfinity(x)) return x > 0 ? "Infinity" : "-Infinity";
        if (x < 0) return "-" + ToString(-x);
        if (x < 9007199254740992 && x == Math.Floor(x)) return ((long)x).ToString(CultureInfo.InvariantCulture);
        return Builtins.Number.NumberConversions.ToString(x);
    }

    /// <summary>ECMA-262 §12.2 WhiteSpace and §12.3 LineTerminator.</summary>
    public static bool IsJsWhiteSpace(char c) => c switch
    {
        '\t' or '\v' or '\f' or ' ' or '\u00A0' or '\uFEFF' or '\n' or '\r' or '\u2028' or '\u2029' => true,
        _ => c > 127 && c != '\u0085' && c != '\u180E' && char.IsWhiteSpace(c),
    };

    public static string TrimJs(string s)
    {
        int start = 0, end = s.Length;
        while (start < end && IsJsWhiteSpace(s[start])) start++;
        while (end > start && IsJsWhiteSpace(s[end - 1])) end--;
        return start == 0 && end == s.Length ? s : s[start..end];
    }

    /// <summary>§7.1.4.1.1 StringToNumber (StringNumericLiteral grammar, NaN when it does not match).</summary>
    public static double StringToNumber(string str) => Builtins.Number.NumberConversions.StringToNumber(str);
}
