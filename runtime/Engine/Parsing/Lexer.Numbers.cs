using System;
using System.Globalization;
using System.Numerics;

namespace Aot.Engine.Parsing;

// ECMA-262 §12.9.3 Numeric Literals, Annex B §B.1.1 (LegacyOctalIntegerLiteral, NonOctalDecimalIntegerLiteral).
public sealed partial class Lexer
{
    private const string SeparatorNotAllowed = "Numeric separators are not allowed here";
    private const string SeparatorAtEnd = "Numeric separators are not allowed at the end of numeric literals";
    private const string SeparatorDouble = "Only one underscore is allowed as numeric separator";
    private const string SeparatorAfterZero = "Numeric separator can not be used after leading 0.";

    /// <summary>Scans a NumericLiteral starting at _pos (a decimal digit, or '.' followed by one).</summary>
    private void ScanNumber(ref Token t)
    {
        string s = _src;
        int len = _length;
        int start = _pos;
        int pos = start;
        bool legacy = false;
        bool hasSeparator = false;
        if (s[pos] == '0' && pos + 1 < len)
        {
            char n = s[pos + 1];
            switch (n)
            {
                case 'x': case 'X': ScanRadixNumber(ref t, 16, 4); return;
                case 'o': case 'O': ScanRadixNumber(ref t, 8, 3); return;
                case 'b': case 'B': ScanRadixNumber(ref t, 2, 1); return;
                case '_': throw Error(SeparatorAfterZero, pos + 1);
            }
            if (CharacterClassifier.IsDecimalDigit(n))
            {
                // LegacyOctalIntegerLiteral (0 OctalDigit+) or NonOctalDecimalIntegerLiteral (has an 8 or 9):
                // no separators in either.
                legacy = true;
                bool octal = true;
                pos++;
                while (pos < len && CharacterClassifier.IsDecimalDigit(s[pos]))
                {
                    if (s[pos] >= '8') octal = false;
                    pos++;
                }
                if (pos < len && s[pos] == '_') throw Error(SeparatorAfterZero, pos);
                if (octal)
                {
                    CheckAfterNumeric(pos);
                    t.Kind = TokenKind.NumericLiteral;
                    t.Flags |= TokenFlags.LegacyOctal;
                    t.NumberValue = RadixToDouble(s.AsSpan(start + 1, pos - start - 1), 3);
                    t.End = pos;
                    _pos = pos;
                    return;
                }
                // NonOctalDecimalIntegerLiteral continues like a DecimalIntegerLiteral (fraction, exponent).
                goto Fraction;
            }
        }

        if (s[pos] != '.') pos = ScanDecimalDigits(pos, ref hasSeparator);

    Fraction:
        bool isInteger = true;
        if (pos < len && s[pos] == '.')
        {
            isInteger = false;
            pos++;
            if (pos < len)
            {
                if (s[pos] == '_') throw Error(SeparatorNotAllowed, pos);
                if (CharacterClassifier.IsDecimalDigit(s[pos])) pos = ScanDecimalDigits(pos, ref hasSeparator);
            }
        }
        if (pos < len && (s[pos] | 0x20) == 'e')
        {
            int p = pos + 1;
            if (p < len && (s[p] == '+' || s[p] == '-')) p++;
            if (p >= len || !CharacterClassifier.IsDecimalDigit(s[p]))
                throw Error(p < len && s[p] == '_' ? SeparatorNotAllowed : "Invalid or unexpected token", p < len ? p : pos);
            isInteger = false;
            pos = ScanDecimalDigits(p, ref hasSeparator);
        }

        if (pos < len && s[pos] == 'n')
        {
            // BigIntLiteral :: NonZeroDecimal... | 0, with suffix n: not after '.', exponent or a legacy form.
            if (!isInteger || legacy) throw Error("Invalid BigInt literal", start);
            pos++;
            CheckAfterNumeric(pos);
            t.Kind = TokenKind.BigIntLiteral;
            ReadOnlySpan<char> digits = s.AsSpan(start, pos - 1 - start);
            t.Value = hasSeparator ? StripSeparators(digits) : Intern(digits);
            t.End = pos;
            _pos = pos;
            return;
        }
        CheckAfterNumeric(pos);

        t.Kind = TokenKind.NumericLiteral;
        if (legacy) t.Flags |= TokenFlags.LegacyOctal;
        int length = pos - start;
        if (isInteger && !hasSeparator && length <= 15)
        {
            // Exact: below 2^53.
            long v = 0;
            for (int i = start; i < pos; i++) v = v * 10 + (s[i] - '0');
            t.NumberValue = v;
        }
        else
        {
            t.NumberValue = ParseDecimal(s.AsSpan(start, length), hasSeparator);
        }
        t.End = pos;
        _pos = pos;
    }

    /// <summary>
    /// DecimalDigits[+Sep] starting at a digit: returns the position after them. Separators must sit
    /// between two digits (ECMA-262 §12.9.3 NumericLiteralSeparator).
    /// </summary>
    private int ScanDecimalDigits(int pos, ref bool hasSeparator)
    {
        string s = _src;
        int len = _length;
        while (true)
        {
            while (pos < len && CharacterClassifier.IsDecimalDigit(s[pos])) pos++;
            if (pos < len && s[pos] == '_')
            {
                hasSeparator = true;
                if (pos + 1 < len && CharacterClassifier.IsDecimalDigit(s[pos + 1])) { pos += 2; continue; }
                if (pos + 1 < len && s[pos + 1] == '_') throw Error(SeparatorDouble, pos + 1);
                throw Error(SeparatorAtEnd, pos);
            }
            return pos;
        }
    }

    /// <summary>HexIntegerLiteral, OctalIntegerLiteral, BinaryIntegerLiteral (with optional BigInt suffix).</summary>
    private void ScanRadixNumber(ref Token t, int radix, int bitsPerDigit)
    {
        string s = _src;
        int len = _length;
        int start = _pos;
        int pos = start + 2;
        int digitsStart = pos;
        if (pos >= len || !IsRadixDigit(s[pos], radix))
        {
            if (pos < len && s[pos] == '_') throw Error(SeparatorNotAllowed, pos);
            throw InvalidToken(pos < len ? pos : start);
        }
        while (true)
        {
            while (pos < len && IsRadixDigit(s[pos], radix)) pos++;
            if (pos < len && s[pos] == '_')
            {
                if (pos + 1 < len && IsRadixDigit(s[pos + 1], radix)) { pos += 2; continue; }
                if (pos + 1 < len && s[pos + 1] == '_') throw Error(SeparatorDouble, pos + 1);
                throw Error(SeparatorAtEnd, pos);
            }
            break;
        }
        ReadOnlySpan<char> digits = s.AsSpan(digitsStart, pos - digitsStart);
        if (pos < len && s[pos] == 'n')
        {
            pos++;
            CheckAfterNumeric(pos);
            t.Kind = TokenKind.BigIntLiteral;
            t.Value = RadixToDecimalString(digits, radix);
            t.End = pos;
            _pos = pos;
            return;
        }
        CheckAfterNumeric(pos);
        t.Kind = TokenKind.NumericLiteral;
        t.NumberValue = RadixToDouble(digits, bitsPerDigit);
        t.End = pos;
        _pos = pos;
    }

    private static bool IsRadixDigit(char c, int radix) => radix switch
    {
        16 => CharacterClassifier.IsHexDigit(c),
        8 => (uint)(c - '0') <= 7,
        _ => c == '0' || c == '1',
    };

    /// <summary>
    /// ECMA-262 §12.9.3: "The SourceCharacter immediately following a NumericLiteral must not be an
    /// IdentifierStart or DecimalDigit."
    /// </summary>
    private void CheckAfterNumeric(int pos)
    {
        if (pos >= _length) return;
        char c = _src[pos];
        if (c < 128)
        {
            if (CharacterClassifier.IsAsciiIdStart(c) || CharacterClassifier.IsDecimalDigit(c) || c == '\\')
                throw InvalidToken(pos);
            return;
        }
        if (CharacterClassifier.IsIdStart(CodePointAt(pos))) throw InvalidToken(pos);
    }

    /// <summary>Correctly rounded decimal conversion (separators removed first).</summary>
    private static double ParseDecimal(ReadOnlySpan<char> text, bool hasSeparator)
    {
        Span<char> buf = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        int n = 0;
        foreach (char c in text)
            if (c != '_') buf[n++] = c;
        ReadOnlySpan<char> digits = buf.Slice(0, n);
        if (double.TryParse(digits, NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent,
                CultureInfo.InvariantCulture, out double result))
            return result;
        return ParseDecimalFallback(digits);
    }

    /// <summary>Handles what double.TryParse refuses (e.g. absurd exponents): saturate to 0 or Infinity.</summary>
    private static double ParseDecimalFallback(ReadOnlySpan<char> digits)
    {
        int e = digits.IndexOfAny('e', 'E');
        if (e < 0) return double.PositiveInfinity;
        bool mantissaZero = true;
        foreach (char c in digits.Slice(0, e))
            if (c >= '1' && c <= '9') { mantissaZero = false; break; }
        if (mantissaZero) return 0;
        return digits[e + 1] == '-' ? 0 : double.PositiveInfinity;
    }

    private string StripSeparators(ReadOnlySpan<char> text)
    {
        Span<char> buf = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        int n = 0;
        foreach (char c in text)
            if (c != '_') buf[n++] = c;
        return Intern(buf.Slice(0, n));
    }

    /// <summary>
    /// Exact, correctly rounded (round-half-even) value of digits in radix 2^bitsPerDigit
    /// ('_' separators are skipped). MV per ECMA-262 §12.9.3.1, rounded per §6.1.6.1.
    /// </summary>
    internal static double RadixToDouble(ReadOnlySpan<char> digits, int bitsPerDigit)
    {
        ulong m = 0;
        int extraBits = 0;
        bool sticky = false;
        int topShift = 64 - bitsPerDigit;
        foreach (char c in digits)
        {
            if (c == '_') continue;
            uint d = (uint)CharacterClassifier.HexValue(c);
            if (extraBits == 0 && (m >> topShift) == 0)
            {
                m = (m << bitsPerDigit) | d;
            }
            else
            {
                // m holds at least 61 significant bits: the rest only matters as a sticky bit.
                extraBits += bitsPerDigit;
                if (d != 0) sticky = true;
            }
        }
        if (m == 0) return 0;
        if (extraBits == 0 && m < (1UL << 53)) return m;
        int lz = BitOperations.LeadingZeroCount(m);
        m <<= lz;
        ulong top = m >> 11;          // 53 significant bits
        ulong rest = m & 0x7FF;       // 11 bits below
        const ulong half = 0x400;
        if (rest > half || (rest == half && (sticky || (top & 1) != 0)))
            top++;
        // top may have become 2^53: still exactly representable.
        return Math.ScaleB(top, 11 - lz + extraBits);
    }

    private string RadixToDecimalString(ReadOnlySpan<char> digits, int radix)
    {
        int significant = 0;
        ulong small = 0;
        bool fits = true;
        int bits = radix == 16 ? 4 : radix == 8 ? 3 : 1;
        foreach (char c in digits)
        {
            if (c == '_') continue;
            uint d = (uint)CharacterClassifier.HexValue(c);
            if (small == 0 && d == 0) continue;
            significant += bits;
            if (significant > 63) { fits = false; break; }
            small = (small << bits) | d;
        }
        if (fits) return Intern(small.ToString(CultureInfo.InvariantCulture));
        BigInteger value = BigInteger.Zero;
        foreach (char c in digits)
        {
            if (c == '_') continue;
            value = value * radix + CharacterClassifier.HexValue(c);
        }
        return value.ToString(CultureInfo.InvariantCulture);
    }
}
