using System;
using Aot.Engine.Interpreting;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins;

/// <summary>ECMA-262 §7.4.1 Iterator Records for native code: GetIterator, GetIteratorFromMethod,
/// IteratorStepValue and IteratorClose (normal and throw completions).</summary>
internal struct IteratorRecord
{
    public JsValue Iterator;
    public JsValue NextMethod;

    /// <summary>§7.4.2 GetIterator(obj, sync).</summary>
    public static IteratorRecord Get(Realm realm, in JsValue obj)
    {
        if (!Vm.GetIterator(realm, obj, out var iterator, out var next, out var exception)) throw new JsException(exception);
        return new IteratorRecord { Iterator = iterator, NextMethod = next };
    }

    /// <summary>§7.4.3 GetIteratorFromMethod(obj, method).</summary>
    public static IteratorRecord FromMethod(in JsValue obj, in JsValue method)
    {
        var iterator = Operations.Call(method, obj, ReadOnlySpan<JsValue>.Empty);
        if (!iterator.IsObject) JsException.ThrowTypeError("Result of the keys method is not an object");
        var next = iterator.AsObject().Get("next", iterator);
        return new IteratorRecord { Iterator = iterator, NextMethod = next };
    }

    /// <summary>§7.4.4 GetIteratorDirect(obj): `next` is read once, not checked.</summary>
    public static IteratorRecord Direct(JsObject obj)
    {
        var next = obj.Get("next", JsValue.FromObject(obj));
        return new IteratorRecord { Iterator = JsValue.FromObject(obj), NextMethod = next };
    }

    /// <summary>§7.4.5 GetIteratorFlattenable(obj, primitiveHandling): an iterable's iterator, or the
    /// object itself when it has no @@iterator; strings are iterated only with <paramref name="iterateStrings"/>.</summary>
    public static IteratorRecord GetFlattenable(Realm realm, in JsValue obj, bool iterateStrings)
    {
        if (!obj.IsObject && !(iterateStrings && obj.IsString))
            JsException.ThrowTypeError($"{Operations.DescribeForError(obj)} is not an object");
        var method = Operations.GetMethod(realm, obj, JsSymbol.Iterator);
        var iterator = method == null ? obj : Operations.Call(method, obj, ReadOnlySpan<JsValue>.Empty);
        if (!iterator.IsObject) JsException.ThrowTypeError($"{Operations.DescribeForError(iterator)} is not an object");
        return Direct(iterator.AsObject());
    }

    /// <summary>§7.4.7 IteratorStep without reading `value`: false when done.</summary>
    public readonly bool StepNoValue(Realm realm)
    {
        var result = Operations.Call(NextMethod, Iterator, ReadOnlySpan<JsValue>.Empty);
        if (!result.IsObject) JsException.ThrowTypeError($"Iterator result {Operations.DescribeForError(result)} is not an object");
        return !Operations.ToBoolean(result.AsObject().Get("done", result));
    }

    /// <summary>§7.4.8 IteratorStepValue: false when done.</summary>
    public readonly bool Step(Realm realm, out JsValue value)
    {
        if (!Vm.IteratorStep(realm, Iterator, NextMethod, out bool done, out value, out var exception)) throw new JsException(exception);
        return !done;
    }

    /// <summary>§7.4.11 IteratorClose with a normal completion.</summary>
    public readonly void Close(Realm realm) => Vm.IteratorClose(realm, Iterator);

    /// <summary>§7.4.11 IteratorClose with a throw completion: `return` is called, its outcome ignored
    /// (the caller rethrows the original exception).</summary>
    public readonly void CloseAfterThrow(Realm realm)
    {
        try
        {
            if (!Iterator.IsObject || Iterator.Ref is JsArrayIterator) return;
            var method = Operations.GetMethod(Iterator, "return");
            if (method != null) Operations.Call(method, Iterator, ReadOnlySpan<JsValue>.Empty);
        }
        catch (JsException) { }
    }
}
