using System;

namespace Aot.Engine.Builtins.Temporal;

// Temporal §7.5 "Date Duration Records" and "Internal Duration Records". A time duration is an integer number of
// nanoseconds in [-maxTimeDuration, maxTimeDuration] (maxTimeDuration = 2^53 × 10^9 − 1, about 9 × 10^24), which
// fits an Int128 with room to spare for the intermediate sums of the rounding algorithms.

/// <summary>A Date Duration Record: [[Years]], [[Months]], [[Weeks]], [[Days]] (float64-representable integers).</summary>
public readonly record struct DateDuration(double Years, double Months, double Weeks, double Days)
{
    public static readonly DateDuration Zero = new(0, 0, 0, 0);
}

/// <summary>An Internal Duration Record: the date part and the time part as total nanoseconds.</summary>
public readonly record struct InternalDuration(DateDuration Date, Int128 Time);

/// <summary>A partial Duration Record (ToTemporalPartialDurationRecord): null means "undefined".</summary>
public struct PartialDuration
{
    public double? Years, Months, Weeks, Days, Hours, Minutes, Seconds, Milliseconds, Microseconds, Nanoseconds;
}
