using System;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins.Temporal;

/// <summary>The abstract operations of Temporal.PlainYearMonth (Temporal §9.5).</summary>
internal static class PlainYearMonthOperations
{
    /// <summary>Temporal CreateTemporalYearMonth ( isoDate, calendar [ , newTarget ] ).</summary>
    public static JsPlainYearMonth CreateTemporalYearMonth(Realm realm, IsoDate isoDate, string calendar, JsObject? newTarget = null)
    {
        if (!IsoCalendarMath.ISOYearMonthWithinLimits(isoDate)) JsException.ThrowRangeError("Temporal.PlainYearMonth: year-month is outside the supported range");
        return JsPlainYearMonth.Create(realm, isoDate, calendar, newTarget);
    }

    /// <summary>Temporal ToTemporalYearMonth ( item [ , options ] ).</summary>
    public static JsPlainYearMonth ToTemporalYearMonth(Realm realm, in JsValue item, in JsValue options = default)
    {
        if (item.IsObject)
        {
            var obj = item.AsObject();
            if (obj is JsPlainYearMonth ym)
            {
                TemporalOptions.GetTemporalOverflowOption(TemporalOptions.GetOptionsObject(options));
                return JsPlainYearMonth.Create(realm, ym.IsoDate, ym.Calendar);
            }
            var calendar = TemporalConvert.GetTemporalCalendarIdentifierWithISODefault(obj);
            var fields = CalendarFields.PrepareCalendarFields(calendar, obj, CalendarFieldSet.Year | CalendarFieldSet.Month | CalendarFieldSet.MonthCode, CalendarFieldSet.None, CalendarFieldSet.None);
            var overflow = TemporalOptions.GetTemporalOverflowOption(TemporalOptions.GetOptionsObject(options));
            var isoDate = CalendarFields.CalendarYearMonthFromFields(calendar, fields, overflow);
            return JsPlainYearMonth.Create(realm, isoDate, calendar);
        }
        if (!item.IsString) JsException.ThrowTypeError($"Temporal.PlainYearMonth: cannot convert {Operations.DescribeForError(item)} to a PlainYearMonth");
        var result = TemporalParser.ParseTemporalYearMonthString(item.AsString());
        var cal = TemporalConvert.CanonicalizeCalendar(result.Calendar ?? "iso8601");
        TemporalOptions.GetTemporalOverflowOption(TemporalOptions.GetOptionsObject(options));
        var parsed = result.Date;
        if (!IsoCalendarMath.ISOYearMonthWithinLimits(parsed)) JsException.ThrowRangeError("Temporal.PlainYearMonth: year-month is outside the supported range");
        // The reference day is reset: the ISO calendar always uses day 1.
        var fields2 = CalendarFields.ISODateToFields(cal, parsed, CalendarFieldsType.YearMonth);
        var iso = CalendarFields.CalendarYearMonthFromFields(cal, fields2, Overflow.Constrain);
        return JsPlainYearMonth.Create(realm, iso, cal);
    }

    /// <summary>Temporal TemporalYearMonthToString ( yearMonth, showCalendar ).</summary>
    public static string TemporalYearMonthToString(JsPlainYearMonth yearMonth, ShowCalendar showCalendar)
    {
        var d = yearMonth.IsoDate;
        // The reference day is shown only when the calendar is shown (or is not ISO).
        var result = showCalendar is ShowCalendar.Always or ShowCalendar.Critical || yearMonth.Calendar != "iso8601"
            ? TemporalFormat.FormatISODate(d) : TemporalFormat.FormatISOYearMonth(d);
        return result + TemporalFormat.FormatCalendarAnnotation(yearMonth.Calendar, showCalendar);
    }

    /// <summary>Temporal AddDurationToYearMonth ( operation, yearMonth, temporalDurationLike, options ).</summary>
    public static JsPlainYearMonth AddDurationToYearMonth(Realm realm, bool subtract, JsPlainYearMonth yearMonth, in JsValue temporalDurationLike, in JsValue options)
    {
        var duration = DurationOperations.ToTemporalDuration(realm, temporalDurationLike);
        if (subtract) duration = DurationOperations.CreateNegatedTemporalDuration(realm, duration);
        var overflow = TemporalOptions.GetTemporalOverflowOption(TemporalOptions.GetOptionsObject(options));
        var calendar = yearMonth.Calendar;
        var fields = CalendarFields.ISODateToFields(calendar, yearMonth.IsoDate, CalendarFieldsType.YearMonth);
        fields.Day = 1;
        var intermediateDate = CalendarFields.CalendarDateFromFields(calendar, fields, Overflow.Constrain);
        // Units below months have no meaning for a year-month.
        if (duration.Weeks != 0 || duration.Days != 0 || duration.Hours != 0 || duration.Minutes != 0 || duration.Seconds != 0
            || duration.Milliseconds != 0 || duration.Microseconds != 0 || duration.Nanoseconds != 0)
            JsException.ThrowRangeError("Temporal.PlainYearMonth: only years and months can be added to a year-month");
        var addedDate = CalendarFields.CalendarDateAdd(calendar, intermediateDate, duration.Years, duration.Months, 0, 0, overflow);
        var addedDateFields = CalendarFields.ISODateToFields(calendar, addedDate, CalendarFieldsType.YearMonth);
        var isoDate = CalendarFields.CalendarYearMonthFromFields(calendar, addedDateFields, overflow);
        return JsPlainYearMonth.Create(realm, isoDate, calendar);
    }

    /// <summary>Temporal DifferenceTemporalPlainYearMonth ( operation, yearMonth, other, options ).</summary>
    public static JsDuration DifferenceTemporalPlainYearMonth(Realm realm, DifferenceOperation operation, JsPlainYearMonth yearMonth, in JsValue otherValue, in JsValue options)
    {
        var other = ToTemporalYearMonth(realm, otherValue);
        var calendar = yearMonth.Calendar;
        if (!PlainDateOperations.CalendarEquals(calendar, other.Calendar)) JsException.ThrowRangeError("Temporal.PlainYearMonth: cannot compute a difference between year-months of different calendars");
        var resolvedOptions = TemporalOptions.GetOptionsObject(options);
        var settings = TemporalOptions.GetDifferenceSettings(operation, resolvedOptions, UnitGroup.Date, [TemporalUnit.Week, TemporalUnit.Day], TemporalUnit.Month, TemporalUnit.Year);
        if (IsoCalendarMath.CompareISODate(yearMonth.IsoDate, other.IsoDate) == 0)
            return JsDuration.Create(realm, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        var thisFields = CalendarFields.ISODateToFields(calendar, yearMonth.IsoDate, CalendarFieldsType.YearMonth);
        thisFields.Day = 1;
        var thisDate = CalendarFields.CalendarDateFromFields(calendar, thisFields, Overflow.Constrain);
        var otherFields = CalendarFields.ISODateToFields(calendar, other.IsoDate, CalendarFieldsType.YearMonth);
        otherFields.Day = 1;
        var otherDate = CalendarFields.CalendarDateFromFields(calendar, otherFields, Overflow.Constrain);
        var dateDifference = CalendarFields.CalendarDateUntil(calendar, thisDate, otherDate, settings.LargestUnit);
        // AdjustDateDurationRecord(dateDifference, 0, 0): only years and months count.
        var duration = DurationOperations.CombineDateAndTimeDuration(new DateDuration(dateDifference.Years, dateDifference.Months, 0, 0), 0);
        if (settings.SmallestUnit != TemporalUnit.Month || settings.RoundingIncrement != 1)
        {
            var isoDateTime = new IsoDateTime(thisDate, IsoTime.Midnight);
            var isoDateTimeOther = new IsoDateTime(otherDate, IsoTime.Midnight);
            var destEpochNs = TimeMath.GetUTCEpochNanoseconds(isoDateTimeOther);
            duration = DurationOperations.RoundRelativeDuration(realm, duration, destEpochNs, isoDateTime, null, calendar,
                settings.LargestUnit, settings.RoundingIncrement, settings.SmallestUnit, settings.RoundingMode);
        }
        var result = DurationOperations.TemporalDurationFromInternal(realm, duration, TemporalUnit.Day);
        if (operation == DifferenceOperation.Since) result = DurationOperations.CreateNegatedTemporalDuration(realm, result);
        return result;
    }
}
