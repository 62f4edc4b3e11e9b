using Aot.Engine.Builtins.Temporal;
using Aot.Engine.Objects;
using Xunit;

namespace Aot.Engine.Tests.Builtins.Temporal;

/// <summary>The ISO 8601 calendar's field handling and date arithmetic (CalendarFields), on cases from the
/// Temporal cookbook and test262's PlainDate until/add tests.</summary>
public sealed class CalendarFieldsTests
{
    [Theory]
    [InlineData("M01", 1, false)]
    [InlineData("M12", 12, false)]
    [InlineData("M05L", 5, true)]
    [InlineData("M00L", 0, true)]
    public void ParsesWellFormedMonthCodes(string code, int month, bool leap)
    {
        Assert.True(CalendarFields.TryParseMonthCode(code, out int m, out bool l));
        Assert.Equal(month, m);
        Assert.Equal(leap, l);
    }

    [Theory]
    [InlineData("M00")]
    [InlineData("m01")]
    [InlineData("M1")]
    [InlineData("L99M")]
    [InlineData("M011")]
    [InlineData("")]
    public void RejectsMalformedMonthCodes(string code) => Assert.False(CalendarFields.TryParseMonthCode(code, out _, out _));

    [Theory]
    [InlineData(1, "M01")]
    [InlineData(10, "M10")]
    public void CreatesMonthCodes(int month, string expected) => Assert.Equal(expected, CalendarFields.CreateMonthCode(month));

    [Theory]
    // one, two, largestUnit -> years, months, weeks, days
    [InlineData("2019-01-31", "2019-02-28", TemporalUnit.Month, 0, 0, 0, 28)]
    [InlineData("2019-01-31", "2019-03-01", TemporalUnit.Month, 0, 1, 0, 1)]
    [InlineData("2020-02-29", "2021-02-28", TemporalUnit.Year, 0, 11, 0, 30)]
    [InlineData("1969-07-24", "2019-07-24", TemporalUnit.Year, 50, 0, 0, 0)]
    [InlineData("2019-07-24", "1969-07-24", TemporalUnit.Year, -50, 0, 0, 0)]
    [InlineData("2019-03-31", "2019-02-28", TemporalUnit.Month, 0, -1, 0, 0)]
    [InlineData("2019-01-01", "2019-03-20", TemporalUnit.Week, 0, 0, 11, 1)]
    [InlineData("2019-01-01", "2019-03-20", TemporalUnit.Day, 0, 0, 0, 78)]
    [InlineData("1969-07-24", "2019-07-24", TemporalUnit.Month, 0, 600, 0, 0)]
    public void DateUntil(string one, string two, TemporalUnit largest, double y, double m, double w, double d)
    {
        var r = CalendarFields.CalendarDateUntil("iso8601", Parse(one), Parse(two), largest);
        Assert.Equal((y, m, w, d), r);
    }

    [Theory]
    [InlineData("2019-01-31", 0, 1, 0, 0, Overflow.Constrain, "2019-02-28")]
    [InlineData("2020-02-29", 1, 0, 0, 0, Overflow.Constrain, "2021-02-28")]
    [InlineData("2019-12-31", 0, 0, 1, 1, Overflow.Constrain, "2020-01-08")]
    [InlineData("2019-03-31", 0, -1, 0, 0, Overflow.Constrain, "2019-02-28")]
    [InlineData("2019-01-01", 0, -13, 0, 0, Overflow.Constrain, "2017-12-01")]
    public void DateAdd(string start, double y, double m, double w, double d, Overflow overflow, string expected)
    {
        var r = CalendarFields.CalendarDateAdd("iso8601", Parse(start), y, m, w, d, overflow);
        Assert.Equal(Parse(expected), r);
    }

    [Fact]
    public void DateAddRejectsOverflowingDay()
    {
        var e = Assert.Throws<JsException>(() => CalendarFields.CalendarDateAdd("iso8601", Parse("2019-01-31"), 0, 1, 0, 0, Overflow.Reject));
        Assert.Equal(ErrorKind.RangeError, e.Kind);
    }

    [Fact]
    public void MergeFieldsLetMonthAndMonthCodeReplaceEachOther()
    {
        var fields = CalendarFields.ISODateToFields("iso8601", new IsoDate(2000, 5, 2), CalendarFieldsType.Date);
        var merged = CalendarFields.CalendarMergeFields("iso8601", fields, new CalendarFieldsRecord { Month = 7 });
        Assert.Null(merged.MonthCode);
        Assert.Equal(7, merged.Month);
        Assert.Equal(2000, merged.Year);
        Assert.Equal(new IsoDate(2000, 7, 2), CalendarFields.CalendarDateFromFields("iso8601", merged, Overflow.Reject));
    }

    [Fact]
    public void ResolveFieldsReportsMissingFieldsBeforeBadMonthCode()
    {
        var fields = new CalendarFieldsRecord { MonthCode = "M99L", Day = 1 };
        var e = Assert.Throws<JsException>(() => CalendarFields.CalendarResolveFields("iso8601", fields, CalendarFieldsType.Date));
        Assert.Equal(ErrorKind.TypeError, e.Kind);
        fields.Year = 2021;
        e = Assert.Throws<JsException>(() => CalendarFields.CalendarResolveFields("iso8601", fields, CalendarFieldsType.Date));
        Assert.Equal(ErrorKind.RangeError, e.Kind);
    }

    [Fact]
    public void MonthDayUsesYearOnlyForOverflow()
    {
        var fields = new CalendarFieldsRecord { Year = 2021, MonthCode = "M02", Day = 29 };
        Assert.Equal(new IsoDate(1972, 2, 28), CalendarFields.CalendarMonthDayFromFields("iso8601", fields, Overflow.Constrain));
        var noYear = new CalendarFieldsRecord { Month = 2, Day = 29 };
        Assert.Equal(new IsoDate(1972, 2, 29), CalendarFields.CalendarMonthDayFromFields("iso8601", noYear, Overflow.Reject));
    }

    private static IsoDate Parse(string s)
    {
        var parts = s.Split('-');
        return new IsoDate(int.Parse(parts[0]), int.Parse(parts[1]), int.Parse(parts[2]));
    }
}
