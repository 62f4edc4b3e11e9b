using System;
using System.Globalization;
using System.Text;

namespace Aot.Engine.Builtins.Date;

/// <summary>
/// The Date.prototype string conversions (ECMA-262 §21.4.4.35-43, §21.4.4.41.1-4), taking the
/// time value and the local zone. Output is node's, character for character, including the
/// toLocale* family in en-US as node prints it with its default ICU data.
/// </summary>
public static class DateFormatting
{
    private static readonly string[] WeekDays = { "Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat" };
    private static readonly string[] Months = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };

    /// <summary>The text of an invalid Date (§21.4.4.41.4 ToDateString step 1).</summary>
    public const string InvalidDate = "Invalid Date";

    private static void AppendPadded(StringBuilder sb, double value, int width)
    {
        string digits = Math.Abs(value).ToString("0", CultureInfo.InvariantCulture);
        if (value < 0) sb.Append('-');
        sb.Append('0', Math.Max(0, width - digits.Length)).Append(digits);
    }

    /// <summary>§21.4.4.41.2 DateString(tv): "Tue Jan 02 2024" (tv is a local time).</summary>
    private static void AppendDateString(StringBuilder sb, double tv)
    {
        DateMath.YearMonthDate(tv, out double year, out int month, out int date);
        sb.Append(WeekDays[DateMath.WeekDay(tv)]).Append(' ').Append(Months[month]).Append(' ');
        AppendPadded(sb, date, 2);
        sb.Append(' ');
        AppendPadded(sb, year, 4);
    }

    /// <summary>§21.4.4.41.1 TimeString(tv): "15:04:05 GMT" (tv is a local time).</summary>
    private static void AppendTimeString(StringBuilder sb, double tv)
    {
        AppendPadded(sb, DateMath.HourFromTime(tv), 2);
        sb.Append(':');
        AppendPadded(sb, DateMath.MinFromTime(tv), 2);
        sb.Append(':');
        AppendPadded(sb, DateMath.SecFromTime(tv), 2);
        sb.Append(" GMT");
    }

    /// <summary>
    /// §21.4.4.41.3 TimeZoneString(tv): "+0100 (Central European Standard Time)" for UTC time
    /// value tv. Hours and minutes of the offset are truncated, as the spec's HourFromTime and
    /// MinFromTime of abs(offset) do (Berlin's +0:53:28 prints as +0053).
    /// </summary>
    private static void AppendTimeZoneString(StringBuilder sb, double tv, LocalTimeZone zone)
    {
        double offset = zone.OffsetAtUtc(tv);
        double abs = Math.Abs(offset);
        sb.Append(offset >= 0 ? '+' : '-');
        AppendPadded(sb, Math.Floor(abs / DateMath.MsPerHour), 2);
        AppendPadded(sb, Math.Floor(abs / DateMath.MsPerMinute) % 60, 2);
        sb.Append(" (").Append(zone.GetName(tv)).Append(')');
    }

    /// <summary>§21.4.4.41 Date.prototype.toString / §21.4.4.41.4 ToDateString(tv).</summary>
    public static string ToString(double tv, LocalTimeZone zone)
    {
        if (double.IsNaN(tv)) return InvalidDate;
        double t = zone.LocalTime(tv);
        var sb = new StringBuilder(72);
        AppendDateString(sb, t);
        sb.Append(' ');
        AppendTimeString(sb, t);
        AppendTimeZoneString(sb, tv, zone);
        return sb.ToString();
    }

    /// <summary>§21.4.4.35 Date.prototype.toDateString: "Tue Jan 02 2024".</summary>
    public static string ToDateString(double tv, LocalTimeZone zone)
    {
        if (double.IsNaN(tv)) return InvalidDate;
        var sb = new StringBuilder(16);
        AppendDateString(sb, zone.LocalTime(tv));
        return sb.ToString();
    }

    /// <summary>§21.4.4.42 Date.prototype.toTimeString: "15:04:05 GMT+0100 (Central European Standard Time)".</summary>
    public static string ToTimeString(double tv, LocalTimeZone zone)
    {
        if (double.IsNaN(tv)) return InvalidDate;
        var sb = new StringBuilder(56);
        AppendTimeString(sb, zone.LocalTime(tv));
        AppendTimeZoneString(sb, tv, zone);
        return sb.ToString();
    }

    /// <summary>§21.4.4.43 Date.prototype.toUTCString: "Tue, 02 Jan 2024 14:04:05 GMT".</summary>
    public static string ToUTCString(double tv)
    {
        if (double.IsNaN(tv)) return InvalidDate;
        DateMath.YearMonthDate(tv, out double year, out int month, out int date);
        var sb = new StringBuilder(32);
        sb.Append(WeekDays[DateMath.WeekDay(tv)]).Append(", ");
        AppendPadded(sb, date, 2);
        sb.Append(' ').Append(Months[month]).Append(' ');
        AppendPadded(sb, year, 4);
        sb.Append(' ');
        AppendTimeString(sb, tv);
        return sb.ToString();
    }

    /// <summary>
    /// §21.4.4.36 Date.prototype.toISOString: "2024-01-02T14:04:05.000Z", years outside
    /// 0..9999 as ±YYYYYY (§21.4.1.32.1). Throws <see cref="RangeErrorException"/> for an
    /// invalid time value (step 4).
    /// </summary>
    public static string ToISOString(double tv)
    {
        if (!double.IsFinite(tv)) throw new RangeErrorException("Invalid time value");
        DateMath.YearMonthDate(tv, out double year, out int month, out int date);
        var sb = new StringBuilder(27);
        if (year >= 0 && year <= 9999)
        {
            AppendPadded(sb, year, 4);
        }
        else
        {
            sb.Append(year < 0 ? '-' : '+');
            AppendPadded(sb, Math.Abs(year), 6);
        }
        sb.Append('-');
        AppendPadded(sb, month + 1, 2);
        sb.Append('-');
        AppendPadded(sb, date, 2);
        sb.Append('T');
        AppendPadded(sb, DateMath.HourFromTime(tv), 2);
        sb.Append(':');
        AppendPadded(sb, DateMath.MinFromTime(tv), 2);
        sb.Append(':');
        AppendPadded(sb, DateMath.SecFromTime(tv), 2);
        sb.Append('.');
        AppendPadded(sb, DateMath.MsFromTime(tv), 3);
        sb.Append('Z');
        return sb.ToString();
    }

    /// <summary>
    /// Date.prototype.getTimezoneOffset as V8 computes it: (t − LocalTime(t)) / msPerMinute
    /// truncated to whole minutes (§21.4.4.11 gives the fraction for offsets with seconds, such
    /// as local mean time before 1900; node prints -53 for Berlin's +0:53:28).
    /// </summary>
    public static double GetTimezoneOffset(double tv, LocalTimeZone zone)
    {
        if (double.IsNaN(tv)) return double.NaN;
        return Math.Truncate(-zone.OffsetAtUtc(tv) / DateMath.MsPerMinute) + 0.0;
    }

    // en-US, as node prints with its default ICU: "1/2/2024, 3:04:05 PM". Years ≤ 0 print as
    // their era year (1 − y) without an era, as ICU's en-US pattern "M/d/y" does.
    private static void AppendLocaleDate(StringBuilder sb, double t)
    {
        DateMath.YearMonthDate(t, out double year, out int month, out int date);
        sb.Append(month + 1).Append('/').Append(date).Append('/');
        sb.Append((year <= 0 ? 1 - year : year).ToString("0", CultureInfo.InvariantCulture));
    }

    private static void AppendLocaleTime(StringBuilder sb, double t)
    {
        int hour = DateMath.HourFromTime(t);
        int h12 = hour % 12 == 0 ? 12 : hour % 12;
        sb.Append(h12).Append(':');
        AppendPadded(sb, DateMath.MinFromTime(t), 2);
        sb.Append(':');
        AppendPadded(sb, DateMath.SecFromTime(t), 2);
        sb.Append(hour < 12 ? " AM" : " PM");
    }

    /// <summary>§21.4.4.39 Date.prototype.toLocaleString in en-US: "1/2/2024, 3:04:05 PM".</summary>
    public static string ToLocaleString(double tv, LocalTimeZone zone)
    {
        if (double.IsNaN(tv)) return InvalidDate;
        double t = zone.LocalTime(tv);
        var sb = new StringBuilder(24);
        AppendLocaleDate(sb, t);
        sb.Append(", ");
        AppendLocaleTime(sb, t);
        return sb.ToString();
    }

    /// <summary>§21.4.4.38 Date.prototype.toLocaleDateString in en-US: "1/2/2024".</summary>
    public static string ToLocaleDateString(double tv, LocalTimeZone zone)
    {
        if (double.IsNaN(tv)) return InvalidDate;
        var sb = new StringBuilder(12);
        AppendLocaleDate(sb, zone.LocalTime(tv));
        return sb.ToString();
    }

    /// <summary>§21.4.4.40 Date.prototype.toLocaleTimeString in en-US: "3:04:05 PM".</summary>
    public static string ToLocaleTimeString(double tv, LocalTimeZone zone)
    {
        if (double.IsNaN(tv)) return InvalidDate;
        var sb = new StringBuilder(12);
        AppendLocaleTime(sb, zone.LocalTime(tv));
        return sb.ToString();
    }
}
