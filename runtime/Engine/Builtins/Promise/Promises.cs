using System;
using System.Collections.Generic;
using Aot.Engine.Interpreting;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins;

public enum PromiseState : byte { Pending, Fulfilled, Rejected }

/// <summary>A promise (ECMA-262 §27.2.6 [[PromiseState]], [[PromiseResult]], the reaction lists and
/// [[PromiseIsHandled]]).</summary>
public sealed class JsPromise : JsObject
{
    internal readonly Realm Realm;
    public PromiseState State { get; internal set; }
    public JsValue Result { get; internal set; }
    public bool IsHandled { get; internal set; }
    /// <summary>The [[AlreadyResolved]] record of a capability resolved without function objects.</summary>
    internal bool CapabilityResolved;
    internal PromiseReaction? FirstReaction;
    internal List<PromiseReaction>? MoreReactions;

    public JsPromise(Realm realm) : this(realm, realm.PromisePrototype) { }
    public JsPromise(Realm realm, JsObject? prototype) : base(prototype) { Realm = realm; }

    public override string ClassName => "Promise";

    /// <summary>Resolves this promise (thenables are followed) as its resolve function would; for hosts.</summary>
    public void Resolve(in JsValue resolution) { if (State == PromiseState.Pending) Promises.ResolvePromise(this, resolution); }

    /// <summary>Rejects this promise as its reject function would; for hosts.</summary>
    public void Reject(in JsValue reason) { if (State == PromiseState.Pending) Promises.RejectPromise(this, reason); }
}

/// <summary>§27.2.1.1 PromiseCapability Record. Resolve/Reject Empty: a fresh %Promise% nobody else can
/// resolve, settled directly (with its own [[AlreadyResolved]] flag) instead of through functions.</summary>
internal struct PromiseCapability
{
    public JsObject Promise;
    public JsValue Resolve;
    public JsValue Reject;

    public readonly void DoResolve(in JsValue value)
    {
        if (Resolve.IsEmpty)
        {
            var p = (JsPromise)Promise;
            if (p.CapabilityResolved) return;
            p.CapabilityResolved = true;
            Promises.ResolvePromise(p, value);
        }
        else Operations.Call(Resolve, JsValue.Undefined, new ReadOnlySpan<JsValue>(in value));
    }

    public readonly void DoReject(in JsValue reason)
    {
        if (Reject.IsEmpty)
        {
            var p = (JsPromise)Promise;
            if (p.CapabilityResolved) return;
            p.CapabilityResolved = true;
            Promises.RejectPromise(p, reason);
        }
        else Operations.Call(Reject, JsValue.Undefined, new ReadOnlySpan<JsValue>(in reason));
    }
}

/// <summary>
/// §27.2.1.2 PromiseReaction Records, both of a `then` in one object (the job says which ran). The
/// handler is a JS function, or internal: an `await` continuation (resumed directly), or a native
/// step. A reaction without a capability is an internal one (`await`, async-generator return).
/// </summary>
internal sealed class PromiseReaction(Realm realm)
{
    public readonly Realm Realm = realm;
    public bool HasCapability;
    public PromiseCapability Capability;
    /// <summary>Undefined: the default handler (identity / thrower, §27.2.2.1 step 1.d-e).</summary>
    public JsValue OnFulfilled, OnRejected;
    public Continuation? Await;
    /// <summary>A built-in handler: (argument, rejected) → result; throwing rejects the capability.</summary>
    public Func<JsValue, bool, JsValue>? Native;
}

/// <summary>ECMA-262 §27.2.1 Promise abstract operations and §27.2.2 Promise jobs.</summary>
internal static class Promises
{
    /// <summary>§27.2.1.3 CreateResolvingFunctions.</summary>
    public static (JsValue Resolve, JsValue Reject) CreateResolvingFunctions(JsPromise promise)
    {
        var realm = promise.Realm;
        var alreadyResolved = new bool[1];
        var resolve = new JsNativeFunction(realm, "", 1, (Realm r, in JsValue t, ReadOnlySpan<JsValue> args, JsObject? n) =>
        {
            if (alreadyResolved[0]) return JsValue.Undefined;
            alreadyResolved[0] = true;
            ResolvePromise(promise, Builtin.Arg(args, 0));
            return JsValue.Undefined;
        });
        var reject = new JsNativeFunction(realm, "", 1, (Realm r, in JsValue t, ReadOnlySpan<JsValue> args, JsObject? n) =>
        {
            if (alreadyResolved[0]) return JsValue.Undefined;
            alreadyResolved[0] = true;
            RejectPromise(promise, Builtin.Arg(args, 0));
            return JsValue.Undefined;
        });
        return (JsValue.FromObject(resolve), JsValue.FromObject(reject));
    }

    /// <summary>§27.2.1.3.2 Promise Resolve Functions steps 7-16 (the [[AlreadyResolved]] check is the caller's).</summary>
    public static void ResolvePromise(JsPromise promise, in JsValue resolution)
    {
        if (ReferenceEquals(resolution.Ref, promise) && resolution.IsObject)
        {
            RejectPromise(promise, promise.Realm.CreateErrorValue(ErrorKind.TypeError, "Chaining cycle detected for promise #<Promise>"));
            return;
        }
        if (!resolution.IsObject)
        {
            FulfillPromise(promise, resolution);
            return;
        }
        JsValue then;
        try
        {
            then = resolution.AsObject().Get("then", resolution);
        }
        catch (JsException e)
        {
            RejectPromise(promise, e.GetValue(promise.Realm));
            return;
        }
        if (!then.IsCallable)
        {
            FulfillPromise(promise, resolution);
            return;
        }
        // §27.2.2.2 NewPromiseResolveThenableJob
        promise.Realm.Vm.Jobs.Enqueue(new Job(promise, resolution, then));
    }

    /// <summary>§27.2.1.4 FulfillPromise.</summary>
    public static void FulfillPromise(JsPromise promise, in JsValue value)
    {
        if (promise.State != PromiseState.Pending) return;
        promise.State = PromiseState.Fulfilled;
        promise.Result = value;
        TriggerReactions(promise, value, rejected: false);
    }

    /// <summary>§27.2.1.7 RejectPromise.</summary>
    public static void RejectPromise(JsPromise promise, in JsValue reason)
    {
        if (promise.State != PromiseState.Pending) return;
        promise.State = PromiseState.Rejected;
        promise.Result = reason;
        if (!promise.IsHandled) promise.Realm.Vm.TrackRejection(promise, handled: false);
        TriggerReactions(promise, reason, rejected: true);
    }

    /// <summary>§27.2.1.8 TriggerPromiseReactions: one job per reaction, in registration order.</summary>
    private static void TriggerReactions(JsPromise promise, in JsValue argument, bool rejected)
    {
        var first = promise.FirstReaction;
        var more = promise.MoreReactions;
        promise.FirstReaction = null;
        promise.MoreReactions = null;
        if (first == null) return;
        var jobs = promise.Realm.Vm.Jobs;
        jobs.Enqueue(new Job(first, argument, rejected));
        if (more != null) foreach (var r in more) jobs.Enqueue(new Job(r, argument, rejected));
    }

    /// <summary>§27.2.5.4.1 PerformPromiseThen (the reaction carries handlers and capability).</summary>
    public static void PerformPromiseThen(JsPromise promise, PromiseReaction reaction)
    {
        switch (promise.State)
        {
            case PromiseState.Pending:
                if (promise.FirstReaction == null) promise.FirstReaction = reaction;
                else (promise.MoreReactions ??= new()).Add(reaction);
                break;
            case PromiseState.Fulfilled:
                promise.Realm.Vm.Jobs.Enqueue(new Job(reaction, promise.Result, false));
                break;
            default:
                if (!promise.IsHandled) promise.Realm.Vm.TrackRejection(promise, handled: true);
                promise.Realm.Vm.Jobs.Enqueue(new Job(reaction, promise.Result, true));
                break;
        }
        promise.IsHandled = true;
    }

    /// <summary>PerformPromiseThen with JS handlers (non-callables become the default handlers).</summary>
    public static void PerformPromiseThen(JsPromise promise, in JsValue onFulfilled, in JsValue onRejected, in PromiseCapability? capability)
    {
        var reaction = new PromiseReaction(promise.Realm)
        {
            OnFulfilled = onFulfilled.IsCallable ? onFulfilled : JsValue.Undefined,
            OnRejected = onRejected.IsCallable ? onRejected : JsValue.Undefined,
        };
        if (capability is { } c) { reaction.HasCapability = true; reaction.Capability = c; }
        PerformPromiseThen(promise, reaction);
    }

    /// <summary>§27.2.2.1 NewPromiseReactionJob.</summary>
    public static void RunReactionJob(PromiseReaction reaction, in JsValue argument, bool rejected)
    {
        if (reaction.Await != null)
        {
            reaction.Realm.Vm.Resume(reaction.Await, argument, rejected ? ResumeMode.Throw : ResumeMode.Next);
            return;
        }
        JsValue result;
        bool abrupt = false;
        var handler = rejected ? reaction.OnRejected : reaction.OnFulfilled;
        try
        {
            if (reaction.Native != null) result = reaction.Native(argument, rejected);
            else if (handler.IsUndefined) { result = argument; abrupt = rejected; }
            else result = Operations.Call(handler, JsValue.Undefined, new ReadOnlySpan<JsValue>(in argument));
        }
        catch (JsException e)
        {
            result = e.GetValue(reaction.Realm.Vm.CurrentRealm ?? reaction.Realm);
            abrupt = true;
        }
        if (!reaction.HasCapability) return;
        if (abrupt) reaction.Capability.DoReject(result);
        else reaction.Capability.DoResolve(result);
    }

    /// <summary>§27.2.2.2 NewPromiseResolveThenableJob's job.</summary>
    public static void RunThenableJob(JsPromise promise, in JsValue thenable, in JsValue then)
    {
        var (resolve, reject) = CreateResolvingFunctions(promise);
        try
        {
            Span<JsValue> args = [resolve, reject];
            Operations.Call(then, thenable, args);
        }
        catch (JsException e)
        {
            var error = e.GetValue(promise.Realm.Vm.CurrentRealm ?? promise.Realm);
            Operations.Call(reject, JsValue.Undefined, new ReadOnlySpan<JsValue>(in error));
        }
    }

    /// <summary>§27.2.1.5 NewPromiseCapability(C). With <paramref name="functions"/> false and C = %Promise%
    /// no resolving functions are made (they would never be observable).</summary>
    public static PromiseCapability NewPromiseCapability(Realm realm, in JsValue constructor, bool functions = true)
    {
        if (constructor.Ref is JsFunction ctor && ReferenceEquals(ctor, realm.PromiseConstructor) && constructor.IsObject)
        {
            var promise = new JsPromise(realm);
            if (!functions) return new PromiseCapability { Promise = promise, Resolve = JsValue.Empty, Reject = JsValue.Empty };
            var (res, rej) = CreateResolvingFunctions(promise);
            return new PromiseCapability { Promise = promise, Resolve = res, Reject = rej };
        }
        if (constructor.Ref is not JsFunction c || !constructor.IsObject || !c.IsConstructor)
            return JsException.ThrowTypeError<PromiseCapability>($"{Operations.DescribeForError(constructor)} is not a constructor");
        var box = new JsValue[2];
        var executor = new JsNativeFunction(realm, "", 2, (Realm r, in JsValue t, ReadOnlySpan<JsValue> args, JsObject? n) =>
        {
            if (!box[0].IsUndefined) JsException.ThrowTypeError("Promise executor has already been invoked with non-undefined arguments");
            if (!box[1].IsUndefined) JsException.ThrowTypeError("Promise executor has already been invoked with non-undefined arguments");
            box[0] = Builtin.Arg(args, 0);
            box[1] = Builtin.Arg(args, 1);
            return JsValue.Undefined;
        });
        var executorValue = JsValue.FromObject(executor);
        var created = c.Construct(new ReadOnlySpan<JsValue>(in executorValue), c);
        if (!box[0].IsCallable) JsException.ThrowTypeError("Promise resolve function is not callable");
        if (!box[1].IsCallable) JsException.ThrowTypeError("Promise reject function is not callable");
        return new PromiseCapability { Promise = created.AsObject(), Resolve = box[0], Reject = box[1] };
    }

    /// <summary>§27.2.4.7.1 PromiseResolve(C, x).</summary>
    public static JsObject PromiseResolve(Realm realm, in JsValue constructor, in JsValue x)
    {
        if (x.Ref is JsPromise && x.IsObject)
        {
            var xConstructor = x.AsObject().Get("constructor", x);
            if (Operations.SameValue(xConstructor, constructor)) return x.AsObject();
        }
        var capability = NewPromiseCapability(realm, constructor, functions: false);
        capability.DoResolve(x);
        return capability.Promise;
    }

    /// <summary>PromiseResolve(%Promise%, x), the form `await` and the async iteration machinery use.</summary>
    public static JsPromise PromiseResolveIntrinsic(Realm realm, in JsValue x)
        => (JsPromise)PromiseResolve(realm, JsValue.FromObject(realm.PromiseConstructor), x);

    /// <summary>§7.3.22 SpeciesConstructor(O, %Promise%).</summary>
    public static JsValue SpeciesConstructor(Realm realm, JsObject o)
    {
        var defaultConstructor = JsValue.FromObject(realm.PromiseConstructor);
        var c = o.Get("constructor");
        if (c.IsUndefined) return defaultConstructor;
        if (!c.IsObject) JsException.ThrowTypeError("The .constructor property is not an object");
        var species = c.AsObject().Get(JsSymbol.Species, c);
        if (species.IsNullish) return defaultConstructor;
        if (species.Ref is JsFunction f && species.IsObject && f.IsConstructor) return species;
        return JsException.ThrowTypeError<JsValue>("object.constructor[Symbol.species] is not a constructor");
    }

    /// <summary>A settled %Promise%, for the built-ins that return one directly.</summary>
    public static JsPromise Rejected(Realm realm, in JsValue reason)
    {
        var p = new JsPromise(realm);
        RejectPromise(p, reason);
        return p;
    }
}

/// <summary>
/// One queued job (ECMA-262 §9.5): a promise reaction (reaction, argument, which handler), a
/// thenable job (promise, thenable, then), or a host action. A struct, so queueing a reaction
/// allocates nothing beyond the queue's array.
/// </summary>
public readonly struct Job
{
    private readonly object target;
    private readonly JsValue argument;
    private readonly JsValue extra;
    private readonly bool rejected;

    public Job(Action action) { target = action; argument = extra = default; rejected = false; }

    internal Job(PromiseReaction reaction, in JsValue argument, bool rejected)
    {
        target = reaction;
        this.argument = argument;
        extra = default;
        this.rejected = rejected;
    }

    internal Job(JsPromise promise, in JsValue thenable, in JsValue then)
    {
        target = promise;
        argument = thenable;
        extra = then;
        rejected = false;
    }

    public void Run()
    {
        switch (target)
        {
            case PromiseReaction reaction: Promises.RunReactionJob(reaction, argument, rejected); break;
            case JsPromise promise: Promises.RunThenableJob(promise, argument, extra); break;
            case Action action: action(); break;
        }
    }
}
