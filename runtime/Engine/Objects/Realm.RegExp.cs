namespace Aot.Engine.Objects;

// The RegExp part of the realm (Builtins/RegExp).
public sealed partial class Realm
{
    public JsObject RegExpPrototype { get; internal set; } = null!;
    internal JsFunction RegExpConstructor { get; set; } = null!;
    internal JsObject RegExpStringIteratorPrototype { get; set; } = null!;
    /// <summary>%RegExp.prototype.exec%: RegExpExec skips the call when `exec` is still this function.</summary>
    internal JsFunction RegExpExecFunction { get; set; } = null!;
}
