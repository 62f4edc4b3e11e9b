using System;
using System.Globalization;
using System.Numerics;
using System.Text;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins.Temporal;

// Converting values to durations and durations to strings, and Duration arithmetic without a reference point.
public static partial class DurationOperations
{
    // Temporal §7.5.12 ToTemporalDuration
    public static JsDuration ToTemporalDuration(Realm realm, in JsValue item)
    {
        if (item.IsObject && item.AsObject() is JsDuration d)
            return CreateTemporalDuration(realm, d.Years, d.Months, d.Weeks, d.Days, d.Hours, d.Minutes, d.Seconds, d.Milliseconds, d.Microseconds, d.Nanoseconds);
        if (!item.IsObject)
        {
            if (!item.IsString) JsException.ThrowTypeError($"Temporal.Duration: cannot convert {Operations.DescribeForError(item)} to a duration");
            return DurationParser.ParseTemporalDurationString(realm, item.AsString());
        }
        var partial = ToTemporalPartialDurationRecord(item);
        return CreateTemporalDuration(realm, partial.Years ?? 0, partial.Months ?? 0, partial.Weeks ?? 0, partial.Days ?? 0, partial.Hours ?? 0,
            partial.Minutes ?? 0, partial.Seconds ?? 0, partial.Milliseconds ?? 0, partial.Microseconds ?? 0, partial.Nanoseconds ?? 0);
    }

    // Temporal §7.5.19 ToTemporalPartialDurationRecord: properties read and converted in alphabetical order.
    public static PartialDuration ToTemporalPartialDurationRecord(in JsValue temporalDurationLike)
    {
        if (!temporalDurationLike.IsObject) JsException.ThrowTypeError("Temporal.Duration: a duration-like object is required");
        var o = temporalDurationLike.AsObject();
        var r = new PartialDuration
        {
            Days = Field(o, "days"),
            Hours = Field(o, "hours"),
            Microseconds = Field(o, "microseconds"),
            Milliseconds = Field(o, "milliseconds"),
            Minutes = Field(o, "minutes"),
            Months = Field(o, "months"),
            Nanoseconds = Field(o, "nanoseconds"),
            Seconds = Field(o, "seconds"),
            Weeks = Field(o, "weeks"),
            Years = Field(o, "years"),
        };
        if (r.Years == null && r.Months == null && r.Weeks == null && r.Days == null && r.Hours == null && r.Minutes == null
            && r.Seconds == null && r.Milliseconds == null && r.Microseconds == null && r.Nanoseconds == null)
            JsException.ThrowTypeError("Temporal.Duration: a duration-like object needs at least one duration property");
        return r;
    }

    private static double? Field(JsObject o, string name)
    {
        var value = o.Get(name);
        if (value.IsUndefined) return null;
        return TemporalConvert.ToIntegerIfIntegral(value);
    }

    // Temporal §7.5.39 AddDurations
    public static JsDuration AddDurations(Realm realm, bool subtract, JsDuration duration, in JsValue otherValue)
    {
        var other = ToTemporalDuration(realm, otherValue);
        if (subtract) other = CreateNegatedTemporalDuration(realm, other);
        var largestUnit1 = DefaultTemporalLargestUnit(duration);
        var largestUnit2 = DefaultTemporalLargestUnit(other);
        var largestUnit = TemporalOptions.LargerOfTwoTemporalUnits(largestUnit1, largestUnit2);
        if (IsCalendarUnit(largestUnit)) JsException.ThrowRangeError("Temporal.Duration: cannot add durations with years, months or weeks without a reference date");
        var d1 = ToInternalDurationRecordWith24HourDays(duration);
        var d2 = ToInternalDurationRecordWith24HourDays(other);
        Int128 timeResult = AddTimeDuration(d1.Time, d2.Time);
        var result = CombineDateAndTimeDuration(DateDuration.Zero, timeResult);
        return TemporalDurationFromInternal(realm, result, largestUnit);
    }

    // Temporal §7.5.28 RoundTimeDurationToIncrement
    public static Int128 RoundTimeDurationToIncrement(Int128 d, Int128 increment, RoundingMode roundingMode)
    {
        Int128 rounded = TimeMath.RoundNumberToIncrement(d, increment, roundingMode);
        if (Int128.Abs(rounded) > MaxTimeDuration) JsException.ThrowRangeError("Temporal.Duration: rounded time duration out of range");
        return rounded;
    }

    // Temporal §7.5.32 RoundTimeDuration
    public static Int128 RoundTimeDuration(Int128 timeDuration, long increment, TemporalUnit unit, RoundingMode roundingMode)
        => RoundTimeDurationToIncrement(timeDuration, (Int128)UnitLengthNs(unit) * increment, roundingMode);

    // Temporal §7.5.38 TemporalDurationToString; precision is 0-9 or TemporalOptions.PrecisionAuto.
    public static string TemporalDurationToString(JsDuration duration, int precision)
    {
        int sign = DurationSign(duration);
        var sb = new StringBuilder();
        if (sign < 0) sb.Append('-');
        sb.Append('P');
        AppendPart(sb, duration.Years, 'Y');
        AppendPart(sb, duration.Months, 'M');
        AppendPart(sb, duration.Weeks, 'W');
        AppendPart(sb, duration.Days, 'D');
        var time = new StringBuilder();
        AppendPart(time, duration.Hours, 'H');
        AppendPart(time, duration.Minutes, 'M');
        bool zeroMinutesAndHigher = DefaultTemporalLargestUnit(duration) >= TemporalUnit.Second;
        Int128 secondsDuration = TimeDurationFromComponents(0, 0, duration.Seconds, duration.Milliseconds, duration.Microseconds, duration.Nanoseconds);
        if (secondsDuration != 0 || zeroMinutesAndHigher || precision != TemporalOptions.PrecisionAuto)
        {
            Int128 abs = Int128.Abs(secondsDuration);
            time.Append((abs / 1_000_000_000).ToString(CultureInfo.InvariantCulture));
            time.Append(TemporalFormat.FormatFractionalSeconds((long)(abs % 1_000_000_000), precision));
            time.Append('S');
        }
        if (time.Length > 0) sb.Append('T').Append(time);
        return sb.ToString();
    }

    private static void AppendPart(StringBuilder sb, double value, char designator)
    {
        if (value == 0) return;
        double abs = Math.Abs(value);
        // "formatted as a decimal number": every digit of the integer, never an exponent.
        sb.Append(abs < 1e15 ? ((long)abs).ToString(CultureInfo.InvariantCulture) : new BigInteger(abs).ToString(CultureInfo.InvariantCulture));
        sb.Append(designator);
    }
}
