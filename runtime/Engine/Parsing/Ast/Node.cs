using System.Collections.Immutable;

namespace Aot.Engine.Parsing.Ast;

/// <summary>Every ESTree node kind the parser produces; later passes switch on it without type tests.</summary>
public enum NodeKind : byte
{
    Program,

    // Statements (Statements.cs)
    ExpressionStatement, BlockStatement, EmptyStatement, DebuggerStatement, WithStatement, ReturnStatement,
    LabeledStatement, BreakStatement, ContinueStatement, IfStatement, SwitchStatement, SwitchCase,
    ThrowStatement, TryStatement, CatchClause, WhileStatement, DoWhileStatement, ForStatement,
    ForInStatement, ForOfStatement, VariableDeclaration, VariableDeclarator, StaticBlock,

    // Functions and classes (Functions.cs, Classes.cs)
    FunctionDeclaration, FunctionExpression, ArrowFunctionExpression,
    ClassDeclaration, ClassExpression, ClassBody, MethodDefinition, PropertyDefinition,

    // Expressions (Expressions.cs)
    Identifier, PrivateIdentifier, Literal, ThisExpression, Super, ArrayExpression, ObjectExpression, Property,
    SpreadElement, UnaryExpression, UpdateExpression, BinaryExpression, LogicalExpression,
    AssignmentExpression, ConditionalExpression, CallExpression, NewExpression, MemberExpression,
    ChainExpression, SequenceExpression, YieldExpression, AwaitExpression, TemplateLiteral,
    TemplateElement, TaggedTemplateExpression, MetaProperty, ImportExpression,

    // Patterns (Patterns.cs)
    ObjectPattern, ArrayPattern, AssignmentPattern, RestElement,

    // Modules (Modules.cs)
    ImportDeclaration, ImportSpecifier, ImportDefaultSpecifier, ImportNamespaceSpecifier, ImportAttribute,
    ExportNamedDeclaration, ExportSpecifier, ExportDefaultDeclaration, ExportAllDeclaration,
}

/// <summary>Source range of a node: UTF-16 offsets (End exclusive), 1-based line, 0-based column of Start.</summary>
public readonly record struct SourceSpan(int Start, int End, int Line, int Column);

/// <summary>Base of all AST nodes. Nodes are immutable once the parser returns them.</summary>
public abstract class Node(NodeKind kind, SourceSpan span)
{
    public NodeKind Kind { get; } = kind;
    public int Start { get; } = span.Start;
    public int End { get; } = span.End;
    public int Line { get; } = span.Line;
    public int Column { get; } = span.Column;
    public SourceSpan Span => new(Start, End, Line, Column);
    public override string ToString() => $"{Kind} [{Start},{End}) @{Line}:{Column}";
}

/// <summary>Statements and declarations (ECMA-262 §14).</summary>
public abstract class Statement(NodeKind kind, SourceSpan span) : Node(kind, span);

/// <summary>Expressions (ECMA-262 §13). Identifier and MemberExpression also serve as assignment/binding targets.</summary>
public abstract class Expression(NodeKind kind, SourceSpan span) : Node(kind, span)
{
    /// <summary>The expression was written inside parentheses (ESTree drops the parentheses; the parser needs
    /// the fact for early errors, the compiler for `(a.b)()` vs `(0, a.b)()` it does not matter).</summary>
    public bool IsParenthesized { get; internal set; }
}

public enum SourceType : byte { Script, Module }

/// <summary>ECMA-262 §16.1 Scripts / §16.2 Modules.</summary>
public sealed class Program(SourceSpan span, ImmutableArray<Statement> body, SourceType sourceType, bool strict)
    : Node(NodeKind.Program, span)
{
    /// <summary>Statements and module items (ImportDeclaration/Export* are Statements here).</summary>
    public ImmutableArray<Statement> Body { get; } = body;
    public SourceType SourceType { get; } = sourceType;
    /// <summary>Module code, ParseOptions.Strict, or a "use strict" directive prologue.</summary>
    public bool Strict { get; } = strict;
    /// <summary>The parsed text (Function.prototype.toString slices it, §20.2.3.5).</summary>
    public string SourceText { get; init; } = "";
}
