using Aot.Engine.Tests.Interpreting;
using Xunit;

namespace Aot.Engine.Tests.Builtins;

/// <summary>The Number constructor, statics and prototype (ECMA-262 §21.1), against node's output.</summary>
public sealed class NumberObjectTests
{
    [Theory]
    [InlineData("String(1e21)", "1e+21")]
    [InlineData("+'0x1F'", "31")]
    [InlineData("Number('  12  ')", "12")]
    [InlineData("Number('1_0')", "NaN")]
    [InlineData("Number('0b101') + Number('0o17')", "20")]
    [InlineData("Number(10n)", "10")]
    [InlineData("Number()", "0")]
    [InlineData("typeof new Number(5)", "object")]
    [InlineData("new Number(5) + 1", "6")]
    [InlineData("(1234567.891).toLocaleString()", "1,234,567.891")]
    [InlineData("(-1234.5678).toLocaleString()", "-1,234.568")]
    [InlineData("(0.0005).toLocaleString()", "0.001")]
    [InlineData("(1e21).toLocaleString()", "1,000,000,000,000,000,000,000")]
    [InlineData("(-0).toLocaleString()", "-0")]
    [InlineData("(255).toString(16)", "ff")]
    [InlineData("(0.5).toString(2)", "0.1")]
    [InlineData("(25).toString(36)", "p")]
    [InlineData("(0.1).toFixed(20)", "0.10000000000000000555")]
    [InlineData("(1.005).toFixed(2)", "1.00")]
    [InlineData("(1e21).toFixed(2)", "1e+21")]
    [InlineData("(123.456).toExponential(2)", "1.23e+2")]
    [InlineData("(0).toExponential()", "0e+0")]
    [InlineData("(123.456).toPrecision(4)", "123.5")]
    [InlineData("(0.00001).toPrecision(1)", "0.00001")]
    [InlineData("Number.MAX_SAFE_INTEGER", "9007199254740991")]
    [InlineData("Number.EPSILON", "2.220446049250313e-16")]
    [InlineData("Number.MIN_VALUE", "5e-324")]
    [InlineData("Number.parseFloat === parseFloat && Number.parseInt === parseInt", "true")]
    [InlineData("Number.isInteger(5.0) && !Number.isInteger('5') && Number.isSafeInteger(2**53-1) && !Number.isSafeInteger(2**53)", "true")]
    [InlineData("Number.isNaN(NaN) && !Number.isNaN('x') && Number.isFinite(1) && !Number.isFinite('1')", "true")]
    [InlineData("parseInt('0x1F') + parseInt('  -12px') + parseFloat('3.5abc')", "22.5")]
    [InlineData("JSON.stringify(Object.getOwnPropertyDescriptor(Number, 'EPSILON'))", "{\"value\":2.220446049250313e-16,\"writable\":false,\"enumerable\":false,\"configurable\":false}")]
    [InlineData("Number.prototype.toFixed.length + ',' + Number.prototype.toString.length + ',' + Number.length", "1,1,1")]
    public void Evaluates(string source, string expected) => Assert.Equal(expected, Js.Eval(source));

    [Theory]
    [InlineData("(1).toFixed(101)", "RangeError: toFixed() digits argument must be between 0 and 100")]
    [InlineData("(1).toString(1)", "RangeError: toString() radix must be between 2 and 36")]
    [InlineData("(1).toPrecision(0)", "RangeError: toPrecision() argument must be between 1 and 100")]
    [InlineData("Number.prototype.valueOf.call('1')", "TypeError: Number.prototype.valueOf requires that 'this' be a Number")]
    public void Throws(string source, string expected) => Assert.Equal(expected, Js.Throws(source));
}
