namespace Aot.Engine.Objects;

// The iterator intrinsics of ECMA-262 §27.1 beyond %IteratorPrototype% (installed by Builtins/Iterator).
public sealed partial class Realm
{
    /// <summary>%Iterator% (§27.1.3.1).</summary>
    public JsFunction IteratorConstructor { get; internal set; } = null!;
    /// <summary>%IteratorHelperPrototype% (§27.1.2.1).</summary>
    internal JsObject IteratorHelperPrototype { get; set; } = null!;
    /// <summary>%WrapForValidIteratorPrototype% (§27.1.3.2.1.1).</summary>
    internal JsObject WrapForValidIteratorPrototype { get; set; } = null!;
    /// <summary>%StringIteratorPrototype% (§22.1.5.2) and its `next` (iteration skips result objects while it is in place).</summary>
    internal JsObject StringIteratorPrototype { get; set; } = null!;
    internal JsFunction StringIteratorNext { get; set; } = null!;
}
