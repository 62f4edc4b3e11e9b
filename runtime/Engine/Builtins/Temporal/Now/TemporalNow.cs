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
    ];

    public static JsObject Create(Realm realm)
    {
        var now = new JsObject(realm.ObjectPrototype);
        Builtin.DefineMethods(realm, now, Methods);
        Library.ToStringTag(now, "Temporal.Now");
        return now;
    }

    // Temporal §2.3.2 SystemUTCEpochNanoseconds: the host clock has millisecond precision.
    public static Int128 SystemUTCEpochNanoseconds(Realm realm)
    {
        double ms = Math.Floor(realm.Clock());
        var ns = (Int128)(long)ms * 1_000_000;
        if (ns > TemporalLimits.MaxEpochNanoseconds) return TemporalLimits.MaxEpochNanoseconds;
        if (ns < TemporalLimits.MinEpochNanoseconds) return TemporalLimits.MinEpochNanoseconds;
        return ns;
    }

    // Temporal §2.2.1 Temporal.Now.timeZoneId ( )
    private static JsValue TimeZoneId(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
        => JsValue.FromString(realm.LocalTimeZone.Id);

    // Temporal §2.2.2 Temporal.Now.instant ( )
    private static JsValue Instant(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
        => JsInstant.Create(realm, SystemUTCEpochNanoseconds(realm));
}
