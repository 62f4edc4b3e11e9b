namespace Aot.Engine.Objects;

// The binary-data part of the realm (ECMA-262 §23.2 TypedArray objects, §25.1-25.4 ArrayBuffer,
// SharedArrayBuffer, DataView, Atomics); installed by Builtins/ArrayBuffer, TypedArray, DataView, Atomics.
// The family is created on first use (LazyIntrinsics): every property here creates it first.
public sealed partial class Realm
{
    internal LazyIntrinsics? BinaryDataFamily;

    private JsFunction arrayBufferConstructor = null!, sharedArrayBufferConstructor = null!, typedArrayConstructor = null!;
    private JsObject arrayBufferPrototype = null!, sharedArrayBufferPrototype = null!, dataViewPrototype = null!, typedArrayPrototype = null!;
    private readonly JsFunction[] typedArrayConstructors = new JsFunction[Builtins.TypedArrayInfo.KindCount];
    private readonly JsObject[] typedArrayPrototypes = new JsObject[Builtins.TypedArrayInfo.KindCount];

    internal JsFunction ArrayBufferConstructor { get { BinaryDataFamily?.Ensure(); return arrayBufferConstructor; } set => arrayBufferConstructor = value; }
    internal JsObject ArrayBufferPrototype { get { BinaryDataFamily?.Ensure(); return arrayBufferPrototype; } set => arrayBufferPrototype = value; }
    internal JsFunction SharedArrayBufferConstructor { get { BinaryDataFamily?.Ensure(); return sharedArrayBufferConstructor; } set => sharedArrayBufferConstructor = value; }
    internal JsObject SharedArrayBufferPrototype { get { BinaryDataFamily?.Ensure(); return sharedArrayBufferPrototype; } set => sharedArrayBufferPrototype = value; }
    internal JsObject DataViewPrototype { get { BinaryDataFamily?.Ensure(); return dataViewPrototype; } set => dataViewPrototype = value; }
    /// <summary>%TypedArray% and %TypedArray.prototype%.</summary>
    internal JsFunction TypedArrayConstructor { get { BinaryDataFamily?.Ensure(); return typedArrayConstructor; } set => typedArrayConstructor = value; }
    internal JsObject TypedArrayPrototype { get { BinaryDataFamily?.Ensure(); return typedArrayPrototype; } set => typedArrayPrototype = value; }
    /// <summary>The concrete constructors and prototypes, indexed by <see cref="Builtins.TypedArrayKind"/>.</summary>
    internal JsFunction[] TypedArrayConstructors { get { BinaryDataFamily?.Ensure(); return typedArrayConstructors; } }
    internal JsObject[] TypedArrayPrototypes { get { BinaryDataFamily?.Ensure(); return typedArrayPrototypes; } }
}
