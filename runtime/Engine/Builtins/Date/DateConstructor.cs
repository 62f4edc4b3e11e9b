using System;
using Aot.Engine.Builtins.Date;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins;

/// <summary>ECMA-262 §21.4.2 The Date Constructor and §21.4.3 Properties of the Date Constructor.</summary>
internal static class DateConstructor
{
    private static readonly BuiltinMethod[] Methods =
    [
        new("now", 0, Now),
        new("parse", 1, Parse),
        new("UTC", 7, Utc),
    ];

    public static JsFunction Create(Realm realm)
    {
        var proto = DatePrototype.Create(realm);
        var ctor = Builtin.Constructor(realm, "Date", 7, Construct, proto);
        Builtin.DefineMethods(realm, ctor, Methods);
        return ctor;
    }

    /// <summary>The current time value (the host's clock, whole milliseconds).</summary>
    internal static double CurrentTime(Realm realm) => Math.Floor(realm.Clock());

    // 21.4.2.1 Date ( ...values )
    private static JsValue Construct(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> values, JsObject? newTarget)
    {
        // Step 1: called as a function, ToDateString(the current time).
        if (newTarget == null) return DateFormatting.ToString(CurrentTime(realm), realm.LocalTimeZone);
        double dv;
        if (values.Length == 0)
        {
            // Step 3.
            dv = CurrentTime(realm);
        }
        else if (values.Length == 1)
        {
            // Step 4.
            var value = values[0];
            double tv;
            if (value.Ref is JsDateObject date && value.IsObject) tv = date.TimeValue;
            else
            {
                var v = Operations.ToPrimitive(value);
                tv = v.IsString ? DateParser.Parse(v.AsString(), realm.LocalTimeZone) : Operations.ToNumber(v);
            }
            dv = DateMath.TimeClip(tv);
        }
        else
        {
            // Step 5.
            dv = DateMath.TimeClip(realm.LocalTimeZone.Utc(FromComponents(values)));
        }
        // Steps 6-8.
        var proto = Library.PrototypeFromConstructor(newTarget, static r => r.DatePrototype, realm);
        return new JsDateObject(proto, dv);
    }

    /// <summary>§21.4.2.1 step 5.a-k / §21.4.3.4 steps 1-9: ToNumber of each present argument in
    /// order, MakeFullYear, then MakeDate(MakeDay(...), MakeTime(...)).</summary>
    private static double FromComponents(ReadOnlySpan<JsValue> values)
    {
        double y = Operations.ToNumber(values[0]);
        double m = values.Length > 1 ? Operations.ToNumber(values[1]) : 0;
        double dt = values.Length > 2 ? Operations.ToNumber(values[2]) : 1;
        double h = values.Length > 3 ? Operations.ToNumber(values[3]) : 0;
        double min = values.Length > 4 ? Operations.ToNumber(values[4]) : 0;
        double s = values.Length > 5 ? Operations.ToNumber(values[5]) : 0;
        double milli = values.Length > 6 ? Operations.ToNumber(values[6]) : 0;
        double yr = DateMath.MakeFullYear(y);
        return DateMath.MakeDate(DateMath.MakeDay(yr, m, dt), DateMath.MakeTime(h, min, s, milli));
    }

    // 21.4.3.1 Date.now ( )
    private static JsValue Now(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
        => CurrentTime(realm);

    // 21.4.3.2 Date.parse ( string )
    private static JsValue Parse(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
        => DateParser.Parse(Operations.ToString(Builtin.Arg(args, 0)), realm.LocalTimeZone);

    // 21.4.3.4 Date.UTC ( year [ , month [ , date [ , hours [ , minutes [ , seconds [ , ms ] ] ] ] ] ] )
    private static JsValue Utc(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        if (args.Length == 0) return double.NaN; // ToNumber(undefined) is NaN.
        return DateMath.TimeClip(FromComponents(args));
    }
}
