using System;
using System.Numerics;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins.Temporal;

/// <summary>Temporal §8.5 Abstract Operations of Temporal.Instant.</summary>
internal static partial class InstantOperations
{
    // Temporal §8.5.1 IsValidEpochNanoseconds
    public static bool IsValidEpochNanoseconds(BigInteger epochNanoseconds)
        => epochNanoseconds >= (BigInteger)TemporalLimits.MinEpochNanoseconds && epochNanoseconds <= (BigInteger)TemporalLimits.MaxEpochNanoseconds;

    public static bool IsValidEpochNanoseconds(Int128 epochNanoseconds)
        => epochNanoseconds >= TemporalLimits.MinEpochNanoseconds && epochNanoseconds <= TemporalLimits.MaxEpochNanoseconds;

    // Temporal §8.5.4 CompareEpochNanoseconds
    public static int CompareEpochNanoseconds(Int128 one, Int128 two) => one > two ? 1 : one < two ? -1 : 0;

    /// <summary>floor(x / d) for a positive divisor (C# division truncates toward zero).</summary>
    public static Int128 FloorDiv(Int128 x, Int128 d)
    {
        var q = x / d;
        if (x < 0 && q * d != x) q -= 1;
        return q;
    }

    // Temporal §8.5.3 ToTemporalInstant ( item )
    public static JsInstant ToTemporalInstant(Realm realm, in JsValue item)
    {
        var value = item;
        if (item.IsObject)
        {
            var obj = item.AsObject();
            if (obj is JsInstant instant) return instant;
            if (obj is JsZonedDateTime zoned) return JsInstant.Create(realm, zoned.EpochNanoseconds);
            // NOTE: ToPrimitive lets Instant-like objects convert through their toString.
            value = Operations.ToPrimitive(item, PreferredType.String);
        }
        if (!value.IsString) JsException.ThrowTypeError($"Temporal.Instant: cannot convert {Operations.DescribeForError(value)} to an Instant");
        var parsed = TemporalParser.ParseTemporalInstantString(value.AsString());
        long offsetNanoseconds = parsed.Z ? 0 : TemporalParser.ParseDateTimeUTCOffset(parsed.OffsetString!);
        var time = parsed.Time ?? IsoTime.Midnight;
        var balanced = TimeMath.BalanceISODateTime(parsed.Year!.Value, parsed.Month, parsed.Day, time.Hour, time.Minute, time.Second,
            time.Millisecond, time.Microsecond, time.Nanosecond - offsetNanoseconds);
        // CheckISODaysRange: a date more than 10^8 days from the epoch cannot be an Instant.
        TimeZones.CheckISODaysRange(balanced.Date);
        var epochNanoseconds = TimeMath.GetUTCEpochNanoseconds(balanced);
        if (!IsValidEpochNanoseconds(epochNanoseconds)) JsException.ThrowRangeError("Temporal.Instant: out of range");
        return JsInstant.Create(realm, epochNanoseconds);
    }

    /// <summary>The "Length in Nanoseconds" column of the Temporal units table, for time units.</summary>
    public static long UnitLengthNs(TemporalUnit unit) => TimeMath.UnitNanoseconds(unit);

    // Temporal §8.5.7 RoundTemporalInstant ( ns, increment, unit, roundingMode )
    public static Int128 RoundTemporalInstant(Int128 ns, long increment, TemporalUnit unit, RoundingMode roundingMode)
    {
        Int128 incrementNs = (Int128)increment * UnitLengthNs(unit);
        return TimeMath.RoundNumberToIncrementAsIfPositive(ns, incrementNs, roundingMode);
    }

    // Temporal §8.5.8 TemporalInstantToString ( instant, timeZone, precision )
    public static string TemporalInstantToString(Realm realm, Int128 epochNs, string? timeZone, int precision)
    {
        string outputTimeZone = timeZone ?? "UTC";
        var isoDateTime = TimeZones.GetISODateTimeFor(realm, outputTimeZone, epochNs);
        string dateTimeString = TemporalFormat.ISODateTimeToString(isoDateTime, "iso8601", precision, ShowCalendar.Never);
        string timeZoneString = timeZone == null
            ? "Z"
            : TemporalFormat.FormatDateTimeUTCOffsetRounded(TimeZones.GetOffsetNanosecondsFor(realm, outputTimeZone, epochNs));
        return dateTimeString + timeZoneString;
    }
}
