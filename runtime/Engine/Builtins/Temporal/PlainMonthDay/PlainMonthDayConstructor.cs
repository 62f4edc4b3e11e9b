using System;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins.Temporal;

/// <summary>Temporal §10.1-10.2 The Temporal.PlainMonthDay constructor and its static methods.</summary>
internal static class PlainMonthDayConstructor
{
    private static readonly BuiltinMethod[] StaticMethods =
    [
        new("from", 1, From),
    ];

    public static JsFunction Create(Realm realm)
    {
        var proto = PlainMonthDayPrototype.Create(realm);
        var ctor = Builtin.Constructor(realm, "PlainMonthDay", 2, Construct, proto);
        Builtin.DefineMethods(realm, ctor, StaticMethods);
        return ctor;
    }

    // Temporal §10.1.1 Temporal.PlainMonthDay ( isoMonth, isoDay [ , calendar [ , referenceISOYear ] ] )
    private static JsValue Construct(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        if (newTarget == null) JsException.ThrowTypeError("Constructor Temporal.PlainMonthDay requires 'new'");
        var referenceISOYear = Builtin.Arg(args, 3);
        if (referenceISOYear.IsUndefined) referenceISOYear = 1972;
        double m = TemporalConvert.ToIntegerWithTruncation(Builtin.Arg(args, 0));
        double d = TemporalConvert.ToIntegerWithTruncation(Builtin.Arg(args, 1));
        var calendar = PlainDateConstructor.CalendarArgument(Builtin.Arg(args, 2), "Temporal.PlainMonthDay");
        double y = TemporalConvert.ToIntegerWithTruncation(referenceISOYear);
        if (!IsoCalendarMath.IsValidISODate(y, m, d)) JsException.ThrowRangeError("Temporal.PlainMonthDay: invalid ISO date");
        return PlainMonthDayOperations.CreateTemporalMonthDay(realm, new IsoDate((int)y, (int)m, (int)d), calendar, newTarget);
    }

    // Temporal §10.2.2 Temporal.PlainMonthDay.from ( item [ , options ] )
    private static JsValue From(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
        => PlainMonthDayOperations.ToTemporalMonthDay(realm, Builtin.Arg(args, 0), Builtin.Arg(args, 1));
}
