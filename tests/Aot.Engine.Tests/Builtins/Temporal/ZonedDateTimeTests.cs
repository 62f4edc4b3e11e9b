using Aot.Engine.Tests.Interpreting;
using Xunit;

namespace Aot.Engine.Tests.Builtins.Temporal;

/// <summary>Temporal.ZonedDateTime through JS in a realm without a tz database (the engine's default: "UTC" and offset zones
/// only; named zones are tested in Aot.Runtime.Tests with the system database).</summary>
public sealed class ZonedDateTimeTests
{
    [Theory]
    [InlineData("new Temporal.ZonedDateTime(0n, 'uTc').timeZoneId", "UTC")]
    [InlineData("new Temporal.ZonedDateTime(0n, '+01').toString()", "1970-01-01T01:00:00+01:00[+01:00]")]
    [InlineData("new Temporal.ZonedDateTime(-1n, 'UTC').toString({ smallestUnit: 'millisecond' })", "1969-12-31T23:59:59.999+00:00[UTC]")]
    [InlineData("Temporal.ZonedDateTime.from('2020-02-29T12:00-05:00[-05:00]').add({ years: 1 }).toString()", "2021-02-28T12:00:00-05:00[-05:00]")]
    [InlineData("Temporal.ZonedDateTime.from('2020-01-01T00:00Z[+05:30]').hour", "5")]
    [InlineData("Temporal.ZonedDateTime.from({ year: 2020, month: 1, day: 1, hour: 23, timeZone: '-08:00' }).epochMilliseconds", "1577948400000")]
    [InlineData("Temporal.ZonedDateTime.from('2020-01-01T10:00Z[UTC]').until('2020-03-01T11:30Z[UTC]', { largestUnit: 'month' }).toString()", "P2MT1H30M")]
    [InlineData("Temporal.ZonedDateTime.from('2020-01-01T10:29:30Z[UTC]').round({ smallestUnit: 'hour' }).toString()", "2020-01-01T10:00:00+00:00[UTC]")]
    [InlineData("Temporal.ZonedDateTime.from('2020-01-01T13:00Z[UTC]').round('day').toString()", "2020-01-02T00:00:00+00:00[UTC]")]
    [InlineData("Temporal.ZonedDateTime.from('2020-01-01T10:00Z[UTC]').hoursInDay", "24")]
    [InlineData("Temporal.ZonedDateTime.from('2020-01-01T10:00Z[UTC]').getTimeZoneTransition('next')", "null")]
    [InlineData("Temporal.ZonedDateTime.from('2020-01-01T10:00Z[UTC]').withTimeZone('+09:00').toPlainDateTime().toString()", "2020-01-01T19:00:00")]
    [InlineData("Temporal.ZonedDateTime.from('2020-01-01T10:00+01:00[+01:00]').equals('2020-01-01T09:00Z[UTC]')", "false")]
    [InlineData("Temporal.ZonedDateTime.compare('2020-01-01T10:00+01:00[+01:00]', '2020-01-01T09:00Z[UTC]')", "0")]
    public void Evaluates(string source, string expected) => Assert.Equal(expected, Js.Eval(source));

    [Theory]
    [InlineData("new Temporal.ZonedDateTime(0n, 'Europe/Berlin')", "RangeError")]
    [InlineData("new Temporal.ZonedDateTime(0n, 1)", "TypeError")]
    [InlineData("new Temporal.ZonedDateTime(8640000000000000000001n, 'UTC')", "RangeError")]
    [InlineData("Temporal.ZonedDateTime.from('2020-01-01T10:00+01:00[+02:00]')", "RangeError")]
    [InlineData("Temporal.ZonedDateTime.from('2020-01-01T10:00')", "RangeError")]
    [InlineData("new Temporal.ZonedDateTime(0n, 'UTC').valueOf()", "TypeError")]
    public void Throws(string source, string errorName) => Assert.StartsWith(errorName + ":", Js.Throws(source));
}
