using Aot.Engine.Interpreting;
using Aot.Engine.Objects;
using Aot.Engine.Tests.Interpreting;
using Xunit;

namespace Aot.Engine.Tests.Builtins;

/// <summary>ArraySpeciesCreate, Array.from/of/fromAsync, FinalizationRegistry, the Annex B accessor
/// methods and the immutable %Object.prototype%.</summary>
public sealed class ReflectedLibraryTests
{
    [Theory]
    [InlineData("class A extends Array {} var a = A.from([1, 2, 3]); (a instanceof A) + ',' + (a.map(function (x) { return x; }) instanceof A) + ',' + (a.filter(Boolean) instanceof A) + ',' + (a.slice(1) instanceof A) + ',' + (a.splice(0, 1) instanceof A) + ',' + (a.concat([]) instanceof A)", "true,true,true,true,true,true")]
    [InlineData("var a = [1, 2]; a.constructor = {}; a.constructor[Symbol.species] = function (n) { this.len = n; }; a.map(String).len", "2")]
    [InlineData("function C(n) { this.n = n; } var r = Array.of.call(C, 'a', 'b'); (r instanceof C) + ',' + r.length + ',' + r[1]", "true,2,b")]
    [InlineData("var o = {}; o.__defineGetter__('x', function () { return 5; }); o.x + ',' + (o.__lookupGetter__('x') !== undefined) + ',' + o.__lookupSetter__('x')", "5,true,undefined")]
    [InlineData("Reflect.setPrototypeOf(Object.prototype, {}) + ',' + Reflect.setPrototypeOf(Object.prototype, null)", "false,true")]
    [InlineData("Symbol.prototype[Symbol.toPrimitive].call(Symbol.iterator) === Symbol.iterator", "true")]
    [InlineData("var r = new FinalizationRegistry(function () {}); var t = {}; r.register(t, 1, t); r.unregister(t) + ',' + r.unregister(t)", "true,false")]
    [InlineData("JSON.stringify({a: JSON.rawJSON('1e1000'), b: [JSON.rawJSON('\"x\"')]}) + ',' + JSON.isRawJSON(JSON.rawJSON('null')) + ',' + Object.isFrozen(JSON.rawJSON('1'))", "{\"a\":1e1000,\"b\":[\"x\"]},true,true")]
    public void Evaluates(string source, string expected) => Assert.Equal(expected, Js.Eval(source));

    [Theory]
    [InlineData("var a = []; a.constructor = {}; a.constructor[Symbol.species] = 1; a.map(String)", "TypeError")]
    [InlineData("Object.freeze([]).push()", "TypeError")]
    [InlineData("new FinalizationRegistry(1)", "TypeError")]
    [InlineData("var o = {}; new FinalizationRegistry(function () {}).register(o, o)", "TypeError")]
    [InlineData("Array.prototype.map.call({length: 2 ** 32}, String)", "RangeError")]
    [InlineData("JSON.rawJSON('{}')", "SyntaxError")]
    [InlineData("JSON.rawJSON(' 1')", "SyntaxError")]
    public void Throws(string source, string errorName) => Assert.StartsWith(errorName + ":", Js.Throws(source));

    [Fact]
    public void FromAsyncResolvesAfterJobs()
    {
        var js = new Js();
        js.Run("var out; Array.fromAsync([1, Promise.resolve(2)], function (x) { return x * 2; }).then(function (a) { out = a.join(); });");
        Assert.Equal("undefined", Operations.ToString(js.Run("String(out)")));
        js.Vm.RunJobs();
        Assert.Equal("2,4", Operations.ToString(js.Run("out")));
    }

    [Fact]
    public void FinalizationCallbackRunsWhenTheHostCleansUp()
    {
        var js = new Js();
        js.Run("var held = []; var registry = new FinalizationRegistry(function (v) { held.push(v); }); (function () { registry.register({}, 'gone'); })();");
        for (int i = 0; i < 5 && !js.Vm.HasFinalizationCleanupPending; i++)
        {
            System.GC.Collect();
            System.GC.WaitForPendingFinalizers();
        }
        // The .NET GC decides when the target dies; once it did, cleanup hands over the held value.
        if (js.Vm.HasFinalizationCleanupPending)
        {
            Assert.Equal(1, js.Vm.CleanupFinalizationRegistries());
            Assert.Equal("gone", Operations.ToString(js.Run("held.join()")));
        }
        Assert.Equal(0, js.Vm.CleanupFinalizationRegistries());
    }
}
