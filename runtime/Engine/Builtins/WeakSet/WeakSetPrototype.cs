using System;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins;

/// <summary>ECMA-262 §24.4.3 Properties of the WeakSet Prototype Object.</summary>
internal static class WeakSetPrototype
{
    private static readonly BuiltinMethod[] Methods =
    [
        new("add", 1, Add),
        new("delete", 1, Delete),
        new("has", 1, Has),
    ];

    public static JsObject Create(Realm realm)
    {
        var proto = new JsObject(realm.ObjectPrototype);
        realm.WeakSetPrototype = proto;
        Builtin.DefineMethods(realm, proto, Methods);
        Library.ToStringTag(proto, "WeakSet");
        return proto;
    }

    private static JsWeakCollection ThisWeakSet(in JsValue value, string method)
    {
        if (value.Ref is JsWeakCollection { IsMap: false } s && value.IsObject) return s;
        return JsException.ThrowTypeError<JsWeakCollection>($"Method WeakSet.prototype.{method} called on incompatible receiver {Operations.DescribeForError(value)}");
    }

    // 24.4.3.1 WeakSet.prototype.add ( value )
    private static JsValue Add(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var s = ThisWeakSet(thisValue, "add");
        var value = Builtin.Arg(args, 0);
        if (!JsWeakCollection.CanBeHeldWeakly(value)) JsException.ThrowTypeError("Invalid value used in weak set");
        if (!s.Has(value)) s.Set(value, JsValue.Undefined);
        return thisValue;
    }

    // 24.4.3.3 WeakSet.prototype.delete ( value )
    private static JsValue Delete(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
        => ThisWeakSet(thisValue, "delete").Remove(Builtin.Arg(args, 0));

    // 24.4.3.4 WeakSet.prototype.has ( value )
    private static JsValue Has(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
        => ThisWeakSet(thisValue, "has").Has(Builtin.Arg(args, 0));
}
