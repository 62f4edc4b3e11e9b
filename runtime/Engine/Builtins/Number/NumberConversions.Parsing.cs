using System;
using System.Globalization;
using System.Numerics;

namespace Aot.Engine.Builtins.Number;

// ECMA-262 §7.1.4.1.1 StringToNumber, §19.2.4 parseFloat, §19.2.5 parseInt.
public static partial class NumberConversions
{
    /// <summary>
    /// StrWhiteSpaceChar (§7.1.4.1): WhiteSpace (TAB, VT, FF, ZWNBSP, any Zs code point) and
    /// LineTerminator (LF, CR, LS, PS). The Zs set is spelled out (Unicode 15) so the answer
    /// does not depend on the runtime's Unicode tables.
    /// </summary>
    public static bool IsStrWhiteSpace(char c)
    {
        switch (c)
        {
            case '\t': case '\n': case '\v': case '\f': case '\r': case ' ':
            case '\u00A0': case '\u1680': case '\u2028': case '\u2029': case '\u202F':
            case '\u205F': case '\u3000': case '\uFEFF':
                return true;
            default:
                return c >= '\u2000' && c <= '\u200A';
        }
    }

    /// <summary>Trims StrWhiteSpaceChar from both ends (TrimString(s, start+end), §22.1.3.32.1).</summary>
    public static ReadOnlySpan<char> TrimStrWhiteSpace(ReadOnlySpan<char> s)
    {
        int start = 0, end = s.Length;
        while (start < end && IsStrWhiteSpace(s[start])) start++;
        while (end > start && IsStrWhiteSpace(s[end - 1])) end--;
        return s.Slice(start, end - start);
    }

    private static ReadOnlySpan<char> TrimStartStrWhiteSpace(ReadOnlySpan<char> s)
    {
        int start = 0;
        while (start < s.Length && IsStrWhiteSpace(s[start])) start++;
        return s.Slice(start);
    }

    /// <summary>Digit value of c in radix 36 (0-35), or 36 when c is not an ASCII letter/digit.</summary>
    internal static int DigitValue(char c)
    {
        if (c >= '0' && c <= '9') return c - '0';
        int lower = c | 0x20;
        if (lower >= 'a' && lower <= 'z') return lower - 'a' + 10;
        return 36;
    }

    /// <summary>§7.1.4.1.1 StringToNumber(str): NaN when str is not a StringNumericLiteral.</summary>
    public static double StringToNumber(string str) => StringToNumber(str.AsSpan());

    /// <inheritdoc cref="StringToNumber(string)"/>
    public static double StringToNumber(ReadOnlySpan<char> str)
    {
        ReadOnlySpan<char> s = TrimStrWhiteSpace(str);
        // StringNumericLiteral ::: StrWhiteSpace_opt → 0.
        if (s.IsEmpty) return 0;
        // NonDecimalIntegerLiteral (no sign, no separators).
        if (s.Length > 2 && s[0] == '0')
        {
            int radix = (s[1] | 0x20) switch { 'x' => 16, 'o' => 8, 'b' => 2, _ => 0 };
            if (radix != 0)
            {
                ReadOnlySpan<char> digits = s.Slice(2);
                foreach (char c in digits)
                    if (DigitValue(c) >= radix) return double.NaN;
                return PowerOfTwoRadixToDouble(digits, radix);
            }
        }
        // StrDecimalLiteral must cover the whole string.
        int end = ScanStrDecimalLiteral(s, out double infinity);
        if (end != s.Length) return double.NaN;
        if (!double.IsNaN(infinity)) return infinity;
        return ParseDecimalPrefix(s);
    }

    /// <summary>
    /// Length of the longest prefix of s that is a StrDecimalLiteral (§7.1.4.1), 0 when none.
    /// When the prefix is [+-]Infinity, <paramref name="infinity"/> receives its value (else NaN).
    /// </summary>
    private static int ScanStrDecimalLiteral(ReadOnlySpan<char> s, out double infinity)
    {
        infinity = double.NaN;
        int i = 0;
        bool negative = false;
        if (i < s.Length && (s[i] == '+' || s[i] == '-')) { negative = s[i] == '-'; i++; }
        if (s.Slice(i).StartsWith("Infinity", StringComparison.Ordinal))
        {
            infinity = negative ? double.NegativeInfinity : double.PositiveInfinity;
            return i + 8;
        }
        int digitsStart = i;
        while (i < s.Length && (uint)(s[i] - '0') <= 9) i++;
        int intDigits = i - digitsStart;
        int fracDigits = 0;
        if (i < s.Length && s[i] == '.')
        {
            int f = i + 1;
            while (f < s.Length && (uint)(s[f] - '0') <= 9) f++;
            fracDigits = f - i - 1;
            if (intDigits == 0 && fracDigits == 0) return 0;   // "." alone
            i = f;
        }
        if (intDigits == 0 && fracDigits == 0) return 0;
        if (i < s.Length && (s[i] | 0x20) == 'e')
        {
            int j = i + 1;
            if (j < s.Length && (s[j] == '+' || s[j] == '-')) j++;
            int expStart = j;
            while (j < s.Length && (uint)(s[j] - '0') <= 9) j++;
            if (j > expStart) i = j;
        }
        return i;
    }

    /// <summary>Correctly rounded value of a validated StrDecimalLiteral (without Infinity).</summary>
    private static double ParseDecimalPrefix(ReadOnlySpan<char> s)
    {
        const NumberStyles style = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;
        if (double.TryParse(s, style, CultureInfo.InvariantCulture, out double result)) return result;
        // Only absurd exponents (beyond int range) get here: the value saturates.
        bool negative = s[0] == '-';
        int e = s.IndexOfAny('e', 'E');
        bool mantissaZero = true;
        foreach (char c in s.Slice(0, e))
            if (c >= '1' && c <= '9') { mantissaZero = false; break; }
        double magnitude = mantissaZero || s[e + 1] == '-' ? 0.0 : double.PositiveInfinity;
        return negative ? -magnitude : magnitude;
    }

    /// <summary>
    /// Exact, correctly rounded (ties to even) value of validated digits in radix 2, 4, 8, 16 or
    /// 32 (§12.9.3.1 MV, rounded per §6.1.6.1). Leading zeros are allowed; returns +0 for zero.
    /// </summary>
    internal static double PowerOfTwoRadixToDouble(ReadOnlySpan<char> digits, int radix)
    {
        int bitsPerDigit = BitOperations.Log2((uint)radix);
        ulong m = 0;
        long extraBits = 0;
        bool sticky = false;
        int topShift = 64 - bitsPerDigit;
        foreach (char c in digits)
        {
            uint d = (uint)DigitValue(c);
            if (extraBits == 0 && (m >> topShift) == 0)
            {
                m = (m << bitsPerDigit) | d;
            }
            else
            {
                // m already holds at least 59 significant bits: the rest is only a sticky bit.
                extraBits += bitsPerDigit;
                if (d != 0) sticky = true;
            }
        }
        if (m == 0) return 0;
        if (extraBits == 0 && m < (1UL << 53)) return m;
        if (extraBits > 2000) return double.PositiveInfinity;
        int lz = BitOperations.LeadingZeroCount(m);
        m <<= lz;
        ulong top = m >> 11;          // 53 significant bits
        ulong rest = m & 0x7FF;       // the 11 bits below
        const ulong half = 0x400;
        if (rest > half || (rest == half && (sticky || (top & 1) != 0)))
            top++;
        return Math.ScaleB(top, 11 - lz + (int)extraBits);
    }

    /// <summary>§19.2.4 parseFloat(string), after ToString: the longest StrDecimalLiteral prefix.</summary>
    public static double ParseFloat(string input)
    {
        // Steps 2-4.
        ReadOnlySpan<char> s = TrimStartStrWhiteSpace(input);
        int end = ScanStrDecimalLiteral(s, out double infinity);
        if (end == 0) return double.NaN;
        if (!double.IsNaN(infinity)) return infinity;
        return ParseDecimalPrefix(s.Slice(0, end));
    }

    /// <summary>
    /// §19.2.5 parseInt(string, radix), after ToString(string) and ToInt32(radix) (undefined
    /// radix is 0). Radix 10 and powers of two are correctly rounded; other radices reproduce
    /// V8's accumulation (NumberParseIntHelper::HandleGenericCase), which the spec allows to be
    /// an approximation and which differs from exact rounding beyond 2^53.
    /// </summary>
    public static double ParseInt(string input, int radix)
    {
        // Steps 2-3.
        ReadOnlySpan<char> s = TrimStartStrWhiteSpace(input);
        // Steps 4-6.
        bool negative = false;
        if (!s.IsEmpty && (s[0] == '-' || s[0] == '+'))
        {
            negative = s[0] == '-';
            s = s.Slice(1);
        }
        // Steps 7-10.
        bool stripPrefix = true;
        if (radix != 0)
        {
            if (radix < 2 || radix > 36) return double.NaN;
            if (radix != 16) stripPrefix = false;
        }
        else
        {
            radix = 10;
        }
        // Step 11.
        if (stripPrefix && s.Length >= 2 && s[0] == '0' && (s[1] | 0x20) == 'x')
        {
            s = s.Slice(2);
            radix = 16;
        }
        // Steps 12-14.
        int end = 0;
        while (end < s.Length && DigitValue(s[end]) < radix) end++;
        if (end == 0) return double.NaN;
        ReadOnlySpan<char> z = s.Slice(0, end);
        // Step 15-16.
        double value;
        if (radix == 10)
            value = double.Parse(z, NumberStyles.None, CultureInfo.InvariantCulture);
        else if ((radix & (radix - 1)) == 0)
            value = PowerOfTwoRadixToDouble(z, radix);
        else
            value = GenericRadixToDouble(z, radix);
        // Steps 17-18.
        return negative ? -value : value;
    }

    /// <summary>V8's radix accumulation: 32-bit chunks multiplied into a double.</summary>
    private static double GenericRadixToDouble(ReadOnlySpan<char> digits, int radix)
    {
        int i = 0;
        while (i < digits.Length && digits[i] == '0') i++;
        double result = 0;
        const uint maximumMultiplier = 0xFFFFFFFFu / 36;
        while (i < digits.Length)
        {
            uint part = 0, multiplier = 1;
            while (i < digits.Length)
            {
                uint m = multiplier * (uint)radix;
                if (m > maximumMultiplier) break;
                part = part * (uint)radix + (uint)DigitValue(digits[i]);
                multiplier = m;
                i++;
            }
            result = result * multiplier + part;
        }
        return result;
    }
}
