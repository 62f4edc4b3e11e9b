using System;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins.Temporal;

/// <summary>Temporal §3.3 Properties of the Temporal.PlainDate Prototype Object.</summary>
internal static class PlainDatePrototype
{
    private static readonly BuiltinMethod[] Methods =
    [
        new("add", 1, Add),
        new("equals", 1, EqualsMethod),
        new("since", 1, Since),
        new("subtract", 1, Subtract),
        new("toJSON", 0, ToJSON),
        new("toLocaleString", 0, ToLocaleString),
        new("toPlainDateTime", 0, ToPlainDateTime),
        new("toPlainMonthDay", 0, ToPlainMonthDay),
        new("toPlainYearMonth", 0, ToPlainYearMonth),
        new("toString", 0, ToStringMethod),
        new("toZonedDateTime", 1, ToZonedDateTime),
        new("until", 1, Until),
        new("valueOf", 0, ValueOf),
        new("with", 1, With),
        new("withCalendar", 1, WithCalendar),
    ];

    public static JsObject Create(Realm realm)
    {
        var proto = new JsObject(realm.ObjectPrototype);
        realm.TemporalPlainDatePrototype = proto;
        CalendarDateGetters.Define<JsPlainDate>(realm, proto, "Temporal.PlainDate", static d => (d.Calendar, d.IsoDate),
            "era", "eraYear", "year", "month", "monthCode", "day", "dayOfWeek", "dayOfYear", "weekOfYear", "yearOfWeek", "daysInWeek", "daysInMonth", "daysInYear", "monthsInYear", "inLeapYear");
        Builtin.DefineMethods(realm, proto, Methods);
        Library.ToStringTag(proto, "Temporal.PlainDate");
        return proto;
    }

    /// <summary>RequireInternalSlot(this, [[InitializedTemporal…]]).</summary>
    private static JsPlainDate This(in JsValue thisValue, string method) => Brand.This<JsPlainDate>(thisValue, "Temporal.PlainDate.prototype." + method);

    // Temporal Temporal.PlainDate.prototype.toPlainYearMonth ( )
    private static JsValue ToPlainYearMonth(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var date = This(thisValue, "toPlainYearMonth");
        var fields = CalendarFields.ISODateToFields(date.Calendar, date.IsoDate, CalendarFieldsType.Date);
        var isoDate = CalendarFields.CalendarYearMonthFromFields(date.Calendar, fields, Overflow.Constrain);
        return PlainYearMonthOperations.CreateTemporalYearMonth(realm, isoDate, date.Calendar);
    }

    // Temporal Temporal.PlainDate.prototype.toPlainMonthDay ( )
    private static JsValue ToPlainMonthDay(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var date = This(thisValue, "toPlainMonthDay");
        var fields = CalendarFields.ISODateToFields(date.Calendar, date.IsoDate, CalendarFieldsType.Date);
        var isoDate = CalendarFields.CalendarMonthDayFromFields(date.Calendar, fields, Overflow.Constrain);
        return PlainMonthDayOperations.CreateTemporalMonthDay(realm, isoDate, date.Calendar);
    }

    // Temporal Temporal.PlainDate.prototype.add ( temporalDurationLike [ , options ] )
    private static JsValue Add(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
        => PlainDateOperations.AddDurationToDate(realm, false, This(thisValue, "add"), Builtin.Arg(args, 0), Builtin.Arg(args, 1));

    // Temporal Temporal.PlainDate.prototype.subtract ( temporalDurationLike [ , options ] )
    private static JsValue Subtract(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
        => PlainDateOperations.AddDurationToDate(realm, true, This(thisValue, "subtract"), Builtin.Arg(args, 0), Builtin.Arg(args, 1));

    // Temporal Temporal.PlainDate.prototype.with ( temporalDateLike [ , options ] )
    private static JsValue With(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var date = This(thisValue, "with");
        var like = Builtin.Arg(args, 0);
        if (!PlainDateOperations.IsPartialTemporalObject(like)) JsException.ThrowTypeError("Temporal.PlainDate.prototype.with: argument must be a partial date object");
        var calendar = date.Calendar;
        var fields = CalendarFields.ISODateToFields(calendar, date.IsoDate, CalendarFieldsType.Date);
        var partial = CalendarFields.PrepareCalendarFields(calendar, like.AsObject(), CalendarFieldSet.YearMonthCodeDay, CalendarFieldSet.None, null);
        fields = CalendarFields.CalendarMergeFields(calendar, fields, partial);
        var overflow = TemporalOptions.GetTemporalOverflowOption(TemporalOptions.GetOptionsObject(Builtin.Arg(args, 1)));
        var isoDate = CalendarFields.CalendarDateFromFields(calendar, fields, overflow);
        return PlainDateOperations.CreateTemporalDate(realm, isoDate, calendar);
    }

    // Temporal Temporal.PlainDate.prototype.withCalendar ( calendarLike )
    private static JsValue WithCalendar(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var date = This(thisValue, "withCalendar");
        var calendar = TemporalConvert.ToTemporalCalendarIdentifier(Builtin.Arg(args, 0));
        return PlainDateOperations.CreateTemporalDate(realm, date.IsoDate, calendar);
    }

    // Temporal Temporal.PlainDate.prototype.until ( other [ , options ] )
    private static JsValue Until(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
        => PlainDateOperations.DifferenceTemporalPlainDate(realm, DifferenceOperation.Until, This(thisValue, "until"), Builtin.Arg(args, 0), Builtin.Arg(args, 1));

    // Temporal Temporal.PlainDate.prototype.since ( other [ , options ] )
    private static JsValue Since(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
        => PlainDateOperations.DifferenceTemporalPlainDate(realm, DifferenceOperation.Since, This(thisValue, "since"), Builtin.Arg(args, 0), Builtin.Arg(args, 1));

    // Temporal Temporal.PlainDate.prototype.equals ( other )
    private static JsValue EqualsMethod(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var date = This(thisValue, "equals");
        var other = PlainDateOperations.ToTemporalDate(realm, Builtin.Arg(args, 0));
        if (IsoCalendarMath.CompareISODate(date.IsoDate, other.IsoDate) != 0) return false;
        return PlainDateOperations.CalendarEquals(date.Calendar, other.Calendar);
    }

    // Temporal Temporal.PlainDate.prototype.toPlainDateTime ( [ temporalTime ] )
    private static JsValue ToPlainDateTime(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var date = This(thisValue, "toPlainDateTime");
        var time = PlainTimeOperations.ToTimeRecordOrMidnight(realm, Builtin.Arg(args, 0));
        var isoDateTime = new IsoDateTime(date.IsoDate, time);
        return PlainDateTimeOperations.CreateTemporalDateTime(realm, isoDateTime, date.Calendar);
    }

    // Temporal Temporal.PlainDate.prototype.toZonedDateTime ( item )
    private static JsValue ToZonedDateTime(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var date = This(thisValue, "toZonedDateTime");
        var item = Builtin.Arg(args, 0);
        string timeZone;
        JsValue temporalTime = JsValue.Undefined;
        if (item.IsObject)
        {
            var timeZoneLike = item.AsObject().Get("timeZone", item);
            if (timeZoneLike.IsUndefined)
            {
                timeZone = TimeZones.ToTemporalTimeZoneIdentifier(realm, item);
            }
            else
            {
                timeZone = TimeZones.ToTemporalTimeZoneIdentifier(realm, timeZoneLike);
                temporalTime = item.AsObject().Get("plainTime", item);
            }
        }
        else
        {
            timeZone = TimeZones.ToTemporalTimeZoneIdentifier(realm, item);
        }
        Int128 epochNs;
        if (temporalTime.IsUndefined)
        {
            epochNs = TimeZones.GetStartOfDay(realm, timeZone, date.IsoDate);
        }
        else
        {
            var time = PlainTimeOperations.ToTemporalTime(realm, temporalTime);
            var isoDateTime = new IsoDateTime(date.IsoDate, time.Time);
            if (!IsoCalendarMath.ISODateTimeWithinLimits(isoDateTime)) JsException.ThrowRangeError("Temporal.PlainDate.prototype.toZonedDateTime: date-time is outside the supported range");
            epochNs = TimeZones.GetEpochNanosecondsFor(realm, timeZone, isoDateTime, Disambiguation.Compatible);
        }
        return JsZonedDateTime.Create(realm, epochNs, timeZone, date.Calendar);
    }

    // Temporal Temporal.PlainDate.prototype.toString ( [ options ] )
    private static JsValue ToStringMethod(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var date = This(thisValue, "toString");
        var resolvedOptions = TemporalOptions.GetOptionsObject(Builtin.Arg(args, 0));
        var showCalendar = TemporalOptions.GetTemporalShowCalendarNameOption(resolvedOptions);
        return PlainDateOperations.TemporalDateToString(date, showCalendar);
    }

    // Temporal Temporal.PlainDate.prototype.toLocaleString ( [ locales [ , options ] ] ): without ECMA-402, the ISO form.
    private static JsValue ToLocaleString(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
        => PlainDateOperations.TemporalDateToString(This(thisValue, "toLocaleString"), ShowCalendar.Auto);

    // Temporal Temporal.PlainDate.prototype.toJSON ( )
    private static JsValue ToJSON(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
        => PlainDateOperations.TemporalDateToString(This(thisValue, "toJSON"), ShowCalendar.Auto);

    // Temporal Temporal.PlainDate.prototype.valueOf ( )
    private static JsValue ValueOf(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
        => JsException.ThrowTypeError<JsValue>("Temporal.PlainDate.prototype.valueOf: use compare() or equals() to compare Temporal values");
}
