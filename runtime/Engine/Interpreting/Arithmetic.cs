using System;
using System.Numerics;
using Aot.Engine.Compiling;
using Aot.Engine.Objects;

namespace Aot.Engine.Interpreting;

/// <summary>Slow paths of the numeric operators (ECMA-262 §13.15.3 ApplyStringOrNumericBinaryOperator,
/// §6.1.6.1 Number and §6.1.6.2 BigInt operations) once the number/number fast path missed.</summary>
internal static class Arithmetic
{
    /// <summary>The + operator: string concatenation if either primitive is a string.</summary>
    public static JsValue Add(in JsValue left, in JsValue right)
    {
        var lprim = Operations.ToPrimitive(left);
        var rprim = Operations.ToPrimitive(right);
        if (lprim.IsString || rprim.IsString)
            return JsRope.Concat(lprim.IsString ? lprim.Ref! : Operations.ToString(lprim), rprim.IsString ? rprim.Ref! : Operations.ToString(rprim));
        return Binary(Op.Add, lprim, rprim);
    }

    public static JsValue Binary(Op op, in JsValue left, in JsValue right)
    {
        var l = Operations.ToNumeric(left);
        var r = Operations.ToNumeric(right);
        if (l.IsNumber && r.IsNumber) return JsValue.FromNumber(Number(op, l.Number, r.Number));
        if (l.IsBigInt && r.IsBigInt) return BigInt(op, l.AsBigInt, r.AsBigInt);
        return JsException.ThrowTypeError<JsValue>("Cannot mix BigInt and other types, use explicit conversions");
    }

    public static double Number(Op op, double x, double y) => op switch
    {
        Op.Add => x + y,
        Op.Sub => x - y,
        Op.Mul => x * y,
        Op.Div => x / y,
        Op.Mod => x % y,
        Op.Exp => Exponentiate(x, y),
        Op.BitAnd => Operations.DoubleToInt32(x) & Operations.DoubleToInt32(y),
        Op.BitOr => Operations.DoubleToInt32(x) | Operations.DoubleToInt32(y),
        Op.BitXor => Operations.DoubleToInt32(x) ^ Operations.DoubleToInt32(y),
        Op.Shl => Operations.DoubleToInt32(x) << (Operations.DoubleToInt32(y) & 31),
        Op.Shr => Operations.DoubleToInt32(x) >> (Operations.DoubleToInt32(y) & 31),
        Op.UShr => (uint)Operations.DoubleToInt32(x) >> (Operations.DoubleToInt32(y) & 31),
        _ => throw new InvalidOperationException(op.ToString()),
    };

    /// <summary>§6.1.6.1.3 Number::exponentiate (differs from Math.Pow for ±1 ** ±Infinity and NaN exponents).</summary>
    public static double Exponentiate(double b, double e)
    {
        if (double.IsNaN(e)) return double.NaN;
        if (e == 0) return 1;
        if ((b == 1 || b == -1) && double.IsInfinity(e)) return double.NaN;
        return Math.Pow(b, e);
    }

    private static JsValue BigInt(Op op, BigInteger x, BigInteger y)
    {
        switch (op)
        {
            case Op.Add: return JsValue.FromBigInt(x + y);
            case Op.Sub: return JsValue.FromBigInt(x - y);
            case Op.Mul: return JsValue.FromBigInt(x * y);
            case Op.Div:
                if (y.IsZero) JsException.ThrowRangeError("Division by zero");
                return JsValue.FromBigInt(BigInteger.Divide(x, y));
            case Op.Mod:
                if (y.IsZero) JsException.ThrowRangeError("Division by zero");
                return JsValue.FromBigInt(BigInteger.Remainder(x, y));
            case Op.Exp:
                if (y.Sign < 0) JsException.ThrowRangeError("Exponent must be non-negative");
                if (y > int.MaxValue) JsException.ThrowRangeError("Maximum BigInt size exceeded");
                return JsValue.FromBigInt(BigInteger.Pow(x, (int)y));
            case Op.BitAnd: return JsValue.FromBigInt(x & y);
            case Op.BitOr: return JsValue.FromBigInt(x | y);
            case Op.BitXor: return JsValue.FromBigInt(x ^ y);
            case Op.Shl: return JsValue.FromBigInt(y.Sign >= 0 ? x << (int)y : x >> (int)-y);
            case Op.Shr: return JsValue.FromBigInt(y.Sign >= 0 ? x >> (int)y : x << (int)-y);
            default: return JsException.ThrowTypeError<JsValue>("BigInts have no unsigned right shift, use >> instead");
        }
    }

    public static JsValue Negate(in JsValue v)
    {
        var n = Operations.ToNumeric(v);
        return n.IsBigInt ? JsValue.FromBigInt(-n.AsBigInt) : JsValue.FromNumber(-n.Number);
    }

    public static JsValue BitNot(in JsValue v)
    {
        var n = Operations.ToNumeric(v);
        return n.IsBigInt ? JsValue.FromBigInt(-n.AsBigInt - 1) : JsValue.FromNumber(~Operations.DoubleToInt32(n.Number));
    }

    public static JsValue Increment(in JsValue v, bool increment)
    {
        var n = Operations.ToNumeric(v);
        if (n.IsBigInt) return JsValue.FromBigInt(increment ? n.AsBigInt + 1 : n.AsBigInt - 1);
        return JsValue.FromNumber(increment ? n.Number + 1 : n.Number - 1);
    }
}
