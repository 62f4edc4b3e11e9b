using Aot.Engine.Tests.Interpreting;
using Xunit;

namespace Aot.Engine.Tests.Builtins.Temporal;

/// <summary>Temporal.Duration through the engine: parsing, printing, balancing and rounding with and without relativeTo.
/// Expected values follow the spec's algorithms (and the matching test262 cases).</summary>
public sealed class DurationTests
{
    [Theory]
    // A fraction spills into the smaller units, exactly.
    [InlineData("Temporal.Duration.from('PT1.5H').toString()", "PT1H30M")]
    [InlineData("Temporal.Duration.from('-p1y2m3w4dt5h6m7,000000009s').toString()", "-P1Y2M3W4DT5H6M7.000000009S")]
    [InlineData("Temporal.Duration.from('PT0.000001M').microseconds", "60")]
    [InlineData("new Temporal.Duration(0, 0, 0, 0, 0, 0, 0, 0, 0, 1e20).toString()", "PT100000000000S")]
    [InlineData("new Temporal.Duration(0, 0, 0, 0, 0, 0, 1, 234).toString({ fractionalSecondDigits: 1, roundingMode: 'ceil' })", "PT1.3S")]
    [InlineData("new Temporal.Duration(-0).sign + ' ' + Object.is(new Temporal.Duration(-0).years, 0)", "0 true")]
    public void Parse_and_print(string source, string expected) => Assert.Equal(expected, Js.Eval(source));

    [Theory]
    [InlineData("Temporal.Duration.from({ hours: 25 }).round({ largestUnit: 'day' }).toString()", "P1DT1H")]
    [InlineData("Temporal.Duration.from({ minutes: 90 }).add({ minutes: -120 }).toString()", "-PT30M")]
    [InlineData("new Temporal.Duration(0, 0, 0, 0, 36).total('day')", "1.5")]
    [InlineData("new Temporal.Duration(5, 5, 5, 5, 5, 5, 5, 5, 5, 5).round({ relativeTo: '2020-01-01', smallestUnit: 'years' }).toString()", "P6Y")]
    [InlineData("Temporal.Duration.from({ days: 45 }).round({ relativeTo: '2019-01-01', smallestUnit: 'months' }).toString()", "P2M")]
    [InlineData("Temporal.Duration.from({ days: -45 }).round({ relativeTo: '2019-02-15', smallestUnit: 'months' }).toString()", "-P1M")]
    // Jan 31 + 1 month is Feb 29: the 10 hours are measured in the next month (tc39/proposal-temporal#3172).
    [InlineData("new Temporal.Duration(0, 1, 0, 0, 10).total({ unit: 'months', relativeTo: new Temporal.PlainDate(2020, 1, 31) })", "1.0134408602150538")]
    [InlineData("Temporal.Duration.compare({ months: 1 }, { days: 30 }, { relativeTo: '2020-02-01' })", "-1")]
    public void Balance_and_round(string source, string expected) => Assert.Equal(expected, Js.Eval(source));

    [Theory]
    [InlineData("new Temporal.Duration(1, -1)", "RangeError")]
    [InlineData("new Temporal.Duration(0, 0, 0, 0, 0, 0, 0, 0, 0, 0.5)", "RangeError")]
    [InlineData("Temporal.Duration.from('PT1.5H30M')", "RangeError")]
    [InlineData("Temporal.Duration.from({ years: 1 }).round('days')", "RangeError")]
    [InlineData("Temporal.Duration.from({ hours: 1 }).valueOf()", "TypeError")]
    [InlineData("Temporal.Duration.prototype.toString.call({})", "TypeError")]
    public void Errors(string source, string expectedName) => Assert.StartsWith(expectedName + ":", Js.Throws(source));

    [Fact]
    public void Constructor_reads_spread_arguments_in_order()
    {
        // valueOf calls back into JS between the conversions; every argument must still be the caller's.
        const string source = """
            let log = [];
            const obs = (v, n) => ({ valueOf() { log.push(n); return v; } });
            let out = [];
            for (let k = 0; k < 6; k++) {
              log = [];
              const args = [0, 1, 2, 3, 4, 5].map(i => obs(i === k ? Infinity : 0, i));
              try { new Temporal.Duration(...args); } catch (e) { out.push(log.join('')); }
            }
            out.join(' ')
            """;
        Assert.Equal("0 01 012 0123 01234 012345", Js.Eval(source));
    }
}
