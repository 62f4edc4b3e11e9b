using System.Collections.Generic;
using System.Collections.Immutable;
using Aot.Engine.Parsing.Ast;

namespace Aot.Engine.Parsing;

// ECMA-262 §16.2.2 Imports, §16.2.3 Exports, import attributes, and the module early errors of §16.2.1.1
// (duplicate exported names, exported bindings that are not declared).
public sealed partial class Parser
{
    private readonly Pool<ImportAttribute> attributePool = new();
    private readonly Pool<ExportSpecifier> exportSpecifierPool = new();

    private void CheckUndefinedExports()
    {
        if (undefinedExports == null) return;
        foreach (var kv in undefinedExports)
            RaiseAt($"Export '{kv.Key}' is not defined in module", kv.Value);
    }

    private void AddExportedName(string name, Node at)
    {
        exportedNames ??= new HashSet<string>();
        if (!exportedNames.Add(name)) RaiseAt($"Duplicate export of '{name}'", at);
    }

    private void AddExportedBindings(Node pattern)
    {
        switch (pattern)
        {
            case Identifier id: AddExportedName(id.Name, id); break;
            case ObjectPattern op:
                foreach (var p in op.Properties) AddExportedBindings(p is Property prop ? prop.Value : ((RestElement)p).Argument);
                break;
            case ArrayPattern ap:
                foreach (var e in ap.Elements) if (e != null) AddExportedBindings(e);
                break;
            case AssignmentPattern a: AddExportedBindings(a.Left); break;
            case RestElement r: AddExportedBindings(r.Argument); break;
        }
    }

    /// <summary>ModuleSpecifier: a string literal.</summary>
    private Literal ParseModuleSpecifier()
    {
        if (tok.Kind != TokenKind.StringLiteral) Unexpected();
        return ParseLiteral();
    }

    /// <summary>ModuleExportName: IdentifierName or a string literal that is well-formed Unicode (§16.2.1.1).</summary>
    private Expression ParseModuleExportName()
    {
        if (tok.Kind == TokenKind.StringLiteral)
        {
            var lit = ParseLiteral();
            if (!IsWellFormed(lit.StringValue!)) RaiseAt("Invalid module export name: contains unpaired surrogate", lit);
            return lit;
        }
        return ParseIdent(true);
    }

    private static bool IsWellFormed(string s)
    {
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (char.IsHighSurrogate(c))
            {
                if (i + 1 >= s.Length || !char.IsLowSurrogate(s[i + 1])) return false;
                i++;
            }
            else if (char.IsLowSurrogate(c)) return false;
        }
        return true;
    }

    private static string ExportNameOf(Expression e) => e is Identifier id ? id.Name : ((Literal)e).StringValue!;

    /// <summary>WithClause: `with { key: "value", ... }` (import attributes; duplicate keys are an error).</summary>
    private ImmutableArray<ImportAttribute> ParseImportAttributes()
    {
        if (tok.Kind != TokenKind.With) return ImmutableArray<ImportAttribute>.Empty;
        Next();
        Expect(TokenKind.LeftBrace);
        var list = attributePool.Rent();
        HashSet<string>? keys = null;
        while (!Eat(TokenKind.RightBrace))
        {
            var am = Mark();
            Expression key;
            string keyName;
            if (tok.Kind == TokenKind.StringLiteral)
            {
                var lit = ParseLiteral();
                key = lit;
                keyName = lit.StringValue!;
            }
            else
            {
                var id = ParseIdent(true);
                key = id;
                keyName = id.Name;
            }
            keys ??= new HashSet<string>();
            if (!keys.Add(keyName)) RaiseAt($"Import attribute has duplicate key '{keyName}'", key);
            Expect(TokenKind.Colon);
            if (tok.Kind != TokenKind.StringLiteral) Unexpected();
            var value = ParseLiteral();
            list.Add(new ImportAttribute(Span(am), key, value));
            if (tok.Kind != TokenKind.RightBrace) Expect(TokenKind.Comma);
        }
        return attributePool.ToImmutableAndReturn(list);
    }

    /// <summary>ImportDeclaration (§16.2.2), including the `import defer * as ns` and `import source x` phases.</summary>
    private Statement ParseImport(Marker m)
    {
        Next(); // import
        var specifiers = nodePool.Rent();
        var phase = ImportPhase.Evaluation;
        if (tok.Kind == TokenKind.StringLiteral)
        {
            var src0 = ParseModuleSpecifier();
            var attrs0 = ParseImportAttributes();
            Semicolon();
            return new ImportDeclaration(Span(m), nodePool.ToImmutableAndReturn(specifiers), src0, attrs0, phase);
        }
        if (IsContextual("defer"))
        {
            var next = Peek();
            if (next.Kind == TokenKind.Star) { phase = ImportPhase.Defer; Next(); }
        }
        else if (IsContextual("source"))
        {
            var (n1, n2) = Peek2();
            if (n1.Kind == TokenKind.Identifier && (n1.Value != "from" || n1.IsEscaped || (n2.Kind == TokenKind.Identifier && n2.Value == "from" && !n2.IsEscaped)))
            {
                phase = ImportPhase.Source;
                Next();
            }
        }
        if (phase == ImportPhase.Defer)
        {
            if (tok.Kind != TokenKind.Star) Unexpected();
        }
        bool needMore = true;
        if (tok.Kind == TokenKind.Identifier)
        {
            var sm = Mark();
            var local = ParseIdent(false);
            CheckLValSimple(local, BindingKind.Lexical, null);
            specifiers.Add(new ImportDefaultSpecifier(Span(sm), local));
            needMore = Eat(TokenKind.Comma);
            if (phase == ImportPhase.Source && needMore) Unexpected();
        }
        else if (phase == ImportPhase.Source) Unexpected();
        if (needMore)
        {
            if (tok.Kind == TokenKind.Star)
            {
                var sm = Mark();
                Next();
                ExpectContextual("as");
                var local = ParseIdent(false);
                CheckLValSimple(local, BindingKind.Lexical, null);
                specifiers.Add(new ImportNamespaceSpecifier(Span(sm), local));
            }
            else if (tok.Kind == TokenKind.LeftBrace && phase == ImportPhase.Evaluation)
            {
                Next();
                bool first = true;
                while (!Eat(TokenKind.RightBrace))
                {
                    if (!first)
                    {
                        Expect(TokenKind.Comma);
                        if (Eat(TokenKind.RightBrace)) break;
                    }
                    else first = false;
                    var sm = Mark();
                    var importedTok = tok;
                    var imported = ParseModuleExportName();
                    Identifier local;
                    if (EatContextual("as")) local = ParseIdent(false);
                    else
                    {
                        if (imported is not Identifier importedId || importedTok.Kind != TokenKind.Identifier) { UnexpectedAt(imported.Start); return null; }
                        CheckUnreserved(importedId);
                        local = importedId;
                    }
                    CheckLValSimple(local, BindingKind.Lexical, null);
                    specifiers.Add(new ImportSpecifier(Span(sm), imported, local));
                }
            }
            else Unexpected();
        }
        ExpectContextual("from");
        var source = ParseModuleSpecifier();
        var attrs = ParseImportAttributes();
        Semicolon();
        return new ImportDeclaration(Span(m), nodePool.ToImmutableAndReturn(specifiers), source, attrs, phase);
    }

    /// <summary>ExportDeclaration (§16.2.3).</summary>
    private Statement ParseExport(Marker m, ImmutableArray<Expression> leadingDecorators = default)
    {
        Next(); // export
        if (!leadingDecorators.IsDefault && tok.Kind != TokenKind.Class && !(tok.Kind == TokenKind.Default && Peek().Kind == TokenKind.Class))
            Unexpected();
        if (tok.Kind == TokenKind.Star)
        {
            Next();
            Expression? exported = null;
            if (EatContextual("as"))
            {
                exported = ParseModuleExportName();
                AddExportedName(ExportNameOf(exported), exported);
            }
            ExpectContextual("from");
            var source = ParseModuleSpecifier();
            var attrs = ParseImportAttributes();
            Semicolon();
            return new ExportAllDeclaration(Span(m), exported, source, attrs);
        }
        if (tok.Kind == TokenKind.Default)
        {
            var defaultTok = tok;
            Next();
            var dm = Mark();
            Node declaration;
            if (tok.Kind == TokenKind.Function)
            {
                Next();
                declaration = ParseFunctionStatement(dm, false, false, true);
            }
            else if (IsAsyncFunction())
            {
                Next();
                Next();
                declaration = ParseFunctionStatement(dm, true, false, true);
            }
            else if (tok.Kind == TokenKind.Class || tok.Kind == TokenKind.At)
            {
                var decorators = leadingDecorators;
                if (tok.Kind == TokenKind.At)
                {
                    if (!decorators.IsDefault) Unexpected();
                    decorators = ParseDecorators();
                    if (tok.Kind != TokenKind.Class) Unexpected();
                }
                declaration = ParseClass(true, true, decorators, dm);
            }
            else
            {
                declaration = ParseMaybeAssign();
                Semicolon();
            }
            if (exportedNames != null && exportedNames.Contains("default"))
                throw new SyntaxError("Duplicate export of 'default'", defaultTok.Start, defaultTok.Line, defaultTok.Column);
            AddExportedName("default", declaration);
            return new ExportDefaultDeclaration(Span(m), declaration);
        }
        if (tok.Kind == TokenKind.LeftBrace)
        {
            Next();
            var specs = exportSpecifierPool.Rent();
            var localToks = new List<(Expression local, TokenKind kind)>();
            bool first = true;
            while (!Eat(TokenKind.RightBrace))
            {
                if (!first)
                {
                    Expect(TokenKind.Comma);
                    if (Eat(TokenKind.RightBrace)) break;
                }
                else first = false;
                var sm = Mark();
                var localKind = tok.Kind;
                var local = ParseModuleExportName();
                var exported = EatContextual("as") ? ParseModuleExportName() : local;
                AddExportedName(ExportNameOf(exported), exported);
                specs.Add(new ExportSpecifier(Span(sm), local, exported));
                localToks.Add((local, localKind));
            }
            Literal? source = null;
            var attrs = ImmutableArray<ImportAttribute>.Empty;
            if (EatContextual("from"))
            {
                source = ParseModuleSpecifier();
                attrs = ParseImportAttributes();
            }
            else
            {
                // §16.2.3.1: without `from`, each local name must be an IdentifierReference bound in the module.
                foreach (var (local, kind) in localToks)
                {
                    if (local is not Identifier lid || kind == TokenKind.EscapedKeyword || IsKeywordKind(kind)) { RaiseAt("Unexpected token in export list: local names must be identifiers", local); return null; }
                    if (IsStrictReserved(lid.Name) || lid.Name == "await") RaiseAt("Unexpected reserved word", lid);
                    var top = scopes[0];
                    if (top.Get(lid.Name) == 0)
                    {
                        undefinedExports ??= new Dictionary<string, Node>();
                        undefinedExports.TryAdd(lid.Name, lid);
                    }
                }
            }
            Semicolon();
            return new ExportNamedDeclaration(Span(m), null, exportSpecifierPool.ToImmutableAndReturn(specs), source, attrs);
        }
        // export Declaration / VariableStatement
        Statement decl;
        var declMark = Mark();
        if (tok.Kind == TokenKind.Var || tok.Kind == TokenKind.Const || IsLet(StatementContext.None))
        {
            var kind = tok.Kind == TokenKind.Var ? VariableKind.Var : tok.Kind == TokenKind.Const ? VariableKind.Const : VariableKind.Let;
            Next();
            var vd = ParseVar(declMark, kind, false);
            Semicolon();
            foreach (var d in vd.Declarations) AddExportedBindings(d.Id);
            decl = vd;
        }
        else if (tok.Kind == TokenKind.Function)
        {
            Next();
            var fd = ParseFunctionStatement(declMark, false, false, false);
            AddExportedName(fd.Id!.Name, fd.Id);
            decl = fd;
        }
        else if (IsAsyncFunction())
        {
            Next();
            Next();
            var fd = ParseFunctionStatement(declMark, true, false, false);
            AddExportedName(fd.Id!.Name, fd.Id);
            decl = fd;
        }
        else if (tok.Kind == TokenKind.Class || tok.Kind == TokenKind.At)
        {
            var decorators = leadingDecorators;
            if (tok.Kind == TokenKind.At)
            {
                if (!decorators.IsDefault) Unexpected();
                decorators = ParseDecorators();
                if (tok.Kind != TokenKind.Class) Unexpected();
            }
            var cd = (ClassDeclaration)ParseClass(true, false, decorators, declMark);
            AddExportedName(cd.Id!.Name, cd.Id);
            decl = cd;
        }
        else
        {
            Unexpected();
            return null;
        }
        return new ExportNamedDeclaration(Span(m), decl, ImmutableArray<ExportSpecifier>.Empty, null, ImmutableArray<ImportAttribute>.Empty);
    }
}
