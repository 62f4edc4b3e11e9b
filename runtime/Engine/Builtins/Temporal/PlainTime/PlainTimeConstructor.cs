using System;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins.Temporal;

/// <summary>Temporal §4.1-4.2 the Temporal.PlainTime constructor and its static methods.</summary>
internal static class PlainTimeConstructor
{
    private static readonly BuiltinMethod[] StaticMethods =
    [
        new("compare", 2, Compare),
        new("from", 1, From),
    ];

    public static JsFunction Create(Realm realm)
    {
        var proto = PlainTimePrototype.Create(realm);
        var ctor = Builtin.Constructor(realm, "PlainTime", 0, Construct, proto);
        Builtin.DefineMethods(realm, ctor, StaticMethods);
        return ctor;
    }

    // Temporal §4.1.1 Temporal.PlainTime ( [ hour [ , minute [ , second [ , millisecond [ , microsecond [ , nanosecond ] ] ] ] ] ] )
    private static JsValue Construct(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        if (newTarget == null) JsException.ThrowTypeError("Constructor Temporal.PlainTime requires 'new'");
        Span<double> f = stackalloc double[6];
        for (int i = 0; i < 6; i++)
        {
            var a = Builtin.Arg(args, i);
            f[i] = a.IsUndefined ? 0 : TemporalConvert.ToIntegerWithTruncation(a);
        }
        if (!TimeMath.IsValidTime(f[0], f[1], f[2], f[3], f[4], f[5])) JsException.ThrowRangeError("Temporal.PlainTime: time field out of range");
        var time = new IsoTime((int)f[0], (int)f[1], (int)f[2], (int)f[3], (int)f[4], (int)f[5]);
        return PlainTimeOperations.CreateTemporalTime(realm, time, newTarget);
    }

    // Temporal §4.2.2 Temporal.PlainTime.from ( item [ , options ] )
    private static JsValue From(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
        => PlainTimeOperations.ToTemporalTime(realm, Builtin.Arg(args, 0), Builtin.Arg(args, 1));

    // Temporal §4.2.3 Temporal.PlainTime.compare ( one, two )
    private static JsValue Compare(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var one = PlainTimeOperations.ToTemporalTime(realm, Builtin.Arg(args, 0));
        var two = PlainTimeOperations.ToTemporalTime(realm, Builtin.Arg(args, 1));
        return TimeMath.CompareTimeRecord(one.Time, two.Time);
    }
}
