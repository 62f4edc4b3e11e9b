using Aot.Engine.Objects;

namespace Aot.Engine.Builtins;

/// <summary>Installs the library families that live outside the interpreter core's slice: Date,
/// JSON, Map, Set, WeakMap, WeakSet, WeakRef, FinalizationRegistry (called from <see cref="Intrinsics"/>).</summary>
internal static class StandardLibrary
{
    public static void Install(Realm realm, JsObject global)
    {
        // 23.1.2.5 get Array [ @@species ] (ArraySpeciesCreate uses it).
        Library.SpeciesGetter(realm, realm.ArrayConstructor);
        RestrictedFunctionProperties.Install(realm);
        LegacyAccessorMethods.Install(realm);
        UriFunctions.Install(realm, global);
        LegacyEscape.Install(realm, global);
        Define(global, "Date", DateConstructor.Create(realm));
        Define(global, "JSON", JsonObject.Create(realm));
        Define(global, "Map", MapConstructor.Create(realm));
        Define(global, "Set", SetConstructor.Create(realm));
        Define(global, "WeakMap", WeakMapConstructor.Create(realm));
        Define(global, "WeakSet", WeakSetConstructor.Create(realm));
        Define(global, "WeakRef", WeakRefConstructor.Create(realm));
        Define(global, "FinalizationRegistry", FinalizationRegistryConstructor.Create(realm));
        Define(global, "Proxy", ProxyConstructor.Create(realm));
        Define(global, "Iterator", IteratorConstructor.Create(realm));
        // Explicit resource management (ES2026 §20.5.8, §27.3, §27.4).
        Define(global, "SuppressedError", SuppressedErrorConstructor.Install(realm));
        Define(global, "DisposableStack", DisposableStackConstructor.Install(realm));
        Define(global, "AsyncDisposableStack", AsyncDisposableStackConstructor.Install(realm));
        IteratorDisposal.Install(realm);
        Define(global, "Reflect", ReflectObject.Create(realm));
        Define(global, "BigInt", BigIntConstructor.Create(realm));
        BinaryData.Install(realm, global);
        Define(global, "Temporal", Temporal.TemporalNamespace.Create(realm));
    }

    private static void Define(JsObject global, string name, JsObject value)
        => global.AddProperty(name, JsValue.FromObject(value), PropertyFlags.Hidden);
}
