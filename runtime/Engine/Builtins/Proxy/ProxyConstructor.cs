using System;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins;

/// <summary>ECMA-262 §28.2 Proxy Objects: the Proxy constructor (no `prototype`) and Proxy.revocable.</summary>
internal static class ProxyConstructor
{
    public static JsFunction Create(Realm realm)
    {
        var ctor = new JsNativeFunction(realm, "Proxy", 2, Construct, isConstructor: true);
        Builtin.DefineMethods(realm, ctor, [new("revocable", 2, Revocable)]);
        return ctor;
    }

    // 28.2.1.1 Proxy ( target, handler )
    private static JsValue Construct(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        if (newTarget == null) JsException.ThrowTypeError("Constructor Proxy requires 'new'");
        return ProxyCore.Create(realm, Builtin.Arg(args, 0), Builtin.Arg(args, 1));
    }

    // 28.2.2.1 Proxy.revocable ( target, handler )
    private static JsValue Revocable(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var proxy = ProxyCore.Create(realm, Builtin.Arg(args, 0), Builtin.Arg(args, 1));     // Step 1.
        ProxyCore? revocable = ProxyCore.Of(proxy);
        // 28.2.2.1.1 Proxy Revocation Functions: [[RevocableProxy]] is the captured variable.
        var revoker = new JsNativeFunction(realm, "", 0, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) =>
        {
            if (revocable == null) return JsValue.Undefined;
            revocable.Revoke();
            revocable = null;
            return JsValue.Undefined;
        });
        var result = realm.CreateObject();                                                   // Step 5.
        result.CreateDataPropertyOrThrow("proxy", proxy);                                    // Step 6.
        result.CreateDataPropertyOrThrow("revoke", revoker);                                 // Step 7.
        return result;
    }
}
