using System;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins.Temporal;

// Temporal §5.3 the methods of %Temporal.PlainDateTime.prototype% that read calendar fields.
internal static partial class PlainDateTimePrototype
{
    private static CalendarDateRecord Date(JsPlainDateTime dt) => CalendarFields.CalendarISOToDate(dt.Calendar, dt.IsoDateTime.Date);

    // Temporal §5.3 Temporal.PlainDateTime.prototype.with ( temporalDateTimeLike [ , options ] )
    private static JsValue With(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var dateTime = ThisDateTime(thisValue, "with");
        var like = Builtin.Arg(args, 0);
        if (!PlainDateOperations.IsPartialTemporalObject(like)) JsException.ThrowTypeError("Temporal.PlainDateTime.prototype.with: argument must be a partial date-time object");
        string calendar = dateTime.Calendar;
        var fields = CalendarFields.ISODateToFields(calendar, dateTime.IsoDateTime.Date, CalendarFieldsType.Date);
        var t = dateTime.IsoDateTime.Time;
        fields.Hour = t.Hour;
        fields.Minute = t.Minute;
        fields.Second = t.Second;
        fields.Millisecond = t.Millisecond;
        fields.Microsecond = t.Microsecond;
        fields.Nanosecond = t.Nanosecond;
        var partial = CalendarFields.PrepareCalendarFields(calendar, like.AsObject(), CalendarFieldSet.YearMonthCodeDay, CalendarFieldSet.Time, null);
        fields = CalendarFields.CalendarMergeFields(calendar, fields, partial);
        var overflow = TemporalOptions.GetTemporalOverflowOption(TemporalOptions.GetOptionsObject(Builtin.Arg(args, 1)));
        var result = PlainDateTimeOperations.InterpretTemporalDateTimeFields(calendar, fields, overflow);
        return PlainDateTimeOperations.CreateTemporalDateTime(realm, result, calendar);
    }
}
