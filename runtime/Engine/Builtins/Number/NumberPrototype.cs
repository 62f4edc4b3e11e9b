using System;
using System.Text;
using Aot.Engine.Builtins.Number;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins;

/// <summary>ECMA-262 §21.1.3 Properties of the Number Prototype Object.</summary>
internal static class NumberPrototype
{
    private static readonly BuiltinMethod[] Methods =
    [
        new("toExponential", 1, ToExponential),
        new("toFixed", 1, ToFixed),
        new("toLocaleString", 0, ToLocaleString),
        new("toPrecision", 1, ToPrecision),
        new("toString", 1, ToStringMethod),
        new("valueOf", 0, ValueOf),
    ];

    public static void Install(Realm realm) => Builtin.DefineMethods(realm, realm.NumberPrototype, Methods);

    /// <summary>§21.1.3.7.1 ThisNumberValue.</summary>
    private static double ThisNumberValue(in JsValue value, string method)
    {
        if (value.IsNumber) return value.Number;
        if (value.Ref is JsPrimitiveObject p && value.IsObject && p.PrimitiveValue.IsNumber) return p.PrimitiveValue.Number;
        return JsException.ThrowTypeError<double>($"Number.prototype.{method} requires that 'this' be a Number");
    }

    // 21.1.3.2 Number.prototype.toExponential ( fractionDigits )
    private static JsValue ToExponential(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        double x = ThisNumberValue(thisValue, "toExponential");               // Step 1.
        var fd = Builtin.Arg(args, 0);
        double f = Operations.ToIntegerOrInfinity(fd);                        // Step 2.
        return NumberConversions.ToExponential(x, fd.IsUndefined ? null : f); // Steps 3-15.
    }

    // 21.1.3.3 Number.prototype.toFixed ( fractionDigits )
    private static JsValue ToFixed(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        double x = ThisNumberValue(thisValue, "toFixed");
        double f = Operations.ToIntegerOrInfinity(Builtin.Arg(args, 0));
        return NumberConversions.ToFixed(x, f);
    }

    // 21.1.3.4 Number.prototype.toLocaleString ( [ reserved1 [ , reserved2 ] ] ): en-US as node prints it.
    private static JsValue ToLocaleString(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
        => FormatEnUs(ThisNumberValue(thisValue, "toLocaleString"));

    /// <summary>
    /// Intl.NumberFormat("en-US") defaults: grouping, 0-3 fraction digits, half-expand rounding of
    /// the shortest decimal form of x (as ICU rounds it), "∞", "NaN", "-0".
    /// </summary>
    internal static string FormatEnUs(double x)
    {
        if (double.IsNaN(x)) return "NaN";
        bool negative = double.IsNegative(x);
        if (double.IsInfinity(x)) return negative ? "-∞" : "∞";
        if (negative) x = -x;
        var sb = new StringBuilder(32);
        if (negative) sb.Append('-');
        if (x == 0) return sb.Append('0').ToString();
        // digits d1..dk with x = 0.d1..dk × 10^n.
        Span<char> buffer = stackalloc char[32];
        int k = NumberConversions.ShortestDigits(x, buffer, out int n);
        var digits = new StringBuilder(k + 4);
        digits.Append(buffer.Slice(0, k));
        // Keep n integer digits and at most 3 fraction digits, rounding half away from zero.
        int keep = n + 3;
        if (keep < 0) return sb.Append('0').ToString();
        if (keep < digits.Length)
        {
            bool up = digits[keep] >= '5';
            digits.Length = keep;
            if (up)
            {
                int i = keep - 1;
                while (i >= 0 && digits[i] == '9') { digits[i] = '0'; i--; }
                if (i >= 0) digits[i]++;
                else { digits.Insert(0, '1'); n++; }
            }
        }
        string d = digits.ToString();
        string intPart, fracPart;
        if (n <= 0) { intPart = "0"; fracPart = new string('0', -n) + d; }
        else if (n >= d.Length) { intPart = d + new string('0', n - d.Length); fracPart = ""; }
        else { intPart = d.Substring(0, n); fracPart = d.Substring(n); }
        fracPart = fracPart.TrimEnd('0');
        if (fracPart.Length > 3) fracPart = fracPart.Substring(0, 3);
        int first = intPart.Length % 3 == 0 ? 3 : intPart.Length % 3;
        sb.Append(intPart, 0, first);
        for (int i = first; i < intPart.Length; i += 3) sb.Append(',').Append(intPart, i, 3);
        if (fracPart.Length > 0) sb.Append('.').Append(fracPart);
        return sb.ToString();
    }

    // 21.1.3.5 Number.prototype.toPrecision ( precision )
    private static JsValue ToPrecision(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        double x = ThisNumberValue(thisValue, "toPrecision");        // Step 1.
        var precision = Builtin.Arg(args, 0);
        if (precision.IsUndefined) return NumberConversions.ToString(x); // Step 2.
        double p = Operations.ToIntegerOrInfinity(precision);         // Step 3.
        return NumberConversions.ToPrecision(x, p);                   // Steps 4-13.
    }

    // 21.1.3.6 Number.prototype.toString ( [ radix ] )
    private static JsValue ToStringMethod(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        double x = ThisNumberValue(thisValue, "toString");
        var radix = Builtin.Arg(args, 0);
        double radixMV = radix.IsUndefined ? 10 : Operations.ToIntegerOrInfinity(radix);
        if (radixMV < 2 || radixMV > 36) JsException.ThrowRangeError("toString() radix must be between 2 and 36");
        return radixMV == 10 ? NumberFormatting.ToString(x) : NumberConversions.ToString(x, (int)radixMV);
    }

    // 21.1.3.7 Number.prototype.valueOf ( )
    private static JsValue ValueOf(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
        => ThisNumberValue(thisValue, "valueOf");
}
