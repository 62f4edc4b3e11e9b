using System;
using System.Numerics;
using Aot.Engine.Builtins.Temporal;
using Xunit;

namespace Aot.Engine.Tests.Builtins.Temporal;

/// <summary>The exact arithmetic of the duration engine: range checks on float64 fields and correctly rounded division.</summary>
public sealed class DurationMathTests
{
    [Theory]
    [InlineData(1.0, 3.0)]
    [InlineData(2.0, 3.0)]
    [InlineData(-7.0, 3.0)]
    [InlineData(1e20, 7.0)]
    [InlineData(86_400_000_000_000.0 * 1.5, 86_400_000_000_000.0)]
    public void DivideToDouble_matches_float_division_when_both_are_exact(double n, double d)
        => Assert.Equal(n / d, DurationOperations.DivideToDouble(new BigInteger(n), new BigInteger(d)));

    [Fact]
    public void DivideToDouble_rounds_once()
    {
        // 2^53 + 1 is not a double; (2^53 + 1) / 1 must round half to even (to 2^53), and (2^53 + 3) / 1 up to 2^53 + 4.
        BigInteger two53 = BigInteger.One << 53;
        Assert.Equal(9007199254740992.0, DurationOperations.DivideToDouble(two53 + 1, BigInteger.One));
        Assert.Equal(9007199254740996.0, DurationOperations.DivideToDouble(two53 + 3, BigInteger.One));
        // Just above the half-way point: the sticky remainder decides.
        Assert.Equal(9007199254740994.0, DurationOperations.DivideToDouble((two53 + 1) * 1000 + 1, 1000));
        Assert.Equal(-0.1, DurationOperations.DivideToDouble(-1, 10));
    }

    [Fact]
    public void ToDouble_of_large_time_durations()
    {
        Int128 max = DurationOperations.MaxTimeDuration; // 2^53 × 10^9 − 1
        Assert.Equal(9.007199254740992e24, DurationOperations.ToDouble(max));
        Assert.Equal(-123456789.0, DurationOperations.ToDouble(-123456789));
    }

    [Fact]
    public void IsValidDuration_limits()
    {
        Assert.True(DurationOperations.IsValidDuration(4294967295, 0, 0, 0, 0, 0, 0, 0, 0, 0));
        Assert.False(DurationOperations.IsValidDuration(4294967296, 0, 0, 0, 0, 0, 0, 0, 0, 0));
        Assert.False(DurationOperations.IsValidDuration(1, -1, 0, 0, 0, 0, 0, 0, 0, 0));
        Assert.True(DurationOperations.IsValidDuration(0, 0, 0, 0, 0, 0, 9007199254740991, 999, 999, 999));
        Assert.False(DurationOperations.IsValidDuration(0, 0, 0, 0, 0, 0, 9007199254740991, 999, 999, 1000));
        Assert.True(DurationOperations.IsValidDuration(0, 0, 0, 0, 0, 0, 0, 0, 0, 9.007199254740991e24));
        Assert.False(DurationOperations.IsValidDuration(0, 0, 0, 104249991375, 0, 0, 0, 0, 0, 0));
        Assert.False(DurationOperations.IsValidDuration(0, 0, 0, double.PositiveInfinity, 0, 0, 0, 0, 0, 0));
    }
}
