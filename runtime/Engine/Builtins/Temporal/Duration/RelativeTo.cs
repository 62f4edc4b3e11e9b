using System;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins.Temporal;

/// <summary>The record GetTemporalRelativeToOption returns: at most one of the two is set.</summary>
public readonly record struct RelativeToRecord(JsPlainDate? Plain, JsZonedDateTime? Zoned);

public static partial class DurationOperations
{
    // Temporal §7.5.x GetTemporalRelativeToOption ( options )
    public static RelativeToRecord GetTemporalRelativeToOption(Realm realm, JsObject options)
    {
        var value = options.Get("relativeTo");
        if (value.IsUndefined) return default;
        var offsetBehaviour = OffsetBehaviour.Option;
        var matchBehaviour = MatchBehaviour.MatchExactly;
        string calendar;
        IsoDate isoDate;
        IsoTime? time;
        string? timeZone;
        string? offsetString;
        if (value.IsObject)
        {
            var o = value.AsObject();
            if (o is JsZonedDateTime zdt) return new RelativeToRecord(null, zdt);
            if (o is JsPlainDate pd) return new RelativeToRecord(pd, null);
            if (o is JsPlainDateTime pdt) return new RelativeToRecord(JsPlainDate.Create(realm, pdt.IsoDateTime.Date, pdt.Calendar), null);
            calendar = TemporalConvert.GetTemporalCalendarIdentifierWithISODefault(o);
            var fields = CalendarFields.PrepareCalendarFields(calendar, o, CalendarFieldSet.YearMonthCodeDay,
                CalendarFieldSet.Time | CalendarFieldSet.Offset | CalendarFieldSet.TimeZone, CalendarFieldSet.None, realm);
            // InterpretTemporalDateTimeFields(calendar, fields, ~constrain~)
            isoDate = CalendarFields.CalendarDateFromFields(calendar, fields, Overflow.Constrain);
            time = TimeMath.RegulateTime(fields.Hour ?? 0, fields.Minute ?? 0, fields.Second ?? 0, fields.Millisecond ?? 0,
                fields.Microsecond ?? 0, fields.Nanosecond ?? 0, Overflow.Constrain);
            timeZone = fields.TimeZone;
            offsetString = fields.Offset;
            if (offsetString == null) offsetBehaviour = OffsetBehaviour.Wall;
        }
        else
        {
            if (!value.IsString) JsException.ThrowTypeError($"relativeTo must be a Temporal object, a property bag or a string, not {Operations.DescribeForError(value)}");
            var result = TemporalParser.ParseISODateTime(value.AsString(), IsoStringFormat.ZonedDateTime | IsoStringFormat.DateTime);
            offsetString = result.OffsetString;
            string? annotation = result.TimeZoneAnnotation;
            if (annotation == null) timeZone = null;
            else
            {
                timeZone = TimeZones.ToTemporalTimeZoneIdentifier(realm, JsValue.FromString(annotation));
                if (result.Z) offsetBehaviour = OffsetBehaviour.Exact;
                else if (offsetString == null) offsetBehaviour = OffsetBehaviour.Wall;
                matchBehaviour = MatchBehaviour.MatchMinutes;
            }
            calendar = TemporalConvert.CanonicalizeCalendar(result.Calendar ?? "iso8601");
            isoDate = result.Date;
            time = result.Time;
        }
        if (timeZone == null)
        {
            return new RelativeToRecord(PlainDateOperations.CreateTemporalDate(realm, isoDate, calendar), null);
        }
        long offsetNs = offsetBehaviour == OffsetBehaviour.Option ? TemporalParser.ParseDateTimeUTCOffset(offsetString!) : 0;
        Int128 epochNanoseconds = ZonedDateTimeOperations.InterpretISODateTimeOffset(realm, isoDate, time, offsetBehaviour, offsetNs, timeZone,
            Disambiguation.Compatible, OffsetOption.Reject, matchBehaviour);
        return new RelativeToRecord(null, JsZonedDateTime.Create(realm, epochNanoseconds, timeZone, calendar));
    }
}
