using System.Collections.Immutable;

namespace Aot.Engine.Parsing.Ast;

// ECMA-262 §16.2 Modules. A ModuleExportName is an Identifier or a string Literal.

/// <summary>`import ... from "x" with { ... }`. Phase: `import source x from` / `import defer * as ns from`.</summary>
public sealed class ImportDeclaration(SourceSpan span, ImmutableArray<Node> specifiers, Literal source,
    ImmutableArray<ImportAttribute> attributes, ImportPhase phase) : Statement(NodeKind.ImportDeclaration, span)
{
    /// <summary>ImportDefaultSpecifier, ImportNamespaceSpecifier, ImportSpecifier.</summary>
    public ImmutableArray<Node> Specifiers { get; } = specifiers;
    public Literal Source { get; } = source;
    public ImmutableArray<ImportAttribute> Attributes { get; } = attributes;
    public ImportPhase Phase { get; } = phase;
}

/// <summary>`{ imported as local }`; Imported is an Identifier or string Literal.</summary>
public sealed class ImportSpecifier(SourceSpan span, Expression imported, Identifier local) : Node(NodeKind.ImportSpecifier, span)
{
    public Expression Imported { get; } = imported;
    public Identifier Local { get; } = local;
}

public sealed class ImportDefaultSpecifier(SourceSpan span, Identifier local) : Node(NodeKind.ImportDefaultSpecifier, span)
{
    public Identifier Local { get; } = local;
}

public sealed class ImportNamespaceSpecifier(SourceSpan span, Identifier local) : Node(NodeKind.ImportNamespaceSpecifier, span)
{
    public Identifier Local { get; } = local;
}

/// <summary>`type: "json"`; Key is an Identifier or string Literal, Value a string Literal.</summary>
public sealed class ImportAttribute(SourceSpan span, Expression key, Literal value) : Node(NodeKind.ImportAttribute, span)
{
    public Expression Key { get; } = key;
    public Literal Value { get; } = value;
}

/// <summary>`export var/let/const/function/class ...`, `export { a as b }`, `export { a } from "x"`.</summary>
public sealed class ExportNamedDeclaration(SourceSpan span, Statement? declaration, ImmutableArray<ExportSpecifier> specifiers,
    Literal? source, ImmutableArray<ImportAttribute> attributes) : Statement(NodeKind.ExportNamedDeclaration, span)
{
    public Statement? Declaration { get; } = declaration;
    public ImmutableArray<ExportSpecifier> Specifiers { get; } = specifiers;
    public Literal? Source { get; } = source;
    public ImmutableArray<ImportAttribute> Attributes { get; } = attributes;
}

/// <summary>Local and Exported are Identifier or string Literal (Local may be a string only with a `from` clause).</summary>
public sealed class ExportSpecifier(SourceSpan span, Expression local, Expression exported) : Node(NodeKind.ExportSpecifier, span)
{
    public Expression Local { get; } = local;
    public Expression Exported { get; } = exported;
}

/// <summary>Declaration is a FunctionDeclaration, ClassDeclaration (Id may be null) or an Expression.</summary>
public sealed class ExportDefaultDeclaration(SourceSpan span, Node declaration) : Statement(NodeKind.ExportDefaultDeclaration, span)
{
    public Node Declaration { get; } = declaration;
}

/// <summary>`export * from "x"` and `export * as ns from "x"`.</summary>
public sealed class ExportAllDeclaration(SourceSpan span, Expression? exported, Literal source, ImmutableArray<ImportAttribute> attributes)
    : Statement(NodeKind.ExportAllDeclaration, span)
{
    public Expression? Exported { get; } = exported;
    public Literal Source { get; } = source;
    public ImmutableArray<ImportAttribute> Attributes { get; } = attributes;
}
