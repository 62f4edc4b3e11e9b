using System;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins.Temporal;

/// <summary>Temporal §10.3 Properties of the Temporal.PlainMonthDay Prototype Object.</summary>
internal static class PlainMonthDayPrototype
{
    private static readonly BuiltinMethod[] Methods =
    [
        new("equals", 1, EqualsMethod),
        new("toJSON", 0, ToJSON),
        new("toLocaleString", 0, ToLocaleString),
        new("toPlainDate", 1, ToPlainDate),
        new("toString", 0, ToStringMethod),
        new("valueOf", 0, ValueOf),
        new("with", 1, With),
    ];

    public static JsObject Create(Realm realm)
    {
        var proto = new JsObject(realm.ObjectPrototype);
        realm.TemporalPlainMonthDayPrototype = proto;
        Builtin.Getter(realm, proto, "calendarId", "calendarId", static (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => This(t, "calendarId").Calendar);
        Builtin.Getter(realm, proto, "monthCode", "monthCode", static (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) =>
        {
            var md = This(t, "monthCode");
            return CalendarFields.CalendarISOToDate(md.Calendar, md.IsoDate).MonthCode;
        });
        Builtin.Getter(realm, proto, "day", "day", static (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) =>
        {
            var md = This(t, "day");
            return CalendarFields.CalendarISOToDate(md.Calendar, md.IsoDate).Day;
        });
        Builtin.DefineMethods(realm, proto, Methods);
        Library.ToStringTag(proto, "Temporal.PlainMonthDay");
        return proto;
    }

    /// <summary>RequireInternalSlot(this, [[InitializedTemporal…]]).</summary>
    private static JsPlainMonthDay This(in JsValue thisValue, string method) => Brand.This<JsPlainMonthDay>(thisValue, "Temporal.PlainMonthDay.prototype." + method);

    // Temporal Temporal.PlainMonthDay.prototype.with ( temporalMonthDayLike [ , options ] )
    private static JsValue With(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var md = This(thisValue, "with");
        var like = Builtin.Arg(args, 0);
        if (!PlainDateOperations.IsPartialTemporalObject(like)) JsException.ThrowTypeError("Temporal.PlainMonthDay.prototype.with: argument must be a partial month-day object");
        var calendar = md.Calendar;
        var fields = CalendarFields.ISODateToFields(calendar, md.IsoDate, CalendarFieldsType.MonthDay);
        var partial = CalendarFields.PrepareCalendarFields(calendar, like.AsObject(), CalendarFieldSet.YearMonthCodeDay, CalendarFieldSet.None, null);
        fields = CalendarFields.CalendarMergeFields(calendar, fields, partial);
        var overflow = TemporalOptions.GetTemporalOverflowOption(TemporalOptions.GetOptionsObject(Builtin.Arg(args, 1)));
        var isoDate = CalendarFields.CalendarMonthDayFromFields(calendar, fields, overflow);
        return PlainMonthDayOperations.CreateTemporalMonthDay(realm, isoDate, calendar);
    }

    // Temporal Temporal.PlainMonthDay.prototype.equals ( other )
    private static JsValue EqualsMethod(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var md = This(thisValue, "equals");
        var other = PlainMonthDayOperations.ToTemporalMonthDay(realm, Builtin.Arg(args, 0));
        if (IsoCalendarMath.CompareISODate(md.IsoDate, other.IsoDate) != 0) return false;
        return PlainDateOperations.CalendarEquals(md.Calendar, other.Calendar);
    }

    // Temporal Temporal.PlainMonthDay.prototype.toPlainDate ( item )
    private static JsValue ToPlainDate(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var md = This(thisValue, "toPlainDate");
        var item = Builtin.Arg(args, 0);
        if (!item.IsObject) JsException.ThrowTypeError("Temporal.PlainMonthDay.prototype.toPlainDate: argument must be an object");
        var calendar = md.Calendar;
        var fields = CalendarFields.ISODateToFields(calendar, md.IsoDate, CalendarFieldsType.MonthDay);
        var inputFields = CalendarFields.PrepareCalendarFields(calendar, item.AsObject(), CalendarFieldSet.Year, CalendarFieldSet.None, CalendarFieldSet.None);
        var merged = CalendarFields.CalendarMergeFields(calendar, fields, inputFields);
        var isoDate = CalendarFields.CalendarDateFromFields(calendar, merged, Overflow.Constrain);
        return PlainDateOperations.CreateTemporalDate(realm, isoDate, calendar);
    }

    // Temporal Temporal.PlainMonthDay.prototype.toString ( [ options ] )
    private static JsValue ToStringMethod(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var md = This(thisValue, "toString");
        var resolvedOptions = TemporalOptions.GetOptionsObject(Builtin.Arg(args, 0));
        var showCalendar = TemporalOptions.GetTemporalShowCalendarNameOption(resolvedOptions);
        return PlainMonthDayOperations.TemporalMonthDayToString(md, showCalendar);
    }

    // Temporal Temporal.PlainMonthDay.prototype.toLocaleString ( [ locales [ , options ] ] ): without ECMA-402, the ISO form.
    private static JsValue ToLocaleString(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
        => PlainMonthDayOperations.TemporalMonthDayToString(This(thisValue, "toLocaleString"), ShowCalendar.Auto);

    // Temporal Temporal.PlainMonthDay.prototype.toJSON ( )
    private static JsValue ToJSON(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
        => PlainMonthDayOperations.TemporalMonthDayToString(This(thisValue, "toJSON"), ShowCalendar.Auto);

    // Temporal Temporal.PlainMonthDay.prototype.valueOf ( )
    private static JsValue ValueOf(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
        => JsException.ThrowTypeError<JsValue>("Temporal.PlainMonthDay.prototype.valueOf: use equals() to compare Temporal values");
}
