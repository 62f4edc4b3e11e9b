using System;
using System.Buffers.Binary;
using System.Numerics;
using Aot.Engine.Builtins.Number;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins;

/// <summary>The element types of ECMA-262 Table 71 (TypedArray constructors), in table order.</summary>
public enum TypedArrayKind : byte
{
    Int8, Uint8, Uint8Clamped, Int16, Uint16, Int32, Uint32, BigInt64, BigUint64, Float16, Float32, Float64,
}

/// <summary>Table 71: names and element sizes, and the raw byte conversions of §25.1.3.15
/// RawBytesToNumeric and §25.1.3.18 NumericToRawBytes. Typed arrays use the platform's byte
/// order (little-endian on every target of this engine); DataView chooses per call.</summary>
internal static class TypedArrayInfo
{
    public const int KindCount = 12;

    private static readonly string[] Names =
    [
        "Int8Array", "Uint8Array", "Uint8ClampedArray", "Int16Array", "Uint16Array", "Int32Array", "Uint32Array",
        "BigInt64Array", "BigUint64Array", "Float16Array", "Float32Array", "Float64Array",
    ];

    private static readonly byte[] Sizes = [1, 1, 1, 2, 2, 4, 4, 8, 8, 2, 4, 8];

    public static string Name(TypedArrayKind kind) => Names[(int)kind];
    public static int ElementSize(TypedArrayKind kind) => Sizes[(int)kind];
    /// <summary>[[ContentType]] is BigInt.</summary>
    public static bool IsBigInt(TypedArrayKind kind) => kind is TypedArrayKind.BigInt64 or TypedArrayKind.BigUint64;

    /// <summary>§25.1.3.15 RawBytesToNumeric: the element at <paramref name="at"/>.</summary>
    public static JsValue Read(TypedArrayKind kind, byte[] data, int at, bool littleEndian = true)
    {
        var b = data.AsSpan(at);
        return kind switch
        {
            TypedArrayKind.Int8 => JsValue.FromNumber((sbyte)b[0]),
            TypedArrayKind.Uint8 or TypedArrayKind.Uint8Clamped => JsValue.FromNumber(b[0]),
            TypedArrayKind.Int16 => JsValue.FromNumber(littleEndian ? BinaryPrimitives.ReadInt16LittleEndian(b) : BinaryPrimitives.ReadInt16BigEndian(b)),
            TypedArrayKind.Uint16 => JsValue.FromNumber(littleEndian ? BinaryPrimitives.ReadUInt16LittleEndian(b) : BinaryPrimitives.ReadUInt16BigEndian(b)),
            TypedArrayKind.Int32 => JsValue.FromNumber(littleEndian ? BinaryPrimitives.ReadInt32LittleEndian(b) : BinaryPrimitives.ReadInt32BigEndian(b)),
            TypedArrayKind.Uint32 => JsValue.FromNumber(littleEndian ? BinaryPrimitives.ReadUInt32LittleEndian(b) : BinaryPrimitives.ReadUInt32BigEndian(b)),
            TypedArrayKind.BigInt64 => JsValue.FromBigInt(new BigInteger(littleEndian ? BinaryPrimitives.ReadInt64LittleEndian(b) : BinaryPrimitives.ReadInt64BigEndian(b))),
            TypedArrayKind.BigUint64 => JsValue.FromBigInt(new BigInteger(littleEndian ? BinaryPrimitives.ReadUInt64LittleEndian(b) : BinaryPrimitives.ReadUInt64BigEndian(b))),
            TypedArrayKind.Float16 => JsValue.FromNumber(HalfBitsToDouble(littleEndian ? BinaryPrimitives.ReadUInt16LittleEndian(b) : BinaryPrimitives.ReadUInt16BigEndian(b))),
            TypedArrayKind.Float32 => JsValue.FromNumber(littleEndian ? BinaryPrimitives.ReadSingleLittleEndian(b) : BinaryPrimitives.ReadSingleBigEndian(b)),
            _ => JsValue.FromNumber(littleEndian ? BinaryPrimitives.ReadDoubleLittleEndian(b) : BinaryPrimitives.ReadDoubleBigEndian(b)),
        };
    }

    /// <summary>§25.1.3.18 NumericToRawBytes: <paramref name="value"/> is already a Number (or a
    /// BigInt for the BigInt kinds), the result of ToNumber / ToBigInt.</summary>
    public static void Write(TypedArrayKind kind, byte[] data, int at, in JsValue value, bool littleEndian = true)
    {
        var b = data.AsSpan(at);
        switch (kind)
        {
            case TypedArrayKind.Int8: b[0] = (byte)NumberConversions.ToInt8(value.Number); break;
            case TypedArrayKind.Uint8: b[0] = NumberConversions.ToUint8(value.Number); break;
            case TypedArrayKind.Uint8Clamped: b[0] = NumberConversions.ToUint8Clamp(value.Number); break;
            case TypedArrayKind.Int16:
            case TypedArrayKind.Uint16:
                ushort u16 = (ushort)NumberConversions.ToInt32(value.Number);
                if (littleEndian) BinaryPrimitives.WriteUInt16LittleEndian(b, u16); else BinaryPrimitives.WriteUInt16BigEndian(b, u16);
                break;
            case TypedArrayKind.Int32:
            case TypedArrayKind.Uint32:
                uint u32 = (uint)NumberConversions.ToInt32(value.Number);
                if (littleEndian) BinaryPrimitives.WriteUInt32LittleEndian(b, u32); else BinaryPrimitives.WriteUInt32BigEndian(b, u32);
                break;
            case TypedArrayKind.BigInt64:
            case TypedArrayKind.BigUint64:
                ulong u64 = BigIntToUInt64(value.AsBigInt);
                if (littleEndian) BinaryPrimitives.WriteUInt64LittleEndian(b, u64); else BinaryPrimitives.WriteUInt64BigEndian(b, u64);
                break;
            case TypedArrayKind.Float16:
                ushort h = DoubleToHalfBits(value.Number);
                if (littleEndian) BinaryPrimitives.WriteUInt16LittleEndian(b, h); else BinaryPrimitives.WriteUInt16BigEndian(b, h);
                break;
            case TypedArrayKind.Float32:
                if (littleEndian) BinaryPrimitives.WriteSingleLittleEndian(b, (float)value.Number); else BinaryPrimitives.WriteSingleBigEndian(b, (float)value.Number);
                break;
            default:
                if (littleEndian) BinaryPrimitives.WriteDoubleLittleEndian(b, value.Number); else BinaryPrimitives.WriteDoubleBigEndian(b, value.Number);
                break;
        }
    }

    /// <summary>The value modulo 2^64 (§7.1.15 ToBigInt64 / §7.1.16 ToBigUint64 share these bits).</summary>
    public static ulong BigIntToUInt64(BigInteger x)
    {
        if (x >= long.MinValue && x <= long.MaxValue) return unchecked((ulong)(long)x);
        return (ulong)(x & ulong.MaxValue);
    }

    /// <summary>The Number or BigInt conversion the element type asks for (ToBigInt or ToNumber).</summary>
    public static JsValue ToNumeric(TypedArrayKind kind, in JsValue value)
        => IsBigInt(kind) ? JsValue.FromBigInt(BigIntOperations.ToBigInt(value)) : JsValue.FromNumber(value.IsNumber ? value.Number : Operations.ToNumber(value));

    /// <summary>IEEE 754 binary16 bits of <paramref name="d"/>, rounded to nearest, ties to even
    /// (§6.1.6.1.21 roundTiesToEven, as Math.f16round and Float16Array need; written out so no double
    /// rounding through float can happen).</summary>
    public static ushort DoubleToHalfBits(double d)
    {
        ushort sign = (ushort)((BitConverter.DoubleToUInt64Bits(d) >> 48) & 0x8000);
        if (double.IsNaN(d)) return 0x7E00;
        double a = Math.Abs(d);
        if (a >= 65520.0) return (ushort)(sign | 0x7C00); // 65504 is the largest; halfway to 65536 and beyond round up to infinity
        if (a < 6.103515625e-05)                          // below 2^-14: subnormal, in units of 2^-24 (exact scaling)
            return (ushort)(sign | (ushort)Math.Round(a * 16777216.0, MidpointRounding.ToEven)); // 1024 is the smallest normal's bits
        int exp = Math.ILogB(a);
        double m = Math.Round(Math.ScaleB(a, 10 - exp), MidpointRounding.ToEven); // 1024 .. 2048
        if (m == 2048) { m = 1024; exp++; }
        if (exp > 15) return (ushort)(sign | 0x7C00);
        return (ushort)(sign | ((exp + 15) << 10) | ((int)m - 1024));
    }

    public static double HalfBitsToDouble(ushort bits) => (double)BitConverter.UInt16BitsToHalf(bits);

    /// <summary>§21.3.2.17 Math.f16round's rounding.</summary>
    public static double RoundToHalf(double d) => double.IsNaN(d) ? double.NaN : HalfBitsToDouble(DoubleToHalfBits(d));
}

/// <summary>§7.1.13 ToBigInt and friends, for typed arrays, DataView and Atomics.</summary>
internal static class BigIntOperations
{
    /// <summary>§7.1.13 ToBigInt ( argument ).</summary>
    public static BigInteger ToBigInt(in JsValue argument)
    {
        var prim = Operations.ToPrimitive(argument, PreferredType.Number);
        switch (prim.Tag)
        {
            case JsTag.BigInt: return prim.AsBigInt;
            case JsTag.Boolean: return prim.AsBoolean ? BigInteger.One : BigInteger.Zero;
            case JsTag.String:
                var n = NumberConversions.StringToBigInt(prim.AsString());
                if (n == null) JsException.ThrowSyntaxError($"Cannot convert {prim.AsString()} to a BigInt");
                return n.Value;
            case JsTag.Number: return JsException.ThrowTypeError<BigInteger>($"Cannot convert {NumberFormatting.ToString(prim.Number)} to a BigInt");
            case JsTag.Symbol: return JsException.ThrowTypeError<BigInteger>("Cannot convert a Symbol value to a BigInt");
            default: return JsException.ThrowTypeError<BigInteger>($"Cannot convert {prim} to a BigInt");
        }
    }
}
