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
        new("asin", 1, Unary(Math.Asin)),
        new("atan", 1, Unary(Math.Atan)),
        new("atan2", 2, static (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => Math.Atan2(N(a, 0), N(a, 1))),
        new("cbrt", 1, Unary(Math.Cbrt)),
        new("ceil", 1, Unary(Math.Ceiling)),
        new("clz32", 1, static (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => System.Numerics.BitOperations.LeadingZeroCount(Operations.ToUint32(Builtin.Arg(a, 0)))),
        new("cos", 1, Unary(Math.Cos)),
        new("exp", 1, Unary(Math.Exp)),
        new("floor", 1, Unary(Math.Floor)),
        new("f16round", 1, Unary(TypedArrayInfo.RoundToHalf)),
        new("fround", 1, Unary(static x => (float)x)),
        new("hypot", 2, Hypot),
        new("imul", 2, static (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => Operations.ToInt32(Builtin.Arg(a, 0)) * Operations.ToInt32(Builtin.Arg(a, 1))),
        new("log", 1, Unary(Math.Log)),
        new("log10", 1, Unary(Math.Log10)),
        new("log2", 1, Unary(Math.Log2)),
        new("max", 2, Max),
        new("min", 2, Min),
        new("pow", 2, static (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => Interpreting.Arithmetic.Exponentiate(N(a, 0), N(a, 1))),
        new("random", 0, static (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => Random.Shared.NextDouble()),
        new("round", 1, Unary(Round)),
        new("sign", 1, Unary(static x => double.IsNaN(x) || x == 0 ? x : Math.Sign(x))),
        new("sin", 1, Unary(Math.Sin)),
        new("sqrt", 1, Unary(Math.Sqrt)),
        new("tan", 1, Unary(Math.Tan)),
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
        return Math.Floor(x + 0.5);
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
}
