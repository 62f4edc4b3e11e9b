using System;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins.Temporal;

/// <summary>The Temporal.PlainDate constructor and prototype. SCAFFOLD: replaced by the owner of PlainDate/.</summary>
internal static class PlainDateConstructor
{
    public static JsFunction Create(Realm realm)
    {
        var proto = new JsObject(realm.ObjectPrototype);
        realm.TemporalPlainDatePrototype = proto;
        Library.ToStringTag(proto, "Temporal.PlainDate");
        return Builtin.Constructor(realm, "PlainDate", 3, Construct, proto);
    }

    private static JsValue Construct(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        if (newTarget == null) JsException.ThrowTypeError("Constructor Temporal.PlainDate requires 'new'");
        return JsException.ThrowTypeError<JsValue>("Temporal.PlainDate is not implemented yet");
    }
}
