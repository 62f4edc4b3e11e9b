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
        if (value.IsObject)
        {
            var o = value.AsObject();
            if (o is JsZonedDateTime zdt) return new RelativeToRecord(null, zdt);
            if (o is JsPlainDate pd) return new RelativeToRecord(pd, null);
            if (o is JsPlainDateTime pdt) return new RelativeToRecord(JsPlainDate.Create(realm, pdt.IsoDateTime.Date, pdt.Calendar), null);
            return RelativeToFromBagOrString(realm, value);
        }
        if (!value.IsString) JsException.ThrowTypeError($"relativeTo must be a Temporal object, a property bag or a string, not {Operations.DescribeForError(value)}");
        var result = TemporalParser.ParseISODateTime(value.AsString(), IsoStringFormat.ZonedDateTime | IsoStringFormat.DateTime);
        if (result.TimeZoneAnnotation != null) return RelativeToFromBagOrString(realm, value);
        string calendar = TemporalConvert.CanonicalizeCalendar(result.Calendar ?? "iso8601");
        var isoDate = result.Date;
        if (!IsoCalendarMath.ISODateWithinLimits(isoDate)) JsException.ThrowRangeError("relativeTo: date out of range");
        return new RelativeToRecord(JsPlainDate.Create(realm, isoDate, calendar), null);
    }
}
