using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Aot.Engine.Parsing.Ast;

namespace Aot.Engine.Parsing;

public sealed class ParseOptions
{
    /// <summary>The script starts in strict mode.</summary>
    public bool Strict { get; init; }
    /// <summary>CommonJS wrapper semantics: `return` is allowed at the top level.</summary>
    public bool AllowReturnOutsideFunction { get; init; }
    /// <summary>Direct eval code inside a non-arrow function (§19.2.1.1 PerformEval step 6: new.target allowed).</summary>
    public bool AllowNewTarget { get; init; }
    /// <summary>Direct eval code inside a method: `super.x` allowed.</summary>
    public bool AllowSuperProperty { get; init; }
    /// <summary>Direct eval code inside a derived constructor: `super()` allowed.</summary>
    public bool AllowSuperCall { get; init; }
    /// <summary>Direct eval code inside a class field initializer: `arguments` is an early error.</summary>
    public bool InClassFieldInitializer { get; init; }
}

/// <summary>
/// ECMAScript 2024 parser producing an ESTree-shaped AST (Ast/*.cs), with all early errors.
/// Recursive descent with one token of lookahead (plus Lexer.Save/Restore peeks), cover grammars for
/// arrow parameters and destructuring assignment (reinterpreting expressions as patterns), and a
/// scope stack for declaration conflicts. Bad input throws <see cref="SyntaxError"/> only.
/// Partials: Statements, Expressions, Functions, Classes, Modules, Patterns, Templates.
/// </summary>
public sealed partial class Parser
{
    /// <summary>Nesting limit for recursive constructs; deeper input is a SyntaxError, never a stack overflow.</summary>
    private const int MaxDepth = 1800;

    private readonly Lexer lexer;
    private readonly string src;
    private readonly bool inModule;
    private readonly ParseOptions options;

    private Token tok;
    private int lastEnd;
    private int lastStart;
    private bool strict;
    private int depth;

    // Scopes (ScopeTracker.cs)
    private readonly List<Scope> scopes = new();
    private int scopeCount;

    // Labels
    private readonly LabelSet labels = new();
    private int labelBase;

    // Cover grammar bookkeeping (acorn-style): first positions of yield/await expressions and of
    // `await` used as an identifier inside a possible arrow parameter list; -1 = none.
    private int yieldPos = -1, awaitPos = -1, awaitIdentPos = -1;
    private int potentialArrowAt = -1;
    private bool potentialArrowInForAwait;

    private Parser(string source, bool module, ParseOptions? options)
    {
        src = source;
        inModule = module;
        this.options = options ?? new ParseOptions();
        lexer = new Lexer(source, module);
        strict = module || this.options.Strict;
    }

    public static Ast.Program ParseScript(string source, ParseOptions? options = null)
        => new Parser(source, false, options).ParseTopLevel();

    public static Ast.Program ParseModule(string source, ParseOptions? options = null)
        => new Parser(source, true, options).ParseTopLevel();

    // ---------------------------------------------------------------- positions

    private readonly struct Marker(int start, int line, int column)
    {
        public readonly int Start = start;
        public readonly int Line = line;
        public readonly int Column = column;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Marker Mark() => new(tok.Start, tok.Line, tok.Column);

    private static Marker MarkOf(Node n) => new(n.Start, n.Line, n.Column);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private SourceSpan Span(in Marker m) => new(m.Start, lastEnd, m.Line, m.Column);

    private static SourceSpan SpanTo(in Marker m, int end) => new(m.Start, end, m.Line, m.Column);

    // ---------------------------------------------------------------- tokens

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Next()
    {
        lastEnd = tok.End;
        lastStart = tok.Start;
        tok = lexer.Next();
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool Eat(TokenKind kind)
    {
        if (tok.Kind != kind) return false;
        Next();
        return true;
    }

    private void Expect(TokenKind kind)
    {
        if (tok.Kind != kind) Unexpected();
        Next();
    }

    /// <summary>An unescaped identifier token with the given text (contextual keyword).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool IsContextual(string name)
        => tok.Kind == TokenKind.Identifier && (tok.Flags & TokenFlags.Escaped) == 0 && string.Equals(tok.Value, name);

    private bool EatContextual(string name)
    {
        if (!IsContextual(name)) return false;
        Next();
        return true;
    }

    private void ExpectContextual(string name)
    {
        if (!EatContextual(name)) Unexpected();
    }

    private bool CanInsertSemicolon()
        => tok.Kind == TokenKind.EndOfFile || tok.Kind == TokenKind.RightBrace || (tok.Flags & TokenFlags.NewlineBefore) != 0;

    /// <summary>ECMA-262 §12.10 Automatic Semicolon Insertion.</summary>
    private void Semicolon()
    {
        if (Eat(TokenKind.Semicolon) || CanInsertSemicolon()) return;
        // `await x` outside an async function reads as the identifier `await` followed by a stray
        // token; say what the user meant, as V8 does.
        if (lastEnd - lastStart == 5 && string.CompareOrdinal(src, lastStart, "await", 0, 5) == 0)
            Raise("await is only valid in async functions and the top level bodies of modules", lastStart);
        Unexpected();
    }

    /// <summary>The token after the current one, without consuming anything.</summary>
    private Token Peek()
    {
        var state = lexer.Save();
        var t = lexer.Next();
        lexer.Restore(state);
        return t;
    }

    /// <summary>The two tokens after the current one.</summary>
    private (Token, Token) Peek2()
    {
        var state = lexer.Save();
        var t1 = lexer.Next();
        var t2 = t1.Kind == TokenKind.EndOfFile ? t1 : lexer.Next();
        lexer.Restore(state);
        return (t1, t2);
    }

    private static bool IsKeywordKind(TokenKind k) => k >= TokenKind.Await_Unused && k <= TokenKind.With;

    /// <summary>IdentifierName (ECMA-262 §12.7): identifiers, reserved words, escaped reserved words.</summary>
    private static bool IsIdentifierName(TokenKind k)
        => k == TokenKind.Identifier || k == TokenKind.EscapedKeyword || IsKeywordKind(k);

    internal static bool IsStrictReserved(string name) => name switch
    {
        "implements" or "interface" or "let" or "package" or "private" or "protected" or "public" or "static" or "yield" => true,
        _ => false,
    };

    // ---------------------------------------------------------------- depth guard

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void EnterRecursion()
    {
        // The stack probe is only needed every few levels: 16 frames of this parser use far less than the
        // 64 KB headroom TryEnsureSufficientExecutionStack guarantees.
        if ((++depth & 15) == 0 && (depth > MaxDepth || !RuntimeHelpers.TryEnsureSufficientExecutionStack())) ThrowTooDeep();
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void LeaveRecursion() => depth--;

    [DoesNotReturn]
    private void ThrowTooDeep() => throw new SyntaxError("Program too complex: expressions or statements are too deeply nested", tok.Start, tok.Line, tok.Column);

    // ---------------------------------------------------------------- errors

    [DoesNotReturn]
    private void Raise(string message, int offset) => throw lexer.Error(message, offset);

    [DoesNotReturn]
    private void RaiseAtToken(string message) => throw new SyntaxError(message, tok.Start, tok.Line, tok.Column);

    [DoesNotReturn]
    private void RaiseAt(string message, Node node) => throw new SyntaxError(message, node.Start, node.Line, node.Column);

    /// <summary>V8-style "Unexpected token" for the current token.</summary>
    [DoesNotReturn]
    private void Unexpected() => throw new SyntaxError(UnexpectedMessage(tok), tok.Start, tok.Line, tok.Column);

    [DoesNotReturn]
    private void UnexpectedAt(int offset) => Raise("Unexpected token", offset);

    private string UnexpectedMessage(in Token t)
    {
        switch (t.Kind)
        {
            case TokenKind.EndOfFile: return "Unexpected end of input";
            case TokenKind.Identifier:
                if (strict && t.Value != null && IsStrictReserved(t.Value)) return "Unexpected strict mode reserved word";
                if (t.Value == "await" && (inModule || CurrentScope.CanAwait)) return "Unexpected reserved word";
                return $"Unexpected identifier '{t.Value}'";
            case TokenKind.EscapedKeyword: return "Keyword must not contain escaped characters";
            case TokenKind.NumericLiteral:
            case TokenKind.BigIntLiteral: return "Unexpected number";
            case TokenKind.StringLiteral: return "Unexpected string";
            case TokenKind.NoSubstitutionTemplate:
            case TokenKind.TemplateHead: return "Unexpected template string";
            case TokenKind.PrivateName: return $"Unexpected identifier '#{t.Value}'";
            default:
                if (t.Kind == TokenKind.Enum) return "Unexpected reserved word";
                return $"Unexpected token '{src.Substring(t.Start, Math.Min(t.End - t.Start, 20))}'";
        }
    }

    // ---------------------------------------------------------------- list pooling

    /// <summary>Reusable scratch lists so that building node arrays allocates only the final array.</summary>
    private sealed class Pool<T>
    {
        private readonly Stack<List<T>> free = new();
        public List<T> Rent() => free.Count > 0 ? free.Pop() : new List<T>(8);
        public ImmutableArray<T> ToImmutableAndReturn(List<T> list)
        {
            var result = list.Count == 0 ? ImmutableArray<T>.Empty : ImmutableArray.Create<T>(CollectionsMarshal.AsSpan(list));
            Return(list);
            return result;
        }
        public void Return(List<T> list)
        {
            list.Clear();
            if (list.Capacity <= 1024) free.Push(list);
        }
    }

    private readonly Pool<Statement> statementPool = new();
    private readonly Pool<Node> nodePool = new();
    private readonly Pool<Node?> nullableNodePool = new();
    private readonly Pool<Expression> expressionPool = new();

    // ---------------------------------------------------------------- top level

    /// <summary>ECMA-262 §16.1 Script / §16.2 Module.</summary>
    private Ast.Program ParseTopLevel()
    {
        tok = lexer.Next();
        EnterScope(ScopeFlags.Top);
        var start = new Marker(0, 1, 0);
        var body = statementPool.Rent();
        if (!inModule) ParseDirectivePrologue(body);
        while (tok.Kind != TokenKind.EndOfFile)
            body.Add(ParseStatementListItem(topLevel: true));
        if (inModule) CheckUndefinedExports();
        ExitScope();
        bool isStrict = strict;
        return new Ast.Program(new SourceSpan(0, src.Length, start.Line, start.Column), statementPool.ToImmutableAndReturn(body),
            inModule ? SourceType.Module : SourceType.Script, isStrict) { SourceText = src };
    }

    /// <summary>ECMA-262 §11.2.1 Directive Prologues and the Use Strict Directive. Parses leading string
    /// expression statements into <paramref name="body"/>; on "use strict" switches to strict mode and
    /// re-validates earlier directives (octal escapes). The caller re-validates the function's name and
    /// parameters. Returns true when the prologue holds a Use Strict Directive.</summary>
    private bool ParseDirectivePrologue(List<Statement> body)
    {
        bool found = false;
        int firstOctal = -1;
        while (tok.Kind == TokenKind.StringLiteral)
        {
            var strTok = tok;
            var m = Mark();
            var expr = ParseExpression();
            bool isDirective = expr is Literal { LiteralKind: LiteralKind.String, IsParenthesized: false } lit && lit.End == strTok.End;
            if (!isDirective)
            {
                Semicolon();
                body.Add(new ExpressionStatement(Span(m), expr));
                return found;
            }
            Semicolon();
            string raw = src.Substring(strTok.Start + 1, strTok.End - strTok.Start - 2);
            body.Add(new ExpressionStatement(Span(m), expr, raw));
            if ((strTok.Flags & TokenFlags.OctalEscape) != 0 && firstOctal < 0) firstOctal = strTok.Start;
            if (raw == "use strict")
            {
                found = true;
                strict = true;
                if (firstOctal >= 0) Raise("Octal escape sequences are not allowed in strict mode.", firstOctal);
            }
        }
        return found;
    }
}
