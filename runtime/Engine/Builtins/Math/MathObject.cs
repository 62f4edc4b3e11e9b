using System;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins;

/// <summary>ECMA-262 §21.3 The Math Object.</summary>
internal static class MathObject
{
    private static double N(ReadOnlySpan<JsValue> args, int i) => Operations.ToNumber(Builtin.Arg(args, i));

    private static NativeFunction Unary(Func<double, double> f)
        => (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => JsValue.FromNumber(f(N(a, 0)));

    private static readonly BuiltinMethod[] Methods =
    [
        new("abs", 1, Unary(Math.Abs)),
        new("acos", 1, Unary(Math.Acos)),
        new("acosh", 1, Unary(Math.Acosh)),
        new("asin", 1, Unary(Math.Asin)),
        new("asinh", 1, Unary(Asinh)),
        new("atan", 1, Unary(Math.Atan)),
        new("atanh", 1, Unary(Atanh)),
        new("atan2", 2, static (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => Math.Atan2(N(a, 0), N(a, 1))),
        new("cbrt", 1, Unary(Math.Cbrt)),
        new("ceil", 1, Unary(Math.Ceiling)),
        new("clz32", 1, static (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => System.Numerics.BitOperations.LeadingZeroCount(Operations.ToUint32(Builtin.Arg(a, 0)))),
        new("cos", 1, Unary(Math.Cos)),
        new("cosh", 1, Unary(Math.Cosh)),
        new("exp", 1, Unary(Math.Exp)),
        new("expm1", 1, Unary(Expm1)),
        new("floor", 1, Unary(Math.Floor)),
        new("f16round", 1, Unary(TypedArrayInfo.RoundToHalf)),
        new("fround", 1, Unary(static x => (float)x)),
        new("hypot", 2, Hypot),
        new("imul", 2, static (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => Operations.ToInt32(Builtin.Arg(a, 0)) * Operations.ToInt32(Builtin.Arg(a, 1))),
        new("log", 1, Unary(Math.Log)),
        new("log10", 1, Unary(Math.Log10)),
        new("log1p", 1, Unary(Log1p)),
        new("log2", 1, Unary(Math.Log2)),
        new("max", 2, Max),
        new("min", 2, Min),
        new("pow", 2, static (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => Interpreting.Arithmetic.Exponentiate(N(a, 0), N(a, 1))),
        new("random", 0, static (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => Random.Shared.NextDouble()),
        new("round", 1, Unary(Round)),
        new("sign", 1, Unary(static x => double.IsNaN(x) || x == 0 ? x : Math.Sign(x))),
        new("sin", 1, Unary(Math.Sin)),
        new("sinh", 1, Unary(Sinh)),
        new("sqrt", 1, Unary(Math.Sqrt)),
        new("sumPrecise", 1, SumPrecise),
        new("tan", 1, Unary(Math.Tan)),
        new("tanh", 1, Unary(Tanh)),
        new("trunc", 1, Unary(Math.Truncate)),
    ];

    public static JsObject Create(Realm realm)
    {
        var math = new JsObject(realm.ObjectPrototype);
        foreach (var (name, value) in new (string, double)[]
        {
            ("E", Math.E), ("LN10", Math.Log(10)), ("LN2", Math.Log(2)), ("LOG10E", 1 / Math.Log(10)), ("LOG2E", 1 / Math.Log(2)),
            ("PI", Math.PI), ("SQRT1_2", Math.Sqrt(0.5)), ("SQRT2", Math.Sqrt(2)),
        })
            math.AddProperty(name, value, PropertyFlags.None);
        Builtin.DefineMethods(realm, math, Methods);
        math.AddProperty(JsSymbol.ToStringTag, "Math", PropertyFlags.Configurable);
        return math;
    }

    /// <summary>21.3.2.28 Math.round: halves round toward +∞; -0 and (-0.5, -0) give -0.</summary>
    private static double Round(double x)
    {
        if (double.IsNaN(x) || double.IsInfinity(x) || x == Math.Floor(x)) return x;
        if (x < 0 && x >= -0.5) return -0.0;
        // Not floor(x + 0.5): the addition rounds (0.5 - ε/4 + 0.5 == 1, and odd integers near 2^53).
        double floor = Math.Floor(x);
        return x - floor >= 0.5 ? floor + 1 : floor;
    }

    // The hyperbolic and log/exp helpers keep the sign of zero (-0 in, -0 out) and stay accurate
    // near 0, where the textbook formulas cancel.
    private static double Asinh(double x) => x == 0 ? x : Math.Asinh(x);
    private static double Atanh(double x) => x == 0 ? x : Math.Atanh(x);
    private static double Sinh(double x) => x == 0 ? x : Math.Sinh(x);
    private static double Tanh(double x) => x == 0 ? x : Math.Tanh(x);

    /// <summary>21.3.2.15 Math.expm1: e^x - 1 without cancellation for small x (Kahan's trick:
    /// (u - 1) * x / log(u) with u = e^x corrects the rounding of u).</summary>
    private static double Expm1(double x)
    {
        if (x == 0 || double.IsNaN(x)) return x;
        if (Math.Abs(x) >= 0.5) return Math.Exp(x) - 1;
        double u = Math.Exp(x);
        if (u == 1.0) return x;
        double um1 = u - 1.0;
        if (um1 == -1.0) return -1.0;
        return um1 * x / Math.Log(u);
    }

    /// <summary>21.3.2.21 Math.log1p: log(1 + x) accurate for small x (Goldberg's correction:
    /// log(u) * x / (u - 1) with u = 1 + x).</summary>
    private static double Log1p(double x)
    {
        if (x == 0 || double.IsNaN(x)) return x;
        if (x == -1) return double.NegativeInfinity;
        if (x < -1) return double.NaN;
        if (double.IsPositiveInfinity(x)) return x;
        double u = 1.0 + x;
        if (u == 1.0) return x;
        return Math.Log(u) * x / (u - 1.0);
    }

    private static JsValue Max(Realm realm, in JsValue t, ReadOnlySpan<JsValue> args, JsObject? n)
    {
        double result = double.NegativeInfinity;
        bool nan = false;
        foreach (var a in args)
        {
            double v = Operations.ToNumber(a);
            if (double.IsNaN(v)) nan = true;
            else if (v > result || (v == 0 && result == 0 && !double.IsNegative(v))) result = v;
        }
        return nan ? double.NaN : result;
    }

    private static JsValue Min(Realm realm, in JsValue t, ReadOnlySpan<JsValue> args, JsObject? n)
    {
        double result = double.PositiveInfinity;
        bool nan = false;
        foreach (var a in args)
        {
            double v = Operations.ToNumber(a);
            if (double.IsNaN(v)) nan = true;
            else if (v < result || (v == 0 && result == 0 && double.IsNegative(v))) result = v;
        }
        return nan ? double.NaN : result;
    }

    private static JsValue Hypot(Realm realm, in JsValue t, ReadOnlySpan<JsValue> args, JsObject? n)
    {
        double sum = 0;
        bool inf = false, nan = false;
        foreach (var a in args)
        {
            double v = Operations.ToNumber(a);
            if (double.IsInfinity(v)) inf = true;
            else if (double.IsNaN(v)) nan = true;
            else sum += v * v;
        }
        return inf ? double.PositiveInfinity : nan ? double.NaN : Math.Sqrt(sum);
    }

    /// <summary>Math.sumPrecise(items) (ES2026 §21.3.2.34): the exact sum of the finite values,
    /// rounded once. Each double is m·2^e with e ≥ -1074, so the sum is an integer in units of
    /// 2^-1074 (a BigInteger of about 2,100 bits at most), rounded to a double half-to-even.</summary>
    private static JsValue SumPrecise(Realm realm, in JsValue t, ReadOnlySpan<JsValue> args, JsObject? n)
    {
        var items = Builtin.Arg(args, 0);
        if (items.IsNullish) JsException.ThrowTypeError("Math.sumPrecise called on null or undefined");
        var iter = IteratorRecord.Get(realm, items);
        // States: minus-zero (nothing but -0 yet), finite, +∞, -∞, NaN.
        bool sawFinite = false, plusInf = false, minusInf = false, nan = false;
        var sum = System.Numerics.BigInteger.Zero;
        long count = 0;
        while (iter.Step(realm, out var next))
        {
            if (++count >= 9007199254740992L)
            {
                iter.CloseAfterThrow(realm);
                throw new JsException(ErrorKind.RangeError, "Math.sumPrecise: too many values");
            }
            if (!next.IsNumber)
            {
                iter.CloseAfterThrow(realm);
                throw new JsException(ErrorKind.TypeError, $"Math.sumPrecise: {Operations.DescribeForError(next)} is not a number");
            }
            if (nan) continue;
            double v = next.Number;
            if (double.IsNaN(v)) nan = true;
            else if (double.IsPositiveInfinity(v)) { if (minusInf) nan = true; else plusInf = true; }
            else if (double.IsNegativeInfinity(v)) { if (plusInf) nan = true; else minusInf = true; }
            else if (!(v == 0 && double.IsNegative(v)))
            {
                sawFinite = true;
                if (v != 0 && !plusInf && !minusInf) sum += ScaledToMinExponent(v);
            }
        }
        if (nan) return double.NaN;
        if (plusInf) return double.PositiveInfinity;
        if (minusInf) return double.NegativeInfinity;
        if (!sawFinite) return -0.0;
        if (sum.IsZero) return 0.0;
        return RoundScaled(sum);
    }

    /// <summary>v · 2^1074 as an integer (exact for every finite double).</summary>
    private static System.Numerics.BigInteger ScaledToMinExponent(double v)
    {
        long bits = BitConverter.DoubleToInt64Bits(v);
        int exp = (int)((bits >> 52) & 0x7FF);
        long mantissa = bits & 0xFFFFFFFFFFFFFL;
        if (exp != 0) mantissa |= 1L << 52; else exp = 1;
        var scaled = new System.Numerics.BigInteger(mantissa) << (exp - 1);
        return bits < 0 ? -scaled : scaled;
    }

    /// <summary>sum · 2^-1074 rounded half-to-even to a double (±∞ beyond the range).</summary>
    private static double RoundScaled(System.Numerics.BigInteger sum)
    {
        bool negative = sum.Sign < 0;
        var abs = System.Numerics.BigInteger.Abs(sum);
        int shift = Math.Max(0, (int)abs.GetBitLength() - 53);
        var m = abs >> shift;
        if (shift > 0)
        {
            var rest = abs - (m << shift);
            var half = System.Numerics.BigInteger.One << (shift - 1);
            int c = rest.CompareTo(half);
            if (c > 0 || (c == 0 && !m.IsEven)) m += 1;
        }
        double r = Math.ScaleB((double)(long)m, shift - 1074);
        return negative ? -r : r;
    }
}
