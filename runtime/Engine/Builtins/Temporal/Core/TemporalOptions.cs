using System;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins.Temporal;

/// <summary>Which units a unit-valued option may name (Temporal §13 "unit groups").</summary>
public enum UnitGroup { Date, Time, DateTime }

/// <summary>The record ToSecondsStringPrecisionRecord returns: [[Precision]] (0-9, or <see cref="TemporalOptions.PrecisionAuto"/>,
/// <see cref="TemporalOptions.PrecisionMinute"/>), [[Unit]], [[Increment]].</summary>
public readonly record struct SecondsStringPrecision(int Precision, TemporalUnit Unit, int Increment);

/// <summary>The record GetDifferenceSettings returns.</summary>
public readonly record struct DifferenceSettings(TemporalUnit SmallestUnit, TemporalUnit LargestUnit, RoundingMode RoundingMode, int RoundingIncrement);

/// <summary>until/since: the operation argument of GetDifferenceSettings and the Difference* operations.</summary>
public enum DifferenceOperation { Until, Since }

/// <summary>
/// Temporal §13 "Abstract operations": reading and validating the options bags (GetOptionsObject, GetOption and the
/// typed readers built on it). Every reader performs exactly one observable Get on the options object, then converts
/// (ToString / ToNumber / ToBoolean) as GetOption does, so property-bag observers see the spec's order.
/// Unit-valued options are <c>TemporalUnit?</c>: null is the spec's UNSET and <see cref="Auto"/> its AUTO.
/// </summary>
public static class TemporalOptions
{
    /// <summary>The spec's AUTO as a unit value (never a real unit; compare with ==, never with &lt; / &gt;).</summary>
    public const TemporalUnit Auto = (TemporalUnit)(-1);
    /// <summary>[[Precision]] AUTO (print as many fractional digits as needed) and MINUTE (omit seconds).</summary>
    public const int PrecisionAuto = -1;
    public const int PrecisionMinute = -2;

    private static readonly string[] OverflowValues = ["constrain", "reject"];
    private static readonly string[] DisambiguationValues = ["compatible", "earlier", "later", "reject"];
    private static readonly string[] OffsetValues = ["prefer", "use", "ignore", "reject"];
    private static readonly string[] CalendarNameValues = ["auto", "always", "never", "critical"];
    private static readonly string[] TimeZoneNameValues = ["auto", "never", "critical"];
    private static readonly string[] ShowOffsetValues = ["auto", "never"];
    private static readonly string[] DirectionValues = ["next", "previous"];
    private static readonly string[] RoundingModeValues = ["ceil", "floor", "expand", "trunc", "halfCeil", "halfFloor", "halfExpand", "halfTrunc", "halfEven"];

    /// <summary>Singular unit names, in <see cref="TemporalUnit"/> order.</summary>
    public static readonly string[] UnitNames = ["year", "month", "week", "day", "hour", "minute", "second", "millisecond", "microsecond", "nanosecond"];
    private static readonly string[] PluralUnitNames = ["years", "months", "weeks", "days", "hours", "minutes", "seconds", "milliseconds", "microseconds", "nanoseconds"];

    /// <summary>
    /// The argument of round / total / getTimeZoneTransition: a string is shorthand for an options object with
    /// that one property (<paramref name="shorthandKey"/>: "smallestUnit", "unit", "direction"); undefined is a
    /// TypeError (<paramref name="missingMessage"/>); anything else goes through GetOptionsObject.
    /// </summary>
    public static JsObject GetOptionsObjectOrShorthand(in JsValue value, string shorthandKey, string missingMessage)
    {
        if (value.IsUndefined) JsException.ThrowTypeError(missingMessage);
        if (!value.IsString) return GetOptionsObject(value);
        var options = new JsObject(null);
        options.CreateDataProperty(shorthandKey, value);
        return options;
    }

    // Temporal §13.1 GetOptionsObject ( options )
    /// <summary>Returns <paramref name="options"/> as an object: a fresh null-prototype object for undefined; TypeError for any other non-object.</summary>
    public static JsObject GetOptionsObject(in JsValue options)
    {
        if (options.IsUndefined) return new JsObject(null);
        if (options.IsObject) return options.AsObject();
        return JsException.ThrowTypeError<JsObject>($"options must be an object or undefined, not {Operations.DescribeForError(options)}");
    }

    // ECMA-262 §14.5.2.1 GetOption ( options, property, type, values, default ) with type STRING.
    /// <summary>Returns the index in <paramref name="values"/> of the string option <paramref name="property"/>, or
    /// <paramref name="fallback"/> when it is undefined (fallback -1 means REQUIRED: RangeError when absent).</summary>
    public static int GetStringOption(JsObject options, string property, ReadOnlySpan<string> values, int fallback)
    {
        var value = options.Get(property);
        if (value.IsUndefined)
        {
            if (fallback < 0) JsException.ThrowRangeError($"{property} option is required");
            return fallback;
        }
        string s = Operations.ToString(value);
        for (int i = 0; i < values.Length; i++)
            if (values[i] == s) return i;
        JsException.ThrowRangeError($"{s} is not a valid value for {property}");
        return -1;
    }

    /// <summary>Returns the string option <paramref name="property"/> (ToString applied) or null when undefined; no validation.</summary>
    public static string? GetRawStringOption(JsObject options, string property)
    {
        var value = options.Get(property);
        return value.IsUndefined ? null : Operations.ToString(value);
    }

    // Temporal §13.3 GetTemporalOverflowOption ( options )
    /// <summary>Returns the "overflow" option (default constrain).</summary>
    public static Overflow GetTemporalOverflowOption(JsObject options)
        => (Overflow)GetStringOption(options, "overflow", OverflowValues, 0);

    // Temporal §13.4 GetTemporalDisambiguationOption ( options )
    /// <summary>Returns the "disambiguation" option (default compatible).</summary>
    public static Disambiguation GetTemporalDisambiguationOption(JsObject options)
        => (Disambiguation)GetStringOption(options, "disambiguation", DisambiguationValues, 0);

    // Temporal §13.6 GetTemporalOffsetOption ( options, fallback )
    /// <summary>Returns the "offset" option (prefer/use/ignore/reject), <paramref name="fallback"/> when undefined.</summary>
    public static OffsetOption GetTemporalOffsetOption(JsObject options, OffsetOption fallback)
        => (OffsetOption)GetStringOption(options, "offset", OffsetValues, (int)fallback);

    // Temporal §13.7 GetTemporalShowCalendarNameOption ( options )
    /// <summary>Returns the "calendarName" option (default auto).</summary>
    public static ShowCalendar GetTemporalShowCalendarNameOption(JsObject options)
        => (ShowCalendar)GetStringOption(options, "calendarName", CalendarNameValues, 0);

    // Temporal §13.8 GetTemporalShowTimeZoneNameOption ( options )
    /// <summary>Returns the "timeZoneName" option as ShowCalendar.Auto / Never / Critical (the same three meanings; default auto).</summary>
    public static ShowCalendar GetTemporalShowTimeZoneNameOption(JsObject options)
        => GetStringOption(options, "timeZoneName", TimeZoneNameValues, 0) switch
        {
            0 => ShowCalendar.Auto,
            1 => ShowCalendar.Never,
            _ => ShowCalendar.Critical,
        };

    // Temporal §13.9 GetTemporalShowOffsetOption ( options )
    /// <summary>Returns true when the "offset" option of ZonedDateTime.toString is "auto" (the default), false for "never".</summary>
    public static bool GetTemporalShowOffsetOption(JsObject options)
        => GetStringOption(options, "offset", ShowOffsetValues, 0) == 0;

    // Temporal §13.10 GetDirectionOption ( options )
    /// <summary>Returns true for "next", false for "previous"; RangeError when absent or anything else.</summary>
    public static bool GetDirectionOption(JsObject options)
        => GetStringOption(options, "direction", DirectionValues, -1) == 0;

    // Temporal §13.11 GetRoundingModeOption ( options, fallback )
    /// <summary>Returns the "roundingMode" option, <paramref name="fallback"/> when undefined.</summary>
    public static RoundingMode GetRoundingModeOption(JsObject options, RoundingMode fallback)
        => (RoundingMode)GetStringOption(options, "roundingMode", RoundingModeValues, (int)fallback);

    // Temporal §13.12 NegateRoundingMode ( roundingMode )
    /// <summary>Returns the rounding mode that rounds the negated value the same way (ceil⇄floor, halfCeil⇄halfFloor).</summary>
    public static RoundingMode NegateRoundingMode(RoundingMode mode) => mode switch
    {
        RoundingMode.Ceil => RoundingMode.Floor,
        RoundingMode.Floor => RoundingMode.Ceil,
        RoundingMode.HalfCeil => RoundingMode.HalfFloor,
        RoundingMode.HalfFloor => RoundingMode.HalfCeil,
        _ => mode,
    };

    // Temporal §13.13 GetRoundingIncrementOption ( options )
    /// <summary>Returns the "roundingIncrement" option truncated to an integer in 1..10^9 (default 1); RangeError otherwise.</summary>
    public static int GetRoundingIncrementOption(JsObject options)
    {
        var value = options.Get("roundingIncrement");
        if (value.IsUndefined) return 1;
        double integerIncrement = TemporalConvert.ToIntegerWithTruncation(value);
        if (integerIncrement < 1 || integerIncrement > 1e9) JsException.ThrowRangeError($"roundingIncrement {integerIncrement} is out of range 1-1e9");
        return (int)integerIncrement;
    }

    // Temporal §13.14 ValidateTemporalRoundingIncrement ( increment, dividend, inclusive )
    /// <summary>Throws a RangeError unless <paramref name="increment"/> divides <paramref name="dividend"/> evenly and is below it (or equal, when inclusive).</summary>
    public static void ValidateTemporalRoundingIncrement(long increment, long dividend, bool inclusive)
    {
        long maximum = inclusive ? dividend : dividend - 1;
        if (increment > maximum) JsException.ThrowRangeError($"roundingIncrement {increment} must be at most {maximum}");
        if (dividend % increment != 0) JsException.ThrowRangeError($"roundingIncrement {increment} must divide {dividend} evenly");
    }

    // Temporal §13.15 GetTemporalFractionalSecondDigitsOption ( options )
    /// <summary>Returns the "fractionalSecondDigits" option: 0-9, or <see cref="PrecisionAuto"/> for undefined / "auto".</summary>
    public static int GetTemporalFractionalSecondDigitsOption(JsObject options)
    {
        var digitsValue = options.Get("fractionalSecondDigits");
        if (digitsValue.IsUndefined) return PrecisionAuto;
        if (!digitsValue.IsNumber)
        {
            if (Operations.ToString(digitsValue) != "auto") JsException.ThrowRangeError("fractionalSecondDigits must be 'auto' or 0-9");
            return PrecisionAuto;
        }
        double d = digitsValue.Number;
        if (double.IsNaN(d) || double.IsInfinity(d)) JsException.ThrowRangeError("fractionalSecondDigits must be 'auto' or 0-9");
        double digitCount = Math.Floor(d);
        if (digitCount < 0 || digitCount > 9) JsException.ThrowRangeError($"fractionalSecondDigits {digitCount} is out of range 0-9");
        return (int)digitCount;
    }

    // Temporal §13.16 ToSecondsStringPrecisionRecord ( smallestUnit, fractionalDigitCount )
    /// <summary>Returns the precision, rounding unit and increment toString uses; <paramref name="smallestUnit"/> null = UNSET
    /// (the caller has already rejected units above minute).</summary>
    public static SecondsStringPrecision ToSecondsStringPrecisionRecord(TemporalUnit? smallestUnit, int fractionalDigitCount)
    {
        switch (smallestUnit)
        {
            case TemporalUnit.Minute: return new(PrecisionMinute, TemporalUnit.Minute, 1);
            case TemporalUnit.Second: return new(0, TemporalUnit.Second, 1);
            case TemporalUnit.Millisecond: return new(3, TemporalUnit.Millisecond, 1);
            case TemporalUnit.Microsecond: return new(6, TemporalUnit.Microsecond, 1);
            case TemporalUnit.Nanosecond: return new(9, TemporalUnit.Nanosecond, 1);
        }
        if (fractionalDigitCount == PrecisionAuto) return new(PrecisionAuto, TemporalUnit.Nanosecond, 1);
        if (fractionalDigitCount == 0) return new(0, TemporalUnit.Second, 1);
        if (fractionalDigitCount <= 3) return new(fractionalDigitCount, TemporalUnit.Millisecond, Pow10(3 - fractionalDigitCount));
        if (fractionalDigitCount <= 6) return new(fractionalDigitCount, TemporalUnit.Microsecond, Pow10(6 - fractionalDigitCount));
        return new(fractionalDigitCount, TemporalUnit.Nanosecond, Pow10(9 - fractionalDigitCount));
    }

    private static int Pow10(int n)
    {
        int r = 1;
        while (n-- > 0) r *= 10;
        return r;
    }

    // Temporal §13.17 GetTemporalUnitValuedOption ( options, key, default )
    /// <summary>Returns the unit named by option <paramref name="key"/> (singular or plural name), <see cref="Auto"/> for "auto",
    /// or <paramref name="fallback"/> when undefined (null = UNSET; pass <paramref name="required"/> to throw a RangeError instead).</summary>
    public static TemporalUnit? GetTemporalUnitValuedOption(JsObject options, string key, TemporalUnit? fallback = null, bool required = false)
    {
        var value = options.Get(key);
        if (value.IsUndefined)
        {
            if (required) JsException.ThrowRangeError($"{key} option is required");
            return fallback;
        }
        string s = Operations.ToString(value);
        if (s == "auto") return Auto;
        var unit = ParseUnitName(s);
        if (unit == null) JsException.ThrowRangeError($"{s} is not a valid value for {key}");
        return unit;
    }

    /// <summary>Returns the unit for a singular or plural unit name ("hour", "hours"), or null.</summary>
    public static TemporalUnit? ParseUnitName(string s)
    {
        for (int i = 0; i < UnitNames.Length; i++)
            if (UnitNames[i] == s || PluralUnitNames[i] == s) return (TemporalUnit)i;
        return null;
    }

    /// <summary>Returns true for year, month, week and day.</summary>
    public static bool IsDateUnit(TemporalUnit unit) => unit <= TemporalUnit.Day && unit >= TemporalUnit.Year;

    // Temporal §13.18 ValidateTemporalUnitValue ( value, unitGroup [ , extraValues ] )
    /// <summary>Throws a RangeError unless <paramref name="value"/> is UNSET (null), one of <paramref name="extraValues"/>,
    /// or a unit of <paramref name="unitGroup"/>.</summary>
    public static void ValidateTemporalUnitValue(TemporalUnit? value, UnitGroup unitGroup, ReadOnlySpan<TemporalUnit> extraValues = default)
    {
        if (value == null) return;
        var v = value.Value;
        foreach (var extra in extraValues)
            if (extra == v) return;
        if (v == Auto) JsException.ThrowRangeError("'auto' is not allowed here");
        bool ok = unitGroup switch
        {
            UnitGroup.Date => IsDateUnit(v),
            UnitGroup.Time => !IsDateUnit(v),
            _ => true,
        };
        if (!ok) JsException.ThrowRangeError($"{UnitNames[(int)v]} is not allowed here");
    }

    // Temporal §13.19 LargerOfTwoTemporalUnits ( u1, u2 )
    /// <summary>Returns the larger (longer) of the two units.</summary>
    public static TemporalUnit LargerOfTwoTemporalUnits(TemporalUnit u1, TemporalUnit u2) => u1 <= u2 ? u1 : u2;

    // Temporal §13.22 MaximumTemporalDurationRoundingIncrement ( unit )
    /// <summary>Returns the largest roundingIncrement allowed for <paramref name="unit"/> (24, 60, 1000), or null (UNSET) for date units.</summary>
    public static int? MaximumTemporalDurationRoundingIncrement(TemporalUnit unit) => unit switch
    {
        TemporalUnit.Year or TemporalUnit.Month or TemporalUnit.Week or TemporalUnit.Day => null,
        TemporalUnit.Hour => 24,
        TemporalUnit.Minute or TemporalUnit.Second => 60,
        _ => 1000,
    };

    // Temporal §13.42 GetDifferenceSettings ( operation, options, unitGroup, disallowedUnits, fallbackSmallestUnit, smallestLargestDefaultUnit )
    /// <summary>Returns the validated largestUnit / smallestUnit / roundingMode (negated for since) / roundingIncrement of until/since.
    /// Options are read in alphabetical order, then validated.</summary>
    public static DifferenceSettings GetDifferenceSettings(DifferenceOperation operation, JsObject options, UnitGroup unitGroup,
        ReadOnlySpan<TemporalUnit> disallowedUnits, TemporalUnit fallbackSmallestUnit, TemporalUnit smallestLargestDefaultUnit)
    {
        var largestUnit = GetTemporalUnitValuedOption(options, "largestUnit");
        int roundingIncrement = GetRoundingIncrementOption(options);
        var roundingMode = GetRoundingModeOption(options, RoundingMode.Trunc);
        var smallestUnit = GetTemporalUnitValuedOption(options, "smallestUnit");
        ValidateTemporalUnitValue(largestUnit, unitGroup, [Auto]);
        var largest = largestUnit ?? Auto;
        foreach (var d in disallowedUnits)
            if (d == largest) JsException.ThrowRangeError($"largestUnit {UnitNames[(int)d]} is not allowed here");
        if (operation == DifferenceOperation.Since) roundingMode = NegateRoundingMode(roundingMode);
        ValidateTemporalUnitValue(smallestUnit, unitGroup);
        var smallest = smallestUnit ?? fallbackSmallestUnit;
        foreach (var d in disallowedUnits)
            if (d == smallest) JsException.ThrowRangeError($"smallestUnit {UnitNames[(int)d]} is not allowed here");
        var defaultLargestUnit = LargerOfTwoTemporalUnits(smallestLargestDefaultUnit, smallest);
        if (largest == Auto) largest = defaultLargestUnit;
        if (LargerOfTwoTemporalUnits(largest, smallest) != largest) JsException.ThrowRangeError("smallestUnit must not be larger than largestUnit");
        var maximum = MaximumTemporalDurationRoundingIncrement(smallest);
        if (maximum != null) ValidateTemporalRoundingIncrement(roundingIncrement, maximum.Value, false);
        return new DifferenceSettings(smallest, largest, roundingMode, roundingIncrement);
    }
}
