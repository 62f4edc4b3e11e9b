using System.Collections.Generic;
using Aot.Engine.Parsing.Ast;

namespace Aot.Engine.Parsing;

// Binding patterns (ECMA-262 §14.3.3) and the reinterpretation of expressions as assignment patterns
// (§13.15.5 Destructuring Assignment, the cover grammars of §13.2.5 and §15.3 arrow parameters).
public sealed partial class Parser
{
    private const string InvalidDestructuringTarget = "Invalid destructuring assignment target";
    private const string InvalidLhsAssignment = "Invalid left-hand side in assignment";

    /// <summary>Reinterprets an expression as an assignment target or, when <paramref name="isBinding"/>, as arrow
    /// parameters. Returns a new pattern node (AST nodes are immutable).</summary>
    private Node ToAssignable(Node node, bool isBinding)
    {
        switch (node)
        {
            case Identifier id:
                if (isBinding && InAsync && id.Name == "await") RaiseAt("Cannot use 'await' as identifier inside an async function", id);
                return id;
            case MemberExpression me:
                if (isBinding) RaiseAt(InvalidDestructuringTarget, me);
                return me;
            case ObjectExpression oe:
            {
                if (oe.IsParenthesized) RaiseAt(InvalidDestructuringTarget, oe);
                if (oe.CommaAfterSpread >= 0) Raise("Rest element must be last element", oe.CommaAfterSpread);
                var list = nodePool.Rent();
                foreach (var p in oe.Properties)
                {
                    if (p is Property prop)
                    {
                        if (prop.PropertyKind != PropertyKind.Init || prop.Method) RaiseAt(InvalidDestructuringTarget, prop.Key);
                        var value = ToAssignable(prop.Value, isBinding);
                        list.Add(new Property(prop.Span, prop.Key, value, PropertyKind.Init, false, prop.Shorthand, prop.Computed));
                    }
                    else
                    {
                        var spread = (SpreadElement)p;
                        var arg = ToAssignable(spread.Argument, isBinding);
                        if (arg is ObjectPattern or ArrayPattern or AssignmentPattern) RaiseAt(InvalidDestructuringTarget, arg);
                        list.Add(new RestElement(spread.Span, arg));
                    }
                }
                return new ObjectPattern(oe.Span, nodePool.ToImmutableAndReturn(list));
            }
            case ArrayExpression ae:
            {
                if (ae.IsParenthesized) RaiseAt(InvalidDestructuringTarget, ae);
                if (ae.CommaAfterSpread >= 0) Raise("Rest element must be last element", ae.CommaAfterSpread);
                var list = nullableNodePool.Rent();
                foreach (var e in ae.Elements)
                {
                    if (e == null) list.Add(null);
                    else if (e is SpreadElement spread)
                    {
                        var arg = ToAssignable(spread.Argument, isBinding);
                        if (arg is AssignmentPattern) RaiseAt(InvalidDestructuringTarget, arg);
                        list.Add(new RestElement(spread.Span, arg));
                    }
                    else list.Add(ToAssignable(e, isBinding));
                }
                return new ArrayPattern(ae.Span, nullableNodePool.ToImmutableAndReturn(list));
            }
            case SpreadElement se:
            {
                // async arrow parameters `async (...a) => 0`
                var arg = ToAssignable(se.Argument, isBinding);
                if (arg is AssignmentPattern) RaiseAt(InvalidDestructuringTarget, arg);
                return new RestElement(se.Span, arg);
            }
            case AssignmentExpression asg:
                if (asg.IsParenthesized || asg.Operator != AssignmentOperator.Assign) RaiseAt(InvalidDestructuringTarget, asg);
                return new AssignmentPattern(asg.Span, ToAssignable(asg.Left, isBinding), asg.Right);
            case ObjectPattern or ArrayPattern or AssignmentPattern or RestElement:
                return node;
            default:
                RaiseAt(isBinding ? InvalidDestructuringTarget : InvalidLhsAssignment, node);
                return node;
        }
    }

    /// <summary>ECMA-262 §13.15.1 / §14.3.1: checks a simple target, and for bindings declares it.</summary>
    private void CheckLValSimple(Node expr, BindingKind kind, HashSet<string>? clashes)
    {
        bool isBind = kind != BindingKind.None;
        switch (expr)
        {
            case Identifier id:
            {
                string name = id.Name;
                if (strict)
                {
                    if (name is "eval" or "arguments")
                        RaiseAt("Unexpected eval or arguments in strict mode", id);
                    if (IsStrictReserved(name)) RaiseAt("Unexpected strict mode reserved word", id);
                }
                if (isBind)
                {
                    if (id.IsParenthesized) RaiseAt(InvalidDestructuringTarget, id);
                    if (kind == BindingKind.Lexical && name == "let") RaiseAt("let is disallowed as a lexically bound name", id);
                    if (clashes != null && !clashes.Add(name)) RaiseAt("Duplicate parameter name not allowed in this context", id);
                    if (kind != BindingKind.Outside) DeclareName(name, kind, id);
                }
                break;
            }
            case MemberExpression me:
                if (isBind) RaiseAt(InvalidDestructuringTarget, me);
                break;
            default:
                RaiseAt(isBind ? InvalidDestructuringTarget : InvalidLhsAssignment, expr);
                break;
        }
    }

    private void CheckLValPattern(Node expr, BindingKind kind, HashSet<string>? clashes)
    {
        switch (expr)
        {
            case ObjectPattern op:
                foreach (var p in op.Properties) CheckLValInnerPattern(p, kind, clashes);
                break;
            case ArrayPattern ap:
                foreach (var e in ap.Elements) if (e != null) CheckLValInnerPattern(e, kind, clashes);
                break;
            default:
                CheckLValSimple(expr, kind, clashes);
                break;
        }
    }

    private void CheckLValInnerPattern(Node expr, BindingKind kind, HashSet<string>? clashes)
    {
        switch (expr)
        {
            case Property p: CheckLValInnerPattern(p.Value, kind, clashes); break;
            case AssignmentPattern a: CheckLValPattern(a.Left, kind, clashes); break;
            case RestElement r: CheckLValPattern(r.Argument, kind, clashes); break;
            default: CheckLValPattern(expr, kind, clashes); break;
        }
    }

    // ---------------------------------------------------------------- binding patterns (parsed directly)

    /// <summary>BindingIdentifier | BindingPattern.</summary>
    private Node ParseBindingAtom()
    {
        if (tok.Kind == TokenKind.LeftBracket)
        {
            EnterRecursion();
            var m = Mark();
            Next();
            var list = ParseBindingList(TokenKind.RightBracket, true, true);
            LeaveRecursion();
            return new ArrayPattern(Span(m), nullableNodePool.ToImmutableAndReturn(list));
        }
        if (tok.Kind == TokenKind.LeftBrace) return ParseObjectBindingPattern();
        return ParseIdent(false);
    }

    /// <summary>Elements of an array binding pattern or a formal parameter list, after the opening token; consumes
    /// <paramref name="close"/>.</summary>
    private List<Node?> ParseBindingList(TokenKind close, bool allowEmpty, bool allowTrailingComma)
    {
        var list = nullableNodePool.Rent();
        bool first = true;
        while (!Eat(close))
        {
            if (first) first = false;
            else Expect(TokenKind.Comma);
            if (allowEmpty && tok.Kind == TokenKind.Comma) list.Add(null);
            else if (allowTrailingComma && tok.Kind == close) { Next(); break; }
            else if (tok.Kind == TokenKind.Ellipsis)
            {
                var m = Mark();
                Next();
                var arg = ParseBindingAtom();
                list.Add(new RestElement(Span(m), arg));
                if (tok.Kind == TokenKind.Comma) RaiseAtToken(close == TokenKind.RightParen ? "Rest parameter must be last formal parameter" : "Rest element must be last element");
                Expect(close);
                break;
            }
            else list.Add(ParseMaybeDefault(Mark(), null));
        }
        return list;
    }

    private Node ParseMaybeDefault(Marker m, Node? left)
    {
        left ??= ParseBindingAtom();
        if (!Eat(TokenKind.Assign)) return left;
        var right = ParseMaybeAssign();
        return new AssignmentPattern(Span(m), left, right);
    }

    private ObjectPattern ParseObjectBindingPattern()
    {
        EnterRecursion();
        var m = Mark();
        Next();
        var list = nodePool.Rent();
        bool first = true;
        while (!Eat(TokenKind.RightBrace))
        {
            if (!first)
            {
                Expect(TokenKind.Comma);
                if (Eat(TokenKind.RightBrace)) break;
            }
            else first = false;
            var pm = Mark();
            if (tok.Kind == TokenKind.Ellipsis)
            {
                Next();
                var arg = ParseIdent(false);
                list.Add(new RestElement(Span(pm), arg));
                if (tok.Kind == TokenKind.Comma) RaiseAtToken("Rest element must be last element");
                Expect(TokenKind.RightBrace);
                break;
            }
            var keyKind = tok.Kind;
            var key = ParsePropertyName(out bool computed);
            if (Eat(TokenKind.Colon))
            {
                var value = ParseMaybeDefault(Mark(), null);
                list.Add(new Property(Span(pm), key, value, PropertyKind.Init, false, false, computed));
            }
            else
            {
                if (computed || keyKind != TokenKind.Identifier || key is not Identifier keyId) { UnexpectedAt(key.Start); return null!; }
                CheckUnreserved(keyId);
                if (keyId.Name == "await" && awaitIdentPos < 0) awaitIdentPos = keyId.Start;
                var value = ParseMaybeDefault(pm, keyId);
                list.Add(new Property(Span(pm), key, value, PropertyKind.Init, false, true, false));
            }
        }
        LeaveRecursion();
        return new ObjectPattern(Span(m), nodePool.ToImmutableAndReturn(list));
    }
}
