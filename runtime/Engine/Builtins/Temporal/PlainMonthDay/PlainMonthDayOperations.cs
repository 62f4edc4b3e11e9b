using System;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins.Temporal;

/// <summary>The abstract operations of Temporal.PlainMonthDay (Temporal §10.5).</summary>
internal static class PlainMonthDayOperations
{
    /// <summary>Temporal CreateTemporalMonthDay ( isoDate, calendar [ , newTarget ] ).</summary>
    public static JsPlainMonthDay CreateTemporalMonthDay(Realm realm, IsoDate isoDate, string calendar, JsObject? newTarget = null)
    {
        if (!IsoCalendarMath.ISODateWithinLimits(isoDate)) JsException.ThrowRangeError("Temporal.PlainMonthDay: date is outside the supported range");
        return JsPlainMonthDay.Create(realm, isoDate, calendar, newTarget);
    }

    /// <summary>Temporal ToTemporalMonthDay ( item [ , options ] ).</summary>
    public static JsPlainMonthDay ToTemporalMonthDay(Realm realm, in JsValue item, in JsValue options = default)
    {
        if (item.IsObject)
        {
            var obj = item.AsObject();
            if (obj is JsPlainMonthDay md)
            {
                TemporalOptions.GetTemporalOverflowOption(TemporalOptions.GetOptionsObject(options));
                return JsPlainMonthDay.Create(realm, md.IsoDate, md.Calendar);
            }
            var calendar = TemporalConvert.GetTemporalCalendarIdentifierWithISODefault(obj);
            var fields = CalendarFields.PrepareCalendarFields(calendar, obj, CalendarFieldSet.YearMonthCodeDay, CalendarFieldSet.None, CalendarFieldSet.None);
            var overflow = TemporalOptions.GetTemporalOverflowOption(TemporalOptions.GetOptionsObject(options));
            var isoDate = CalendarFields.CalendarMonthDayFromFields(calendar, fields, overflow);
            return JsPlainMonthDay.Create(realm, isoDate, calendar);
        }
        if (!item.IsString) JsException.ThrowTypeError($"Temporal.PlainMonthDay: cannot convert {Operations.DescribeForError(item)} to a PlainMonthDay");
        var result = TemporalParser.ParseTemporalMonthDayString(item.AsString());
        var cal = TemporalConvert.CanonicalizeCalendar(result.Calendar ?? "iso8601");
        TemporalOptions.GetTemporalOverflowOption(TemporalOptions.GetOptionsObject(options));
        // iso8601: the reference year is always 1972, whatever year the string carried.
        return CreateTemporalMonthDay(realm, new IsoDate(1972, result.Date.Month, result.Date.Day), cal);
    }

    /// <summary>Temporal TemporalMonthDayToString ( monthDay, showCalendar ).</summary>
    public static string TemporalMonthDayToString(JsPlainMonthDay monthDay, ShowCalendar showCalendar)
    {
        var d = monthDay.IsoDate;
        // The reference year is shown only when the calendar is shown (or is not ISO).
        var result = showCalendar is ShowCalendar.Always or ShowCalendar.Critical || monthDay.Calendar != "iso8601"
            ? TemporalFormat.FormatISODate(d) : TemporalFormat.FormatISOMonthDay(d);
        return result + TemporalFormat.FormatCalendarAnnotation(monthDay.Calendar, showCalendar);
    }
}
