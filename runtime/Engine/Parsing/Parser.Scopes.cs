using System.Collections.Generic;
using Aot.Engine.Parsing.Ast;

namespace Aot.Engine.Parsing;

// Scope stack and declaration early errors: ECMA-262 §8.2.1 (BoundNames/VarDeclaredNames/LexicallyDeclaredNames),
// §14.2.1 Block, §14.12.1 Switch, §14.15.1 Try, §15.2.1 Function bodies, §16.1.1 Script, §16.2.1.1 Module
// early errors, with Annex B.3.2.4/B.3.4 relaxations (sloppy duplicate block functions, var redeclaring a catch parameter).
public sealed partial class Parser
{
    private Scope CurrentScope => scopes[scopeCount - 1];
    private Scope CurrentVarScope => scopes[scopes[scopeCount - 1].VarScope];
    private Scope CurrentThisScope => scopes[scopes[scopeCount - 1].ThisScope];

    private void EnterScope(ScopeFlags flags)
    {
        Scope scope;
        if (scopeCount < scopes.Count) scope = scopes[scopeCount];
        else { scope = new Scope(); scopes.Add(scope); }
        scope.Reset(flags);
        int index = scopeCount;
        if (index == 0)
        {
            scope.VarScope = 0;
            scope.ThisScope = 0;
            scope.CanAwait = inModule;
            scope.AllowNewTarget = options.AllowNewTarget;
            if (options.AllowSuperProperty) scope.Flags |= ScopeFlags.Super;
            if (options.AllowSuperCall) scope.Flags |= ScopeFlags.DirectSuper;
        }
        else
        {
            var parent = scopes[index - 1];
            scope.VarScope = (flags & ScopeFlags.Var) != 0 ? index : parent.VarScope;
            bool ownThis = (flags & (ScopeFlags.Function | ScopeFlags.ClassStaticBlock | ScopeFlags.ClassFieldInit)) != 0
                && (flags & ScopeFlags.Arrow) == 0;
            scope.ThisScope = ownThis ? index : parent.ThisScope;
            if ((flags & (ScopeFlags.ClassStaticBlock | ScopeFlags.ClassFieldInit)) != 0) scope.CanAwait = false;
            else if ((flags & ScopeFlags.Function) != 0) scope.CanAwait = (flags & ScopeFlags.Async) != 0;
            else scope.CanAwait = parent.CanAwait;
            scope.AllowNewTarget = ownThis || parent.AllowNewTarget;
        }
        scopeCount++;
    }

    private void ExitScope() => scopeCount--;

    private bool InGenerator => (CurrentVarScope.Flags & ScopeFlags.Generator) != 0;
    private bool InAsync => (CurrentVarScope.Flags & ScopeFlags.Async) != 0;
    private bool InFunction => (CurrentVarScope.Flags & ScopeFlags.Function) != 0;
    private bool InClassStaticBlock => (CurrentVarScope.Flags & ScopeFlags.ClassStaticBlock) != 0;
    private bool CanAwait => CurrentScope.CanAwait;
    private bool AllowSuper => (CurrentThisScope.Flags & ScopeFlags.Super) != 0;
    private bool AllowDirectSuper => (CurrentThisScope.Flags & ScopeFlags.DirectSuper) != 0;

    private bool TreatFunctionsAsVarInScope(Scope scope)
        => (scope.Flags & ScopeFlags.Function) != 0 || (!inModule && (scope.Flags & ScopeFlags.Top) != 0);

    private bool TreatFunctionsAsVar => TreatFunctionsAsVarInScope(CurrentScope);

    /// <summary>Marks a use (this, arguments, eval, super, new.target) on every function scope from the current
    /// one up to the nearest scope with its own `this` (arrows share their parent's).</summary>
    private void MarkUse(FunctionFlags use)
    {
        int stop = scopes[scopeCount - 1].ThisScope;
        for (int i = scopeCount - 1; i >= stop; i--)
        {
            var s = scopes[i];
            if ((s.Flags & (ScopeFlags.Function | ScopeFlags.Top | ScopeFlags.ClassFieldInit | ScopeFlags.ClassStaticBlock)) != 0)
                s.Uses |= use;
        }
    }

    /// <summary>A direct-eval candidate can see every enclosing variable: mark all enclosing functions.</summary>
    private void MarkEval()
    {
        for (int i = scopeCount - 1; i >= 0; i--) scopes[i].Uses |= FunctionFlags.UsesEval;
    }

    /// <summary>Declares a bound name in the current scope(s), raising "Identifier 'x' has already been declared" on
    /// conflicts. Annex B.3.4: `var e` may redeclare a simple catch parameter.</summary>
    private void DeclareName(string name, BindingKind kind, Node at)
    {
        bool redeclared = false;
        switch (kind)
        {
            case BindingKind.Lexical:
            {
                var scope = CurrentScope;
                redeclared = scope.Get(name) != 0;
                scope.Add(name, Scope.LexicalBit);
                if (inModule && (scope.Flags & ScopeFlags.Top) != 0) undefinedExports?.Remove(name);
                break;
            }
            case BindingKind.SimpleCatch:
            {
                var scope = CurrentScope;
                scope.Add(name, Scope.LexicalBit);
                scope.CatchName = name;
                break;
            }
            case BindingKind.Function:
            {
                var scope = CurrentScope;
                byte b = scope.Get(name);
                redeclared = TreatFunctionsAsVar ? (b & Scope.LexicalBit) != 0 : (b & (Scope.LexicalBit | Scope.VarBit)) != 0;
                scope.Add(name, Scope.FunctionBit);
                if (inModule && (scope.Flags & ScopeFlags.Top) != 0) undefinedExports?.Remove(name);
                break;
            }
            case BindingKind.Var:
                for (int i = scopeCount - 1; i >= 0; i--)
                {
                    var scope = scopes[i];
                    byte b = scope.Get(name);
                    if (((b & Scope.LexicalBit) != 0 && !((scope.Flags & ScopeFlags.SimpleCatch) != 0 && scope.CatchName == name))
                        || (!TreatFunctionsAsVarInScope(scope) && (b & Scope.FunctionBit) != 0))
                    {
                        redeclared = true;
                        break;
                    }
                    scope.Add(name, Scope.VarBit);
                    if (inModule && (scope.Flags & ScopeFlags.Top) != 0) undefinedExports?.Remove(name);
                    if ((scope.Flags & ScopeFlags.Var) != 0) break;
                }
                break;
        }
        if (redeclared) RaiseAt($"Identifier '{name}' has already been declared", at);
    }

    /// <summary>ES2024 Annex B.3.4: `var e` may redeclare a simple catch parameter, except in a for-of head
    /// (`catch (e) { for (var e of x); }` is an early error). Later editions drop the exception.</summary>
    private void CheckForOfVarAgainstCatch(Node target)
    {
        switch (target)
        {
            case Identifier id:
                for (int i = scopeCount - 1; i >= 0; i--)
                {
                    var scope = scopes[i];
                    if ((scope.Flags & ScopeFlags.SimpleCatch) != 0 && scope.CatchName == id.Name)
                        RaiseAt($"Identifier '{id.Name}' has already been declared", id);
                    if ((scope.Flags & ScopeFlags.Var) != 0) break;
                }
                break;
            case ObjectPattern op:
                foreach (var p in op.Properties) CheckForOfVarAgainstCatch(p is Property prop ? prop.Value : ((RestElement)p).Argument);
                break;
            case ArrayPattern ap:
                foreach (var e in ap.Elements) if (e != null) CheckForOfVarAgainstCatch(e);
                break;
            case AssignmentPattern asg: CheckForOfVarAgainstCatch(asg.Left); break;
            case RestElement r: CheckForOfVarAgainstCatch(r.Argument); break;
        }
    }

    private Dictionary<string, Node>? undefinedExports;
    private HashSet<string>? exportedNames;
}
