using Aot.Engine.Tests.Interpreting;
using Xunit;

namespace Aot.Engine.Tests.Builtins.Temporal;

/// <summary>Temporal.PlainDate, PlainYearMonth and PlainMonthDay through JS: construction, property bags, calendar
/// getters, arithmetic and formatting (expected values from the Temporal documentation and test262).</summary>
public sealed class PlainDateTests
{
    [Theory]
    [InlineData("new Temporal.PlainDate(2020.6, 11.7, 24.1).toString()", "2020-11-24")]
    [InlineData("new Temporal.PlainDate(-12, 1, 1).toString({ calendarName: 'always' })", "-000012-01-01[u-ca=iso8601]")]
    [InlineData("Temporal.PlainDate.from({ year: 2021, monthCode: 'M02', day: 31 }).toString()", "2021-02-28")]
    [InlineData("Temporal.PlainDate.from('2019-12-30').weekOfYear + '/' + Temporal.PlainDate.from('2019-12-30').yearOfWeek", "1/2020")]
    [InlineData("const d = new Temporal.PlainDate(2024, 2, 29); [d.dayOfWeek, d.dayOfYear, d.daysInMonth, d.daysInYear, d.inLeapYear, d.monthCode].join()", "4,60,29,366,true,M02")]
    [InlineData("new Temporal.PlainDate(2000, 5, 2).with({ month: 2, day: 30 }).toString()", "2000-02-29")]
    [InlineData("new Temporal.PlainDate(2019, 1, 31).add({ months: 1 }).toString()", "2019-02-28")]
    [InlineData("new Temporal.PlainDate(2020, 3, 1).subtract({ days: 1 }).toString()", "2020-02-29")]
    [InlineData("Temporal.PlainDate.from('2020-02-29').until('2021-02-28', { largestUnit: 'years' }).toString()", "P11M30D")]
    [InlineData("Temporal.PlainDate.from('2019-01-01').since('2019-03-20').toString()", "-P78D")]
    [InlineData("Temporal.PlainDate.compare('2000-01-01', { year: 1999, month: 12, day: 31 })", "1")]
    [InlineData("new Temporal.PlainDate(2000, 5, 2).toPlainYearMonth().toString()", "2000-05")]
    [InlineData("new Temporal.PlainDate(2000, 5, 2).toPlainMonthDay().toString({ calendarName: 'always' })", "1972-05-02[u-ca=iso8601]")]
    [InlineData("new Temporal.PlainYearMonth(2019, 11).add({ months: 3 }).toString()", "2020-02")]
    [InlineData("Temporal.PlainYearMonth.from('2019-11-18').toString({ calendarName: 'always' })", "2019-11-01[u-ca=iso8601]")]
    [InlineData("new Temporal.PlainYearMonth(2019, 2).toPlainDate({ day: 31 }).toString()", "2019-02-28")]
    [InlineData("Temporal.PlainMonthDay.from({ year: 2021, monthCode: 'M02', day: 29 }).toString()", "02-28")]
    [InlineData("Temporal.PlainMonthDay.from('--12-25').toPlainDate({ year: 2030 }).dayOfWeek", "3")]
    public void Evaluates(string source, string expected) => Assert.Equal(expected, Js.Eval(source));

    [Theory]
    [InlineData("new Temporal.PlainDate(2021, 2, 29)", "RangeError")]
    [InlineData("Temporal.PlainDate(2021, 2, 1)", "TypeError")]
    [InlineData("new Temporal.PlainDate(2021, 2, 1, 'gregory')", "RangeError")]
    [InlineData("Temporal.PlainDate.from({ year: 2021, month: 12, monthCode: 'M11', day: 1 })", "RangeError")]
    [InlineData("Temporal.PlainDate.from({ year: 2021, monthCode: 5, day: 1 })", "TypeError")]
    [InlineData("Temporal.PlainDate.from({ year: 2021, day: 1 })", "TypeError")]
    [InlineData("new Temporal.PlainDate(2000, 1, 1).with({})", "TypeError")]
    [InlineData("new Temporal.PlainYearMonth(275760, 9).add({ months: 1 })", "RangeError")]
    [InlineData("new Temporal.PlainYearMonth(2019, 11).add({ days: 1 })", "RangeError")]
    [InlineData("Temporal.PlainMonthDay.from({ month: 12 })", "TypeError")]
    [InlineData("new Temporal.PlainDate(2000, 1, 1).valueOf()", "TypeError")]
    [InlineData("Temporal.PlainDate.prototype.year", "TypeError")]
    public void Throws(string source, string errorName)
        => Assert.StartsWith(errorName + ":", Js.Throws(source));
}
