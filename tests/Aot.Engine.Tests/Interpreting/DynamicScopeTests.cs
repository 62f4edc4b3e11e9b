using Xunit;

namespace Aot.Engine.Tests.Interpreting;

/// <summary>Direct/indirect eval (ECMA-262 §19.2.1), `with` (§14.11), CreateDynamicFunction (§20.2.1.1.1),
/// mapped arguments (§10.4.4) and Annex B.3.2 block functions; expected values checked with node.</summary>
public sealed class DynamicScopeTests
{
    [Theory]
    [InlineData("function f(a) { var x = 1; let y = 2; return eval('a + x + y'); } f(10)", "13")]
    [InlineData("function f() { eval('var z = 3'); return z; } f()", "3")]
    [InlineData("function f() { var g = () => q; eval('var q = 4'); return g(); } f()", "4")]
    [InlineData("function f() { eval('var d = 1'); return delete d && typeof d; } f()", "undefined")]
    [InlineData("function f() { 'use strict'; eval('var s = 1'); return typeof s; } f()", "undefined")]
    [InlineData("function f() { return eval('arguments.length'); } f(1, 2, 3)", "3")]
    [InlineData("function f() { return eval('this.v'); } f.call({ v: 'this' })", "this")]
    [InlineData("function F() { this.t = eval('new.target === F'); } new F().t", "true")]
    [InlineData("var o = { m() { return eval('super.toString === Object.prototype.toString'); } }; o.m()", "true")]
    [InlineData("let lex = 5; eval('lex * 2')", "10")]
    [InlineData("function f() { var x = 'local'; return (0, eval)('typeof x'); } f()", "undefined")]
    [InlineData("(0, eval)('var madeGlobal = 1'); Object.getOwnPropertyDescriptor(globalThis, 'madeGlobal').configurable", "true")]
    [InlineData("eval('let inner = 1'); typeof inner", "undefined")]
    [InlineData("function f() { return eval('eval(\"var deep = 7\"); deep'); } f()", "7")]
    [InlineData("var e = {}; eval(e) === e", "true")]
    [InlineData("eval('1; if (false) 2;')", "undefined")]
    [InlineData("eval('1; for (var i = 0; i < 2; i++) i * 10;')", "10")]
    public void Eval(string source, string expected) => Assert.Equal(expected, Js.Eval(source));

    [Theory]
    [InlineData("(function () { let c = 1; { eval('var c = 2'); } })()", "SyntaxError: Identifier 'c' has already been declared")]
    [InlineData("let taken = 1; eval('var taken')", "SyntaxError: Identifier 'taken' has already been declared")]
    [InlineData("eval('let x = ;')", "SyntaxError: Unexpected token ';'")]
    [InlineData("with (null) {}", "TypeError: Cannot convert undefined or null to object")]
    [InlineData("Function('}; function anonymous() {')", "SyntaxError: Single function literal required")]
    public void Errors(string source, string expected) => Assert.Equal(expected, Js.Throws(source));

    /// <summary>Where V8 deviates from the spec, test262 follows the spec and so do we.</summary>
    [Theory]
    // §19.2.1.3: eval in a parameter list may not declare `arguments` (node allows it).
    [InlineData("function f(p = eval('var arguments')) {} try { f(); 'no error' } catch (e) { e.name }", "SyntaxError")]
    [InlineData("var f = (p = eval('var q'), q) => {}; try { f(); 'no error' } catch (e) { e.name }", "SyntaxError")]
    // §9.1.1.2.5 SetMutableBinding: the binding object was resolved before the right-hand side deleted
    // the property, so sloppy assignment recreates it there (node writes the outer binding).
    [InlineData("var o = { v: 1 }; with (o) { v = (delete o.v, 2); } o.v", "2")]
    public void SpecOverNode(string source, string expected) => Assert.Equal(expected, Js.Eval(source));

    [Theory]
    [InlineData("var o = { p: 1 }; with (o) { p = 2; } o.p", "2")]
    [InlineData("var o = { p: 1 }; with (o) { p += 41; var r = p; } r", "42")]
    [InlineData("var o = { f() { return this === o; } }; with (o) f()", "true")]
    [InlineData("var x = 'outer'; var o = { x: 'inner', [Symbol.unscopables]: { x: true } }; with (o) x", "outer")]
    [InlineData("function f() { var i = 0; with ({}) { i++; i += 2; } return i; } f()", "3")]
    [InlineData("var o = { n: 0 }; var get; with (o) { get = () => n; } o.n = 5; get()", "5")]
    [InlineData("var o = { q: 1 }; with (o) { delete q; } 'q' in o", "false")]
    [InlineData("var o = { t: 'in o' }; with (o) typeof t", "string")]
    public void With(string source, string expected) => Assert.Equal(expected, Js.Eval(source));

    [Theory]
    [InlineData("new Function('a', 'b', 'return a + b')(2, 3)", "5")]
    [InlineData("Function('a,b', 'c', 'return a + b + c').length", "3")]
    [InlineData("String(Function('a', 'return a'))", "function anonymous(a\n) {\nreturn a\n}")]
    [InlineData("Function('return this')() === globalThis", "true")]
    [InlineData("Function('return typeof anonymous')()", "undefined")]
    [InlineData("var G = Object.getPrototypeOf(function* () {}).constructor; [...G('yield 1; yield 2')()].join()", "1,2")]
    [InlineData("function /* c */ f(a) { return a; } f.toString()", "function /* c */ f(a) { return a; }")]
    [InlineData("class A { static /* s */ m() {} } A.m.toString()", "m() {}")]
    [InlineData("class B { get x() { return 1; } } Object.getOwnPropertyDescriptor(B.prototype, 'x').get.toString()", "get x() { return 1; }")]
    [InlineData("class C {} C.toString()", "class C {}")]
    [InlineData("Math.max.toString()", "function max() { [native code] }")]
    [InlineData("typeof (function () {}).caller", "undefined")]
    [InlineData("try { (function () { 'use strict'; }).caller; } catch (e) { e.name }", "TypeError")]
    public void DynamicFunctions(string source, string expected) => Assert.Equal(expected, Js.Eval(source));

    [Theory]
    [InlineData("function f(a, b) { arguments[0] = 9; b = 8; return [a, arguments[1]].join(); } f(1, 2)", "9,8")]
    [InlineData("function f(a) { 'use strict'; arguments[0] = 9; return a; } f(1)", "1")]
    [InlineData("function f(a) { delete arguments[0]; arguments[0] = 9; return a; } f(1)", "1")]
    [InlineData("function f(a) { Object.defineProperty(arguments, '0', { writable: false }); a = 9; return arguments[0]; } f(1)", "1")]
    [InlineData("function f(a, a) { arguments[0] = 7; return a; } f(1, 2)", "2")]
    [InlineData("function f(a) { a = 3; return arguments[0]; } f()", "undefined")]
    public void MappedArguments(string source, string expected) => Assert.Equal(expected, Js.Eval(source));

    [Theory]
    [InlineData("function f() { var before = typeof g; { function g() {} } return before + ',' + typeof g; } f()", "undefined,function")]
    [InlineData("function f() { if (true) function g() {} return typeof g; } f()", "function")]
    [InlineData("function f() { let g = 1; { function g() {} } return g; } f()", "1")]
    [InlineData("{ function topLevel() {} } typeof topLevel", "function")]
    [InlineData("function f() { eval('{ function h() {} }'); return typeof h; } f()", "function")]
    [InlineData("function f() { 'use strict'; { function g() {} } return typeof g; } f()", "undefined")]
    public void AnnexBBlockFunctions(string source, string expected) => Assert.Equal(expected, Js.Eval(source));
}
