using System.Collections.Generic;
using Aot.Engine.Parsing.Ast;

namespace Aot.Engine.Compiling;

public enum BindingKind : byte
{
    Var, Function, Param, Let, Const, Class, CatchParam,
    /// <summary>The name of a named function expression inside itself (immutable; sloppy writes are ignored).</summary>
    FunctionName,
    /// <summary>Implicit bindings: `this`, `new.target`, `arguments` of a non-arrow function.</summary>
    This, NewTarget, Arguments,
    /// <summary>Compiler-made bindings of a class body (Compiler.Classes.cs): its private names ("#x"),
    /// computed field keys and instance initializer. Written once at class definition before any code
    /// can read them, so never in a TDZ; their names cannot collide with identifiers.</summary>
    ClassInternal,
    /// <summary>Synthetic `%with`: the object of a `with` statement (an object environment record, §9.1.1.2).</summary>
    WithObject,
    /// <summary>Synthetic `%evalvars`: where sloppy direct eval puts the `var`s it declares in a function (§19.2.1.3).</summary>
    EvalVars,
    /// <summary>A module's import binding (ECMA-262 §9.1.1.5.5 CreateImportBinding): immutable, checked for TDZ.</summary>
    Import,
}

public enum ScopeKind : byte { Function, Block, Catch, For, Class, Switch, With }

/// <summary>One declared name. Its location is decided by scope analysis: a register, a cell in a
/// register (when a nested function captures it), a script-level lexical cell, or the global object.</summary>
public sealed class Binding(string name, BindingKind kind, Scope scope)
{
    public string Name { get; } = name;
    public BindingKind Kind { get; } = kind;
    public Scope Scope { get; } = scope;
    public FunctionInfo Function => Scope.Function;
    /// <summary>Referenced from a nested function: lives in a heap Cell.</summary>
    public bool Captured { get; set; }
    /// <summary>Register in the declaring function (holding the value, or the Cell when captured); -1 until allocated.</summary>
    public int Register { get; set; } = -1;
    /// <summary>Script top-level var/function: a global object property.</summary>
    public bool IsGlobalObject { get; set; }
    /// <summary>Script top-level let/const/class: index of its cell among the script's captures; else -1.</summary>
    public int ScriptLexicalIndex { get; set; } = -1;
    public bool IsLexical => Kind is BindingKind.Let or BindingKind.Const or BindingKind.Class or BindingKind.Import;
    public bool IsConst => Kind is BindingKind.Const or BindingKind.Import;
    /// <summary>Source offset where the declaration completes (a use after it in the same function needs no TDZ check).</summary>
    public int DeclarationEnd { get; set; } = int.MaxValue;
}

public sealed class Scope(ScopeKind kind, Scope? parent, FunctionInfo function)
{
    public ScopeKind Kind { get; } = kind;
    public Scope? Parent { get; } = parent;
    public FunctionInfo Function { get; } = function;
    public Dictionary<string, Binding> Bindings { get; } = new();
    public List<Binding> Ordered { get; } = new();
    /// <summary>Inside a switch scope (then a later case can skip a declaration: always check TDZ).</summary>
    public bool InSwitch { get; init; }
    /// <summary>A function's var scope (where a sloppy direct eval declares its vars).</summary>
    public bool IsVarScope { get; init; }

    /// <summary>Holds `%evalvars` (name lookups passing this scope check it: only then a dictionary probe).</summary>
    public bool HasEvalVars { get; private set; }

    public Binding Declare(string name, BindingKind kind)
    {
        if (Bindings.TryGetValue(name, out var existing)) return existing;
        if (kind == BindingKind.EvalVars) HasEvalVars = true;
        var b = new Binding(name, kind, this);
        Bindings.Add(name, b);
        Ordered.Add(b);
        return b;
    }
}

/// <summary>Per-function facts from scope analysis.</summary>
public sealed class FunctionInfo(IFunctionNode? node, FunctionInfo? parent, FunctionFlags flags)
{
    public IFunctionNode? Node { get; } = node;
    public FunctionInfo? Parent { get; } = parent;
    public FunctionFlags Flags { get; } = flags;
    public bool IsScript => Node == null;
    /// <summary>Eval code (a script compiled against its caller's scopes, see EvalSite).</summary>
    public bool IsEval { get; init; }
    /// <summary>Synthetic: stands for the scopes of a direct eval's caller.</summary>
    public bool IsEvalCaller { get; init; }
    /// <summary>Eval code and its synthetic caller: the site it is compiled against (null: indirect eval).</summary>
    public EvalSite? Site { get; init; }
    /// <summary>Sloppy eval code in a function: names its instantiation adds to the caller's `%evalvars`.</summary>
    public List<string> EvalVarNames { get; } = new();
    /// <summary>Sloppy eval code in a function: the caller's var scope (holds `%evalvars`).</summary>
    public Scope? EvalVarScope { get; set; }
    public bool IsArrow => (Flags & FunctionFlags.Arrow) != 0;
    public bool IsStrict => (Flags & FunctionFlags.Strict) != 0;
    public Scope Scope { get; set; } = null!;
    /// <summary>Functions declared at the top of the body (hoisted: created at entry).</summary>
    public List<FunctionDeclaration> HoistedFunctions { get; } = new();
    /// <summary>Module top level: contains `await` or `for await` outside nested functions (§16.2.1.6 [[HasTLA]]).</summary>
    public bool ContainsAwait { get; set; }
}
