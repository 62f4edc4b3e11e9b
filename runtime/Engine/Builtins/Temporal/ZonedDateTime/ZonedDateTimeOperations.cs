using System;
using System.Collections.Generic;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins.Temporal;

/// <summary>How InterpretISODateTimeOffset treats the offset (Temporal §6.5.x, [[OffsetBehaviour]]).</summary>
public enum OffsetBehaviour { Option, Exact, Wall }

/// <summary>Whether an offset must match exactly or after rounding the zone's offset to minutes.</summary>
public enum MatchBehaviour { MatchExactly, MatchMinutes }

/// <summary>The abstract operations of Temporal.ZonedDateTime (Temporal proposal §6.5).</summary>
public static partial class ZonedDateTimeOperations
{
    /// <summary>Temporal §6.5.x CreateTemporalZonedDateTime: the caller has validated the slots.</summary>
    public static JsZonedDateTime CreateTemporalZonedDateTime(Realm realm, Int128 epochNanoseconds, string timeZone, string calendar, JsObject? newTarget = null)
        => JsZonedDateTime.Create(realm, epochNanoseconds, timeZone, calendar, newTarget);

    /// <summary>Temporal §6.5.x InterpretISODateTimeOffset. <paramref name="time"/> null means ~start-of-day~ (a date-only string).</summary>
    public static Int128 InterpretISODateTimeOffset(Realm realm, IsoDate isoDate, IsoTime? time, OffsetBehaviour offsetBehaviour,
        long offsetNanoseconds, string timeZone, Disambiguation disambiguation, OffsetOption offsetOption, MatchBehaviour matchBehaviour)
    {
        // 1. A date-only string in a zone means the first instant of that day.
        if (time is not IsoTime t) return TimeZones.GetStartOfDay(realm, timeZone, isoDate);
        var isoDateTime = new IsoDateTime(isoDate, t);
        if (offsetBehaviour == OffsetBehaviour.Wall || (offsetBehaviour == OffsetBehaviour.Option && offsetOption == OffsetOption.Ignore))
            return TimeZones.GetEpochNanosecondsFor(realm, timeZone, isoDateTime, disambiguation);
        if (offsetBehaviour == OffsetBehaviour.Exact || (offsetBehaviour == OffsetBehaviour.Option && offsetOption == OffsetOption.Use))
        {
            Int128 local = TimeZones.LocalNanoseconds(isoDateTime);
            TimeZones.CheckISODaysRange(TimeZones.FloorDiv(local - offsetNanoseconds, TemporalLimits.NanosecondsPerDay));
            Int128 epochNs = local - offsetNanoseconds;
            if (!InstantOperations.IsValidEpochNanoseconds(epochNs)) JsException.ThrowRangeError("Temporal.ZonedDateTime: date-time out of range");
            return epochNs;
        }
        // prefer or reject
        TimeZones.CheckISODaysRange(isoDate);
        Int128 utcEpochNanoseconds = TimeZones.LocalNanoseconds(isoDateTime);
        var possible = TimeZones.GetPossibleEpochNanoseconds(realm, timeZone, isoDateTime);
        foreach (Int128 candidate in possible)
        {
            long candidateOffset = (long)(utcEpochNanoseconds - candidate);
            if (candidateOffset == offsetNanoseconds) return candidate;
            if (matchBehaviour == MatchBehaviour.MatchMinutes && TimeMath.RoundNumberToIncrement(candidateOffset, TimeMath.NsPerMinute, RoundingMode.HalfExpand) == offsetNanoseconds) return candidate;
        }
        if (offsetOption == OffsetOption.Reject)
            JsException.ThrowRangeError($"Temporal.ZonedDateTime: offset {TemporalFormat.FormatUTCOffsetNanoseconds(offsetNanoseconds)} is invalid for the date-time in {timeZone}");
        return TimeZones.DisambiguatePossibleEpochNanoseconds(realm, possible, timeZone, isoDateTime, disambiguation);
    }


    /// <summary>Temporal §6.5.x ToTemporalZonedDateTime ( item [ , options ] ): a ZonedDateTime (copied), a property bag or an
    /// RFC 9557 string with a time zone annotation. <paramref name="options"/> undefined = no options object given.</summary>
    public static JsZonedDateTime ToTemporalZonedDateTime(Realm realm, in JsValue item, in JsValue options)
    {
        var offsetBehaviour = OffsetBehaviour.Option;
        var disambiguation = Disambiguation.Compatible;
        var offsetOption = OffsetOption.Reject;
        var matchBehaviour = MatchBehaviour.MatchExactly;
        string timeZone, calendar;
        IsoDate isoDate;
        IsoTime? time;
        string? offsetString;
        if (item.IsObject)
        {
            JsObject obj = item.AsObject();
            if (obj is JsZonedDateTime zdt)
            {
                // The options are read (and validated) even though a ZonedDateTime needs none of them.
                var resolved = TemporalOptions.GetOptionsObject(options);
                TemporalOptions.GetTemporalDisambiguationOption(resolved);
                TemporalOptions.GetTemporalOffsetOption(resolved, OffsetOption.Reject);
                TemporalOptions.GetTemporalOverflowOption(resolved);
                return CreateTemporalZonedDateTime(realm, zdt.EpochNanoseconds, zdt.TimeZone, zdt.Calendar);
            }
            calendar = TemporalConvert.GetTemporalCalendarIdentifierWithISODefault(obj);
            var fields = ZonedFieldsFromBag(realm, obj, calendar);
            timeZone = fields.TimeZone!;
            offsetString = fields.Offset;
            if (offsetString == null) offsetBehaviour = OffsetBehaviour.Wall;
            var resolvedOptions = TemporalOptions.GetOptionsObject(options);
            disambiguation = TemporalOptions.GetTemporalDisambiguationOption(resolvedOptions);
            offsetOption = TemporalOptions.GetTemporalOffsetOption(resolvedOptions, OffsetOption.Reject);
            var overflow = TemporalOptions.GetTemporalOverflowOption(resolvedOptions);
            var result = InterpretFields(fields, calendar, overflow);
            isoDate = result.Date;
            time = result.Time;
        }
        else
        {
            if (!item.IsString) JsException.ThrowTypeError($"Temporal.ZonedDateTime: cannot convert {Operations.DescribeForError(item)} to a ZonedDateTime");
            var result = TemporalParser.ParseTemporalZonedDateTimeString(item.AsString());
            string annotation = result.TimeZoneAnnotation!;
            timeZone = ToTimeZoneFromAnnotation(realm, annotation);
            offsetString = result.OffsetString;
            if (result.Z) offsetBehaviour = OffsetBehaviour.Exact;
            else if (offsetString == null) offsetBehaviour = OffsetBehaviour.Wall;
            calendar = TemporalConvert.CanonicalizeCalendar(result.Calendar ?? "iso8601");
            matchBehaviour = MatchBehaviour.MatchMinutes;
            // An offset written with seconds must match exactly.
            if (offsetString != null && !TemporalParser.IsOffsetWithoutSubMinutePrecision(offsetString)) matchBehaviour = MatchBehaviour.MatchExactly;
            var resolvedOptions = TemporalOptions.GetOptionsObject(options);
            disambiguation = TemporalOptions.GetTemporalDisambiguationOption(resolvedOptions);
            offsetOption = TemporalOptions.GetTemporalOffsetOption(resolvedOptions, OffsetOption.Reject);
            TemporalOptions.GetTemporalOverflowOption(resolvedOptions);
            isoDate = result.Date;
            time = result.Time;
        }
        long offsetNanoseconds = offsetBehaviour == OffsetBehaviour.Option ? TemporalParser.ParseDateTimeUTCOffset(offsetString!) : 0;
        Int128 epochNanoseconds = InterpretISODateTimeOffset(realm, isoDate, time, offsetBehaviour, offsetNanoseconds, timeZone,
            disambiguation, offsetOption, matchBehaviour);
        return CreateTemporalZonedDateTime(realm, epochNanoseconds, timeZone, calendar);
    }

    /// <summary>ToTemporalTimeZoneIdentifier of a string's time zone annotation (a name or an offset, never an ISO string).</summary>
    private static string ToTimeZoneFromAnnotation(Realm realm, string annotation)
    {
        var parsed = TemporalParser.ParseTimeZoneIdentifier(annotation);
        return TimeZones.TimeZoneFromParseResult(realm, parsed.Name, parsed.OffsetMinutes);
    }

    /// <summary>Temporal §6.5.x TemporalZonedDateTimeToString.</summary>
    public static string TemporalZonedDateTimeToString(Realm realm, JsZonedDateTime zdt, int precision = TemporalOptions.PrecisionAuto,
        ShowCalendar showCalendar = ShowCalendar.Auto, ShowCalendar showTimeZone = ShowCalendar.Auto, bool showOffset = true,
        int increment = 1, TemporalUnit unit = TemporalUnit.Nanosecond, RoundingMode roundingMode = RoundingMode.Trunc)
    {
        // RoundTemporalInstant: rounding the exact time, before the offset is applied.
        Int128 epochNs = TimeMath.RoundNumberToIncrementAsIfPositive(zdt.EpochNanoseconds, (Int128)increment * TimeMath.UnitNanoseconds(unit), roundingMode);
        string timeZone = zdt.TimeZone;
        long offsetNanoseconds = TimeZones.GetOffsetNanosecondsFor(realm, timeZone, epochNs);
        IsoDateTime isoDateTime = TimeZones.GetISODateTimeFor(realm, timeZone, epochNs);
        string dateTimeString = TemporalFormat.ISODateTimeToString(isoDateTime, "iso8601", precision, ShowCalendar.Never);
        string offsetPart = showOffset ? TemporalFormat.FormatDateTimeUTCOffsetRounded(offsetNanoseconds) : "";
        string timeZonePart = showTimeZone == ShowCalendar.Never ? ""
            : "[" + (showTimeZone == ShowCalendar.Critical ? "!" : "") + timeZone + "]";
        string calendarPart = TemporalFormat.FormatCalendarAnnotation(zdt.Calendar, showCalendar);
        return dateTimeString + offsetPart + timeZonePart + calendarPart;
    }
}
