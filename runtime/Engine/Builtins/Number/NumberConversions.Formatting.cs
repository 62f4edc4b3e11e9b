using System;
using System.Globalization;
using System.Numerics;
using System.Text;

namespace Aot.Engine.Builtins.Number;

// ECMA-262 §21.1.3.2 Number.prototype.toExponential, §21.1.3.3 toFixed, §21.1.3.5 toPrecision.
// The spec's "let n be an integer for which n / 10^f - x is as close to zero as possible; if
// there are two such n, pick the larger n" is computed exactly with BigInteger arithmetic on the
// binary value of x (round half up on the exact rational), never through .NET's formatting.
public static partial class NumberConversions
{
    private static readonly BigInteger[] PowersOfTen = BuildPowersOfTen(450);

    private static BigInteger[] BuildPowersOfTen(int count)
    {
        var table = new BigInteger[count];
        BigInteger p = BigInteger.One;
        for (int i = 0; i < count; i++) { table[i] = p; p *= 10; }
        return table;
    }

    private static BigInteger Pow10(int e) => e < PowersOfTen.Length ? PowersOfTen[e] : BigInteger.Pow(10, e);

    /// <summary>Splits a finite positive double into x = mantissa × 2^exponent.</summary>
    internal static void Decompose(double x, out ulong mantissa, out int exponent)
    {
        long bits = BitConverter.DoubleToInt64Bits(x);
        int biased = (int)((bits >> 52) & 0x7FF);
        ulong fraction = (ulong)bits & 0xFFFFFFFFFFFFFUL;
        if (biased == 0)
        {
            mantissa = fraction;
            exponent = -1074;
        }
        else
        {
            mantissa = fraction | (1UL << 52);
            exponent = biased - 1075;
        }
    }

    /// <summary>
    /// The integer n nearest to x × 10^scale (x finite, positive), ties rounded up (the "larger
    /// n" of the spec).
    /// </summary>
    private static BigInteger RoundScaled(double x, int scale)
    {
        Decompose(x, out ulong m, out int e);
        BigInteger num = m;
        if (scale >= 0) num *= Pow10(scale);
        if (e >= 0)
        {
            num <<= e;
            return scale >= 0 ? num : RoundedQuotient(num, Pow10(-scale));
        }
        if (scale >= 0)
        {
            // (num + 2^(s-1)) >> s rounds half up.
            int s = -e;
            return (num + (BigInteger.One << (s - 1))) >> s;
        }
        return RoundedQuotient(num, Pow10(-scale) << -e);
    }

    private static BigInteger RoundedQuotient(BigInteger num, BigInteger den)
    {
        BigInteger q = BigInteger.DivRem(num, den, out BigInteger rem);
        if (rem * 2 >= den) q += 1;
        return q;
    }

    /// <summary>
    /// For x finite positive and f ≥ 0: the e and n with 10^f ≤ n &lt; 10^(f+1) for which
    /// n × 10^(e-f) - x is as close to zero as possible (larger n on ties): §21.1.3.2 step 10.b
    /// and §21.1.3.5 step 10.a. Returns n's decimal digits (f+1 of them).
    /// </summary>
    private static string ExactDigits(double x, int f, out int e)
    {
        e = (int)Math.Floor(Math.Log10(x));
        BigInteger lower = Pow10(f);
        BigInteger upper = Pow10(f + 1);
        for (int attempt = 0; attempt < 4; attempt++)
        {
            BigInteger n = RoundScaled(x, f - e);
            if (n >= upper) { e++; continue; }
            if (n < lower) { e--; continue; }
            return n.ToString(CultureInfo.InvariantCulture);
        }
        // Log10 is off by at most one and rounding moves e by at most one more.
        throw new InvalidOperationException("exponent search did not converge");
    }

    /// <summary>
    /// §21.1.3.3 Number.prototype.toFixed(fractionDigits) from step 3 on: <paramref name="x"/> is
    /// thisNumberValue, <paramref name="fractionDigits"/> is ToIntegerOrInfinity(fractionDigits).
    /// Throws <see cref="RangeErrorException"/> when it is not in 0..100 (checked before x is
    /// looked at, as in the spec).
    /// </summary>
    public static string ToFixed(double x, double fractionDigits)
    {
        // Steps 4-5.
        if (!(fractionDigits >= 0 && fractionDigits <= 100))
            throw new RangeErrorException("toFixed() digits argument must be between 0 and 100");
        int f = (int)fractionDigits;
        // Step 6.
        if (!double.IsFinite(x)) return ToString(x);
        // Steps 7-9: x is ±0 or -0 prints without sign (-0 is not < 0).
        string sign = "";
        if (x < 0) { sign = "-"; x = -x; }
        // Step 10: x ≥ 10^21 uses ToString.
        if (x >= 1e21) return sign + ToString(x);
        // Step 11.
        string m = x == 0 ? "0" : RoundScaled(x, f).ToString(CultureInfo.InvariantCulture);
        if (f == 0) return sign + m;
        int k = m.Length;
        if (k <= f)
        {
            m = new string('0', f + 1 - k) + m;
            k = f + 1;
        }
        return string.Concat(sign, m.AsSpan(0, k - f), ".", m.AsSpan(k - f));
    }

    /// <summary>
    /// §21.1.3.2 Number.prototype.toExponential(fractionDigits) from step 3 on:
    /// <paramref name="fractionDigits"/> is ToIntegerOrInfinity(fractionDigits), or null when
    /// fractionDigits was undefined (the shortest round-trip digits are used then).
    /// </summary>
    public static string ToExponential(double x, double? fractionDigits)
    {
        // Step 4.
        if (!double.IsFinite(x)) return ToString(x);
        // Step 5.
        if (fractionDigits is double fd && !(fd >= 0 && fd <= 100))
            throw new RangeErrorException("toExponential() argument must be between 0 and 100");
        var sb = new StringBuilder(110);
        // Steps 6-8.
        if (x < 0) { sb.Append('-'); x = -x; }
        string m;
        int e;
        if (x == 0)
        {
            // Step 9.
            int f0 = fractionDigits is double z ? (int)z : 0;
            m = new string('0', f0 + 1);
            e = 0;
        }
        else if (fractionDigits is double given)
        {
            // Step 10.b.
            m = ExactDigits(x, (int)given, out e);
        }
        else
        {
            // Step 10.a: the shortest digits that round-trip.
            Span<char> digits = stackalloc char[32];
            int k = ShortestDigits(x, digits, out int n);
            m = new string(digits.Slice(0, k));
            e = n - 1;
        }
        // Steps 11-14.
        sb.Append(m[0]);
        if (m.Length > 1) sb.Append('.').Append(m, 1, m.Length - 1);
        sb.Append('e').Append(e < 0 ? '-' : '+').Append(Math.Abs(e).ToString(CultureInfo.InvariantCulture));
        return sb.ToString();
    }

    /// <summary>
    /// §21.1.3.5 Number.prototype.toPrecision(precision) from step 3 on, for a defined precision
    /// (undefined returns ToString(x), step 2): <paramref name="precision"/> is
    /// ToIntegerOrInfinity(precision).
    /// </summary>
    public static string ToPrecision(double x, double precision)
    {
        // Step 4.
        if (!double.IsFinite(x)) return ToString(x);
        // Step 5.
        if (!(precision >= 1 && precision <= 100))
            throw new RangeErrorException("toPrecision() argument must be between 1 and 100");
        int p = (int)precision;
        var sb = new StringBuilder(p + 10);
        // Steps 6-8.
        if (x < 0) { sb.Append('-'); x = -x; }
        string m;
        int e;
        if (x == 0)
        {
            // Step 9.
            m = new string('0', p);
            e = 0;
        }
        else
        {
            // Step 10.a.
            m = ExactDigits(x, p - 1, out e);
            // Step 10.c: exponential notation.
            if (e < -6 || e >= p)
            {
                sb.Append(m[0]);
                if (p != 1) sb.Append('.').Append(m, 1, p - 1);
                sb.Append('e').Append(e < 0 ? '-' : '+').Append(Math.Abs(e).ToString(CultureInfo.InvariantCulture));
                return sb.ToString();
            }
        }
        // Step 11.
        if (e == p - 1) return sb.Append(m).ToString();
        // Step 12.
        if (e >= 0) return sb.Append(m, 0, e + 1).Append('.').Append(m, e + 1, p - (e + 1)).ToString();
        // Step 13.
        return sb.Append("0.").Append('0', -(e + 1)).Append(m).ToString();
    }
}
