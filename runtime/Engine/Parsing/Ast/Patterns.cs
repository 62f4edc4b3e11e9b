using System.Collections.Immutable;

namespace Aot.Engine.Parsing.Ast;

// Binding and assignment patterns (ECMA-262 §14.3.3 BindingPattern, §13.15.5 AssignmentPattern).
// Targets are typed Node: an Identifier, a MemberExpression (assignment patterns only) or a nested pattern.

/// <summary>Properties are Property (Value = target, possibly an AssignmentPattern) and a final RestElement.</summary>
public sealed class ObjectPattern(SourceSpan span, ImmutableArray<Node> properties) : Node(NodeKind.ObjectPattern, span)
{
    public ImmutableArray<Node> Properties { get; } = properties;
}

/// <summary>Elements are targets, AssignmentPattern, a final RestElement, or null (elision).</summary>
public sealed class ArrayPattern(SourceSpan span, ImmutableArray<Node?> elements) : Node(NodeKind.ArrayPattern, span)
{
    public ImmutableArray<Node?> Elements { get; } = elements;
}

/// <summary>A target with a default value: `a = 1` inside a pattern or a parameter list.</summary>
public sealed class AssignmentPattern(SourceSpan span, Node left, Expression right) : Node(NodeKind.AssignmentPattern, span)
{
    public Node Left { get; } = left;
    public Expression Right { get; } = right;
}

public sealed class RestElement(SourceSpan span, Node argument) : Node(NodeKind.RestElement, span)
{
    public Node Argument { get; } = argument;
}
