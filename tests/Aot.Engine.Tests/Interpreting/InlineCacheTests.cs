using Xunit;

namespace Aot.Engine.Tests.Interpreting;

/// <summary>
/// The property caches (Vm.PropertyCaches.cs) and the hot loop (Vm.Execute.cs): each snippet warms a
/// site in a loop, then changes what the cached lookup depends on, and the site must see the change.
/// </summary>
public class InlineCacheTests
{
    [Theory]
    // A method found on the prototype, then shadowed by an own property of the same shape's objects.
    [InlineData("class A { m() { return 1; } } const a = new A(); let r = ''; for (let i = 0; i < 3; i++) r += a.m(); a.m = () => 2; r += a.m(); r", "1112")]
    // A property added to an intermediate prototype shadows the one further up.
    [InlineData("class A { m() { return 'A'; } } class B extends A {} const b = new B(); let r = ''; for (let i = 0; i < 3; i++) r += b.m(); B.prototype.m = () => 'B'; r += b.m(); r", "AAAB")]
    // The holder's value changes: read live.
    [InlineData("function F() {} F.prototype.v = 1; const o = new F(); let r = ''; for (let i = 0; i < 3; i++) { r += o.v; F.prototype.v++; } r", "123")]
    // The prototype link changes.
    [InlineData("const p = { v: 'p' }, q = { v: 'q' }; const o = Object.create(p); let r = ''; for (let i = 0; i < 3; i++) r += o.v; Object.setPrototypeOf(o, q); r += o.v; r", "pppq")]
    // Deleting from the holder, then redefining it as a getter.
    [InlineData("const p = { v: 1 }; const o = Object.create(p); let r = ''; for (let i = 0; i < 3; i++) r += o.v; delete p.v; r += o.v; Object.defineProperty(p, 'v', { get() { return 'g' + (this === o); } }); r += o.v; r", "111undefinedgtrue")]
    // Getters on prototypes run with the receiver as `this`, also when they throw.
    [InlineData("class V { constructor(x) { this.x = x; } get twice() { return this.x * 2; } } let s = 0; for (let i = 0; i < 5; i++) s += new V(i).twice; s", "20")]
    [InlineData("class V { get bad() { throw new Error('no'); } } const v = new V(); let r = ''; for (let i = 0; i < 3; i++) { try { v.bad; } catch (e) { r += e.message; } } r", "nonono")]
    // Polymorphic sites: several classes, same own layout, different prototypes.
    [InlineData("class T { constructor() { this.a = 1; } run() { return 'T'; } } class U extends T { run() { return 'U'; } } class W extends T { run() { return 'W'; } } const xs = [new T(), new U(), new W(), new U()]; let r = ''; for (let i = 0; i < 8; i++) r += xs[i % 4].run(); r", "TUWUTUWU")]
    [InlineData("const xs = [{ a: 1 }, { b: 0, a: 2 }, { c: 0, d: 0, a: 3 }, { e: 0, a: 4 }, { f: 0, g: 0, a: 5 }]; let s = 0; for (let i = 0; i < 20; i++) s += xs[i % 5].a; s", "60")]
    // Cached additions: a setter or a read-only property appearing on the prototype afterwards.
    [InlineData("function P() { this.x = 1; } let r = ''; for (let i = 0; i < 3; i++) r += new P().x; Object.defineProperty(P.prototype, 'x', { set(v) { r += 's' + v; } }); const p = new P(); r += p.hasOwnProperty('x'); r", "111s1false")]
    [InlineData("'use strict'; function P() { this.x = 1; } for (let i = 0; i < 3; i++) new P(); Object.defineProperty(Object.prototype, 'x', { value: 0, writable: false, configurable: true }); let r; try { new P(); r = 'no error'; } catch (e) { r = e.constructor.name; } delete Object.prototype.x; r", "TypeError")]
    // Additions to a non-extensible object fail.
    [InlineData("function add(o) { o.y = 2; return o.y; } let r = ''; for (let i = 0; i < 3; i++) r += add({ x: 1 }); r += add(Object.preventExtensions({ x: 1 })); r", "222undefined")]
    // Own data writes through the extra entries stop at a read-only attribute.
    [InlineData("function set(o, v) { o.a = v; return o.a; } const xs = [{ a: 1 }, { b: 1, a: 1 }, { c: 1, a: 1 }]; let r = ''; for (let i = 0; i < 6; i++) r += set(xs[i % 3], 9); Object.freeze(xs[1]); r += set(xs[1], 5); r", "9999999")]
    // Array length and string length on the hot path; arrays as receivers of prototype methods.
    [InlineData("const a = [1, 2, 3]; let n = 0; for (let i = 0; i < 3; i++) { n += a.length + 'ab'.length; a.push(i); } n + ',' + a.length", "18,6")]
    [InlineData("Array.prototype.sum = function () { let s = 0; for (const x of this) s += x; return s; }; let t = 0; for (let i = 0; i < 3; i++) t += [i, 1].sum(); delete Array.prototype.sum; t", "6")]
    public void CachedLookupsFollowChanges(string source, string expected) => Assert.Equal(expected, Js.Eval(source));

    [Theory]
    // Number fast paths: -0, ToInt32 wrap-around, % on exact integers and its sign rules.
    [InlineData("1 / (-0 % 5)", "-Infinity")]
    [InlineData("let r = []; for (const [x, y] of [[7, 3], [-7, 3], [7, -3], [2 ** 40 + 5, 2 ** 20], [5.5, 2], [0, 3]]) r.push(x % y); r.join()", "1,-1,1,5,1.5,0")]
    [InlineData("[2 ** 32 + 5 | 0, 2 ** 31 | 0, -1 >>> 0, 1.9 | 0, -1.9 | 0, NaN | 0, Infinity | 0, (2 ** 53) & 1, 0x7fffffff + 1 >> 0].join()", "5,-2147483648,4294967295,1,-1,0,0,0,-2147483648")]
    [InlineData("const a = [10, 20, 30]; [a[1], a[1.5], a[-0], a[3], 'xyz'[2], 'xyz'[3]].join()", "20,,10,,z,")]
    public void NumberFastPaths(string source, string expected) => Assert.Equal(expected, Js.Eval(source));
}
