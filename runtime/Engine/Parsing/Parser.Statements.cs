using System.Collections.Generic;
using Aot.Engine.Parsing.Ast;

namespace Aot.Engine.Parsing;

// ECMA-262 §14 Statements and Declarations.
public sealed partial class Parser
{
    /// <summary>Where a statement appears: declarations are only allowed in statement lists (None); Annex B
    /// allows sloppy function declarations as an if-body (If) or labelled item (Label).</summary>
    private enum StatementContext : byte { None, If, Label, Other }

    private readonly Pool<VariableDeclarator> declaratorPool = new();
    private readonly Pool<SwitchCase> switchCasePool = new();

    private Statement ParseStatementListItem(bool topLevel) => ParseStatement(StatementContext.None, topLevel, false);

    private Statement ParseStatement(StatementContext ctx, bool topLevel = false, bool inSwitchCase = false)
    {
        EnterRecursion();
        var s = ParseStatementInner(ctx, topLevel, inSwitchCase);
        LeaveRecursion();
        return s;
    }

    private Statement ParseStatementInner(StatementContext ctx, bool topLevel, bool inSwitchCase)
    {
        var m = Mark();
        switch (tok.Kind)
        {
            case TokenKind.Break:
            case TokenKind.Continue:
                return ParseBreakContinue(m, tok.Kind == TokenKind.Break);
            case TokenKind.Debugger:
                Next();
                Semicolon();
                return new DebuggerStatement(Span(m));
            case TokenKind.Do:
                return ParseDoWhile(m);
            case TokenKind.For:
                return ParseFor(m);
            case TokenKind.Function:
                if (ctx != StatementContext.None && (strict || (ctx != StatementContext.If && ctx != StatementContext.Label)))
                    RaiseAtToken(strict
                        ? "In strict mode code, functions can only be declared at top level or inside a block."
                        : "In non-strict mode code, functions can only be declared at top level, inside a block, or as the body of an if statement.");
                Next();
                return ParseFunctionStatement(m, false, ctx != StatementContext.None, false);
            case TokenKind.Class:
                if (ctx != StatementContext.None) Unexpected();
                return (Statement)ParseClass(true, false);
            case TokenKind.At:
            {
                if (ctx != StatementContext.None) Unexpected();
                var decorators = ParseDecorators();
                if (tok.Kind == TokenKind.Export && inModule && topLevel) return ParseExport(m, decorators);
                if (tok.Kind != TokenKind.Class) Unexpected();
                return (Statement)ParseClass(true, false, decorators, m);
            }
            case TokenKind.If:
                return ParseIf(m);
            case TokenKind.Return:
                return ParseReturn(m);
            case TokenKind.Switch:
                return ParseSwitch(m);
            case TokenKind.Throw:
            {
                Next();
                if (tok.NewlineBefore) Raise("Illegal newline after throw", lastEnd);
                var arg = ParseExpression();
                Semicolon();
                return new ThrowStatement(Span(m), arg);
            }
            case TokenKind.Try:
                return ParseTry(m);
            case TokenKind.Const:
            {
                if (ctx != StatementContext.None) Unexpected();
                Next();
                var decl = ParseVar(m, VariableKind.Const, false);
                Semicolon();
                return decl;
            }
            case TokenKind.Var:
            {
                Next();
                var decl = ParseVar(m, VariableKind.Var, false);
                Semicolon();
                return decl;
            }
            case TokenKind.While:
                return ParseWhile(m);
            case TokenKind.With:
                return ParseWith(m);
            case TokenKind.LeftBrace:
                return ParseBlock(true);
            case TokenKind.Semicolon:
                Next();
                return new EmptyStatement(Span(m));
            case TokenKind.Import:
            {
                var next = Peek();
                if (next.Kind == TokenKind.LeftParen || next.Kind == TokenKind.Dot)
                    return ParseExpressionStatement(m, ParseExpression());
                if (!inModule) RaiseAtToken("Cannot use import statement outside a module");
                if (!topLevel) RaiseAtToken("Unexpected token 'import'");
                return ParseImport(m);
            }
            case TokenKind.Export:
                if (!inModule || !topLevel) RaiseAtToken("Unexpected token 'export'");
                return ParseExport(m);
            case TokenKind.Identifier:
            {
                if (IsLet(ctx))
                {
                    if (ctx != StatementContext.None) RaiseAtToken("Lexical declaration cannot appear in a single-statement context");
                    Next();
                    var decl = ParseVar(m, VariableKind.Let, false);
                    Semicolon();
                    return decl;
                }
                if (IsAsyncFunction())
                {
                    if (ctx != StatementContext.None) RaiseAtToken("Async functions can only be declared at the top level or inside a block.");
                    Next();
                    Next();
                    return ParseFunctionStatement(m, true, false, false);
                }
                var usingKind = UsingDeclarationKind(false);
                if (usingKind != null)
                {
                    if (ctx != StatementContext.None) RaiseAtToken("Lexical declaration cannot appear in a single-statement context");
                    if (inSwitchCase) RaiseAtToken("'using' declarations are not allowed directly in switch case clauses");
                    if (topLevel && !inModule) RaiseAtToken("'using' declarations are not allowed at the top level of a script");
                    if (usingKind == VariableKind.AwaitUsing) Next();
                    Next();
                    var decl = ParseVar(m, usingKind.Value, false);
                    Semicolon();
                    return decl;
                }
                var expr = ParseExpression();
                if (expr is Identifier id && !id.IsParenthesized && tok.Kind == TokenKind.Colon)
                    return ParseLabeled(m, id, ctx);
                return ParseExpressionStatement(m, expr);
            }
            default:
                return ParseExpressionStatement(m, ParseExpression());
        }
    }

    private ExpressionStatement ParseExpressionStatement(Marker m, Expression expr)
    {
        Semicolon();
        return new ExpressionStatement(Span(m), expr);
    }

    // ---------------------------------------------------------------- lookahead helpers

    /// <summary>ECMA-262 §14.3.1 / §14.7: does `let` start a LexicalDeclaration here? (`let [` always does.)</summary>
    private bool IsLet(StatementContext ctx)
    {
        if (!IsContextual("let")) return false;
        var next = Peek();
        if (next.Kind == TokenKind.LeftBracket) return true;
        if (ctx != StatementContext.None) return false;
        if (next.Kind == TokenKind.LeftBrace) return true;
        if (next.Kind == TokenKind.Identifier || next.Kind == TokenKind.EscapedKeyword)
        {
            // `let` newline `yield`/`await` etc. is still a declaration attempt, as in the spec grammar.
            return true;
        }
        return false;
    }

    /// <summary>`async` [no LineTerminator here] `function`.</summary>
    private bool IsAsyncFunction()
    {
        if (!IsContextual("async")) return false;
        var next = Peek();
        return next.Kind == TokenKind.Function && !next.NewlineBefore;
    }

    /// <summary>Explicit resource management: `using` [no LT] BindingIdentifier, `await` [no LT] `using` [no LT]
    /// BindingIdentifier. In a for head, `using of` is not a declaration.</summary>
    private VariableKind? UsingDeclarationKind(bool isFor)
    {
        if (tok.Kind != TokenKind.Identifier || tok.IsEscaped) return null;
        if (tok.Value == "using")
        {
            var next = Peek();
            if (next.NewlineBefore || next.Kind != TokenKind.Identifier) return null;
            if (isFor && next.Value == "of" && !next.IsEscaped)
            {
                // `for (using of ...` is a for-of head; `for (using of = x;;)` declares `of`.
                var (_, afterOf) = Peek2();
                return afterOf.Kind == TokenKind.Assign ? VariableKind.Using : null;
            }
            return VariableKind.Using;
        }
        if (tok.Value == "await" && CanAwait)
        {
            var (n1, n2) = Peek2();
            if (n1.NewlineBefore || n1.Kind != TokenKind.Identifier || n1.IsEscaped || n1.Value != "using") return null;
            if (n2.NewlineBefore || n2.Kind != TokenKind.Identifier) return null;
            return VariableKind.AwaitUsing;
        }
        return null;
    }

    // ---------------------------------------------------------------- declarations

    /// <summary>VariableDeclarationList / BindingList (ECMA-262 §14.3.1, §14.3.2); the keyword is consumed.</summary>
    private VariableDeclaration ParseVar(Marker m, VariableKind kind, bool isFor)
    {
        var list = declaratorPool.Rent();
        while (true)
        {
            var dm = Mark();
            Node id = kind is VariableKind.Using or VariableKind.AwaitUsing ? ParseIdent(false) : ParseBindingAtom();
            CheckLValPattern(id, kind == VariableKind.Var ? BindingKind.Var : BindingKind.Lexical, null);
            Expression? init = null;
            if (Eat(TokenKind.Assign)) init = ParseMaybeAssign(isFor);
            else
            {
                bool forInOf = isFor && (tok.Kind == TokenKind.In || IsContextual("of"));
                if (!forInOf)
                {
                    if (kind == VariableKind.Const) RaiseAtToken("Missing initializer in const declaration");
                    if (kind is VariableKind.Using or VariableKind.AwaitUsing) RaiseAtToken("Missing initializer in using declaration");
                    if (id is not Identifier) RaiseAtToken("Missing initializer in destructuring declaration");
                }
            }
            list.Add(new VariableDeclarator(Span(dm), id, init));
            if (!Eat(TokenKind.Comma)) break;
        }
        return new VariableDeclaration(Span(m), kind, declaratorPool.ToImmutableAndReturn(list));
    }

    // ---------------------------------------------------------------- blocks

    /// <summary>ECMA-262 §14.2 Block.</summary>
    private BlockStatement ParseBlock(bool newScope)
    {
        var m = Mark();
        Expect(TokenKind.LeftBrace);
        if (newScope) EnterScope(ScopeFlags.None);
        var body = statementPool.Rent();
        while (tok.Kind != TokenKind.RightBrace)
        {
            if (tok.Kind == TokenKind.EndOfFile) Unexpected();
            body.Add(ParseStatementListItem(false));
        }
        Next();
        if (newScope) ExitScope();
        return new BlockStatement(Span(m), statementPool.ToImmutableAndReturn(body));
    }

    // ---------------------------------------------------------------- control flow

    private Statement ParseIf(Marker m)
    {
        Next();
        var test = ParseParenExpression();
        var consequent = ParseStatement(StatementContext.If);
        Statement? alternate = Eat(TokenKind.Else) ? ParseStatement(StatementContext.If) : null;
        return new IfStatement(Span(m), test, consequent, alternate);
    }

    private Expression ParseParenExpression()
    {
        Expect(TokenKind.LeftParen);
        var e = ParseExpression();
        Expect(TokenKind.RightParen);
        return e;
    }

    private Statement ParseReturn(Marker m)
    {
        if (!InFunction && !(options.AllowReturnOutsideFunction && (CurrentVarScope.Flags & ScopeFlags.Top) != 0))
            RaiseAtToken("Illegal return statement");
        Next();
        Expression? arg = null;
        if (!Eat(TokenKind.Semicolon) && !CanInsertSemicolon())
        {
            arg = ParseExpression();
            Semicolon();
        }
        return new ReturnStatement(Span(m), arg);
    }

    private Statement ParseWith(Marker m)
    {
        if (strict) RaiseAtToken("Strict mode code may not include a with statement");
        Next();
        var obj = ParseParenExpression();
        var body = ParseStatement(StatementContext.Other);
        return new WithStatement(Span(m), obj, body);
    }

    private Statement ParseWhile(Marker m)
    {
        Next();
        var test = ParseParenExpression();
        labels.Push(null, LabelKind.Loop, m.Start);
        var body = ParseStatement(StatementContext.Other);
        labels.Pop();
        return new WhileStatement(Span(m), test, body);
    }

    private Statement ParseDoWhile(Marker m)
    {
        Next();
        labels.Push(null, LabelKind.Loop, m.Start);
        var body = ParseStatement(StatementContext.Other);
        labels.Pop();
        Expect(TokenKind.While);
        var test = ParseParenExpression();
        Eat(TokenKind.Semicolon); // ECMA-262 §12.10.1: a semicolon is inserted after do-while's ')' if needed
        return new DoWhileStatement(Span(m), body, test);
    }

    /// <summary>ECMA-262 §14.7.4 for, §14.7.5 for-in/for-of/for-await-of, with their early errors.</summary>
    private Statement ParseFor(Marker m)
    {
        Next();
        int awaitAt = -1;
        if (CanAwait && IsContextual("await"))
        {
            awaitAt = tok.Start;
            if (InClassStaticBlock) RaiseAtToken("Cannot use await in class static initialization block");
            Next();
        }
        labels.Push(null, LabelKind.Loop, m.Start);
        EnterScope(ScopeFlags.None);
        Expect(TokenKind.LeftParen);
        if (tok.Kind == TokenKind.Semicolon)
        {
            if (awaitAt >= 0) UnexpectedAt(awaitAt);
            return ParseForRest(m, null);
        }
        bool isLet = IsLet(StatementContext.None);
        if (tok.Kind == TokenKind.Var || tok.Kind == TokenKind.Const || isLet)
        {
            var dm = Mark();
            var kind = isLet ? VariableKind.Let : tok.Kind == TokenKind.Var ? VariableKind.Var : VariableKind.Const;
            Next();
            var init = ParseVar(dm, kind, true);
            return ParseForAfterDeclaration(m, init, awaitAt);
        }
        var usingKind = UsingDeclarationKind(true);
        if (usingKind != null)
        {
            var dm = Mark();
            if (usingKind == VariableKind.AwaitUsing) Next();
            Next();
            var init = ParseVar(dm, usingKind.Value, true);
            return ParseForAfterDeclaration(m, init, awaitAt);
        }
        bool startsWithLet = IsContextual("let");
        bool startsWithAsync = IsContextual("async");
        int initStart = tok.Start;
        var de = RentDE();
        Expression initExpr;
        if (awaitAt >= 0)
        {
            potentialArrowAt = -1;
            initExpr = ParseExprSubscripts(de, true);
        }
        else initExpr = ParseExpression(true, de);
        bool isForOf = IsContextual("of");
        if (tok.Kind == TokenKind.In || isForOf)
        {
            if (awaitAt >= 0 && tok.Kind == TokenKind.In) UnexpectedAt(awaitAt);
            if (isForOf && awaitAt < 0 && startsWithAsync && initExpr is Identifier { Name: "async", IsParenthesized: false } && initExpr.Start == initStart)
                RaiseAt("The left-hand side of a for-of loop may not be 'async'.", initExpr);
            if (startsWithLet && isForOf) RaiseAt("The left-hand side of a for-of loop may not start with 'let'.", initExpr);
            Node target;
            if (IsAnnexBCallTarget(initExpr)) target = initExpr;
            else
            {
                target = ToAssignable(initExpr, false);
                CheckLValPattern(target, BindingKind.None, null);
            }
            ReturnDE(de);
            return ParseForInOf(m, target, tok.Kind == TokenKind.In, awaitAt >= 0);
        }
        CheckExpressionErrors(de, true);
        ReturnDE(de);
        if (awaitAt >= 0) UnexpectedAt(awaitAt);
        return ParseForRest(m, initExpr);
    }

    private Statement ParseForAfterDeclaration(Marker m, VariableDeclaration init, int awaitAt)
    {
        bool isIn = tok.Kind == TokenKind.In;
        if ((isIn || IsContextual("of")) && init.Declarations.Length == 1)
        {
            if (isIn && awaitAt >= 0) UnexpectedAt(awaitAt);
            return ParseForInOf(m, init, isIn, awaitAt >= 0);
        }
        if (awaitAt >= 0) UnexpectedAt(awaitAt);
        if (init.DeclarationKind is VariableKind.Using or VariableKind.AwaitUsing)
        {
            foreach (var d in init.Declarations)
                if (d.Init == null) RaiseAt("Missing initializer in using declaration", d);
        }
        return ParseForRest(m, init);
    }

    private Statement ParseForRest(Marker m, Node? init)
    {
        Expect(TokenKind.Semicolon);
        var test = tok.Kind == TokenKind.Semicolon ? null : ParseExpression();
        Expect(TokenKind.Semicolon);
        var update = tok.Kind == TokenKind.RightParen ? null : ParseExpression();
        Expect(TokenKind.RightParen);
        var body = ParseStatement(StatementContext.Other);
        ExitScope();
        labels.Pop();
        return new ForStatement(Span(m), init, test, update, body);
    }

    private Statement ParseForInOf(Marker m, Node left, bool isForIn, bool isAwait)
    {
        if (left is VariableDeclaration vd)
        {
            var d = vd.Declarations[0];
            if (d.Init != null && (!isForIn || strict || vd.DeclarationKind != VariableKind.Var || d.Id is not Identifier))
                RaiseAt(isForIn ? "for-in loop variable declaration may not have an initializer." : "for-of loop variable declaration may not have an initializer.", vd);
            if (isForIn && vd.DeclarationKind is VariableKind.Using or VariableKind.AwaitUsing)
                RaiseAt("'using' declarations may not be used in a for-in loop", vd);
            if (!isForIn && vd.DeclarationKind == VariableKind.Var) CheckForOfVarAgainstCatch(d.Id);
        }
        Next();
        var right = isForIn ? ParseExpression() : ParseMaybeAssign();
        Expect(TokenKind.RightParen);
        var body = ParseStatement(StatementContext.Other);
        ExitScope();
        labels.Pop();
        return isForIn ? new ForInStatement(Span(m), left, right, body) : new ForOfStatement(Span(m), left, right, body, isAwait);
    }

    /// <summary>ECMA-262 §14.12 switch; case clauses share one block scope.</summary>
    private Statement ParseSwitch(Marker m)
    {
        Next();
        var disc = ParseParenExpression();
        Expect(TokenKind.LeftBrace);
        labels.Push(null, LabelKind.Switch, m.Start);
        EnterScope(ScopeFlags.None);
        var cases = switchCasePool.Rent();
        bool sawDefault = false;
        while (tok.Kind != TokenKind.RightBrace)
        {
            var cm = Mark();
            Expression? test = null;
            if (tok.Kind == TokenKind.Case)
            {
                Next();
                test = ParseExpression();
            }
            else if (tok.Kind == TokenKind.Default)
            {
                if (sawDefault) RaiseAtToken("More than one default clause in switch statement");
                sawDefault = true;
                Next();
            }
            else Unexpected();
            Expect(TokenKind.Colon);
            var body = statementPool.Rent();
            while (tok.Kind != TokenKind.Case && tok.Kind != TokenKind.Default && tok.Kind != TokenKind.RightBrace)
            {
                if (tok.Kind == TokenKind.EndOfFile) Unexpected();
                body.Add(ParseStatement(StatementContext.None, false, true));
            }
            cases.Add(new SwitchCase(Span(cm), test, statementPool.ToImmutableAndReturn(body)));
        }
        Next();
        ExitScope();
        labels.Pop();
        return new SwitchStatement(Span(m), disc, switchCasePool.ToImmutableAndReturn(cases));
    }

    /// <summary>ECMA-262 §14.15 try; the catch parameter and the catch block share one scope (§14.15.1).</summary>
    private Statement ParseTry(Marker m)
    {
        Next();
        var block = ParseBlock(true);
        CatchClause? handler = null;
        if (tok.Kind == TokenKind.Catch)
        {
            var cm = Mark();
            Next();
            Node? param = null;
            if (Eat(TokenKind.LeftParen))
            {
                param = ParseBindingAtom();
                bool simple = param is Identifier;
                EnterScope(simple ? ScopeFlags.SimpleCatch : ScopeFlags.None);
                CheckLValPattern(param, simple ? BindingKind.SimpleCatch : BindingKind.Lexical, null);
                Expect(TokenKind.RightParen);
            }
            else EnterScope(ScopeFlags.None);
            var body = ParseBlock(false);
            ExitScope();
            handler = new CatchClause(Span(cm), param, body);
        }
        BlockStatement? finalizer = Eat(TokenKind.Finally) ? ParseBlock(true) : null;
        if (handler == null && finalizer == null) RaiseAtToken("Missing catch or finally after try");
        return new TryStatement(Span(m), block, handler, finalizer);
    }

    // ---------------------------------------------------------------- labels, break, continue

    /// <summary>ECMA-262 §14.13 Labelled Statements.</summary>
    private Statement ParseLabeled(Marker m, Identifier label, StatementContext ctx)
    {
        Next(); // ':'
        string name = label.Name;
        for (int i = labelBase; i < labels.Count; i++)
            if (labels[i].Name == name) RaiseAt($"Label '{name}' has already been declared", label);
        var kind = tok.Kind is TokenKind.For or TokenKind.While or TokenKind.Do ? LabelKind.Loop
            : tok.Kind == TokenKind.Switch ? LabelKind.Switch : LabelKind.None;
        for (int i = labels.Count - 1; i >= labelBase; i--)
        {
            ref var l = ref labels[i];
            if (l.StatementStart == m.Start) { l.StatementStart = tok.Start; l.Kind = kind; }
            else break;
        }
        labels.Push(name, kind, tok.Start);
        var body = ParseStatement(ctx is StatementContext.None or StatementContext.Label ? StatementContext.Label : StatementContext.Other);
        labels.Pop();
        return new LabeledStatement(Span(m), label, body);
    }

    /// <summary>ECMA-262 §14.8.1 / §14.9.1 early errors: continue targets iterations, break targets loops/switch/labels.</summary>
    private Statement ParseBreakContinue(Marker m, bool isBreak)
    {
        Next();
        Identifier? label = null;
        if (!Eat(TokenKind.Semicolon) && !CanInsertSemicolon())
        {
            if (tok.Kind != TokenKind.Identifier) Unexpected();
            label = ParseIdent(false);
            Semicolon();
        }
        bool found = false, labelExists = false;
        for (int i = labelBase; i < labels.Count; i++)
        {
            var lab = labels[i];
            if (label == null || lab.Name == label.Name)
            {
                if (label != null) labelExists = true;
                if (lab.Kind != LabelKind.None && (isBreak || lab.Kind == LabelKind.Loop)) { found = true; break; }
                if (label != null && isBreak) { found = true; break; }
            }
        }
        if (!found)
        {
            if (label == null) Raise(isBreak ? "Illegal break statement" : "Illegal continue statement: no surrounding iteration statement", m.Start);
            if (!labelExists) RaiseAt($"Undefined label '{label.Name}'", label);
            RaiseAt($"Illegal continue statement: '{label.Name}' does not denote an iteration statement", label);
        }
        return isBreak ? new BreakStatement(Span(m), label) : new ContinueStatement(Span(m), label);
    }
}
