using System;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins.Temporal;

/// <summary>The Temporal.PlainDateTime constructor and prototype. SCAFFOLD: replaced by the owner of PlainDateTime/.</summary>
internal static class PlainDateTimeConstructor
{
    public static JsFunction Create(Realm realm)
    {
        var proto = new JsObject(realm.ObjectPrototype);
        realm.TemporalPlainDateTimePrototype = proto;
        Library.ToStringTag(proto, "Temporal.PlainDateTime");
        return Builtin.Constructor(realm, "PlainDateTime", 3, Construct, proto);
    }

    private static JsValue Construct(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        if (newTarget == null) JsException.ThrowTypeError("Constructor Temporal.PlainDateTime requires 'new'");
        return JsException.ThrowTypeError<JsValue>("Temporal.PlainDateTime is not implemented yet");
    }
}
