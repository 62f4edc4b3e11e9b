using System;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins.Temporal;

/// <summary>
/// The field names of a Calendar Fields Record (Temporal §12.2 Table "Calendar Fields Record fields"). The bit
/// order is the lexicographic code-unit order of the property names, so walking the bits from low to high is
/// exactly the "sortedPropertyNames" order in which PrepareCalendarFields reads the properties.
/// </summary>
[Flags]
public enum CalendarFieldSet
{
    None = 0,
    Day = 1 << 0,          // "day"
    Era = 1 << 1,          // "era"
    EraYear = 1 << 2,      // "eraYear"
    Hour = 1 << 3,         // "hour"
    Microsecond = 1 << 4,  // "microsecond"
    Millisecond = 1 << 5,  // "millisecond"
    Minute = 1 << 6,       // "minute"
    Month = 1 << 7,        // "month"
    MonthCode = 1 << 8,    // "monthCode"
    Nanosecond = 1 << 9,   // "nanosecond"
    Offset = 1 << 10,      // "offset"
    Second = 1 << 11,      // "second"
    TimeZone = 1 << 12,    // "timeZone"
    Year = 1 << 13,        // "year"

    /// <summary>« year, month, month-code, day »: the date fields every Plain* bag reads.</summary>
    YearMonthCodeDay = Year | Month | MonthCode | Day,
    /// <summary>« hour, minute, second, millisecond, microsecond, nanosecond ».</summary>
    Time = Hour | Minute | Second | Millisecond | Microsecond | Nanosecond,
}

/// <summary>
/// A Calendar Fields Record (Temporal §12.2). A null member is "unset". Integer fields are kept as doubles:
/// ToIntegerWithTruncation may produce values far outside any valid range, and range checks happen later.
/// </summary>
public sealed class CalendarFieldsRecord
{
    public string? Era;
    public double? EraYear;
    public double? Year;
    public double? Month;
    public string? MonthCode;
    public double? Day;
    public double? Hour;
    public double? Minute;
    public double? Second;
    public double? Millisecond;
    public double? Microsecond;
    public double? Nanosecond;
    public string? Offset;
    public string? TimeZone;

    public CalendarFieldsRecord Clone() => (CalendarFieldsRecord)MemberwiseClone();

    internal bool IsSet(CalendarFieldSet field) => field switch
    {
        CalendarFieldSet.Day => Day.HasValue,
        CalendarFieldSet.Era => Era != null,
        CalendarFieldSet.EraYear => EraYear.HasValue,
        CalendarFieldSet.Hour => Hour.HasValue,
        CalendarFieldSet.Microsecond => Microsecond.HasValue,
        CalendarFieldSet.Millisecond => Millisecond.HasValue,
        CalendarFieldSet.Minute => Minute.HasValue,
        CalendarFieldSet.Month => Month.HasValue,
        CalendarFieldSet.MonthCode => MonthCode != null,
        CalendarFieldSet.Nanosecond => Nanosecond.HasValue,
        CalendarFieldSet.Offset => Offset != null,
        CalendarFieldSet.Second => Second.HasValue,
        CalendarFieldSet.TimeZone => TimeZone != null,
        CalendarFieldSet.Year => Year.HasValue,
        _ => false,
    };

    /// <summary>Copies one field (set or unset) from <paramref name="source"/>.</summary>
    internal void CopyField(CalendarFieldsRecord source, CalendarFieldSet field)
    {
        switch (field)
        {
            case CalendarFieldSet.Day: Day = source.Day; break;
            case CalendarFieldSet.Era: Era = source.Era; break;
            case CalendarFieldSet.EraYear: EraYear = source.EraYear; break;
            case CalendarFieldSet.Hour: Hour = source.Hour; break;
            case CalendarFieldSet.Microsecond: Microsecond = source.Microsecond; break;
            case CalendarFieldSet.Millisecond: Millisecond = source.Millisecond; break;
            case CalendarFieldSet.Minute: Minute = source.Minute; break;
            case CalendarFieldSet.Month: Month = source.Month; break;
            case CalendarFieldSet.MonthCode: MonthCode = source.MonthCode; break;
            case CalendarFieldSet.Nanosecond: Nanosecond = source.Nanosecond; break;
            case CalendarFieldSet.Offset: Offset = source.Offset; break;
            case CalendarFieldSet.Second: Second = source.Second; break;
            case CalendarFieldSet.TimeZone: TimeZone = source.TimeZone; break;
            case CalendarFieldSet.Year: Year = source.Year; break;
        }
    }
}

/// <summary>The kind of record a set of calendar fields is resolved into (CalendarResolveFields' type argument).</summary>
public enum CalendarFieldsType { Date, YearMonth, MonthDay }

/// <summary>A Calendar Date Record (Temporal §12.2 CalendarISOToDate) for the ISO 8601 calendar; era/eraYear are always undefined.</summary>
public readonly record struct CalendarDateRecord(
    int Year, int Month, string MonthCode, int Day, int DayOfWeek, int DayOfYear, int WeekOfYear, int YearOfWeek,
    int DaysInWeek, int DaysInMonth, int DaysInYear, int MonthsInYear, bool InLeapYear);

/// <summary>
/// The ISO 8601 calendar's field handling (Temporal §12 "Calendars"): reading property bags, merging, resolving
/// month/monthCode, and turning fields into ISO dates. Only "iso8601" exists in this engine, so the calendar
/// argument is carried for the spec's shape and never changes behaviour.
/// </summary>
internal static partial class CalendarFields
{
    /// <summary>Years beyond this are out of every Temporal range; checking first keeps the arithmetic in int.</summary>
    internal const double MaxYearMagnitude = 1_000_000;

    private static readonly string[] PropertyNames =
    [
        "day", "era", "eraYear", "hour", "microsecond", "millisecond", "minute",
        "month", "monthCode", "nanosecond", "offset", "second", "timeZone", "year",
    ];

    /// <summary>The JS property name of one field.</summary>
    public static string PropertyName(CalendarFieldSet field) => PropertyNames[System.Numerics.BitOperations.TrailingZeroCount((uint)field)];

    /// <summary>
    /// Temporal PrepareCalendarFields ( calendar, fields, calendarFieldNames, nonCalendarFieldNames, requiredFieldNames ).
    /// <paramref name="requiredFieldNames"/> null means the spec's "partial": no defaults, and a TypeError
    /// when the bag has none of the fields. <paramref name="realm"/> is needed only when the timeZone field is read
    /// (ToTemporalTimeZoneIdentifier consults the realm's time-zone database).
    /// </summary>
    public static CalendarFieldsRecord PrepareCalendarFields(string calendar, JsObject fields, CalendarFieldSet calendarFieldNames,
        CalendarFieldSet nonCalendarFieldNames, CalendarFieldSet? requiredFieldNames, Realm? realm = null)
    {
        if ((nonCalendarFieldNames & CalendarFieldSet.TimeZone) != 0 && realm == null)
            throw new InvalidOperationException("PrepareCalendarFields: reading timeZone needs the realm");
        // Steps 2-4: CalendarExtraFields is empty for iso8601 (it has no eras).
        var fieldNames = calendarFieldNames | nonCalendarFieldNames;
        var result = new CalendarFieldsRecord();
        bool any = false;
        var receiver = JsValue.FromObject(fields);
        // Step 9: read in sorted property-name order (the bit order).
        for (int bit = 0; bit < PropertyNames.Length; bit++)
        {
            var key = (CalendarFieldSet)(1 << bit);
            if ((fieldNames & key) == 0) continue;
            var value = fields.Get(PropertyNames[bit], receiver);
            if (!value.IsUndefined)
            {
                any = true;
                ConvertAndSet(realm, result, key, value);
            }
            else if (requiredFieldNames is CalendarFieldSet required)
            {
                if ((required & key) != 0) JsException.ThrowTypeError($"Temporal: required property '{PropertyNames[bit]}' is missing or undefined");
                SetDefault(result, key);
            }
        }
        // Step 10.
        if (requiredFieldNames == null && !any) JsException.ThrowTypeError("Temporal: the object has no recognized date or time property");
        return result;
    }

    private static void ConvertAndSet(Realm? realm, CalendarFieldsRecord r, CalendarFieldSet key, in JsValue value)
    {
        switch (key)
        {
            case CalendarFieldSet.Era: r.Era = Operations.ToString(value); break;
            case CalendarFieldSet.EraYear: r.EraYear = TemporalConvert.ToIntegerWithTruncation(value); break;
            case CalendarFieldSet.Year: r.Year = TemporalConvert.ToIntegerWithTruncation(value); break;
            case CalendarFieldSet.Month: r.Month = TemporalConvert.ToPositiveIntegerWithTruncation(value); break;
            case CalendarFieldSet.MonthCode: r.MonthCode = ToMonthCode(value); break;
            case CalendarFieldSet.Day: r.Day = TemporalConvert.ToPositiveIntegerWithTruncation(value); break;
            case CalendarFieldSet.Hour: r.Hour = TemporalConvert.ToIntegerWithTruncation(value); break;
            case CalendarFieldSet.Minute: r.Minute = TemporalConvert.ToIntegerWithTruncation(value); break;
            case CalendarFieldSet.Second: r.Second = TemporalConvert.ToIntegerWithTruncation(value); break;
            case CalendarFieldSet.Millisecond: r.Millisecond = TemporalConvert.ToIntegerWithTruncation(value); break;
            case CalendarFieldSet.Microsecond: r.Microsecond = TemporalConvert.ToIntegerWithTruncation(value); break;
            case CalendarFieldSet.Nanosecond: r.Nanosecond = TemporalConvert.ToIntegerWithTruncation(value); break;
            case CalendarFieldSet.Offset: r.Offset = TemporalConvert.ToOffsetString(value); break;
            case CalendarFieldSet.TimeZone: r.TimeZone = TimeZones.ToTemporalTimeZoneIdentifier(realm!, value); break;
        }
    }

    /// <summary>The Default column of the table: 0 for the time fields, unset for the rest.</summary>
    private static void SetDefault(CalendarFieldsRecord r, CalendarFieldSet key)
    {
        switch (key)
        {
            case CalendarFieldSet.Hour: r.Hour = 0; break;
            case CalendarFieldSet.Minute: r.Minute = 0; break;
            case CalendarFieldSet.Second: r.Second = 0; break;
            case CalendarFieldSet.Millisecond: r.Millisecond = 0; break;
            case CalendarFieldSet.Microsecond: r.Microsecond = 0; break;
            case CalendarFieldSet.Nanosecond: r.Nanosecond = 0; break;
        }
    }

    /// <summary>
    /// Temporal ToMonthCode ( argument ): ToPrimitive(string), must be a String, and must be well-formed
    /// ("M" two digits, optional "L", not "M00"); whether the calendar has that month is checked later
    /// (CalendarResolveFields), after the other fields have been read.
    /// </summary>
    public static string ToMonthCode(in JsValue argument)
    {
        var prim = Operations.ToPrimitive(argument, PreferredType.String);
        if (!prim.IsString) JsException.ThrowTypeError($"Temporal: monthCode must be a string, got {Operations.DescribeForError(prim)}");
        var monthCode = prim.AsString();
        if (!TryParseMonthCode(monthCode, out _, out _)) JsException.ThrowRangeError($"Temporal: invalid monthCode '{monthCode}'");
        return monthCode;
    }

    /// <summary>Temporal ParseMonthCode ( argument ): "M" + 2 digits + optional "L"; "M00" is not a month code.</summary>
    public static bool TryParseMonthCode(string monthCode, out int monthNumber, out bool isLeapMonth)
    {
        monthNumber = 0;
        isLeapMonth = false;
        if (monthCode.Length is not (3 or 4) || monthCode[0] != 'M' || !char.IsAsciiDigit(monthCode[1]) || !char.IsAsciiDigit(monthCode[2])) return false;
        if (monthCode.Length == 4)
        {
            if (monthCode[3] != 'L') return false;
            isLeapMonth = true;
        }
        monthNumber = (monthCode[1] - '0') * 10 + (monthCode[2] - '0');
        return monthNumber != 0 || isLeapMonth;
    }

    /// <summary>Temporal CreateMonthCode ( monthNumber, isLeapMonth ).</summary>
    public static string CreateMonthCode(int monthNumber, bool isLeapMonth = false)
        => (monthNumber < 10 ? "M0" : "M") + monthNumber.ToString(System.Globalization.CultureInfo.InvariantCulture) + (isLeapMonth ? "L" : "");

    /// <summary>Temporal CalendarFieldKeysPresent ( fields ): the keys that are not unset.</summary>
    public static CalendarFieldSet CalendarFieldKeysPresent(CalendarFieldsRecord fields)
    {
        var keys = CalendarFieldSet.None;
        for (int bit = 0; bit < PropertyNames.Length; bit++)
        {
            var key = (CalendarFieldSet)(1 << bit);
            if (fields.IsSet(key)) keys |= key;
        }
        return keys;
    }

    /// <summary>Temporal CalendarFieldKeysToIgnore ( calendar, keys ) for iso8601: month and monthCode exclude each other.</summary>
    private static CalendarFieldSet CalendarFieldKeysToIgnore(string calendar, CalendarFieldSet keys)
    {
        var ignored = keys;
        if ((keys & CalendarFieldSet.Month) != 0) ignored |= CalendarFieldSet.MonthCode;
        if ((keys & CalendarFieldSet.MonthCode) != 0) ignored |= CalendarFieldSet.Month;
        return ignored;
    }

    /// <summary>Temporal CalendarMergeFields ( calendar, fields, additionalFields ).</summary>
    public static CalendarFieldsRecord CalendarMergeFields(string calendar, CalendarFieldsRecord fields, CalendarFieldsRecord additionalFields)
    {
        var additionalKeys = CalendarFieldKeysPresent(additionalFields);
        var overriddenKeys = CalendarFieldKeysToIgnore(calendar, additionalKeys);
        var merged = new CalendarFieldsRecord();
        for (int bit = 0; bit < PropertyNames.Length; bit++)
        {
            var key = (CalendarFieldSet)(1 << bit);
            if ((overriddenKeys & key) == 0) merged.CopyField(fields, key);
            if ((additionalKeys & key) != 0) merged.CopyField(additionalFields, key);
        }
        return merged;
    }

    /// <summary>
    /// Temporal CalendarResolveFields ( calendar, fields, type ) for iso8601: every missing field is a TypeError
    /// before any range problem is a RangeError; then monthCode is checked and reconciled with month.
    /// </summary>
    public static void CalendarResolveFields(string calendar, CalendarFieldsRecord fields, CalendarFieldsType type)
    {
        if (type != CalendarFieldsType.MonthDay && fields.Year == null) JsException.ThrowTypeError("Temporal: year is required");
        if (type != CalendarFieldsType.YearMonth && fields.Day == null) JsException.ThrowTypeError("Temporal: day is required");
        if (fields.MonthCode == null)
        {
            if (fields.Month == null) JsException.ThrowTypeError("Temporal: month or monthCode is required");
            return;
        }
        // The ISO 8601 calendar has no leap months and twelve months.
        if (!TryParseMonthCode(fields.MonthCode, out int monthNumber, out bool isLeapMonth) || isLeapMonth || monthNumber > 12)
            JsException.ThrowRangeError($"Temporal: monthCode '{fields.MonthCode}' is not valid for the iso8601 calendar");
        if (fields.Month is double month && month != monthNumber)
            JsException.ThrowRangeError($"Temporal: month {month} and monthCode '{fields.MonthCode}' disagree");
        fields.Month = monthNumber;
    }

    /// <summary>Temporal CalendarDateFromFields ( calendar, fields, overflow ).</summary>
    public static IsoDate CalendarDateFromFields(string calendar, CalendarFieldsRecord fields, Overflow overflow)
    {
        CalendarResolveFields(calendar, fields, CalendarFieldsType.Date);
        if (Math.Abs(fields.Year!.Value) > MaxYearMagnitude) JsException.ThrowRangeError("Temporal: date is outside the supported range");
        var result = IsoCalendarMath.RegulateISODate(fields.Year!.Value, fields.Month!.Value, fields.Day!.Value, overflow);
        if (!IsoCalendarMath.ISODateWithinLimits(result)) JsException.ThrowRangeError("Temporal: date is outside the supported range");
        return result;
    }

    /// <summary>Temporal CalendarYearMonthFromFields ( calendar, fields, overflow ): the reference day is 1.</summary>
    public static IsoDate CalendarYearMonthFromFields(string calendar, CalendarFieldsRecord fields, Overflow overflow)
    {
        CalendarResolveFields(calendar, fields, CalendarFieldsType.YearMonth);
        if (Math.Abs(fields.Year!.Value) > MaxYearMagnitude) JsException.ThrowRangeError("Temporal: year-month is outside the supported range");
        fields.Day = 1;
        var result = IsoCalendarMath.RegulateISODate(fields.Year!.Value, fields.Month!.Value, 1, overflow);
        if (!IsoCalendarMath.ISOYearMonthWithinLimits(result)) JsException.ThrowRangeError("Temporal: year-month is outside the supported range");
        return result;
    }

    /// <summary>Temporal CalendarMonthDayFromFields ( calendar, fields, overflow ): the reference year is 1972
    /// (a leap year, so February 29 survives); a given year only serves to check/constrain the day.</summary>
    public static IsoDate CalendarMonthDayFromFields(string calendar, CalendarFieldsRecord fields, Overflow overflow)
    {
        CalendarResolveFields(calendar, fields, CalendarFieldsType.MonthDay);
        const int referenceISOYear = 1972;
        double year = fields.Year ?? referenceISOYear;
        var regulated = IsoCalendarMath.RegulateISODate(year, fields.Month!.Value, fields.Day!.Value, overflow);
        return new IsoDate(referenceISOYear, regulated.Month, regulated.Day);
    }

    /// <summary>Temporal ISODateToFields ( calendar, isoDate, type ): year (date, year-month), monthCode, day (date, month-day).</summary>
    public static CalendarFieldsRecord ISODateToFields(string calendar, IsoDate isoDate, CalendarFieldsType type)
    {
        var fields = new CalendarFieldsRecord();
        if (type != CalendarFieldsType.MonthDay) fields.Year = isoDate.Year;
        fields.MonthCode = CreateMonthCode(isoDate.Month);
        if (type != CalendarFieldsType.YearMonth) fields.Day = isoDate.Day;
        return fields;
    }

    /// <summary>Temporal CalendarISOToDate ( calendar, isoDate ) for iso8601.</summary>
    public static CalendarDateRecord CalendarISOToDate(string calendar, IsoDate isoDate)
    {
        var week = IsoCalendarMath.ISOWeekOfYear(isoDate);
        bool leap = IsoCalendarMath.MathematicalInLeapYear(isoDate.Year) == 1;
        return new CalendarDateRecord(
            isoDate.Year, isoDate.Month, CreateMonthCode(isoDate.Month), isoDate.Day,
            IsoCalendarMath.ISODayOfWeek(isoDate), IsoCalendarMath.ISODayOfYear(isoDate), week.Week, week.Year,
            7, IsoCalendarMath.ISODaysInMonth(isoDate.Year, isoDate.Month), leap ? 366 : 365, 12, leap);
    }
}
