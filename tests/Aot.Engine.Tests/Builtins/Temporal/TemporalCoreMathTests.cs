using System;
using Aot.Engine.Builtins.Temporal;
using Xunit;

namespace Aot.Engine.Tests.Builtins.Temporal;

/// <summary>IsoCalendarMath, TimeMath and TemporalFormat against known calendar facts and spec examples.</summary>
public sealed class TemporalCoreMathTests
{
    [Theory]
    [InlineData(1970, 1, 1, 0L)]
    [InlineData(2000, 3, 1, 11017L)]
    [InlineData(1969, 12, 31, -1L)]
    [InlineData(-271821, 4, 20, -100_000_000L)]
    [InlineData(275760, 9, 13, 100_000_000L)]
    public void EpochDaysRoundTrip(int y, int m, int d, long days)
    {
        Assert.Equal(days, IsoCalendarMath.ISODateToEpochDays(new IsoDate(y, m, d)));
        Assert.Equal(days, IsoCalendarMath.ISODateToEpochDays(y, m - 1, d));
        Assert.Equal(new IsoDate(y, m, d), IsoCalendarMath.EpochDaysToISODate(days));
    }

    [Fact]
    public void BalancingCarriesMonthsAndDays()
    {
        Assert.Equal(new IsoDate(2021, 3, 1), IsoCalendarMath.BalanceISODate(2020, 14, 29)); // 2021-02-29 → March 1
        Assert.Equal(new IsoDate(2019, 12, 31), IsoCalendarMath.BalanceISODate(2020, 1, 0));
        Assert.Equal(((long)2019, 11), IsoCalendarMath.BalanceISOYearMonth(2020, -1));
        Assert.Equal(new IsoDate(2024, 2, 29), IsoCalendarMath.AddDaysToISODate(new IsoDate(2024, 3, 1), -1));
    }

    [Theory]
    [InlineData(2021, 1, 1, 53, 2020)]  // a Friday: week 53 of 2020
    [InlineData(2024, 12, 30, 1, 2025)] // a Monday: week 1 of 2025
    [InlineData(2020, 6, 15, 25, 2020)]
    [InlineData(2022, 1, 1, 52, 2021)]  // a Saturday after a non-leap year
    public void WeekOfYear(int y, int m, int d, int week, int weekYear)
        => Assert.Equal(new IsoWeek(week, weekYear), IsoCalendarMath.ISOWeekOfYear(new IsoDate(y, m, d)));

    [Fact]
    public void DayOfWeekAndYear()
    {
        Assert.Equal(4, IsoCalendarMath.ISODayOfWeek(new IsoDate(1970, 1, 1))); // Thursday
        Assert.Equal(7, IsoCalendarMath.ISODayOfWeek(new IsoDate(2023, 1, 1))); // Sunday
        Assert.Equal(366, IsoCalendarMath.ISODayOfYear(new IsoDate(2020, 12, 31)));
    }

    [Fact]
    public void Limits()
    {
        Assert.True(IsoCalendarMath.ISODateWithinLimits(new IsoDate(-271821, 4, 19)));
        Assert.False(IsoCalendarMath.ISODateWithinLimits(new IsoDate(-271821, 4, 18)));
        Assert.True(IsoCalendarMath.ISODateWithinLimits(new IsoDate(275760, 9, 13)));
        Assert.False(IsoCalendarMath.ISODateWithinLimits(new IsoDate(275760, 9, 14)));
        Assert.False(IsoCalendarMath.ISODateTimeWithinLimits(new IsoDateTime(new IsoDate(-271821, 4, 19), IsoTime.Midnight)));
        Assert.True(IsoCalendarMath.ISODateTimeWithinLimits(new IsoDateTime(new IsoDate(-271821, 4, 19), new IsoTime(0, 0, 0, 0, 0, 1))));
    }

    [Theory]
    [InlineData(-15, 10, RoundingMode.Floor, -20)]
    [InlineData(-15, 10, RoundingMode.Ceil, -10)]
    [InlineData(-15, 10, RoundingMode.HalfExpand, -20)]
    [InlineData(-15, 10, RoundingMode.HalfTrunc, -10)]
    [InlineData(25, 10, RoundingMode.HalfEven, 20)]
    [InlineData(35, 10, RoundingMode.HalfEven, 40)]
    [InlineData(31, 10, RoundingMode.Expand, 40)]
    [InlineData(-31, 10, RoundingMode.Trunc, -30)]
    public void RoundsIntegers(long x, long increment, RoundingMode mode, long expected)
        => Assert.Equal((Int128)expected, TimeMath.RoundNumberToIncrement(x, increment, mode));

    [Fact]
    public void RoundsAsIfPositive()
    {
        Assert.Equal((Int128)(-20), TimeMath.RoundNumberToIncrementAsIfPositive(-15, 10, RoundingMode.Trunc));
        Assert.Equal((Int128)(-10), TimeMath.RoundNumberToIncrementAsIfPositive(-15, 10, RoundingMode.HalfExpand));
    }

    [Fact]
    public void TimeArithmetic()
    {
        var r = TimeMath.AddTime(new IsoTime(23, 0, 0, 0, 0, 0), 2 * TimeMath.NsPerHour);
        Assert.Equal(new TimeWithDays(1, new IsoTime(1, 0, 0, 0, 0, 0)), r);
        var back = TimeMath.BalanceTime(0, 0, 0, 0, 0, -1);
        Assert.Equal(new TimeWithDays(-1, new IsoTime(23, 59, 59, 999, 999, 999)), back);
        Assert.Equal(new TimeWithDays(1, IsoTime.Midnight), TimeMath.RoundTime(new IsoTime(12, 0, 0, 0, 0, 0), 1, TemporalUnit.Day, RoundingMode.HalfExpand));
        Assert.Equal((Int128)(-TimeMath.NsPerHour), TimeMath.DifferenceTime(new IsoTime(2, 0, 0, 0, 0, 0), new IsoTime(1, 0, 0, 0, 0, 0)));
    }

    [Fact]
    public void Formats()
    {
        Assert.Equal("-000001", TemporalFormat.PadISOYear(-1));
        Assert.Equal("+275760", TemporalFormat.PadISOYear(275760));
        Assert.Equal("0999", TemporalFormat.PadISOYear(999));
        Assert.Equal(".98", TemporalFormat.FormatFractionalSeconds(987_650_000, 2));
        Assert.Equal(".98765", TemporalFormat.FormatFractionalSeconds(987_650_000, TemporalOptions.PrecisionAuto));
        Assert.Equal("+05:30", TemporalFormat.FormatUTCOffsetNanoseconds(19_800_000_000_000));
        Assert.Equal("-00:00:01.5", TemporalFormat.FormatUTCOffsetNanoseconds(-1_500_000_000));
        Assert.Equal("+01:01", TemporalFormat.FormatDateTimeUTCOffsetRounded(3_630_000_000_000));
        Assert.Equal("-0530", TemporalFormat.FormatOffsetTimeZoneIdentifier(-330, separated: false));
        Assert.Equal("2020-01-02T03:04[!u-ca=iso8601]", TemporalFormat.ISODateTimeToString(
            new IsoDateTime(new IsoDate(2020, 1, 2), new IsoTime(3, 4, 5, 0, 0, 0)), "iso8601", TemporalOptions.PrecisionMinute, ShowCalendar.Critical));
    }
}
