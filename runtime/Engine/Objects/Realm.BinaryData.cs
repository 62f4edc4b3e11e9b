namespace Aot.Engine.Objects;

// The binary-data part of the realm (ECMA-262 §23.2 TypedArray objects, §25.1-25.4 ArrayBuffer,
// SharedArrayBuffer, DataView, Atomics); installed by Builtins/ArrayBuffer, TypedArray, DataView, Atomics.
public sealed partial class Realm
{
    internal JsFunction ArrayBufferConstructor { get; set; } = null!;
    internal JsObject ArrayBufferPrototype { get; set; } = null!;
    internal JsFunction SharedArrayBufferConstructor { get; set; } = null!;
    internal JsObject SharedArrayBufferPrototype { get; set; } = null!;
    internal JsObject DataViewPrototype { get; set; } = null!;
    /// <summary>%TypedArray% and %TypedArray.prototype%.</summary>
    internal JsFunction TypedArrayConstructor { get; set; } = null!;
    internal JsObject TypedArrayPrototype { get; set; } = null!;
    /// <summary>The concrete constructors and prototypes, indexed by <see cref="Builtins.TypedArrayKind"/>.</summary>
    internal readonly JsFunction[] TypedArrayConstructors = new JsFunction[Builtins.TypedArrayInfo.KindCount];
    internal readonly JsObject[] TypedArrayPrototypes = new JsObject[Builtins.TypedArrayInfo.KindCount];
}
