using System;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins.Temporal;

/// <summary>Temporal §6.1-6.2: the Temporal.ZonedDateTime constructor and its static methods.</summary>
internal static class ZonedDateTimeConstructor
{
    private static readonly BuiltinMethod[] StaticMethods =
    [
        new("from", 1, From),
        new("compare", 2, Compare),
    ];

    public static JsFunction Create(Realm realm)
    {
        var proto = ZonedDateTimePrototype.Create(realm);
        var ctor = Builtin.Constructor(realm, "ZonedDateTime", 2, Construct, proto);
        Builtin.DefineMethods(realm, ctor, StaticMethods);
        return ctor;
    }

    // Temporal §6.1.1 Temporal.ZonedDateTime ( epochNanoseconds, timeZone [ , calendar ] )
    private static JsValue Construct(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        if (newTarget == null) JsException.ThrowTypeError("Constructor Temporal.ZonedDateTime requires 'new'");
        var ns = BigIntOperations.ToBigInt(Builtin.Arg(args, 0));
        if (!InstantOperations.IsValidEpochNanoseconds(ns)) JsException.ThrowRangeError("Temporal.ZonedDateTime: epoch nanoseconds out of range");
        JsValue timeZoneArg = Builtin.Arg(args, 1);
        if (!timeZoneArg.IsString) JsException.ThrowTypeError($"Temporal.ZonedDateTime: time zone must be a string, not {Operations.DescribeForError(timeZoneArg)}");
        var parsed = TemporalParser.ParseTimeZoneIdentifier(timeZoneArg.AsString());
        string timeZone = TimeZones.TimeZoneFromParseResult(realm, parsed.Name, parsed.OffsetMinutes);
        JsValue calendarArg = Builtin.Arg(args, 2);
        string calendar = "iso8601";
        if (!calendarArg.IsUndefined)
        {
            if (!calendarArg.IsString) JsException.ThrowTypeError($"Temporal.ZonedDateTime: calendar must be a string, not {Operations.DescribeForError(calendarArg)}");
            calendar = TemporalConvert.CanonicalizeCalendar(calendarArg.AsString());
        }
        return ZonedDateTimeOperations.CreateTemporalZonedDateTime(realm, (Int128)ns, timeZone, calendar, newTarget);
    }

    // Temporal §6.2.2 Temporal.ZonedDateTime.from ( item [ , options ] )
    private static JsValue From(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
        => ZonedDateTimeOperations.ToTemporalZonedDateTime(realm, Builtin.Arg(args, 0), Builtin.Arg(args, 1));

    // Temporal §6.2.3 Temporal.ZonedDateTime.compare ( one, two )
    private static JsValue Compare(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var one = ZonedDateTimeOperations.ToTemporalZonedDateTime(realm, Builtin.Arg(args, 0), JsValue.Undefined);
        var two = ZonedDateTimeOperations.ToTemporalZonedDateTime(realm, Builtin.Arg(args, 1), JsValue.Undefined);
        return JsValue.FromNumber(InstantOperations.CompareEpochNanoseconds(one.EpochNanoseconds, two.EpochNanoseconds));
    }
}
