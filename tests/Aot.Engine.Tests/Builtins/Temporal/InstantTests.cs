using Aot.Engine.Tests.Interpreting;
using Xunit;

namespace Aot.Engine.Tests.Builtins.Temporal;

/// <summary>Temporal.Instant and Date.prototype.toTemporalInstant through JS.</summary>
public sealed class InstantTests
{
    [Theory]
    [InlineData("new Temporal.Instant(0n).toString()", "1970-01-01T00:00:00Z")]
    [InlineData("new Temporal.Instant(-1n).epochMilliseconds", "-1")]
    [InlineData("new Temporal.Instant(1_500_000n).epochMilliseconds", "1")]
    [InlineData("Temporal.Instant.fromEpochMilliseconds(1e12).toJSON()", "2001-09-09T01:46:40Z")]
    [InlineData("Temporal.Instant.from('1976-11-18T14:23:30.1234+01:00').epochNanoseconds", "217171410123400000")]
    [InlineData("Temporal.Instant.from('+275760-09-13T00:00:00Z').epochNanoseconds === 8640000000000000000000n", "true")]
    [InlineData("new Temporal.Instant(-1n).toString()", "1969-12-31T23:59:59.999999999Z")]
    [InlineData("new Temporal.Instant(1_234_567_891n).toString({ fractionalSecondDigits: 4 })", "1970-01-01T00:00:01.2345Z")]
    [InlineData("new Temporal.Instant(1_999_999_999n).toString({ smallestUnit: 'second', roundingMode: 'halfExpand' })", "1970-01-01T00:00:02Z")]
    [InlineData("new Temporal.Instant(0n).toString({ timeZone: '+05:30' })", "1970-01-01T05:30:00+05:30")]
    [InlineData("Temporal.Instant.from('2020-01-01T10:37:00Z').round({ smallestUnit: 'hour', roundingIncrement: 2 }).toString()", "2020-01-01T10:00:00Z")]
    [InlineData("Temporal.Instant.from('2020-01-01T11:00:00Z').round('hour').toString()", "2020-01-01T11:00:00Z")]
    [InlineData("new Temporal.Instant(-1n).round({ smallestUnit: 'second', roundingMode: 'trunc' }).epochNanoseconds", "-1000000000")]
    [InlineData("Temporal.Instant.compare('2020-01-01T00:00Z', '2019-12-31T23:00-02:00')", "-1")]
    [InlineData("new Temporal.Instant(0n).add({ hours: 1, nanoseconds: 5 }).epochNanoseconds", "3600000000005")]
    [InlineData("new Temporal.Instant(0n).subtract('PT1M').toString()", "1969-12-31T23:59:00Z")]
    [InlineData("new Temporal.Instant(0n).until(new Temporal.Instant(3_723_000_000_000n)).toString()", "PT3723S")]
    [InlineData("new Temporal.Instant(0n).until(new Temporal.Instant(3_723_000_000_000n), { largestUnit: 'hour' }).toString()", "PT1H2M3S")]
    [InlineData("new Temporal.Instant(0n).since(new Temporal.Instant(90_000_000_000n), { smallestUnit: 'minute', roundingMode: 'halfExpand' }).toString()", "-PT2M")]
    [InlineData("new Temporal.Instant(0n).equals('1970-01-01T00:00Z')", "true")]
    [InlineData("new Temporal.Instant(0n).toZonedDateTimeISO('UTC').toString()", "1970-01-01T00:00:00+00:00[UTC]")]
    [InlineData("new Date(1234).toTemporalInstant().epochNanoseconds", "1234000000")]
    [InlineData("class I extends Temporal.Instant {} new I(5n) instanceof I", "true")]
    public void Evaluates(string source, string expected) => Assert.Equal(expected, Js.Eval(source));

    [Theory]
    [InlineData("new Temporal.Instant(8640000000000000000001n)", "RangeError")]
    [InlineData("new Temporal.Instant(1)", "TypeError")]
    [InlineData("Temporal.Instant(0n)", "TypeError")]
    [InlineData("Temporal.Instant.fromEpochMilliseconds(1.5)", "RangeError")]
    [InlineData("Temporal.Instant.from('2020-01-01T00:00')", "RangeError")]
    [InlineData("Temporal.Instant.from(0)", "TypeError")]
    [InlineData("new Temporal.Instant(0n).add({ days: 1 })", "RangeError")]
    [InlineData("new Temporal.Instant(0n).round({ smallestUnit: 'hour', roundingIncrement: 5 })", "RangeError")]
    [InlineData("new Temporal.Instant(0n).round()", "TypeError")]
    [InlineData("new Temporal.Instant(0n).toString({ smallestUnit: 'hour' })", "RangeError")]
    [InlineData("new Temporal.Instant(0n) < new Temporal.Instant(1n)", "TypeError")]
    [InlineData("new Date(NaN).toTemporalInstant()", "RangeError")]
    [InlineData("Temporal.Instant.prototype.epochNanoseconds", "TypeError")]
    public void Throws(string source, string errorName)
        => Assert.StartsWith(errorName + ":", Js.Throws(source));
}
