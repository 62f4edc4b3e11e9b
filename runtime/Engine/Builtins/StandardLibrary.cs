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
        // Families most programs never touch are created on first use (Objects/LazyIntrinsics.cs); the
        // globals keep their order and attributes. Their realm properties create them too.
        realm.DateFamily = realm.Defer(static r => r.DefineIntrinsicGlobal("Date", DateConstructor.Create(r)), "Date");
        Define(global, "JSON", JsonObject.Create(realm));
        realm.CollectionFamily = realm.Defer(static r =>
        {
            r.DefineIntrinsicGlobal("Map", MapConstructor.Create(r));
            r.DefineIntrinsicGlobal("Set", SetConstructor.Create(r));
            r.DefineIntrinsicGlobal("WeakMap", WeakMapConstructor.Create(r));
            r.DefineIntrinsicGlobal("WeakSet", WeakSetConstructor.Create(r));
        }, "Map", "Set", "WeakMap", "WeakSet");
        realm.WeakRefFamily = realm.Defer(static r =>
        {
            r.DefineIntrinsicGlobal("WeakRef", WeakRefConstructor.Create(r));
            r.DefineIntrinsicGlobal("FinalizationRegistry", FinalizationRegistryConstructor.Create(r));
        }, "WeakRef", "FinalizationRegistry");
        realm.Defer(static r => r.DefineIntrinsicGlobal("Proxy", ProxyConstructor.Create(r)), "Proxy");
        Define(global, "Iterator", IteratorConstructor.Create(realm));
        // Explicit resource management (ES2026 §20.5.8, §27.3, §27.4).
        Define(global, "SuppressedError", SuppressedErrorConstructor.Install(realm));
        Define(global, "DisposableStack", DisposableStackConstructor.Install(realm));
        Define(global, "AsyncDisposableStack", AsyncDisposableStackConstructor.Install(realm));
        IteratorDisposal.Install(realm);
        realm.Defer(static r => r.DefineIntrinsicGlobal("Reflect", ReflectObject.Create(r)), "Reflect");
        Define(global, "BigInt", BigIntConstructor.Create(realm));
        realm.BinaryDataFamily = realm.Defer(static r => BinaryData.Install(r), BinaryData.GlobalNames());
        realm.TemporalFamily = realm.Defer(static r => r.DefineIntrinsicGlobal("Temporal", Temporal.TemporalNamespace.Create(r)), "Temporal");
    }

    private static void Define(JsObject global, string name, JsObject value)
        => global.AddProperty(name, JsValue.FromObject(value), PropertyFlags.Hidden);
}
