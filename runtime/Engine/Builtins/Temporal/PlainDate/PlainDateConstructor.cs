using System;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins.Temporal;

/// <summary>Temporal §3.1-3.2 The Temporal.PlainDate constructor and its static methods.</summary>
internal static class PlainDateConstructor
{
    private static readonly BuiltinMethod[] StaticMethods =
    [
        new("compare", 2, Compare),
        new("from", 1, From),
    ];

    public static JsFunction Create(Realm realm)
    {
        var proto = PlainDatePrototype.Create(realm);
        var ctor = Builtin.Constructor(realm, "PlainDate", 3, Construct, proto);
        Builtin.DefineMethods(realm, ctor, StaticMethods);
        return ctor;
    }

    // Temporal §3.1.1 Temporal.PlainDate ( isoYear, isoMonth, isoDay [ , calendar ] )
    private static JsValue Construct(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        if (newTarget == null) JsException.ThrowTypeError("Constructor Temporal.PlainDate requires 'new'");
        double y = TemporalConvert.ToIntegerWithTruncation(Builtin.Arg(args, 0));
        double m = TemporalConvert.ToIntegerWithTruncation(Builtin.Arg(args, 1));
        double d = TemporalConvert.ToIntegerWithTruncation(Builtin.Arg(args, 2));
        var calendar = CalendarArgument(Builtin.Arg(args, 3), "Temporal.PlainDate");
        if (!IsoCalendarMath.IsValidISODate(y, m, d)) JsException.ThrowRangeError("Temporal.PlainDate: invalid ISO date");
        return PlainDateOperations.CreateTemporalDate(realm, new IsoDate((int)y, (int)m, (int)d), calendar, newTarget);
    }

    /// <summary>The constructors' calendar argument: undefined is "iso8601", a non-String is a TypeError, then CanonicalizeCalendar.</summary>
    internal static string CalendarArgument(in JsValue calendar, string type)
    {
        if (calendar.IsUndefined) return "iso8601";
        if (!calendar.IsString) JsException.ThrowTypeError($"{type}: calendar must be a string");
        return TemporalConvert.CanonicalizeCalendar(calendar.AsString());
    }

    // Temporal §3.2.2 Temporal.PlainDate.from ( item [ , options ] )
    private static JsValue From(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
        => PlainDateOperations.ToTemporalDate(realm, Builtin.Arg(args, 0), Builtin.Arg(args, 1));

    // Temporal §3.2.3 Temporal.PlainDate.compare ( one, two )
    private static JsValue Compare(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var one = PlainDateOperations.ToTemporalDate(realm, Builtin.Arg(args, 0));
        var two = PlainDateOperations.ToTemporalDate(realm, Builtin.Arg(args, 1));
        return IsoCalendarMath.CompareISODate(one.IsoDate, two.IsoDate);
    }
}
