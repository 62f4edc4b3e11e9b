using System;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins.Temporal;

/// <summary>Temporal §2 The Temporal.Now Object: the current time from the host's clock (<see cref="Realm.Clock"/>)
/// and its local time zone (<see cref="Realm.LocalTimeZone"/>).</summary>
internal static class TemporalNow
{
    private static readonly BuiltinMethod[] Methods =
    [
        new("timeZoneId", 0, TimeZoneId),
        new("instant", 0, Instant),
        new("plainDateTimeISO", 0, PlainDateTimeISO),
        new("zonedDateTimeISO", 0, ZonedDateTimeISO),
        new("plainDateISO", 0, PlainDateISO),
        new("plainTimeISO", 0, PlainTimeISO),
    ];

    public static JsObject Create(Realm realm)
    {
        var now = new JsObject(realm.ObjectPrototype);
        Builtin.DefineMethods(realm, now, Methods);
        Library.ToStringTag(now, "Temporal.Now");
        return now;
    }

    // Temporal §2.3.1 SystemTimeZoneIdentifier ( ): the host's local zone as a primary identifier. The host's zone may
    // come from a POSIX TZ rule ("EST5EDT,M3.2.0,M11.1.0") that names no zone of the database: then the offset it has
    // now, as an offset identifier (exact for the current time, which is what Temporal.Now reads).
    public static string SystemTimeZoneIdentifier(Realm realm)
    {
        var local = realm.LocalTimeZone;
        if (TimeZones.GetAvailableNamedTimeZoneIdentifier(realm, local.Id, out _, out string primary)) return primary;
        double offsetMs = local.OffsetAtUtc(Math.Floor(realm.Clock()));
        return TemporalFormat.FormatOffsetTimeZoneIdentifier((int)Math.Floor(offsetMs / 60_000));
    }

    // Temporal §2.3.2 SystemUTCEpochNanoseconds ( ): the host clock has millisecond precision.
    public static Int128 SystemUTCEpochNanoseconds(Realm realm)
    {
        double ms = Math.Floor(realm.Clock());
        var ns = (Int128)(long)ms * 1_000_000;
        if (ns > TemporalLimits.MaxEpochNanoseconds) return TemporalLimits.MaxEpochNanoseconds;
        if (ns < TemporalLimits.MinEpochNanoseconds) return TemporalLimits.MinEpochNanoseconds;
        return ns;
    }

    /// <summary>The time zone argument of the *ISO methods: the system zone when undefined.</summary>
    private static string TimeZoneOrSystem(Realm realm, in JsValue temporalTimeZoneLike)
        => temporalTimeZoneLike.IsUndefined ? SystemTimeZoneIdentifier(realm) : TimeZones.ToTemporalTimeZoneIdentifier(realm, temporalTimeZoneLike);

    // Temporal §2.3.3 SystemDateTime ( temporalTimeZoneLike )
    private static IsoDateTime SystemDateTime(Realm realm, in JsValue temporalTimeZoneLike)
    {
        string timeZone = TimeZoneOrSystem(realm, temporalTimeZoneLike);
        return TimeZones.GetISODateTimeFor(realm, timeZone, SystemUTCEpochNanoseconds(realm));
    }

    // Temporal §2.2.1 Temporal.Now.timeZoneId ( )
    private static JsValue TimeZoneId(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
        => JsValue.FromString(SystemTimeZoneIdentifier(realm));

    // Temporal §2.2.2 Temporal.Now.instant ( )
    private static JsValue Instant(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
        => JsInstant.Create(realm, SystemUTCEpochNanoseconds(realm));

    // Temporal §2.2.3 Temporal.Now.plainDateTimeISO ( [ temporalTimeZoneLike ] )
    private static JsValue PlainDateTimeISO(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
        => PlainDateTimeOperations.CreateTemporalDateTime(realm, SystemDateTime(realm, Builtin.Arg(args, 0)), "iso8601");

    // Temporal §2.2.4 Temporal.Now.zonedDateTimeISO ( [ temporalTimeZoneLike ] )
    private static JsValue ZonedDateTimeISO(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        string timeZone = TimeZoneOrSystem(realm, Builtin.Arg(args, 0));
        return JsZonedDateTime.Create(realm, SystemUTCEpochNanoseconds(realm), timeZone, "iso8601");
    }

    // Temporal §2.2.5 Temporal.Now.plainDateISO ( [ temporalTimeZoneLike ] )
    private static JsValue PlainDateISO(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
        => JsPlainDate.Create(realm, SystemDateTime(realm, Builtin.Arg(args, 0)).Date, "iso8601");

    // Temporal §2.2.6 Temporal.Now.plainTimeISO ( [ temporalTimeZoneLike ] )
    private static JsValue PlainTimeISO(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
        => JsPlainTime.Create(realm, SystemDateTime(realm, Builtin.Arg(args, 0)).Time);
}
