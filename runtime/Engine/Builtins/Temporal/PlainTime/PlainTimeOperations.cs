using System;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins.Temporal;

/// <summary>A partial Time Record (ToTemporalTimeRecord with completeness PARTIAL): null fields were absent.</summary>
public readonly record struct PartialTime(double? Hour, double? Minute, double? Second, double? Millisecond, double? Microsecond, double? Nanosecond);

/// <summary>Temporal §4.5 abstract operations of Temporal.PlainTime that other types use too.</summary>
public static class PlainTimeOperations
{
    // Temporal §4.5.x CreateTemporalTime ( time [ , newTarget ] )
    /// <summary>Returns a new Temporal.PlainTime with the (valid) time; prototype from <paramref name="newTarget"/> when given.</summary>
    public static JsPlainTime CreateTemporalTime(Realm realm, IsoTime time, JsObject? newTarget = null) => JsPlainTime.Create(realm, time, newTarget);

    // Temporal §4.5.x ToTemporalTime ( item [ , options ] )
    /// <summary>Returns <paramref name="item"/> as a Temporal.PlainTime: a PlainTime (copied), the time of a PlainDateTime or
    /// ZonedDateTime, a property bag (regulated per the overflow option) or an ISO time string. TypeError for other types,
    /// RangeError for bad strings / values. Options are read (overflow) after the item's fields, as the spec orders it;
    /// pass undefined when there are no options.</summary>
    public static JsPlainTime ToTemporalTime(Realm realm, in JsValue item, in JsValue options)
    {
        IsoTime result;
        if (item.IsObject)
        {
            var o = item.AsObject();
            if (o is JsPlainTime pt)
            {
                TemporalOptions.GetTemporalOverflowOption(TemporalOptions.GetOptionsObject(options));
                return CreateTemporalTime(realm, pt.Time);
            }
            if (o is JsPlainDateTime pdt)
            {
                TemporalOptions.GetTemporalOverflowOption(TemporalOptions.GetOptionsObject(options));
                return CreateTemporalTime(realm, pdt.IsoDateTime.Time);
            }
            if (o is JsZonedDateTime zdt)
            {
                var isoDateTime = TimeZones.GetISODateTimeFor(realm, zdt.TimeZone, zdt.EpochNanoseconds);
                TemporalOptions.GetTemporalOverflowOption(TemporalOptions.GetOptionsObject(options));
                return CreateTemporalTime(realm, isoDateTime.Time);
            }
            var fields = ToTemporalTimeRecord(o);
            var overflow = TemporalOptions.GetTemporalOverflowOption(TemporalOptions.GetOptionsObject(options));
            result = TimeMath.RegulateTime(fields.Hour ?? 0, fields.Minute ?? 0, fields.Second ?? 0, fields.Millisecond ?? 0,
                fields.Microsecond ?? 0, fields.Nanosecond ?? 0, overflow);
        }
        else
        {
            if (!item.IsString) JsException.ThrowTypeError($"cannot convert {Operations.DescribeForError(item)} to a Temporal.PlainTime");
            var parseResult = TemporalParser.ParseTemporalTimeString(item.AsString());
            TemporalOptions.GetTemporalOverflowOption(TemporalOptions.GetOptionsObject(options));
            result = parseResult.Time!.Value;
        }
        return CreateTemporalTime(realm, result);
    }

    /// <summary>Returns ToTemporalTime(item) with no options.</summary>
    public static JsPlainTime ToTemporalTime(Realm realm, in JsValue item) => ToTemporalTime(realm, item, JsValue.Undefined);

    // Temporal §4.5.x ToTimeRecordOrMidnight ( item )
    /// <summary>Returns midnight for undefined, else the time of ToTemporalTime(item).</summary>
    public static IsoTime ToTimeRecordOrMidnight(Realm realm, in JsValue item)
        => item.IsUndefined ? IsoTime.Midnight : ToTemporalTime(realm, item).Time;

    // Temporal §4.5.x ToTemporalTimeRecord ( temporalTimeLike [ , completeness ] )
    /// <summary>Reads hour, microsecond, millisecond, minute, nanosecond, second (alphabetical; each via
    /// ToIntegerWithTruncation) from a property bag; absent fields are null. TypeError when none is present.
    /// For completeness COMPLETE, treat null as 0.</summary>
    public static PartialTime ToTemporalTimeRecord(JsObject temporalTimeLike)
    {
        bool any = false;
        double? Read(string name)
        {
            var v = temporalTimeLike.Get(name);
            if (v.IsUndefined) return null;
            any = true;
            return TemporalConvert.ToIntegerWithTruncation(v);
        }
        var hour = Read("hour");
        var microsecond = Read("microsecond");
        var millisecond = Read("millisecond");
        var minute = Read("minute");
        var nanosecond = Read("nanosecond");
        var second = Read("second");
        if (!any) JsException.ThrowTypeError("a time-like object needs at least one of hour, minute, second, millisecond, microsecond, nanosecond");
        return new PartialTime(hour, minute, second, millisecond, microsecond, nanosecond);
    }

    // Temporal §4.5.x AddDurationToTime ( operation, temporalTime, temporalDurationLike )
    /// <summary>Returns a new PlainTime: the time plus (or minus, <paramref name="subtract"/>) the duration's time part, wrapping
    /// around midnight.</summary>
    public static JsPlainTime AddDurationToTime(Realm realm, bool subtract, JsPlainTime temporalTime, in JsValue temporalDurationLike)
    {
        var duration = DurationOperations.ToTemporalDuration(realm, temporalDurationLike);
        if (subtract) duration = DurationOperations.CreateNegatedTemporalDuration(realm, duration);
        var internalDuration = DurationOperations.ToInternalDurationRecord(duration);
        var result = TimeMath.AddTime(temporalTime.Time, internalDuration.Time);
        return CreateTemporalTime(realm, result.Time);
    }

    // Temporal §4.5.x DifferenceTemporalPlainTime ( operation, temporalTime, other, options )
    /// <summary>Returns the Temporal.Duration from <paramref name="temporalTime"/> to other (until) or back (since), rounded per options.</summary>
    public static JsDuration DifferenceTemporalPlainTime(Realm realm, DifferenceOperation operation, JsPlainTime temporalTime, in JsValue other, in JsValue options)
    {
        var otherTime = ToTemporalTime(realm, other);
        var resolvedOptions = TemporalOptions.GetOptionsObject(options);
        var settings = TemporalOptions.GetDifferenceSettings(operation, resolvedOptions, UnitGroup.Time, [], TemporalUnit.Nanosecond, TemporalUnit.Hour);
        Int128 timeDuration = TimeMath.DifferenceTime(temporalTime.Time, otherTime.Time);
        timeDuration = DurationOperations.RoundTimeDuration(timeDuration, settings.RoundingIncrement, settings.SmallestUnit, settings.RoundingMode);
        var duration = DurationOperations.CombineDateAndTimeDuration(DateDuration.Zero, timeDuration);
        var result = DurationOperations.TemporalDurationFromInternal(realm, duration, settings.LargestUnit);
        if (operation == DifferenceOperation.Since) result = DurationOperations.CreateNegatedTemporalDuration(realm, result);
        return result;
    }
}
