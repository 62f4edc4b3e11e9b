using System;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins.Temporal;

/// <summary>The Temporal.Instant constructor and prototype. SCAFFOLD: replaced by the owner of Instant/.</summary>
internal static class InstantConstructor
{
    public static JsFunction Create(Realm realm)
    {
        var proto = new JsObject(realm.ObjectPrototype);
        realm.TemporalInstantPrototype = proto;
        Library.ToStringTag(proto, "Temporal.Instant");
        return Builtin.Constructor(realm, "Instant", 1, Construct, proto);
    }

    private static JsValue Construct(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        if (newTarget == null) JsException.ThrowTypeError("Constructor Temporal.Instant requires 'new'");
        return JsException.ThrowTypeError<JsValue>("Temporal.Instant is not implemented yet");
    }
}
