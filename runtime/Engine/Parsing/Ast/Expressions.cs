using System.Collections.Immutable;

namespace Aot.Engine.Parsing.Ast;

/// <summary>An IdentifierReference, BindingIdentifier, LabelIdentifier or (as a property key) IdentifierName.</summary>
public sealed class Identifier(SourceSpan span, string name) : Expression(NodeKind.Identifier, span)
{
    public string Name { get; } = name;
}

/// <summary>`#name` in a class element key, member access `a.#name` or `#name in o`. Name is without '#'.</summary>
public sealed class PrivateIdentifier(SourceSpan span, string name) : Expression(NodeKind.PrivateIdentifier, span)
{
    public string Name { get; } = name;
}

public enum LiteralKind : byte { Null, Boolean, Number, String, RegExp, BigInt }

/// <summary>ESTree Literal: null, true/false, numbers, strings, regular expressions and BigInts.</summary>
public sealed class Literal : Expression
{
    public LiteralKind LiteralKind { get; }
    public bool BooleanValue { get; }
    public double NumberValue { get; }
    /// <summary>String: cooked value. BigInt: decimal digits. RegExp: pattern.</summary>
    public string? StringValue { get; }
    /// <summary>RegExp flags.</summary>
    public string? RegexFlags { get; }
    /// <summary>String literal written with an escape sequence or line continuation (then it is no "use strict" directive).</summary>
    public bool HasEscapes { get; }

    private Literal(SourceSpan span, LiteralKind kind, bool b, double n, string? s, string? flags, bool escapes)
        : base(NodeKind.Literal, span)
    {
        LiteralKind = kind; BooleanValue = b; NumberValue = n; StringValue = s; RegexFlags = flags; HasEscapes = escapes;
    }

    public static Literal Null(SourceSpan span) => new(span, LiteralKind.Null, false, 0, null, null, false);
    public static Literal Boolean(SourceSpan span, bool value) => new(span, LiteralKind.Boolean, value, 0, null, null, false);
    public static Literal Number(SourceSpan span, double value) => new(span, LiteralKind.Number, false, value, null, null, false);
    public static Literal String(SourceSpan span, string value, bool hasEscapes) => new(span, LiteralKind.String, false, 0, value, null, hasEscapes);
    public static Literal RegExp(SourceSpan span, string pattern, string flags) => new(span, LiteralKind.RegExp, false, 0, pattern, flags, false);
    public static Literal BigInt(SourceSpan span, string decimalDigits) => new(span, LiteralKind.BigInt, false, 0, decimalDigits, null, false);
}

public sealed class ThisExpression(SourceSpan span) : Expression(NodeKind.ThisExpression, span);

/// <summary>`super` as the callee of a CallExpression or the object of a MemberExpression.</summary>
public sealed class Super(SourceSpan span) : Expression(NodeKind.Super, span);

/// <summary>Elements are Expression, SpreadElement or null (hole).</summary>
public sealed class ArrayExpression(SourceSpan span, ImmutableArray<Node?> elements) : Expression(NodeKind.ArrayExpression, span)
{
    public ImmutableArray<Node?> Elements { get; } = elements;
    /// <summary>Parser bookkeeping: offset of a comma after a spread element (invalid if reinterpreted as a pattern), or -1.</summary>
    internal int CommaAfterSpread { get; init; } = -1;
}

/// <summary>Properties are Property or SpreadElement.</summary>
public sealed class ObjectExpression(SourceSpan span, ImmutableArray<Node> properties) : Expression(NodeKind.ObjectExpression, span)
{
    public ImmutableArray<Node> Properties { get; } = properties;
    /// <summary>Parser bookkeeping: offset of a comma after a spread property (invalid if reinterpreted as a pattern), or -1.</summary>
    internal int CommaAfterSpread { get; init; } = -1;
}

public enum PropertyKind : byte { Init, Get, Set }

/// <summary>An object literal property, or (in an ObjectPattern) an AssignmentProperty whose Value is a pattern.
/// Key: Identifier, Literal (string/number/bigint) or any Expression when <see cref="Computed"/>.</summary>
public sealed class Property(SourceSpan span, Expression key, Node value, PropertyKind kind, bool method, bool shorthand, bool computed)
    : Node(NodeKind.Property, span)
{
    public Expression Key { get; } = key;
    /// <summary>Expression, FunctionExpression (methods/accessors) or, in patterns, a binding/assignment target.</summary>
    public Node Value { get; } = value;
    public PropertyKind PropertyKind { get; } = kind;
    public bool Method { get; } = method;
    public bool Shorthand { get; } = shorthand;
    public bool Computed { get; } = computed;
}

public sealed class SpreadElement(SourceSpan span, Expression argument) : Node(NodeKind.SpreadElement, span)
{
    public Expression Argument { get; } = argument;
}

public enum UnaryOperator : byte { Minus, Plus, LogicalNot, BitwiseNot, Typeof, Void, Delete }

public sealed class UnaryExpression(SourceSpan span, UnaryOperator op, Expression argument) : Expression(NodeKind.UnaryExpression, span)
{
    public UnaryOperator Operator { get; } = op;
    public Expression Argument { get; } = argument;
}

/// <summary>`++a`, `a--` ... Argument is an Identifier or MemberExpression.</summary>
public sealed class UpdateExpression(SourceSpan span, bool increment, bool prefix, Expression argument)
    : Expression(NodeKind.UpdateExpression, span)
{
    public bool Increment { get; } = increment;
    public bool Prefix { get; } = prefix;
    public Expression Argument { get; } = argument;
}

public enum BinaryOperator : byte
{
    Equal, NotEqual, StrictEqual, StrictNotEqual, LessThan, LessThanEqual, GreaterThan, GreaterThanEqual,
    ShiftLeft, ShiftRight, UnsignedShiftRight, Plus, Minus, Multiply, Divide, Modulo, Exponent,
    BitwiseOr, BitwiseXor, BitwiseAnd, In, Instanceof,
}

/// <summary>Binary operators; for `#x in o` the Left is a PrivateIdentifier.</summary>
public sealed class BinaryExpression(SourceSpan span, BinaryOperator op, Expression left, Expression right)
    : Expression(NodeKind.BinaryExpression, span)
{
    public BinaryOperator Operator { get; } = op;
    public Expression Left { get; } = left;
    public Expression Right { get; } = right;
}

public enum LogicalOperator : byte { Or, And, NullishCoalescing }

public sealed class LogicalExpression(SourceSpan span, LogicalOperator op, Expression left, Expression right)
    : Expression(NodeKind.LogicalExpression, span)
{
    public LogicalOperator Operator { get; } = op;
    public Expression Left { get; } = left;
    public Expression Right { get; } = right;
}

public enum AssignmentOperator : byte
{
    Assign, PlusAssign, MinusAssign, MultiplyAssign, DivideAssign, ModuloAssign, ExponentAssign,
    ShiftLeftAssign, ShiftRightAssign, UnsignedShiftRightAssign, BitwiseOrAssign, BitwiseXorAssign,
    BitwiseAndAssign, LogicalOrAssign, LogicalAndAssign, NullishAssign,
}

/// <summary>Left is an Identifier, MemberExpression or (for `=` only) an ObjectPattern/ArrayPattern.</summary>
public sealed class AssignmentExpression(SourceSpan span, AssignmentOperator op, Node left, Expression right)
    : Expression(NodeKind.AssignmentExpression, span)
{
    public AssignmentOperator Operator { get; } = op;
    public Node Left { get; } = left;
    public Expression Right { get; } = right;
}

public sealed class ConditionalExpression(SourceSpan span, Expression test, Expression consequent, Expression alternate)
    : Expression(NodeKind.ConditionalExpression, span)
{
    public Expression Test { get; } = test;
    public Expression Consequent { get; } = consequent;
    public Expression Alternate { get; } = alternate;
}

/// <summary>Arguments are Expression or SpreadElement. <see cref="Optional"/>: `f?.()`. Callee may be Super.</summary>
public sealed class CallExpression(SourceSpan span, Expression callee, ImmutableArray<Node> arguments, bool optional)
    : Expression(NodeKind.CallExpression, span)
{
    public Expression Callee { get; } = callee;
    public ImmutableArray<Node> Arguments { get; } = arguments;
    public bool Optional { get; } = optional;
    /// <summary>A direct-eval candidate: callee is the plain identifier `eval` (not parenthesized, not optional).</summary>
    public bool IsDirectEvalCandidate => !Optional && Callee is Identifier { Name: "eval", IsParenthesized: false };
}

public sealed class NewExpression(SourceSpan span, Expression callee, ImmutableArray<Node> arguments)
    : Expression(NodeKind.NewExpression, span)
{
    public Expression Callee { get; } = callee;
    public ImmutableArray<Node> Arguments { get; } = arguments;
}

/// <summary>`a.b`, `a[b]`, `a.#b`, `a?.b`. Property is an Identifier (not computed), a PrivateIdentifier, or any Expression (computed).</summary>
public sealed class MemberExpression(SourceSpan span, Expression @object, Expression property, bool computed, bool optional)
    : Expression(NodeKind.MemberExpression, span)
{
    public Expression Object { get; } = @object;
    public Expression Property { get; } = property;
    public bool Computed { get; } = computed;
    public bool Optional { get; } = optional;
}

/// <summary>Wraps an optional chain `a?.b.c()`: the short-circuit ends at this node.</summary>
public sealed class ChainExpression(SourceSpan span, Expression expression) : Expression(NodeKind.ChainExpression, span)
{
    public Expression Expression { get; } = expression;
}

public sealed class SequenceExpression(SourceSpan span, ImmutableArray<Expression> expressions) : Expression(NodeKind.SequenceExpression, span)
{
    public ImmutableArray<Expression> Expressions { get; } = expressions;
}

public sealed class YieldExpression(SourceSpan span, Expression? argument, bool @delegate) : Expression(NodeKind.YieldExpression, span)
{
    public Expression? Argument { get; } = argument;
    public bool Delegate { get; } = @delegate;
}

public sealed class AwaitExpression(SourceSpan span, Expression argument) : Expression(NodeKind.AwaitExpression, span)
{
    public Expression Argument { get; } = argument;
}

/// <summary>Quasis.Length == Expressions.Length + 1.</summary>
public sealed class TemplateLiteral(SourceSpan span, ImmutableArray<TemplateElement> quasis, ImmutableArray<Expression> expressions)
    : Expression(NodeKind.TemplateLiteral, span)
{
    public ImmutableArray<TemplateElement> Quasis { get; } = quasis;
    public ImmutableArray<Expression> Expressions { get; } = expressions;
}

/// <summary>Cooked is null only in tagged templates holding an invalid escape (ECMA-262 §13.2.8.3).</summary>
public sealed class TemplateElement(SourceSpan span, string? cooked, string raw, bool tail) : Node(NodeKind.TemplateElement, span)
{
    public string? Cooked { get; } = cooked;
    public string Raw { get; } = raw;
    public bool Tail { get; } = tail;
}

public sealed class TaggedTemplateExpression(SourceSpan span, Expression tag, TemplateLiteral quasi)
    : Expression(NodeKind.TaggedTemplateExpression, span)
{
    public Expression Tag { get; } = tag;
    public TemplateLiteral Quasi { get; } = quasi;
}

/// <summary>`new.target` and `import.meta`.</summary>
public sealed class MetaProperty(SourceSpan span, Identifier meta, Identifier property) : Expression(NodeKind.MetaProperty, span)
{
    public Identifier Meta { get; } = meta;
    public Identifier Property { get; } = property;
}

public enum ImportPhase : byte { Evaluation, Source, Defer }

/// <summary>`import(source)`, `import(source, options)`, `import.source(x)`, `import.defer(x)`.</summary>
public sealed class ImportExpression(SourceSpan span, Expression source, Expression? options, ImportPhase phase)
    : Expression(NodeKind.ImportExpression, span)
{
    public Expression Source { get; } = source;
    public Expression? Options { get; } = options;
    public ImportPhase Phase { get; } = phase;
}
