using System;
using System.Collections.Generic;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins;

/// <summary>Iterator.zip and Iterator.zipKeyed (joint iteration, ES2026 §27.1.3.2): one helper over
/// several underlying iterators ([[UnderlyingIterators]] = the open ones).</summary>
internal static class IteratorZip
{
    internal enum Mode : byte { Shortest, Longest, Strict }

    /// <summary>IteratorCloseAll ( iters, completion ): in reverse order; a throw completion
    /// (<paramref name="error"/>) wins over errors of the return methods, which are otherwise thrown.</summary>
    internal static void CloseAll(Realm realm, List<IteratorRecord> iters, JsException? error)
    {
        for (int i = iters.Count - 1; i >= 0; i--)
        {
            if (error != null) iters[i].CloseAfterThrow(realm);
            else
            {
                try { iters[i].Close(realm); }
                catch (JsException e) { error = e; }
            }
        }
        if (error != null) throw error;
    }

    /// <summary>Steps 2-7: GetOptionsObject, then `mode` and (longest) `padding`.</summary>
    private static Mode ReadOptions(in JsValue optionsArg, out JsValue paddingOption)
    {
        paddingOption = JsValue.Undefined;
        if (!optionsArg.IsUndefined && !optionsArg.IsObject) JsException.ThrowTypeError("options must be an object");
        var mode = optionsArg.IsObject ? optionsArg.AsObject().Get("mode") : JsValue.Undefined;
        Mode m = mode.IsUndefined ? Mode.Shortest
            : mode.IsString && mode.AsString() == "shortest" ? Mode.Shortest
            : mode.IsString && mode.AsString() == "longest" ? Mode.Longest
            : mode.IsString && mode.AsString() == "strict" ? Mode.Strict
            : JsException.ThrowTypeError<Mode>("mode must be \"shortest\", \"longest\" or \"strict\"");
        if (m == Mode.Longest)
        {
            paddingOption = optionsArg.AsObject().Get("padding");
            if (!paddingOption.IsUndefined && !paddingOption.IsObject) JsException.ThrowTypeError("padding must be an object");
        }
        return m;
    }

    // Iterator.zip ( iterables [ , options ] )
    internal static JsValue Zip(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var iterables = Builtin.Arg(args, 0);
        if (!iterables.IsObject) JsException.ThrowTypeError("Iterator.zip: iterables is not an object");   // Step 1.
        var mode = ReadOptions(Builtin.Arg(args, 1), out var paddingOption);                            // Steps 2-7.
        var iters = new List<IteratorRecord>();
        var inputIter = IteratorRecord.Get(realm, iterables);                                             // Step 10.
        while (true)                                                                                      // Step 12.
        {
            bool more;
            JsValue next;
            try { more = inputIter.Step(realm, out next); }
            catch (JsException e) { CloseAll(realm, iters, e); throw; }
            if (!more) break;
            try { iters.Add(IteratorRecord.GetFlattenable(realm, next, iterateStrings: false)); }
            catch (JsException e)
            {
                var all = new List<IteratorRecord>(iters.Count + 1) { inputIter };
                all.AddRange(iters);
                CloseAll(realm, all, e);
                throw;
            }
        }
        var padding = new JsValue[iters.Count];                                                          // Step 14.
        if (mode == Mode.Longest && !paddingOption.IsUndefined)
        {
            IteratorRecord paddingIter;
            try { paddingIter = IteratorRecord.Get(realm, paddingOption); }
            catch (JsException e) { CloseAll(realm, iters, e); throw; }
            bool usingIterator = true;
            for (int i = 0; i < padding.Length && usingIterator; i++)
            {
                try { usingIterator = paddingIter.Step(realm, out padding[i]); }
                catch (JsException e) { CloseAll(realm, iters, e); throw; }
                if (!usingIterator) padding[i] = JsValue.Undefined;
            }
            if (usingIterator)
            {
                try { paddingIter.Close(realm); }
                catch (JsException e) { CloseAll(realm, iters, e); throw; }
            }
        }
        return new JsIteratorHelper(realm.IteratorHelperPrototype, new ZipBody(iters, mode, padding, null));
    }

    // Iterator.zipKeyed ( iterables [ , options ] )
    internal static JsValue ZipKeyed(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var iterablesArg = Builtin.Arg(args, 0);
        if (!iterablesArg.IsObject) JsException.ThrowTypeError("Iterator.zipKeyed: iterables is not an object");
        var mode = ReadOptions(Builtin.Arg(args, 1), out var paddingOption);
        var iterables = iterablesArg.AsObject();
        var iters = new List<IteratorRecord>();
        var keys = new List<PropertyKey>();
        var allKeys = iterables.OwnPropertyKeys();                                                         // Step 9.
        foreach (var key in allKeys)                                                                        // Step 11.
        {
            try
            {
                if (!iterables.GetOwnProperty(key, out var desc) || !desc.Enumerable) continue;
                var value = iterables.Get(key);
                if (value.IsUndefined) continue;
                keys.Add(key);
                iters.Add(IteratorRecord.GetFlattenable(realm, value, iterateStrings: false));
            }
            catch (JsException e) { CloseAll(realm, iters, e); throw; }
        }
        var padding = new JsValue[iters.Count];                                                            // Step 13.
        if (mode == Mode.Longest && !paddingOption.IsUndefined)
        {
            var p = paddingOption.AsObject();
            for (int i = 0; i < keys.Count; i++)
            {
                try { padding[i] = p.Get(keys[i]); }
                catch (JsException e) { CloseAll(realm, iters, e); throw; }
            }
        }
        return new JsIteratorHelper(realm.IteratorHelperPrototype, new ZipBody(iters, mode, padding, keys.ToArray()));
    }
}

/// <summary>IteratorZip ( iters, mode, padding, finishResults ) step 3: the closure; results become an
/// array, or with <c>keys</c> a null-prototype object (zipKeyed).</summary>
internal sealed class ZipBody(List<IteratorRecord> iters, IteratorZip.Mode mode, JsValue[] padding, PropertyKey[]? keys) : IteratorHelperBody
{
    private readonly IteratorRecord?[] slots = Slots(iters);
    private readonly List<IteratorRecord> openIters = new(iters);

    private static IteratorRecord?[] Slots(List<IteratorRecord> iters)
    {
        var a = new IteratorRecord?[iters.Count];
        for (int i = 0; i < a.Length; i++) a[i] = iters[i];
        return a;
    }

    private void RemoveOpen(in IteratorRecord r)
    {
        for (int i = 0; i < openIters.Count; i++)
            if (ReferenceEquals(openIters[i].Iterator.Ref, r.Iterator.Ref)) { openIters.RemoveAt(i); return; }
    }

    private bool CloseAllAndThrowTypeError(Realm realm, string message)
    {
        IteratorZip.CloseAll(realm, openIters, new JsException(ErrorKind.TypeError, message));
        return false;
    }

    public override bool Next(Realm realm, out JsValue value)
    {
        value = default;
        int count = slots.Length;
        if (count == 0) return false;                                                                   // Step 3.a.
        var results = new JsValue[count];
        for (int i = 0; i < count; i++)
        {
            JsValue result;
            if (slots[i] is not IteratorRecord iter) result = padding[i];
            else
            {
                bool more;
                try { more = iter.Step(realm, out result); }
                catch (JsException e) { RemoveOpen(iter); IteratorZip.CloseAll(realm, openIters, e); throw; }
                if (!more)
                {
                    RemoveOpen(iter);
                    if (mode == IteratorZip.Mode.Shortest) { IteratorZip.CloseAll(realm, openIters, null); return false; }
                    if (mode == IteratorZip.Mode.Strict)
                    {
                        if (i != 0) return CloseAllAndThrowTypeError(realm, "Iterator.zip: iterators of different lengths in strict mode");
                        for (int k = 1; k < count; k++)
                        {
                            var other = slots[k]!.Value;
                            bool open;
                            try { open = other.StepNoValue(realm); }
                            catch (JsException e) { RemoveOpen(other); IteratorZip.CloseAll(realm, openIters, e); throw; }
                            if (open) return CloseAllAndThrowTypeError(realm, "Iterator.zip: iterators of different lengths in strict mode");
                            RemoveOpen(other);
                        }
                        return false;
                    }
                    if (openIters.Count == 0) return false;                                             // Longest.
                    slots[i] = null;
                    result = padding[i];
                }
            }
            results[i] = result;
        }
        if (keys == null) value = new JsArray(realm.ArrayPrototype, results, count);
        else
        {
            var obj = new JsObject(null);
            for (int i = 0; i < count; i++) obj.CreateDataPropertyOrThrow(keys[i], results[i]);
            value = obj;
        }
        return true;
    }

    public override void Return(Realm realm) => IteratorZip.CloseAll(realm, openIters, null);
    public override void CloseAtStart(Realm realm) => IteratorZip.CloseAll(realm, openIters, null);
}
