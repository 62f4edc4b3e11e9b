using System;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins.Temporal;

// Temporal §5.3 the methods of %Temporal.PlainDateTime.prototype% that read calendar fields.
internal static partial class PlainDateTimePrototype
{
    // Placeholder until CalendarISOToDate lands: the record's fields for the ISO calendar.
    private readonly record struct CalendarDateRecord(int Year, int Month, string MonthCode, int Day, int DayOfWeek, int DayOfYear, int WeekOfYear, int YearOfWeek,
        int DaysInWeek, int DaysInMonth, int DaysInYear, int MonthsInYear, bool InLeapYear);

    private static CalendarDateRecord Date(JsPlainDateTime dt)
        => JsException.ThrowTypeError<CalendarDateRecord>("Temporal.PlainDateTime: calendar fields not merged yet");

    private static JsValue With(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
        => JsException.ThrowTypeError<JsValue>("Temporal.PlainDateTime.prototype.with: calendar fields not merged yet");
}
