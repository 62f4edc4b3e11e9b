using System;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins;

/// <summary>ECMA-262 §27.1.6 Async-from-Sync iterator objects: `for await` and async `yield*` over a
/// sync iterable. [[SyncIteratorRecord]] is (Iterator, Next).</summary>
public sealed class JsAsyncFromSyncIterator : JsObject
{
    private readonly JsValue iterator;
    private readonly JsValue next;

    internal JsAsyncFromSyncIterator(Realm realm, in JsValue iterator, in JsValue next) : base(realm.AsyncFromSyncIteratorPrototype)
    {
        this.iterator = iterator;
        this.next = next;
    }

    internal static void InstallPrototype(Realm realm, JsObject proto)
        => Builtin.DefineMethods(realm, proto,
        [
            new("next", 1, Next),
            new("return", 1, Return),
            new("throw", 1, Throw),
        ]);

    private static JsAsyncFromSyncIterator This(in JsValue thisValue)
        => thisValue.Ref as JsAsyncFromSyncIterator ?? JsException.ThrowTypeError<JsAsyncFromSyncIterator>("not an async-from-sync iterator");

    // 27.1.6.2.1 %AsyncFromSyncIteratorPrototype%.next ( [ value ] )
    private static JsValue Next(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var o = This(thisValue);
        var capability = Promises.NewPromiseCapability(realm, JsValue.FromObject(realm.PromiseConstructor), functions: false);
        JsValue result;
        try
        {
            result = Operations.Call(o.next, o.iterator, args.Length > 0 ? args[..1] : ReadOnlySpan<JsValue>.Empty);
            if (!result.IsObject) JsException.ThrowTypeError($"Iterator result {Operations.DescribeForError(result)} is not an object");
        }
        catch (JsException e)
        {
            capability.DoReject(e.GetValue(realm.Vm.CurrentRealm ?? realm));
            return capability.Promise;
        }
        return o.Continue(realm, result, capability, closeOnRejection: true);
    }

    // 27.1.6.2.2 %AsyncFromSyncIteratorPrototype%.return ( [ value ] )
    private static JsValue Return(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var o = This(thisValue);
        var capability = Promises.NewPromiseCapability(realm, JsValue.FromObject(realm.PromiseConstructor), functions: false);
        JsValue result;
        try
        {
            var method = Operations.GetMethod(o.iterator, "return");
            if (method == null)
            {
                capability.DoResolve(IteratorPrototype.CreateIterResult(realm, Builtin.Arg(args, 0), true));
                return capability.Promise;
            }
            result = Operations.Call(method, o.iterator, args.Length > 0 ? args[..1] : ReadOnlySpan<JsValue>.Empty);
            if (!result.IsObject) JsException.ThrowTypeError($"Iterator result {Operations.DescribeForError(result)} is not an object");
        }
        catch (JsException e)
        {
            capability.DoReject(e.GetValue(realm.Vm.CurrentRealm ?? realm));
            return capability.Promise;
        }
        return o.Continue(realm, result, capability, closeOnRejection: false);
    }

    // 27.1.6.2.3 %AsyncFromSyncIteratorPrototype%.throw ( [ value ] )
    private static JsValue Throw(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var o = This(thisValue);
        var capability = Promises.NewPromiseCapability(realm, JsValue.FromObject(realm.PromiseConstructor), functions: false);
        JsValue result;
        try
        {
            var method = Operations.GetMethod(o.iterator, "throw");
            if (method == null)
            {
                // The protocol was violated: close the sync iterator, then fail.
                Interpreting.Vm.IteratorClose(realm, o.iterator);
                JsException.ThrowTypeError("The iterator does not provide a 'throw' method");
            }
            result = Operations.Call(method, o.iterator, args.Length > 0 ? args[..1] : ReadOnlySpan<JsValue>.Empty);
            if (!result.IsObject) JsException.ThrowTypeError($"Iterator result {Operations.DescribeForError(result)} is not an object");
        }
        catch (JsException e)
        {
            capability.DoReject(e.GetValue(realm.Vm.CurrentRealm ?? realm));
            return capability.Promise;
        }
        return o.Continue(realm, result, capability, closeOnRejection: true);
    }

    /// <summary>§27.1.6.4 AsyncFromSyncIteratorContinuation.</summary>
    private JsValue Continue(Realm realm, in JsValue result, PromiseCapability capability, bool closeOnRejection)
    {
        bool done;
        JsPromise valueWrapper;
        try
        {
            done = Operations.ToBoolean(result.AsObject().Get("done", result));
            var value = result.AsObject().Get("value", result);
            try
            {
                valueWrapper = Promises.PromiseResolveIntrinsic(realm, value);
            }
            catch (JsException) when (!done && closeOnRejection)
            {
                PromiseConstructor.CloseAfterThrow(iterator);
                throw;
            }
        }
        catch (JsException e)
        {
            capability.DoReject(e.GetValue(realm.Vm.CurrentRealm ?? realm));
            return capability.Promise;
        }
        var syncIterator = iterator;
        bool closeOnReject = !done && closeOnRejection;
        var reaction = new PromiseReaction(realm)
        {
            HasCapability = true,
            Capability = capability,
            Native = (v, rejected) =>
            {
                if (!rejected) return IteratorPrototype.CreateIterResult(realm, v, done);
                if (closeOnReject) PromiseConstructor.CloseAfterThrow(syncIterator);
                throw new JsException(v);
            },
        };
        Promises.PerformPromiseThen(valueWrapper, reaction);
        return capability.Promise;
    }
}
