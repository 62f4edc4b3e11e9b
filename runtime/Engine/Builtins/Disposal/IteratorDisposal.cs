using System;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins;

/// <summary>ES2026 §27.1.5.2 %AsyncIteratorPrototype% [ @@asyncDispose ]: an async iterator used
/// as a resource closes itself (%IteratorPrototype% [ @@dispose ] is in IteratorPrototype.Helpers.cs).</summary>
internal static class IteratorDisposal
{
    public static void Install(Realm realm)
    {
        Builtin.DefineMethods(realm, realm.AsyncIteratorPrototype, [new("[Symbol.asyncDispose]", 0, AsyncDispose, JsSymbol.AsyncDispose)]);
    }

    private static JsValue AsyncDispose(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var promise = new JsPromise(realm);
        try
        {
            var method = Operations.GetMethod(realm, thisValue, "return");
            if (method == null)
            {
                Promises.ResolvePromise(promise, JsValue.Undefined);
                return promise;
            }
            var result = Operations.Call(JsValue.FromObject(method), thisValue, ReadOnlySpan<JsValue>.Empty);
            var resultWrapper = Promises.PromiseResolveIntrinsic(realm, result);
            // Fulfilled with undefined whatever return() produced; a rejection passes through.
            Promises.PerformPromiseThen(resultWrapper, new PromiseReaction(realm)
            {
                Native = (argument, rejected) =>
                {
                    if (rejected) Promises.RejectPromise(promise, argument);
                    else Promises.ResolvePromise(promise, JsValue.Undefined);
                    return JsValue.Undefined;
                },
            });
        }
        catch (JsException e) { Promises.RejectPromise(promise, e.GetValue(realm)); }
        return promise;
    }
}
