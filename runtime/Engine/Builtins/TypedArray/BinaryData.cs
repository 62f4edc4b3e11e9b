using Aot.Engine.Objects;

namespace Aot.Engine.Builtins;

/// <summary>Installs the binary-data globals: ArrayBuffer, SharedArrayBuffer, DataView, %TypedArray%
/// and its eleven (twelve with Float16Array) constructors, and Atomics (deferred by <see cref="StandardLibrary"/>
/// until first use).</summary>
internal static class BinaryData
{
    public static void Install(Realm realm)
    {
        realm.DefineIntrinsicGlobal("ArrayBuffer", ArrayBufferConstructor.Create(realm));
        realm.DefineIntrinsicGlobal("SharedArrayBuffer", SharedArrayBufferConstructor.Create(realm));
        realm.DefineIntrinsicGlobal("DataView", DataViewConstructor.Create(realm));
        TypedArrayConstructor.Install(realm);
        realm.DefineIntrinsicGlobal("Atomics", AtomicsObject.Create(realm));
    }

    /// <summary>The globals <see cref="Install"/> defines, in its order.</summary>
    public static string[] GlobalNames()
    {
        var names = new string[4 + TypedArrayInfo.KindCount];
        names[0] = "ArrayBuffer";
        names[1] = "SharedArrayBuffer";
        names[2] = "DataView";
        for (int i = 0; i < TypedArrayInfo.KindCount; i++) names[3 + i] = TypedArrayInfo.Name((TypedArrayKind)i);
        names[^1] = "Atomics";
        return names;
    }
}
