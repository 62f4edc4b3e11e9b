using System;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins.Temporal;

/// <summary>Temporal §5.1-5.2: the Temporal.PlainDateTime constructor and its static methods.</summary>
internal static class PlainDateTimeConstructor
{
    private static readonly BuiltinMethod[] StaticMethods =
    [
        new("from", 1, From),
        new("compare", 2, Compare),
    ];

    public static JsFunction Create(Realm realm)
    {
        var proto = PlainDateTimePrototype.Create(realm);
        var ctor = Builtin.Constructor(realm, "PlainDateTime", 3, Construct, proto);
        Builtin.DefineMethods(realm, ctor, StaticMethods);
        return ctor;
    }

    // Temporal §5.1.1 Temporal.PlainDateTime ( isoYear, isoMonth, isoDay [ , hour [ , minute [ , second [ , millisecond [ , microsecond [ , nanosecond [ , calendar ] ] ] ] ] ] ] )
    private static JsValue Construct(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        if (newTarget == null) JsException.ThrowTypeError("Constructor Temporal.PlainDateTime requires 'new'");
        double isoYear = TemporalConvert.ToIntegerWithTruncation(Builtin.Arg(args, 0));
        double isoMonth = TemporalConvert.ToIntegerWithTruncation(Builtin.Arg(args, 1));
        double isoDay = TemporalConvert.ToIntegerWithTruncation(Builtin.Arg(args, 2));
        double hour = OptionalInteger(args, 3);
        double minute = OptionalInteger(args, 4);
        double second = OptionalInteger(args, 5);
        double millisecond = OptionalInteger(args, 6);
        double microsecond = OptionalInteger(args, 7);
        double nanosecond = OptionalInteger(args, 8);
        var calendarValue = Builtin.Arg(args, 9);
        string calendar = "iso8601";
        if (!calendarValue.IsUndefined)
        {
            if (!calendarValue.IsString) JsException.ThrowTypeError("Temporal.PlainDateTime: calendar must be a string");
            calendar = TemporalConvert.CanonicalizeCalendar(calendarValue.AsString());
        }
        if (!IsoCalendarMath.IsValidISODate(isoYear, isoMonth, isoDay)) JsException.ThrowRangeError("Temporal.PlainDateTime: invalid date");
        var isoDate = new IsoDate((int)isoYear, (int)isoMonth, (int)isoDay);
        if (!TimeMath.IsValidTime(hour, minute, second, millisecond, microsecond, nanosecond)) JsException.ThrowRangeError("Temporal.PlainDateTime: invalid time");
        var time = new IsoTime((int)hour, (int)minute, (int)second, (int)millisecond, (int)microsecond, (int)nanosecond);
        return PlainDateTimeOperations.CreateTemporalDateTime(realm, new IsoDateTime(isoDate, time), calendar, newTarget);
    }

    /// <summary>"If x is undefined, set x to 0; else set x to ? ToIntegerWithTruncation(x)."</summary>
    private static double OptionalInteger(ReadOnlySpan<JsValue> args, int index)
    {
        var v = Builtin.Arg(args, index);
        return v.IsUndefined ? 0 : TemporalConvert.ToIntegerWithTruncation(v);
    }

    // Temporal §5.2.2 Temporal.PlainDateTime.from ( item [ , options ] )
    private static JsValue From(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
        => PlainDateTimeOperations.ToTemporalDateTime(realm, Builtin.Arg(args, 0), Builtin.Arg(args, 1));

    // Temporal §5.2.3 Temporal.PlainDateTime.compare ( one, two )
    private static JsValue Compare(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var one = PlainDateTimeOperations.ToTemporalDateTime(realm, Builtin.Arg(args, 0));
        var two = PlainDateTimeOperations.ToTemporalDateTime(realm, Builtin.Arg(args, 1));
        return JsValue.FromNumber(TimeMath.CompareISODateTime(one.IsoDateTime, two.IsoDateTime));
    }
}
