using System;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins;

/// <summary>ECMA-262 §26.2.1 The FinalizationRegistry Constructor and §26.2.3 its prototype.</summary>
internal static class FinalizationRegistryConstructor
{
    public static JsFunction Create(Realm realm)
    {
        var proto = new JsObject(realm.ObjectPrototype);
        realm.FinalizationRegistryPrototype = proto;
        Builtin.DefineMethods(realm, proto, [new("register", 2, Register), new("unregister", 1, Unregister)]);
        Library.ToStringTag(proto, "FinalizationRegistry");
        return Builtin.Constructor(realm, "FinalizationRegistry", 1, Construct, proto);
    }

    // 26.2.1.1 FinalizationRegistry ( cleanupCallback )
    private static JsValue Construct(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        if (newTarget == null) JsException.ThrowTypeError("Constructor FinalizationRegistry requires 'new'");     // Step 1.
        var cleanup = Builtin.Arg(args, 0);
        if (!cleanup.IsCallable) JsException.ThrowTypeError("FinalizationRegistry: cleanup must be callable");     // Step 2.
        var proto = Library.PrototypeFromConstructor(newTarget, static r => r.FinalizationRegistryPrototype, realm); // Step 3.
        return new JsFinalizationRegistry(proto, realm, cleanup.AsObject());                                         // Steps 4-8.
    }

    private static JsFinalizationRegistry This(in JsValue thisValue, string method)
        => thisValue.Ref is JsFinalizationRegistry r && thisValue.IsObject ? r
            : JsException.ThrowTypeError<JsFinalizationRegistry>($"Method FinalizationRegistry.prototype.{method} called on incompatible receiver {Operations.DescribeForError(thisValue)}");

    // 26.2.3.2 FinalizationRegistry.prototype.register ( target, heldValue [ , unregisterToken ] )
    private static JsValue Register(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var registry = This(thisValue, "register");                                                        // Steps 1-2.
        var target = Builtin.Arg(args, 0);
        var heldValue = Builtin.Arg(args, 1);
        var token = Builtin.Arg(args, 2);
        if (!JsWeakCollection.CanBeHeldWeakly(target)) JsException.ThrowTypeError("FinalizationRegistry.prototype.register: invalid target"); // Step 3.
        if (Operations.SameValue(target, heldValue)) JsException.ThrowTypeError("FinalizationRegistry.prototype.register: target and holdings must not be same"); // Step 4.
        if (!JsWeakCollection.CanBeHeldWeakly(token) && !token.IsUndefined)                                 // Step 5.
            JsException.ThrowTypeError("FinalizationRegistry.prototype.register: invalid unregister token");
        registry.Register(target.Ref!, heldValue, token.IsUndefined ? null : token.Ref);                    // Steps 6-7.
        return JsValue.Undefined;
    }

    // 26.2.3.3 FinalizationRegistry.prototype.unregister ( unregisterToken )
    private static JsValue Unregister(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var registry = This(thisValue, "unregister");
        var token = Builtin.Arg(args, 0);
        if (!JsWeakCollection.CanBeHeldWeakly(token)) JsException.ThrowTypeError("FinalizationRegistry.prototype.unregister: invalid unregister token");
        return registry.Unregister(token.Ref!);
    }
}
