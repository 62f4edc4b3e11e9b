using System;
using Aot.Engine.Builtins.Date;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins;

/// <summary>ECMA-262 §21.4.4 Properties of the Date Prototype Object, and Annex B §B.2.3 getYear/setYear/toGMTString.</summary>
internal static class DatePrototype
{
    private static readonly BuiltinMethod[] Methods =
    [
        new("getDate", 0, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => LocalGet(r, t, "getDate", DateMath.DateFromTime)),
        new("getDay", 0, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => LocalGet(r, t, "getDay", DateMath.WeekDay)),
        new("getFullYear", 0, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => LocalGet(r, t, "getFullYear", DateMath.YearFromTime)),
        new("getHours", 0, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => LocalGet(r, t, "getHours", DateMath.HourFromTime)),
        new("getMilliseconds", 0, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => LocalGet(r, t, "getMilliseconds", DateMath.MsFromTime)),
        new("getMinutes", 0, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => LocalGet(r, t, "getMinutes", DateMath.MinFromTime)),
        new("getMonth", 0, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => LocalGet(r, t, "getMonth", DateMath.MonthFromTime)),
        new("getSeconds", 0, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => LocalGet(r, t, "getSeconds", DateMath.SecFromTime)),
        new("getTime", 0, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => ThisTimeValue(t, "getTime")),
        new("getTimezoneOffset", 0, GetTimezoneOffset),
        new("getUTCDate", 0, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => UtcGet(t, "getUTCDate", DateMath.DateFromTime)),
        new("getUTCDay", 0, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => UtcGet(t, "getUTCDay", DateMath.WeekDay)),
        new("getUTCFullYear", 0, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => UtcGet(t, "getUTCFullYear", DateMath.YearFromTime)),
        new("getUTCHours", 0, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => UtcGet(t, "getUTCHours", DateMath.HourFromTime)),
        new("getUTCMilliseconds", 0, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => UtcGet(t, "getUTCMilliseconds", DateMath.MsFromTime)),
        new("getUTCMinutes", 0, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => UtcGet(t, "getUTCMinutes", DateMath.MinFromTime)),
        new("getUTCMonth", 0, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => UtcGet(t, "getUTCMonth", DateMath.MonthFromTime)),
        new("getUTCSeconds", 0, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => UtcGet(t, "getUTCSeconds", DateMath.SecFromTime)),
        new("getYear", 0, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => LocalGet(r, t, "getYear", static tv => DateMath.YearFromTime(tv) - 1900)),
        new("setDate", 1, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => SetComponents(r, t, a, "setDate", Field.Date, 1, local: true)),
        new("setFullYear", 3, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => SetComponents(r, t, a, "setFullYear", Field.Year, 3, local: true)),
        new("setHours", 4, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => SetComponents(r, t, a, "setHours", Field.Hour, 4, local: true)),
        new("setMilliseconds", 1, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => SetComponents(r, t, a, "setMilliseconds", Field.Ms, 1, local: true)),
        new("setMinutes", 3, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => SetComponents(r, t, a, "setMinutes", Field.Minute, 3, local: true)),
        new("setMonth", 2, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => SetComponents(r, t, a, "setMonth", Field.Month, 2, local: true)),
        new("setSeconds", 2, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => SetComponents(r, t, a, "setSeconds", Field.Second, 2, local: true)),
        new("setTime", 1, SetTime),
        new("setUTCDate", 1, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => SetComponents(r, t, a, "setUTCDate", Field.Date, 1, local: false)),
        new("setUTCFullYear", 3, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => SetComponents(r, t, a, "setUTCFullYear", Field.Year, 3, local: false)),
        new("setUTCHours", 4, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => SetComponents(r, t, a, "setUTCHours", Field.Hour, 4, local: false)),
        new("setUTCMilliseconds", 1, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => SetComponents(r, t, a, "setUTCMilliseconds", Field.Ms, 1, local: false)),
        new("setUTCMinutes", 3, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => SetComponents(r, t, a, "setUTCMinutes", Field.Minute, 3, local: false)),
        new("setUTCMonth", 2, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => SetComponents(r, t, a, "setUTCMonth", Field.Month, 2, local: false)),
        new("setUTCSeconds", 2, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => SetComponents(r, t, a, "setUTCSeconds", Field.Second, 2, local: false)),
        new("setYear", 1, SetYear),
        new("toDateString", 0, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => DateFormatting.ToDateString(ThisTimeValue(t, "toDateString"), r.LocalTimeZone)),
        new("toISOString", 0, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => DateFormatting.ToISOString(ThisTimeValue(t, "toISOString"))),
        new("toJSON", 1, ToJson),
        new("toLocaleDateString", 0, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => DateFormatting.ToLocaleDateString(ThisTimeValue(t, "toLocaleDateString"), r.LocalTimeZone)),
        new("toLocaleString", 0, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => DateFormatting.ToLocaleString(ThisTimeValue(t, "toLocaleString"), r.LocalTimeZone)),
        new("toLocaleTimeString", 0, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => DateFormatting.ToLocaleTimeString(ThisTimeValue(t, "toLocaleTimeString"), r.LocalTimeZone)),
        new("toString", 0, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => DateFormatting.ToString(ThisTimeValue(t, "toString"), r.LocalTimeZone)),
        new("toTimeString", 0, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => DateFormatting.ToTimeString(ThisTimeValue(t, "toTimeString"), r.LocalTimeZone)),
        new("toUTCString", 0, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => DateFormatting.ToUTCString(ThisTimeValue(t, "toUTCString"))),
        new("valueOf", 0, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => ThisTimeValue(t, "valueOf")),
    ];

    public static JsObject Create(Realm realm)
    {
        // 21.4.4: the Date prototype is an ordinary object (no [[DateValue]]).
        var proto = new JsObject(realm.ObjectPrototype);
        realm.DatePrototype = proto;
        Builtin.DefineMethods(realm, proto, Methods);
        // B.2.3.3: the initial value of toGMTString is the same function object as toUTCString.
        proto.AddProperty("toGMTString", proto.Get("toUTCString"), PropertyFlags.Hidden);
        // 21.4.4.45 Date.prototype [ @@toPrimitive ] ( hint ): { writable: false, configurable: true }.
        var toPrimitive = new JsNativeFunction(realm, "[Symbol.toPrimitive]", 1, ToPrimitive);
        proto.AddProperty(JsSymbol.ToPrimitive, JsValue.FromObject(toPrimitive), PropertyFlags.Configurable);
        Temporal.DateToTemporalInstant.Install(realm, proto);
        return proto;
    }

    /// <summary>thisTimeValue: RequireInternalSlot(this, [[DateValue]]).</summary>
    private static JsDateObject ThisDate(in JsValue value, string method)
    {
        if (value.Ref is JsDateObject d && value.IsObject) return d;
        return JsException.ThrowTypeError<JsDateObject>("this is not a Date object.");
    }

    private static double ThisTimeValue(in JsValue value, string method) => ThisDate(value, method).TimeValue;

    private static JsValue LocalGet(Realm realm, in JsValue thisValue, string method, Func<double, double> field)
    {
        double t = ThisTimeValue(thisValue, method);
        if (double.IsNaN(t)) return double.NaN;
        return field(realm.LocalTimeZone.LocalTime(t));
    }

    private static JsValue LocalGet(Realm realm, in JsValue thisValue, string method, Func<double, int> field)
    {
        double t = ThisTimeValue(thisValue, method);
        if (double.IsNaN(t)) return double.NaN;
        return field(realm.LocalTimeZone.LocalTime(t));
    }

    private static JsValue UtcGet(in JsValue thisValue, string method, Func<double, double> field)
    {
        double t = ThisTimeValue(thisValue, method);
        return double.IsNaN(t) ? double.NaN : field(t);
    }

    private static JsValue UtcGet(in JsValue thisValue, string method, Func<double, int> field)
    {
        double t = ThisTimeValue(thisValue, method);
        return double.IsNaN(t) ? double.NaN : field(t);
    }

    // 21.4.4.11 Date.prototype.getTimezoneOffset ( )
    private static JsValue GetTimezoneOffset(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
        => DateFormatting.GetTimezoneOffset(ThisTimeValue(thisValue, "getTimezoneOffset"), realm.LocalTimeZone);

    private enum Field { Year, Month, Date, Hour, Minute, Second, Ms }

    /// <summary>
    /// The shared algorithm of §21.4.4.20-28 (setDate ... setUTCSeconds): ToNumber of the given
    /// arguments in order (only those present, at most <paramref name="count"/>), then NaN stays
    /// NaN (the year setters start from +0 instead), the other fields come from LocalTime(t) (or t),
    /// and the result is TimeClip(UTC(MakeDate(MakeDay(...), MakeTime(...)))).
    /// </summary>
    private static JsValue SetComponents(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, string method, Field first, int count, bool local)
    {
        // Steps 1-3.
        var date = ThisDate(thisValue, method);
        double t = date.TimeValue;
        // Steps 4-7: the arguments, in order; the first is always converted.
        Span<double> given = stackalloc double[count];
        int n = Math.Max(1, Math.Min(count, args.Length));
        for (int i = 0; i < n; i++) given[i] = Operations.ToNumber(Builtin.Arg(args, i));
        if (double.IsNaN(t))
        {
            if (first != Field.Year) return double.NaN;
            t = 0;
        }
        else if (local) t = realm.LocalTimeZone.LocalTime(t);
        Span<double> f =
        [
            DateMath.YearFromTime(t), DateMath.MonthFromTime(t), DateMath.DateFromTime(t),
            DateMath.HourFromTime(t), DateMath.MinFromTime(t), DateMath.SecFromTime(t), DateMath.MsFromTime(t),
        ];
        for (int i = 0; i < n; i++) f[(int)first + i] = given[i];
        double newDate = DateMath.MakeDate(DateMath.MakeDay(f[0], f[1], f[2]), DateMath.MakeTime(f[3], f[4], f[5], f[6]));
        double u = DateMath.TimeClip(local ? realm.LocalTimeZone.Utc(newDate) : newDate);
        date.TimeValue = u;
        return u;
    }

    // 21.4.4.27 Date.prototype.setTime ( time )
    private static JsValue SetTime(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var date = ThisDate(thisValue, "setTime");
        double t = Operations.ToNumber(Builtin.Arg(args, 0));
        double v = DateMath.TimeClip(t);
        date.TimeValue = v;
        return v;
    }

    // B.2.3.2 Date.prototype.setYear ( year )
    private static JsValue SetYear(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var date = ThisDate(thisValue, "setYear");
        double t = date.TimeValue;
        double y = Operations.ToNumber(Builtin.Arg(args, 0));
        t = double.IsNaN(t) ? 0 : realm.LocalTimeZone.LocalTime(t);
        double yyyy = DateMath.MakeFullYear(y);
        double d = DateMath.MakeDay(yyyy, DateMath.MonthFromTime(t), DateMath.DateFromTime(t));
        double u = DateMath.TimeClip(realm.LocalTimeZone.Utc(DateMath.MakeDate(d, DateMath.TimeWithinDay(t))));
        date.TimeValue = u;
        return u;
    }

    // 21.4.4.37 Date.prototype.toJSON ( key )
    private static JsValue ToJson(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var o = Operations.ToObject(realm, thisValue);                               // Step 1.
        var tv = Operations.ToPrimitive(JsValue.FromObject(o), PreferredType.Number); // Step 2.
        if (tv.IsNumber && !double.IsFinite(tv.Number)) return JsValue.Null;         // Step 3.
        var toIso = o.Get("toISOString");                                            // Step 4: Invoke(O, "toISOString").
        return Operations.Call(toIso, JsValue.FromObject(o), ReadOnlySpan<JsValue>.Empty);
    }

    // 21.4.4.45 Date.prototype [ @@toPrimitive ] ( hint )
    private static JsValue ToPrimitive(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        if (!thisValue.IsObject) JsException.ThrowTypeError("Date.prototype[Symbol.toPrimitive] called on non-object");
        var hint = Builtin.Arg(args, 0);
        PreferredType tryFirst;
        if (hint.IsString && hint.AsString() is "string" or "default") tryFirst = PreferredType.String;
        else if (hint.IsString && hint.AsString() == "number") tryFirst = PreferredType.Number;
        else return JsException.ThrowTypeError<JsValue>("Invalid hint: " + (hint.IsString ? hint.AsString() : Operations.DescribeForError(hint)));
        return Operations.OrdinaryToPrimitive(thisValue.AsObject(), tryFirst);
    }
}
