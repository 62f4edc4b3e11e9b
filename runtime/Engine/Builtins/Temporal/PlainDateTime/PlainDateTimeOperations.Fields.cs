using System;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins.Temporal;

// Temporal §5.5 the operations of Temporal.PlainDateTime that read calendar fields (property bags, with()).
internal static partial class PlainDateTimeOperations
{
    /// <summary>ToTemporalDateTime steps for a property bag: calendar, fields, options, then InterpretTemporalDateTimeFields.</summary>
    private static JsPlainDateTime DateTimeFromPropertyBag(Realm realm, JsObject obj, in JsValue options)
    {
        var calendar = TemporalConvert.GetTemporalCalendarIdentifierWithISODefault(obj);
        var fields = CalendarFields.PrepareCalendarFields(calendar, obj, CalendarFieldSet.YearMonthCodeDay, CalendarFieldSet.Time, CalendarFieldSet.None);
        var overflow = TemporalOptions.GetTemporalOverflowOption(TemporalOptions.GetOptionsObject(options));
        var result = InterpretTemporalDateTimeFields(calendar, fields, overflow);
        return CreateTemporalDateTime(realm, result, calendar);
    }

    // Temporal §5.5 InterpretTemporalDateTimeFields ( calendar, fields, overflow )
    public static IsoDateTime InterpretTemporalDateTimeFields(string calendar, CalendarFieldsRecord fields, Overflow overflow)
    {
        var isoDate = CalendarFields.CalendarDateFromFields(calendar, fields, overflow);
        var time = TimeMath.RegulateTime(fields.Hour ?? 0, fields.Minute ?? 0, fields.Second ?? 0,
            fields.Millisecond ?? 0, fields.Microsecond ?? 0, fields.Nanosecond ?? 0, overflow);
        return new IsoDateTime(isoDate, time);
    }
}
