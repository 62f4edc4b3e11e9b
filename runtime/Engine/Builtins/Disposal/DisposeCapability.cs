using System;
using System.Collections.Generic;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins;

/// <summary>ES2026 §9.6.1 DisposableResource Record's [[Hint]].</summary>
internal enum DisposeHint : byte { Sync, Async }

/// <summary>ES2026 §9.6.1 a DisposableResource Record.</summary>
internal readonly record struct DisposableResource(JsValue Value, DisposeHint Hint, JsValue Method);

/// <summary>
/// ES2026 §9.6 DisposeCapability Records and their operations (explicit resource management):
/// the resources a `using` scope, a DisposableStack or an AsyncDisposableStack must dispose, in
/// reverse order of addition. A `using` block holds one in a hidden binding (the compiler's
/// desugaring), so it is a (never exposed) object.
/// </summary>
internal sealed class DisposeCapability() : JsObject(null)
{
    public List<DisposableResource> Stack = new();
    /// <summary>The scope's pending throw completion (set by the desugared catch clause).</summary>
    public bool HasError;
    public JsValue Error;

    /// <summary>§9.6.2 AddDisposableResource ( disposeCapability, V, hint [ , method ] ) without method.</summary>
    public void Add(Realm realm, in JsValue value, DisposeHint hint)
    {
        if (value.IsNullish && hint == DisposeHint.Sync) return;
        Stack.Add(Create(realm, value, hint));
    }

    /// <summary>§9.6.2 AddDisposableResource with a method (DisposableStack.defer / adopt).</summary>
    public void AddMethod(in JsValue method, DisposeHint hint) => Stack.Add(new DisposableResource(JsValue.Undefined, hint, method));

    /// <summary>§9.6.3 CreateDisposableResource ( V, hint ) without method.</summary>
    private static DisposableResource Create(Realm realm, in JsValue value, DisposeHint hint)
    {
        if (value.IsNullish) return new DisposableResource(JsValue.Undefined, hint, JsValue.Undefined);
        if (!value.IsObject) JsException.ThrowTypeError($"{Operations.DescribeForError(value)} is not an object (using declarations need an object, null or undefined)");
        var method = GetDisposeMethod(realm, value, hint);
        if (method.IsUndefined) JsException.ThrowTypeError($"{Operations.DescribeForError(value)} has no {(hint == DisposeHint.Async ? "[Symbol.asyncDispose] or " : "")}[Symbol.dispose] method");
        return new DisposableResource(value, hint, method);
    }

    /// <summary>§9.6.4 GetDisposeMethod ( V, hint ): for async, a sync @@dispose is wrapped in a
    /// function returning a promise (resolved with undefined, or rejected with its throw).</summary>
    private static JsValue GetDisposeMethod(Realm realm, in JsValue value, DisposeHint hint)
    {
        if (hint == DisposeHint.Async)
        {
            var asyncMethod = Operations.GetMethod(realm, value, JsSymbol.AsyncDispose);
            if (asyncMethod != null) return JsValue.FromObject(asyncMethod);
            var syncMethod = Operations.GetMethod(realm, value, JsSymbol.Dispose);
            if (syncMethod == null) return JsValue.Undefined;
            var wrapper = new JsNativeFunction(realm, "", 0, (Realm r, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? n) =>
            {
                var promise = new JsPromise(r);
                try
                {
                    Operations.Call(JsValue.FromObject(syncMethod), thisValue, ReadOnlySpan<JsValue>.Empty);
                    Promises.ResolvePromise(promise, JsValue.Undefined);
                }
                catch (JsException e) { Promises.RejectPromise(promise, e.GetValue(r)); }
                return promise;
            });
            return JsValue.FromObject(wrapper);
        }
        var method = Operations.GetMethod(realm, value, JsSymbol.Dispose);
        return method == null ? JsValue.Undefined : JsValue.FromObject(method);
    }

    /// <summary>A new SuppressedError (§9.6.6 step 3.e.iii.1) of <paramref name="realm"/>.</summary>
    public static JsValue Suppressed(Realm realm, in JsValue error, in JsValue suppressed)
    {
        var e = new JsError(realm.SuppressedErrorPrototype);
        e.DefinePropertyOrThrow("error", PropertyDescriptor.Data(error, PropertyFlags.Writable | PropertyFlags.Configurable));
        e.DefinePropertyOrThrow("suppressed", PropertyDescriptor.Data(suppressed, PropertyFlags.Writable | PropertyFlags.Configurable));
        e.CaptureStack(realm.Vm, "SuppressedError", "");
        return e;
    }

    /// <summary>§9.6.6 DisposeResources ( disposeCapability, completion ) for sync-dispose
    /// resources only (a `using` scope, DisposableStack.prototype.dispose): throws the resulting
    /// throw completion; returns normally otherwise.</summary>
    public void DisposeSync(Realm realm)
    {
        bool isThrow = HasError;
        var value = Error;
        var stack = Stack;
        Stack = new List<DisposableResource>();
        HasError = false;
        Error = JsValue.Undefined;
        for (int i = stack.Count - 1; i >= 0; i--)
        {
            var r = stack[i];
            if (r.Method.IsUndefined) continue;
            try
            {
                Operations.Call(r.Method, r.Value, ReadOnlySpan<JsValue>.Empty);
            }
            catch (JsException e)
            {
                var thrown = e.GetValue(realm.Vm.CurrentRealm ?? realm);
                value = isThrow ? Suppressed(realm, thrown, value) : thrown;
                isThrow = true;
            }
        }
        if (isThrow) throw new JsException(value);
    }

    /// <summary>§9.6.6 DisposeResources with awaits (an `await using` scope,
    /// AsyncDisposableStack.prototype.disposeAsync): a promise fulfilled with undefined, or rejected
    /// with the resulting throw completion's value.</summary>
    public JsPromise DisposeAsync(Realm realm)
    {
        var run = new AsyncDisposal(realm, Stack, HasError, Error);
        Stack = new List<DisposableResource>();
        HasError = false;
        Error = JsValue.Undefined;
        run.Step();
        return run.Promise;
    }

    /// <summary>The state of one asynchronous DisposeResources: each Await is a promise reaction.</summary>
    private sealed class AsyncDisposal(Realm realm, List<DisposableResource> stack, bool isThrow, JsValue value)
    {
        public readonly JsPromise Promise = new(realm);
        private int index = stack.Count - 1;
        private bool isThrow = isThrow, needsAwait, hasAwaited;
        private JsValue value = value;

        private void Record(in JsValue thrown)
        {
            value = isThrow ? Suppressed(realm, thrown, value) : thrown;
            isThrow = true;
        }

        private void Await(in JsValue v, bool recordRejection)
        {
            JsPromise p;
            try { p = Promises.PromiseResolveIntrinsic(realm, v); }
            catch (JsException e)
            {
                Record(e.GetValue(realm.Vm.CurrentRealm ?? realm));
                Step();
                return;
            }
            Promises.PerformPromiseThen(p, new PromiseReaction(realm)
            {
                Native = (argument, rejected) =>
                {
                    if (rejected && recordRejection) Record(argument);
                    Step();
                    return JsValue.Undefined;
                },
            });
        }

        public void Step()
        {
            while (index >= 0)
            {
                var r = stack[index];
                if (r.Hint == DisposeHint.Sync && needsAwait && !hasAwaited)
                {
                    needsAwait = false;
                    Await(JsValue.Undefined, recordRejection: false); // continues with the same resource
                    return;
                }
                index--;
                if (r.Method.IsUndefined)
                {
                    needsAwait = true;
                    continue;
                }
                JsValue result;
                try { result = Operations.Call(r.Method, r.Value, ReadOnlySpan<JsValue>.Empty); }
                catch (JsException e)
                {
                    Record(e.GetValue(realm.Vm.CurrentRealm ?? realm));
                    continue;
                }
                if (r.Hint == DisposeHint.Async)
                {
                    hasAwaited = true;
                    Await(result, recordRejection: true);
                    return;
                }
            }
            if (needsAwait && !hasAwaited)
            {
                needsAwait = false;
                hasAwaited = true;
                Await(JsValue.Undefined, recordRejection: false);
                return;
            }
            if (isThrow) Promises.RejectPromise(Promise, value);
            else Promises.ResolvePromise(Promise, JsValue.Undefined);
        }
    }
}
