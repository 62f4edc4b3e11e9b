using System;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins.Temporal;

// The operations of the other Temporal owners the duration engine calls (calendar arithmetic: t-date; time zones and
// ZonedDateTime: t-zoned), routed through one place while those land; each throws until its owner's version is merged.
public static partial class DurationOperations
{
    private static Exception Pending(string operation) => new JsException(ErrorKind.RangeError, $"Temporal: {operation} is not available yet");

    // CalendarDateAdd (Temporal §12.3.x), with a Date Duration Record.
    public static IsoDate CalendarDateAdd(string calendar, IsoDate isoDate, in DateDuration duration, Overflow overflow)
        => throw Pending("CalendarDateAdd");

    // CalendarDateUntil (Temporal §12.3.x), as a Date Duration Record.
    public static DateDuration CalendarDateUntil(string calendar, IsoDate one, IsoDate two, TemporalUnit largestUnit)
        => throw Pending("CalendarDateUntil");

    private static IsoDateTime GetISODateTimeFor(Realm realm, string timeZone, Int128 epochNs) => throw Pending("GetISODateTimeFor");

    private static Int128 GetEpochNanosecondsFor(Realm realm, string timeZone, IsoDateTime dateTime) => throw Pending("GetEpochNanosecondsFor");

    /// <summary>AddZonedDateTime (Temporal §6.5.5) of a duration to a ZonedDateTime relativeTo, overflow constrain.</summary>
    public static Int128 AddZonedDateTimeForDuration(Realm realm, JsZonedDateTime zoned, in InternalDuration duration) => throw Pending("AddZonedDateTime");

    /// <summary>GetTemporalRelativeToOption's property-bag and string forms (steps 4.d-10).</summary>
    private static RelativeToRecord RelativeToFromBagOrString(Realm realm, in JsValue value) => throw Pending("relativeTo from a property bag or string");
}
