using System;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins.Temporal;

/// <summary>Temporal §9.1-9.2 The Temporal.PlainYearMonth constructor and its static methods.</summary>
internal static class PlainYearMonthConstructor
{
    private static readonly BuiltinMethod[] StaticMethods =
    [
        new("compare", 2, Compare),
        new("from", 1, From),
    ];

    public static JsFunction Create(Realm realm)
    {
        var proto = PlainYearMonthPrototype.Create(realm);
        var ctor = Builtin.Constructor(realm, "PlainYearMonth", 2, Construct, proto);
        Builtin.DefineMethods(realm, ctor, StaticMethods);
        return ctor;
    }

    // Temporal §9.1.1 Temporal.PlainYearMonth ( isoYear, isoMonth [ , calendar [ , referenceISODay ] ] )
    private static JsValue Construct(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        if (newTarget == null) JsException.ThrowTypeError("Constructor Temporal.PlainYearMonth requires 'new'");
        var referenceISODay = Builtin.Arg(args, 3);
        if (referenceISODay.IsUndefined) referenceISODay = 1;
        double y = TemporalConvert.ToIntegerWithTruncation(Builtin.Arg(args, 0));
        double m = TemporalConvert.ToIntegerWithTruncation(Builtin.Arg(args, 1));
        var calendar = PlainDateConstructor.CalendarArgument(Builtin.Arg(args, 2), "Temporal.PlainYearMonth");
        double d = TemporalConvert.ToIntegerWithTruncation(referenceISODay);
        if (!IsoCalendarMath.IsValidISODate(y, m, d)) JsException.ThrowRangeError("Temporal.PlainYearMonth: invalid ISO date");
        return PlainYearMonthOperations.CreateTemporalYearMonth(realm, new IsoDate((int)y, (int)m, (int)d), calendar, newTarget);
    }

    // Temporal §9.2.2 Temporal.PlainYearMonth.from ( item [ , options ] )
    private static JsValue From(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
        => PlainYearMonthOperations.ToTemporalYearMonth(realm, Builtin.Arg(args, 0), Builtin.Arg(args, 1));

    // Temporal §9.2.3 Temporal.PlainYearMonth.compare ( one, two )
    private static JsValue Compare(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var one = PlainYearMonthOperations.ToTemporalYearMonth(realm, Builtin.Arg(args, 0));
        var two = PlainYearMonthOperations.ToTemporalYearMonth(realm, Builtin.Arg(args, 1));
        return IsoCalendarMath.CompareISODate(one.IsoDate, two.IsoDate);
    }
}
