using Xunit;

namespace Aot.Engine.Tests.Interpreting;

/// <summary>The language slice the interpreter runs, one behaviour per case, checked against node's results.</summary>
public sealed class LanguageTests
{
    [Theory]
    [InlineData("1 + 2 * 3", "7")]
    [InlineData("'a' + 1 + 2", "a12")]
    [InlineData("1 + 2 + 'a'", "3a")]
    [InlineData("'5' * '2'", "10")]
    [InlineData("0.1 + 0.2", "0.30000000000000004")]
    [InlineData("1e21", "1e+21")]
    [InlineData("1 / 3", "0.3333333333333333")]
    [InlineData("-1e-7", "-1e-7")]
    [InlineData("123456789012345680000", "123456789012345680000")]
    [InlineData("7 % -3", "1")]
    [InlineData("2 ** 10", "1024")]
    [InlineData("(-1) >>> 0", "4294967295")]
    [InlineData("1 << 31", "-2147483648")]
    [InlineData("~5", "-6")]
    [InlineData("'b' > 'a'", "true")]
    [InlineData("null == undefined", "true")]
    [InlineData("null === undefined", "false")]
    [InlineData("NaN == NaN", "false")]
    [InlineData("'1' == 1", "true")]
    [InlineData("[1,2] + ''", "1,2")]
    [InlineData("({}) + ''", "[object Object]")]
    [InlineData("({ valueOf() { return 42; } }) * 2", "84")]
    [InlineData("({ toString() { return 'x'; } }) + 'y'", "xy")]
    [InlineData("+'  12  '", "12")]
    [InlineData("+'0x1f'", "31")]
    [InlineData("+'1e3'", "1000")]
    [InlineData("+'12px'", "NaN")]
    [InlineData("typeof null", "object")]
    [InlineData("typeof function(){}", "function")]
    [InlineData("typeof undeclared", "undefined")]
    [InlineData("typeof 1n", "bigint")]
    [InlineData("2n ** 64n", "18446744073709551616")]
    [InlineData("null ?? 'd'", "d")]
    [InlineData("0 || 'x'", "x")]
    [InlineData("0 && 'x'", "0")]
    [InlineData("let o = { a: { b: 1 } }; o?.a?.b + (o.z?.y === undefined)", "2")]
    [InlineData("let a = 1; a ||= 2; let b = null; b ??= 3; a + b", "4")]
    [InlineData("`a${1 + 1}b${'c'}`", "a2bc")]
    public void Operators_and_coercions(string source, string expected) => Assert.Equal(expected, Js.Eval(source));

    [Theory]
    [InlineData("var s = 0; for (var i = 0; i < 5; i++) s += i; s", "10")]
    [InlineData("let s = ''; let i = 0; while (i < 3) { s += i; i++; } s", "012")]
    [InlineData("let s = ''; let i = 0; do { s += i; } while (++i < 3); s", "012")]
    [InlineData("let s = ''; for (const x of [1, 2, 3]) s += x; s", "123")]
    [InlineData("let s = ''; for (const k in { a: 1, b: 2 }) s += k; s", "ab")]
    [InlineData("let s = ''; for (const c of 'héllo') s += c + '.'; s", "h.é.l.l.o.")]
    [InlineData("let s = ''; outer: for (let i = 0; i < 3; i++) { for (let j = 0; j < 3; j++) { if (j == 1) continue outer; if (i == 2) break outer; s += i + '' + j + ' '; } } s", "00 10 ")]
    [InlineData("let r; switch (2) { case 1: r = 'one'; break; case 2: r = 'two'; case 3: r += '!'; break; default: r = 'd'; } r", "two!")]
    [InlineData("let x = 5; if (x > 3) { x = 'big'; } else { x = 'small'; } x", "big")]
    [InlineData("let n = 0; b: { n = 1; break b; n = 2; } n", "1")]
    public void Statements(string source, string expected) => Assert.Equal(expected, Js.Eval(source));

    [Fact]
    public void Closures_in_loops_get_a_fresh_let_binding_per_iteration()
    {
        Assert.Equal("0,1,2", Js.Eval("const fs = []; for (let i = 0; i < 3; i++) fs.push(() => i); fs.map(f => f()).join()"));
        Assert.Equal("3,3,3", Js.Eval("const fs = []; for (var i = 0; i < 3; i++) fs.push(() => i); fs.map(f => f()).join()"));
        Assert.Equal("a,b", Js.Eval("const fs = []; for (const x of ['a', 'b']) fs.push(() => x); fs.map(f => f()).join()"));
        Assert.Equal("0,1", Js.Eval("const fs = []; let i = 0; while (i < 2) { let j = i; fs.push(() => j); i++; } fs.map(f => f()).join()"));
        Assert.Equal("1,2,3", Js.Eval("const fs = []; for (let i = 0; i < 3; i++) { fs.push(() => i); i++; i--; } fs.map(f => f() + 1).join()"));
    }

    [Theory]
    [InlineData("function f(a, b = a + 1, ...r) { return [a, b, r.length, arguments.length].join(); } f(1) + '|' + f(1, 5, 6, 7)", "1,2,0,1|1,5,2,4")]
    [InlineData("const add = (a, b) => a + b; add(2, 3)", "5")]
    [InlineData("function counter() { let n = 0; return () => ++n; } const c = counter(); c(); c(); c()", "3")]
    [InlineData("const o = { v: 7, get() { return this.v; } }; o.get()", "7")]
    [InlineData("const o = { v: 7, f() { return [1].map(() => this.v)[0]; } }; o.f()", "7")]
    [InlineData("function P(x) { this.x = x; } P.prototype.d = function () { return this.x * 2; }; new P(4).d()", "8")]
    [InlineData("function f() { return typeof this; } f()", "object")]
    [InlineData("function f() { 'use strict'; return typeof this; } f()", "undefined")]
    [InlineData("const f = function fact(n) { return n <= 1 ? 1 : n * fact(n - 1); }; f(5)", "120")]
    [InlineData("function f() { return f.name + f.length; } f()", "f0")]
    [InlineData("const g = function (a, b) {}; g.name + g.length", "g2")]
    [InlineData("function f(x) { return x; } f.call(null, 1) + f.apply(null, [2]) + f.bind(null, 3)()", "6")]
    [InlineData("Math.max(...[1, 9, 3], 4)", "9")]
    [InlineData("[...[1, 2], ...'ab', 3].join()", "1,2,a,b,3")]
    [InlineData("hoisted(); function hoisted() { return 'ok'; } hoisted()", "ok")]
    [InlineData("const { a, b: { c = 5 } = {}, ...rest } = { a: 1, d: 4, e: 5 }; [a, c, Object.keys(rest)].join()", "1,5,d,e")]
    [InlineData("const [x, , y = 9, ...zs] = [1, 2, undefined, 4, 5]; [x, y, zs].join()", "1,9,4,5")]
    [InlineData("let a = 1, b = 2; [a, b] = [b, a]; a * 10 + b", "21")]
    public void Functions(string source, string expected) => Assert.Equal(expected, Js.Eval(source));

    [Theory]
    [InlineData("const o = { a: 1 }; o.b = 2; o['c'] = 3; delete o.a; Object.keys(o).join()", "b,c")]
    [InlineData("const o = { 2: 'x', b: 1, 1: 'y', a: 2 }; Object.keys(o).join()", "1,2,b,a")]
    [InlineData("'a' in { a: 1 }", "true")]
    [InlineData("[] instanceof Array", "true")]
    [InlineData("const a = [1, 2, 3]; a.length = 1; a.push(9, 8); a.join('-') + ':' + a.pop()", "1-9-8:8")]
    [InlineData("const a = []; a[5] = 1; a.length + ':' + (2 in a)", "6:false")]
    [InlineData("const a = [3, 1, 2]; a.sort().join() + a.sort((x, y) => y - x).join()", "1,2,33,2,1")]
    [InlineData("[1, 2, 3, 4].filter(x => x % 2).map(x => x * 10).reduce((a, b) => a + b)", "40")]
    [InlineData("[1, [2, 3]].toString()", "1,2,3")]
    [InlineData("Array.from({ length: 3 }, (_, i) => i * i).join()", "0,1,4")]
    [InlineData("' a,b ,c '.trim().split(',').map(s => s.trim().toUpperCase()).join('')", "ABC")]
    [InlineData("'abc'.slice(-2) + 'abc'.indexOf('c') + 'x'.padStart(3, '-') + 'ab'.repeat(2)", "bc2--xabab")]
    [InlineData("'a-b-c'.replaceAll('-', '+') + 'a-b'.replace('-', (m) => '[' + m + ']')", "a+b+ca[-]b")]
    [InlineData("const o = Object.freeze({ x: 1 }); o.x = 2; o.x", "1")]
    [InlineData("const o = {}; Object.defineProperty(o, 'x', { get() { return 42; } }); o.x", "42")]
    [InlineData("Object.getPrototypeOf(Object.create(null)) === null", "true")]
    [InlineData("Object.entries({ a: 1, b: 2 }).map(([k, v]) => k + v).join()", "a1,b2")]
    [InlineData("Object.assign({}, { a: 1 }, null, { b: 2 }).b", "2")]
    [InlineData("({ ...{ a: 1, b: 2 }, b: 3 }).b", "3")]
    [InlineData("const s = Symbol('k'); const o = { [s]: 1 }; o[s] + typeof s + s.toString()", "1symbolSymbol(k)")]
    [InlineData("const o = { ['x' + 1]: 2 }; o.x1", "2")]
    [InlineData("Object.prototype.toString.call([]) + Object.prototype.toString.call(null)", "[object Array][object Null]")]
    public void Objects_and_arrays(string source, string expected) => Assert.Equal(expected, Js.Eval(source));

    [Theory]
    [InlineData("class A { constructor(x) { this.x = x; } get dbl() { return this.x * 2; } static make() { return new A(3); } } A.make().dbl", "6")]
    [InlineData("class A { m() { return 'A'; } } class B extends A { m() { return 'B' + super.m(); } } new B().m()", "BA")]
    [InlineData("class A { constructor(v) { this.v = v; } } class B extends A { constructor() { super(5); this.w = this.v + 1; } } new B().w", "6")]
    [InlineData("class A { constructor(v) { this.v = v; } } class B extends A {} new B(7).v", "7")]
    [InlineData("class A {} class B extends A {} const b = new B(); (b instanceof A) + ',' + (Object.getPrototypeOf(B) === A)", "true,true")]
    [InlineData("class E extends Error { constructor(m) { super(m); this.name = 'E'; } } const e = new E('x'); e instanceof Error && e.message + e.name", "xE")]
    [InlineData("class A { ['m' + 1]() { return 1; } } new A().m1()", "1")]
    [InlineData("class A { constructor() { this.f = () => this.x; this.x = 4; } } new A().f()", "4")]
    public void Classes(string source, string expected) => Assert.Equal(expected, Js.Eval(source));

    [Theory]
    [InlineData("let r = []; try { r.push(1); throw 2; } catch (e) { r.push(e); } finally { r.push(3); } r.join()", "1,2,3")]
    [InlineData("function f() { try { return 'try'; } finally { g = 'finally ran'; } } var g; f() + ' ' + g", "try finally ran")]
    [InlineData("function f() { for (const x of [1, 2]) { try { continue; } finally { n++; } } return n; } var n = 0; f()", "2")]
    [InlineData("let r = ''; for (let i = 0; i < 3; i++) { try { if (i == 1) break; r += i; } finally { r += 'f'; } } r", "0ff")]
    [InlineData("function f() { try { throw 1; } catch { return 'c'; } finally { r = 'f'; } } var r; f() + r", "cf")]
    [InlineData("let r; try { try { throw new Error('in'); } finally { r = 'f'; } } catch (e) { r += e.message; } r", "fin")]
    [InlineData("let r = ''; const it = { [Symbol.iterator]() { let i = 0; return { next: () => ({ done: i > 5, value: i++ }), return() { r += 'closed'; return {}; } }; } }; for (const x of it) { r += x; if (x == 2) break; } r", "012closed")]
    [InlineData("try { undefinedName; } catch (e) { e.name + ': ' + e.message }", "ReferenceError: undefinedName is not defined")]
    [InlineData("try { null.x; } catch (e) { e.message }", "Cannot read properties of null (reading 'x')")]
    [InlineData("try { (void 0)(); } catch (e) { e.constructor.name }", "TypeError")]
    public void Exceptions(string source, string expected) => Assert.Equal(expected, Js.Eval(source));

    [Theory]
    [InlineData("x; let x = 1;", "ReferenceError: Cannot access 'x' before initialization")]
    [InlineData("function f() { return y; } f(); const y = 1;", "ReferenceError: Cannot access 'y' before initialization")]
    [InlineData("{ f(); let z = 1; function f() { return z; } }", "ReferenceError: Cannot access 'z' before initialization")]
    [InlineData("const c = 1; c = 2;", "TypeError: Assignment to constant variable.")]
    [InlineData("'use strict'; undeclaredVar = 1;", "ReferenceError: undeclaredVar is not defined")]
    [InlineData("class A { constructor() { this.x = 1; } } A();", "TypeError: Class constructor A cannot be invoked without 'new'")]
    [InlineData("class B extends Object { constructor() { this.x = 1; } } new B();", "ReferenceError: Must call super constructor in derived class before accessing 'this' or returning from derived constructor")]
    [InlineData("null.foo;", "TypeError: Cannot read properties of null (reading 'foo')")]
    [InlineData("let q = 1; q();", "TypeError: 1 is not a function")]
    [InlineData("throw new RangeError('r');", "RangeError: r")]
    [InlineData("'use strict'; Object.freeze([1]).push(2);", "TypeError: Cannot add property 1, object is not extensible")]
    public void Errors(string source, string expected) => Assert.Equal(expected, Js.Throws(source));

    [Fact]
    public void Print_collects_output_in_order()
    {
        var js = new Js();
        js.Run("for (let i = 0; i < 3; i++) print('line', i);");
        Assert.Equal(["line 0", "line 1", "line 2"], js.Printed);
    }

    [Fact]
    public void Script_globals_persist_across_scripts_of_a_realm()
    {
        var js = new Js();
        js.Run("var v = 1; let l = 2; function fn() { return v + l; }");
        Assert.Equal("3", Aot.Engine.Objects.Operations.ToString(js.Run("fn()")));
        Assert.Equal("SyntaxError: Identifier 'l' has already been declared", ThrowsIn(js, "let l = 3;"));
    }

    private static string ThrowsIn(Js js, string source)
    {
        try { js.Run(source); }
        catch (Aot.Engine.Objects.JsException e)
        {
            var v = e.GetValue(js.Realm).AsObject();
            return v.Get("name").AsString() + ": " + v.Get("message").AsString();
        }
        return "no exception";
    }
}
