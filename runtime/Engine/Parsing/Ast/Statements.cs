using System.Collections.Immutable;

namespace Aot.Engine.Parsing.Ast;

/// <summary>An expression statement; <see cref="Directive"/> is set for directive-prologue entries (the raw
/// string without quotes, ESTree convention).</summary>
public sealed class ExpressionStatement(SourceSpan span, Expression expression, string? directive = null)
    : Statement(NodeKind.ExpressionStatement, span)
{
    public Expression Expression { get; } = expression;
    public string? Directive { get; } = directive;
}

public sealed class BlockStatement(SourceSpan span, ImmutableArray<Statement> body) : Statement(NodeKind.BlockStatement, span)
{
    public ImmutableArray<Statement> Body { get; } = body;
}

public sealed class EmptyStatement(SourceSpan span) : Statement(NodeKind.EmptyStatement, span);

public sealed class DebuggerStatement(SourceSpan span) : Statement(NodeKind.DebuggerStatement, span);

public sealed class WithStatement(SourceSpan span, Expression @object, Statement body) : Statement(NodeKind.WithStatement, span)
{
    public Expression Object { get; } = @object;
    public Statement Body { get; } = body;
}

public sealed class ReturnStatement(SourceSpan span, Expression? argument) : Statement(NodeKind.ReturnStatement, span)
{
    public Expression? Argument { get; } = argument;
}

public sealed class LabeledStatement(SourceSpan span, Identifier label, Statement body) : Statement(NodeKind.LabeledStatement, span)
{
    public Identifier Label { get; } = label;
    public Statement Body { get; } = body;
}

public sealed class BreakStatement(SourceSpan span, Identifier? label) : Statement(NodeKind.BreakStatement, span)
{
    public Identifier? Label { get; } = label;
}

public sealed class ContinueStatement(SourceSpan span, Identifier? label) : Statement(NodeKind.ContinueStatement, span)
{
    public Identifier? Label { get; } = label;
}

public sealed class IfStatement(SourceSpan span, Expression test, Statement consequent, Statement? alternate)
    : Statement(NodeKind.IfStatement, span)
{
    public Expression Test { get; } = test;
    public Statement Consequent { get; } = consequent;
    public Statement? Alternate { get; } = alternate;
}

public sealed class SwitchStatement(SourceSpan span, Expression discriminant, ImmutableArray<SwitchCase> cases)
    : Statement(NodeKind.SwitchStatement, span)
{
    public Expression Discriminant { get; } = discriminant;
    public ImmutableArray<SwitchCase> Cases { get; } = cases;
}

/// <summary>A case clause; <see cref="Test"/> is null for `default:`.</summary>
public sealed class SwitchCase(SourceSpan span, Expression? test, ImmutableArray<Statement> consequent) : Node(NodeKind.SwitchCase, span)
{
    public Expression? Test { get; } = test;
    public ImmutableArray<Statement> Consequent { get; } = consequent;
}

public sealed class ThrowStatement(SourceSpan span, Expression argument) : Statement(NodeKind.ThrowStatement, span)
{
    public Expression Argument { get; } = argument;
}

public sealed class TryStatement(SourceSpan span, BlockStatement block, CatchClause? handler, BlockStatement? finalizer)
    : Statement(NodeKind.TryStatement, span)
{
    public BlockStatement Block { get; } = block;
    public CatchClause? Handler { get; } = handler;
    public BlockStatement? Finalizer { get; } = finalizer;
}

/// <summary><see cref="Param"/> is null for `catch { }` (optional catch binding); else Identifier or a binding pattern.</summary>
public sealed class CatchClause(SourceSpan span, Node? param, BlockStatement body) : Node(NodeKind.CatchClause, span)
{
    public Node? Param { get; } = param;
    public BlockStatement Body { get; } = body;
}

public sealed class WhileStatement(SourceSpan span, Expression test, Statement body) : Statement(NodeKind.WhileStatement, span)
{
    public Expression Test { get; } = test;
    public Statement Body { get; } = body;
}

public sealed class DoWhileStatement(SourceSpan span, Statement body, Expression test) : Statement(NodeKind.DoWhileStatement, span)
{
    public Statement Body { get; } = body;
    public Expression Test { get; } = test;
}

/// <summary><see cref="Init"/> is a VariableDeclaration, an Expression, or null.</summary>
public sealed class ForStatement(SourceSpan span, Node? init, Expression? test, Expression? update, Statement body)
    : Statement(NodeKind.ForStatement, span)
{
    public Node? Init { get; } = init;
    public Expression? Test { get; } = test;
    public Expression? Update { get; } = update;
    public Statement Body { get; } = body;
}

/// <summary><see cref="Left"/> is a VariableDeclaration (one declarator, no init except the Annex B
/// `for (var a = 1 in o)` form) or an assignment target (Identifier, MemberExpression, pattern).</summary>
public sealed class ForInStatement(SourceSpan span, Node left, Expression right, Statement body) : Statement(NodeKind.ForInStatement, span)
{
    public Node Left { get; } = left;
    public Expression Right { get; } = right;
    public Statement Body { get; } = body;
}

public sealed class ForOfStatement(SourceSpan span, Node left, Expression right, Statement body, bool isAwait)
    : Statement(NodeKind.ForOfStatement, span)
{
    public Node Left { get; } = left;
    public Expression Right { get; } = right;
    public Statement Body { get; } = body;
    /// <summary>`for await (... of ...)`.</summary>
    public bool Await { get; } = isAwait;
}

public enum VariableKind : byte { Var, Let, Const, Using, AwaitUsing }

public sealed class VariableDeclaration(SourceSpan span, VariableKind kind, ImmutableArray<VariableDeclarator> declarations)
    : Statement(NodeKind.VariableDeclaration, span)
{
    public VariableKind DeclarationKind { get; } = kind;
    public ImmutableArray<VariableDeclarator> Declarations { get; } = declarations;
}

/// <summary><see cref="Id"/> is an Identifier or a binding pattern.</summary>
public sealed class VariableDeclarator(SourceSpan span, Node id, Expression? init) : Node(NodeKind.VariableDeclarator, span)
{
    public Node Id { get; } = id;
    public Expression? Init { get; } = init;
}
