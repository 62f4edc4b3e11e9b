using System;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins;

/// <summary>ECMA-262 §24.1.5.2 %MapIteratorPrototype% and §24.2.6.2 %SetIteratorPrototype%.</summary>
internal static class MapIteratorPrototype
{
    public static JsObject Create(Realm realm, bool isMap)
    {
        var proto = new JsObject(realm.IteratorPrototype);
        NativeFunction next = isMap ? MapNext : SetNext;
        Builtin.DefineMethods(realm, proto, [new("next", 0, next)]);
        Library.ToStringTag(proto, isMap ? "Map Iterator" : "Set Iterator");
        return proto;
    }

    // 24.1.5.2.1 %MapIteratorPrototype%.next ( )
    private static JsValue MapNext(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
        => Next(realm, thisValue, true);

    // 24.2.6.2.1 %SetIteratorPrototype%.next ( )
    private static JsValue SetNext(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
        => Next(realm, thisValue, false);

    private static JsValue Next(Realm realm, in JsValue thisValue, bool isMap)
    {
        // GeneratorValidate with the brand "%MapIteratorPrototype%" / "%SetIteratorPrototype%".
        if (thisValue.Ref is not JsCollectionIterator it || !thisValue.IsObject || it.IsMap != isMap)
            return JsException.ThrowTypeError<JsValue>($"Method {(isMap ? "Map" : "Set")} Iterator.prototype.next called on incompatible receiver {Operations.DescribeForError(thisValue)}");
        bool more = it.Step(realm, out var value);
        return IteratorPrototype.CreateIterResult(realm, value, !more);
    }
}
