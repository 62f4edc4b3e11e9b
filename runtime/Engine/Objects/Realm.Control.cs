namespace Aot.Engine.Objects;

// The control-abstraction intrinsics (ECMA-262 §27: Promise, generators, async functions, async
// generators, async iteration) and AggregateError; installed by Builtins/Promise and Builtins/Generator.
public sealed partial class Realm
{
    public JsFunction PromiseConstructor { get; internal set; } = null!;
    public JsObject PromisePrototype { get; internal set; } = null!;
    /// <summary>%GeneratorFunction.prototype% (the [[Prototype]] of generator functions).</summary>
    public JsObject GeneratorFunctionPrototype { get; internal set; } = null!;
    /// <summary>%GeneratorFunction.prototype.prototype% (%GeneratorPrototype%).</summary>
    public JsObject GeneratorPrototype { get; internal set; } = null!;
    public JsObject AsyncFunctionPrototype { get; internal set; } = null!;
    public JsObject AsyncGeneratorFunctionPrototype { get; internal set; } = null!;
    public JsObject AsyncGeneratorPrototype { get; internal set; } = null!;
    public JsObject AsyncIteratorPrototype { get; internal set; } = null!;
    public JsObject AsyncFromSyncIteratorPrototype { get; internal set; } = null!;
    public JsObject AggregateErrorPrototype { get; internal set; } = null!;
}
