using System;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins.Temporal;

/// <summary>The Temporal.PlainTime constructor and prototype. SCAFFOLD: replaced by the owner of PlainTime/.</summary>
internal static class PlainTimeConstructor
{
    public static JsFunction Create(Realm realm)
    {
        var proto = new JsObject(realm.ObjectPrototype);
        realm.TemporalPlainTimePrototype = proto;
        Library.ToStringTag(proto, "Temporal.PlainTime");
        return Builtin.Constructor(realm, "PlainTime", 0, Construct, proto);
    }

    private static JsValue Construct(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        if (newTarget == null) JsException.ThrowTypeError("Constructor Temporal.PlainTime requires 'new'");
        return JsException.ThrowTypeError<JsValue>("Temporal.PlainTime is not implemented yet");
    }
}
