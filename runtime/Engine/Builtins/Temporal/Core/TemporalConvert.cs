using System;
using System.Numerics;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins.Temporal;

/// <summary>Temporal §13 conversions of JS values to the numbers, strings and identifiers the Temporal operations use.</summary>
public static class TemporalConvert
{
    // Temporal §13.37 ToIntegerWithTruncation ( argument )
    /// <summary>Returns ToNumber(<paramref name="argument"/>) truncated toward zero; RangeError for NaN and ±Infinity.</summary>
    public static double ToIntegerWithTruncation(in JsValue argument)
    {
        double number = Operations.ToNumber(argument);
        if (double.IsNaN(number) || double.IsInfinity(number)) JsException.ThrowRangeError($"{NumberFormatting.ToString(number)} is not a finite number");
        double t = Math.Truncate(number);
        return t == 0 ? 0 : t; // no -0
    }

    // Temporal §13.36 ToPositiveIntegerWithTruncation ( argument )
    /// <summary>Returns the truncated integer; RangeError unless it is ≥ 1 (and finite).</summary>
    public static double ToPositiveIntegerWithTruncation(in JsValue argument)
    {
        double integer = ToIntegerWithTruncation(argument);
        if (integer <= 0) JsException.ThrowRangeError($"{NumberFormatting.ToString(integer)} must be a positive integer");
        return integer;
    }

    // Temporal §13.38 ToIntegerIfIntegral ( argument )
    /// <summary>Returns ToNumber(<paramref name="argument"/>); RangeError unless it is an integral Number (not NaN, ±Infinity or fractional).</summary>
    public static double ToIntegerIfIntegral(in JsValue argument)
    {
        double number = Operations.ToNumber(argument);
        if (double.IsNaN(number) || double.IsInfinity(number) || Math.Truncate(number) != number)
            JsException.ThrowRangeError($"{NumberFormatting.ToString(number)} is not an integer");
        return number == 0 ? 0 : number;
    }

    // Temporal §13.40 ToOffsetString ( argument )
    /// <summary>Returns the offset string ("+05:30", "-08:00:00.5"...) after checking its syntax; TypeError for non-strings
    /// (after ToPrimitive with hint string), RangeError for a malformed offset.</summary>
    public static string ToOffsetString(in JsValue argument)
    {
        var offset = Operations.ToPrimitive(argument, PreferredType.String);
        if (!offset.IsString) JsException.ThrowTypeError($"offset must be a string, not {Operations.DescribeForError(offset)}");
        string s = offset.AsString();
        TemporalParser.ParseDateTimeUTCOffset(s);
        return s;
    }

    // Temporal §12.2.x CanonicalizeCalendar ( id )
    /// <summary>Returns "iso8601" for any ASCII-case variant of it; RangeError for every other calendar (this engine has only ISO 8601).</summary>
    public static string CanonicalizeCalendar(string id)
    {
        if (!string.Equals(id, "iso8601", StringComparison.OrdinalIgnoreCase)) JsException.ThrowRangeError($"Unknown calendar: {id}");
        return "iso8601";
    }

    /// <summary>Returns the [[Calendar]] slot of a PlainDate, PlainDateTime, PlainYearMonth, PlainMonthDay or ZonedDateTime, else null.</summary>
    public static string? CalendarSlot(JsObject o) => o switch
    {
        JsPlainDate d => d.Calendar,
        JsPlainDateTime dt => dt.Calendar,
        JsPlainYearMonth ym => ym.Calendar,
        JsPlainMonthDay md => md.Calendar,
        JsZonedDateTime z => z.Calendar,
        _ => null,
    };

    // Temporal §12.2.x ToTemporalCalendarIdentifier ( temporalCalendarLike )
    /// <summary>Returns the calendar id of a Temporal object with [[Calendar]], or of a string (a calendar id or an ISO string with
    /// a u-ca annotation), canonicalized; TypeError for other values, RangeError for unknown calendars.</summary>
    public static string ToTemporalCalendarIdentifier(in JsValue temporalCalendarLike)
    {
        if (temporalCalendarLike.IsObject)
        {
            var slot = CalendarSlot(temporalCalendarLike.AsObject());
            if (slot != null) return slot;
        }
        if (!temporalCalendarLike.IsString) JsException.ThrowTypeError($"calendar must be a string, not {Operations.DescribeForError(temporalCalendarLike)}");
        string identifier = TemporalParser.ParseTemporalCalendarString(temporalCalendarLike.AsString());
        return CanonicalizeCalendar(identifier);
    }

    // Temporal §12.2.x GetTemporalCalendarIdentifierWithISODefault ( item )
    /// <summary>Returns the calendar of <paramref name="item"/>: its [[Calendar]] slot, else ToTemporalCalendarIdentifier(item.calendar),
    /// "iso8601" when that property is undefined.</summary>
    public static string GetTemporalCalendarIdentifierWithISODefault(JsObject item)
    {
        var slot = CalendarSlot(item);
        if (slot != null) return slot;
        var calendarLike = item.Get("calendar");
        if (calendarLike.IsUndefined) return "iso8601";
        return ToTemporalCalendarIdentifier(calendarLike);
    }

    /// <summary>Returns true when <paramref name="o"/> is an instance of any Temporal type that has date or time fields
    /// (PlainDate, PlainDateTime, PlainMonthDay, PlainTime, PlainYearMonth, ZonedDateTime).</summary>
    public static bool IsTemporalDateTimeLikeInstance(JsObject o)
        => o is JsPlainDate or JsPlainDateTime or JsPlainMonthDay or JsPlainTime or JsPlainYearMonth or JsZonedDateTime;

    // Temporal §13.x RejectTemporalLikeObject ( object )
    /// <summary>Throws a TypeError when <paramref name="o"/> is a Temporal date/time instance or has a "calendar" or "timeZone"
    /// property (read in that order); the first check of every with() method.</summary>
    public static void RejectTemporalLikeObject(JsObject o)
    {
        if (IsTemporalDateTimeLikeInstance(o)) JsException.ThrowTypeError("a Temporal object is not allowed as a partial property bag");
        if (!o.Get("calendar").IsUndefined) JsException.ThrowTypeError("calendar property not allowed in a partial property bag");
        if (!o.Get("timeZone").IsUndefined) JsException.ThrowTypeError("timeZone property not allowed in a partial property bag");
    }

    /// <summary>Returns the Int128 value of a BigInt value; callers have range-checked it (Int128 holds every valid epoch-ns value).</summary>
    public static Int128 ToInt128(BigInteger value) => (Int128)value;

    /// <summary>Returns the BigInteger of an Int128 (for JsValue.FromBigInt).</summary>
    public static BigInteger ToBigInteger(Int128 value) => (BigInteger)value;

    /// <summary>Returns a JS BigInt value holding <paramref name="value"/>.</summary>
    public static JsValue ToBigIntValue(Int128 value) => JsValue.FromBigInt((BigInteger)value);

    /// <summary>Returns true when the BigInteger fits in Int128.</summary>
    public static bool FitsInt128(BigInteger value) => value >= (BigInteger)Int128.MinValue && value <= (BigInteger)Int128.MaxValue;
}
