using System;
using Aot.Engine.Interpreting;
using Aot.Engine.Objects;
using Aot.Engine.Tests.Interpreting;
using Xunit;

namespace Aot.Engine.Tests.Objects;

/// <summary>Intrinsic families created on first use (LazyIntrinsics) look, to every observer, like the
/// ordinary data properties eager creation gives.</summary>
public class DeferredIntrinsicsTests
{
    // Every global's name and attributes in key order, and what each deferred global is.
    private const string DescribeGlobals = """
        Object.getOwnPropertyNames(globalThis).map(k => {
          const d = Object.getOwnPropertyDescriptor(globalThis, k);
          return k + ':' + ('value' in d ? typeof d.value : 'accessor') + ':' + d.writable + d.enumerable + d.configurable;
        }).join(',')
        """;

    private static Js EagerJs()
    {
        Realm.EagerIntrinsics = true;
        try { return new Js(); }
        finally { Realm.EagerIntrinsics = false; }
    }

    [Fact]
    public void GlobalsHaveTheSameKeysOrderAndAttributesAsEagerCreation()
    {
        string eager = Operations.ToString(EagerJs().Run(DescribeGlobals));
        string lazy = Operations.ToString(new Js().Run(DescribeGlobals));
        Assert.Equal(eager, lazy);
        Assert.Contains("Temporal:object:truefalsetrue", lazy);
        Assert.Contains("Float64Array:function:truefalsetrue", lazy);
        Assert.Equal(Operations.ToString(EagerJs().Run("Object.keys(globalThis).join()")), Operations.ToString(new Js().Run("Object.keys(globalThis).join()")));
    }

    [Fact]
    public void FamiliesAreNotCreatedUntilUsed()
    {
        var js = new Js();
        js.Run("1 + 1");
        Assert.Equal(JsTag.Internal, RawGlobal(js.Realm, "Uint8Array").Tag);
        Assert.Equal(JsTag.Internal, RawGlobal(js.Realm, "Reflect").Tag);
        js.Run("Int8Array");
        Assert.Equal(JsTag.Object, RawGlobal(js.Realm, "Uint8Array").Tag); // the whole family at once
        Assert.Equal(JsTag.Object, RawGlobal(js.Realm, "Atomics").Tag);
        Assert.Equal(JsTag.Internal, RawGlobal(js.Realm, "Reflect").Tag);
    }

    private static JsValue RawGlobal(Realm realm, string name)
    {
        var g = realm.GlobalObject;
        return g.slots[g.shape.Find(name)];
    }

    [Theory]
    [InlineData("typeof Reflect", "object")]
    [InlineData("'Proxy' in globalThis", "true")]
    [InlineData("globalThis.hasOwnProperty('DataView')", "true")]
    [InlineData("Object.getOwnPropertyDescriptor(globalThis, 'Map').value === Map", "true")]
    [InlineData("delete globalThis.Temporal; typeof Temporal", "undefined")]
    [InlineData("delete globalThis.Uint8Array; [typeof Uint8Array, typeof Int8Array, 'Uint8Array' in globalThis].join()", "undefined,function,false")]
    [InlineData("Reflect = 5; Reflect", "5")]
    [InlineData("globalThis.Set = 1; typeof Map + typeof Set", "function" + "number")]
    [InlineData("Object.defineProperty(globalThis, 'Atomics', { writable: false }); [typeof Atomics, Object.getOwnPropertyDescriptor(globalThis, 'Atomics').writable].join()", "object,false")]
    [InlineData("Object.defineProperty(globalThis, 'WeakRef', { get() { return 7; } }); WeakRef", "7")]
    [InlineData("Object.freeze(globalThis); [typeof Proxy, Object.isFrozen(globalThis)].join()", "function,true")]
    [InlineData("with (globalThis) { typeof Date }", "function")]
    [InlineData("var x = Object.create(globalThis); typeof x.BigInt64Array", "function")]
    [InlineData("function f() { return Float32Array; } f(); f(); f() === Float32Array", "true")]
    [InlineData("var r = []; for (var i = 0; i < 3; i++) r.push(typeof globalThis.WeakSet); r.join()", "function,function,function")]
    [InlineData("Object.getPrototypeOf(Int8Array) === Object.getPrototypeOf(Uint8Array)", "true")]
    [InlineData("new Map([[1, 2]]).get(1)", "2")]
    [InlineData("Object.prototype.toString.call(new Date(0))", "[object Date]")]
    [InlineData("Temporal[Symbol.toStringTag]", "Temporal")]
    public void DeferredGlobalsBehaveAsDataProperties(string source, string expected)
        => Assert.Equal(expected, Js.Eval(source));

    [Fact]
    public void ScriptDeclarationsOverDeferredGlobals()
    {
        Assert.Equal("1", Js.Eval("var Proxy = 1; Proxy"));
        Assert.Equal("function", Js.Eval("function Reflect() {} typeof Reflect"));
        Assert.Equal("SyntaxError: Identifier 'Map' has already been declared", Js.Throws("let Map = 1; eval('var Map;')"));
    }

    [Fact]
    public void RealmPropertiesCreateTheirFamily()
    {
        var js = new Js();
        Assert.NotNull(js.Realm.TypedArrayPrototypes[0]);
        Assert.Same(js.Realm.TypedArrayConstructors[0], js.Realm.GlobalObject.Get("Int8Array").AsObject());
        Assert.Same(js.Realm.MapPrototype, js.Realm.GlobalObject.Get("Map").AsObject().Get("prototype").AsObject());
    }

    [Fact]
    public void DeletedGlobalStaysDeletedWhenTheFamilyIsCreatedOtherwise()
    {
        var js = new Js();
        js.Run("delete globalThis.Uint16Array");
        Assert.NotNull(js.Realm.TypedArrayPrototypes[0]); // creates the family through the realm
        Assert.Equal("undefined,function", Operations.ToString(js.Run("[typeof Uint16Array, typeof Uint8Array].join()")));
    }

    [Fact]
    public void PrototypeFromAnotherRealmsDeferredFamily()
    {
        var js = new Js();
        var other = js.Vm.CreateRealm();
        js.Realm.GlobalObject.AddProperty("other", JsValue.FromObject(other.GlobalObject), PropertyFlags.Hidden);
        // GetPrototypeFromConstructor falls back to the new target's realm's intrinsic (§10.1.14).
        Assert.Equal("true", Operations.ToString(js.Run("""
            var C = new other.Function();
            C.prototype = null;
            Object.getPrototypeOf(Reflect.construct(Map, [], C)) === other.Map.prototype
            """)));
    }
}
