using System;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins.Temporal;

// Temporal §8.5 the operations of Temporal.Instant that take or make a Temporal.Duration.
internal static partial class InstantOperations
{
    // Temporal §8.5.5 AddInstant ( epochNanoseconds, timeDuration )
    public static Int128 AddInstant(Int128 epochNanoseconds, Int128 timeDuration)
    {
        var result = DurationOperations.AddTimeDurationToEpochNanoseconds(timeDuration, epochNanoseconds);
        if (!IsValidEpochNanoseconds(result)) JsException.ThrowRangeError("Temporal.Instant: result out of range");
        return result;
    }

    // Temporal §8.5.6 DifferenceInstant ( ns1, ns2, roundingIncrement, smallestUnit, roundingMode )
    public static InternalDuration DifferenceInstant(Int128 ns1, Int128 ns2, int roundingIncrement, TemporalUnit smallestUnit, RoundingMode roundingMode)
    {
        var timeDuration = DurationOperations.TimeDurationFromEpochNanosecondsDifference(ns2, ns1);
        timeDuration = DurationOperations.RoundTimeDuration(timeDuration, roundingIncrement, smallestUnit, roundingMode);
        return DurationOperations.CombineDateAndTimeDuration(DateDuration.Zero, timeDuration);
    }

    // Temporal §8.5.9 DifferenceTemporalInstant ( operation, instant, other, options )
    public static JsDuration DifferenceTemporalInstant(Realm realm, DifferenceOperation operation, JsInstant instant, in JsValue otherValue, in JsValue options)
    {
        var other = ToTemporalInstant(realm, otherValue);
        var resolvedOptions = TemporalOptions.GetOptionsObject(options);
        var settings = TemporalOptions.GetDifferenceSettings(operation, resolvedOptions, UnitGroup.Time, [], TemporalUnit.Nanosecond, TemporalUnit.Second);
        var internalDuration = DifferenceInstant(instant.EpochNanoseconds, other.EpochNanoseconds, settings.RoundingIncrement, settings.SmallestUnit, settings.RoundingMode);
        var result = DurationOperations.TemporalDurationFromInternal(realm, internalDuration, settings.LargestUnit);
        if (operation == DifferenceOperation.Since) result = DurationOperations.CreateNegatedTemporalDuration(realm, result);
        return result;
    }

    // Temporal §8.5.10 AddDurationToInstant ( operation, instant, temporalDurationLike )
    public static JsInstant AddDurationToInstant(Realm realm, bool subtract, JsInstant instant, in JsValue temporalDurationLike)
    {
        var duration = DurationOperations.ToTemporalDuration(realm, temporalDurationLike);
        if (subtract) duration = DurationOperations.CreateNegatedTemporalDuration(realm, duration);
        var largestUnit = DurationOperations.DefaultTemporalLargestUnit(duration);
        if (DurationOperations.IsDateUnit(largestUnit)) JsException.ThrowRangeError("Temporal.Instant: cannot add a duration with years, months, weeks or days");
        var internalDuration = DurationOperations.ToInternalDurationRecordWith24HourDays(duration);
        var ns = AddInstant(instant.EpochNanoseconds, internalDuration.Time);
        return JsInstant.Create(realm, ns);
    }
}
