using System;
using System.Collections.Generic;
using Aot.Engine.Interpreting;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins;

/// <summary>ECMA-262 §27.2.3 The Promise constructor and §27.2.4 its properties.</summary>
internal static class PromiseConstructor
{
    public static JsFunction Create(Realm realm)
    {
        var ctor = Builtin.Constructor(realm, "Promise", 1, Construct, realm.PromisePrototype);
        Builtin.DefineMethods(realm, ctor,
        [
            new("all", 1, All),
            new("allSettled", 1, AllSettled),
            new("any", 1, Any),
            new("race", 1, Race),
            new("reject", 1, Reject),
            new("resolve", 1, Resolve),
            new("try", 1, Try),
            new("withResolvers", 0, WithResolvers),
        ]);
        Library.SpeciesGetter(realm, ctor);
        realm.PromiseConstructor = ctor;
        return ctor;
    }

    // 27.2.3.1 Promise ( executor )
    private static JsValue Construct(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        if (newTarget == null) JsException.ThrowTypeError("Promise constructor cannot be invoked without 'new'");
        var executor = Builtin.Arg(args, 0);
        if (!executor.IsCallable) JsException.ThrowTypeError($"Promise resolver {DescribeResolver(executor)} is not a function");
        var proto = Library.PrototypeFromConstructor(newTarget, static r => r.PromisePrototype, realm);
        var promise = new JsPromise(realm, proto);
        var (resolve, reject) = Promises.CreateResolvingFunctions(promise);
        try
        {
            Span<JsValue> pair = [resolve, reject];
            Operations.Call(executor, JsValue.Undefined, pair);
        }
        catch (JsException e)
        {
            var error = e.GetValue(realm.Vm.CurrentRealm ?? realm);
            Operations.Call(reject, JsValue.Undefined, new ReadOnlySpan<JsValue>(in error));
        }
        return promise;
    }

    private static string DescribeResolver(in JsValue v) => v.IsObject && v.Ref is not JsFunction ? "#<Object>" : Operations.DescribeForError(v);

    // 27.2.4.6 Promise.reject ( r )
    private static JsValue Reject(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var capability = Promises.NewPromiseCapability(realm, thisValue, functions: false);
        capability.DoReject(Builtin.Arg(args, 0));
        return capability.Promise;
    }

    // 27.2.4.7 Promise.resolve ( x )
    private static JsValue Resolve(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        if (!thisValue.IsObject) JsException.ThrowTypeError("PromiseResolve called on non-object");
        return Promises.PromiseResolve(realm, thisValue, Builtin.Arg(args, 0));
    }

    // 27.2.4.8 Promise.try ( callback, ...args ) (ES2025)
    private static JsValue Try(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        if (!thisValue.IsObject) JsException.ThrowTypeError("Promise.try called on non-object");
        var capability = Promises.NewPromiseCapability(realm, thisValue);
        try
        {
            var result = Operations.Call(Builtin.Arg(args, 0), JsValue.Undefined, args.Length > 1 ? args[1..] : ReadOnlySpan<JsValue>.Empty);
            capability.DoResolve(result);
        }
        catch (JsException e)
        {
            capability.DoReject(e.GetValue(realm.Vm.CurrentRealm ?? realm));
        }
        return capability.Promise;
    }

    // 27.2.4.8 Promise.withResolvers ( )
    private static JsValue WithResolvers(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var capability = Promises.NewPromiseCapability(realm, thisValue);
        var result = realm.CreateObject();
        result.CreateDataPropertyOrThrow("promise", capability.Promise);
        result.CreateDataPropertyOrThrow("resolve", capability.Resolve);
        result.CreateDataPropertyOrThrow("reject", capability.Reject);
        return result;
    }

    // ------------------------------------------------------------------ combinators

    private enum Combinator { All, AllSettled, Any, Race }

    private static JsValue All(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
        => Combine(realm, thisValue, Builtin.Arg(args, 0), Combinator.All);
    private static JsValue AllSettled(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
        => Combine(realm, thisValue, Builtin.Arg(args, 0), Combinator.AllSettled);
    private static JsValue Any(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
        => Combine(realm, thisValue, Builtin.Arg(args, 0), Combinator.Any);
    private static JsValue Race(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
        => Combine(realm, thisValue, Builtin.Arg(args, 0), Combinator.Race);

    /// <summary>The shared state of one Promise.all/allSettled/any call: the values (or errors) list
    /// and [[RemainingElements]].</summary>
    private sealed class Aggregate
    {
        public readonly List<JsValue> Values = new();
        public int Remaining = 1;
    }

    /// <summary>§27.2.4.1 Promise.all, §27.2.4.2 allSettled, §27.2.4.3 any, §27.2.4.5 race: the common
    /// frame (capability, GetPromiseResolve, GetIterator, IfAbruptRejectPromise, iterator closing).</summary>
    private static JsValue Combine(Realm realm, in JsValue constructor, in JsValue iterable, Combinator kind)
    {
        var capability = Promises.NewPromiseCapability(realm, constructor);
        JsValue iterator = default;
        bool iteratorDone = true;
        try
        {
            // 27.2.4.1.1 GetPromiseResolve
            var promiseResolve = constructor.AsObject().Get("resolve", constructor);
            if (!promiseResolve.IsCallable) JsException.ThrowTypeError("Promise resolve or reject function is not callable");
            if (!Vm.GetIterator(realm, iterable, out iterator, out var next, out var exception)) throw new JsException(exception);
            iteratorDone = false;
            var aggregate = new Aggregate();
            int index = 0;
            while (true)
            {
                iteratorDone = true;
                if (!Vm.IteratorStep(realm, iterator, next, out bool done, out var value, out exception)) throw new JsException(exception);
                if (done) break;
                iteratorDone = false;
                var nextPromise = Operations.Call(promiseResolve, constructor, new ReadOnlySpan<JsValue>(in value));
                if (kind == Combinator.Race)
                {
                    Invoke(realm, nextPromise, "then", capability.Resolve, capability.Reject);
                    continue;
                }
                aggregate.Values.Add(JsValue.Undefined);
                aggregate.Remaining++;
                var (onFulfilled, onRejected) = ElementFunctions(realm, kind, aggregate, index, capability);
                Invoke(realm, nextPromise, "then", onFulfilled, onRejected);
                index++;
            }
            if (kind != Combinator.Race && --aggregate.Remaining == 0) Finish(realm, kind, aggregate, capability);
        }
        catch (JsException e)
        {
            var error = e.GetValue(realm.Vm.CurrentRealm ?? realm);
            if (!iteratorDone) CloseAfterThrow(iterator);
            capability.DoReject(error);
        }
        return capability.Promise;
    }

    private static void Invoke(Realm realm, in JsValue target, string method, in JsValue a, in JsValue b)
    {
        var function = Operations.GetV(realm, target, method);
        Span<JsValue> args = [a, b];
        Operations.Call(function, target, args);
    }

    /// <summary>All elements settled (or the iterable was empty): resolve with the values, or for `any`
    /// reject with an AggregateError of the errors.</summary>
    private static void Finish(Realm realm, Combinator kind, Aggregate aggregate, in PromiseCapability capability)
    {
        var array = Operations.CreateArrayFromList(realm, aggregate.Values.ToArray());
        if (kind == Combinator.Any)
        {
            var error = AggregateErrorConstructor.Create(realm, array, "All promises were rejected");
            capability.DoReject(error);
        }
        else capability.DoResolve(array);
    }

    /// <summary>§27.2.4.1.3 Promise.all Resolve Element Functions and the allSettled / any variants.</summary>
    private static (JsValue, JsValue) ElementFunctions(Realm realm, Combinator kind, Aggregate aggregate, int index, PromiseCapability capability)
    {
        var alreadyCalled = new bool[1];
        NativeFunction Element(bool rejected) => (Realm r, in JsValue t, ReadOnlySpan<JsValue> args, JsObject? n) =>
        {
            if (alreadyCalled[0]) return JsValue.Undefined;
            alreadyCalled[0] = true;
            var x = Builtin.Arg(args, 0);
            if (kind == Combinator.AllSettled)
            {
                var entry = realm.CreateObject();
                entry.CreateDataPropertyOrThrow("status", rejected ? "rejected" : "fulfilled");
                entry.CreateDataPropertyOrThrow(rejected ? "reason" : "value", x);
                x = entry;
            }
            aggregate.Values[index] = x;
            if (--aggregate.Remaining == 0) Finish(realm, kind, aggregate, capability);
            return JsValue.Undefined;
        };
        return kind switch
        {
            Combinator.All => (new JsNativeFunction(realm, "", 1, Element(false)), capability.Reject),
            Combinator.Any => (capability.Resolve, new JsNativeFunction(realm, "", 1, Element(true))),
            _ => (new JsNativeFunction(realm, "", 1, Element(false)), new JsNativeFunction(realm, "", 1, Element(true))),
        };
    }

    /// <summary>§7.4.11 IteratorClose with a throw completion: return() is called, its result and errors ignored.</summary>
    internal static void CloseAfterThrow(in JsValue iterator)
    {
        try
        {
            var method = Operations.GetMethod(iterator, "return");
            if (method != null) Operations.Call(method, iterator, ReadOnlySpan<JsValue>.Empty);
        }
        catch (JsException)
        {
        }
    }
}
