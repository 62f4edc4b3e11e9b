using System.Collections.Generic;
using Aot.Engine.Parsing.Ast;

namespace Aot.Engine.Compiling;

public sealed partial class ScopeAnalyzer
{
    /// <summary>The module's name for the binding of `export default` expressions and anonymous
    /// declarations (ECMA-262 §16.2.3.1 "*default*"; not an identifier, so source cannot name it).</summary>
    public const string DefaultBindingName = "*default*";

    /// <summary>ECMA-262 §16.2.1.6.4 InitializeEnvironment, statically: every top-level binding of a
    /// module (vars, functions, lexical declarations, imports) is a cell of the module environment,
    /// numbered by <see cref="Binding.ScriptLexicalIndex"/>; imports and exports keep those cells.</summary>
    public FunctionInfo AnalyzeModule(Program program)
    {
        var info = new FunctionInfo(null, null, FunctionFlags.Strict);
        Functions[program] = info;
        scope = info.Scope = new Scope(ScopeKind.Function, null, info);
        Scopes[program] = scope;
        scope.Declare("this", BindingKind.This);
        var items = new List<Statement>();
        foreach (var s in program.Body)
        {
            switch (s)
            {
                case ExportNamedDeclaration { Declaration: { } d }: items.Add(d); break;
                case ExportDefaultDeclaration { Declaration: FunctionDeclaration { Id: not null } f }: items.Add(f); break;
                case ExportDefaultDeclaration { Declaration: ClassDeclaration { Id: not null } c }: items.Add(c); break;
                case ImportDeclaration or ExportNamedDeclaration or ExportDefaultDeclaration or ExportAllDeclaration: break;
                default: items.Add(s); break;
            }
        }
        int index = 0;
        void Number(Binding b) { if (b.ScriptLexicalIndex < 0) b.ScriptLexicalIndex = index++; }
        foreach (var name in VarNames(items)) Number(scope.Declare(name, BindingKind.Var));
        foreach (var s in program.Body)
        {
            var stmt = s is ExportNamedDeclaration { Declaration: { } d } ? d : s is ExportDefaultDeclaration { Declaration: FunctionDeclaration df } ? df : s;
            if (stmt is FunctionDeclaration fd)
            {
                info.HoistedFunctions.Add(fd);
                Number(scope.Declare(fd.Id?.Name ?? DefaultBindingName, BindingKind.Function));
            }
        }
        foreach (var (id, kind, end) in LexicalDeclarations(items, functionsAreLexical: false))
        {
            var b = scope.Declare(id, kind);
            b.DeclarationEnd = end;
            Number(b);
        }
        foreach (var s in program.Body)
        {
            switch (s)
            {
                case ExportDefaultDeclaration { Declaration: ClassDeclaration { Id: null } c }:
                    Number(scope.Declare(DefaultBindingName, BindingKind.Class));
                    break;
                case ExportDefaultDeclaration { Declaration: Expression e }:
                {
                    var b = scope.Declare(DefaultBindingName, BindingKind.Let);
                    b.DeclarationEnd = s.End;
                    Number(b);
                    break;
                }
                case ImportDeclaration imp:
                    foreach (var spec in imp.Specifiers)
                    {
                        var local = spec switch
                        {
                            ImportSpecifier i => i.Local,
                            ImportDefaultSpecifier d => d.Local,
                            _ => ((ImportNamespaceSpecifier)spec).Local,
                        };
                        Number(scope.Declare(local.Name, BindingKind.Import));
                    }
                    break;
            }
        }
        VisitStatements(program.Body);
        return info;
    }
}
