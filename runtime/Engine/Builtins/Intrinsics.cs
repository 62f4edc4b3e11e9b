using Aot.Engine.Objects;

namespace Aot.Engine.Builtins;

/// <summary>Creates a realm's intrinsics and global object properties (ECMA-262 §9.3.2 CreateIntrinsics,
/// §9.3.3 SetDefaultGlobalBindings). Each family installs itself from its own files.</summary>
internal static class Intrinsics
{
    public static void Install(Realm realm)
    {
        var global = realm.GlobalObject;
        ObjectPrototype.Install(realm);
        FunctionPrototype.Install(realm);
        IteratorPrototype.Install(realm);
        ArrayIteratorPrototype.Install(realm);
        ArrayPrototype.Install(realm);
        StringPrototype.Install(realm);
        LocaleCompare.Install(realm);
        StringIteratorPrototype.Install(realm);
        StringPrototypeAnnexB.Install(realm);
        BooleanPrototype.Install(realm);
        SymbolPrototype.Install(realm);
        ErrorPrototype.Install(realm);

        Define(global, "Object", ObjectConstructor.Create(realm));
        Define(global, "Function", FunctionConstructor.Create(realm));
        Define(global, "Array", ArrayConstructor.Create(realm));
        Define(global, "String", StringConstructor.Create(realm));
        Define(global, "Boolean", BooleanConstructor.Create(realm));
        Define(global, "Symbol", SymbolConstructor.Create(realm));
        ErrorConstructor.Install(realm, global);
        Define(global, "Math", MathObject.Create(realm));
        GlobalFunctions.Install(realm, global);
        ControlAbstractionObjects.Install(realm, global);
        NumberPrototype.Install(realm);
        Define(global, "Number", NumberConstructor.Create(realm));
        StandardLibrary.Install(realm, global);
        Define(global, "RegExp", RegExp.RegExpConstructor.Create(realm));
    }

    private static void Define(JsObject global, string name, JsObject value)
        => global.AddProperty(name, JsValue.FromObject(value), PropertyFlags.Hidden);
}
