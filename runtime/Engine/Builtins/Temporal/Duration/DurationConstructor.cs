using System;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins.Temporal;

/// <summary>The Temporal.Duration constructor and prototype. SCAFFOLD: replaced by the owner of Duration/.</summary>
internal static class DurationConstructor
{
    public static JsFunction Create(Realm realm)
    {
        var proto = new JsObject(realm.ObjectPrototype);
        realm.TemporalDurationPrototype = proto;
        Library.ToStringTag(proto, "Temporal.Duration");
        return Builtin.Constructor(realm, "Duration", 0, Construct, proto);
    }

    private static JsValue Construct(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        if (newTarget == null) JsException.ThrowTypeError("Constructor Temporal.Duration requires 'new'");
        return JsException.ThrowTypeError<JsValue>("Temporal.Duration is not implemented yet");
    }
}
