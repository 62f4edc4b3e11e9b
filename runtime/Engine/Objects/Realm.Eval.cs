namespace Aot.Engine.Objects;

// Dynamic code intrinsics: %eval% (a call `eval(...)` is a direct eval only when the callee is this
// realm's %eval%, ECMA-262 §13.3.6.1 step 6).
public sealed partial class Realm
{
    /// <summary>%eval%.</summary>
    public JsFunction EvalFunction { get; internal set; } = null!;
}
