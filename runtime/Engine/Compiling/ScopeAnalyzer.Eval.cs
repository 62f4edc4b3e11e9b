using System.Collections.Generic;
using Aot.Engine.Objects;
using Aot.Engine.Parsing.Ast;

namespace Aot.Engine.Compiling;

/// <summary>
/// Scope analysis for dynamic scopes: direct eval (§19.2.1), `with` (§14.11) and eval code itself.
/// A scope chain containing a direct eval keeps every binding in a Cell so the eval code (compiled at
/// run time against an <see cref="EvalSite"/>) can reach them; a sloppy function whose own code calls
/// eval gets a `%evalvars` object for the vars eval declares. Code without eval/with is unaffected.
/// </summary>
public sealed partial class ScopeAnalyzer
{
    internal const string WithName = "%with", EvalVarsName = "%evalvars";

    /// <summary>Function nodes whose own code (not nested functions) contains a direct eval candidate.</summary>
    private readonly HashSet<Node> evalCallers = new(ReferenceEqualityComparer.Instance);
    private bool secondPassNeeded, secondPassDone;

    /// <summary>Sloppy functions with a direct eval need `%evalvars` declared before nested functions are
    /// visited (they may reference eval-declared names): the first pass finds them, a second one declares.</summary>
    private bool NeedsSecondPass()
    {
        if (!secondPassNeeded || secondPassDone) return false;
        secondPassDone = true;
        Scopes.Clear();
        Functions.Clear();
        return true;
    }

    private void TouchDynamic(Binding b)
    {
        if (b.Function != scope.Function) b.Captured = true;
    }

    /// <summary>A direct eval candidate: every visible binding must live in a Cell, `arguments` must exist.</summary>
    private void OnDirectEval()
    {
        var fn = scope.Function;
        if (fn.Node is Node node && evalCallers.Add(node) && !fn.IsStrict) secondPassNeeded = true;
        for (var s = scope; s != null; s = s.Parent)
            foreach (var b in s.Ordered)
                b.Captured = true;
        for (var f = fn; f != null; f = f.Parent)
        {
            if (f.IsScript) break;
            if (f.IsArrow) continue;
            if (!f.Scope.Bindings.ContainsKey("arguments")) f.Scope.Declare("arguments", BindingKind.Arguments).Captured = true;
            break;
        }
    }

    /// <summary>The scope chain of a direct eval's caller, rebuilt from its site: each binding is a cell of the eval closure.</summary>
    private Scope? CallerScopes(EvalSite site, FunctionInfo callerInfo)
    {
        Scope? parent = null;
        for (int i = site.Scopes.Length - 1; i >= 0; i--)
        {
            var m = site.Scopes[i];
            var s = new Scope(m.Kind, parent, callerInfo) { IsVarScope = m.IsVarScope };
            foreach (var eb in m.Bindings)
            {
                var b = s.Declare(eb.Name, eb.Kind);
                b.ScriptLexicalIndex = eb.Cell;
                b.Captured = true;
            }
            parent = s;
        }
        return parent;
    }

    /// <summary>
    /// Eval code (§19.2.1.3 EvalDeclarationInstantiation). Strict eval: its vars and functions are its own.
    /// Sloppy eval: they belong to the caller's var scope — global object properties at the top level,
    /// else existing function bindings or new properties of the function's `%evalvars` object (listed in
    /// <see cref="FunctionInfo.EvalVarNames"/>). Let/const/class are always the eval's own.
    /// </summary>
    public FunctionInfo AnalyzeEval(Program program, EvalSite? site)
    {
        var info = AnalyzeEvalPass(program, site);
        if (!NeedsSecondPass()) return info;
        return AnalyzeEvalPass(program, site);
    }

    private FunctionInfo AnalyzeEvalPass(Program program, EvalSite? site)
    {
        var callerInfo = new FunctionInfo(null, null, site?.ThisFunctionFlags ?? FunctionFlags.None) { IsEvalCaller = true, Site = site };
        var outer = site != null ? CallerScopes(site, callerInfo) : null;
        bool strict = program.Strict;
        var info = new FunctionInfo(null, callerInfo, strict ? FunctionFlags.Strict : FunctionFlags.None) { IsEval = true, Site = site };
        Functions[program] = info;
        scope = info.Scope = new Scope(ScopeKind.Function, outer, info) { IsVarScope = strict };
        Scopes[program] = scope;
        if (site == null || !HasBinding(outer, "this")) scope.Declare("this", BindingKind.This);

        var varNames = VarNames(program.Body);
        var functionNames = new List<string>();
        foreach (var s in program.Body)
        {
            var stmt = s;
            while (stmt is LabeledStatement l) stmt = l.Body;
            if (stmt is FunctionDeclaration fd)
            {
                info.HoistedFunctions.Add(fd);
                functionNames.Add(fd.Id!.Name);
            }
        }
        if (strict)
        {
            foreach (var n in varNames) scope.Declare(n, BindingKind.Var);
            foreach (var n in functionNames) scope.Declare(n, BindingKind.Function);
        }
        Scope? varScope = null;
        for (var s = outer; s != null; s = s.Parent)
            if (s.IsVarScope) { varScope = s; break; }
        if (!strict)
        {
            var all = new List<string>(functionNames);
            all.AddRange(varNames);
            // §19.2.1.3 step 3: in a parameter list, the parameters (and `arguments`) sit between the eval and its var scope.
            if (site?.ParameterNames is { } parameters)
                foreach (var n in all)
                    if (System.Array.IndexOf(parameters, n) >= 0) JsException.ThrowSyntaxError($"Identifier '{n}' has already been declared");
            foreach (var n in all) CheckEvalVarConflict(outer, varScope, n);
            if (varScope == null)
            {
                foreach (var n in varNames) scope.Declare(n, BindingKind.Var).IsGlobalObject = true;
                foreach (var n in functionNames) scope.Declare(n, BindingKind.Function).IsGlobalObject = true;
            }
            else
            {
                foreach (var n in all)
                    if (!varScope.Bindings.ContainsKey(n) && !info.EvalVarNames.Contains(n)) info.EvalVarNames.Add(n);
                info.EvalVarScope = varScope;
            }
        }
        foreach (var (id, kind, end) in LexicalDeclarations(program.Body, functionsAreLexical: false))
            scope.Declare(id, kind).DeclarationEnd = end;
        DeclareAnnexBInEval(info, program.Body, outer, varScope);
        VisitStatements(program.Body);
        return info;
    }

    private static bool HasBinding(Scope? s, string name)
    {
        for (; s != null; s = s.Parent)
            if (s.Bindings.ContainsKey(name)) return true;
        return false;
    }

    /// <summary>§19.2.1.3 step 3: a sloppy eval `var` may not hoist over a lexical binding of the same name
    /// (Annex B.3.4: a simple catch parameter is fine).</summary>
    private static void CheckEvalVarConflict(Scope? from, Scope? varScope, string name)
    {
        for (var s = from; s != null; s = s.Parent)
        {
            if (s.Kind != ScopeKind.With && s.Bindings.TryGetValue(name, out var b))
            {
                bool conflict = s == varScope ? b.IsLexical : b.Kind != BindingKind.CatchParam;
                if (conflict) JsException.ThrowSyntaxError($"Identifier '{name}' has already been declared");
            }
            if (s == varScope) return;
        }
    }

    /// <summary>CreateDynamicFunction (§20.2.1.1.1): the function is closed over the global scope only.</summary>
    public FunctionInfo AnalyzeDynamicFunction(Program program, FunctionDeclaration function)
    {
        var info = new FunctionInfo(null, null, FunctionFlags.None) { IsEval = true };
        Functions[program] = info;
        scope = info.Scope = new Scope(ScopeKind.Function, null, info);
        Scopes[program] = scope;
        VisitFunction(function, function);
        return info;
    }
}
