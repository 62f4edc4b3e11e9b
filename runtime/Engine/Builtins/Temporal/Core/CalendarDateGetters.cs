using System;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins.Temporal;

/// <summary>
/// The calendar accessors of the date-bearing prototypes (Temporal §3.3 and §9.3 get calendarId, era, eraYear,
/// year, month, monthCode, day …, inLeapYear): each checks its receiver (RequireInternalSlot) and reads one
/// field of CalendarISOToDate of the receiver's [[Calendar]] and [[ISODate]].
/// </summary>
internal static class CalendarDateGetters
{
    private delegate JsValue FieldReader(in CalendarDateRecord d);

    private static readonly (string Name, FieldReader Read)[] Fields =
    [
        ("era", static (in CalendarDateRecord d) => JsValue.Undefined), // the ISO 8601 calendar has no eras
        ("eraYear", static (in CalendarDateRecord d) => JsValue.Undefined),
        ("year", static (in CalendarDateRecord d) => d.Year),
        ("month", static (in CalendarDateRecord d) => d.Month),
        ("monthCode", static (in CalendarDateRecord d) => d.MonthCode),
        ("day", static (in CalendarDateRecord d) => d.Day),
        ("dayOfWeek", static (in CalendarDateRecord d) => d.DayOfWeek),
        ("dayOfYear", static (in CalendarDateRecord d) => d.DayOfYear),
        ("weekOfYear", static (in CalendarDateRecord d) => d.WeekOfYear),
        ("yearOfWeek", static (in CalendarDateRecord d) => d.YearOfWeek),
        ("daysInWeek", static (in CalendarDateRecord d) => d.DaysInWeek),
        ("daysInMonth", static (in CalendarDateRecord d) => d.DaysInMonth),
        ("daysInYear", static (in CalendarDateRecord d) => d.DaysInYear),
        ("monthsInYear", static (in CalendarDateRecord d) => d.MonthsInYear),
        ("inLeapYear", static (in CalendarDateRecord d) => d.InLeapYear),
    ];

    /// <summary>Defines `calendarId` and the named calendar fields (in <see cref="Fields"/> order) on
    /// <paramref name="proto"/>, the prototype of <typeparamref name="T"/> ("Temporal.PlainDate" is
    /// <paramref name="typeName"/>); <paramref name="slots"/> reads an instance's calendar and ISO date.</summary>
    public static void Define<T>(Realm realm, JsObject proto, string typeName, Func<T, (string Calendar, IsoDate Date)> slots, params string[] fieldNames)
        where T : JsObject
    {
        Builtin.Getter(realm, proto, "calendarId", "calendarId", (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n)
            => slots(Brand.This<T>(t, typeName + ".prototype.calendarId")).Calendar);
        foreach (var (name, read) in Fields)
        {
            if (Array.IndexOf(fieldNames, name) < 0) continue;
            string method = typeName + ".prototype." + name;
            Builtin.Getter(realm, proto, name, name, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) =>
            {
                var (calendar, date) = slots(Brand.This<T>(t, method));
                return read(CalendarFields.CalendarISOToDate(calendar, date));
            });
        }
    }
}
