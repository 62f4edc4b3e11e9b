using Aot.Engine.Tests.Interpreting;
using Xunit;

namespace Aot.Engine.Tests.Builtins.Temporal;

/// <summary>Temporal.PlainDateTime and Temporal.Now through JS.</summary>
public sealed class PlainDateTimeTests
{
    [Theory]
    [InlineData("new Temporal.PlainDateTime(2020, 2, 29, 13, 5, 7, 8, 9, 10).toString()", "2020-02-29T13:05:07.00800901")]
    [InlineData("new Temporal.PlainDateTime(-10000, 1, 1).toString({ calendarName: 'always' })", "-010000-01-01T00:00:00[u-ca=iso8601]")]
    [InlineData("Temporal.PlainDateTime.from('2020-01-31T12:00[u-ca=iso8601]').add({ months: 1 }).toString()", "2020-02-29T12:00:00")]
    [InlineData("Temporal.PlainDateTime.from({ year: 2021, month: 13, day: 40, hour: 25 }).toString()", "2021-12-31T23:00:00")]
    [InlineData("Temporal.PlainDateTime.from('2021-03-04T05:06:07.123456789').with({ day: 1, nanosecond: 0 }).toString()", "2021-03-01T05:06:07.123456")]
    [InlineData("Temporal.PlainDateTime.from('2021-03-04T23:59:59.9').round('second').toString()", "2021-03-05T00:00:00")]
    [InlineData("Temporal.PlainDateTime.from('2021-03-04T12:00').round({ smallestUnit: 'day' }).toString()", "2021-03-05T00:00:00")]
    [InlineData("Temporal.PlainDateTime.from('2021-03-04T05:06:07.987').toString({ smallestUnit: 'minute' })", "2021-03-04T05:06")]
    [InlineData("var d = Temporal.PlainDateTime.from('2021-01-01T10:00'); [d.dayOfWeek, d.dayOfYear, d.weekOfYear, d.yearOfWeek, d.daysInMonth, d.inLeapYear, d.monthCode].join()", "5,1,53,2020,31,false,M01")]
    [InlineData("Temporal.PlainDateTime.from('2020-01-01T12:00').until('2021-03-05T06:00').toString()", "P428DT18H")]
    [InlineData("Temporal.PlainDateTime.from('2020-01-01T12:00').until('2021-03-05T06:00', { largestUnit: 'year' }).toString()", "P1Y2M3DT18H")]
    [InlineData("Temporal.PlainDateTime.from('2020-01-01T12:00').since('2021-03-05T06:00', { largestUnit: 'month', smallestUnit: 'day', roundingMode: 'halfExpand' }).toString()", "-P14M4D")]
    [InlineData("Temporal.PlainDateTime.from('2020-01-01T12:00').subtract({ hours: 13 }).toString()", "2019-12-31T23:00:00")]
    [InlineData("Temporal.PlainDateTime.compare('2020-01-01T00:00', { year: 2019, month: 12, day: 31, hour: 23 })", "1")]
    [InlineData("Temporal.PlainDateTime.from('2020-01-01T00:00').equals('2020-01-01')", "true")]
    [InlineData("Temporal.PlainDateTime.from('2020-05-06T07:08').withPlainTime('09:10').toString()", "2020-05-06T09:10:00")]
    [InlineData("Temporal.PlainDateTime.from('2020-05-06T07:08').withPlainTime().toString()", "2020-05-06T00:00:00")]
    [InlineData("Temporal.PlainDateTime.from('2020-05-06T07:08').toPlainDate().toString() + ' ' + Temporal.PlainDateTime.from('2020-05-06T07:08').toPlainTime().toString()", "2020-05-06 07:08:00")]
    [InlineData("Temporal.PlainDateTime.from('2020-05-06T07:08').toZonedDateTime('+01:00').epochNanoseconds", "1588745280000000000")]
    [InlineData("Temporal.PlainDateTime.from('2020-05-06T07:08').withCalendar('ISO8601').calendarId", "iso8601")]
    [InlineData("typeof Temporal.Now.instant().epochNanoseconds + ' ' + typeof Temporal.Now.timeZoneId() + ' ' + Temporal.Now.plainDateTimeISO('UTC').calendarId", "bigint string iso8601")]
    [InlineData("Temporal.Now.zonedDateTimeISO('+02:00').offset", "+02:00")]
    public void Evaluates(string source, string expected) => Assert.Equal(expected, Js.Eval(source));

    [Theory]
    [InlineData("new Temporal.PlainDateTime(2021, 2, 29)", "RangeError")]
    [InlineData("new Temporal.PlainDateTime(2021, 1, 1, 24)", "RangeError")]
    [InlineData("new Temporal.PlainDateTime(2021, 1, 1, 0, 0, 0, 0, 0, 0, 'gregory')", "RangeError")]
    [InlineData("new Temporal.PlainDateTime(2021, 1, 1, 0, 0, 0, 0, 0, 0, 1)", "TypeError")]
    [InlineData("new Temporal.PlainDateTime(-271821, 4, 19)", "RangeError")]
    [InlineData("Temporal.PlainDateTime.from({ year: 2021, month: 13, day: 1 }, { overflow: 'reject' })", "RangeError")]
    [InlineData("Temporal.PlainDateTime.from('2020-01-01T00:00Z')", "RangeError")]
    [InlineData("Temporal.PlainDateTime.from('2020-01-01').with({ calendar: 'iso8601' })", "TypeError")]
    [InlineData("Temporal.PlainDateTime.from('2020-01-01').round({ smallestUnit: 'day', roundingIncrement: 2 })", "RangeError")]
    [InlineData("Temporal.PlainDateTime.from('2020-01-01').toString({ smallestUnit: 'hour' })", "RangeError")]
    [InlineData("Temporal.PlainDateTime.from('2020-01-01').until('2021-01-01', { largestUnit: 'hour', smallestUnit: 'day' })", "RangeError")]
    [InlineData("+Temporal.PlainDateTime.from('2020-01-01')", "TypeError")]
    [InlineData("Temporal.PlainDateTime.prototype.year", "TypeError")]
    public void Throws(string source, string errorName)
        => Assert.StartsWith(errorName + ":", Js.Throws(source));
}
