using System;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins;

/// <summary>ECMA-262 §24.1.3 Properties of the Map Prototype Object.</summary>
internal static class MapPrototype
{
    private static readonly BuiltinMethod[] Methods =
    [
        new("clear", 0, Clear),
        new("delete", 1, Delete),
        new("forEach", 1, ForEach),
        new("get", 1, Get),
        new("getOrInsert", 2, GetOrInsert),
        new("getOrInsertComputed", 2, GetOrInsertComputed),
        new("has", 1, Has),
        new("keys", 0, Keys),
        new("set", 2, Set),
        new("values", 0, Values),
    ];

    public static JsObject Create(Realm realm)
    {
        var proto = new JsObject(realm.ObjectPrototype);
        realm.MapPrototype = proto;
        realm.MapIteratorPrototype = MapIteratorPrototype.Create(realm, isMap: true);
        Builtin.DefineMethods(realm, proto, Methods);
        // 24.1.3.4 Map.prototype.entries and 24.1.3.12 Map.prototype [ @@iterator ] are the same function.
        var entries = new JsNativeFunction(realm, "entries", 0, Entries);
        proto.AddProperty("entries", JsValue.FromObject(entries), PropertyFlags.Hidden);
        Builtin.Getter(realm, proto, "size", "size", Size);
        proto.AddProperty(JsSymbol.Iterator, JsValue.FromObject(entries), PropertyFlags.Hidden);
        Library.ToStringTag(proto, "Map");
        return proto;
    }

    /// <summary>RequireInternalSlot(M, [[MapData]]).</summary>
    private static JsMap ThisMap(in JsValue value, string method)
    {
        if (value.Ref is JsMap m && value.IsObject) return m;
        return JsException.ThrowTypeError<JsMap>($"Method Map.prototype.{method} called on incompatible receiver {Operations.DescribeForError(value)}");
    }

    // 24.1.3.1 Map.prototype.clear ( )
    private static JsValue Clear(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        ThisMap(thisValue, "clear").Data.Clear();
        return JsValue.Undefined;
    }

    // 24.1.3.3 Map.prototype.delete ( key )
    private static JsValue Delete(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
        => ThisMap(thisValue, "delete").Data.Remove(Builtin.Arg(args, 0));

    // 24.1.3.4 Map.prototype.entries ( )
    private static JsValue Entries(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
        => new JsCollectionIterator(realm.MapIteratorPrototype, ThisMap(thisValue, "entries").Data, ArrayIterationKind.Entries, isMap: true);

    // 24.1.3.5 Map.prototype.forEach ( callbackfn [ , thisArg ] )
    private static JsValue ForEach(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var m = ThisMap(thisValue, "forEach");
        var callback = Builtin.CallbackOrThrow(Builtin.Arg(args, 0));
        var thisArg = Builtin.Arg(args, 1);
        var cursor = m.Data.Start();
        var callArgs = new JsValue[3];
        while (cursor.MoveNext(out var key, out var value))
        {
            callArgs[0] = value;
            callArgs[1] = key;
            callArgs[2] = thisValue;
            Operations.Call(callback, thisArg, callArgs);
        }
        return JsValue.Undefined;
    }

    // 24.1.3.6 Map.prototype.get ( key )
    private static JsValue Get(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        ThisMap(thisValue, "get").Data.TryGetValue(Builtin.Arg(args, 0), out var value);
        return value;
    }

    // Map.prototype.getOrInsert ( key, value ) (upsert, ES2026 §24.1.3.7)
    private static JsValue GetOrInsert(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var data = ThisMap(thisValue, "getOrInsert").Data;
        var key = OrderedTable.Canonicalize(Builtin.Arg(args, 0));
        if (data.TryGetValue(key, out var existing)) return existing;
        var value = Builtin.Arg(args, 1);
        data.Set(key, value);
        return value;
    }

    // Map.prototype.getOrInsertComputed ( key, callbackfn ) (upsert, ES2026 §24.1.3.8): the callback
    // may change the map, so the key is looked up again before its value is set.
    private static JsValue GetOrInsertComputed(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var data = ThisMap(thisValue, "getOrInsertComputed").Data;
        var callback = Builtin.CallbackOrThrow(Builtin.Arg(args, 1));
        var key = OrderedTable.Canonicalize(Builtin.Arg(args, 0));
        if (data.TryGetValue(key, out var existing)) return existing;
        var value = Operations.Call(callback, JsValue.Undefined, [key]);
        data.Set(key, value);
        return value;
    }

    // 24.1.3.7 Map.prototype.has ( key )
    private static JsValue Has(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
        => ThisMap(thisValue, "has").Data.Has(Builtin.Arg(args, 0));

    // 24.1.3.8 Map.prototype.keys ( )
    private static JsValue Keys(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
        => new JsCollectionIterator(realm.MapIteratorPrototype, ThisMap(thisValue, "keys").Data, ArrayIterationKind.Keys, isMap: true);

    // 24.1.3.9 Map.prototype.set ( key, value )
    private static JsValue Set(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        ThisMap(thisValue, "set").Data.Set(OrderedTable.Canonicalize(Builtin.Arg(args, 0)), Builtin.Arg(args, 1));
        return thisValue;
    }

    // 24.1.3.10 get Map.prototype.size
    private static JsValue Size(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
        => ThisMap(thisValue, "size").Data.Count;

    // 24.1.3.11 Map.prototype.values ( )
    private static JsValue Values(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
        => new JsCollectionIterator(realm.MapIteratorPrototype, ThisMap(thisValue, "values").Data, ArrayIterationKind.Values, isMap: true);
}
