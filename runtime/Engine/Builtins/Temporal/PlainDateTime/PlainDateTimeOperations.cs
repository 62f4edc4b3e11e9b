using System;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins.Temporal;

/// <summary>Temporal §5.5 Abstract Operations of Temporal.PlainDateTime.</summary>
internal static partial class PlainDateTimeOperations
{
    // Temporal §5.5 CreateTemporalDateTime ( isoDateTime, calendar [ , newTarget ] )
    public static JsPlainDateTime CreateTemporalDateTime(Realm realm, IsoDateTime isoDateTime, string calendar, JsObject? newTarget = null)
    {
        if (!IsoCalendarMath.ISODateTimeWithinLimits(isoDateTime)) JsException.ThrowRangeError("Temporal.PlainDateTime: date-time is outside the supported range");
        return JsPlainDateTime.Create(realm, isoDateTime, calendar, newTarget);
    }

    // Temporal §5.5 ToTemporalDateTime ( item [ , options ] )
    public static JsPlainDateTime ToTemporalDateTime(Realm realm, in JsValue item, in JsValue options = default)
    {
        if (item.IsObject)
        {
            var obj = item.AsObject();
            switch (obj)
            {
                case JsPlainDateTime pdt:
                    TemporalOptions.GetTemporalOverflowOption(TemporalOptions.GetOptionsObject(options));
                    return JsPlainDateTime.Create(realm, pdt.IsoDateTime, pdt.Calendar);
                case JsZonedDateTime zdt:
                {
                    var isoDateTime = TimeZones.GetISODateTimeFor(realm, zdt.TimeZone, zdt.EpochNanoseconds);
                    TemporalOptions.GetTemporalOverflowOption(TemporalOptions.GetOptionsObject(options));
                    return JsPlainDateTime.Create(realm, isoDateTime, zdt.Calendar);
                }
                case JsPlainDate pd:
                    TemporalOptions.GetTemporalOverflowOption(TemporalOptions.GetOptionsObject(options));
                    return CreateTemporalDateTime(realm, new IsoDateTime(pd.IsoDate, IsoTime.Midnight), pd.Calendar);
            }
            return DateTimeFromPropertyBag(realm, obj, options);
        }
        if (!item.IsString) JsException.ThrowTypeError($"Temporal.PlainDateTime: cannot convert {Operations.DescribeForError(item)} to a PlainDateTime");
        var parsed = TemporalParser.ParseTemporalDateTimeString(item.AsString());
        var time = parsed.Time ?? IsoTime.Midnight;
        var cal = TemporalConvert.CanonicalizeCalendar(parsed.Calendar ?? "iso8601");
        TemporalOptions.GetTemporalOverflowOption(TemporalOptions.GetOptionsObject(options));
        return CreateTemporalDateTime(realm, new IsoDateTime(parsed.Date, time), cal);
    }

    // Temporal §5.5 ISODateTimeToString ( isoDateTime, calendar, precision, showCalendar ) is t-core's TemporalFormat.ISODateTimeToString.
}
