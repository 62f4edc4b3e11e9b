using System;
using System.Numerics;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins.Temporal;

/// <summary>Temporal §6.3 Properties of the Temporal.ZonedDateTime Prototype Object: the getters here, the methods
/// in the other ZonedDateTimePrototype.*.cs files.</summary>
internal static partial class ZonedDateTimePrototype
{
    private static readonly BuiltinMethod[] Methods =
    [
        new("with", 1, With),
        new("withPlainTime", 0, WithPlainTime),
        new("withTimeZone", 1, WithTimeZone),
        new("withCalendar", 1, WithCalendar),
        new("add", 1, Add),
        new("subtract", 1, Subtract),
        new("until", 1, Until),
        new("since", 1, Since),
        new("round", 1, Round),
        new("equals", 1, EqualsMethod),
        new("toString", 0, ToStringMethod),
        new("toLocaleString", 0, ToLocaleString),
        new("toJSON", 0, ToJSON),
        new("valueOf", 0, ValueOf),
        new("startOfDay", 0, StartOfDay),
        new("getTimeZoneTransition", 1, GetTimeZoneTransition),
        new("toInstant", 0, ToInstant),
        new("toPlainDate", 0, ToPlainDate),
        new("toPlainTime", 0, ToPlainTime),
        new("toPlainDateTime", 0, ToPlainDateTime),
    ];

    private delegate JsValue Field(Realm realm, JsZonedDateTime zdt);

    public static JsObject Create(Realm realm)
    {
        var proto = new JsObject(realm.ObjectPrototype);
        realm.TemporalZonedDateTimePrototype = proto;
        Getter(realm, proto, "calendarId", static (r, z) => JsValue.FromString(z.Calendar));
        Getter(realm, proto, "timeZoneId", static (r, z) => JsValue.FromString(z.TimeZone));
        // The ISO 8601 calendar has no eras.
        Getter(realm, proto, "era", static (r, z) => JsValue.Undefined);
        Getter(realm, proto, "eraYear", static (r, z) => JsValue.Undefined);
        Getter(realm, proto, "year", static (r, z) => JsValue.FromNumber(DateTime(r, z).Date.Year));
        Getter(realm, proto, "month", static (r, z) => JsValue.FromNumber(DateTime(r, z).Date.Month));
        Getter(realm, proto, "monthCode", static (r, z) => JsValue.FromString(DateTime(r, z).Date.Month.ToString("'M'00", System.Globalization.CultureInfo.InvariantCulture)));
        Getter(realm, proto, "day", static (r, z) => JsValue.FromNumber(DateTime(r, z).Date.Day));
        Getter(realm, proto, "hour", static (r, z) => JsValue.FromNumber(DateTime(r, z).Time.Hour));
        Getter(realm, proto, "minute", static (r, z) => JsValue.FromNumber(DateTime(r, z).Time.Minute));
        Getter(realm, proto, "second", static (r, z) => JsValue.FromNumber(DateTime(r, z).Time.Second));
        Getter(realm, proto, "millisecond", static (r, z) => JsValue.FromNumber(DateTime(r, z).Time.Millisecond));
        Getter(realm, proto, "microsecond", static (r, z) => JsValue.FromNumber(DateTime(r, z).Time.Microsecond));
        Getter(realm, proto, "nanosecond", static (r, z) => JsValue.FromNumber(DateTime(r, z).Time.Nanosecond));
        Getter(realm, proto, "epochMilliseconds", static (r, z) => JsValue.FromNumber((double)(long)TimeZones.FloorDiv(z.EpochNanoseconds, 1_000_000)));
        Getter(realm, proto, "epochNanoseconds", static (r, z) => JsValue.FromBigInt((BigInteger)z.EpochNanoseconds));
        Getter(realm, proto, "dayOfWeek", static (r, z) => JsValue.FromNumber(IsoCalendarMath.ISODayOfWeek(DateTime(r, z).Date)));
        Getter(realm, proto, "dayOfYear", static (r, z) => JsValue.FromNumber(IsoCalendarMath.ISODayOfYear(DateTime(r, z).Date)));
        Getter(realm, proto, "weekOfYear", static (r, z) => JsValue.FromNumber(IsoCalendarMath.ISOWeekOfYear(DateTime(r, z).Date).Week));
        Getter(realm, proto, "yearOfWeek", static (r, z) => JsValue.FromNumber(IsoCalendarMath.ISOWeekOfYear(DateTime(r, z).Date).Year));
        Getter(realm, proto, "hoursInDay", HoursInDay);
        Getter(realm, proto, "daysInWeek", static (r, z) => JsValue.FromNumber(7));
        Getter(realm, proto, "daysInMonth", static (r, z) =>
        {
            var d = DateTime(r, z).Date;
            return JsValue.FromNumber(IsoCalendarMath.ISODaysInMonth(d.Year, d.Month));
        });
        Getter(realm, proto, "daysInYear", static (r, z) => JsValue.FromNumber(IsoCalendarMath.MathematicalInLeapYear(DateTime(r, z).Date.Year) == 1 ? 366 : 365));
        Getter(realm, proto, "monthsInYear", static (r, z) => JsValue.FromNumber(12));
        Getter(realm, proto, "inLeapYear", static (r, z) => JsValue.FromBoolean(IsoCalendarMath.MathematicalInLeapYear(DateTime(r, z).Date.Year) == 1));
        Getter(realm, proto, "offsetNanoseconds", static (r, z) => JsValue.FromNumber(TimeZones.GetOffsetNanosecondsFor(r, z.TimeZone, z.EpochNanoseconds)));
        Getter(realm, proto, "offset", static (r, z) => JsValue.FromString(TemporalFormat.FormatUTCOffsetNanoseconds(TimeZones.GetOffsetNanosecondsFor(r, z.TimeZone, z.EpochNanoseconds))));
        Builtin.DefineMethods(realm, proto, Methods);
        Library.ToStringTag(proto, "Temporal.ZonedDateTime");
        return proto;
    }

    private static void Getter(Realm realm, JsObject proto, string name, Field field)
        => Builtin.Getter(realm, proto, name, name, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => field(r, This(t, "get " + name)));

    /// <summary>RequireInternalSlot(zonedDateTime, [[InitializedTemporalZonedDateTime]]).</summary>
    private static JsZonedDateTime This(in JsValue thisValue, string method)
        => Brand.This<JsZonedDateTime>(thisValue, "Temporal.ZonedDateTime.prototype." + method);

    /// <summary>GetISODateTimeFor(zonedDateTime.[[TimeZone]], zonedDateTime.[[EpochNanoseconds]]).</summary>
    private static IsoDateTime DateTime(Realm realm, JsZonedDateTime zdt) => TimeZones.GetISODateTimeFor(realm, zdt.TimeZone, zdt.EpochNanoseconds);

    // Temporal §6.3.x get Temporal.ZonedDateTime.prototype.hoursInDay
    private static JsValue HoursInDay(Realm realm, JsZonedDateTime zdt)
    {
        IsoDate today = DateTime(realm, zdt).Date;
        IsoDate tomorrow = IsoCalendarMath.BalanceISODate(today.Year, today.Month, today.Day + 1);
        Int128 todayNs = TimeZones.GetStartOfDay(realm, zdt.TimeZone, today);
        Int128 tomorrowNs = TimeZones.GetStartOfDay(realm, zdt.TimeZone, tomorrow);
        // TotalTimeDuration(diff, hour): the difference is below 10^15 ns, exact in a double.
        return JsValue.FromNumber((double)(long)(tomorrowNs - todayNs) / 3_600_000_000_000.0);
    }
}
