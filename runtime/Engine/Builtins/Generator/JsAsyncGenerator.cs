using System;
using System.Collections.Generic;
using Aot.Engine.Interpreting;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins;

/// <summary>
/// An async generator object (ECMA-262 §27.6): the continuation of its body plus
/// [[AsyncGeneratorQueue]], the requests (completion + promise capability) not yet answered.
/// </summary>
public sealed class JsAsyncGenerator : JsObject
{
    internal readonly Continuation Continuation;
    private readonly Queue<Request> queue = new();

    /// <summary>§27.6.3.1 AsyncGeneratorRequest Record.</summary>
    private readonly record struct Request(ResumeMode Mode, JsValue Value, PromiseCapability Capability);

    internal JsAsyncGenerator(JsObject? prototype, Continuation continuation) : base(prototype) { Continuation = continuation; }

    public override string ClassName => "AsyncGenerator";

    private Realm Realm => Continuation.Frame.Function.Realm;

    internal static void InstallPrototype(Realm realm, JsObject proto)
    {
        Builtin.DefineMethods(realm, proto,
        [
            new("next", 1, static (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => Request_(r, t, Builtin.Arg(a, 0), ResumeMode.Next)),
            new("return", 1, static (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => Request_(r, t, Builtin.Arg(a, 0), ResumeMode.Return)),
            new("throw", 1, static (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => Request_(r, t, Builtin.Arg(a, 0), ResumeMode.Throw)),
        ]);
        Library.ToStringTag(proto, "AsyncGenerator");
    }

    /// <summary>§27.6.1.2 next, §27.6.1.3 return, §27.6.1.4 throw.</summary>
    private static JsValue Request_(Realm realm, in JsValue thisValue, in JsValue value, ResumeMode mode)
    {
        var capability = Promises.NewPromiseCapability(realm, JsValue.FromObject(realm.PromiseConstructor), functions: false);
        // §27.6.3.3 AsyncGeneratorValidate, IfAbruptRejectPromise.
        if (thisValue.Ref is not JsAsyncGenerator generator || !thisValue.IsObject)
        {
            string name = mode switch { ResumeMode.Next => "next", ResumeMode.Return => "return", _ => "throw" };
            capability.DoReject(realm.CreateErrorValue(ErrorKind.TypeError, $"{name} method called on incompatible receiver {Operations.DescribeForError(thisValue)}"));
            return capability.Promise;
        }
        var c = generator.Continuation;
        var state = c.State;
        if (mode == ResumeMode.Throw && state == SuspendState.SuspendedStart)
        {
            c.State = state = SuspendState.Completed;
            c.Window = [];
        }
        if (state == SuspendState.Completed && mode != ResumeMode.Return)
        {
            if (mode == ResumeMode.Next) capability.DoResolve(IteratorPrototype.CreateIterResult(realm, JsValue.Undefined, true));
            else capability.DoReject(value);
            return capability.Promise;
        }
        generator.queue.Enqueue(new Request(mode, value, capability));
        if (mode == ResumeMode.Return && state is SuspendState.SuspendedStart or SuspendState.Completed)
        {
            c.State = SuspendState.AwaitingReturn;
            c.Window = [];
            generator.AwaitReturn();
        }
        else if (state is SuspendState.SuspendedStart or SuspendState.SuspendedYield)
        {
            // §27.6.3.6 AsyncGeneratorResume (the body catches its own errors: they reject the request).
            realm.Vm.Resume(c, value, mode);
        }
        return capability.Promise;
    }

    /// <summary>The first queued request's completion (AsyncGeneratorYield step 13).</summary>
    internal bool PeekRequest(out ResumeMode mode, out JsValue value)
    {
        if (queue.TryPeek(out var request))
        {
            mode = request.Mode;
            value = request.Value;
            return true;
        }
        mode = ResumeMode.Next;
        value = default;
        return false;
    }

    /// <summary>§27.6.3.4 AsyncGeneratorCompleteStep: answers the oldest request.</summary>
    internal void CompleteStep(bool isThrow, in JsValue value, bool done)
    {
        var next = queue.Dequeue();
        if (isThrow) next.Capability.DoReject(value);
        else next.Capability.DoResolve(IteratorPrototype.CreateIterResult(Realm, value, done));
    }

    /// <summary>§27.6.3.10 AsyncGeneratorDrainQueue: the body is done; answer what is left.</summary>
    internal void DrainQueue()
    {
        while (queue.TryPeek(out var next))
        {
            if (next.Mode == ResumeMode.Return)
            {
                Continuation.State = SuspendState.AwaitingReturn;
                AwaitReturn();
                return;
            }
            if (next.Mode == ResumeMode.Throw) CompleteStep(true, next.Value, true);
            else CompleteStep(false, JsValue.Undefined, true);
        }
    }

    /// <summary>§27.6.3.9 AsyncGeneratorAwaitReturn: `return(v)` on a finished generator awaits v.</summary>
    private void AwaitReturn()
    {
        var realm = Realm;
        var value = queue.Peek().Value;
        JsPromise promise;
        try
        {
            promise = Promises.PromiseResolveIntrinsic(realm, value);
        }
        catch (JsException e)
        {
            Continuation.State = SuspendState.Completed;
            CompleteStep(true, e.GetValue(realm), true);
            DrainQueue();
            return;
        }
        var reaction = new PromiseReaction(realm)
        {
            Native = (v, rejected) =>
            {
                Continuation.State = SuspendState.Completed;
                CompleteStep(rejected, v, true);
                DrainQueue();
                return JsValue.Undefined;
            },
        };
        Promises.PerformPromiseThen(promise, reaction);
    }
}
