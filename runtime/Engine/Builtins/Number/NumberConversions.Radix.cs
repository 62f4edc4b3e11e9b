using System;

namespace Aot.Engine.Builtins.Number;

public static partial class NumberConversions
{
    private const string RadixDigits = "0123456789abcdefghijklmnopqrstuvwxyz";

    /// <summary>
    /// Number::toString(x, radix) for radix ≠ 10 (ECMA-262 §6.1.6.1.20 leaves the digits
    /// implementation-approximated). Produces exactly V8's output (DoubleToRadixCString in
    /// src/numbers/conversions.cc): the fraction is emitted digit by digit until the remaining
    /// fraction is below half the distance to the next double (so the result identifies x
    /// uniquely), rounding half to even with carry back into already written digits; the integer
    /// part is exact while it stays below 2^53 and is padded with zeros beyond that.
    /// </summary>
    public static string ToRadixString(double value, int radix)
    {
        if (double.IsNaN(value)) return "NaN";
        if (double.IsInfinity(value)) return value > 0 ? "Infinity" : "-Infinity";
        if (value == 0) return "0";

        // Doubles stay below 2^1024, so 1100 integer digits (radix 2) and 1100 fraction digits
        // (radix 2 down to 2^-1074) are enough.
        const int bufferSize = 2200;
        Span<char> buffer = stackalloc char[bufferSize];
        int integerCursor = bufferSize / 2;
        int fractionCursor = integerCursor;

        bool negative = value < 0;
        if (negative) value = -value;

        double integer = Math.Floor(value);
        double fraction = value - integer;
        // Only compute fraction digits up to the input's precision.
        double delta = 0.5 * (Math.BitIncrement(value) - value);
        delta = Math.Max(double.Epsilon, delta);
        if (fraction >= delta)
        {
            buffer[fractionCursor++] = '.';
            do
            {
                // Shift up by one digit.
                fraction *= radix;
                delta *= radix;
                int digit = (int)fraction;
                buffer[fractionCursor++] = RadixDigits[digit];
                fraction -= digit;
                // Round to even.
                if (fraction > 0.5 || (fraction == 0.5 && (digit & 1) != 0))
                {
                    if (fraction + delta > 1)
                    {
                        // Carry over into the digits already written.
                        while (true)
                        {
                            fractionCursor--;
                            if (fractionCursor == bufferSize / 2)
                            {
                                // Carry into the integer part.
                                integer += 1;
                                break;
                            }
                            char c = buffer[fractionCursor];
                            int d = c > '9' ? c - 'a' + 10 : c - '0';
                            if (d + 1 < radix)
                            {
                                buffer[fractionCursor++] = RadixDigits[d + 1];
                                break;
                            }
                        }
                        break;
                    }
                }
            } while (fraction >= delta);
        }

        // Integer digits: while integer / radix has no unit bit (≥ 2^53), V8 writes zeros.
        while (integer / radix >= 9007199254740992.0)
        {
            integer /= radix;
            buffer[--integerCursor] = '0';
        }
        do
        {
            double remainder = integer % radix;   // C# % on doubles is C fmod.
            buffer[--integerCursor] = RadixDigits[(int)remainder];
            integer = (integer - remainder) / radix;
        } while (integer > 0);

        if (negative) buffer[--integerCursor] = '-';
        return new string(buffer.Slice(integerCursor, fractionCursor - integerCursor));
    }
}
