using System;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins;

/// <summary>ECMA-262 §27.1.2 %IteratorPrototype%: [@@iterator]() returns this.</summary>
internal static partial class IteratorPrototype
{
    public static void Install(Realm realm)
        => Builtin.DefineMethods(realm, realm.IteratorPrototype,
            [new("[Symbol.iterator]", 0, static (Realm r, in JsValue thisValue, ReadOnlySpan<JsValue> a, JsObject? n) => thisValue, JsSymbol.Iterator)]);

    /// <summary>§7.4.14 CreateIterResultObject.</summary>
    public static JsValue CreateIterResult(Realm realm, in JsValue value, bool done)
    {
        var o = realm.CreateObject();
        o.AddProperty("value", value, PropertyFlags.Default);
        o.AddProperty("done", JsValue.FromBoolean(done), PropertyFlags.Default);
        return o;
    }
}
