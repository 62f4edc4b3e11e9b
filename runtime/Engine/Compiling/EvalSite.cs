using Aot.Engine.Parsing.Ast;

namespace Aot.Engine.Compiling;

/// <summary>One binding a direct eval can see: its name, kind and the index of its Cell among the cells the
/// call site hands to the eval code.</summary>
public readonly record struct EvalBinding(string Name, BindingKind Kind, int Cell);

/// <summary>One scope of a direct eval's caller, innermost first. A `With` scope holds the `%with` object;
/// a function scope may hold `%evalvars` (sloppy eval `var`s).</summary>
public sealed class EvalScope(ScopeKind kind, EvalBinding[] bindings, bool isVarScope)
{
    public ScopeKind Kind { get; } = kind;
    public EvalBinding[] Bindings { get; } = bindings;
    /// <summary>The caller's function-level var scope (where sloppy eval declares its `var`s).</summary>
    public bool IsVarScope { get; } = isVarScope;
}

/// <summary>
/// What the compiler knows at a direct `eval(...)` call (ECMA-262 §19.2.1.1 PerformEval): the scope chain
/// of the caller up to (not including) the global scope, with every binding living in a Cell
/// (scope analysis forces cells in scopes that contain a direct eval), and where each cell comes
/// from in the calling frame. Eval code is compiled at run time against this model, so its own
/// references are resolved statically just like ordinary code; only the caller's `with` objects and
/// eval-declared vars (`%evalvars`) are looked up by name. Stored in the caller's constant pool.
/// </summary>
public sealed class EvalSite
{
    public required EvalScope[] Scopes { get; init; }
    /// <summary>Cell i comes from this source in the calling frame (a register holding a Cell, or a capture).</summary>
    public required CaptureSource[] Sources { get; init; }
    public bool Strict { get; init; }
    /// <summary>Flags of the function whose `this` the eval sees (derived constructor, method, ...); None at the top level.</summary>
    public FunctionFlags ThisFunctionFlags { get; init; }
    /// <summary>The eval is inside a non-arrow function (or an arrow inside one): new.target is allowed.</summary>
    public bool InFunction { get; init; }
    public bool InClassFieldInitializer { get; init; }
    /// <summary>The eval is in a parameter list: the parameter names (plus `arguments` for non-arrow functions),
    /// which its vars may not redeclare (§10.2.11 step 20: they are in the environment between the eval and its
    /// var scope); null elsewhere.</summary>
    public string[]? ParameterNames { get; init; }
}
