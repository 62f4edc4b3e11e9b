using System;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins;

// ECMA-262 §20.1.2: the Object statics beyond the interpreter core's slice.
internal static partial class ObjectConstructor
{
    private static readonly BuiltinMethod[] LibraryMethods =
    [
        new("fromEntries", 1, FromEntries),
        new("getOwnPropertyDescriptors", 1, GetOwnPropertyDescriptors),
        new("groupBy", 2, GroupBy),
        new("hasOwn", 2, HasOwn),
        new("isSealed", 1, IsSealed),
        new("seal", 1, Seal),
    ];

    // 20.1.2.7 Object.fromEntries ( iterable )
    private static JsValue FromEntries(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var iterable = Builtin.Arg(args, 0);
        if (iterable.IsNullish) JsException.ThrowTypeError($"{iterable} is not iterable");        // Step 1.
        var obj = realm.CreateObject();                                                          // Step 2.
        // Steps 3-5: AddEntriesFromIterable with CreateDataPropertyOnObject as the adder.
        var iteratorRecord = IteratorRecord.Get(realm, iterable);
        while (iteratorRecord.Step(realm, out var next))
        {
            try
            {
                if (!next.IsObject) JsException.ThrowTypeError($"Iterator value {Operations.DescribeForError(next)} is not an entry object");
                var k = next.AsObject().Get(PropertyKey.FromIndex(0));
                var v = next.AsObject().Get(PropertyKey.FromIndex(1));
                obj.CreateDataPropertyOrThrow(Operations.ToPropertyKey(k), v);
            }
            catch (JsException)
            {
                iteratorRecord.CloseAfterThrow(realm);
                throw;
            }
        }
        return obj;
    }

    // 20.1.2.9 Object.getOwnPropertyDescriptors ( O )
    private static JsValue GetOwnPropertyDescriptors(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var obj = Operations.ToObject(realm, Builtin.Arg(args, 0));  // Step 1.
        var descriptors = realm.CreateObject();                      // Step 3.
        foreach (var key in obj.OwnPropertyKeys())                   // Steps 2, 4.
        {
            if (obj.GetOwnProperty(key, out var desc))
                descriptors.CreateDataPropertyOrThrow(key, FromPropertyDescriptor(realm, desc));
        }
        return descriptors;
    }

    // 20.1.2.12 Object.groupBy ( items, callback )
    private static JsValue GroupBy(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var groups = GroupByHelper.Group(realm, Builtin.Arg(args, 0), Builtin.Arg(args, 1), propertyKeys: true);
        var obj = new JsObject(null); // Step 2: OrdinaryObjectCreate(null).
        foreach (var (key, elements) in groups)
            obj.CreateDataPropertyOrThrow(Operations.ToPropertyKey(key), Operations.CreateArrayFromList(realm, elements.ToArray()));
        return obj;
    }

    // 20.1.2.14 Object.hasOwn ( O, P )
    private static JsValue HasOwn(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var obj = Operations.ToObject(realm, Builtin.Arg(args, 0));
        var key = Operations.ToPropertyKey(Builtin.Arg(args, 1));
        return obj.HasOwnProperty(key);
    }

    // 20.1.2.17 Object.isSealed ( O ) with §7.3.16 TestIntegrityLevel(O, sealed)
    private static JsValue IsSealed(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var o = Builtin.Arg(args, 0);
        if (!o.IsObject) return true;
        var obj = o.AsObject();
        if (obj.IsExtensible()) return false;
        foreach (var key in obj.OwnPropertyKeys())
        {
            if (obj.GetOwnProperty(key, out var desc) && desc.Configurable) return false;
        }
        return true;
    }

    // 20.1.2.22 Object.seal ( O ) with §7.3.15 SetIntegrityLevel(O, sealed)
    private static JsValue Seal(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var o = Builtin.Arg(args, 0);
        if (!o.IsObject) return o;
        var obj = o.AsObject();
        if (!obj.PreventExtensions()) JsException.ThrowTypeError("Cannot seal");
        foreach (var key in obj.OwnPropertyKeys())
        {
            var desc = default(PropertyDescriptor);
            desc.Configurable = false;
            obj.DefinePropertyOrThrow(key, desc);
        }
        return o;
    }
}
