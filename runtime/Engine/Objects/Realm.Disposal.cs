namespace Aot.Engine.Objects;

// The explicit resource management intrinsics (ES2026 §20.5.8 SuppressedError, §27.3
// DisposableStack, §27.4 AsyncDisposableStack), installed by Builtins/Disposal.
public sealed partial class Realm
{
    public JsObject SuppressedErrorPrototype { get; internal set; } = null!;
    public JsObject DisposableStackPrototype { get; internal set; } = null!;
    public JsObject AsyncDisposableStackPrototype { get; internal set; } = null!;
}
