using System.Collections.Generic;
using Aot.Engine.Parsing.Ast;

namespace Aot.Engine.Compiling;

/// <summary>
/// ECMA-262 Annex B.3.2 block-level function declarations (web legacy semantics) in sloppy function,
/// global and eval code, and B.3.3 function declarations as `if` clauses. A plain function declared in
/// a block also gets a var binding in the enclosing var scope (unless a `var F` there would be an
/// early error: a lexical F in between, or a parameter F); when the declaration is evaluated, the
/// block's function is copied to that var. Found by a pre-scan so the var exists before any
/// reference is resolved.
/// </summary>
public sealed partial class ScopeAnalyzer
{
    /// <summary>Hoisted block functions → the var binding their value is copied to when evaluated (a
    /// `%evalvars` binding: the var lives in that object).</summary>
    public Dictionary<FunctionDeclaration, Binding> AnnexBFunctions { get; } = new(ReferenceEqualityComparer.Instance);
    /// <summary>`if (x) function f() {}`: the implicit block around the declaration (B.3.3).</summary>
    public Dictionary<FunctionDeclaration, Scope> IfFunctionScopes { get; } = new(ReferenceEqualityComparer.Instance);

    private static bool IsPlainFunction(FunctionDeclaration fd) => fd.Id != null && !fd.Async && !fd.Generator;

    /// <summary>Plain block functions in <paramref name="body"/> whose `var F` would not conflict with a
    /// lexical declaration between them and the var scope. <paramref name="outer"/>: names already lexical there.</summary>
    private static List<FunctionDeclaration> FindAnnexBFunctions(IEnumerable<Statement> body, HashSet<string> outer)
    {
        var result = new List<FunctionDeclaration>();
        var stack = new List<HashSet<string>> { outer };
        foreach (var s in body)
        {
            // Top-level functions are var-scoped already; look inside everything else.
            if (s is not FunctionDeclaration) ScanStatement(s, stack, result);
        }
        return result;
    }

    private static bool AnyNestedFunction(IEnumerable<Statement> body)
    {
        foreach (var s in body) if (s is not FunctionDeclaration && HasNestedFunction(s)) return true;
        return false;
    }

    /// <summary>Whether a function declaration occurs in a nested statement list (a quick, allocation-free check
    /// so that most functions skip the scan).</summary>
    private static bool HasNestedFunction(Statement? s)
    {
        switch (s)
        {
            case FunctionDeclaration: return true;
            case BlockStatement b:
                foreach (var x in b.Body) if (HasNestedFunction(x)) return true;
                return false;
            case IfStatement i: return HasNestedFunction(i.Consequent) || HasNestedFunction(i.Alternate);
            case WhileStatement w: return HasNestedFunction(w.Body);
            case DoWhileStatement d: return HasNestedFunction(d.Body);
            case ForStatement f: return HasNestedFunction(f.Body);
            case ForInStatement f: return HasNestedFunction(f.Body);
            case ForOfStatement f: return HasNestedFunction(f.Body);
            case LabeledStatement l: return l.Body is not FunctionDeclaration && HasNestedFunction(l.Body);
            case WithStatement w: return HasNestedFunction(w.Body);
            case SwitchStatement sw:
                foreach (var c in sw.Cases) foreach (var x in c.Consequent) if (HasNestedFunction(x)) return true;
                return false;
            case TryStatement t: return HasNestedFunction(t.Block) || t.Handler != null && HasNestedFunction(t.Handler.Body) || HasNestedFunction(t.Finalizer);
            default: return false;
        }
    }

    private static void ScanStatement(Statement? s, List<HashSet<string>> stack, List<FunctionDeclaration> result)
    {
        switch (s)
        {
            case BlockStatement b: ScanList(b.Body, stack, result); break;
            case IfStatement i: ScanClause(i.Consequent, stack, result); ScanClause(i.Alternate, stack, result); break;
            case WhileStatement w: ScanStatement(w.Body, stack, result); break;
            case DoWhileStatement d: ScanStatement(d.Body, stack, result); break;
            case ForStatement f: ScanLoop(f.Init, f.Body, stack, result); break;
            case ForInStatement f: ScanLoop(f.Left, f.Body, stack, result); break;
            case ForOfStatement f: ScanLoop(f.Left, f.Body, stack, result); break;
            case LabeledStatement l when l.Body is not FunctionDeclaration: ScanStatement(l.Body, stack, result); break;
            case WithStatement w: ScanStatement(w.Body, stack, result); break;
            case SwitchStatement sw:
            {
                var all = new List<Statement>();
                foreach (var c in sw.Cases) all.AddRange(c.Consequent);
                ScanList(all, stack, result);
                break;
            }
            case TryStatement t:
                ScanStatement(t.Block, stack, result);
                if (t.Handler != null)
                {
                    // B.3.4: a simple catch parameter may be redeclared by var; a pattern's names may not.
                    var names = new HashSet<string>();
                    if (t.Handler.Param is not Identifier and not null)
                    {
                        var list = new List<string>();
                        BoundNames(t.Handler.Param, list);
                        names.UnionWith(list);
                    }
                    stack.Add(names);
                    ScanStatement(t.Handler.Body, stack, result);
                    stack.RemoveAt(stack.Count - 1);
                }
                ScanStatement(t.Finalizer, stack, result);
                break;
        }
    }

    private static void ScanLoop(Node? head, Statement body, List<HashSet<string>> stack, List<FunctionDeclaration> result)
    {
        var names = new HashSet<string>();
        if (head is VariableDeclaration { DeclarationKind: not VariableKind.Var } v)
        {
            var list = new List<string>();
            foreach (var d in v.Declarations) BoundNames(d.Id, list);
            names.UnionWith(list);
        }
        stack.Add(names);
        ScanStatement(body, stack, result);
        stack.RemoveAt(stack.Count - 1);
    }

    private static void ScanClause(Statement? clause, List<HashSet<string>> stack, List<FunctionDeclaration> result)
    {
        if (clause is FunctionDeclaration fd)
        {
            if (IsPlainFunction(fd) && !InAny(stack, fd.Id!.Name, stack.Count)) result.Add(fd);
            return;
        }
        ScanStatement(clause, stack, result);
    }

    private static void ScanList(IEnumerable<Statement> list, List<HashSet<string>> stack, List<FunctionDeclaration> result)
    {
        var own = new HashSet<string>();
        foreach (var (name, _, _) in LexicalDeclarations(list, functionsAreLexical: true)) own.Add(name);
        stack.Add(own);
        foreach (var s in list)
        {
            if (s is FunctionDeclaration fd)
            {
                if (IsPlainFunction(fd) && !InAny(stack, fd.Id!.Name, stack.Count - 1)) result.Add(fd);
            }
            else ScanStatement(s, stack, result);
        }
        stack.RemoveAt(stack.Count - 1);
    }

    private static bool InAny(List<HashSet<string>> stack, string name, int count)
    {
        for (int i = 0; i < count; i++)
            if (stack[i].Contains(name)) return true;
        return false;
    }

    private static HashSet<string> TopLexicalNames(IEnumerable<Statement> body)
    {
        var names = new HashSet<string>();
        foreach (var (name, _, _) in LexicalDeclarations(body, functionsAreLexical: false)) names.Add(name);
        return names;
    }

    /// <summary>B.3.2.1 in a sloppy function: var bindings for the hoistable block functions (not over a parameter).</summary>
    private void DeclareAnnexBInFunction(FunctionInfo info, IEnumerable<Statement> body)
    {
        if (info.IsStrict || !AnyNestedFunction(body)) return;
        foreach (var fd in FindAnnexBFunctions(body, TopLexicalNames(body)))
        {
            string name = fd.Id!.Name;
            // Not over a parameter, nor over `arguments` (the function keeps its arguments object).
            if (name == "arguments" || info.Scope.Bindings.TryGetValue(name, out var existing) && existing.Kind == BindingKind.Param) continue;
            AnnexBFunctions[fd] = info.Scope.Declare(name, BindingKind.Var);
        }
    }

    /// <summary>B.3.2.2 in sloppy global code: global vars for the hoistable block functions.</summary>
    private void DeclareAnnexBInScript(FunctionInfo info, IEnumerable<Statement> body)
    {
        if (info.IsStrict || !AnyNestedFunction(body)) return;
        foreach (var fd in FindAnnexBFunctions(body, TopLexicalNames(body)))
        {
            var b = info.Scope.Declare(fd.Id!.Name, BindingKind.Var);
            if (b.ScriptLexicalIndex >= 0) continue;
            b.IsGlobalObject = true;
            AnnexBFunctions[fd] = b;
        }
    }

    /// <summary>B.3.2.3 in sloppy eval code: the var goes where the eval's vars go (global, or the caller's
    /// function); the caller's lexical scopes up to its var scope also block hoisting.</summary>
    private void DeclareAnnexBInEval(FunctionInfo info, IEnumerable<Statement> body, Scope? outer, Scope? varScope)
    {
        if (info.IsStrict || !AnyNestedFunction(body)) return;
        var blocked = TopLexicalNames(body);
        for (var s = outer; s != null; s = s.Parent)
        {
            if (s.Kind == ScopeKind.With) continue;
            foreach (var b in s.Ordered)
                if (s == varScope ? b.IsLexical : b.Kind != BindingKind.CatchParam) blocked.Add(b.Name);
            if (s == varScope) break;
        }
        foreach (var fd in FindAnnexBFunctions(body, blocked))
        {
            string name = fd.Id!.Name;
            if (varScope == null)
            {
                var b = info.Scope.Declare(name, BindingKind.Var);
                b.IsGlobalObject = true;
                AnnexBFunctions[fd] = b;
            }
            else if (varScope.Bindings.TryGetValue(name, out var existing))
                AnnexBFunctions[fd] = existing; // a parameter too: eval code only sees it as a var (B.3.2.3)
            else
            {
                if (!info.EvalVarNames.Contains(name)) info.EvalVarNames.Add(name);
                AnnexBFunctions[fd] = varScope.Bindings[EvalVarsName];
            }
        }
    }

    /// <summary>B.3.3: `if (x) function f() {}` is analysed as `if (x) { function f() {} }`.</summary>
    private void VisitIfClause(Statement? clause)
    {
        if (clause is not FunctionDeclaration fd) { Visit(clause); return; }
        var s = new Scope(ScopeKind.Block, scope, scope.Function) { InSwitch = scope.InSwitch };
        IfFunctionScopes[fd] = s;
        scope = s;
        scope.Declare(fd.Id!.Name, BindingKind.Let).DeclarationEnd = 0;
        VisitFunction(fd, fd);
        Pop();
    }
}
