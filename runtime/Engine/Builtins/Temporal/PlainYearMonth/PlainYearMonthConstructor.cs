using System;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins.Temporal;

/// <summary>The Temporal.PlainYearMonth constructor and prototype. SCAFFOLD: replaced by the owner of PlainYearMonth/.</summary>
internal static class PlainYearMonthConstructor
{
    public static JsFunction Create(Realm realm)
    {
        var proto = new JsObject(realm.ObjectPrototype);
        realm.TemporalPlainYearMonthPrototype = proto;
        Library.ToStringTag(proto, "Temporal.PlainYearMonth");
        return Builtin.Constructor(realm, "PlainYearMonth", 2, Construct, proto);
    }

    private static JsValue Construct(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        if (newTarget == null) JsException.ThrowTypeError("Constructor Temporal.PlainYearMonth requires 'new'");
        return JsException.ThrowTypeError<JsValue>("Temporal.PlainYearMonth is not implemented yet");
    }
}
