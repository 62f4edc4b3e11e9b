using System;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins;

/// <summary>ECMA-262 §27.2.5 Properties of the Promise prototype object.</summary>
internal static class PromisePrototype
{
    public static void Install(Realm realm)
    {
        var proto = new JsObject(realm.ObjectPrototype);
        realm.PromisePrototype = proto;
        Builtin.DefineMethods(realm, proto,
        [
            new("then", 2, Then),
            new("catch", 1, Catch),
            new("finally", 1, Finally),
        ]);
        Library.ToStringTag(proto, "Promise");
    }

    // 27.2.5.4 Promise.prototype.then ( onFulfilled, onRejected )
    private static JsValue Then(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        if (thisValue.Ref is not JsPromise promise || !thisValue.IsObject)
            return JsException.ThrowTypeError<JsValue>($"Method Promise.prototype.then called on incompatible receiver {Operations.DescribeForError(thisValue)}");
        var c = Promises.SpeciesConstructor(realm, promise);
        var capability = Promises.NewPromiseCapability(realm, c, functions: false);
        Promises.PerformPromiseThen(promise, Builtin.Arg(args, 0), Builtin.Arg(args, 1), capability);
        return capability.Promise;
    }

    // 27.2.5.1 Promise.prototype.catch ( onRejected )
    private static JsValue Catch(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
        => InvokeThen(realm, thisValue, JsValue.Undefined, Builtin.Arg(args, 0));

    private static JsValue InvokeThen(Realm realm, in JsValue target, in JsValue onFulfilled, in JsValue onRejected)
    {
        var then = Operations.GetV(realm, target, "then");
        Span<JsValue> pair = [onFulfilled, onRejected];
        return Operations.Call(then, target, pair);
    }

    private static JsValue InvokeThen1(Realm realm, in JsValue target, JsObject onFulfilled)
    {
        var then = Operations.GetV(realm, target, "then");
        var arg = JsValue.FromObject(onFulfilled);
        return Operations.Call(then, target, new ReadOnlySpan<JsValue>(in arg));
    }

    // 27.2.5.3 Promise.prototype.finally ( onFinally )
    private static JsValue Finally(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        if (!thisValue.IsObject) JsException.ThrowTypeError("Promise.prototype.finally called on a non-object");
        var c = Promises.SpeciesConstructor(realm, thisValue.AsObject());
        var onFinally = Builtin.Arg(args, 0);
        if (!onFinally.IsCallable) return InvokeThen(realm, thisValue, onFinally, onFinally);
        var thenFinally = new JsNativeFunction(realm, "", 1, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) =>
        {
            var value = Builtin.Arg(a, 0);
            var result = Operations.Call(onFinally, JsValue.Undefined, ReadOnlySpan<JsValue>.Empty);
            var promise = Promises.PromiseResolve(realm, c, result);
            var valueThunk = new JsNativeFunction(realm, "", 0, (Realm r2, in JsValue t2, ReadOnlySpan<JsValue> a2, JsObject? n2) => value);
            return InvokeThen1(realm, promise, valueThunk);
        });
        var catchFinally = new JsNativeFunction(realm, "", 1, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) =>
        {
            var reason = Builtin.Arg(a, 0);
            var result = Operations.Call(onFinally, JsValue.Undefined, ReadOnlySpan<JsValue>.Empty);
            var promise = Promises.PromiseResolve(realm, c, result);
            var thrower = new JsNativeFunction(realm, "", 0, (Realm r2, in JsValue t2, ReadOnlySpan<JsValue> a2, JsObject? n2) => throw new JsException(reason));
            return InvokeThen1(realm, promise, thrower);
        });
        return InvokeThen(realm, thisValue, thenFinally, catchFinally);
    }
}
