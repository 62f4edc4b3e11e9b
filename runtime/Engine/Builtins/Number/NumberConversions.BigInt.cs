using System;
using System.Globalization;
using System.Numerics;
using System.Text;

namespace Aot.Engine.Builtins.Number;

// BigInt conversions: §7.1.14 StringToBigInt, §6.1.6.2.23 BigInt::toString,
// §21.2.2.1-2 BigInt.asIntN / asUintN, §21.2.1.1.1 NumberToBigInt.
public static partial class NumberConversions
{
    /// <summary>Implementation limit on BigInt size (V8's: 2^30 bits); beyond it, a RangeError.</summary>
    public const long MaxBigIntBits = 1L << 30;

    /// <summary>
    /// §7.1.14 StringToBigInt(str): the value of a StringIntegerLiteral, or null where the spec
    /// returns undefined (the caller, e.g. BigInt(), throws the SyntaxError). Decimal literals may
    /// have a sign; 0x/0o/0b literals may not; no separators, fractions or exponents.
    /// </summary>
    public static BigInteger? StringToBigInt(string str)
    {
        ReadOnlySpan<char> s = TrimStrWhiteSpace(str);
        if (s.IsEmpty) return BigInteger.Zero;
        if (s.Length >= 2 && s[0] == '0')
        {
            int radix = (s[1] | 0x20) switch { 'x' => 16, 'o' => 8, 'b' => 2, _ => 0 };
            if (radix != 0)
            {
                ReadOnlySpan<char> digits = s.Slice(2);
                if (digits.IsEmpty) return null;
                foreach (char c in digits)
                    if (DigitValue(c) >= radix) return null;
                return ParseBigIntDigits(digits, radix);
            }
        }
        bool negative = false;
        if (s[0] == '+' || s[0] == '-')
        {
            negative = s[0] == '-';
            s = s.Slice(1);
        }
        if (s.IsEmpty) return null;
        foreach (char c in s)
            if ((uint)(c - '0') > 9) return null;
        BigInteger value = BigInteger.Parse(s, NumberStyles.None, CultureInfo.InvariantCulture);
        return negative ? -value : value;
    }

    /// <summary>Value of validated digits in any radix 2-36 (no sign).</summary>
    public static BigInteger ParseBigIntDigits(ReadOnlySpan<char> digits, int radix)
    {
        if (radix == 10) return BigInteger.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
        // Accumulate chunks that fit in a ulong, then fold them in with one big multiply each.
        int chunk = 1;
        ulong chunkScale = (ulong)radix;
        while (chunkScale <= ulong.MaxValue / 36 / (ulong)radix) { chunkScale *= (ulong)radix; chunk++; }
        BigInteger result = BigInteger.Zero;
        int i = 0;
        while (i < digits.Length)
        {
            int take = Math.Min(chunk, digits.Length - i);
            ulong part = 0, scale = 1;
            for (int j = 0; j < take; j++)
            {
                part = part * (ulong)radix + (ulong)DigitValue(digits[i + j]);
                scale *= (ulong)radix;
            }
            result = result * scale + part;
            i += take;
        }
        return result;
    }

    /// <summary>§6.1.6.2.23 BigInt::toString(x, radix), radix 2-36, lower-case digits.</summary>
    public static string BigIntToString(BigInteger x, int radix)
    {
        if (radix < 2 || radix > 36) throw new RangeErrorException("toString() radix must be between 2 and 36");
        if (radix == 10) return x.ToString(CultureInfo.InvariantCulture);
        if (x.IsZero) return "0";
        bool negative = x.Sign < 0;
        BigInteger v = BigInteger.Abs(x);
        // Peel off chunks of digits with one division by radix^chunk each.
        int chunk = 1;
        ulong chunkScale = (ulong)radix;
        while (chunkScale <= long.MaxValue / (ulong)radix) { chunkScale *= (ulong)radix; chunk++; }
        var bigScale = new BigInteger(chunkScale);
        var parts = new StringBuilder();
        Span<char> tmp = stackalloc char[64];
        while (!v.IsZero)
        {
            v = BigInteger.DivRem(v, bigScale, out BigInteger rem);
            ulong r = (ulong)rem;
            int count = 0;
            do
            {
                tmp[count++] = RadixDigits[(int)(r % (ulong)radix)];
                r /= (ulong)radix;
            } while (r != 0);
            if (!v.IsZero) while (count < chunk) tmp[count++] = '0';
            // tmp is little-endian; parts is built reversed and flipped at the end.
            parts.Append(tmp.Slice(0, count));
        }
        if (negative) parts.Append('-');
        char[] result = new char[parts.Length];
        for (int i = 0; i < result.Length; i++) result[i] = parts[result.Length - 1 - i];
        return new string(result);
    }

    /// <summary>
    /// §21.2.2.2 BigInt.asUintN(bits, bigint) from step 3 on: bits is the result of ToIndex.
    /// x modulo 2^bits. Throws <see cref="RangeErrorException"/> only when the result would
    /// exceed the implementation's BigInt size limit (negative x with huge bits), as V8 does.
    /// </summary>
    public static BigInteger AsUintN(ulong bits, BigInteger x)
    {
        if (bits == 0) return BigInteger.Zero;
        if (x.Sign >= 0 && (ulong)x.GetBitLength() <= bits) return x;
        if (bits > (ulong)MaxBigIntBits) throw new RangeErrorException("Maximum BigInt size exceeded");
        // BigInteger's & works on the infinite two's complement form, so this is x mod 2^bits.
        return x & ((BigInteger.One << (int)bits) - 1);
    }

    /// <summary>
    /// §21.2.2.1 BigInt.asIntN(bits, bigint) from step 3 on: mod = x modulo 2^bits; mod - 2^bits
    /// when mod ≥ 2^(bits-1).
    /// </summary>
    public static BigInteger AsIntN(ulong bits, BigInteger x)
    {
        if (bits == 0) return BigInteger.Zero;
        // Already within [-2^(bits-1), 2^(bits-1)): GetBitLength excludes the sign bit.
        if ((ulong)x.GetBitLength() < bits) return x;
        // Here bits ≤ bit length of x, so it is small.
        int n = (int)bits;
        BigInteger mod = x & ((BigInteger.One << n) - 1);
        if (mod >= (BigInteger.One << (n - 1))) mod -= BigInteger.One << n;
        return mod;
    }

    /// <summary>§21.2.1.1.1 NumberToBigInt(number): RangeError unless number is integral.</summary>
    public static BigInteger NumberToBigInt(double number)
    {
        if (!IsIntegralNumber(number))
            throw new RangeErrorException("The number " + ToString(number) + " cannot be converted to a BigInt because it is not an integer");
        return new BigInteger(number);
    }

    /// <summary>
    /// 𝔽(ℝ(x)) for a BigInt (Number(bigint), §21.1.1.1 step 2.a): correctly rounded, ties to
    /// even, Infinity beyond the double range.
    /// </summary>
    public static double BigIntToNumber(BigInteger x)
    {
        if (x.IsZero) return 0;
        bool negative = x.Sign < 0;
        BigInteger v = BigInteger.Abs(x);
        long bitLength = (long)v.GetBitLength();
        if (bitLength <= 53) return negative ? -(double)(ulong)v : (double)(ulong)v;
        if (bitLength > 1025) return negative ? double.NegativeInfinity : double.PositiveInfinity;
        int shift = (int)bitLength - 54;                 // keep 54 bits: 53 + a rounding bit
        ulong top = (ulong)(v >> shift);
        bool sticky = !(v & ((BigInteger.One << shift) - 1)).IsZero;
        ulong mantissa = top >> 1;
        if ((top & 1) != 0 && (sticky || (mantissa & 1) != 0)) mantissa++;
        double result = Math.ScaleB(mantissa, shift + 1);
        return negative ? -result : result;
    }
}
