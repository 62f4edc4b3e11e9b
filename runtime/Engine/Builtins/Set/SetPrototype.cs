using System;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins;

/// <summary>ECMA-262 §24.2.4 Properties of the Set Prototype Object, with the ES2025 set methods.</summary>
internal static class SetPrototype
{
    private static readonly BuiltinMethod[] Methods =
    [
        new("add", 1, Add),
        new("clear", 0, Clear),
        new("delete", 1, Delete),
        new("difference", 1, Difference),
        new("entries", 0, Entries),
        new("forEach", 1, ForEach),
        new("has", 1, Has),
        new("intersection", 1, Intersection),
        new("isDisjointFrom", 1, IsDisjointFrom),
        new("isSubsetOf", 1, IsSubsetOf),
        new("isSupersetOf", 1, IsSupersetOf),
    ];

    public static JsObject Create(Realm realm)
    {
        var proto = new JsObject(realm.ObjectPrototype);
        realm.SetPrototype = proto;
        realm.SetIteratorPrototype = MapIteratorPrototype.Create(realm, isMap: false);
        Builtin.DefineMethods(realm, proto, Methods);
        Builtin.Getter(realm, proto, "size", "size", Size);
        Builtin.DefineMethods(realm, proto, [new("symmetricDifference", 1, SymmetricDifference), new("union", 1, Union)]);
        // 24.2.4.17 keys is the same function as values, and so is @@iterator (24.2.4.20).
        var values = new JsNativeFunction(realm, "values", 0, Values);
        proto.AddProperty("values", JsValue.FromObject(values), PropertyFlags.Hidden);
        proto.AddProperty("keys", JsValue.FromObject(values), PropertyFlags.Hidden);
        proto.AddProperty(JsSymbol.Iterator, JsValue.FromObject(values), PropertyFlags.Hidden);
        Library.ToStringTag(proto, "Set");
        return proto;
    }

    /// <summary>RequireInternalSlot(S, [[SetData]]).</summary>
    private static JsSet ThisSet(in JsValue value, string method)
    {
        if (value.Ref is JsSet s && value.IsObject) return s;
        return JsException.ThrowTypeError<JsSet>($"Method Set.prototype.{method} called on incompatible receiver {Operations.DescribeForError(value)}");
    }

    // 24.2.4.1 Set.prototype.add ( value )
    private static JsValue Add(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var s = ThisSet(thisValue, "add");
        var value = OrderedTable.Canonicalize(Builtin.Arg(args, 0));
        if (!s.Data.Has(value)) s.Data.Set(value, JsValue.Undefined);
        return thisValue;
    }

    // 24.2.4.2 Set.prototype.clear ( )
    private static JsValue Clear(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        ThisSet(thisValue, "clear").Data.Clear();
        return JsValue.Undefined;
    }

    // 24.2.4.4 Set.prototype.delete ( value )
    private static JsValue Delete(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
        => ThisSet(thisValue, "delete").Data.Remove(Builtin.Arg(args, 0));

    // 24.2.4.6 Set.prototype.entries ( )
    private static JsValue Entries(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
        => new JsCollectionIterator(realm.SetIteratorPrototype, ThisSet(thisValue, "entries").Data, ArrayIterationKind.Entries, isMap: false);

    // 24.2.4.7 Set.prototype.forEach ( callbackfn [ , thisArg ] )
    private static JsValue ForEach(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var s = ThisSet(thisValue, "forEach");
        var callback = Builtin.CallbackOrThrow(Builtin.Arg(args, 0));
        var thisArg = Builtin.Arg(args, 1);
        var cursor = s.Data.Start();
        var callArgs = new JsValue[3];
        while (cursor.MoveNext(out var key, out _))
        {
            callArgs[0] = key;
            callArgs[1] = key;
            callArgs[2] = thisValue;
            Operations.Call(callback, thisArg, callArgs);
        }
        return JsValue.Undefined;
    }

    // 24.2.4.8 Set.prototype.has ( value )
    private static JsValue Has(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
        => ThisSet(thisValue, "has").Data.Has(Builtin.Arg(args, 0));

    // 24.2.4.14 get Set.prototype.size
    private static JsValue Size(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
        => ThisSet(thisValue, "size").Data.Count;

    // 24.2.4.18 Set.prototype.values ( )
    private static JsValue Values(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
        => new JsCollectionIterator(realm.SetIteratorPrototype, ThisSet(thisValue, "values").Data, ArrayIterationKind.Values, isMap: false);

    // ------------------------------------------------------------------ set methods (§24.2.1 abstract operations)

    private readonly record struct SetRecord(JsObject Set, double Size, JsValue Has, JsValue Keys);

    /// <summary>§24.2.1.2 GetSetRecord ( obj ).</summary>
    private static SetRecord GetSetRecord(in JsValue obj)
    {
        if (!obj.IsObject) JsException.ThrowTypeError($"{Operations.DescribeForError(obj)} is not an object");  // Step 1.
        var o = obj.AsObject();
        var rawSize = o.Get("size");                                                                       // Step 2.
        double numSize = Operations.ToNumber(rawSize);                                                     // Step 3.
        if (double.IsNaN(numSize)) JsException.ThrowTypeError("The 'size' property must be a number");    // Step 4.
        double intSize = Operations.ToIntegerOrInfinity(JsValue.FromNumber(numSize));                      // Step 5.
        if (intSize < 0) JsException.ThrowRangeError("'" + NumberFormatting.ToString(intSize) + "' is an invalid size"); // Step 6.
        var has = o.Get("has");                                                                            // Step 7.
        if (!has.IsCallable) JsException.ThrowTypeError("The 'has' property must be a function");          // Step 8.
        var keys = o.Get("keys");                                                                          // Step 9.
        if (!keys.IsCallable) JsException.ThrowTypeError("The 'keys' property must be a function");        // Step 10.
        return new SetRecord(o, intSize, has, keys);
    }

    private static bool CallHas(in SetRecord rec, in JsValue e)
        => Operations.ToBoolean(Operations.Call(rec.Has, JsValue.FromObject(rec.Set), [e]));

    private static JsSet NewSet(Realm realm) => new(realm.SetPrototype);

    private static JsSet Copy(Realm realm, JsSet source)
    {
        var result = NewSet(realm);
        foreach (var k in source.Data.KeysSnapshot()) result.Data.Set(k, JsValue.Undefined);
        return result;
    }

    // 24.2.4.19 Set.prototype.union ( other )
    private static JsValue Union(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var o = ThisSet(thisValue, "union");                                          // Steps 1-2.
        var otherRec = GetSetRecord(Builtin.Arg(args, 0));                            // Step 3.
        var keysIter = IteratorRecord.FromMethod(JsValue.FromObject(otherRec.Set), otherRec.Keys); // Step 4.
        var result = Copy(realm, o);                                                  // Step 5.
        while (keysIter.Step(realm, out var next))                                    // Step 7.
        {
            next = OrderedTable.Canonicalize(next);
            if (!result.Data.Has(next)) result.Data.Set(next, JsValue.Undefined);
        }
        return result;                                                                // Steps 8-9.
    }

    // 24.2.4.9 Set.prototype.intersection ( other )
    private static JsValue Intersection(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var o = ThisSet(thisValue, "intersection");
        var otherRec = GetSetRecord(Builtin.Arg(args, 0));
        var result = NewSet(realm);
        if (o.Data.Count <= otherRec.Size)                                            // Step 5.
        {
            var cursor = o.Data.Start();
            while (cursor.MoveNext(out var e, out _))
            {
                if (CallHas(otherRec, e) && !result.Data.Has(e)) result.Data.Set(e, JsValue.Undefined);
            }
        }
        else                                                                          // Step 6.
        {
            var keysIter = IteratorRecord.FromMethod(JsValue.FromObject(otherRec.Set), otherRec.Keys);
            while (keysIter.Step(realm, out var next))
            {
                next = OrderedTable.Canonicalize(next);
                if (o.Data.Has(next) && !result.Data.Has(next)) result.Data.Set(next, JsValue.Undefined);
            }
        }
        return result;
    }

    // 24.2.4.5 Set.prototype.difference ( other )
    private static JsValue Difference(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var o = ThisSet(thisValue, "difference");
        var otherRec = GetSetRecord(Builtin.Arg(args, 0));
        var result = Copy(realm, o);                                                  // Step 4.
        if (o.Data.Count <= otherRec.Size)                                            // Step 5: over the copy.
        {
            foreach (var e in result.Data.KeysSnapshot())
                if (CallHas(otherRec, e)) result.Data.Remove(e);
        }
        else                                                                          // Step 6.
        {
            var keysIter = IteratorRecord.FromMethod(JsValue.FromObject(otherRec.Set), otherRec.Keys);
            while (keysIter.Step(realm, out var next))
                result.Data.Remove(OrderedTable.Canonicalize(next));
        }
        return result;
    }

    // 24.2.4.15 Set.prototype.symmetricDifference ( other )
    private static JsValue SymmetricDifference(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var o = ThisSet(thisValue, "symmetricDifference");
        var otherRec = GetSetRecord(Builtin.Arg(args, 0));
        var keysIter = IteratorRecord.FromMethod(JsValue.FromObject(otherRec.Set), otherRec.Keys); // Step 4.
        var result = Copy(realm, o);                                                  // Step 5.
        while (keysIter.Step(realm, out var next))                                    // Step 7.
        {
            next = OrderedTable.Canonicalize(next);
            bool alreadyInResult = result.Data.Has(next);
            if (o.Data.Has(next)) { if (alreadyInResult) result.Data.Remove(next); }
            else if (!alreadyInResult) result.Data.Set(next, JsValue.Undefined);
        }
        return result;
    }

    // 24.2.4.11 Set.prototype.isSubsetOf ( other )
    private static JsValue IsSubsetOf(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var o = ThisSet(thisValue, "isSubsetOf");
        var otherRec = GetSetRecord(Builtin.Arg(args, 0));
        if (o.Data.Count > otherRec.Size) return false;                               // Step 4.
        var cursor = o.Data.Start();                                                  // Step 5.
        while (cursor.MoveNext(out var e, out _))
            if (!CallHas(otherRec, e)) return false;
        return true;
    }

    // 24.2.4.12 Set.prototype.isSupersetOf ( other )
    private static JsValue IsSupersetOf(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var o = ThisSet(thisValue, "isSupersetOf");
        var otherRec = GetSetRecord(Builtin.Arg(args, 0));
        if (o.Data.Count < otherRec.Size) return false;                               // Step 4.
        var keysIter = IteratorRecord.FromMethod(JsValue.FromObject(otherRec.Set), otherRec.Keys);
        while (keysIter.Step(realm, out var next))
        {
            if (!o.Data.Has(next)) { keysIter.Close(realm); return false; }
        }
        return true;
    }

    // 24.2.4.10 Set.prototype.isDisjointFrom ( other )
    private static JsValue IsDisjointFrom(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var o = ThisSet(thisValue, "isDisjointFrom");
        var otherRec = GetSetRecord(Builtin.Arg(args, 0));
        if (o.Data.Count <= otherRec.Size)                                            // Step 4.
        {
            var cursor = o.Data.Start();
            while (cursor.MoveNext(out var e, out _))
                if (CallHas(otherRec, e)) return false;
        }
        else                                                                          // Step 5.
        {
            var keysIter = IteratorRecord.FromMethod(JsValue.FromObject(otherRec.Set), otherRec.Keys);
            while (keysIter.Step(realm, out var next))
                if (o.Data.Has(next)) { keysIter.Close(realm); return false; }
        }
        return true;
    }
}
