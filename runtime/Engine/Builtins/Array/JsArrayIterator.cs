using Aot.Engine.Objects;

namespace Aot.Engine.Builtins;

public enum ArrayIterationKind : byte { Keys, Values, Entries }

/// <summary>ECMA-262 §23.1.5 Array Iterator objects (also used for strings by code point).</summary>
public sealed class JsArrayIterator(Realm realm, JsObject? iterated, ArrayIterationKind kind) : JsObject(realm.ArrayIteratorPrototype)
{
    private JsObject? iterated = iterated;
    private uint next;
    private readonly Realm realm = realm;

    public override string ClassName => "Array Iterator";

    /// <summary>One step of %ArrayIteratorPrototype%.next (§23.1.5.1): false once exhausted.</summary>
    public bool Step(out JsValue value)
    {
        value = JsValue.Undefined;
        var a = iterated;
        if (a == null) return false;
        uint index = next;
        double length = a is JsArray array ? array.Length : a is JsTypedArray ta ? TypedArrayLength(ta) : Operations.LengthOfArrayLike(a);
        if (index >= length)
        {
            iterated = null;
            return false;
        }
        next = index + 1;
        if (kind == ArrayIterationKind.Keys) { value = JsValue.FromNumber(index); return true; }
        var element = a is JsArray dense && dense.TryGetDense(index, out var v) ? v : a.Get(PropertyKey.FromIndex(index));
        value = kind == ArrayIterationKind.Values ? element : Operations.CreateArrayFromList(realm, [JsValue.FromNumber(index), element]);
        return true;
    }

    /// <summary>§23.1.5.1 step 2.b.ii for typed arrays: out of bounds (or detached) throws.</summary>
    private static int TypedArrayLength(JsTypedArray ta)
    {
        if (ta.IsOutOfBounds) TypedArrayOperations.ThrowOutOfBounds(ta, "%ArrayIteratorPrototype%.next");
        return ta.Length;
    }
}
