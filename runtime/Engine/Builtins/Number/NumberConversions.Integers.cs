using System;

namespace Aot.Engine.Builtins.Number;

// Integer conversions of ECMA-262 §7.1.5-7.1.12, §7.1.20 ToLength, §7.1.22 ToIndex and the
// Number static predicates §21.1.2.3 isInteger, §21.1.2.5 isSafeInteger. All take the result of
// ToNumber (the engine performs that coercion with its observable side effects first).
public static partial class NumberConversions
{
    /// <summary>2^53 - 1, Number.MAX_SAFE_INTEGER.</summary>
    public const double MaxSafeInteger = 9007199254740991.0;

    private const double Two32 = 4294967296.0;

    /// <summary>§7.1.5 ToIntegerOrInfinity: NaN and ±0 → +0, ±∞ kept, otherwise truncated.</summary>
    public static double ToIntegerOrInfinity(double number)
    {
        if (double.IsNaN(number) || number == 0) return 0;
        if (double.IsInfinity(number)) return number;
        double t = Math.Truncate(number);
        return t == 0 ? 0 : t;   // -0.5 truncates to -0; the spec's result is +0.
    }

    /// <summary>§7.1.6 ToInt32.</summary>
    public static int ToInt32(double number)
    {
        // The common case: already an int32-valued number (also maps -0 to 0).
        if (number >= int.MinValue && number <= int.MaxValue) return (int)number;
        return unchecked((int)ToUint32Slow(number));
    }

    /// <summary>§7.1.7 ToUint32.</summary>
    public static uint ToUint32(double number)
    {
        if (number >= 0 && number <= uint.MaxValue) return (uint)number;
        return ToUint32Slow(number);
    }

    /// <summary>int32bit = truncate(number) modulo 2^32, with NaN and ±∞ mapping to 0.</summary>
    private static uint ToUint32Slow(double number)
    {
        if (!double.IsFinite(number)) return 0;
        // fmod is exact, so this is the mathematical modulo (up to sign).
        double m = Math.Truncate(number) % Two32;
        if (m < 0) m += Two32;
        return (uint)m;
    }

    /// <summary>§7.1.8 ToInt16.</summary>
    public static short ToInt16(double number) => unchecked((short)ToInt32(number));

    /// <summary>§7.1.9 ToUint16.</summary>
    public static ushort ToUint16(double number) => unchecked((ushort)ToInt32(number));

    /// <summary>§7.1.10 ToInt8.</summary>
    public static sbyte ToInt8(double number) => unchecked((sbyte)ToInt32(number));

    /// <summary>§7.1.11 ToUint8.</summary>
    public static byte ToUint8(double number) => unchecked((byte)ToInt32(number));

    /// <summary>§7.1.12 ToUint8Clamp: clamp to 0..255, round half to even.</summary>
    public static byte ToUint8Clamp(double number)
    {
        if (double.IsNaN(number) || number <= 0) return 0;
        if (number >= 255) return 255;
        double f = Math.Floor(number);
        if (f + 0.5 < number) return (byte)(f + 1);
        if (number < f + 0.5) return (byte)f;
        return ((int)f & 1) != 0 ? (byte)(f + 1) : (byte)f;
    }

    /// <summary>§7.1.20 ToLength: ToIntegerOrInfinity clamped to 0 .. 2^53-1.</summary>
    public static double ToLength(double number)
    {
        double len = ToIntegerOrInfinity(number);
        if (len <= 0) return 0;
        return Math.Min(len, MaxSafeInteger);
    }

    /// <summary>
    /// §7.1.22 ToIndex (value already passed through ToNumber; undefined → NaN → 0):
    /// RangeError unless the integer is in 0 .. 2^53-1.
    /// </summary>
    public static double ToIndex(double number)
    {
        double integer = ToIntegerOrInfinity(number);
        if (!(integer >= 0 && integer <= MaxSafeInteger)) throw new RangeErrorException("Invalid index: " + ToString(number));
        return integer;
    }

    /// <summary>§7.2.6 IsIntegralNumber (Number.isInteger for Number arguments, §21.1.2.3).</summary>
    public static bool IsIntegralNumber(double number) => double.IsFinite(number) && Math.Truncate(number) == number;

    /// <summary>Number.isInteger(number) for a Number argument (§21.1.2.3).</summary>
    public static bool IsInteger(double number) => IsIntegralNumber(number);

    /// <summary>Number.isSafeInteger(number) for a Number argument (§21.1.2.5).</summary>
    public static bool IsSafeInteger(double number) => IsIntegralNumber(number) && Math.Abs(number) <= MaxSafeInteger;
}
