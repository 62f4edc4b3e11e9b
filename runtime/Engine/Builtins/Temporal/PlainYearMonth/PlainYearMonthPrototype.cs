using System;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins.Temporal;

/// <summary>Temporal §9.3 Properties of the Temporal.PlainYearMonth Prototype Object.</summary>
internal static class PlainYearMonthPrototype
{
    private static readonly BuiltinMethod[] Methods =
    [
        new("add", 1, Add),
        new("equals", 1, EqualsMethod),
        new("since", 1, Since),
        new("subtract", 1, Subtract),
        new("toJSON", 0, ToJSON),
        new("toLocaleString", 0, ToLocaleString),
        new("toPlainDate", 1, ToPlainDate),
        new("toString", 0, ToStringMethod),
        new("until", 1, Until),
        new("valueOf", 0, ValueOf),
        new("with", 1, With),
    ];

    public static JsObject Create(Realm realm)
    {
        var proto = new JsObject(realm.ObjectPrototype);
        realm.TemporalPlainYearMonthPrototype = proto;
        CalendarDateGetters.Define<JsPlainYearMonth>(realm, proto, "Temporal.PlainYearMonth", static ym => (ym.Calendar, ym.IsoDate),
            "era", "eraYear", "year", "month", "monthCode", "daysInYear", "daysInMonth", "monthsInYear", "inLeapYear");
        Builtin.DefineMethods(realm, proto, Methods);
        Library.ToStringTag(proto, "Temporal.PlainYearMonth");
        return proto;
    }

    /// <summary>RequireInternalSlot(this, [[InitializedTemporal…]]).</summary>
    private static JsPlainYearMonth This(in JsValue thisValue, string method) => Brand.This<JsPlainYearMonth>(thisValue, "Temporal.PlainYearMonth.prototype." + method);

    // Temporal Temporal.PlainYearMonth.prototype.with ( temporalYearMonthLike [ , options ] )
    private static JsValue With(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var ym = This(thisValue, "with");
        var like = Builtin.Arg(args, 0);
        if (!PlainDateOperations.IsPartialTemporalObject(like)) JsException.ThrowTypeError("Temporal.PlainYearMonth.prototype.with: argument must be a partial year-month object");
        var calendar = ym.Calendar;
        var fields = CalendarFields.ISODateToFields(calendar, ym.IsoDate, CalendarFieldsType.YearMonth);
        var partial = CalendarFields.PrepareCalendarFields(calendar, like.AsObject(), CalendarFieldSet.Year | CalendarFieldSet.Month | CalendarFieldSet.MonthCode, CalendarFieldSet.None, null);
        fields = CalendarFields.CalendarMergeFields(calendar, fields, partial);
        var overflow = TemporalOptions.GetTemporalOverflowOption(TemporalOptions.GetOptionsObject(Builtin.Arg(args, 1)));
        var isoDate = CalendarFields.CalendarYearMonthFromFields(calendar, fields, overflow);
        return PlainYearMonthOperations.CreateTemporalYearMonth(realm, isoDate, calendar);
    }

    // Temporal Temporal.PlainYearMonth.prototype.add ( temporalDurationLike [ , options ] )
    private static JsValue Add(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
        => PlainYearMonthOperations.AddDurationToYearMonth(realm, false, This(thisValue, "add"), Builtin.Arg(args, 0), Builtin.Arg(args, 1));

    // Temporal Temporal.PlainYearMonth.prototype.subtract ( temporalDurationLike [ , options ] )
    private static JsValue Subtract(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
        => PlainYearMonthOperations.AddDurationToYearMonth(realm, true, This(thisValue, "subtract"), Builtin.Arg(args, 0), Builtin.Arg(args, 1));

    // Temporal Temporal.PlainYearMonth.prototype.until ( other [ , options ] )
    private static JsValue Until(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
        => PlainYearMonthOperations.DifferenceTemporalPlainYearMonth(realm, DifferenceOperation.Until, This(thisValue, "until"), Builtin.Arg(args, 0), Builtin.Arg(args, 1));

    // Temporal Temporal.PlainYearMonth.prototype.since ( other [ , options ] )
    private static JsValue Since(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
        => PlainYearMonthOperations.DifferenceTemporalPlainYearMonth(realm, DifferenceOperation.Since, This(thisValue, "since"), Builtin.Arg(args, 0), Builtin.Arg(args, 1));

    // Temporal Temporal.PlainYearMonth.prototype.equals ( other )
    private static JsValue EqualsMethod(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var ym = This(thisValue, "equals");
        var other = PlainYearMonthOperations.ToTemporalYearMonth(realm, Builtin.Arg(args, 0));
        if (IsoCalendarMath.CompareISODate(ym.IsoDate, other.IsoDate) != 0) return false;
        return PlainDateOperations.CalendarEquals(ym.Calendar, other.Calendar);
    }

    // Temporal Temporal.PlainYearMonth.prototype.toPlainDate ( item )
    private static JsValue ToPlainDate(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var ym = This(thisValue, "toPlainDate");
        var item = Builtin.Arg(args, 0);
        if (!item.IsObject) JsException.ThrowTypeError("Temporal.PlainYearMonth.prototype.toPlainDate: argument must be an object");
        var calendar = ym.Calendar;
        var fields = CalendarFields.ISODateToFields(calendar, ym.IsoDate, CalendarFieldsType.YearMonth);
        var inputFields = CalendarFields.PrepareCalendarFields(calendar, item.AsObject(), CalendarFieldSet.Day, CalendarFieldSet.None, CalendarFieldSet.None);
        var merged = CalendarFields.CalendarMergeFields(calendar, fields, inputFields);
        var isoDate = CalendarFields.CalendarDateFromFields(calendar, merged, Overflow.Constrain);
        return PlainDateOperations.CreateTemporalDate(realm, isoDate, calendar);
    }

    // Temporal Temporal.PlainYearMonth.prototype.toString ( [ options ] )
    private static JsValue ToStringMethod(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var ym = This(thisValue, "toString");
        var resolvedOptions = TemporalOptions.GetOptionsObject(Builtin.Arg(args, 0));
        var showCalendar = TemporalOptions.GetTemporalShowCalendarNameOption(resolvedOptions);
        return PlainYearMonthOperations.TemporalYearMonthToString(ym, showCalendar);
    }

    // Temporal Temporal.PlainYearMonth.prototype.toLocaleString ( [ locales [ , options ] ] ): without ECMA-402, the ISO form.
    private static JsValue ToLocaleString(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
        => PlainYearMonthOperations.TemporalYearMonthToString(This(thisValue, "toLocaleString"), ShowCalendar.Auto);

    // Temporal Temporal.PlainYearMonth.prototype.toJSON ( )
    private static JsValue ToJSON(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
        => PlainYearMonthOperations.TemporalYearMonthToString(This(thisValue, "toJSON"), ShowCalendar.Auto);

    // Temporal Temporal.PlainYearMonth.prototype.valueOf ( )
    private static JsValue ValueOf(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
        => JsException.ThrowTypeError<JsValue>("Temporal.PlainYearMonth.prototype.valueOf: use compare() or equals() to compare Temporal values");
}
