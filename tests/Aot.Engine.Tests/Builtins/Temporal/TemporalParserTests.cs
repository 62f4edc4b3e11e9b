using Aot.Engine.Builtins.Temporal;
using Aot.Engine.Objects;
using Xunit;

namespace Aot.Engine.Tests.Builtins.Temporal;

/// <summary>The ISO 8601 / RFC 9557 grammar of TemporalParser, on strings from test262's argument-string-* tests.</summary>
public sealed class TemporalParserTests
{
    [Theory]
    [InlineData("12:34:56.987654321", 12, 34, 56, 987, 654, 321)]
    [InlineData("T00:30", 0, 30, 0, 0, 0, 0)]
    [InlineData("t003000.000000000", 0, 30, 0, 0, 0, 0)]
    [InlineData("1976-11-18T15:23:30.1", 15, 23, 30, 100, 0, 0)]
    [InlineData("1976-11-18 15:23", 15, 23, 0, 0, 0, 0)]
    [InlineData("15:23:30,12", 15, 23, 30, 120, 0, 0)]
    [InlineData("23:59:60", 23, 59, 59, 0, 0, 0)]
    [InlineData("12:34:56+05:30[Asia/Kolkata][u-ca=iso8601]", 12, 34, 56, 0, 0, 0)]
    [InlineData("2021-13", 20, 21, 0, 0, 0, 0)]
    [InlineData("1232", 12, 32, 0, 0, 0, 0)]
    [InlineData("0230", 2, 30, 0, 0, 0, 0)]
    [InlineData("2000-05-02T12:34:56+23:59:59.999999999", 12, 34, 56, 0, 0, 0)]
    [InlineData("+0019761118T152330", 15, 23, 30, 0, 0, 0)]
    public void ParsesTimes(string s, int h, int m, int sec, int ms, int us, int ns)
    {
        var r = TemporalParser.ParseTemporalTimeString(s);
        Assert.Equal(new IsoTime(h, m, sec, ms, us, ns), r.Time);
    }

    [Theory]
    [InlineData("")]
    [InlineData("00:00Z")]
    [InlineData("2020-01-01T00:00Z")]
    [InlineData("25:00:00")]
    [InlineData("01:60:00")]
    [InlineData("00:00:00+00:00junk")]
    [InlineData("00:00:00+00:0000")]
    [InlineData("0000:00")]
    [InlineData("00:0000")]
    [InlineData("00:00:00+0000:00")]
    [InlineData("00:00-24:00")]
    [InlineData("2021-12")]
    [InlineData("1214")]
    [InlineData("0229")]
    [InlineData("12-14[-14:00]")]
    [InlineData("202112[UTC][u-ca=iso8601]")]
    [InlineData(" 1214")]
    [InlineData("12:00:00.1234567891")]
    [InlineData("12.5")]
    [InlineData("12:30.5")]
    [InlineData("2020-01-01")]
    [InlineData("1976-11-18T15:23:30.12\u221202:00")]
    [InlineData("-000000-01-01T00:00")]
    [InlineData("00:00[u-ca=iso8601][!u-ca=iso8601]")]
    [InlineData("00:00[!u-ca=iso8601][u-ca=iso8601]")]
    [InlineData("00:00[!foo=bar]")]
    [InlineData("00:00[U-CA=iso8601]")]
    [InlineData("00:00[UTC][UTC]")]
    [InlineData("00:00[u-ca=iso8601][UTC]")]
    [InlineData("2021-02-30T00:00")]
    public void RejectsTimes(string s)
    {
        var ex = Assert.Throws<JsException>(() => TemporalParser.ParseTemporalTimeString(s));
        Assert.Equal(ErrorKind.RangeError, ex.Kind);
    }

    [Fact]
    public void MultipleNonCriticalCalendarsTakeTheFirst()
    {
        var r = TemporalParser.ParseTemporalDateTimeString("1970-01-01[u-ca=iso8601][u-ca=gregory][foo=bar]");
        Assert.Equal("iso8601", r.Calendar);
        Assert.Null(r.Time);
    }

    [Fact]
    public void ShortYearMonthAndMonthDayForms()
    {
        var ym = TemporalParser.ParseTemporalYearMonthString("+0019761-1".Replace("-1", "11").Replace("+0019761", "197611"));
        Assert.Equal(1976, ym.Year);
        Assert.Equal(11, ym.Month);
        var md = TemporalParser.ParseTemporalMonthDayString("--12-25");
        Assert.Null(md.Year);
        Assert.Equal(12, md.Month);
        Assert.Equal(25, md.Day);
        Assert.Throws<JsException>(() => TemporalParser.ParseTemporalYearMonthString("1976-11[u-ca=gregory]"));
        Assert.Equal(2, TemporalParser.ParseTemporalMonthDayString("1976-02-29T00:00[u-ca=iso8601]").Month);
    }

    [Fact]
    public void InstantAndZoned()
    {
        var i = TemporalParser.ParseTemporalInstantString("1970-01-01T00:00Z");
        Assert.True(i.Z);
        var o = TemporalParser.ParseTemporalInstantString("1970-01-01T00:00-08:00[America/Los_Angeles]");
        Assert.Equal("-08:00", o.OffsetString);
        Assert.Equal("America/Los_Angeles", o.TimeZoneAnnotation);
        Assert.Throws<JsException>(() => TemporalParser.ParseTemporalInstantString("1970-01-01T00:00"));
        Assert.Throws<JsException>(() => TemporalParser.ParseTemporalZonedDateTimeString("1970-01-01T00:00Z"));
        Assert.Equal("UTC", TemporalParser.ParseTemporalZonedDateTimeString("1970-01-01T00:00Z[!UTC]").TimeZoneAnnotation);
    }

    [Theory]
    [InlineData("+05:30", 19_800_000_000_000L)]
    [InlineData("-0800", -28_800_000_000_000L)]
    [InlineData("+01:00:00.5", 3_600_500_000_000L)]
    [InlineData("-00", 0L)]
    public void Offsets(string s, long ns) => Assert.Equal(ns, TemporalParser.ParseDateTimeUTCOffset(s));

    [Theory]
    [InlineData("UTC", "UTC", null)]
    [InlineData("Etc/GMT+5", "Etc/GMT+5", null)]
    [InlineData("+05:30", null, 330)]
    [InlineData("-08", null, -480)]
    public void TimeZoneIdentifiers(string s, string? name, int? minutes)
    {
        var r = TemporalParser.ParseTimeZoneIdentifier(s);
        Assert.Equal(name, r.Name);
        Assert.Equal(minutes, r.OffsetMinutes);
    }

    [Fact]
    public void TimeZoneStrings()
    {
        Assert.Equal("Europe/Paris", TemporalParser.ParseTemporalTimeZoneString("2020-01-01T00:00+01:00[Europe/Paris]").Name);
        Assert.Equal("UTC", TemporalParser.ParseTemporalTimeZoneString("2020-01-01T00:00Z").Name);
        Assert.Equal(60, TemporalParser.ParseTemporalTimeZoneString("2020-01-01T00:00+01:00").OffsetMinutes);
        Assert.Throws<JsException>(() => TemporalParser.ParseTemporalTimeZoneString("2020-01-01T00:00+01:00:01"));
        Assert.Throws<JsException>(() => TemporalParser.ParseTemporalTimeZoneString("2020-01-01T00:00"));
        Assert.Throws<JsException>(() => TemporalParser.ParseTimeZoneIdentifier("+01:00:00"));
    }

    [Theory]
    [InlineData("iso8601", "iso8601")]
    [InlineData("2020-01-01[u-ca=ISO8601]", "ISO8601")]
    [InlineData("2020-01-01", "iso8601")]
    [InlineData("gregory", "gregory")]
    public void CalendarStrings(string s, string expected) => Assert.Equal(expected, TemporalParser.ParseTemporalCalendarString(s));
}
