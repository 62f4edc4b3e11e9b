using Aot.Engine.Tests.Interpreting;
using Xunit;

namespace Aot.Engine.Tests.Builtins.Temporal;

/// <summary>Temporal.PlainTime through JS: construction, parsing, rounding and formatting.</summary>
public sealed class PlainTimeTests
{
    [Theory]
    [InlineData("new Temporal.PlainTime(12, 34, 56, 987, 654, 321).toString()", "12:34:56.987654321")]
    [InlineData("new Temporal.PlainTime(1, 2).toString()", "01:02:00")]
    [InlineData("Temporal.PlainTime.from('T1234').toJSON()", "12:34:00")]
    [InlineData("Temporal.PlainTime.from({ hour: 25, minute: 70 }).toString()", "23:59:00")]
    [InlineData("Temporal.PlainTime.from('12:34:56.5').toString({ smallestUnit: 'second', roundingMode: 'halfExpand' })", "12:34:57")]
    [InlineData("new Temporal.PlainTime(23, 59, 59, 999).toString({ fractionalSecondDigits: 2, roundingMode: 'ceil' })", "00:00:00.00")]
    [InlineData("new Temporal.PlainTime(12, 34, 56).toString({ smallestUnit: 'minute' })", "12:34")]
    [InlineData("new Temporal.PlainTime(13, 46, 23).round({ smallestUnit: 'hour', roundingIncrement: 3 }).toString()", "15:00:00")]
    [InlineData("new Temporal.PlainTime(23, 46).round('hour').toString()", "00:00:00")]
    [InlineData("new Temporal.PlainTime(12).with({ minute: 30, second: 99 }).toString()", "12:30:59")]
    [InlineData("Temporal.PlainTime.compare('12:00', '11:59:59.999999999')", "1")]
    [InlineData("new Temporal.PlainTime(1).equals('01:00')", "true")]
    public void Evaluates(string source, string expected) => Assert.Equal(expected, Js.Eval(source));

    [Theory]
    [InlineData("new Temporal.PlainTime(24)", "RangeError")]
    [InlineData("Temporal.PlainTime(1)", "TypeError")]
    [InlineData("Temporal.PlainTime.from({ hour: 25 }, { overflow: 'reject' })", "RangeError")]
    [InlineData("Temporal.PlainTime.from({})", "TypeError")]
    [InlineData("Temporal.PlainTime.from('1214')", "RangeError")]
    [InlineData("new Temporal.PlainTime().with({ calendar: 'iso8601', hour: 1 })", "TypeError")]
    [InlineData("new Temporal.PlainTime() + ''", "TypeError")]
    [InlineData("new Temporal.PlainTime().round({ smallestUnit: 'minute', roundingIncrement: 60 })", "RangeError")]
    [InlineData("new Temporal.PlainTime().toString({ smallestUnit: 'hour' })", "RangeError")]
    [InlineData("Temporal.PlainTime.prototype.hour", "TypeError")]
    public void Throws(string source, string errorName)
        => Assert.StartsWith(errorName + ":", Js.Throws(source));
}
