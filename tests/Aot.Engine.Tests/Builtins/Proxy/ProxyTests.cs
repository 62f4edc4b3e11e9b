using Aot.Engine.Tests.Interpreting;
using Xunit;

namespace Aot.Engine.Tests.Builtins;

/// <summary>Proxy exotic objects (ECMA-262 §10.5) seen through every engine path, and Reflect (§28.1).</summary>
public sealed class ProxyTests
{
    // A handler that logs each trap it receives and forwards to Reflect.
    private const string Logging = """
        var log = [];
        var handler = {};
        ['get', 'set', 'has', 'deleteProperty', 'ownKeys', 'getOwnPropertyDescriptor', 'defineProperty',
         'getPrototypeOf', 'setPrototypeOf', 'isExtensible', 'preventExtensions', 'apply', 'construct'].forEach(function (name) {
          handler[name] = function (t, a, b, c) {
            log.push(name + (typeof a === 'string' ? ':' + a : ''));
            return Reflect[name].apply(null, arguments);
          };
        });
        """;

    [Theory]
    // Property access in the VM: get/set/in/delete, and inline caches never cache a proxy.
    [InlineData("var p = new Proxy({a: 1}, handler); for (var i = 0; i < 3; i++) p.a; log.join()", "get:a,get:a,get:a")]
    [InlineData("var p = new Proxy({}, handler); p.x = 1; log.join()", "set:x,getOwnPropertyDescriptor:x,defineProperty:x")]
    [InlineData("var p = new Proxy({a: 1}, handler); ('a' in p) + ',' + delete p.a + ',' + log.join()", "true,true,has:a,deleteProperty:a")]
    [InlineData("var o = Object.create(new Proxy({a: 1}, handler)); o.a + ',' + ('b' in o) + ',' + log.join()", "1,false,get:a,has:b")]
    // for-in over a proxy (§14.7.5.9 EnumerateObjectProperties, as its informative generator does it):
    // ownKeys, each descriptor as its key comes up, then the prototype (V8 reads the prototype first).
    [InlineData("var p = new Proxy({a: 1, b: 2}, handler); var ks = []; for (var k in p) ks.push(k); ks.join() + '|' + log.join()",
        "a,b|ownKeys,getOwnPropertyDescriptor:a,getOwnPropertyDescriptor:b,getPrototypeOf")]
    // CopyDataProperties: spread and object rest (bound keys are excluded without being read).
    [InlineData("var p = new Proxy({a: 1, b: 2}, handler); var {a, ...r} = p; JSON.stringify(r) + '|' + log.join()",
        "{\"b\":2}|get:a,ownKeys,getOwnPropertyDescriptor:b,get:b")]
    [InlineData("var p = new Proxy({a: 1}, handler); JSON.stringify({...p}) + '|' + log.join()", "{\"a\":1}|ownKeys,getOwnPropertyDescriptor:a,get:a")]
    [InlineData("var p = new Proxy({a: 1}, handler); Object.keys(p) + '|' + log.join()", "a|ownKeys,getOwnPropertyDescriptor:a")]
    [InlineData("var p = new Proxy({a: 1}, handler); JSON.stringify(p) + '|' + log.join()", "{\"a\":1}|get:toJSON,ownKeys,getOwnPropertyDescriptor:a,get:a")]
    [InlineData("var p = new Proxy({}, handler); Object.assign(p, {x: 1}); log.join()", "set:x,getOwnPropertyDescriptor:x,defineProperty:x")]
    public void TrapsAreObserved(string source, string expected) => Assert.Equal(expected, Js.Eval(Logging + source));

    [Theory]
    [InlineData("typeof new Proxy(function () {}, {}) + typeof new Proxy({}, {})", "functionobject")]
    [InlineData("new Proxy(function (a, b) { return a + b; }, {})(2, 3)", "5")]
    [InlineData("new Proxy(function () {}, { apply: function (t, self, args) { return args.length; } })(1, 2, 3)", "3")]
    [InlineData("function C() { this.x = 1; } var P = new Proxy(C, {}); var o = new P(); (o instanceof C) + ',' + (o instanceof P) + ',' + o.x", "true,true,1")]
    [InlineData("new (new Proxy(function () {}, { construct: function (t, args, nt) { return {n: args[0]}; } }))(7).n", "7")]
    [InlineData("Array.isArray(new Proxy([], {})) + ',' + Array.isArray(new Proxy(new Proxy([], {}), {})) + ',' + Array.isArray(new Proxy({}, {}))", "true,true,false")]
    [InlineData("Object.prototype.toString.call(new Proxy([], {})) + Object.prototype.toString.call(new Proxy(function () {}, {}))", "[object Array][object Function]")]
    [InlineData("JSON.stringify(new Proxy([1, [2]], {}))", "[1,[2]]")]
    [InlineData("[0].concat(new Proxy([1, 2], {})).join()", "0,1,2")]
    [InlineData("Array.prototype.map.call(new Proxy([1, 2], {}), function (x) { return x * 2; }).join()", "2,4")]
    [InlineData("var r = Proxy.revocable({}, {}); r.revoke(); r.revoke(); typeof r.proxy", "object")]
    [InlineData("Reflect.ownKeys({b: 1, a: 2, 1: 0, [Symbol.iterator]: 0}).length + ',' + Reflect.has({x: 1}, 'x') + ',' + Reflect.getPrototypeOf([]) === Array.prototype", "false")]
    [InlineData("Reflect.apply(Math.max, null, [1, 3, 2]) + ',' + Reflect.construct(Date, [0]).getTime() + ',' + Reflect.defineProperty(Object.freeze({}), 'x', {value: 1})", "3,0,false")]
    [InlineData("class A { constructor() { this.nt = new.target; } } class B {} Reflect.construct(A, [], B).nt === B", "true")]
    [InlineData("var o = {}; var p = new Proxy(o, {}); Reflect.set(p, 'x', 1) + ',' + o.x + ',' + Reflect.get(p, 'x')", "true,1,1")]
    public void Evaluates(string source, string expected) => Assert.Equal(expected, Js.Eval(source));

    [Theory]
    // Invariants (§10.5): each lie about a non-configurable or non-extensible target is a TypeError.
    [InlineData("var t = {}; Object.defineProperty(t, 'x', {value: 1}); new Proxy(t, { get: function () { return 2; } }).x", "TypeError")]
    [InlineData("var t = {}; Object.defineProperty(t, 'x', {value: 1}); 'x' in new Proxy(t, { has: function () { return false; } })", "TypeError")]
    [InlineData("var t = {}; Object.defineProperty(t, 'x', {value: 1}); delete new Proxy(t, { deleteProperty: function () { return true; } }).x", "TypeError")]
    [InlineData("Object.keys(new Proxy(Object.preventExtensions({a: 1}), { ownKeys: function () { return []; } }))", "TypeError")]
    [InlineData("Object.keys(new Proxy({}, { ownKeys: function () { return ['a', 'a']; } }))", "TypeError")]
    [InlineData("Object.keys(new Proxy({}, { ownKeys: function () { return [1]; } }))", "TypeError")]
    [InlineData("Object.getPrototypeOf(new Proxy(Object.preventExtensions({}), { getPrototypeOf: function () { return Array.prototype; } }))", "TypeError")]
    [InlineData("Object.isExtensible(new Proxy({}, { isExtensible: function () { return false; } }))", "TypeError")]
    [InlineData("Object.preventExtensions(new Proxy({}, { preventExtensions: function () { return true; } }))", "TypeError")]
    [InlineData("Object.getOwnPropertyDescriptor(new Proxy({}, { getOwnPropertyDescriptor: function () { return {value: 1, configurable: false}; } }), 'x')", "TypeError")]
    [InlineData("Object.defineProperty(new Proxy(Object.preventExtensions({}), { defineProperty: function () { return true; } }), 'x', {value: 1})", "TypeError")]
    [InlineData("var t = {}; Object.defineProperty(t, 'x', {value: 1}); 'use strict'; new Proxy(t, { set: function () { return true; } }).x = 2", "TypeError")]
    [InlineData("new Proxy(function () {}, { construct: function () { return 1; } }); new (new Proxy(function () {}, { construct: function () { return 1; } }))()", "TypeError")]
    [InlineData("new Proxy({}, { get: 1 }).x", "TypeError")]
    [InlineData("var r = Proxy.revocable({}, {}); r.revoke(); r.proxy.x", "TypeError")]
    [InlineData("var r = Proxy.revocable([], {}); r.revoke(); Array.isArray(r.proxy)", "TypeError")]
    [InlineData("Proxy({}, {})", "TypeError")]
    [InlineData("new Proxy(1, {})", "TypeError")]
    [InlineData("new (new Proxy({}, {}))()", "TypeError")]
    [InlineData("Reflect.get(1, 'x')", "TypeError")]
    [InlineData("Reflect.construct(function () {}, [], Math.max)", "TypeError")]
    [InlineData("Reflect.setPrototypeOf({}, 1)", "TypeError")]
    // Deep recursion through traps or proxy chains ends in a catchable RangeError.
    [InlineData("var p = new Proxy({}, { get: function (t, k) { return p[k]; } }); p.x", "RangeError")]
    [InlineData("var p = {}; for (var i = 0; i < 100000; i++) p = new Proxy(p, {}); p.x", "RangeError")]
    public void Throws(string source, string errorName)
        => Assert.StartsWith(errorName + ":", Js.Throws(source));

    [Fact]
    public void RecursionErrorIsCatchable()
        => Assert.Equal("true", Js.Eval("var p = {}; for (var i = 0; i < 100000; i++) p = new Proxy(p, {}); try { p.x; 'no' } catch (e) { String(e instanceof RangeError) }"));
}
