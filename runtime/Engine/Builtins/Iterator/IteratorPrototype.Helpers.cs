using System;
using System.Collections.Generic;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins;

// ECMA-262 §27.1.4 Properties of the Iterator Prototype Object: the iterator helpers (ES2025) and
// the `constructor` / @@toStringTag accessors, plus [@@dispose] (explicit resource management).
internal static partial class IteratorPrototype
{
    private static readonly BuiltinMethod[] HelperMethods =
    [
        new("chunks", 1, Chunks),
        new("drop", 1, Drop),
        new("every", 1, Every),
        new("filter", 1, Filter),
        new("find", 1, Find),
        new("flatMap", 1, FlatMap),
        new("forEach", 1, ForEach),
        new("includes", 1, Includes),
        new("map", 1, Map),
        new("reduce", 1, Reduce),
        new("some", 1, Some),
        new("take", 1, Take),
        new("toArray", 0, ToArray),
        new("windows", 1, Windows),
    ];

    public static void InstallHelpers(Realm realm)
    {
        var proto = realm.IteratorPrototype;
        Builtin.DefineMethods(realm, proto, HelperMethods);
        // 27.1.4.1 Iterator.prototype.constructor and 27.1.4.14 Iterator.prototype [ @@toStringTag ]:
        // accessors whose setters ignore the prototype itself (SetterThatIgnoresPrototypeProperties).
        proto.AddAccessor("constructor",
            new JsNativeFunction(realm, "get constructor", 0, static (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => r.IteratorConstructor),
            new JsNativeFunction(realm, "set constructor", 1, static (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) =>
                SetterThatIgnoresPrototypeProperties(r, t, "constructor", Builtin.Arg(a, 0))),
            PropertyFlags.Configurable);
        proto.AddAccessor(JsSymbol.ToStringTag,
            new JsNativeFunction(realm, "get [Symbol.toStringTag]", 0, static (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => "Iterator"),
            new JsNativeFunction(realm, "set [Symbol.toStringTag]", 1, static (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) =>
                SetterThatIgnoresPrototypeProperties(r, t, JsSymbol.ToStringTag, Builtin.Arg(a, 0))),
            PropertyFlags.Configurable);
        Builtin.DefineMethods(realm, proto, [new("[Symbol.dispose]", 0, Dispose, JsSymbol.Dispose)]);
    }

    /// <summary>§27.1.4.14.1 SetterThatIgnoresPrototypeProperties ( thisValue, home, p, v ).</summary>
    private static JsValue SetterThatIgnoresPrototypeProperties(Realm realm, in JsValue thisValue, PropertyKey p, in JsValue v)
    {
        if (!thisValue.IsObject) JsException.ThrowTypeError("Iterator.prototype setter called on non-object");
        var o = thisValue.AsObject();
        if (ReferenceEquals(o, realm.IteratorPrototype)) JsException.ThrowTypeError($"Cannot assign to read only property '{p}' of Iterator.prototype");
        if (!o.GetOwnProperty(p, out _)) o.CreateDataPropertyOrThrow(p, v);
        else o.SetOrThrow(p, v);
        return JsValue.Undefined;
    }

    /// <summary>Steps 1-2 of every helper: this must be an Object.</summary>
    private static JsObject ThisIterator(in JsValue thisValue, string method)
    {
        if (!thisValue.IsObject) JsException.ThrowTypeError($"Iterator.prototype.{method} called on non-object");
        return thisValue.AsObject();
    }

    /// <summary>"If IsCallable(fn) is false, return ? IteratorClose(iterated, ThrowCompletion(TypeError))",
    /// then GetIteratorDirect(O).</summary>
    private static IteratorRecord CallableOrClose(Realm realm, JsObject o, in JsValue fn)
    {
        if (!fn.IsCallable)
        {
            new IteratorRecord { Iterator = JsValue.FromObject(o) }.CloseAfterThrow(realm);
            JsException.ThrowTypeError($"{Operations.DescribeForError(fn)} is not a function");
        }
        return IteratorRecord.Direct(o);
    }

    private static JsValue Helper(Realm realm, IteratorHelperBody body) => new JsIteratorHelper(realm.IteratorHelperPrototype, body);

    // 27.1.4.8 Iterator.prototype.map ( mapper )
    private static JsValue Map(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var o = ThisIterator(thisValue, "map");
        var iterated = CallableOrClose(realm, o, Builtin.Arg(args, 0));
        return Helper(realm, new MapBody(iterated, Builtin.Arg(args, 0).AsObject()));
    }

    // 27.1.4.5 Iterator.prototype.filter ( predicate )
    private static JsValue Filter(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var o = ThisIterator(thisValue, "filter");
        var iterated = CallableOrClose(realm, o, Builtin.Arg(args, 0));
        return Helper(realm, new FilterBody(iterated, Builtin.Arg(args, 0).AsObject()));
    }

    // 27.1.4.7 Iterator.prototype.flatMap ( mapper )
    private static JsValue FlatMap(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var o = ThisIterator(thisValue, "flatMap");
        var iterated = CallableOrClose(realm, o, Builtin.Arg(args, 0));
        return Helper(realm, new FlatMapBody(iterated, Builtin.Arg(args, 0).AsObject()));
    }

    /// <summary>take/drop steps 3-8: the limit as an integer, closing the iterator on a bad one.</summary>
    private static double Limit(Realm realm, JsObject o, in JsValue limit)
    {
        var closing = new IteratorRecord { Iterator = JsValue.FromObject(o) };
        double numLimit;
        try { numLimit = Operations.ToNumber(limit); }
        catch (JsException) { closing.CloseAfterThrow(realm); throw; }
        if (double.IsNaN(numLimit) || (double.IsFinite(numLimit) && numLimit > 9007199254740991))
        {
            closing.CloseAfterThrow(realm);
            JsException.ThrowRangeError($"{Operations.DescribeForError(limit)} must be positive");
        }
        double integerLimit = Operations.ToIntegerOrInfinity(JsValue.FromNumber(numLimit));
        if (integerLimit < 0)
        {
            closing.CloseAfterThrow(realm);
            JsException.ThrowRangeError($"{Operations.DescribeForError(limit)} must be positive");
        }
        return integerLimit;
    }

    // 27.1.4.12 Iterator.prototype.take ( limit )
    private static JsValue Take(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var o = ThisIterator(thisValue, "take");
        double limit = Limit(realm, o, Builtin.Arg(args, 0));
        return Helper(realm, new TakeBody(IteratorRecord.Direct(o), limit));
    }

    // 27.1.4.3 Iterator.prototype.drop ( limit )
    private static JsValue Drop(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var o = ThisIterator(thisValue, "drop");
        double limit = Limit(realm, o, Builtin.Arg(args, 0));
        return Helper(realm, new DropBody(IteratorRecord.Direct(o), limit));
    }

    // 27.1.4.10 Iterator.prototype.reduce ( reducer [ , initialValue ] )
    private static JsValue Reduce(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var o = ThisIterator(thisValue, "reduce");
        var reducer = Builtin.Arg(args, 0);
        var iterated = CallableOrClose(realm, o, reducer);
        JsValue accumulator;
        double counter;
        if (args.Length < 2)
        {
            if (!iterated.Step(realm, out accumulator)) JsException.ThrowTypeError("Reduce of empty iterator with no initial value");
            counter = 1;
        }
        else
        {
            accumulator = args[1];
            counter = 0;
        }
        while (iterated.Step(realm, out var value))
        {
            try { accumulator = Operations.Call(reducer, JsValue.Undefined, [accumulator, value, JsValue.FromNumber(counter++)]); }
            catch (JsException) { iterated.CloseAfterThrow(realm); throw; }
        }
        return accumulator;
    }

    // 27.1.4.13 Iterator.prototype.toArray ( )
    private static JsValue ToArray(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var iterated = IteratorRecord.Direct(ThisIterator(thisValue, "toArray"));
        var items = new List<JsValue>();
        while (iterated.Step(realm, out var value)) items.Add(value);
        return Operations.CreateArrayFromList(realm, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(items));
    }

    private enum Short : byte { ForEach, Some, Every, Find }

    /// <summary>27.1.4.6 forEach, 27.1.4.11 some, 27.1.4.2 every, 27.1.4.4 find: a callback per value,
    /// closing the iterator (normal completion) when the answer is known early.</summary>
    private static JsValue ShortCircuit(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, Short kind, string name)
    {
        var o = ThisIterator(thisValue, name);
        var fn = Builtin.Arg(args, 0);
        var iterated = CallableOrClose(realm, o, fn);
        double counter = 0;
        while (iterated.Step(realm, out var value))
        {
            JsValue result;
            try { result = Operations.Call(fn, JsValue.Undefined, [value, JsValue.FromNumber(counter++)]); }
            catch (JsException) { iterated.CloseAfterThrow(realm); throw; }
            if (kind == Short.ForEach) continue;
            bool b = Operations.ToBoolean(result);
            if (kind == Short.Every ? !b : b)
            {
                iterated.Close(realm);
                return kind switch { Short.Some => true, Short.Every => false, _ => value };
            }
        }
        return kind switch { Short.Some => false, Short.Every => true, _ => JsValue.Undefined };
    }

    private static JsValue ForEach(Realm realm, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => ShortCircuit(realm, t, a, Short.ForEach, "forEach");
    private static JsValue Some(Realm realm, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => ShortCircuit(realm, t, a, Short.Some, "some");
    private static JsValue Every(Realm realm, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => ShortCircuit(realm, t, a, Short.Every, "every");
    private static JsValue Find(Realm realm, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => ShortCircuit(realm, t, a, Short.Find, "find");

    /// <summary>Closes O (an iterator not yet read from) with a throw completion, then throws.</summary>
    private static void CloseAndThrow(Realm realm, JsObject o, ErrorKind kind, string message)
    {
        new IteratorRecord { Iterator = JsValue.FromObject(o) }.CloseAfterThrow(realm);
        throw new JsException(kind, message);
    }

    /// <summary>chunks/windows steps 4-6: an integral Number in [1, 2^32 - 1], not coerced.</summary>
    private static int SizeArgument(Realm realm, JsObject o, in JsValue size, string name)
    {
        if (!size.IsNumber) CloseAndThrow(realm, o, ErrorKind.TypeError, $"{name} must be a number");
        double d = size.Number;
        if (!double.IsFinite(d) || Math.Truncate(d) != d) CloseAndThrow(realm, o, ErrorKind.TypeError, $"{name} must be an integer");
        if (d < 1 || d > uint.MaxValue) CloseAndThrow(realm, o, ErrorKind.RangeError, $"{name} must be between 1 and 2^32 - 1");
        // Larger sizes cannot be filled by a .NET list anyway: the iterator would run out of memory first.
        return (int)Math.Min(d, int.MaxValue);
    }

    // Iterator.prototype.chunks ( chunkSize )
    private static JsValue Chunks(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var o = ThisIterator(thisValue, "chunks");
        int size = SizeArgument(realm, o, Builtin.Arg(args, 0), "chunkSize");
        return Helper(realm, new ChunksBody(IteratorRecord.Direct(o), size));
    }

    // Iterator.prototype.windows ( windowSize [ , undersized ] )
    private static JsValue Windows(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var o = ThisIterator(thisValue, "windows");
        int size = SizeArgument(realm, o, Builtin.Arg(args, 0), "windowSize");
        var undersized = Builtin.Arg(args, 1);
        bool allowPartial = false;
        if (undersized.IsString && undersized.AsString() == "allow-partial") allowPartial = true;
        else if (!undersized.IsUndefined && !(undersized.IsString && undersized.AsString() == "only-full"))
            CloseAndThrow(realm, o, ErrorKind.TypeError, "undersized must be \"only-full\" or \"allow-partial\"");
        return Helper(realm, new WindowsBody(IteratorRecord.Direct(o), size, allowPartial));
    }

    // Iterator.prototype.includes ( searchElement [ , skippedElements ] )
    private static JsValue Includes(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var o = ThisIterator(thisValue, "includes");
        var skippedArg = Builtin.Arg(args, 1);
        double toSkip = 0;
        if (!skippedArg.IsUndefined)
        {
            if (!skippedArg.IsNumber) CloseAndThrow(realm, o, ErrorKind.TypeError, "skippedElements must be a number");
            double d = skippedArg.Number;
            if (double.IsNaN(d)) CloseAndThrow(realm, o, ErrorKind.TypeError, "skippedElements must be a number");
            if (double.IsPositiveInfinity(d)) toSkip = d;
            else if (double.IsNegativeInfinity(d)) CloseAndThrow(realm, o, ErrorKind.RangeError, "skippedElements must not be negative");
            else
            {
                if (Math.Truncate(d) != d) CloseAndThrow(realm, o, ErrorKind.TypeError, "skippedElements must be an integer");
                if (d > 9007199254740991 || d < 0) CloseAndThrow(realm, o, ErrorKind.RangeError, "skippedElements out of range");
                toSkip = d;
            }
        }
        var iterated = IteratorRecord.Direct(o);
        var search = Builtin.Arg(args, 0);
        double skipped = 0;
        while (iterated.Step(realm, out var value))
        {
            if (skipped < toSkip) { skipped++; continue; }
            if (Operations.SameValueZero(value, search))
            {
                iterated.Close(realm);
                return true;
            }
        }
        return false;
    }

    // Iterator.prototype [ @@dispose ] ( ) (explicit resource management)
    private static JsValue Dispose(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var method = Operations.GetMethod(realm, thisValue, "return");
        if (method != null) Operations.Call(method, thisValue, ReadOnlySpan<JsValue>.Empty);
        return JsValue.Undefined;
    }
}
