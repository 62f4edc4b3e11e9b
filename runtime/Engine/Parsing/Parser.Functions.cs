using System.Collections.Generic;
using System.Collections.Immutable;
using Aot.Engine.Parsing.Ast;

namespace Aot.Engine.Parsing;

// ECMA-262 §15.1 Parameter Lists, §15.2 Function Definitions, §15.3 Arrow Functions, §15.5-15.9 generators and async.
public sealed partial class Parser
{
    private readonly Stack<HashSet<string>> clashSetFree = new();

    private static ScopeFlags FunctionScopeFlags(bool isAsync, bool isGenerator)
        => ScopeFlags.Function | (isAsync ? ScopeFlags.Async : 0) | (isGenerator ? ScopeFlags.Generator : 0);

    private static FunctionFlags BaseFlags(bool isAsync, bool isGenerator)
        => (isAsync ? FunctionFlags.Async : 0) | (isGenerator ? FunctionFlags.Generator : 0);

    private void CheckYieldAwaitInDefaultParams()
    {
        if (yieldPos >= 0 && (awaitPos < 0 || yieldPos < awaitPos)) Raise("Yield expression not allowed in formal parameter", yieldPos);
        if (awaitPos >= 0) Raise("Illegal await-expression in formal parameters of async function", awaitPos);
    }

    private static bool IsSimpleParamList(ImmutableArray<Node> ps)
    {
        foreach (var p in ps) if (p is not Identifier) return false;
        return true;
    }

    /// <summary>ECMA-262 §15.1.1 / §15.2.1: declares parameters; duplicates are errors unless sloppy simple lists of
    /// plain functions.</summary>
    private void CheckParams(ImmutableArray<Node> ps, bool allowDuplicates)
    {
        HashSet<string>? clashes = null;
        if (!allowDuplicates) clashes = clashSetFree.Count > 0 ? clashSetFree.Pop() : new HashSet<string>();
        foreach (var p in ps) CheckLValInnerPattern(p, BindingKind.Var, clashes);
        if (clashes != null) { clashes.Clear(); clashSetFree.Push(clashes); }
    }

    private ImmutableArray<Node> ToParams(List<Node?> list)
    {
        var builder = ImmutableArray.CreateBuilder<Node>(list.Count);
        foreach (var p in list) builder.Add(p!);
        nullableNodePool.Return(list);
        return builder.MoveToImmutable();
    }

    private ImmutableArray<Node> ParseFormalParameters()
    {
        Expect(TokenKind.LeftParen);
        var ps = ToParams(ParseBindingList(TokenKind.RightParen, false, true));
        CheckYieldAwaitInDefaultParams();
        return ps;
    }

    /// <summary>Function body `{ ... }` in the current (function) scope. Handles the directive prologue and the
    /// retroactive strict-mode checks of name and parameters (ECMA-262 §15.2.1, §11.2.2).</summary>
    private BlockStatement ParseFunctionBody(Identifier? id, ImmutableArray<Node> ps, bool isArrow, bool isMethod, ref FunctionFlags flags)
    {
        var m = Mark();
        Expect(TokenKind.LeftBrace);
        int oldLabelBase = labelBase;
        labelBase = labels.Count;
        bool oldStrict = strict;
        bool simple = IsSimpleParamList(ps);
        var body = statementPool.Rent();
        bool useStrict = ParseDirectivePrologue(body);
        if (useStrict)
        {
            flags |= FunctionFlags.HasUseStrictDirective;
            if (!simple) Raise("Illegal 'use strict' directive in function with non-simple parameter list", m.Start);
        }
        CheckParams(ps, !strict && !isArrow && !isMethod && simple);
        if (strict && id != null) CheckLValSimple(id, BindingKind.Outside, null);
        while (tok.Kind != TokenKind.RightBrace)
        {
            if (tok.Kind == TokenKind.EndOfFile) Unexpected();
            body.Add(ParseStatementListItem(false));
        }
        Next();
        if (strict) flags |= FunctionFlags.Strict;
        if (simple) flags |= FunctionFlags.SimpleParameterList;
        strict = oldStrict;
        labelBase = oldLabelBase;
        return new BlockStatement(Span(m), statementPool.ToImmutableAndReturn(body));
    }

    /// <summary>FunctionExpression / GeneratorExpression / AsyncFunctionExpression / AsyncGeneratorExpression;
    /// `function` (and `async`) already consumed.</summary>
    private FunctionExpression ParseFunctionExpression(Marker m, bool isAsync)
    {
        EnterRecursion();
        bool isGenerator = Eat(TokenKind.Star);
        int oldYield = yieldPos, oldAwait = awaitPos, oldAwaitIdent = awaitIdentPos;
        yieldPos = awaitPos = awaitIdentPos = -1;
        EnterScope(FunctionScopeFlags(isAsync, isGenerator));
        Identifier? id = tok.Kind == TokenKind.Identifier ? ParseIdent(false) : null;
        var flags = BaseFlags(isAsync, isGenerator);
        var ps = ParseFormalParameters();
        var body = ParseFunctionBody(id, ps, false, false, ref flags);
        flags |= CurrentScope.Uses;
        ExitScope();
        yieldPos = oldYield; awaitPos = oldAwait; awaitIdentPos = oldAwaitIdent;
        LeaveRecursion();
        return new FunctionExpression(Span(m), id, ps, body, flags);
    }

    /// <summary>Function/generator/async declarations; `function` not yet consumed when <paramref name="isAsync"/> is
    /// false... callers consume `async` and `function`. <paramref name="hanging"/>: Annex B labelled or if-body
    /// function (not a declaration in the enclosing scope; generators/async forbidden).</summary>
    private FunctionDeclaration ParseFunctionStatement(Marker m, bool isAsync, bool hanging, bool nullableId)
    {
        EnterRecursion();
        if (hanging && tok.Kind == TokenKind.Star) Unexpected();
        bool isGenerator = Eat(TokenKind.Star);
        Identifier? id = null;
        if (!nullableId || tok.Kind == TokenKind.Identifier)
        {
            id = ParseIdent(false);
            if (!hanging)
            {
                var kind = (strict || isGenerator || isAsync)
                    ? (TreatFunctionsAsVar ? BindingKind.Var : BindingKind.Lexical)
                    : BindingKind.Function;
                CheckLValSimple(id, kind, null);
            }
        }
        int oldYield = yieldPos, oldAwait = awaitPos, oldAwaitIdent = awaitIdentPos;
        yieldPos = awaitPos = awaitIdentPos = -1;
        EnterScope(FunctionScopeFlags(isAsync, isGenerator));
        var flags = BaseFlags(isAsync, isGenerator);
        var ps = ParseFormalParameters();
        var body = ParseFunctionBody(id, ps, false, false, ref flags);
        flags |= CurrentScope.Uses;
        ExitScope();
        yieldPos = oldYield; awaitPos = oldAwait; awaitIdentPos = oldAwaitIdent;
        LeaveRecursion();
        return new FunctionDeclaration(Span(m), id, ps, body, flags);
    }

    /// <summary>Method, getter, setter, class constructor (object literals and classes): ECMA-262 §15.4.</summary>
    private FunctionExpression ParseMethod(bool isGenerator, bool isAsync, bool allowDirectSuper, FunctionFlags extra)
    {
        EnterRecursion();
        var m = Mark();
        int oldYield = yieldPos, oldAwait = awaitPos, oldAwaitIdent = awaitIdentPos;
        yieldPos = awaitPos = awaitIdentPos = -1;
        EnterScope(FunctionScopeFlags(isAsync, isGenerator) | ScopeFlags.Super | (allowDirectSuper ? ScopeFlags.DirectSuper : 0));
        var flags = BaseFlags(isAsync, isGenerator) | FunctionFlags.Method | extra;
        var ps = ParseFormalParameters();
        var body = ParseFunctionBody(null, ps, false, true, ref flags);
        flags |= CurrentScope.Uses;
        ExitScope();
        yieldPos = oldYield; awaitPos = oldAwait; awaitIdentPos = oldAwaitIdent;
        LeaveRecursion();
        return new FunctionExpression(Span(m), null, ps, body, flags);
    }

    /// <summary>ECMA-262 §15.3 / §15.9: an arrow function whose parameters were parsed as an expression list
    /// (cover grammar) and `=>` consumed.</summary>
    private ArrowFunctionExpression ParseArrowFromList(Marker m, List<Node> exprList, bool isAsync, bool noIn)
    {
        EnterRecursion();
        int oldYield = yieldPos, oldAwait = awaitPos, oldAwaitIdent = awaitIdentPos;
        yieldPos = awaitPos = awaitIdentPos = -1;
        EnterScope(FunctionScopeFlags(isAsync, false) | ScopeFlags.Arrow);
        var builder = ImmutableArray.CreateBuilder<Node>(exprList.Count);
        for (int i = 0; i < exprList.Count; i++)
        {
            var p = ToAssignable(exprList[i], true);
            if (p is RestElement && i != exprList.Count - 1) RaiseAt("Rest parameter must be last formal parameter", p);
            builder.Add(p);
        }
        nodePool.Return(exprList);
        var ps = builder.MoveToImmutable();
        var flags = BaseFlags(isAsync, false) | FunctionFlags.Arrow;
        Node body;
        if (tok.Kind == TokenKind.LeftBrace)
        {
            body = ParseFunctionBody(null, ps, true, false, ref flags);
        }
        else
        {
            body = ParseMaybeAssign(noIn);
            CheckParams(ps, false);
            flags |= FunctionFlags.ExpressionBody;
            if (strict) flags |= FunctionFlags.Strict;
            if (IsSimpleParamList(ps)) flags |= FunctionFlags.SimpleParameterList;
        }
        flags |= CurrentScope.Uses;
        ExitScope();
        yieldPos = oldYield; awaitPos = oldAwait; awaitIdentPos = oldAwaitIdent;
        LeaveRecursion();
        return new ArrowFunctionExpression(Span(m), ps, body, flags);
    }

    /// <summary>ECMA-262 §13.2.1 CoverParenthesizedExpressionAndArrowParameterList.</summary>
    private Expression ParseParenAndDistinguish(bool canBeArrow, bool noIn)
    {
        EnterRecursion();
        var m = Mark();
        Next();
        var innerMark = Mark();
        var list = nodePool.Rent();
        bool first = true, lastIsComma = false;
        int spreadStart = -1;
        var de = RentDE();
        int oldYield = yieldPos, oldAwait = awaitPos;
        yieldPos = awaitPos = -1;
        while (tok.Kind != TokenKind.RightParen)
        {
            if (first) first = false;
            else Expect(TokenKind.Comma);
            if (tok.Kind == TokenKind.RightParen) { lastIsComma = true; break; }
            if (tok.Kind == TokenKind.Ellipsis)
            {
                spreadStart = tok.Start;
                var rm = Mark();
                Next();
                var arg = ParseBindingAtom();
                list.Add(new RestElement(Span(rm), arg));
                if (tok.Kind == TokenKind.Comma) RaiseAtToken("Rest parameter must be last formal parameter");
                break;
            }
            list.Add(ParseMaybeAssign(false, de));
        }
        int innerEnd = lastEnd;
        Expect(TokenKind.RightParen);
        if (canBeArrow && !CanInsertSemicolon() && tok.Kind == TokenKind.Arrow)
        {
            Next();
            CheckYieldAwaitInDefaultParams();
            yieldPos = oldYield; awaitPos = oldAwait;
            ReturnDE(de);
            LeaveRecursion();
            return ParseArrowFromList(m, list, false, noIn);
        }
        if (list.Count == 0 || lastIsComma) UnexpectedAt(lastStart);
        if (spreadStart >= 0) UnexpectedAt(spreadStart);
        CheckExpressionErrors(de, true);
        ReturnDE(de);
        if (oldYield >= 0) yieldPos = oldYield;
        if (oldAwait >= 0) awaitPos = oldAwait;
        Expression val;
        if (list.Count > 1)
        {
            var exprs = ImmutableArray.CreateBuilder<Expression>(list.Count);
            foreach (var e in list) exprs.Add((Expression)e);
            val = new SequenceExpression(SpanTo(innerMark, innerEnd), exprs.MoveToImmutable());
        }
        else val = (Expression)list[0];
        nodePool.Return(list);
        val.IsParenthesized = true;
        LeaveRecursion();
        return val;
    }
}
