using System;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins.Temporal;

// Temporal §5.3 the accessor properties of %Temporal.PlainDateTime.prototype%: calendarId, the calendar's date fields
// (CalendarISOToDate of the ISO date) and the wall-clock time fields.
internal static partial class PlainDateTimePrototype
{
    private static void DefineGetters(Realm realm, JsObject proto)
    {
        Getter(realm, proto, "calendarId", static dt => JsValue.FromString(dt.Calendar));
        // The ISO 8601 calendar has no eras.
        Getter(realm, proto, "era", static dt => JsValue.Undefined);
        Getter(realm, proto, "eraYear", static dt => JsValue.Undefined);
        Getter(realm, proto, "year", static dt => JsValue.FromNumber(Date(dt).Year));
        Getter(realm, proto, "month", static dt => JsValue.FromNumber(Date(dt).Month));
        Getter(realm, proto, "monthCode", static dt => JsValue.FromString(Date(dt).MonthCode));
        Getter(realm, proto, "day", static dt => JsValue.FromNumber(Date(dt).Day));
        Getter(realm, proto, "hour", static dt => JsValue.FromNumber(dt.IsoDateTime.Time.Hour));
        Getter(realm, proto, "minute", static dt => JsValue.FromNumber(dt.IsoDateTime.Time.Minute));
        Getter(realm, proto, "second", static dt => JsValue.FromNumber(dt.IsoDateTime.Time.Second));
        Getter(realm, proto, "millisecond", static dt => JsValue.FromNumber(dt.IsoDateTime.Time.Millisecond));
        Getter(realm, proto, "microsecond", static dt => JsValue.FromNumber(dt.IsoDateTime.Time.Microsecond));
        Getter(realm, proto, "nanosecond", static dt => JsValue.FromNumber(dt.IsoDateTime.Time.Nanosecond));
        Getter(realm, proto, "dayOfWeek", static dt => JsValue.FromNumber(Date(dt).DayOfWeek));
        Getter(realm, proto, "dayOfYear", static dt => JsValue.FromNumber(Date(dt).DayOfYear));
        Getter(realm, proto, "weekOfYear", static dt => JsValue.FromNumber(Date(dt).WeekOfYear));
        Getter(realm, proto, "yearOfWeek", static dt => JsValue.FromNumber(Date(dt).YearOfWeek));
        Getter(realm, proto, "daysInWeek", static dt => JsValue.FromNumber(Date(dt).DaysInWeek));
        Getter(realm, proto, "daysInMonth", static dt => JsValue.FromNumber(Date(dt).DaysInMonth));
        Getter(realm, proto, "daysInYear", static dt => JsValue.FromNumber(Date(dt).DaysInYear));
        Getter(realm, proto, "monthsInYear", static dt => JsValue.FromNumber(Date(dt).MonthsInYear));
        Getter(realm, proto, "inLeapYear", static dt => JsValue.FromBoolean(Date(dt).InLeapYear));
    }

    /// <summary>An accessor whose get function checks the receiver (RequireInternalSlot) and reads one field.</summary>
    private static void Getter(Realm realm, JsObject proto, string name, Func<JsPlainDateTime, JsValue> read)
    {
        Builtin.Getter(realm, proto, name, name, (Realm r, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? nt)
            => read(ThisDateTime(thisValue, name)));
    }
}
