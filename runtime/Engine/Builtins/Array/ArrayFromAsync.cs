using System;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins;

/// <summary>
/// Array.fromAsync ( asyncItems [ , mapfn [ , thisArg ] ] ) (ES2026 §23.1.2.2): the abstract
/// closure run by AsyncFunctionStart, written as a native state machine whose Awaits are promise
/// reactions (one per spec Await, so the number of ticks matches an async function).
/// </summary>
internal sealed class ArrayFromAsync
{
    private readonly Realm realm;
    private readonly JsPromise promise;
    private readonly JsValue c, mapfn, thisArg;
    private bool mapping;
    private JsObject a = null!;
    private double k;
    // Iterable input: the (async) iterator record.
    private IteratorRecord iterator;
    // Array-like input.
    private JsObject? arrayLike;
    private double len;

    private ArrayFromAsync(Realm realm, in JsValue c, in JsValue mapfn, in JsValue thisArg)
    {
        this.realm = realm;
        promise = new JsPromise(realm);
        this.c = c;
        this.mapfn = mapfn;
        this.thisArg = thisArg;
    }

    public static JsValue FromAsync(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var state = new ArrayFromAsync(realm, thisValue, Builtin.Arg(args, 1), Builtin.Arg(args, 2)); // Steps 1-3.
        state.Start(Builtin.Arg(args, 0));                                                          // Step 4.
        return state.promise;                                                                        // Step 5.
    }

    private void Reject(JsException e) => Promises.RejectPromise(promise, e.GetValue(realm.Vm.CurrentRealm ?? realm));
    private void Reject(in JsValue reason) => Promises.RejectPromise(promise, reason);
    private void RejectWith(JsValue reason) => Promises.RejectPromise(promise, reason);

    /// <summary>Await(value): the continuation runs in a later job; a throw completion of
    /// PromiseResolve itself is reported to <paramref name="onRejected"/> as an exception.</summary>
    private void Await(in JsValue value, Action<JsValue> onFulfilled, Action<JsValue> onRejected)
    {
        var p = Promises.PromiseResolveIntrinsic(realm, value);
        Promises.PerformPromiseThen(p, new PromiseReaction(realm)
        {
            Native = (argument, rejected) =>
            {
                if (rejected) onRejected(argument); else onFulfilled(argument);
                return JsValue.Undefined;
            },
        });
    }

    private JsObject ConstructOrArrayCreate(ReadOnlySpan<JsValue> args, double length)
    {
        if (Operations.IsConstructor(c)) return Operations.Construct((JsFunction)c.AsObject(), args).AsObject();
        if (length > uint.MaxValue) JsException.ThrowRangeError("Invalid array length");
        var array = new JsArray(realm.ArrayPrototype, (int)Math.Min(length, 1 << 16));
        array.SetLengthOrThrow((uint)length);
        return array;
    }

    private static PropertyKey Key(double index)
        => index < uint.MaxValue ? PropertyKey.FromIndex((uint)index) : PropertyKey.FromString(NumberFormatting.ToString(index));

    // Steps 3.a-3.i: up to the first Await, synchronously.
    private void Start(in JsValue asyncItems)
    {
        try
        {
            if (!mapfn.IsUndefined)
            {
                if (!mapfn.IsCallable) JsException.ThrowTypeError($"{Operations.DescribeForError(mapfn)} is not a function");
                mapping = true;
            }
            if (asyncItems.IsNullish) JsException.ThrowTypeError($"{asyncItems} is not iterable");
            var usingAsyncIterator = Operations.GetMethod(realm, asyncItems, JsSymbol.AsyncIterator);
            JsObject? usingSyncIterator = null;
            if (usingAsyncIterator == null) usingSyncIterator = Operations.GetMethod(realm, asyncItems, JsSymbol.Iterator);
            if (usingAsyncIterator != null) iterator = IteratorRecord.FromMethod(asyncItems, usingAsyncIterator);
            else if (usingSyncIterator != null)
            {
                var sync = IteratorRecord.FromMethod(asyncItems, usingSyncIterator);
                var wrapper = new JsAsyncFromSyncIterator(realm, sync.Iterator, sync.NextMethod);
                iterator = new IteratorRecord { Iterator = JsValue.FromObject(wrapper), NextMethod = wrapper.Get("next") };
            }
            if (usingAsyncIterator != null || usingSyncIterator != null)
            {
                a = ConstructOrArrayCreate(ReadOnlySpan<JsValue>.Empty, 0);
                IteratorStep();
                return;
            }
            arrayLike = Operations.ToObject(realm, asyncItems);
            len = Operations.LengthOfArrayLike(arrayLike);
            a = ConstructOrArrayCreate([JsValue.FromNumber(len)], len);
            ArrayLikeStep();
        }
        catch (JsException e) { Reject(e); }
    }

    // Step 3.h.iv: one iteration, up to `Await(nextResult)`.
    private void IteratorStep()
    {
        try
        {
            if (k >= 9007199254740991)
            {
                CloseAndReject(new JsException(ErrorKind.TypeError, "Array length exceeds the maximum safe integer"));
                return;
            }
            var nextResult = Operations.Call(iterator.NextMethod, iterator.Iterator, ReadOnlySpan<JsValue>.Empty);
            Await(nextResult, OnNextResult, RejectWith);
        }
        catch (JsException e) { Reject(e); }
    }

    private void OnNextResult(JsValue nextResult)
    {
        try
        {
            if (!nextResult.IsObject) JsException.ThrowTypeError($"Iterator result {Operations.DescribeForError(nextResult)} is not an object");
            if (Operations.ToBoolean(nextResult.AsObject().Get("done", nextResult)))
            {
                a.SetOrThrow(JsArray.LengthKey, JsValue.FromNumber(k));
                Promises.ResolvePromise(promise, a);
                return;
            }
            var nextValue = nextResult.AsObject().Get("value", nextResult);
            if (!mapping) { DefineFromIterator(nextValue); return; }
            JsValue mapped;
            try
            {
                mapped = Operations.Call(mapfn, thisArg, [nextValue, JsValue.FromNumber(k)]);
                Await(mapped, DefineFromIterator, reason => CloseAndReject(new JsException(reason)));
            }
            catch (JsException e) { CloseAndReject(e); }
        }
        catch (JsException e) { Reject(e); }
    }

    private void DefineFromIterator(JsValue mappedValue)
    {
        try { a.CreateDataPropertyOrThrow(Key(k), mappedValue); }
        catch (JsException e) { CloseAndReject(e); return; }
        k++;
        IteratorStep();
    }

    /// <summary>AsyncIteratorClose(iteratorRecord, throw completion): `return` is called and awaited,
    /// its outcome ignored; then the promise is rejected with the original error.</summary>
    private void CloseAndReject(JsException error)
    {
        var reason = error.GetValue(realm.Vm.CurrentRealm ?? realm);
        try
        {
            var returnMethod = Operations.GetMethod(iterator.Iterator, "return");
            if (returnMethod == null) { Reject(reason); return; }
            var inner = Operations.Call(returnMethod, iterator.Iterator, ReadOnlySpan<JsValue>.Empty);
            Await(inner, _ => Reject(reason), _ => Reject(reason));
        }
        catch (JsException) { Reject(reason); }
    }

    // Step 3.i.vii: one element of the array-like.
    private void ArrayLikeStep()
    {
        try
        {
            if (k >= len)
            {
                a.SetOrThrow(JsArray.LengthKey, JsValue.FromNumber(len));
                Promises.ResolvePromise(promise, a);
                return;
            }
            var kValue = arrayLike!.Get(Key(k));
            Await(kValue, OnArrayLikeValue, RejectWith);
        }
        catch (JsException e) { Reject(e); }
    }

    private void OnArrayLikeValue(JsValue kValue)
    {
        try
        {
            if (!mapping) { DefineFromArrayLike(kValue); return; }
            var mapped = Operations.Call(mapfn, thisArg, [kValue, JsValue.FromNumber(k)]);
            Await(mapped, DefineFromArrayLike, RejectWith);
        }
        catch (JsException e) { Reject(e); }
    }

    private void DefineFromArrayLike(JsValue mappedValue)
    {
        try { a.CreateDataPropertyOrThrow(Key(k), mappedValue); }
        catch (JsException e) { Reject(e); return; }
        k++;
        ArrayLikeStep();
    }
}
