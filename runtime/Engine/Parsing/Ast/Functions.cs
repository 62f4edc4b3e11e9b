using System;
using System.Collections.Immutable;

namespace Aot.Engine.Parsing.Ast;

/// <summary>Facts about a function the compiler needs, recorded by the parser.</summary>
[Flags]
public enum FunctionFlags : ushort
{
    None = 0,
    Async = 1 << 0,
    Generator = 1 << 1,
    Arrow = 1 << 2,
    /// <summary>The function's code is strict (inherited, or its own "use strict" directive, or class code).</summary>
    Strict = 1 << 3,
    /// <summary>ECMA-262 §15.1.3 IsSimpleParameterList: only plain identifiers, no defaults/rest/patterns.</summary>
    SimpleParameterList = 1 << 4,
    /// <summary>The body mentions `arguments` (arrows propagate this to the enclosing function).</summary>
    UsesArguments = 1 << 5,
    /// <summary>The body (or a nested arrow) contains a call `eval(...)` (possible direct eval).</summary>
    UsesEval = 1 << 6,
    /// <summary>The body (or a nested arrow) mentions `this` or `super`.</summary>
    UsesThis = 1 << 7,
    /// <summary>The body has its own "use strict" directive.</summary>
    HasUseStrictDirective = 1 << 8,
    /// <summary>Arrow function whose body is an expression.</summary>
    ExpressionBody = 1 << 9,
    /// <summary>Object/class method, getter, setter or class constructor (has a [[HomeObject]]).</summary>
    Method = 1 << 10,
    /// <summary>Class constructor.</summary>
    ClassConstructor = 1 << 11,
    /// <summary>Constructor of a class with an `extends` clause.</summary>
    DerivedConstructor = 1 << 12,
    /// <summary>The body (or a nested arrow) mentions `new.target`.</summary>
    UsesNewTarget = 1 << 13,
    /// <summary>The body (or a nested arrow) uses `super.x` or `super()`.</summary>
    UsesSuper = 1 << 14,
}

/// <summary>Common shape of FunctionDeclaration, FunctionExpression and ArrowFunctionExpression.</summary>
public interface IFunctionNode
{
    Identifier? Id { get; }
    /// <summary>Identifier, pattern, AssignmentPattern or a final RestElement.</summary>
    ImmutableArray<Node> Params { get; }
    /// <summary>A BlockStatement, or an Expression for arrows with an expression body.</summary>
    Node Body { get; }
    FunctionFlags Flags { get; }
}

public sealed class FunctionDeclaration(SourceSpan span, Identifier? id, ImmutableArray<Node> parameters, BlockStatement body, FunctionFlags flags)
    : Statement(NodeKind.FunctionDeclaration, span), IFunctionNode
{
    /// <summary>Null only for `export default function () {}`.</summary>
    public Identifier? Id { get; } = id;
    public ImmutableArray<Node> Params { get; } = parameters;
    public BlockStatement Body { get; } = body;
    Node IFunctionNode.Body => Body;
    public FunctionFlags Flags { get; } = flags;
    public bool Async => (Flags & FunctionFlags.Async) != 0;
    public bool Generator => (Flags & FunctionFlags.Generator) != 0;
}

public sealed class FunctionExpression(SourceSpan span, Identifier? id, ImmutableArray<Node> parameters, BlockStatement body, FunctionFlags flags)
    : Expression(NodeKind.FunctionExpression, span), IFunctionNode
{
    public Identifier? Id { get; } = id;
    public ImmutableArray<Node> Params { get; } = parameters;
    public BlockStatement Body { get; } = body;
    Node IFunctionNode.Body => Body;
    public FunctionFlags Flags { get; } = flags;
    public bool Async => (Flags & FunctionFlags.Async) != 0;
    public bool Generator => (Flags & FunctionFlags.Generator) != 0;
}

public sealed class ArrowFunctionExpression(SourceSpan span, ImmutableArray<Node> parameters, Node body, FunctionFlags flags)
    : Expression(NodeKind.ArrowFunctionExpression, span), IFunctionNode
{
    public Identifier? Id => null;
    public ImmutableArray<Node> Params { get; } = parameters;
    /// <summary>BlockStatement, or an Expression when <see cref="FunctionFlags.ExpressionBody"/>.</summary>
    public Node Body { get; } = body;
    public FunctionFlags Flags { get; } = flags;
    public bool Async => (Flags & FunctionFlags.Async) != 0;
    public bool IsExpressionBody => (Flags & FunctionFlags.ExpressionBody) != 0;
}
