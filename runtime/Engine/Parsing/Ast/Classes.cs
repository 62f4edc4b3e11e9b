using System.Collections.Immutable;

namespace Aot.Engine.Parsing.Ast;

// ECMA-262 §15.7 Class Definitions. Class code is always strict.

public sealed class ClassDeclaration(SourceSpan span, Identifier? id, Expression? superClass, ClassBody body,
    ImmutableArray<Expression> decorators = default) : Statement(NodeKind.ClassDeclaration, span)
{
    /// <summary>Stage-3 decorators `@dec class ...` (empty when none).</summary>
    public ImmutableArray<Expression> Decorators { get; } = decorators.IsDefault ? ImmutableArray<Expression>.Empty : decorators;
    /// <summary>Null only for `export default class {}`.</summary>
    public Identifier? Id { get; } = id;
    public Expression? SuperClass { get; } = superClass;
    public ClassBody Body { get; } = body;
}

public sealed class ClassExpression(SourceSpan span, Identifier? id, Expression? superClass, ClassBody body,
    ImmutableArray<Expression> decorators = default) : Expression(NodeKind.ClassExpression, span)
{
    public ImmutableArray<Expression> Decorators { get; } = decorators.IsDefault ? ImmutableArray<Expression>.Empty : decorators;
    public Identifier? Id { get; } = id;
    public Expression? SuperClass { get; } = superClass;
    public ClassBody Body { get; } = body;
}

/// <summary>Elements are MethodDefinition, PropertyDefinition or StaticBlock, in source order.</summary>
public sealed class ClassBody(SourceSpan span, ImmutableArray<Node> body) : Node(NodeKind.ClassBody, span)
{
    public ImmutableArray<Node> Body { get; } = body;
}

public enum MethodKind : byte { Constructor, Method, Get, Set }

/// <summary>Key: Identifier, Literal, PrivateIdentifier, or any Expression when <see cref="Computed"/>.</summary>
public sealed class MethodDefinition(SourceSpan span, Expression key, FunctionExpression value, MethodKind kind, bool computed, bool isStatic,
    ImmutableArray<Expression> decorators = default) : Node(NodeKind.MethodDefinition, span)
{
    public ImmutableArray<Expression> Decorators { get; } = decorators.IsDefault ? ImmutableArray<Expression>.Empty : decorators;
    public Expression Key { get; } = key;
    public FunctionExpression Value { get; } = value;
    public MethodKind MethodKind { get; } = kind;
    public bool Computed { get; } = computed;
    public bool Static { get; } = isStatic;
}

/// <summary>A class field. The initializer behaves like a method body (its own `this`, no `arguments`).
/// <see cref="IsAccessor"/>: a stage-3 auto-accessor `accessor x = 1` (decorators proposal).</summary>
public sealed class PropertyDefinition(SourceSpan span, Expression key, Expression? value, bool computed, bool isStatic,
    bool isAccessor = false, ImmutableArray<Expression> decorators = default) : Node(NodeKind.PropertyDefinition, span)
{
    public bool IsAccessor { get; } = isAccessor;
    public ImmutableArray<Expression> Decorators { get; } = decorators.IsDefault ? ImmutableArray<Expression>.Empty : decorators;
    public Expression Key { get; } = key;
    public Expression? Value { get; } = value;
    public bool Computed { get; } = computed;
    public bool Static { get; } = isStatic;
}

/// <summary>`static { ... }` (ECMA-262 §15.7.1 ClassStaticBlock).</summary>
public sealed class StaticBlock(SourceSpan span, ImmutableArray<Statement> body) : Node(NodeKind.StaticBlock, span)
{
    public ImmutableArray<Statement> Body { get; } = body;
}
