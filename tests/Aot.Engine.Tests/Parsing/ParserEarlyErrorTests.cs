using Aot.Engine.Parsing;
using Xunit;

namespace Aot.Engine.Tests.Parsing;

/// <summary>Early errors, by family: each case pairs invalid input with a close valid variant.</summary>
public class ParserEarlyErrorTests
{
    [Theory]
    [InlineData("let a; let a;", "let a; { let a; }")]
    [InlineData("let a; var a;", "var a; var a;")]
    [InlineData("const a = 1; function a() {}", "function a() {} function a() {}")]
    [InlineData("{ let a; var a; }", "{ let a; } var a;")]
    [InlineData("switch (x) { case 1: let a; case 2: let a; }", "switch (x) { case 1: let a; } let a;")]
    [InlineData("try {} catch (e) { let e; }", "try {} catch (e) { var e; }")]
    [InlineData("try {} catch ([e]) { var e; }", "try {} catch (e) { { let e; } }")]
    [InlineData("try {} catch (e) { for (var e of []); }", "try {} catch (e) { for (var e in []); }")]
    [InlineData("function f(a) { let a; }", "function f(a) { var a; }")]
    [InlineData("'use strict'; { function f() {} function f() {} }", "{ function f() {} function f() {} }")]
    [InlineData("{ function f() {} function* f() {} }", "{ function f() {} } function* f() {}")]
    [InlineData("let let = 1;", "var let = 1;")]
    [InlineData("for (let a of b) { var a; }", "for (let a of b) { let a; }")]
    public void DeclarationConflicts(string invalid, string valid)
    {
        var e = P.ScriptError(invalid);
        Assert.True(e.Message.Contains("already been declared") || e.Message.Contains("let"), e.Message);
        P.Script(valid);
    }

    [Fact]
    public void RedeclarationErrorPointsAtSecondBinding()
    {
        var e = P.ScriptError("let a = 1;\nconst a = 2;");
        Assert.Equal("Identifier 'a' has already been declared", e.Message);
        Assert.Equal(2, e.Line);
        Assert.Equal(6, e.Column);
        Assert.Equal(17, e.Offset);
    }

    [Theory]
    [InlineData("with (a) {}")]
    [InlineData("delete x;")]
    [InlineData("var eval;")]
    [InlineData("arguments = 1;")]
    [InlineData("eval++;")]
    [InlineData("var yield;")]
    [InlineData("var implements;")]
    [InlineData("010")]
    [InlineData("'\\07'")]
    [InlineData("function f(a, a) {}")]
    [InlineData("if (a) function f() {}")]
    [InlineData("l: function f() {}")]
    [InlineData("({ eval } = x)")]
    [InlineData("function f(eval) {}")]
    public void StrictModeOnly(string src)
    {
        P.Script(src);
        P.ScriptError(src, strict: true);
        P.ScriptError("'use strict'; " + src);
    }

    [Fact]
    public void UseStrictAppliesRetroactively()
    {
        P.ScriptError("function eval() { 'use strict'; }");
        P.ScriptError("function f(a, a) { 'use strict'; }");
        P.ScriptError("function f(yield) { 'use strict'; }");
        P.ScriptError("function f() { '\\07'; 'use strict'; }");
        var e = P.ScriptError("function f(a = 1) { 'use strict'; }");
        Assert.Contains("non-simple parameter list", e.Message);
        P.Script("function f() { 'use strict'; } with (a) {}");
    }

    [Fact]
    public void OctalMessages()
    {
        var e = P.ScriptError("'use strict'; var x = 010;");
        Assert.Equal("Octal literals are not allowed in strict mode.", e.Message);
        Assert.Equal(22, e.Column);
    }

    [Theory]
    [InlineData("return 1;", "Illegal return statement")]
    [InlineData("break;", "Illegal break statement")]
    [InlineData("continue;", "Illegal continue statement: no surrounding iteration statement")]
    [InlineData("while (1) { break x; }", "Undefined label 'x'")]
    [InlineData("x: { continue x; }", "Illegal continue statement: 'x' does not denote an iteration statement")]
    [InlineData("x: x: ;", "Label 'x' has already been declared")]
    [InlineData("x: while (1) { (function () { break x; }); }", "Undefined label 'x'")]
    public void ControlFlowErrors(string src, string message)
    {
        Assert.Equal(message, P.ScriptError(src).Message);
    }

    [Fact]
    public void ControlFlowValid()
    {
        P.Script("x: y: while (1) { continue x; } a: { break a; } switch (1) { case 1: break; } do continue; while (0)");
        Parser.ParseScript("return 1", new ParseOptions { AllowReturnOutsideFunction = true });
    }

    [Theory]
    [InlineData("a = 1 = 2")]
    [InlineData("1 = 2")]
    [InlineData("a + b = c")]
    [InlineData("({a}) = 1")]
    [InlineData("[(a = 1)] = 2")]
    [InlineData("({a = 1})")]
    [InlineData("[...a, b] = c")]
    [InlineData("[...a,] = c")]
    [InlineData("({...{a}} = b)")]
    [InlineData("a?.b = 1")]
    [InlineData("a?.b++")]
    [InlineData("++a?.b")]
    [InlineData("(a, b) = 1")]
    [InlineData("({get a(){}} = 1)")]
    [InlineData("() => {} = 1")]
    [InlineData("for ((a = 1) of b);")]
    [InlineData("f() = 1")]
    public void InvalidAssignmentTargets(string src) => P.ScriptError(src);

    [Theory]
    [InlineData("(a) = 1")]
    [InlineData("[(a)] = 1")]
    [InlineData("[(a.b)] = 1")]
    [InlineData("({a: (b)} = 1)")]
    [InlineData("({a = 1} = {})")]
    [InlineData("({a = 1}) => a")]
    [InlineData("[{a = 1}] = [{}]")]
    [InlineData("({__proto__: a, __proto__: b} = {})")]
    [InlineData("for ({a = 1} of b);")]
    [InlineData("for ([a, b] in c);")]
    public void ValidAssignmentTargets(string src) => P.Script(src);

    [Theory]
    [InlineData("({__proto__: 1, __proto__: 2})")]
    [InlineData("-a ** b")]
    [InlineData("a ?? b || c")]
    [InlineData("a && b ?? c")]
    [InlineData("new a?.b()")]
    [InlineData("a?.`x`")]
    [InlineData("a?.b`x`")]
    [InlineData("(a,) ")]
    [InlineData("(...a)")]
    [InlineData("(...a, b) => 1")]
    [InlineData("((a)) => 1")]
    [InlineData("([a.b]) => 1")]
    [InlineData("(a, a) => 1")]
    [InlineData("async (a, a) => 1")]
    [InlineData("let [a] ")]
    [InlineData("for (let of x);")]
    [InlineData("for (async of x);")]
    [InlineData("for (let.x of y);")]
    [InlineData("for (var a = 1 of b);")]
    [InlineData("for (let a = 1 in b);")]
    [InlineData("if (a) let x = 1;")]
    [InlineData("while (a) function f() {}")]
    [InlineData("if (a) function* g() {}")]
    [InlineData("if (a) async function g() {}")]
    [InlineData("l\\u0065t x = 1")]
    [InlineData("\\u0061sync function f() {}")]
    [InlineData("var \\u0069f;")]
    [InlineData("enum = 1")]
    [InlineData("new.target")]
    [InlineData("function* g() { function* h(a = yield) {} }")]
    [InlineData("function* g(a = yield) {}")]
    [InlineData("async function f(a = await 1) {}")]
    [InlineData("async function f() { (a = await 1) => a; }")]
    [InlineData("function* g() { (a = yield) => a; }")]
    [InlineData("async (await) => 1")]
    [InlineData("async function f() { var await; }")]
    [InlineData("function* g() { var yield; }")]
    [InlineData("({ get a(b) {} })")]
    [InlineData("({ set a() {} })")]
    [InlineData("({ set a(...b) {} })")]
    [InlineData("a\n=> 1")]
    [InlineData("async a\n=> 1")]
    [InlineData("import.meta")]
    [InlineData("import x from 'y'")]
    [InlineData("export var a;")]
    [InlineData("using x = y;")]
    [InlineData("function f() { using {a} = b; }")]
    [InlineData("function f() { for (using x in y); }")]
    [InlineData("function f() { switch (a) { case 1: using x = y; } }")]
    public void MiscScriptErrors(string src) => P.ScriptError(src);

    [Theory]
    [InlineData("(a, b) => 1")]
    [InlineData("(a = 1, {b}, [c], ...d) => 1")]
    [InlineData("async(a, b)")]
    [InlineData("async\n(a) => 1", false)]
    [InlineData("for (let in x);")]
    [InlineData("for (async of => {};;);")]
    [InlineData("for (var a = 1 in b);")]
    [InlineData("if (a) function f() {} else function g() {}")]
    [InlineData("l: function f() {}")]
    [InlineData("function* g() { yield\n/re/; yield* a; }")]
    [InlineData("async function f() { await x; for await (a of b); }")]
    [InlineData("function f() { new.target; () => new.target; }")]
    [InlineData("yield = 1; await = 2;")]
    [InlineData("a ?? (b || c); (a && b) ?? c")]
    [InlineData("(-a) ** b; a ** -b; ++a ** 2")]
    [InlineData("x = {__proto__: 1, ['__proto__']: 2, __proto__() {}}")]
    [InlineData("let\nfoo")]
    [InlineData("a?.b?.[c]?.(d)")]
    public void MiscScriptValid(string src, bool expectValid = true)
    {
        if (expectValid) P.Script(src);
        else P.ScriptError(src);
    }

    [Theory]
    [InlineData("class A { constructor() {} constructor() {} }")]
    [InlineData("class A { get constructor() {} }")]
    [InlineData("class A { *constructor() {} }")]
    [InlineData("class A { async constructor() {} }")]
    [InlineData("class A { constructor = 1 }")]
    [InlineData("class A { #constructor() {} }")]
    [InlineData("class A { static prototype() {} }")]
    [InlineData("class A { static prototype = 1 }")]
    [InlineData("class A { #a; #a; }")]
    [InlineData("class A { get #a() {} static set #a(v) {} }")]
    [InlineData("class A { m() { this.#b; } }")]
    [InlineData("this.#a")]
    [InlineData("class A { constructor() { super(); } }")]
    [InlineData("class A extends B { m() { super(); } }")]
    [InlineData("function f() { super.x; }")]
    [InlineData("class A { x = arguments; }")]
    [InlineData("class A { x = () => arguments; }")]
    [InlineData("class A { static { arguments; } }")]
    [InlineData("class A { static { await; } }")]
    [InlineData("class A { static { return; } }")]
    [InlineData("class A { m() { delete this.#x; } #x; }")]
    [InlineData("class let {}")]
    [InlineData("class A { m() { with (a) {} } }")]
    [InlineData("class A extends B { constructor() { new super(); } }")]
    public void ClassErrors(string src) => P.ScriptError(src);

    [Fact]
    public void ClassValid()
    {
        P.Script("class A { get #a() {} set #a(v) {} static #b; m() { return #b in A && this.#a; } }");
        P.Script("class A extends B { constructor() { super(); () => super.x; } static m() { super.m(); } }");
        P.Script("class A { #x; m() { class B { n() { this.#x; } } } }");
        P.Script("class A { x = function () { arguments; }; static { var await2; new.target; } 'constructor'() {} }");
        P.Script("class A { static constructor() {} static async *prototype2() {} get() {} set() {} static() {} async() {} }");
        P.Script("class A { constructor() {} ['constructor']() {} }");
    }

    [Theory]
    [InlineData("export { a }; export { a as b }; var a;", true)]
    [InlineData("export { a }; export { b as a }; var a, b;", false)]
    [InlineData("export default 1; export default 2;", false)]
    [InlineData("export default 1; var x; export { x as default };", false)]
    [InlineData("export { undeclared };", false)]
    [InlineData("export { x as y } from 'z';", true)]
    [InlineData("export { 'a' as b } from 'z';", true)]
    [InlineData("export { 'a' as b };", false)]
    [InlineData("import { 'a' as b } from 'z';", true)]
    [InlineData("import { 'a' } from 'z';", false)]
    [InlineData("import a from 'x'; let a;", false)]
    [InlineData("function f() {} var f;", false)]
    [InlineData("import x from 'y' with { type: 'json', type: 'json' };", false)]
    [InlineData("var await;", false)]
    [InlineData("await 1;", true)]
    [InlineData("function f() { await 1; }", false)]
    [InlineData("new.target", false)]
    [InlineData("import.meta.url", true)]
    [InlineData("label: { break label; }", true)]
    [InlineData("'\\07'", false)]
    [InlineData("{ export var a; }", false)]
    [InlineData("using x = y; await using z = w;", true)]
    [InlineData("export let [a, {b}] = c; export { a as c }", true)]
    [InlineData("export let [a, {b}] = c; export { a as b }", false)]
    public void ModuleRules(string src, bool valid)
    {
        if (valid) P.Module(src);
        else P.ModuleError(src);
    }

    [Fact]
    public void UndeclaredExportMessage()
    {
        var e = P.ModuleError("export { nope };");
        Assert.Equal("Export 'nope' is not defined in module", e.Message);
        Assert.Equal(9, e.Column);
    }

    [Fact]
    public void UnexpectedTokenMessages()
    {
        Assert.Equal("Unexpected end of input", P.ScriptError("a +").Message);
        Assert.Equal("Unexpected identifier 'foo'", P.ScriptError("a foo").Message);
        Assert.Equal("Unexpected token ')'", P.ScriptError("a )").Message);
        Assert.Equal("Unexpected number", P.ScriptError("a 1").Message);
        Assert.Equal("Unexpected string", P.ScriptError("a 'x'").Message);
        Assert.Equal("Unexpected strict mode reserved word", P.ScriptError("'use strict'; var static;").Message);
        Assert.Equal("Invalid left-hand side in assignment", P.ScriptError("1 = 2").Message);
        Assert.Equal("Private field '#x' must be declared in an enclosing class", P.ScriptError("class A { m() { this.#x } }").Message);
        var e = P.ScriptError("var a = 1;\nvar b = );");
        Assert.Equal(2, e.Line);
        Assert.Equal(8, e.Column);
    }

    [Fact]
    public void AwaitOutsideAsyncFunctionSaysSoInScripts()
    {
        var e = P.ScriptError("function f() {\n  const x = await g();\n}");
        Assert.Equal("await is only valid in async functions and the top level bodies of modules", e.Message);
        Assert.Equal((2, 12), (e.Line, e.Column));
        // `await` is an ordinary identifier in sloppy scripts: a call of it is fine.
        P.Script("function f() { return await(1); }");
    }
}
