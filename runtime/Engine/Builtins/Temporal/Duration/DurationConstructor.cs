using System;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins.Temporal;

/// <summary>Temporal §7.1-7.2 The Temporal.Duration constructor and its properties (from, compare).</summary>
internal static class DurationConstructor
{
    private static readonly BuiltinMethod[] Statics =
    [
        new("compare", 2, Compare),
        new("from", 1, From),
    ];

    public static JsFunction Create(Realm realm)
    {
        var proto = DurationPrototype.Create(realm);
        var ctor = Builtin.Constructor(realm, "Duration", 0, Construct, proto);
        Builtin.DefineMethods(realm, ctor, Statics);
        return ctor;
    }

    // Temporal §7.1.1 Temporal.Duration ( [ years [ , months [ , weeks [ , days [ , hours [ , minutes [ , seconds [ , milliseconds [ , microseconds [ , nanoseconds ] ] ] ] ] ] ] ] ] ] )
    private static JsValue Construct(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        if (newTarget == null) JsException.ThrowTypeError("Constructor Temporal.Duration requires 'new'");
        // Copied first: the argument span of a spread call can be reused by the calls valueOf makes back into JS.
        var argv = new JsValue[10];
        for (int i = 0; i < 10; i++) argv[i] = Builtin.Arg(args, i);
        Span<double> v = stackalloc double[10];
        for (int i = 0; i < 10; i++)
        {
            var arg = argv[i];
            v[i] = arg.IsUndefined ? 0 : TemporalConvert.ToIntegerIfIntegral(arg);
        }
        return DurationOperations.CreateTemporalDuration(realm, v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], newTarget);
    }

    // Temporal §7.2.2 Temporal.Duration.from ( item )
    private static JsValue From(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
        => DurationOperations.ToTemporalDuration(realm, Builtin.Arg(args, 0));

    // Temporal §7.2.3 Temporal.Duration.compare ( one, two [ , options ] )
    private static JsValue Compare(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        JsValue oneArg = Builtin.Arg(args, 0), twoArg = Builtin.Arg(args, 1), optionsArg = Builtin.Arg(args, 2);
        var one = DurationOperations.ToTemporalDuration(realm, oneArg);
        var two = DurationOperations.ToTemporalDuration(realm, twoArg);
        var resolvedOptions = TemporalOptions.GetOptionsObject(optionsArg);
        var relativeTo = DurationOperations.GetTemporalRelativeToOption(realm, resolvedOptions);
        if (one.Years == two.Years && one.Months == two.Months && one.Weeks == two.Weeks && one.Days == two.Days
            && one.Hours == two.Hours && one.Minutes == two.Minutes && one.Seconds == two.Seconds
            && one.Milliseconds == two.Milliseconds && one.Microseconds == two.Microseconds && one.Nanoseconds == two.Nanoseconds)
            return 0;
        var largestUnit1 = DurationOperations.DefaultTemporalLargestUnit(one);
        var largestUnit2 = DurationOperations.DefaultTemporalLargestUnit(two);
        var duration1 = DurationOperations.ToInternalDurationRecord(one);
        var duration2 = DurationOperations.ToInternalDurationRecord(two);
        if (relativeTo.Zoned is { } zoned && (DurationOperations.IsDateUnit(largestUnit1) || DurationOperations.IsDateUnit(largestUnit2)))
        {
            var after1 = DurationOperations.AddZonedDateTimeForDuration(realm, zoned, duration1);
            var after2 = DurationOperations.AddZonedDateTimeForDuration(realm, zoned, duration2);
            return after1 > after2 ? 1 : after1 < after2 ? -1 : 0;
        }
        double days1, days2;
        if (DurationOperations.IsCalendarUnit(largestUnit1) || DurationOperations.IsCalendarUnit(largestUnit2))
        {
            if (relativeTo.Plain is null) JsException.ThrowRangeError("Temporal.Duration.compare: relativeTo is required for years, months or weeks");
            var plain = relativeTo.Plain;
            days1 = DurationOperations.DateDurationDays(duration1.Date, plain);
            days2 = DurationOperations.DateDurationDays(duration2.Date, plain);
        }
        else
        {
            days1 = one.Days;
            days2 = two.Days;
        }
        var time1 = DurationOperations.Add24HourDaysToTimeDuration(duration1.Time, days1);
        var time2 = DurationOperations.Add24HourDaysToTimeDuration(duration2.Time, days2);
        return DurationOperations.CompareTimeDuration(time1, time2);
    }
}
