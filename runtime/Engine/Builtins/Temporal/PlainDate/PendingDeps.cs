using System;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins.Temporal;

/// <summary>
/// TEMPORARY: the operations PlainDate/PlainYearMonth/PlainMonthDay need from the other Temporal owners (Duration,
/// time zones, PlainTime, PlainDateTime) until their branches land; each call site switches to the real operation
/// on merge and this file goes away. Nothing here re-implements another owner's algorithm: the unavailable ones throw.
/// </summary>
internal static class PendingDeps
{
    private static T NotYet<T>(string what) => JsException.ThrowTypeError<T>($"Temporal: {what} is not implemented yet");

    public static JsDuration ToTemporalDuration(Realm realm, in JsValue item) => NotYet<JsDuration>("ToTemporalDuration");
    public static JsDuration CreateNegatedTemporalDuration(Realm realm, JsDuration d) => NotYet<JsDuration>("CreateNegatedTemporalDuration");
    public static DateDuration ToDateDurationRecordWithoutTime(JsDuration d) => NotYet<DateDuration>("ToDateDurationRecordWithoutTime");
    public static InternalDuration CombineDateAndTimeDuration(in DateDuration date, Int128 time) => new(date, time);
    public static InternalDuration RoundRelativeDuration(Realm realm, InternalDuration duration, Int128 destEpochNs, IsoDateTime isoDateTime, string? timeZone,
        string calendar, TemporalUnit largestUnit, long increment, TemporalUnit smallestUnit, RoundingMode roundingMode) => NotYet<InternalDuration>("RoundRelativeDuration");
    public static JsDuration TemporalDurationFromInternal(Realm realm, in InternalDuration d, TemporalUnit largestUnit)
        => d.Time == 0 ? JsDuration.Create(realm, d.Date.Years, d.Date.Months, d.Date.Weeks, d.Date.Days, 0, 0, 0, 0, 0, 0) : NotYet<JsDuration>("TemporalDurationFromInternal");

    public static IsoDateTime GetISODateTimeFor(Realm realm, string timeZone, Int128 epochNs) => NotYet<IsoDateTime>("GetISODateTimeFor");
    public static string ToTemporalTimeZoneIdentifier(Realm realm, in JsValue value) => NotYet<string>("ToTemporalTimeZoneIdentifier");
    public static Int128 GetStartOfDay(Realm realm, string timeZone, IsoDate isoDate) => NotYet<Int128>("GetStartOfDay");
    public static Int128 GetEpochNanosecondsFor(Realm realm, string timeZone, IsoDateTime isoDateTime, Disambiguation disambiguation) => NotYet<Int128>("GetEpochNanosecondsFor");

    public static IsoTime ToTimeRecordOrMidnight(Realm realm, in JsValue item) => item.IsUndefined ? IsoTime.Midnight : NotYet<IsoTime>("ToTimeRecordOrMidnight");
    public static JsPlainTime ToTemporalTime(Realm realm, in JsValue item) => NotYet<JsPlainTime>("ToTemporalTime");
    public static JsPlainDateTime CreateTemporalDateTime(Realm realm, IsoDateTime isoDateTime, string calendar) => NotYet<JsPlainDateTime>("CreateTemporalDateTime");
}
