using System;
using System.Globalization;

namespace Aot.Engine.Builtins.Number;

/// <summary>
/// Engine-independent Number algorithms of ECMA-262 (2024): Number::toString, the
/// Number.prototype formatting methods, string-to-number conversions, BigInt conversions and the
/// integer conversions. Pure static functions over double, string and BigInteger.
/// </summary>
public static partial class NumberConversions
{
    /// <summary>
    /// The shortest round-trip decimal digits of a finite, positive x: x = 0.d1d2..dk × 10^n,
    /// i.e. the spec's s (as <paramref name="digits"/>, k of them, no trailing zeros) and n of
    /// §6.1.6.1.20 step 5. Uses .NET's shortest round-trip ("R") formatting, which picks the
    /// closest of the shortest candidates as the spec requires.
    /// </summary>
    internal static int ShortestDigits(double x, Span<char> digits, out int n)
    {
        Span<char> buf = stackalloc char[40];
        if (!x.TryFormat(buf, out int len, "R", CultureInfo.InvariantCulture))
            throw new InvalidOperationException("double formatting failed");
        ReadOnlySpan<char> s = buf.Slice(0, len);
        int exp = 0;
        int ePos = s.IndexOf('E');
        if (ePos >= 0)
        {
            exp = int.Parse(s.Slice(ePos + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            s = s.Slice(0, ePos);
        }
        int k = 0;
        int intDigits = 0;
        bool seenPoint = false;
        bool leading = true;
        int leadingZerosAfterPoint = 0;
        foreach (char c in s)
        {
            if (c == '.') { seenPoint = true; continue; }
            if (c == '-') continue;
            if (leading && c == '0')
            {
                if (seenPoint) leadingZerosAfterPoint++;
                continue;
            }
            leading = false;
            if (!seenPoint) intDigits++;
            digits[k++] = c;
        }
        while (k > 1 && digits[k - 1] == '0') k--;
        n = (intDigits > 0 ? intDigits : -leadingZerosAfterPoint) + exp;
        return k;
    }

    /// <summary>ECMA-262 §6.1.6.1.20 Number::toString(x, 10).</summary>
    public static string ToString(double x)
    {
        // Step 1-4: NaN, ±0, negative, infinity.
        if (double.IsNaN(x)) return "NaN";
        if (x == 0) return "0";
        if (double.IsInfinity(x)) return x > 0 ? "Infinity" : "-Infinity";
        if (x < 0) return "-" + ToString(-x);
        // Small integers: the common case, no digit extraction needed.
        if (x < 1e15 && x == Math.Floor(x)) return ((long)x).ToString(CultureInfo.InvariantCulture);

        Span<char> digits = stackalloc char[32];
        int k = ShortestDigits(x, digits, out int n);
        Span<char> result = stackalloc char[48];
        int r = 0;
        if (k <= n && n <= 21)
        {
            // Step 6: the k digits followed by n-k zeros.
            digits.Slice(0, k).CopyTo(result);
            r = k;
            for (int i = k; i < n; i++) result[r++] = '0';
        }
        else if (0 < n && n <= 21)
        {
            // Step 7: the first n digits, a point, the remaining k-n digits.
            digits.Slice(0, n).CopyTo(result);
            r = n;
            result[r++] = '.';
            digits.Slice(n, k - n).CopyTo(result.Slice(r));
            r += k - n;
        }
        else if (-6 < n && n <= 0)
        {
            // Step 8: "0." followed by -n zeros and the k digits.
            result[r++] = '0';
            result[r++] = '.';
            for (int i = 0; i < -n; i++) result[r++] = '0';
            digits.Slice(0, k).CopyTo(result.Slice(r));
            r += k;
        }
        else
        {
            // Steps 9-12: exponential notation with e = n - 1.
            result[r++] = digits[0];
            if (k > 1)
            {
                result[r++] = '.';
                digits.Slice(1, k - 1).CopyTo(result.Slice(r));
                r += k - 1;
            }
            result[r++] = 'e';
            int e = n - 1;
            result[r++] = e < 0 ? '-' : '+';
            e.TryFormat(result.Slice(r), out int w, default, CultureInfo.InvariantCulture);
            if (e < 0) { result.Slice(r + 1, w - 1).CopyTo(result.Slice(r)); w--; }
            r += w;
        }
        return new string(result.Slice(0, r));
    }

    /// <summary>
    /// ECMA-262 §6.1.6.1.20 Number::toString(x, radix) for radix 2-36, as called by
    /// Number.prototype.toString (§21.1.3.6; the radix range check happens there). Radix 10 uses
    /// the exact spec layout; other radices produce V8's digits (see <see cref="ToRadixString"/>).
    /// </summary>
    public static string ToString(double x, int radix)
    {
        if (radix == 10) return ToString(x);
        if (radix < 2 || radix > 36) throw new RangeErrorException("toString() radix must be between 2 and 36");
        return ToRadixString(x, radix);
    }
}
