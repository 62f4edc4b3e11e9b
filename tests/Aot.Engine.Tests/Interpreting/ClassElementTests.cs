using Xunit;

namespace Aot.Engine.Tests.Interpreting;

/// <summary>Class fields, private names, static blocks (ECMA-262 §15.7) and tagged templates (§13.3.11).</summary>
public sealed class ClassElementTests
{
    [Theory]
    // Public fields: order, `this`, computed keys evaluated once at definition.
    [InlineData("class A { x = 1; y = this.x + 1; } const a = new A(); a.x + ',' + a.y + ',' + Object.keys(a)", "1,2,x,y")]
    [InlineData("let n = 0; class A { [n++] = n; [n++] = n; } const a = new A(), b = new A(); n + ':' + Object.keys(a) + ':' + a[0] + a[1] + b[1]", "2:0,1:222")]
    [InlineData("class A { static s = this.name + '!'; static t = A.s + '?'; } A.s + A.t", "A!A!?")]
    [InlineData("class A { f = new.target; } String(new A().f)", "undefined")]
    [InlineData("class A { x; } const a = new A(); ('x' in a) + ',' + a.x", "true,undefined")]
    [InlineData("class B { m() { return 'b'; } } class A extends B { f = super.m(); static g = super.name; } new A().f + A.g", "bB")]
    [InlineData("class A { static f = () => this; } A.f() === A", "true")]
    [InlineData("class A { static x = 1; } class B extends A { static y = super['x'] + 1; static m() { super['z'] = 3; super['x'] += 5; return this.z + super['x'] + this.x; } } B.y + ',' + B.m()", "2,10")]
    // super[k]: the base is taken before the key is converted (the key's toString swaps the prototype here).
    [InlineData("const p1 = { p: 1 }, p2 = { p: -1 }; let n = 0; const o = { __proto__: p1, m() { return super[k] += 1; } }; const k = { toString() { n++; Object.setPrototypeOf(o, p2); return 'p'; } }; o.m() + ',' + n", "2,1")]
    // Fields are defined (CreateDataPropertyOrThrow): setters on the prototype do not run.
    [InlineData("let hit = 0; class B { set x(v) { hit++; } } class A extends B { x = 1; } new A(); hit + ',' + Object.getOwnPropertyDescriptor(new A(), 'x').writable", "0,true")]
    // Base constructors initialize before the parameters are bound; derived ones after super().
    [InlineData("let log = []; class A { f = log.push('field'); constructor(p = log.push('param')) {} } new A(); log.join()", "field,param")]
    [InlineData("let log = []; class B { constructor() { log.push('base:' + this.f); } } class A extends B { f = 1; constructor() { super(); log.push('derived:' + this.f); } } new A(); log.join()", "base:undefined,derived:1")]
    [InlineData("class B {} class A extends B { f = 3; } new A().f", "3")]
    // Anonymous functions take the field's name, including computed and private ones.
    [InlineData("const k = Symbol('s'); class A { a = function () {}; [k] = () => 0; #p = class {}; static q = function () {}; names() { return [this.a.name, this[k].name, this.#p.name, A.q.name].join(); } } new A().names()", "a,[s],#p,q")]
    [InlineData("class A { ['x' + 1]() {} static get ['y']() { return 0; } } A.prototype.x1.name + ',' + Object.getOwnPropertyDescriptor(A, 'y').get.name", "x1,get y")]
    public void Fields(string source, string expected) => Assert.Equal(expected, Js.Eval(source));

    [Theory]
    [InlineData("class A { #x = 1; inc() { return ++this.#x; } get() { return this.#x; } } const a = new A(); a.inc(); a.inc() + a.get()", "6")]
    [InlineData("class A { #x = 2; m() { this.#x **= 3; this.#x ??= 0; this.#x ||= 5; return this.#x--; } } new A().m()", "8")]
    [InlineData("class A { #m() { return this.v; } v = 7; call() { return this.#m(); } } new A().call()", "7")]
    [InlineData("class A { get #g() { return this.v * 2; } set #g(x) { this.v = x; } v = 1; run() { this.#g = 5; return this.#g; } } new A().run()", "10")]
    [InlineData("class A { static #s = 'S'; static #sm() { return A.#s; } static get() { return this.#sm(); } } A.get()", "S")]
    [InlineData("class A { #x = 1; static has(o) { return #x in o; } } A.has(new A()) + ',' + A.has({})", "true,false")]
    [InlineData("class A { #x = 1; static keys(o) { return Object.getOwnPropertyNames(o).length + JSON.stringify(o); } } A.keys(new A())", "0{}")]
    [InlineData("class A { #x = 'outer'; m() { const o = this; return new (class { #y = 'inner'; r() { return o.#x + this.#y; } })().r(); } } new A().m()", "outerinner")]
    [InlineData("class A { #x = 'outer'; m() { const o = this; return new (class { #x = 'inner'; r() { try { return o.#x; } catch (e) { return this.#x; } } })().r(); } } new A().m()", "inner")]
    [InlineData("class A { #x = 0; set(v) { [this.#x] = [v]; ({ y: this.#x } = { y: this.#x + 1 }); return this.#x; } } new A().set(4)", "5")]
    [InlineData("class A { #x = 1; static read(o) { return o?.#x; } } String(A.read(null)) + A.read(new A())", "undefined1")]
    // Each evaluation of a class body makes new private names.
    [InlineData("const make = () => class { #x = 1; static has(o) { return #x in o; } }; const A = make(), B = make(); A.has(new A()) + ',' + A.has(new B())", "true,false")]
    // Private fields can be added to non-extensible objects (return override), once.
    [InlineData("class B { constructor(o) { return o; } } class A extends B { #f = 1; static get(o) { return o.#f; } } const o = Object.preventExtensions({}); new A(o); A.get(o)", "1")]
    public void Private_names(string source, string expected) => Assert.Equal(expected, Js.Eval(source));

    [Theory]
    [InlineData("class A { #x; static r(o) { return o.#x; } } A.r({});", "TypeError: Cannot read private member #x from an object whose class did not declare it")]
    [InlineData("class A { #x; static w(o) { o.#x = 1; } } A.w({});", "TypeError: Cannot write private member #x to an object whose class did not declare it")]
    [InlineData("class A { #m() {} w() { this.#m = 1; } } new A().w();", "TypeError: Private method '#m' is not writable")]
    [InlineData("class A { set #s(v) {} r() { return this.#s; } } new A().r();", "TypeError: '#s' was defined without a getter")]
    [InlineData("class A { get #g() { return 1; } w() { this.#g = 1; } } new A().w();", "TypeError: '#g' was defined without a setter")]
    [InlineData("class A { #m() {} static c(o) { o.#m(); } } A.c({});", "TypeError: Receiver must be an instance of class A")]
    [InlineData("class A { #x; static h(o) { return #x in o; } } A.h(1);", "TypeError: Cannot use 'in' operator to search for '#x' in 1")]
    [InlineData("class B { constructor(o) { return o; } } class A extends B { #f; } const o = {}; new A(o); new A(o);", "TypeError: Cannot initialize #f twice on the same object")]
    [InlineData("class B { constructor(o) { return o; } } class A extends B { #m() {} } const o = {}; new A(o); new A(o);", "TypeError: Cannot initialize private methods of class A twice on the same object")]
    [InlineData("class A { static x = A.y.z; }", "TypeError: Cannot read properties of undefined (reading 'z')")]
    [InlineData("class A { m() { A = 1; } } new A().m();", "TypeError: Assignment to constant variable.")]
    [InlineData("class B { constructor() { this.x = 1; } } class A extends B { constructor() { const f = () => super(); f(); f(); } } new A();", "ReferenceError: Super constructor may only be called once")]
    public void Errors(string source, string expected) => Assert.Equal(expected, Js.Throws(source));

    [Theory]
    [InlineData("let log = []; class A { static a = log.push('a'); static { log.push('block:' + (this === A)); } static b = log.push('b'); } log.join()", "a,block:true,b")]
    [InlineData("var v = 'outer'; class A { static { var v = 'inner'; } } v", "outer")]
    [InlineData("class B { static who() { return 'B'; } } class A extends B { static { this.r = super.who(); } } A.r", "B")]
    [InlineData("let r; class A { static #p = 1; static { r = A.#p + this.#p; } } r", "2")]
    public void Static_blocks(string source, string expected) => Assert.Equal(expected, Js.Eval(source));

    [Theory]
    [InlineData("function t(s, ...v) { return s.join('|') + v.join(); } t`a${1}b${2}c`", "a|b|c1,2")]
    [InlineData("function t(s) { return s.raw[0] + s.length + s.raw.length; } t`\\n\\x`", "\\n\\x11")]
    [InlineData("function t(s) { return String(s[0]) + ':' + s.raw[0]; } t`\\unicode`", "undefined:\\unicode")]
    [InlineData("const f = s => s; const a = []; for (let i = 0; i < 3; i++) a.push(f`x`); (a[0] === a[2]) + ',' + Object.isFrozen(a[0]) + Object.isFrozen(a[0].raw)", "true,truetrue")]
    [InlineData("const f = s => s; (f`x` === f`x`) + ''", "false")]
    [InlineData("const o = { v: 3, t(s, x) { return this.v + x; } }; o.t`${4}` + ',' + o['t']`${1}`", "7,4")]
    [InlineData("class A { #t(s) { return this instanceof A; } run() { return this.#t`x`; } } new A().run()", "true")]
    [InlineData("String.raw`a\\n${1}b`", "a\\n1b")]
    public void Tagged_templates(string source, string expected) => Assert.Equal(expected, Js.Eval(source));
}
