using System;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins;

/// <summary>ECMA-262 §24.1.1 The Map Constructor and §24.1.2 Properties of the Map Constructor.</summary>
internal static class MapConstructor
{
    public static JsFunction Create(Realm realm)
    {
        var proto = MapPrototype.Create(realm);
        var ctor = Builtin.Constructor(realm, "Map", 0, Construct, proto);
        Builtin.DefineMethods(realm, ctor, [new("groupBy", 2, GroupBy)]);
        Library.SpeciesGetter(realm, ctor);
        realm.MapConstructor = ctor;
        return ctor;
    }

    // 24.1.1.1 Map ( [ iterable ] )
    private static JsValue Construct(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        if (newTarget == null) JsException.ThrowTypeError("Constructor Map requires 'new'");         // Step 1.
        var map = new JsMap(Library.PrototypeFromConstructor(newTarget, static r => r.MapPrototype, realm)); // Step 2.
        var iterable = Builtin.Arg(args, 0);
        if (iterable.IsNullish) return map;                                                           // Step 3.
        var adder = map.Get("set");                                                                   // Step 4.
        if (!adder.IsCallable) JsException.ThrowTypeError("'" + Operations.DescribeForError(adder) + "' returned for property 'set' of object '#<Map>' is not a function");
        AddEntriesFromIterable(realm, map, iterable, adder);                                           // Step 6.
        return map;
    }

    /// <summary>§24.1.1.2 AddEntriesFromIterable ( target, iterable, adder ).</summary>
    internal static void AddEntriesFromIterable(Realm realm, JsObject target, in JsValue iterable, in JsValue adder)
    {
        var iteratorRecord = IteratorRecord.Get(realm, iterable);
        while (true)
        {
            if (!iteratorRecord.Step(realm, out var next)) return;
            try
            {
                if (!next.IsObject) JsException.ThrowTypeError($"Iterator value {Operations.DescribeForError(next)} is not an entry object");
                var k = next.AsObject().Get(PropertyKey.FromIndex(0));
                var v = next.AsObject().Get(PropertyKey.FromIndex(1));
                Operations.Call(adder, JsValue.FromObject(target), [k, v]);
            }
            catch (JsException)
            {
                iteratorRecord.CloseAfterThrow(realm);
                throw;
            }
        }
    }

    // 24.1.2.1 Map.groupBy ( items, callback )
    private static JsValue GroupBy(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var map = new JsMap(realm.MapPrototype);
        foreach (var (key, elements) in GroupByHelper.Group(realm, Builtin.Arg(args, 0), Builtin.Arg(args, 1), propertyKeys: false))
            map.Data.Set(key, Operations.CreateArrayFromList(realm, elements.ToArray()));
        return map;
    }
}

/// <summary>§7.3.35 GroupBy ( items, callback, keyCoercion ), shared by Map.groupBy and Object.groupBy.</summary>
internal static class GroupByHelper
{
    public static System.Collections.Generic.List<(JsValue Key, System.Collections.Generic.List<JsValue> Elements)> Group(Realm realm, in JsValue items, in JsValue callback, bool propertyKeys)
    {
        // Steps 1-2.
        if (items.IsNullish) JsException.ThrowTypeError($"{items} is not iterable");
        if (!callback.IsCallable) JsException.ThrowTypeError($"{Operations.DescribeForError(callback)} is not a function");
        var groups = new System.Collections.Generic.List<(JsValue, System.Collections.Generic.List<JsValue>)>();
        var table = new OrderedTable();
        var iteratorRecord = IteratorRecord.Get(realm, items); // Step 4.
        double k = 0;
        while (true)                                          // Step 6.
        {
            if (!iteratorRecord.Step(realm, out var value)) return groups;
            JsValue key;
            try
            {
                key = Operations.Call(callback, JsValue.Undefined, [value, JsValue.FromNumber(k)]);
                if (propertyKeys) key = Operations.ToPropertyKey(key).ToJsValue();
                else key = OrderedTable.Canonicalize(key);
            }
            catch (JsException)
            {
                iteratorRecord.CloseAfterThrow(realm);
                throw;
            }
            // AddValueToKeyedGroup.
            if (table.TryGetValue(key, out var at)) groups[(int)at.Number].Item2.Add(value);
            else
            {
                table.Set(key, JsValue.FromNumber(groups.Count));
                groups.Add((key, new System.Collections.Generic.List<JsValue> { value }));
            }
            k++;
        }
    }
}
