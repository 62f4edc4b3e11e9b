using System.Collections.Generic;
using System.Collections.Immutable;
using Aot.Engine.Parsing.Ast;

namespace Aot.Engine.Parsing;

// ECMA-262 §13 ECMAScript Language: Expressions.
public sealed partial class Parser
{
    /// <summary>Cover-grammar errors that only matter if the expression stays an expression
    /// (ECMA-262 §13.2.5.1: CoverInitializedName; Annex B §B.3.1 duplicate __proto__).</summary>
    private sealed class DestructuringErrors
    {
        public int ShorthandAssign = -1;
        public int DoubleProto = -1;
        public void Reset() { ShorthandAssign = -1; DoubleProto = -1; }
    }

    private readonly Stack<DestructuringErrors> deFree = new();

    private DestructuringErrors RentDE()
    {
        if (deFree.Count > 0) { var d = deFree.Pop(); d.Reset(); return d; }
        return new DestructuringErrors();
    }

    private void ReturnDE(DestructuringErrors d) => deFree.Push(d);

    /// <summary>Returns true (andThrow=false) when the expression holds cover-only syntax; raises it when andThrow.</summary>
    private bool CheckExpressionErrors(DestructuringErrors? de, bool andThrow)
    {
        if (de == null) return false;
        if (!andThrow) return de.ShorthandAssign >= 0 || de.DoubleProto >= 0;
        if (de.ShorthandAssign >= 0) Raise("Invalid shorthand property initializer", de.ShorthandAssign);
        if (de.DoubleProto >= 0) Raise("Duplicate __proto__ fields are not allowed in object literals", de.DoubleProto);
        return false;
    }

    // ---------------------------------------------------------------- Expression, AssignmentExpression

    /// <summary>ECMA-262 §13.16 Comma Operator.</summary>
    private Expression ParseExpression(bool noIn = false, DestructuringErrors? de = null)
    {
        var m = Mark();
        var expr = ParseMaybeAssign(noIn, de);
        if (tok.Kind != TokenKind.Comma) return expr;
        var list = expressionPool.Rent();
        list.Add(expr);
        while (Eat(TokenKind.Comma)) list.Add(ParseMaybeAssign(noIn, de));
        return new SequenceExpression(Span(m), expressionPool.ToImmutableAndReturn(list));
    }

    private static bool IsAssignOp(TokenKind k) => k == TokenKind.Assign || (k >= TokenKind.PlusAssign && k <= TokenKind.QuestionQuestionAssign);

    private static AssignmentOperator ToAssignmentOperator(TokenKind k) => k switch
    {
        TokenKind.Assign => AssignmentOperator.Assign,
        TokenKind.PlusAssign => AssignmentOperator.PlusAssign,
        TokenKind.MinusAssign => AssignmentOperator.MinusAssign,
        TokenKind.StarAssign => AssignmentOperator.MultiplyAssign,
        TokenKind.SlashAssign => AssignmentOperator.DivideAssign,
        TokenKind.PercentAssign => AssignmentOperator.ModuloAssign,
        TokenKind.StarStarAssign => AssignmentOperator.ExponentAssign,
        TokenKind.ShiftLeftAssign => AssignmentOperator.ShiftLeftAssign,
        TokenKind.ShiftRightAssign => AssignmentOperator.ShiftRightAssign,
        TokenKind.UnsignedShiftRightAssign => AssignmentOperator.UnsignedShiftRightAssign,
        TokenKind.AmpersandAssign => AssignmentOperator.BitwiseAndAssign,
        TokenKind.BarAssign => AssignmentOperator.BitwiseOrAssign,
        TokenKind.CaretAssign => AssignmentOperator.BitwiseXorAssign,
        TokenKind.AmpersandAmpersandAssign => AssignmentOperator.LogicalAndAssign,
        TokenKind.BarBarAssign => AssignmentOperator.LogicalOrAssign,
        _ => AssignmentOperator.NullishAssign,
    };

    /// <summary>ECMA-262 §13.15 Assignment Operators (and the arrow/yield/async-arrow entry points).</summary>
    private Expression ParseMaybeAssign(bool noIn = false, DestructuringErrors? de = null, bool forAwait = false)
    {
        EnterRecursion();
        if (IsContextual("yield") && InGenerator)
        {
            var y = ParseYield(noIn);
            LeaveRecursion();
            return y;
        }
        bool ownDE = false;
        int oldDoubleProto = -1;
        if (de != null) oldDoubleProto = de.DoubleProto;
        else { de = RentDE(); ownDE = true; }

        if (tok.Kind == TokenKind.LeftParen || tok.Kind == TokenKind.Identifier)
        {
            potentialArrowAt = tok.Start;
            potentialArrowInForAwait = forAwait;
        }
        var m = Mark();
        var left = ParseMaybeConditional(noIn, de);
        if (IsAssignOp(tok.Kind))
        {
            var opKind = tok.Kind;
            Node target;
            if (IsAnnexBCallTarget(left) && opKind is not (TokenKind.AmpersandAmpersandAssign or TokenKind.BarBarAssign or TokenKind.QuestionQuestionAssign))
            {
                target = left;
            }
            else if (opKind == TokenKind.Assign)
            {
                target = ToAssignable(left, false);
                CheckLValPattern(target, BindingKind.None, null);
            }
            else
            {
                CheckLValSimple(left, BindingKind.None, null);
                target = left;
            }
            if (!ownDE) de.DoubleProto = -1;
            if (de.ShorthandAssign >= left.Start) de.ShorthandAssign = -1;
            if (ownDE) ReturnDE(de);
            Next();
            var right = ParseMaybeAssign(noIn);
            if (!ownDE && oldDoubleProto > -1) de.DoubleProto = oldDoubleProto;
            LeaveRecursion();
            return new AssignmentExpression(Span(m), ToAssignmentOperator(opKind), target, right);
        }
        if (ownDE)
        {
            CheckExpressionErrors(de, true);
            ReturnDE(de);
        }
        LeaveRecursion();
        return left;
    }

    /// <summary>ECMA-262 §13.14 Conditional Operator.</summary>
    private Expression ParseMaybeConditional(bool noIn, DestructuringErrors? de)
    {
        var m = Mark();
        var expr = ParseExprOps(noIn, de);
        if (CheckExpressionErrors(de, false)) return expr;
        if (tok.Kind == TokenKind.Question)
        {
            if (expr is ArrowFunctionExpression && !expr.IsParenthesized && expr.Start == m.Start) Unexpected();
            Next();
            var consequent = ParseMaybeAssign();
            Expect(TokenKind.Colon);
            var alternate = ParseMaybeAssign(noIn);
            return new ConditionalExpression(Span(m), expr, consequent, alternate);
        }
        return expr;
    }

    // ---------------------------------------------------------------- binary operators (iterative)

    private static int BinaryPrecedence(TokenKind k) => k switch
    {
        TokenKind.QuestionQuestion or TokenKind.BarBar => 1,
        TokenKind.AmpersandAmpersand => 2,
        TokenKind.Bar => 3,
        TokenKind.Caret => 4,
        TokenKind.Ampersand => 5,
        TokenKind.Equal or TokenKind.NotEqual or TokenKind.StrictEqual or TokenKind.StrictNotEqual => 6,
        TokenKind.LessThan or TokenKind.GreaterThan or TokenKind.LessThanEqual or TokenKind.GreaterThanEqual
            or TokenKind.Instanceof or TokenKind.In => 7,
        TokenKind.ShiftLeft or TokenKind.ShiftRight or TokenKind.UnsignedShiftRight => 8,
        TokenKind.Plus or TokenKind.Minus => 9,
        TokenKind.Star or TokenKind.Slash or TokenKind.Percent => 10,
        _ => 0,
    };

    private readonly List<Expression> binOperands = new();
    private readonly List<Marker> binMarks = new();
    private readonly List<TokenKind> binOperators = new();

    private Expression ParseExprOps(bool noIn, DestructuringErrors? de)
    {
        var m = Mark();
        var expr = ParseMaybeUnary(de, false, false, noIn);
        if (CheckExpressionErrors(de, false)) return expr;
        if (expr is ArrowFunctionExpression && expr.Start == m.Start && !expr.IsParenthesized) return expr;
        return ParseExprOp(expr, m, noIn);
    }

    /// <summary>ECMA-262 §13.6-§13.13 binary operators, by operator precedence with explicit stacks so that long
    /// left-associative chains (`a+a+...`) do not recurse.</summary>
    private Expression ParseExprOp(Expression left, Marker leftMark, bool noIn)
    {
        int prec = BinaryPrecedence(tok.Kind);
        if (prec == 0 || (noIn && tok.Kind == TokenKind.In))
        {
            if (left is PrivateIdentifier) Unexpected();
            return left;
        }
        int baseOperand = binOperands.Count, baseOperator = binOperators.Count;
        binOperands.Add(left);
        binMarks.Add(leftMark);
        while (true)
        {
            var k = tok.Kind;
            int p = BinaryPrecedence(k);
            if (p == 0 || (noIn && k == TokenKind.In)) break;
            while (binOperators.Count > baseOperator && BinaryPrecedence(binOperators[^1]) >= p) ReduceBinary();
            binOperators.Add(k);
            Next();
            var m = Mark();
            var right = ParseMaybeUnary(null, false, false, noIn);
            binOperands.Add(right);
            binMarks.Add(m);
        }
        while (binOperators.Count > baseOperator) ReduceBinary();
        var result = binOperands[baseOperand];
        binOperands.RemoveAt(baseOperand);
        binMarks.RemoveAt(baseOperand);
        if (result is PrivateIdentifier) UnexpectedAt(result.Start);
        return result;
    }

    private void ReduceBinary()
    {
        var op = binOperators[^1];
        binOperators.RemoveAt(binOperators.Count - 1);
        int n = binOperands.Count;
        var right = binOperands[n - 1];
        var left = binOperands[n - 2];
        var leftMark = binMarks[n - 2];
        binOperands.RemoveAt(n - 1);
        binMarks.RemoveAt(n - 1);
        if (right is PrivateIdentifier) UnexpectedAt(right.Start);
        if (left is PrivateIdentifier && op != TokenKind.In) UnexpectedAt(left.Start);
        var span = SpanTo(leftMark, right.End);
        Expression node;
        switch (op)
        {
            case TokenKind.BarBar:
            case TokenKind.AmpersandAmpersand:
                if (IsBareCoalesce(left) || IsBareCoalesce(right)) RaiseMixedCoalesce(left);
                node = new LogicalExpression(span, op == TokenKind.BarBar ? LogicalOperator.Or : LogicalOperator.And, left, right);
                break;
            case TokenKind.QuestionQuestion:
                if (IsBareAndOr(left) || IsBareAndOr(right)) RaiseMixedCoalesce(left);
                node = new LogicalExpression(span, LogicalOperator.NullishCoalescing, left, right);
                break;
            default:
                node = new BinaryExpression(span, ToBinaryOperator(op), left, right);
                break;
        }
        binOperands[n - 2] = node;
    }

    private static bool IsBareCoalesce(Expression e) => e is LogicalExpression { Operator: LogicalOperator.NullishCoalescing, IsParenthesized: false };
    private static bool IsBareAndOr(Expression e) => e is LogicalExpression { IsParenthesized: false } l && l.Operator != LogicalOperator.NullishCoalescing;

    private void RaiseMixedCoalesce(Node at)
        => RaiseAt("Unexpected token: '??' cannot be mixed with '||' or '&&' without parentheses", at);

    private static BinaryOperator ToBinaryOperator(TokenKind k) => k switch
    {
        TokenKind.Equal => BinaryOperator.Equal,
        TokenKind.NotEqual => BinaryOperator.NotEqual,
        TokenKind.StrictEqual => BinaryOperator.StrictEqual,
        TokenKind.StrictNotEqual => BinaryOperator.StrictNotEqual,
        TokenKind.LessThan => BinaryOperator.LessThan,
        TokenKind.LessThanEqual => BinaryOperator.LessThanEqual,
        TokenKind.GreaterThan => BinaryOperator.GreaterThan,
        TokenKind.GreaterThanEqual => BinaryOperator.GreaterThanEqual,
        TokenKind.ShiftLeft => BinaryOperator.ShiftLeft,
        TokenKind.ShiftRight => BinaryOperator.ShiftRight,
        TokenKind.UnsignedShiftRight => BinaryOperator.UnsignedShiftRight,
        TokenKind.Plus => BinaryOperator.Plus,
        TokenKind.Minus => BinaryOperator.Minus,
        TokenKind.Star => BinaryOperator.Multiply,
        TokenKind.Slash => BinaryOperator.Divide,
        TokenKind.Percent => BinaryOperator.Modulo,
        TokenKind.StarStar => BinaryOperator.Exponent,
        TokenKind.Bar => BinaryOperator.BitwiseOr,
        TokenKind.Caret => BinaryOperator.BitwiseXor,
        TokenKind.Ampersand => BinaryOperator.BitwiseAnd,
        TokenKind.In => BinaryOperator.In,
        _ => BinaryOperator.Instanceof,
    };

    // ---------------------------------------------------------------- unary / update / exponent

    /// <summary>ECMA-262 §13.4 Update, §13.5 Unary, §13.6 Exponentiation (`-a ** b` is an early error), §15.8 await.</summary>
    private Expression ParseMaybeUnary(DestructuringErrors? de, bool sawUnary, bool incDec, bool noIn)
    {
        EnterRecursion();
        var m = Mark();
        Expression expr;
        var k = tok.Kind;
        if (k == TokenKind.Identifier && CanAwait && IsContextual("await"))
        {
            expr = ParseAwait(noIn);
            sawUnary = true;
        }
        else if (k == TokenKind.PlusPlus || k == TokenKind.MinusMinus)
        {
            Next();
            var arg = ParseMaybeUnary(null, true, true, noIn);
            if (!IsAnnexBCallTarget(arg)) CheckLValSimple(arg, BindingKind.None, null);
            expr = new UpdateExpression(Span(m), k == TokenKind.PlusPlus, true, arg);
        }
        else if (k is TokenKind.Minus or TokenKind.Plus or TokenKind.Bang or TokenKind.Tilde or TokenKind.Typeof or TokenKind.Void or TokenKind.Delete)
        {
            Next();
            var arg = ParseMaybeUnary(null, true, false, noIn);
            if (k == TokenKind.Delete)
            {
                if (strict && arg is Identifier) RaiseAt("Delete of an unqualified identifier in strict mode.", arg);
                if (IsPrivateFieldAccess(arg)) RaiseAt("Private fields can not be deleted", arg);
            }
            var op = k switch
            {
                TokenKind.Minus => UnaryOperator.Minus,
                TokenKind.Plus => UnaryOperator.Plus,
                TokenKind.Bang => UnaryOperator.LogicalNot,
                TokenKind.Tilde => UnaryOperator.BitwiseNot,
                TokenKind.Typeof => UnaryOperator.Typeof,
                TokenKind.Void => UnaryOperator.Void,
                _ => UnaryOperator.Delete,
            };
            expr = new UnaryExpression(Span(m), op, arg);
            sawUnary = true;
        }
        else if (!sawUnary && k == TokenKind.PrivateName)
        {
            // RelationalExpression : PrivateIdentifier in ShiftExpression (ECMA-262 §13.10)
            if (noIn) Unexpected();
            expr = ParsePrivateIdentifier();
            if (tok.Kind != TokenKind.In) Unexpected();
            LeaveRecursion();
            return expr;
        }
        else
        {
            expr = ParseExprSubscripts(de, noIn);
            if (CheckExpressionErrors(de, false)) { LeaveRecursion(); return expr; }
            while ((tok.Kind == TokenKind.PlusPlus || tok.Kind == TokenKind.MinusMinus) && !CanInsertSemicolon())
            {
                if (!IsAnnexBCallTarget(expr)) CheckLValSimple(expr, BindingKind.None, null);
                bool inc = tok.Kind == TokenKind.PlusPlus;
                Next();
                expr = new UpdateExpression(Span(m), inc, false, expr);
            }
        }
        if (!incDec && tok.Kind == TokenKind.StarStar)
        {
            if (sawUnary) Raise("Unary operator used immediately before exponentiation expression. Parenthesis must be used to disambiguate operator precedence", tok.Start);
            Next();
            var right = ParseMaybeUnary(null, false, false, noIn);
            LeaveRecursion();
            return new BinaryExpression(Span(m), BinaryOperator.Exponent, expr, right);
        }
        LeaveRecursion();
        return expr;
    }

    /// <summary>Post-ES2024 Annex B (web compatibility): in sloppy code a call may be the target of `=`, compound
    /// assignment, `++`/`--` and for-in/of heads (a ReferenceError at run time). ES2024 makes it an early error,
    /// which is what we implement (test262-parser-tests expects it); flip this switch to follow newer editions.</summary>
    private const bool AllowCallAssignmentTargets = false;

    private bool IsAnnexBCallTarget(Expression e) => AllowCallAssignmentTargets && !strict && e is CallExpression;

    private static bool IsPrivateFieldAccess(Expression e) => e switch
    {
        MemberExpression { Property: PrivateIdentifier } => true,
        ChainExpression c => IsPrivateFieldAccess(c.Expression),
        _ => false,
    };

    private Expression ParseAwait(bool noIn)
    {
        if (awaitPos < 0) awaitPos = tok.Start;
        var m = Mark();
        Next();
        if (InClassStaticBlock) Raise("Cannot use await in class static initialization block", m.Start);
        var arg = ParseMaybeUnary(null, true, false, noIn);
        return new AwaitExpression(Span(m), arg);
    }

    /// <summary>ECMA-262 §15.5 YieldExpression.</summary>
    private Expression ParseYield(bool noIn)
    {
        if (yieldPos < 0) yieldPos = tok.Start;
        var m = Mark();
        Next();
        if (tok.Kind == TokenKind.Semicolon || CanInsertSemicolon() || (tok.Kind != TokenKind.Star && !StartsExpression(tok.Kind)))
            return new YieldExpression(Span(m), null, false);
        bool isDelegate = Eat(TokenKind.Star);
        var arg = ParseMaybeAssign(noIn);
        return new YieldExpression(Span(m), arg, isDelegate);
    }

    private static bool StartsExpression(TokenKind k) => k switch
    {
        TokenKind.Identifier or TokenKind.EscapedKeyword or TokenKind.PrivateName or TokenKind.NumericLiteral or TokenKind.BigIntLiteral
            or TokenKind.StringLiteral or TokenKind.RegularExpression or TokenKind.NoSubstitutionTemplate or TokenKind.TemplateHead
            or TokenKind.Class or TokenKind.Delete or TokenKind.False or TokenKind.Function or TokenKind.Import or TokenKind.New
            or TokenKind.Null or TokenKind.Super or TokenKind.This or TokenKind.True or TokenKind.Typeof or TokenKind.Void
            or TokenKind.LeftBrace or TokenKind.LeftParen or TokenKind.LeftBracket or TokenKind.Plus or TokenKind.Minus
            or TokenKind.PlusPlus or TokenKind.MinusMinus or TokenKind.Bang or TokenKind.Tilde or TokenKind.Slash
            or TokenKind.SlashAssign or TokenKind.LessThan or TokenKind.At => true,
        _ => false,
    };

    // ---------------------------------------------------------------- subscripts

    /// <summary>ECMA-262 §13.3 Left-Hand-Side Expressions.</summary>
    private Expression ParseExprSubscripts(DestructuringErrors? de, bool noIn)
    {
        var m = Mark();
        var expr = ParseExprAtom(de, noIn, false);
        if (expr is ArrowFunctionExpression && !expr.IsParenthesized) return expr;
        return ParseSubscripts(expr, m, false, noIn);
    }

    private Expression ParseSubscripts(Expression baseExpr, Marker m, bool noCalls, bool noIn)
    {
        bool maybeAsyncArrow = baseExpr is Identifier { Name: "async" } && lastEnd == baseExpr.End && !CanInsertSemicolon()
            && baseExpr.End - baseExpr.Start == 5 && potentialArrowAt == baseExpr.Start;
        bool optionalChained = false;
        while (true)
        {
            var k = tok.Kind;
            bool optional = false;
            if (k == TokenKind.QuestionDot)
            {
                if (noCalls) RaiseAtToken("Invalid optional chain from new expression");
                optional = true;
                optionalChained = true;
                Next();
                k = tok.Kind;
            }
            if (k == TokenKind.LeftBracket)
            {
                Next();
                var prop = ParseExpression();
                Expect(TokenKind.RightBracket);
                baseExpr = new MemberExpression(Span(m), baseExpr, prop, true, optional);
            }
            else if (k == TokenKind.Dot || (optional && k != TokenKind.LeftParen && k != TokenKind.NoSubstitutionTemplate && k != TokenKind.TemplateHead))
            {
                if (!optional) Next();
                Expression prop;
                if (tok.Kind == TokenKind.PrivateName && baseExpr is not Super) prop = ParsePrivateIdentifier();
                else prop = ParseIdent(true);
                baseExpr = new MemberExpression(Span(m), baseExpr, prop, false, optional);
            }
            else if (!noCalls && k == TokenKind.LeftParen)
            {
                int oldYield = yieldPos, oldAwait = awaitPos, oldAwaitIdent = awaitIdentPos;
                yieldPos = awaitPos = awaitIdentPos = -1;
                var de = RentDE();
                Next();
                var args = ParseCallArguments(de, out int commaAfterSpread);
                if (maybeAsyncArrow && !optional && !CanInsertSemicolon() && tok.Kind == TokenKind.Arrow)
                {
                    Next();
                    if (commaAfterSpread >= 0) Raise("Rest parameter must be last formal parameter", commaAfterSpread);
                    CheckYieldAwaitInDefaultParams();
                    if (awaitIdentPos >= 0) Raise("Cannot use 'await' as identifier inside an async function", awaitIdentPos);
                    ReturnDE(de);
                    yieldPos = oldYield; awaitPos = oldAwait; awaitIdentPos = oldAwaitIdent;
                    return ParseArrowFromList(m, args, true, noIn);
                }
                CheckExpressionErrors(de, true);
                ReturnDE(de);
                if (oldYield >= 0) yieldPos = oldYield;
                if (oldAwait >= 0) awaitPos = oldAwait;
                if (oldAwaitIdent >= 0) awaitIdentPos = oldAwaitIdent;
                if (baseExpr is Identifier { Name: "eval", IsParenthesized: false } && !optional) MarkEval();
                baseExpr = new CallExpression(Span(m), baseExpr, nodePool.ToImmutableAndReturn(args), optional);
            }
            else if (k == TokenKind.NoSubstitutionTemplate || k == TokenKind.TemplateHead)
            {
                if (optional || optionalChained) RaiseAtToken("Invalid tagged template on optional chain");
                var quasi = ParseTemplate(true);
                baseExpr = new TaggedTemplateExpression(Span(m), baseExpr, quasi);
            }
            else
            {
                if (optional) Unexpected();
                break;
            }
            maybeAsyncArrow = false;
        }
        if (optionalChained) baseExpr = new ChainExpression(Span(m), baseExpr);
        return baseExpr;
    }

    /// <summary>Arguments (ECMA-262 §13.3.8) after '('; consumes ')'. Reports the first comma after a spread
    /// (an error if the list turns out to be async arrow parameters).</summary>
    private List<Node> ParseCallArguments(DestructuringErrors? de, out int commaAfterSpread)
    {
        commaAfterSpread = -1;
        var list = nodePool.Rent();
        bool first = true;
        while (!Eat(TokenKind.RightParen))
        {
            if (!first)
            {
                Expect(TokenKind.Comma);
                if (Eat(TokenKind.RightParen)) break;
            }
            else first = false;
            if (tok.Kind == TokenKind.Ellipsis)
            {
                var sm = Mark();
                Next();
                var arg = ParseMaybeAssign(false, de);
                list.Add(new SpreadElement(Span(sm), arg));
                if (tok.Kind == TokenKind.Comma && commaAfterSpread < 0) commaAfterSpread = tok.Start;
            }
            else list.Add(ParseMaybeAssign(false, de));
        }
        return list;
    }

    // ---------------------------------------------------------------- primary expressions

    /// <summary>ECMA-262 §13.2 Primary Expression.</summary>
    private Expression ParseExprAtom(DestructuringErrors? de, bool noIn, bool forNew)
    {
        var m = Mark();
        switch (tok.Kind)
        {
            case TokenKind.Identifier:
            {
                bool canBeArrow = potentialArrowAt == tok.Start;
                bool escaped = tok.IsEscaped;
                var id = ParseIdent(false);
                if (!escaped && id.Name == "async" && !CanInsertSemicolon() && tok.Kind == TokenKind.Function)
                {
                    Next();
                    return ParseFunctionExpression(m, true);
                }
                if (canBeArrow && !CanInsertSemicolon())
                {
                    if (tok.Kind == TokenKind.Arrow)
                    {
                        Next();
                        var list = nodePool.Rent();
                        list.Add(id);
                        return ParseArrowFromList(m, list, false, noIn);
                    }
                    if (!escaped && id.Name == "async" && tok.Kind == TokenKind.Identifier
                        && (!potentialArrowInForAwait || !IsContextual("of")))
                    {
                        int oldAwaitIdent = awaitIdentPos;
                        awaitIdentPos = -1;
                        var param = ParseIdent(false);
                        if (param.Name == "await") Raise("Cannot use 'await' as identifier inside an async function", param.Start);
                        awaitIdentPos = oldAwaitIdent;
                        if (CanInsertSemicolon() || tok.Kind != TokenKind.Arrow) Unexpected();
                        Next();
                        var list = nodePool.Rent();
                        list.Add(param);
                        return ParseArrowFromList(m, list, true, noIn);
                    }
                }
                return id;
            }
            case TokenKind.This:
                Next();
                MarkUse(FunctionFlags.UsesThis);
                return new ThisExpression(Span(m));
            case TokenKind.Super:
            {
                if (!AllowSuper) RaiseAtToken("'super' keyword unexpected here");
                Next();
                if (tok.Kind == TokenKind.LeftParen && !AllowDirectSuper) Raise("'super' keyword unexpected here", m.Start);
                if (tok.Kind != TokenKind.Dot && tok.Kind != TokenKind.LeftBracket && (tok.Kind != TokenKind.LeftParen || forNew))
                    Raise("'super' keyword unexpected here", m.Start);
                MarkUse(FunctionFlags.UsesSuper | FunctionFlags.UsesThis);
                return new Super(Span(m));
            }
            case TokenKind.Null: Next(); return Literal.Null(Span(m));
            case TokenKind.True: Next(); return Literal.Boolean(Span(m), true);
            case TokenKind.False: Next(); return Literal.Boolean(Span(m), false);
            case TokenKind.NumericLiteral:
            case TokenKind.StringLiteral:
            case TokenKind.BigIntLiteral:
                return ParseLiteral();
            case TokenKind.Slash:
            case TokenKind.SlashAssign:
            {
                tok = lexer.RescanRegExp(tok);
                var pattern = tok.Value ?? "";
                var flags = tok.RawValue ?? "";
                Next();
                return Literal.RegExp(Span(m), pattern, flags);
            }
            case TokenKind.RegularExpression:
            {
                var pattern = tok.Value ?? "";
                var flags = tok.RawValue ?? "";
                Next();
                return Literal.RegExp(Span(m), pattern, flags);
            }
            case TokenKind.LeftParen:
                return ParseParenAndDistinguish(potentialArrowAt == tok.Start, noIn);
            case TokenKind.LeftBracket:
                return ParseArrayLiteral(de);
            case TokenKind.LeftBrace:
                return ParseObjectLiteral(de);
            case TokenKind.Function:
                Next();
                return ParseFunctionExpression(m, false);
            case TokenKind.Class:
                return (Expression)ParseClass(false, false);
            case TokenKind.At:
            {
                var decorators = ParseDecorators();
                if (tok.Kind != TokenKind.Class) Unexpected();
                return (Expression)ParseClass(false, false, decorators, m);
            }
            case TokenKind.New:
                return ParseNew();
            case TokenKind.NoSubstitutionTemplate:
            case TokenKind.TemplateHead:
                return ParseTemplate(false);
            case TokenKind.Import:
                return ParseImportCallOrMeta(forNew);
            case TokenKind.EscapedKeyword:
                RaiseAtToken("Keyword must not contain escaped characters");
                break;
        }
        Unexpected();
        return null;
    }

    /// <summary>Numeric, string and BigInt literals (also as property names); strict-mode legacy octal checks
    /// (ECMA-262 §12.9.3.1, §12.9.4.1).</summary>
    private Literal ParseLiteral()
    {
        var m = Mark();
        var t = tok;
        Next();
        switch (t.Kind)
        {
            case TokenKind.NumericLiteral:
                if (strict && (t.Flags & TokenFlags.LegacyOctal) != 0)
                    throw new SyntaxError(src[t.Start] == '0' && t.End - t.Start > 1 && IsOctalDigits(t) ? "Octal literals are not allowed in strict mode." : "Decimals with leading zeros are not allowed in strict mode.", t.Start, t.Line, t.Column);
                return Literal.Number(Span(m), t.NumberValue);
            case TokenKind.BigIntLiteral:
                return Literal.BigInt(Span(m), t.Value ?? "0");
            default:
                if (strict && (t.Flags & TokenFlags.OctalEscape) != 0)
                    throw new SyntaxError("Octal escape sequences are not allowed in strict mode.", t.Start, t.Line, t.Column);
                var value = t.Value ?? "";
                return Literal.String(Span(m), value, t.End - t.Start - 2 != value.Length);
        }
    }

    private bool IsOctalDigits(in Token t)
    {
        for (int i = t.Start; i < t.End; i++) if (src[i] is '8' or '9' or '.' or 'e' or 'E') return false;
        return true;
    }

    /// <summary>ECMA-262 §13.2.4 Array Initializer (also the cover for ArrayAssignmentPattern).</summary>
    private Expression ParseArrayLiteral(DestructuringErrors? de)
    {
        var m = Mark();
        Next();
        var list = nullableNodePool.Rent();
        int commaAfterSpread = -1;
        bool first = true;
        while (!Eat(TokenKind.RightBracket))
        {
            if (!first)
            {
                Expect(TokenKind.Comma);
                if (Eat(TokenKind.RightBracket)) break;
            }
            else first = false;
            if (tok.Kind == TokenKind.Comma) list.Add(null);
            else if (tok.Kind == TokenKind.Ellipsis)
            {
                var sm = Mark();
                Next();
                var arg = ParseMaybeAssign(false, de);
                list.Add(new SpreadElement(Span(sm), arg));
                if (tok.Kind == TokenKind.Comma && commaAfterSpread < 0) commaAfterSpread = tok.Start;
            }
            else list.Add(ParseMaybeAssign(false, de));
        }
        return new ArrayExpression(Span(m), nullableNodePool.ToImmutableAndReturn(list)) { CommaAfterSpread = commaAfterSpread };
    }

    /// <summary>ECMA-262 §13.3.5 The new Operator, §13.3.12 new.target.</summary>
    private Expression ParseNew()
    {
        var m = Mark();
        Next();
        if (tok.Kind == TokenKind.Dot)
        {
            var meta = new Identifier(Span(m), "new");
            Next();
            bool escaped = tok.IsEscaped;
            var property = ParseIdent(true);
            if (property.Name != "target") RaiseAt("The only valid meta property for new is 'new.target'", property);
            if (escaped) RaiseAt("'new.target' must not contain escaped characters", property);
            if (!CurrentScope.AllowNewTarget) Raise("new.target expression is not allowed here", m.Start);
            MarkUse(FunctionFlags.UsesNewTarget);
            return new MetaProperty(Span(m), meta, property);
        }
        EnterRecursion();
        var cm = Mark();
        var calleeAtom = ParseExprAtom(null, false, true);
        if (calleeAtom is ArrowFunctionExpression && !calleeAtom.IsParenthesized) UnexpectedAt(calleeAtom.Start);
        var callee = ParseSubscripts(calleeAtom, cm, true, false);
        ImmutableArray<Node> args = ImmutableArray<Node>.Empty;
        if (Eat(TokenKind.LeftParen))
        {
            var list = ParseCallArguments(null, out _);
            args = nodePool.ToImmutableAndReturn(list);
        }
        LeaveRecursion();
        return new NewExpression(Span(m), callee, args);
    }

    /// <summary>`import(...)`, `import.meta`, `import.source(...)`, `import.defer(...)` (ECMA-262 §13.3.10, §13.3.12).</summary>
    private Expression ParseImportCallOrMeta(bool forNew)
    {
        var m = Mark();
        Next();
        var phase = ImportPhase.Evaluation;
        if (tok.Kind == TokenKind.Dot)
        {
            var meta = new Identifier(Span(m), "import");
            Next();
            bool escaped = tok.IsEscaped;
            var property = ParseIdent(true);
            if (escaped) RaiseAt("'import.meta' must not contain escaped characters", property);
            if (property.Name == "meta")
            {
                if (!inModule) Raise("Cannot use 'import.meta' outside a module", m.Start);
                return new MetaProperty(Span(m), meta, property);
            }
            if (property.Name == "source") phase = ImportPhase.Source;
            else if (property.Name == "defer") phase = ImportPhase.Defer;
            else RaiseAt("The only valid meta property for import is 'import.meta'", property);
            if (tok.Kind != TokenKind.LeftParen) Unexpected();
        }
        if (tok.Kind != TokenKind.LeftParen) Unexpected();
        if (forNew) RaiseAtToken("Cannot use new with import");
        Next();
        var source = ParseMaybeAssign();
        Expression? opts = null;
        if (Eat(TokenKind.Comma))
        {
            if (tok.Kind != TokenKind.RightParen)
            {
                if (phase != ImportPhase.Evaluation) Unexpected();
                opts = ParseMaybeAssign();
                Eat(TokenKind.Comma);
            }
        }
        Expect(TokenKind.RightParen);
        return new ImportExpression(Span(m), source, opts, phase);
    }

    // ---------------------------------------------------------------- identifiers

    private static string? KeywordText(TokenKind k) => k switch
    {
        TokenKind.Break => "break", TokenKind.Case => "case", TokenKind.Catch => "catch", TokenKind.Class => "class",
        TokenKind.Const => "const", TokenKind.Continue => "continue", TokenKind.Debugger => "debugger",
        TokenKind.Default => "default", TokenKind.Delete => "delete", TokenKind.Do => "do", TokenKind.Else => "else",
        TokenKind.Enum => "enum", TokenKind.Export => "export", TokenKind.Extends => "extends", TokenKind.False => "false",
        TokenKind.Finally => "finally", TokenKind.For => "for", TokenKind.Function => "function", TokenKind.If => "if",
        TokenKind.Import => "import", TokenKind.In => "in", TokenKind.Instanceof => "instanceof", TokenKind.New => "new",
        TokenKind.Null => "null", TokenKind.Return => "return", TokenKind.Super => "super", TokenKind.Switch => "switch",
        TokenKind.This => "this", TokenKind.Throw => "throw", TokenKind.True => "true", TokenKind.Try => "try",
        TokenKind.Typeof => "typeof", TokenKind.Var => "var", TokenKind.Void => "void", TokenKind.While => "while",
        TokenKind.With => "with", TokenKind.Await_Unused => "await",
        _ => null,
    };

    /// <summary>Name of the current token if it is an IdentifierName, else null.</summary>
    private string? IdentifierNameOfToken()
    {
        if (tok.Kind == TokenKind.Identifier || tok.Kind == TokenKind.EscapedKeyword) return tok.Value;
        return KeywordText(tok.Kind);
    }

    /// <summary>An identifier; <paramref name="liberal"/> accepts any IdentifierName (property names) without checks.</summary>
    private Identifier ParseIdent(bool liberal)
    {
        var m = Mark();
        string? name;
        if (tok.Kind == TokenKind.Identifier) name = tok.Value ?? "";
        else if (liberal && (name = IdentifierNameOfToken()) != null) { }
        else
        {
            if (tok.Kind == TokenKind.EscapedKeyword) RaiseAtToken("Keyword must not contain escaped characters");
            Unexpected();
            return null;
        }
        Next();
        var id = new Identifier(Span(m), name);
        if (!liberal)
        {
            CheckUnreserved(id);
            if (name.Length == 5 && name == "await" && awaitIdentPos < 0) awaitIdentPos = id.Start;
            else if (name.Length == 9 && name == "arguments")
            {
                // §19.2.1.1 PerformEval step 7 (class field initializers): `arguments` outside any function.
                if (options.InClassFieldInitializer && scopes[scopeCount - 1].ThisScope == 0) RaiseAt("'arguments' is not allowed in class field initializer or static initialization block", id);
                MarkUse(FunctionFlags.UsesArguments);
            }
        }
        return id;
    }

    /// <summary>ECMA-262 §13.1.1 Static Semantics: Early Errors for IdentifierReference/BindingIdentifier/LabelIdentifier.</summary>
    private void CheckUnreserved(Identifier id)
    {
        string name = id.Name;
        switch (name)
        {
            case "yield":
                if (InGenerator) RaiseAt("Cannot use 'yield' as identifier inside a generator", id);
                if (strict) RaiseAt("Unexpected strict mode reserved word", id);
                break;
            case "await":
                if (InAsync) RaiseAt("Cannot use 'await' as identifier inside an async function", id);
                if (InClassStaticBlock) RaiseAt("Cannot use 'await' in class static initialization block", id);
                if (inModule) RaiseAt("Unexpected reserved word", id);
                break;
            case "arguments":
                if ((CurrentThisScope.Flags & (ScopeFlags.ClassFieldInit | ScopeFlags.ClassStaticBlock)) != 0)
                    RaiseAt("'arguments' is not allowed in class field initializer or static initialization block", id);
                break;
            default:
                if (strict && IsStrictReserved(name)) RaiseAt("Unexpected strict mode reserved word", id);
                break;
        }
    }

    private PrivateIdentifier ParsePrivateIdentifier()
    {
        var m = Mark();
        if (tok.Kind != TokenKind.PrivateName) Unexpected();
        var name = tok.Value ?? "";
        Next();
        var node = new PrivateIdentifier(Span(m), name);
        UsePrivateName(node);
        return node;
    }
}
