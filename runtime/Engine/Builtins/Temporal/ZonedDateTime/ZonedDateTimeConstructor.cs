using System;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins.Temporal;

/// <summary>The Temporal.ZonedDateTime constructor and prototype. SCAFFOLD: replaced by the owner of ZonedDateTime/.</summary>
internal static class ZonedDateTimeConstructor
{
    public static JsFunction Create(Realm realm)
    {
        var proto = new JsObject(realm.ObjectPrototype);
        realm.TemporalZonedDateTimePrototype = proto;
        Library.ToStringTag(proto, "Temporal.ZonedDateTime");
        return Builtin.Constructor(realm, "ZonedDateTime", 2, Construct, proto);
    }

    private static JsValue Construct(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        if (newTarget == null) JsException.ThrowTypeError("Constructor Temporal.ZonedDateTime requires 'new'");
        return JsException.ThrowTypeError<JsValue>("Temporal.ZonedDateTime is not implemented yet");
    }
}
