using System;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins.Temporal;

/// <summary>The abstract operations of Temporal.PlainDate (Temporal §3.5).</summary>
internal static class PlainDateOperations
{
    /// <summary>Temporal CreateTemporalDate ( isoDate, calendar [ , newTarget ] ).</summary>
    public static JsPlainDate CreateTemporalDate(Realm realm, IsoDate isoDate, string calendar, JsObject? newTarget = null)
    {
        if (!IsoCalendarMath.ISODateWithinLimits(isoDate)) JsException.ThrowRangeError("Temporal.PlainDate: date is outside the supported range");
        return JsPlainDate.Create(realm, isoDate, calendar, newTarget);
    }

    /// <summary>Temporal ToTemporalDate ( item [ , options ] ).</summary>
    public static JsPlainDate ToTemporalDate(Realm realm, in JsValue item, in JsValue options = default)
    {
        if (item.IsObject)
        {
            var obj = item.AsObject();
            switch (obj)
            {
                case JsPlainDate pd:
                    TemporalOptions.GetTemporalOverflowOption(TemporalOptions.GetOptionsObject(options));
                    return JsPlainDate.Create(realm, pd.IsoDate, pd.Calendar);
                case JsZonedDateTime zdt:
                {
                    var isoDateTime = TimeZones.GetISODateTimeFor(realm, zdt.TimeZone, zdt.EpochNanoseconds);
                    TemporalOptions.GetTemporalOverflowOption(TemporalOptions.GetOptionsObject(options));
                    return JsPlainDate.Create(realm, isoDateTime.Date, zdt.Calendar);
                }
                case JsPlainDateTime pdt:
                    TemporalOptions.GetTemporalOverflowOption(TemporalOptions.GetOptionsObject(options));
                    return JsPlainDate.Create(realm, pdt.IsoDateTime.Date, pdt.Calendar);
            }
            var calendar = TemporalConvert.GetTemporalCalendarIdentifierWithISODefault(obj);
            var fields = CalendarFields.PrepareCalendarFields(calendar, obj, CalendarFieldSet.YearMonthCodeDay, CalendarFieldSet.None, CalendarFieldSet.None);
            var overflow = TemporalOptions.GetTemporalOverflowOption(TemporalOptions.GetOptionsObject(options));
            var isoDate = CalendarFields.CalendarDateFromFields(calendar, fields, overflow);
            return JsPlainDate.Create(realm, isoDate, calendar);
        }
        if (!item.IsString) JsException.ThrowTypeError($"Temporal.PlainDate: cannot convert {Operations.DescribeForError(item)} to a PlainDate");
        var result = TemporalParser.ParseTemporalDateString(item.AsString());
        var cal = TemporalConvert.CanonicalizeCalendar(result.Calendar ?? "iso8601");
        TemporalOptions.GetTemporalOverflowOption(TemporalOptions.GetOptionsObject(options));
        return CreateTemporalDate(realm, result.Date, cal);
    }

    /// <summary>Temporal IsPartialTemporalObject ( value ): an object that is no Temporal value and has no calendar/timeZone property.</summary>
    public static bool IsPartialTemporalObject(in JsValue value)
    {
        if (!value.IsObject) return false;
        var obj = value.AsObject();
        if (obj is JsPlainDate or JsPlainDateTime or JsPlainMonthDay or JsPlainTime or JsPlainYearMonth or JsZonedDateTime) return false;
        if (!obj.Get("calendar", value).IsUndefined) return false;
        if (!obj.Get("timeZone", value).IsUndefined) return false;
        return true;
    }

    /// <summary>Temporal CalendarEquals ( one, two ): calendar identifiers are canonical, so string equality.</summary>
    public static bool CalendarEquals(string one, string two) => one == two;

    /// <summary>Temporal TemporalDateToString ( temporalDate, showCalendar ).</summary>
    public static string TemporalDateToString(JsPlainDate temporalDate, ShowCalendar showCalendar)
    {
        return TemporalFormat.FormatISODate(temporalDate.IsoDate) + TemporalFormat.FormatCalendarAnnotation(temporalDate.Calendar, showCalendar);
    }

    /// <summary>Temporal AddDurationToDate ( operation, temporalDate, temporalDurationLike, options ).</summary>
    public static JsPlainDate AddDurationToDate(Realm realm, bool subtract, JsPlainDate temporalDate, in JsValue temporalDurationLike, in JsValue options)
    {
        var calendar = temporalDate.Calendar;
        var duration = DurationOperations.ToTemporalDuration(realm, temporalDurationLike);
        if (subtract) duration = DurationOperations.CreateNegatedTemporalDuration(realm, duration);
        var dateDuration = DurationOperations.ToDateDurationRecordWithoutTime(duration);
        var overflow = TemporalOptions.GetTemporalOverflowOption(TemporalOptions.GetOptionsObject(options));
        var result = CalendarFields.CalendarDateAdd(calendar, temporalDate.IsoDate, dateDuration.Years, dateDuration.Months, dateDuration.Weeks, dateDuration.Days, overflow);
        return CreateTemporalDate(realm, result, calendar);
    }

    /// <summary>Temporal DifferenceTemporalPlainDate ( operation, temporalDate, other, options ).</summary>
    public static JsDuration DifferenceTemporalPlainDate(Realm realm, DifferenceOperation operation, JsPlainDate temporalDate, in JsValue otherValue, in JsValue options)
    {
        var other = ToTemporalDate(realm, otherValue);
        if (!CalendarEquals(temporalDate.Calendar, other.Calendar)) JsException.ThrowRangeError("Temporal.PlainDate: cannot compute a difference between dates of different calendars");
        var resolvedOptions = TemporalOptions.GetOptionsObject(options);
        var settings = TemporalOptions.GetDifferenceSettings(operation, resolvedOptions, UnitGroup.Date, [], TemporalUnit.Day, TemporalUnit.Day);
        if (IsoCalendarMath.CompareISODate(temporalDate.IsoDate, other.IsoDate) == 0)
            return JsDuration.Create(realm, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        var (years, months, weeks, days) = CalendarFields.CalendarDateUntil(temporalDate.Calendar, temporalDate.IsoDate, other.IsoDate, settings.LargestUnit);
        var duration = DurationOperations.CombineDateAndTimeDuration(new DateDuration(years, months, weeks, days), 0);
        if (settings.SmallestUnit != TemporalUnit.Day || settings.RoundingIncrement != 1)
        {
            var isoDateTime = new IsoDateTime(temporalDate.IsoDate, IsoTime.Midnight);
            var isoDateTimeOther = new IsoDateTime(other.IsoDate, IsoTime.Midnight);
            var destEpochNs = TimeMath.GetUTCEpochNanoseconds(isoDateTimeOther);
            duration = DurationOperations.RoundRelativeDuration(realm, duration, destEpochNs, isoDateTime, null, temporalDate.Calendar,
                settings.LargestUnit, settings.RoundingIncrement, settings.SmallestUnit, settings.RoundingMode);
        }
        var result = DurationOperations.TemporalDurationFromInternal(realm, duration, TemporalUnit.Day);
        if (operation == DifferenceOperation.Since) result = DurationOperations.CreateNegatedTemporalDuration(realm, result);
        return result;
    }
}
