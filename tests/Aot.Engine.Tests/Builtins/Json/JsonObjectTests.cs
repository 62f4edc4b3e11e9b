using Aot.Engine.Tests.Interpreting;
using Xunit;

namespace Aot.Engine.Tests.Builtins;

/// <summary>JSON.parse and JSON.stringify (ECMA-262 §25.5), against node's output.</summary>
public sealed class JsonObjectTests
{
    [Theory]
    [InlineData("JSON.stringify({a:[1,'x',null,undefined,function(){}],b:{c:true}})", "{\"a\":[1,\"x\",null,null,null],\"b\":{\"c\":true}}")]
    [InlineData("JSON.stringify([new Number(3), new String('s'), new Boolean(false)])", "[3,\"s\",false]")]
    [InlineData("JSON.stringify({a:1,b:[1,{c:3}]}, null, 2)", "{\n  \"a\": 1,\n  \"b\": [\n    1,\n    {\n      \"c\": 3\n    }\n  ]\n}")]
    [InlineData("JSON.stringify({a:1}, null, 20) === JSON.stringify({a:1}, null, 10)", "true")]
    [InlineData("JSON.stringify({a:1}, null, '--')", "{\n--\"a\": 1\n}")]
    [InlineData("JSON.stringify({a:1,b:2,c:{a:5,d:6}}, ['a','c'])", "{\"a\":1,\"c\":{\"a\":5}}")]
    [InlineData("JSON.stringify({x:1,y:'s'}, (k, v) => typeof v === 'number' ? v * 2 : v)", "{\"x\":2,\"y\":\"s\"}")]
    [InlineData("JSON.stringify('\\ud800\\u2028\"\\n')", "\"\\ud800\u2028\\\"\\n\"")]
    [InlineData("JSON.stringify({toJSON(k) { return 'key:' + k; }})", "\"key:\"")]
    [InlineData("JSON.stringify(new Date(0))", "\"1970-01-01T00:00:00.000Z\"")]
    [InlineData("JSON.stringify([NaN, Infinity, -0])", "[null,null,0]")]
    [InlineData("JSON.stringify(undefined) === undefined", "true")]
    [InlineData("JSON.stringify({[Symbol()]: 1, a: undefined})", "{}")]
    [InlineData("JSON.parse('{\"a\":[1,2,{\"b\":null}],\"c\":\"\\\\u0041\\\\n\",\"d\":-0.5e2}').d", "-50")]
    [InlineData("JSON.parse('{\"a\":1,\"a\":2}').a", "2")]
    [InlineData("JSON.parse(' [1, \"2\", true, null] ').length", "4")]
    [InlineData("1 / JSON.parse('-0')", "-Infinity")]
    [InlineData("JSON.parse('123456789012345678901234567890')", "1.2345678901234568e+29")]
    [InlineData("var log = []; JSON.parse('{\"a\":[1,2],\"b\":{\"c\":3}}', function (k, v) { log.push(k); return v; }); log.join()", "0,1,a,c,b,")]
    [InlineData("JSON.stringify(JSON.parse('{\"a\":1,\"b\":2}', (k, v) => k === 'a' ? undefined : v))", "{\"b\":2}")]
    [InlineData("Object.prototype.toString.call(JSON)", "[object JSON]")]
    [InlineData("JSON.parse.length + ',' + JSON.stringify.length", "2,3")]
    public void Evaluates(string source, string expected) => Assert.Equal(expected, Js.Eval(source));

    [Theory]
    [InlineData("JSON.parse('{\"a\":tru}')", "SyntaxError: Unexpected token '}', \"{\"a\":tru}\" is not valid JSON")]
    [InlineData("JSON.parse('')", "SyntaxError: Unexpected end of JSON input")]
    [InlineData("JSON.parse('[1] x')", "SyntaxError: Unexpected non-whitespace character after JSON at position 4")]
    [InlineData("JSON.stringify(1n)", "TypeError: Do not know how to serialize a BigInt")]
    [InlineData("var o = {}; o.self = o; JSON.stringify(o)", "TypeError: Converting circular structure to JSON\n    --> starting at object with constructor 'Object'\n    --- property 'self' closes the circle")]
    [InlineData("var a = [{}]; a[0].x = a; JSON.stringify(a)", "TypeError: Converting circular structure to JSON\n    --> starting at object with constructor 'Array'\n    |     index 0 -> object with constructor 'Object'\n    --- property 'x' closes the circle")]
    [InlineData("JSON.parse('['.repeat(1000000))", "RangeError: Maximum call stack size exceeded")]
    [InlineData("var o = {}; for (var i = 0; i < 100000; i++) o = {o}; JSON.stringify(o)", "RangeError: Maximum call stack size exceeded")]
    public void Throws(string source, string expected) => Assert.Equal(expected, Js.Throws(source));
}
