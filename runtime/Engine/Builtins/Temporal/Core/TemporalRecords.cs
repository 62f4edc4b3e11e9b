using System;

namespace Aot.Engine.Builtins.Temporal;

// The records the Temporal abstract operations pass around (Temporal proposal §3-§13 "ISO Date Records",
// "Time Records", "ISO Date-Time Records"). Values are not validated by construction: the operation that
// builds one (RegulateISODate, BalanceTime...) checks its range as the spec does.

/// <summary>An ISO Date Record: [[Year]], [[Month]] (1-12), [[Day]] (1-31).</summary>
public readonly record struct IsoDate(int Year, int Month, int Day);

/// <summary>A Time Record: [[Hour]] .. [[Nanosecond]]; [[Days]] (carry out of balancing) lives with the caller.</summary>
public readonly record struct IsoTime(int Hour, int Minute, int Second, int Millisecond, int Microsecond, int Nanosecond)
{
    public static readonly IsoTime Midnight = new(0, 0, 0, 0, 0, 0);

    /// <summary>Nanoseconds since midnight (0 .. 86,399,999,999,999).</summary>
    public long NanosecondOfDay => ((((Hour * 60L + Minute) * 60 + Second) * 1000 + Millisecond) * 1000 + Microsecond) * 1000 + Nanosecond;
}

/// <summary>An ISO Date-Time Record: [[ISODate]], [[Time]].</summary>
public readonly record struct IsoDateTime(IsoDate Date, IsoTime Time);

/// <summary>Temporal units, largest first (Table "Temporal units"); the order matters: LargerOfTwoTemporalUnits compares them.</summary>
public enum TemporalUnit { Year, Month, Week, Day, Hour, Minute, Second, Millisecond, Microsecond, Nanosecond }

/// <summary>Rounding modes (Table "Rounding modes").</summary>
public enum RoundingMode { Ceil, Floor, Expand, Trunc, HalfCeil, HalfFloor, HalfExpand, HalfTrunc, HalfEven }

/// <summary>The overflow option: constrain or reject out-of-range fields.</summary>
public enum Overflow { Constrain, Reject }

/// <summary>The disambiguation option for wall-clock times that are skipped or repeated in a time zone.</summary>
public enum Disambiguation { Compatible, Earlier, Later, Reject }

/// <summary>The offset option of ZonedDateTime parsing/from/with.</summary>
public enum OffsetOption { Prefer, Use, Ignore, Reject }

/// <summary>calendarName option of toString.</summary>
public enum ShowCalendar { Auto, Always, Never, Critical }

/// <summary>Shared constants of Temporal's ranges.</summary>
public static class TemporalLimits
{
    public const long NanosecondsPerDay = 86_400_000_000_000L;
    /// <summary>nsMaxInstant = 10^8 days (8.64 × 10^21 ns); Instants lie in [-nsMaxInstant, nsMaxInstant].</summary>
    public static readonly Int128 MaxEpochNanoseconds = (Int128)100_000_000 * NanosecondsPerDay;
    public static readonly Int128 MinEpochNanoseconds = -MaxEpochNanoseconds;
}
