using System.Linq;
using Aot.Engine.Parsing;
using Aot.Engine.Parsing.Ast;
using Xunit;

namespace Aot.Engine.Tests.Parsing;

/// <summary>Node shapes and positions.</summary>
public class ParserTests
{
    [Fact]
    public void BinaryPrecedenceAndPositions()
    {
        var prog = P.Script("a + b * c");
        var stmt = Assert.IsType<ExpressionStatement>(Assert.Single(prog.Body));
        var add = Assert.IsType<BinaryExpression>(stmt.Expression);
        Assert.Equal(NodeKind.BinaryExpression, add.Kind);
        Assert.Equal(BinaryOperator.Plus, add.Operator);
        var mul = Assert.IsType<BinaryExpression>(add.Right);
        Assert.Equal(BinaryOperator.Multiply, mul.Operator);
        Assert.Equal((0, 9), (add.Start, add.End));
        Assert.Equal((4, 9), (mul.Start, mul.End));
        Assert.Equal(1, mul.Line);
        Assert.Equal(4, mul.Column);
    }

    [Fact]
    public void LeftAssociativityAndExponentRightAssociativity()
    {
        var sub = (BinaryExpression)((ExpressionStatement)P.Script("a - b - c").Body[0]).Expression;
        Assert.IsType<BinaryExpression>(sub.Left);
        Assert.IsType<Identifier>(sub.Right);
        var pow = (BinaryExpression)((ExpressionStatement)P.Script("a ** b ** c").Body[0]).Expression;
        Assert.IsType<Identifier>(pow.Left);
        Assert.Equal(BinaryOperator.Exponent, ((BinaryExpression)pow.Right).Operator);
    }

    [Fact]
    public void LinesAndColumnsAcrossLines()
    {
        var prog = P.Script("var x = 1;\n  let y = 2;");
        var second = Assert.IsType<VariableDeclaration>(prog.Body[1]);
        Assert.Equal(VariableKind.Let, second.DeclarationKind);
        Assert.Equal(2, second.Line);
        Assert.Equal(2, second.Column);
        Assert.Equal("y", ((Identifier)second.Declarations[0].Id).Name);
    }

    [Fact]
    public void LogicalAndNullish()
    {
        var e = ((ExpressionStatement)P.Script("a ?? (b || c)").Body[0]).Expression;
        var l = Assert.IsType<LogicalExpression>(e);
        Assert.Equal(LogicalOperator.NullishCoalescing, l.Operator);
        Assert.True(l.Right.IsParenthesized);
    }

    [Fact]
    public void DirectivesAndStrictness()
    {
        var prog = P.Script("'use strict'; x");
        Assert.True(prog.Strict);
        Assert.Equal("use strict", ((ExpressionStatement)prog.Body[0]).Directive);
        Assert.Null(((ExpressionStatement)prog.Body[1]).Directive);
        var escaped = P.Script("'use\\x20strict'; with (a) {}");
        Assert.False(escaped.Strict);
        Assert.True(((Literal)((ExpressionStatement)escaped.Body[0]).Expression).HasEscapes);
    }

    [Fact]
    public void FunctionFlags()
    {
        var f = Assert.IsType<FunctionDeclaration>(P.Script("async function* f(a, b) { 'use strict'; return this.x + arguments[0]; }").Body[0]);
        Assert.True(f.Flags.HasFlag(Engine.Parsing.Ast.FunctionFlags.Async));
        Assert.True(f.Flags.HasFlag(Engine.Parsing.Ast.FunctionFlags.Generator));
        Assert.True(f.Flags.HasFlag(Engine.Parsing.Ast.FunctionFlags.Strict));
        Assert.True(f.Flags.HasFlag(Engine.Parsing.Ast.FunctionFlags.HasUseStrictDirective));
        Assert.True(f.Flags.HasFlag(Engine.Parsing.Ast.FunctionFlags.SimpleParameterList));
        Assert.True(f.Flags.HasFlag(Engine.Parsing.Ast.FunctionFlags.UsesThis));
        Assert.True(f.Flags.HasFlag(Engine.Parsing.Ast.FunctionFlags.UsesArguments));
        var g = Assert.IsType<FunctionDeclaration>(P.Script("function g({a}, ...r) { eval('1'); }").Body[0]);
        Assert.False(g.Flags.HasFlag(Engine.Parsing.Ast.FunctionFlags.SimpleParameterList));
        Assert.True(g.Flags.HasFlag(Engine.Parsing.Ast.FunctionFlags.UsesEval));
        Assert.False(g.Flags.HasFlag(Engine.Parsing.Ast.FunctionFlags.Strict));
        Assert.IsType<ObjectPattern>(g.Params[0]);
        Assert.IsType<RestElement>(g.Params[1]);
    }

    [Fact]
    public void ArrowFunctionsFromCoverGrammar()
    {
        var a = Assert.IsType<ArrowFunctionExpression>(((ExpressionStatement)P.Script("(a, [b], {c = 1}, ...d) => a").Body[0]).Expression);
        Assert.Equal(4, a.Params.Length);
        Assert.IsType<Identifier>(a.Params[0]);
        Assert.IsType<ArrayPattern>(a.Params[1]);
        var obj = Assert.IsType<ObjectPattern>(a.Params[2]);
        var prop = Assert.IsType<Property>(obj.Properties[0]);
        Assert.True(prop.Shorthand);
        Assert.IsType<AssignmentPattern>(prop.Value);
        Assert.IsType<RestElement>(a.Params[3]);
        Assert.True(a.IsExpressionBody);
        var asyncArrow = Assert.IsType<ArrowFunctionExpression>(((ExpressionStatement)P.Script("async (x) => { await x; }").Body[0]).Expression);
        Assert.True(asyncArrow.Async);
        var call = Assert.IsType<CallExpression>(((ExpressionStatement)P.Script("async (x)").Body[0]).Expression);
        Assert.Equal("async", ((Identifier)call.Callee).Name);
    }

    [Fact]
    public void DestructuringAssignmentBecomesPattern()
    {
        var asg = Assert.IsType<AssignmentExpression>(((ExpressionStatement)P.Script("[a, {b: c.d, e = 1}, ...f] = g").Body[0]).Expression);
        var arr = Assert.IsType<ArrayPattern>(asg.Left);
        Assert.IsType<ObjectPattern>(arr.Elements[1]);
        Assert.IsType<RestElement>(arr.Elements[2]);
        Assert.IsType<MemberExpression>(((Property)((ObjectPattern)arr.Elements[1]!).Properties[0]).Value);
    }

    [Fact]
    public void OptionalChainIsWrapped()
    {
        var chain = Assert.IsType<ChainExpression>(((ExpressionStatement)P.Script("a?.b.c()").Body[0]).Expression);
        var call = Assert.IsType<CallExpression>(chain.Expression);
        var member = Assert.IsType<MemberExpression>(call.Callee);
        Assert.True(((MemberExpression)member.Object).Optional);
        Assert.False(member.Optional);
    }

    [Fact]
    public void RegexVersusDivision()
    {
        var prog = P.Script("a = b / c / d; e = /x/g.test(f)");
        var div = (BinaryExpression)((AssignmentExpression)((ExpressionStatement)prog.Body[0]).Expression).Right;
        Assert.Equal(BinaryOperator.Divide, div.Operator);
        var call = (CallExpression)((AssignmentExpression)((ExpressionStatement)prog.Body[1]).Expression).Right;
        var re = (Literal)((MemberExpression)call.Callee).Object;
        Assert.Equal(LiteralKind.RegExp, re.LiteralKind);
        Assert.Equal("x", re.StringValue);
        Assert.Equal("g", re.RegexFlags);
    }

    [Fact]
    public void Templates()
    {
        var t = Assert.IsType<TemplateLiteral>(((ExpressionStatement)P.Script("`a${b}c${d}e`").Body[0]).Expression);
        Assert.Equal(new[] { "a", "c", "e" }, t.Quasis.Select(q => q.Cooked).ToArray());
        Assert.Equal(2, t.Expressions.Length);
        Assert.True(t.Quasis[2].Tail);
        var tagged = Assert.IsType<TaggedTemplateExpression>(((ExpressionStatement)P.Script("tag`\\unicode`").Body[0]).Expression);
        Assert.Null(tagged.Quasi.Quasis[0].Cooked);
        Assert.Equal("\\unicode", tagged.Quasi.Quasis[0].Raw);
        P.ScriptError("`\\unicode`");
    }

    [Fact]
    public void ClassElements()
    {
        var cls = Assert.IsType<ClassDeclaration>(P.Script("class A extends B { #x = 1; static y; constructor() { super(); } get #x2() { return this.#x; } static { this.z = 1; } static async *m() {} }").Body[0]);
        var els = cls.Body.Body;
        Assert.IsType<PropertyDefinition>(els[0]);
        Assert.IsType<PrivateIdentifier>(((PropertyDefinition)els[0]).Key);
        Assert.True(((PropertyDefinition)els[1]).Static);
        var ctor = Assert.IsType<MethodDefinition>(els[2]);
        Assert.Equal(MethodKind.Constructor, ctor.MethodKind);
        Assert.True(ctor.Value.Flags.HasFlag(Engine.Parsing.Ast.FunctionFlags.DerivedConstructor));
        Assert.Equal(MethodKind.Get, ((MethodDefinition)els[3]).MethodKind);
        Assert.IsType<StaticBlock>(els[4]);
        var m = (MethodDefinition)els[5];
        Assert.True(m.Static && m.Value.Async && m.Value.Generator);
    }

    [Fact]
    public void ContextualKeywordsAsIdentifiers()
    {
        P.Script("var let = 1, async = 2, of = 3, yield = 4, await = 5, static = 6; async(); let\nfoo");
        P.Script("({ get: 1, set: 2, async: 3, get a() { return 1; }, set a(v) {}, async b() {}, *c() {} })");
        var body = P.Script("class C { get; set; static; async; accessorx }").Body;
        Assert.Equal(5, ((ClassDeclaration)body[0]).Body.Body.Length);
    }

    [Fact]
    public void ModuleForms()
    {
        var prog = P.Module("""
            import def, * as ns from "a";
            import { x as y, "str" as z } from "b" with { type: "json" };
            import defer * as lazy from "c";
            import source wasm from "d";
            export { y as "q", z };
            export * as all from "e";
            export default class {}
            export const k = import.meta;
            await import("f", { with: {} });
            """);
        Assert.Equal(SourceType.Module, prog.SourceType);
        Assert.True(prog.Strict);
        var i2 = Assert.IsType<ImportDeclaration>(prog.Body[1]);
        Assert.Equal("json", i2.Attributes[0].Value.StringValue);
        Assert.Equal(ImportPhase.Defer, ((ImportDeclaration)prog.Body[2]).Phase);
        Assert.Equal(ImportPhase.Source, ((ImportDeclaration)prog.Body[3]).Phase);
        var ex = Assert.IsType<ExportNamedDeclaration>(prog.Body[4]);
        Assert.Equal("q", ((Literal)ex.Specifiers[0].Exported).StringValue);
        Assert.IsType<ExportAllDeclaration>(prog.Body[5]);
        Assert.IsType<ClassDeclaration>(((ExportDefaultDeclaration)prog.Body[6]).Declaration);
        var awaitStmt = (ExpressionStatement)prog.Body[8];
        var imp = Assert.IsType<ImportExpression>(Assert.IsType<AwaitExpression>(awaitStmt.Expression).Argument);
        Assert.NotNull(imp.Options);
    }

    [Fact]
    public void ExplicitResourceManagement()
    {
        var prog = P.Module("using a = x; await using b = y; for (using c of d) {} for (await using e of f) {} { using g = h; }");
        Assert.Equal(VariableKind.Using, ((VariableDeclaration)prog.Body[0]).DeclarationKind);
        Assert.Equal(VariableKind.AwaitUsing, ((VariableDeclaration)prog.Body[1]).DeclarationKind);
        P.Script("function f() { using x = y; } using\nx; for (using of x);");
    }

    [Fact]
    public void HashbangAndHtmlComments()
    {
        Assert.Single(P.Script("#!/usr/bin/env aot\nx").Body);
        Assert.Single(P.Script("x\n<!-- comment\n--> also comment").Body);
        P.ModuleError("x\n--> not a comment in modules");
    }

    [Fact]
    public void AsiRestrictedProductions()
    {
        var body = P.Script("function f() { return\n1 }").Body;
        var ret = (ReturnStatement)((FunctionDeclaration)body[0]).Body.Body[0];
        Assert.Null(ret.Argument);
        var upd = P.Script("a\n++b").Body;
        Assert.Equal(2, upd.Length);
        Assert.True(((UpdateExpression)((ExpressionStatement)upd[1]).Expression).Prefix);
        Assert.Equal(2, P.Script("do x; while (0) y").Body.Length);
        P.ScriptError("a => \n 1 ? 2"); // not a restricted case, just invalid
        P.ScriptError("(a)\n=> 1");
        P.ScriptError("throw\nerr");
    }

    [Fact]
    public void LongFlatInputParsesIteratively()
    {
        const int n = 100_000;
        var plus = "a" + string.Concat(Enumerable.Repeat("+a", n));
        var e = ((ExpressionStatement)P.Script(plus).Body[0]).Expression;
        Assert.IsType<BinaryExpression>(e);
        Assert.Equal(n, P.Script(string.Concat(Enumerable.Repeat("a;", n))).Body.Length);
        P.Script("a" + string.Concat(Enumerable.Repeat(".b", n)));
        P.Script("a" + string.Concat(Enumerable.Repeat("()", n)));
    }

    [Fact]
    public void DecoratorsAndAutoAccessors()
    {
        var cls = Assert.IsType<ClassDeclaration>(P.Script("@a.b @(c) @d(1) class C { @e m() {} @f static accessor x = 1; accessor\ny; }").Body[0]);
        Assert.Equal(3, cls.Decorators.Length);
        Assert.IsType<CallExpression>(cls.Decorators[2]);
        Assert.Single(((MethodDefinition)cls.Body.Body[0]).Decorators);
        var acc = Assert.IsType<PropertyDefinition>(cls.Body.Body[1]);
        Assert.True(acc.IsAccessor && acc.Static);
        Assert.False(((PropertyDefinition)cls.Body.Body[2]).IsAccessor); // `accessor` then newline: a field named accessor
        P.Module("@dec export class A {} export @dec class B {} export default @dec class {}");
        P.ScriptError("class C { @dec static {} }");
        P.ScriptError("@dec function f() {}");
        P.ScriptError("class C { accessor constructor; }");
    }
}
