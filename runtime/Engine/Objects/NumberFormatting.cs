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

        // Shortest round-trip digits from .NET ("R"), then re-laid out per the spec's four cases.
        string r = x.ToString("R", CultureInfo.InvariantCulture);
        int e = r.IndexOfAny(['E', 'e']);
        int exponent = 0;
        string mantissa = r;
        if (e >= 0)
        {
            exponent = int.Parse(r.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            mantissa = r[..e];
        }
        int dot = mantissa.IndexOf('.');
        string intPart = dot < 0 ? mantissa : mantissa[..dot];
        string digits = dot < 0 ? mantissa : intPart + mantissa[(dot + 1)..];
        int n = intPart.Length + exponent;
        int lead = 0;
        while (lead < digits.Length - 1 && digits[lead] == '0') lead++;
        digits = digits[lead..];
        n -= lead;
        digits = digits.TrimEnd('0');
        if (digits.Length == 0) return "0";
        int k = digits.Length;

        if (k <= n && n <= 21) return digits + new string('0', n - k);
        if (0 < n && n <= 21) return digits[..n] + "." + digits[n..];
        if (-6 < n && n <= 0) return "0." + new string('0', -n) + digits;
        int exp = n - 1;
        string expText = (exp >= 0 ? "+" : "-") + Math.Abs(exp).ToString(CultureInfo.InvariantCulture);
        return k == 1 ? digits + "e" + expText : digits[..1] + "." + digits[1..] + "e" + expText;
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
    public static double StringToNumber(string str)
    {
        string s = TrimJs(str);
        if (s.Length == 0) return 0;
        if (s.Length > 2 && s[0] == '0')
        {
            int radix = s[1] switch { 'x' or 'X' => 16, 'o' or 'O' => 8, 'b' or 'B' => 2, _ => 0 };
            if (radix != 0) return ParseRadixDigits(s.AsSpan(2), radix);
        }
        int i = 0;
        if (s[0] == '+' || s[0] == '-') i = 1;
        if (string.CompareOrdinal(s, i, "Infinity", 0, 8) == 0 && s.Length - i == 8)
            return s[0] == '-' ? double.NegativeInfinity : double.PositiveInfinity;
        // StrUnsignedDecimalLiteral: digits [. digits] | . digits, then an optional exponent.
        int digitsBefore = 0, digitsAfter = 0;
        while (i < s.Length && (uint)(s[i] - '0') <= 9) { i++; digitsBefore++; }
        if (i < s.Length && s[i] == '.')
        {
            i++;
            while (i < s.Length && (uint)(s[i] - '0') <= 9) { i++; digitsAfter++; }
        }
        if (digitsBefore + digitsAfter == 0) return double.NaN;
        if (i < s.Length && (s[i] == 'e' || s[i] == 'E'))
        {
            i++;
            if (i < s.Length && (s[i] == '+' || s[i] == '-')) i++;
            int expDigits = 0;
            while (i < s.Length && (uint)(s[i] - '0') <= 9) { i++; expDigits++; }
            if (expDigits == 0) return double.NaN;
        }
        if (i != s.Length) return double.NaN;
        return double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    private static double ParseRadixDigits(ReadOnlySpan<char> digits, int radix)
    {
        double value = 0;
        foreach (char c in digits)
        {
            int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'z' ? c - 'a' + 10 : c >= 'A' && c <= 'Z' ? c - 'A' + 10 : 99;
            if (d >= radix) return double.NaN;
            value = value * radix + d;
        }
        return value;
    }
}
