using System;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins;

/// <summary>An object with an [[Iterated]] slot, made by Iterator.from (ECMA-262 §27.1.3.2.1).</summary>
internal sealed class JsWrappedIterator(JsObject prototype, IteratorRecord iterated) : JsObject(prototype)
{
    internal readonly IteratorRecord Iterated = iterated;
}

/// <summary>ECMA-262 §27.1.3.2.1.1 The %WrapForValidIteratorPrototype% Object.</summary>
internal static class WrapForValidIteratorPrototype
{
    public static void Install(Realm realm)
    {
        var proto = new JsObject(realm.IteratorPrototype);
        realm.WrapForValidIteratorPrototype = proto;
        Builtin.DefineMethods(realm, proto, [new("next", 0, Next), new("return", 0, Return)]);
    }

    private static JsWrappedIterator This(in JsValue thisValue, string method)
        => thisValue.Ref is JsWrappedIterator w && thisValue.IsObject ? w
            : JsException.ThrowTypeError<JsWrappedIterator>($"Method %WrapForValidIteratorPrototype%.{method} called on incompatible receiver {Operations.DescribeForError(thisValue)}");

    // 27.1.3.2.1.1.1 %WrapForValidIteratorPrototype%.next ( )
    private static JsValue Next(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var record = This(thisValue, "next").Iterated;
        return Operations.Call(record.NextMethod, record.Iterator, ReadOnlySpan<JsValue>.Empty);
    }

    // 27.1.3.2.1.1.2 %WrapForValidIteratorPrototype%.return ( )
    private static JsValue Return(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var iterator = This(thisValue, "return").Iterated.Iterator;
        var returnMethod = Operations.GetMethod(iterator, "return");
        if (returnMethod == null) return IteratorPrototype.CreateIterResult(realm, JsValue.Undefined, true);
        return Operations.Call(returnMethod, iterator, ReadOnlySpan<JsValue>.Empty);
    }
}
