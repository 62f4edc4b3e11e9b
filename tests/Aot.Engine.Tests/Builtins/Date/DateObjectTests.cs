using Aot.Engine.Builtins.Date;
using Aot.Engine.Objects;
using Aot.Engine.Tests.Interpreting;
using Xunit;

namespace Aot.Engine.Tests.Builtins;

/// <summary>The Date constructor and prototype (ECMA-262 §21.4) with a host-given zone and clock.</summary>
public sealed class DateObjectTests
{
    private static string Eval(string source, string? tz = null)
    {
        var js = new Js();
        if (tz != null) js.Realm.LocalTimeZoneProvider = () => LocalTimeZone.FromPosixRule(tz)!;
        js.Realm.Clock = () => 1704207845123.7; // 2024-01-02T15:04:05.123Z
        return Operations.ToString(js.Run(source));
    }

    [Theory]
    [InlineData("Date.now()", "1704207845123")]
    [InlineData("new Date().toISOString()", "2024-01-02T15:04:05.123Z")]
    [InlineData("Date()", "Tue Jan 02 2024 15:04:05 GMT+0000 (Coordinated Universal Time)")]
    [InlineData("new Date(2024, 0, 2, 15, 4, 5).getTime()", "1704207845000")]
    [InlineData("new Date(99, 0).getFullYear()", "1999")]
    [InlineData("new Date('2020-01-01').getTime()", "1577836800000")]
    [InlineData("new Date(new Date(5)).getTime()", "5")]
    [InlineData("new Date(8.64e15 + 1).getTime()", "NaN")]
    [InlineData("Date.UTC(2020, 1) + ',' + Date.UTC(99) + ',' + Date.UTC()", "1580515200000,915148800000,NaN")]
    [InlineData("Date.parse('Thu, 01 Jan 1970 00:00:00 GMT+0100')", "-3600000")]
    [InlineData("new Date(0).toUTCString()", "Thu, 01 Jan 1970 00:00:00 GMT")]
    [InlineData("new Date(NaN).toString() + new Date(NaN).getDate()", "Invalid DateNaN")]
    [InlineData("new Date(NaN).toJSON()", "null")]
    [InlineData("var d = new Date(2020, 1, 29); d.setFullYear(2021); d.getMonth() + '/' + d.getDate()", "2/1")]
    [InlineData("var d = new Date(NaN); d.setFullYear(2000); d.toISOString()", "2000-01-01T00:00:00.000Z")]
    [InlineData("var d = new Date(NaN); d.setHours(1)", "NaN")]
    [InlineData("var d = new Date(0); d.setUTCHours(25, 61, 61, 1001); d.toISOString()", "1970-01-02T02:02:02.001Z")]
    [InlineData("var d = new Date(0); d.setMonth(5, 10); d.toLocaleString()", "6/10/1970, 12:00:00 AM")]
    [InlineData("new Date(0).getYear()", "70")]
    [InlineData("new Date(0)[Symbol.toPrimitive]('number') + new Date(0)[Symbol.toPrimitive]('default').length", "62")]
    [InlineData("Date.prototype.toGMTString === Date.prototype.toUTCString", "true")]
    [InlineData("Date.length + ',' + Date.UTC.length + ',' + Date.prototype.setHours.length + ',' + Date.prototype.toJSON.length", "7,7,4,1")]
    [InlineData("Object.prototype.toString.call(new Date(0))", "[object Date]")]  // §20.1.3.6: [[DateValue]] gives the builtin tag "Date" (node agrees)
    [InlineData("new Date(2020, 0, 1) - new Date(2019, 0, 1)", "31536000000")]
    public void EvaluatesInUtc(string source, string expected) => Assert.Equal(expected, Eval(source));

    [Theory]
    [InlineData("new Date(2024, 0, 2, 15, 4, 5).toString()", "Tue Jan 02 2024 15:04:05 GMT+0100 (GMT+01:00)")]
    [InlineData("new Date(2024, 6, 1).getTimezoneOffset()", "-120")]
    [InlineData("new Date(2024, 0, 2, 15, 4, 5).toISOString()", "2024-01-02T14:04:05.000Z")]
    [InlineData("new Date(2024, 0, 2, 15, 4, 5).getHours() + ',' + new Date(2024, 0, 2, 15, 4, 5).getUTCHours()", "15,14")]
    public void UsesTheHostZone(string source, string expected)
        => Assert.StartsWith(expected.Split(" (")[0], Eval(source, "CET-1CEST,M3.5.0,M10.5.0/3"));

    [Fact]
    public void ZoneIsResolvedOnlyWhenDateNeedsIt()
    {
        var js = new Js();
        bool asked = false;
        js.Realm.LocalTimeZoneProvider = () => { asked = true; return LocalTimeZone.UtcZone; };
        js.Run("var x = [1, 2].map(v => v * 2); JSON.stringify(x)");
        Assert.False(asked);
        js.Run("new Date(0).getHours()");
        Assert.True(asked);
    }

    [Theory]
    [InlineData("new Date(NaN).toISOString()", "RangeError: Invalid time value")]
    [InlineData("Date.prototype.getTime.call({})", "TypeError: this is not a Date object.")]
    [InlineData("new Date(0)[Symbol.toPrimitive]('x')", "TypeError: Invalid hint: x")]
    public void Throws(string source, string expected) => Assert.Equal(expected, Js.Throws(source));
}
