using Aot.Engine.Tests.Interpreting;
using Xunit;

namespace Aot.Engine.Tests.Builtins;

/// <summary>Object statics beyond the core slice (ECMA-262 §20.1.2).</summary>
public sealed class ObjectLibraryTests
{
    [Theory]
    [InlineData("Object.fromEntries([['a', 1], ['b', 2]]).b", "2")]
    [InlineData("JSON.stringify(Object.fromEntries(new Map([[1, 'x']])))", "{\"1\":\"x\"}")]
    [InlineData("Object.hasOwn({x: 1}, 'x') + ',' + Object.hasOwn({}, 'toString')", "true,false")]
    [InlineData("Object.isSealed(Object.seal({a: 1})) + ',' + Object.isFrozen(Object.seal({a: 1})) + ',' + Object.isSealed({})", "true,false,false")]
    [InlineData("JSON.stringify(Object.getOwnPropertyDescriptors({a: 1}))", "{\"a\":{\"value\":1,\"writable\":true,\"enumerable\":true,\"configurable\":true}}")]
    [InlineData("var g = Object.groupBy([1, 2, 3], x => x > 1 ? 'big' : 'small'); JSON.stringify(g) + Object.getPrototypeOf(g)", "{\"small\":[1],\"big\":[2,3]}null")]
    [InlineData("Object.fromEntries.length + ',' + Object.groupBy.length + ',' + Object.hasOwn.length", "1,2,2")]
    public void Evaluates(string source, string expected) => Assert.Equal(expected, Js.Eval(source));

    [Theory]
    [InlineData("Object.fromEntries([1])", "TypeError: Iterator value 1 is not an entry object")]
    [InlineData("'use strict'; var o = Object.seal({a: 1}); delete o.a", "TypeError: Cannot delete property 'a' of #<Object>")]
    public void Throws(string source, string expected) => Assert.Equal(expected, Js.Throws(source));
}
