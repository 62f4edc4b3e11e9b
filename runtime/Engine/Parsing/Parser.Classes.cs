using System.Collections.Generic;
using System.Collections.Immutable;
using Aot.Engine.Parsing.Ast;

namespace Aot.Engine.Parsing;

// ECMA-262 §15.7 Class Definitions (fields, private names, static blocks) and their early errors (§15.7.1).
public sealed partial class Parser
{
    /// <summary>Private names declared by one class body and those it references (resolved at the end of the
    /// class, unresolved ones propagate to the enclosing class: AllPrivateIdentifiersValid, §15.7.1).</summary>
    private sealed class PrivateNameScope
    {
        /// <summary>name -> "true" (field/method/complete accessor pair) or "iget"/"iset"/"sget"/"sset".</summary>
        public readonly Dictionary<string, string> Declared = new();
        public readonly List<PrivateIdentifier> Used = new();
    }

    private readonly List<PrivateNameScope> privateNameStack = new();
    private readonly Stack<PrivateNameScope> privateScopeFree = new();

    private void UsePrivateName(PrivateIdentifier id)
    {
        if (privateNameStack.Count == 0) RaiseAt($"Private field '#{id.Name}' must be declared in an enclosing class", id);
        privateNameStack[^1].Used.Add(id);
    }

    /// <summary>ClassDeclaration / ClassExpression at the `class` token. Class code is strict (§11.2.2).</summary>
    private Node ParseClass(bool isStatement, bool nullableId, ImmutableArray<Expression> decorators = default, Marker? start = null)
    {
        EnterRecursion();
        var m = start ?? Mark();
        Next();
        bool oldStrict = strict;
        strict = true;
        Identifier? id = null;
        if (tok.Kind == TokenKind.Identifier)
        {
            id = ParseIdent(false);
            if (isStatement) CheckLValSimple(id, BindingKind.Lexical, null);
            else CheckLValSimple(id, BindingKind.Outside, null);
        }
        else if (isStatement && !nullableId) Unexpected();
        Expression? superClass = null;
        if (Eat(TokenKind.Extends))
        {
            var sm = Mark();
            var atom = ParseExprAtom(null, false, false);
            if (atom is ArrowFunctionExpression && !atom.IsParenthesized) UnexpectedAt(atom.Start);
            superClass = ParseSubscripts(atom, sm, false, false);
        }
        var scope = privateScopeFree.Count > 0 ? privateScopeFree.Pop() : new PrivateNameScope();
        privateNameStack.Add(scope);
        var bm = Mark();
        Expect(TokenKind.LeftBrace);
        var elements = nodePool.Rent();
        bool hadConstructor = false;
        while (tok.Kind != TokenKind.RightBrace)
        {
            if (Eat(TokenKind.Semicolon)) continue;
            if (tok.Kind == TokenKind.EndOfFile) Unexpected();
            var element = ParseClassElement(superClass != null);
            elements.Add(element);
            if (element is MethodDefinition { MethodKind: MethodKind.Constructor })
            {
                if (hadConstructor) RaiseAt("A class may only have one constructor", element);
                hadConstructor = true;
            }
            else if (element is MethodDefinition { Key: PrivateIdentifier pk } md) DeclarePrivate(scope, pk, md.MethodKind, md.Static);
            else if (element is PropertyDefinition { Key: PrivateIdentifier fk } pd) DeclarePrivate(scope, fk, MethodKind.Method, pd.Static);
            if (tok.Kind == TokenKind.LeftBrace && element is PropertyDefinition) Unexpected();
        }
        Next();
        strict = oldStrict;
        var body = new ClassBody(Span(bm), nodePool.ToImmutableAndReturn(elements));
        ExitPrivateScope();
        LeaveRecursion();
        return isStatement ? new ClassDeclaration(Span(m), id, superClass, body, decorators) : new ClassExpression(Span(m), id, superClass, body, decorators);
    }

    private void DeclarePrivate(PrivateNameScope scope, PrivateIdentifier key, MethodKind kind, bool isStatic)
    {
        string next = kind == MethodKind.Get ? (isStatic ? "sget" : "iget") : kind == MethodKind.Set ? (isStatic ? "sset" : "iset") : "true";
        if (scope.Declared.TryGetValue(key.Name, out var curr))
        {
            if ((curr == "iget" && next == "iset") || (curr == "iset" && next == "iget")
                || (curr == "sget" && next == "sset") || (curr == "sset" && next == "sget"))
            {
                scope.Declared[key.Name] = "true";
                return;
            }
            RaiseAt($"Identifier '#{key.Name}' has already been declared", key);
        }
        scope.Declared[key.Name] = next;
    }

    private void ExitPrivateScope()
    {
        var scope = privateNameStack[^1];
        privateNameStack.RemoveAt(privateNameStack.Count - 1);
        var parent = privateNameStack.Count > 0 ? privateNameStack[^1] : null;
        foreach (var id in scope.Used)
        {
            if (scope.Declared.ContainsKey(id.Name)) continue;
            if (parent != null) parent.Used.Add(id);
            else RaiseAt($"Private field '#{id.Name}' must be declared in an enclosing class", id);
        }
        scope.Declared.Clear();
        scope.Used.Clear();
        privateScopeFree.Push(scope);
    }

    private bool IsClassElementNameStart()
        => tok.Kind is TokenKind.Identifier or TokenKind.PrivateName or TokenKind.NumericLiteral or TokenKind.StringLiteral
            or TokenKind.BigIntLiteral or TokenKind.LeftBracket or TokenKind.EscapedKeyword || IsKeywordKind(tok.Kind);

    private static bool IsKeyNamed(Expression key, bool computed, string name)
        => !computed && ((key is Identifier id && id.Name == name) || (key is Literal { LiteralKind: LiteralKind.String } lit && lit.StringValue == name));

    /// <summary>ClassElement (ECMA-262 §15.7): methods, accessors, fields, static blocks.</summary>
    private Node ParseClassElement(bool derived)
    {
        var m = Mark();
        var decorators = tok.Kind == TokenKind.At ? ParseDecorators() : default;
        string? keyName = null;
        bool isStatic = false, isAsync = false, isGenerator = false, isAccessor = false;
        var kind = MethodKind.Method;
        Marker keyMark = m;
        if (IsContextual("static"))
        {
            keyMark = Mark();
            Next();
            if (tok.Kind == TokenKind.LeftBrace)
            {
                if (!decorators.IsDefault) Unexpected();
                return ParseStaticBlock(m);
            }
            if (IsClassElementNameStart() || tok.Kind == TokenKind.Star) isStatic = true;
            else keyName = "static";
        }
        if (keyName == null && IsContextual("accessor"))
        {
            keyMark = Mark();
            Next();
            if (IsClassElementNameStart() && !tok.NewlineBefore) isAccessor = true;
            else keyName = "accessor";
        }
        if (keyName == null && !isAccessor && IsContextual("async"))
        {
            keyMark = Mark();
            Next();
            if ((IsClassElementNameStart() || tok.Kind == TokenKind.Star) && !CanInsertSemicolon()) isAsync = true;
            else keyName = "async";
        }
        if (keyName == null && !isAccessor && Eat(TokenKind.Star)) isGenerator = true;
        if (keyName == null && !isAsync && !isGenerator && (IsContextual("get") || IsContextual("set")))
        {
            keyMark = Mark();
            var word = tok.Value!;
            Next();
            if (IsClassElementNameStart()) kind = word == "get" ? MethodKind.Get : MethodKind.Set;
            else keyName = word;
        }
        Expression key;
        bool computed = false;
        if (keyName != null)
        {
            key = new Identifier(Span(keyMark), keyName);
        }
        else if (tok.Kind == TokenKind.PrivateName)
        {
            if (tok.Value == "constructor") RaiseAtToken("Classes may not have a private field named '#constructor'");
            var pm = Mark();
            var name = tok.Value ?? "";
            Next();
            key = new PrivateIdentifier(Span(pm), name);
        }
        else key = ParsePropertyName(out computed);

        if (!isAccessor && (tok.Kind == TokenKind.LeftParen || kind != MethodKind.Method || isGenerator || isAsync))
        {
            bool isConstructor = !isStatic && IsKeyNamed(key, computed, "constructor");
            if (isConstructor)
            {
                if (kind != MethodKind.Method) RaiseAt("Class constructor may not be an accessor", key);
                if (isGenerator) RaiseAt("Class constructor may not be a generator", key);
                if (isAsync) RaiseAt("Class constructor may not be an async method", key);
                kind = MethodKind.Constructor;
            }
            else if (isStatic && IsKeyNamed(key, computed, "prototype"))
                RaiseAt("Classes may not have a static property named 'prototype'", key);
            var extra = isConstructor ? FunctionFlags.ClassConstructor | (derived ? FunctionFlags.DerivedConstructor : 0) : 0;
            var value = ParseMethod(isGenerator, isAsync, isConstructor && derived, extra);
            CheckAccessorArity(kind == MethodKind.Get ? PropertyKind.Get : kind == MethodKind.Set ? PropertyKind.Set : PropertyKind.Init, value);
            return new MethodDefinition(Span(m), key, value, kind, computed, isStatic, decorators);
        }

        // Field definition
        if (IsKeyNamed(key, computed, "constructor")) RaiseAt("Classes may not have a field named 'constructor'", key);
        if (isStatic && IsKeyNamed(key, computed, "prototype")) RaiseAt("Classes may not have a static property named 'prototype'", key);
        Expression? init = null;
        if (Eat(TokenKind.Assign))
        {
            int oldLabelBase = labelBase;
            labelBase = labels.Count;
            int oldYield = yieldPos, oldAwait = awaitPos, oldAwaitIdent = awaitIdentPos;
            EnterScope(ScopeFlags.ClassFieldInit | ScopeFlags.Super);
            init = ParseMaybeAssign();
            ExitScope();
            yieldPos = oldYield; awaitPos = oldAwait; awaitIdentPos = oldAwaitIdent;
            labelBase = oldLabelBase;
        }
        Semicolon();
        return new PropertyDefinition(Span(m), key, init, computed, isStatic, isAccessor, decorators);
    }

    /// <summary>ClassStaticBlock (ECMA-262 §15.7.1): its own var scope, `await` reserved, no `arguments`, labels reset.</summary>
    private StaticBlock ParseStaticBlock(Marker m)
    {
        Next(); // '{'
        int oldLabelBase = labelBase;
        labelBase = labels.Count;
        EnterScope(ScopeFlags.ClassStaticBlock | ScopeFlags.Super);
        var body = statementPool.Rent();
        while (tok.Kind != TokenKind.RightBrace)
        {
            if (tok.Kind == TokenKind.EndOfFile) Unexpected();
            body.Add(ParseStatementListItem(false));
        }
        Next();
        ExitScope();
        labelBase = oldLabelBase;
        return new StaticBlock(Span(m), statementPool.ToImmutableAndReturn(body));
    }

    /// <summary>Stage-3 decorators: `@` followed by a DecoratorMemberExpression (`a.b.#c`), optionally called, or a
    /// parenthesized expression.</summary>
    private ImmutableArray<Expression> ParseDecorators()
    {
        var list = expressionPool.Rent();
        while (tok.Kind == TokenKind.At)
        {
            var m = Mark();
            Next();
            Expression expr;
            if (tok.Kind == TokenKind.LeftParen)
            {
                Next();
                expr = ParseExpression();
                Expect(TokenKind.RightParen);
                expr.IsParenthesized = true;
            }
            else
            {
                expr = ParseIdent(false);
                while (Eat(TokenKind.Dot))
                {
                    Expression prop = tok.Kind == TokenKind.PrivateName ? ParsePrivateIdentifier() : ParseIdent(true);
                    expr = new MemberExpression(Span(m), expr, prop, false, false);
                }
                if (Eat(TokenKind.LeftParen))
                {
                    var args = ParseCallArguments(null, out _);
                    expr = new CallExpression(Span(m), expr, nodePool.ToImmutableAndReturn(args), false);
                }
            }
            list.Add(expr);
        }
        return expressionPool.ToImmutableAndReturn(list);
    }

    private void CheckAccessorArity(PropertyKind kind, FunctionExpression value)
    {
        if (kind == PropertyKind.Get && value.Params.Length != 0) RaiseAt("Getter must not have any formal parameters.", value);
        if (kind == PropertyKind.Set)
        {
            if (value.Params.Length != 1) RaiseAt("Setter must have exactly one formal parameter.", value);
            if (value.Params[0] is RestElement) RaiseAt("Setter function argument must not be a rest parameter", value.Params[0]);
        }
    }
}
