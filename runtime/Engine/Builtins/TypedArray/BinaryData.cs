using Aot.Engine.Objects;

namespace Aot.Engine.Builtins;

/// <summary>Installs the binary-data globals: ArrayBuffer, SharedArrayBuffer, DataView, %TypedArray%
/// and its eleven (twelve with Float16Array) constructors, and Atomics (called from <see cref="StandardLibrary"/>).</summary>
internal static class BinaryData
{
    public static void Install(Realm realm, JsObject global)
    {
        global.AddProperty("ArrayBuffer", JsValue.FromObject(ArrayBufferConstructor.Create(realm)), PropertyFlags.Hidden);
        global.AddProperty("SharedArrayBuffer", JsValue.FromObject(SharedArrayBufferConstructor.Create(realm)), PropertyFlags.Hidden);
        global.AddProperty("DataView", JsValue.FromObject(DataViewConstructor.Create(realm)), PropertyFlags.Hidden);
        TypedArrayConstructor.Install(realm, global);
        global.AddProperty("Atomics", JsValue.FromObject(AtomicsObject.Create(realm)), PropertyFlags.Hidden);
    }
}
