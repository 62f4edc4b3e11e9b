using System;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins.Temporal;

/// <summary>The Temporal.PlainMonthDay constructor and prototype. SCAFFOLD: replaced by the owner of PlainMonthDay/.</summary>
internal static class PlainMonthDayConstructor
{
    public static JsFunction Create(Realm realm)
    {
        var proto = new JsObject(realm.ObjectPrototype);
        realm.TemporalPlainMonthDayPrototype = proto;
        Library.ToStringTag(proto, "Temporal.PlainMonthDay");
        return Builtin.Constructor(realm, "PlainMonthDay", 2, Construct, proto);
    }

    private static JsValue Construct(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        if (newTarget == null) JsException.ThrowTypeError("Constructor Temporal.PlainMonthDay requires 'new'");
        return JsException.ThrowTypeError<JsValue>("Temporal.PlainMonthDay is not implemented yet");
    }
}
