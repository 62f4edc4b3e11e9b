using System;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins;

/// <summary>ECMA-262 §24.3.3 Properties of the WeakMap Prototype Object.</summary>
internal static class WeakMapPrototype
{
    private static readonly BuiltinMethod[] Methods =
    [
        new("delete", 1, Delete),
        new("get", 1, Get),
        new("getOrInsert", 2, GetOrInsert),
        new("getOrInsertComputed", 2, GetOrInsertComputed),
        new("has", 1, Has),
        new("set", 2, Set),
    ];

    public static JsObject Create(Realm realm)
    {
        var proto = new JsObject(realm.ObjectPrototype);
        realm.WeakMapPrototype = proto;
        Builtin.DefineMethods(realm, proto, Methods);
        Library.ToStringTag(proto, "WeakMap");
        return proto;
    }

    private static JsWeakCollection ThisWeakMap(in JsValue value, string method)
    {
        if (value.Ref is JsWeakCollection { IsMap: true } m && value.IsObject) return m;
        return JsException.ThrowTypeError<JsWeakCollection>($"Method WeakMap.prototype.{method} called on incompatible receiver {Operations.DescribeForError(value)}");
    }

    // 24.3.3.2 WeakMap.prototype.delete ( key )
    private static JsValue Delete(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
        => ThisWeakMap(thisValue, "delete").Remove(Builtin.Arg(args, 0));

    // 24.3.3.3 WeakMap.prototype.get ( key )
    private static JsValue Get(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        ThisWeakMap(thisValue, "get").TryGet(Builtin.Arg(args, 0), out var value);
        return value;
    }

    // 24.3.3.4 WeakMap.prototype.has ( key )
    private static JsValue Has(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
        => ThisWeakMap(thisValue, "has").Has(Builtin.Arg(args, 0));

    // 24.3.3.5 WeakMap.prototype.set ( key, value )
    private static JsValue Set(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var m = ThisWeakMap(thisValue, "set");
        var key = Builtin.Arg(args, 0);
        if (!JsWeakCollection.CanBeHeldWeakly(key)) JsException.ThrowTypeError($"Invalid value used as weak map key");
        m.Set(key, Builtin.Arg(args, 1));
        return thisValue;
    }

    // WeakMap.prototype.getOrInsert ( key, value ) (upsert, ES2026 §24.3.3.4)
    private static JsValue GetOrInsert(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var m = ThisWeakMap(thisValue, "getOrInsert");
        var key = Builtin.Arg(args, 0);
        if (!JsWeakCollection.CanBeHeldWeakly(key)) JsException.ThrowTypeError($"Invalid value used as weak map key");
        if (m.TryGet(key, out var existing)) return existing;
        var value = Builtin.Arg(args, 1);
        m.Set(key, value);
        return value;
    }

    // WeakMap.prototype.getOrInsertComputed ( key, callbackfn ) (upsert, ES2026 §24.3.3.5)
    private static JsValue GetOrInsertComputed(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var m = ThisWeakMap(thisValue, "getOrInsertComputed");
        var key = Builtin.Arg(args, 0);
        var callback = Builtin.CallbackOrThrow(Builtin.Arg(args, 1));
        if (!JsWeakCollection.CanBeHeldWeakly(key)) JsException.ThrowTypeError($"Invalid value used as weak map key");
        if (m.TryGet(key, out var existing)) return existing;
        var value = Operations.Call(callback, JsValue.Undefined, [key]);
        m.Set(key, value);
        return value;
    }
}
