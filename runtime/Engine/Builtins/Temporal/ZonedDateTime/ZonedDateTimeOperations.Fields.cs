using System;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins.Temporal;

// The property-bag side of ToTemporalZonedDateTime and with(): reading the calendar fields plus timeZone and offset.
public static partial class ZonedDateTimeOperations
{
    /// <summary>The fields of a ZonedDateTime-like property bag that ToTemporalZonedDateTime uses.</summary>
    internal readonly record struct ZonedFields(string TimeZone, string? OffsetString);

    private static ZonedFields ZonedFieldsFromBag(Realm realm, JsObject bag, string calendar)
        => JsException.ThrowTypeError<ZonedFields>("Temporal.ZonedDateTime: property bags are not supported yet");

    private static IsoDateTime InterpretFields(Realm realm, ZonedFields fields, string calendar, Overflow overflow)
        => JsException.ThrowTypeError<IsoDateTime>("Temporal.ZonedDateTime: property bags are not supported yet");
}
