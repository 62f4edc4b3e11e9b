using System;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins.Temporal;

// Temporal §6.3: with, withPlainTime, add, subtract, until, since.
internal static partial class ZonedDateTimePrototype
{
    // Temporal §6.3.x Temporal.ZonedDateTime.prototype.with ( temporalZonedDateTimeLike [ , options ] )
    private static JsValue With(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var zdt = This(thisValue, "with");
        JsValue like = Builtin.Arg(args, 0);
        if (!PlainDateOperations.IsPartialTemporalObject(like))
            JsException.ThrowTypeError("Temporal.ZonedDateTime.prototype.with: argument must be a partial ZonedDateTime-like object");
        Int128 epochNs = zdt.EpochNanoseconds;
        string timeZone = zdt.TimeZone, calendar = zdt.Calendar;
        long offsetNanoseconds = TimeZones.GetOffsetNanosecondsFor(realm, timeZone, epochNs);
        IsoDateTime isoDateTime = TimeZones.GetISODateTimeFor(realm, timeZone, epochNs);
        var fields = CalendarFields.ISODateToFields(calendar, isoDateTime.Date, CalendarFieldsType.Date);
        fields.Hour = isoDateTime.Time.Hour;
        fields.Minute = isoDateTime.Time.Minute;
        fields.Second = isoDateTime.Time.Second;
        fields.Millisecond = isoDateTime.Time.Millisecond;
        fields.Microsecond = isoDateTime.Time.Microsecond;
        fields.Nanosecond = isoDateTime.Time.Nanosecond;
        fields.Offset = TemporalFormat.FormatUTCOffsetNanoseconds(offsetNanoseconds);
        var partial = CalendarFields.PrepareCalendarFields(calendar, like.AsObject(), CalendarFieldSet.YearMonthCodeDay,
            CalendarFieldSet.Time | CalendarFieldSet.Offset, null);
        fields = CalendarFields.CalendarMergeFields(calendar, fields, partial);
        var options = TemporalOptions.GetOptionsObject(Builtin.Arg(args, 1));
        var disambiguation = TemporalOptions.GetTemporalDisambiguationOption(options);
        var offset = TemporalOptions.GetTemporalOffsetOption(options, OffsetOption.Prefer);
        var overflow = TemporalOptions.GetTemporalOverflowOption(options);
        IsoDate isoDate = CalendarFields.CalendarDateFromFields(calendar, fields, overflow);
        IsoTime time = TimeMath.RegulateTime(fields.Hour ?? 0, fields.Minute ?? 0, fields.Second ?? 0, fields.Millisecond ?? 0,
            fields.Microsecond ?? 0, fields.Nanosecond ?? 0, overflow);
        long newOffsetNanoseconds = TemporalParser.ParseDateTimeUTCOffset(fields.Offset!);
        Int128 epochNanoseconds = ZonedDateTimeOperations.InterpretISODateTimeOffset(realm, isoDate, time, OffsetBehaviour.Option,
            newOffsetNanoseconds, timeZone, disambiguation, offset, MatchBehaviour.MatchExactly);
        return ZonedDateTimeOperations.CreateTemporalZonedDateTime(realm, epochNanoseconds, timeZone, calendar);
    }

    // Temporal §6.3.x Temporal.ZonedDateTime.prototype.withPlainTime ( [ plainTimeLike ] )
    private static JsValue WithPlainTime(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var zdt = This(thisValue, "withPlainTime");
        string timeZone = zdt.TimeZone;
        IsoDateTime isoDateTime = DateTime(realm, zdt);
        JsValue plainTimeLike = Builtin.Arg(args, 0);
        Int128 epochNs;
        if (plainTimeLike.IsUndefined) epochNs = TimeZones.GetStartOfDay(realm, timeZone, isoDateTime.Date);
        else
        {
            var plainTime = PlainTimeOperations.ToTemporalTime(realm, plainTimeLike);
            var resultISODateTime = TimeMath.CombineISODateAndTimeRecord(isoDateTime.Date, plainTime.Time);
            epochNs = TimeZones.GetEpochNanosecondsFor(realm, timeZone, resultISODateTime, Disambiguation.Compatible);
        }
        return ZonedDateTimeOperations.CreateTemporalZonedDateTime(realm, epochNs, timeZone, zdt.Calendar);
    }

    private static JsValue Add(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
        => AddDurationToZonedDateTime(realm, false, This(thisValue, "add"), Builtin.Arg(args, 0), Builtin.Arg(args, 1));

    private static JsValue Subtract(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
        => AddDurationToZonedDateTime(realm, true, This(thisValue, "subtract"), Builtin.Arg(args, 0), Builtin.Arg(args, 1));

    // Temporal §6.5.x AddDurationToZonedDateTime ( operation, zonedDateTime, temporalDurationLike, options )
    private static JsValue AddDurationToZonedDateTime(Realm realm, bool subtract, JsZonedDateTime zdt, in JsValue temporalDurationLike, in JsValue optionsValue)
    {
        var duration = DurationOperations.ToTemporalDuration(realm, temporalDurationLike);
        if (subtract) duration = DurationOperations.CreateNegatedTemporalDuration(realm, duration);
        var options = TemporalOptions.GetOptionsObject(optionsValue);
        var overflow = TemporalOptions.GetTemporalOverflowOption(options);
        var internalDuration = DurationOperations.ToInternalDurationRecord(duration);
        Int128 epochNanoseconds = ZonedDateTimeOperations.AddZonedDateTime(realm, zdt.EpochNanoseconds, zdt.TimeZone, zdt.Calendar, internalDuration, overflow);
        return ZonedDateTimeOperations.CreateTemporalZonedDateTime(realm, epochNanoseconds, zdt.TimeZone, zdt.Calendar);
    }

    private static JsValue Until(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
        => DifferenceTemporalZonedDateTime(realm, DifferenceOperation.Until, This(thisValue, "until"), Builtin.Arg(args, 0), Builtin.Arg(args, 1));

    private static JsValue Since(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
        => DifferenceTemporalZonedDateTime(realm, DifferenceOperation.Since, This(thisValue, "since"), Builtin.Arg(args, 0), Builtin.Arg(args, 1));

    // Temporal §6.5.x DifferenceTemporalZonedDateTime ( operation, zonedDateTime, other, options )
    private static JsValue DifferenceTemporalZonedDateTime(Realm realm, DifferenceOperation operation, JsZonedDateTime zdt, in JsValue otherValue, in JsValue optionsValue)
    {
        var other = ZonedDateTimeOperations.ToTemporalZonedDateTime(realm, otherValue, JsValue.Undefined);
        if (zdt.Calendar != other.Calendar)
            JsException.ThrowRangeError($"Temporal.ZonedDateTime: cannot compute the difference between calendars {zdt.Calendar} and {other.Calendar}");
        var options = TemporalOptions.GetOptionsObject(optionsValue);
        var settings = TemporalOptions.GetDifferenceSettings(operation, options, UnitGroup.DateTime, [], TemporalUnit.Nanosecond, TemporalUnit.Hour);
        JsDuration result;
        if (!TemporalOptions.IsDateUnit(settings.LargestUnit))
        {
            // DifferenceInstant: time units need no time zone.
            Int128 diff = DurationOperations.TimeDurationFromEpochNanosecondsDifference(other.EpochNanoseconds, zdt.EpochNanoseconds);
            diff = DurationOperations.RoundTimeDuration(diff, settings.RoundingIncrement, settings.SmallestUnit, settings.RoundingMode);
            result = DurationOperations.TemporalDurationFromInternal(realm, new InternalDuration(DateDuration.Zero, diff), settings.LargestUnit);
        }
        else
        {
            if (!TimeZones.TimeZoneEquals(realm, zdt.TimeZone, other.TimeZone))
                JsException.ThrowRangeError($"Temporal.ZonedDateTime: cannot compute days between time zones {zdt.TimeZone} and {other.TimeZone}");
            if (zdt.EpochNanoseconds == other.EpochNanoseconds) return JsValue.FromObject(JsDuration.Create(realm, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
            var internalDuration = DurationOperations.DifferenceZonedDateTimeWithRounding(realm, zdt.EpochNanoseconds, other.EpochNanoseconds,
                zdt.TimeZone, zdt.Calendar, settings.LargestUnit, settings.RoundingIncrement, settings.SmallestUnit, settings.RoundingMode);
            result = DurationOperations.TemporalDurationFromInternal(realm, internalDuration, TemporalUnit.Hour);
        }
        if (operation == DifferenceOperation.Since) result = DurationOperations.CreateNegatedTemporalDuration(realm, result);
        return JsValue.FromObject(result);
    }
}
