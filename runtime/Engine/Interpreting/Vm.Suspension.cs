using System;
using Aot.Engine.Builtins;
using Aot.Engine.Compiling;
using Aot.Engine.Objects;

namespace Aot.Engine.Interpreting;

/// <summary>
/// Suspended frames: generators (ECMA-262 §27.5), async functions (§27.7) and async generators
/// (§27.6). `yield`/`await` copy the running frame and its register + operand window into the
/// activation's <see cref="Continuation"/> and leave the frame like a return; <see cref="Resume"/>
/// pushes it back on top of the value stack and runs it in a dispatch loop entered the same way as
/// any call from native code. No threads, no CPS rewriting, no per-yield allocation.
/// </summary>
public sealed partial class Vm
{
    /// <summary>Copies the frame (pc already past the suspending instruction) and its window [Fp, sp).</summary>
    private void SaveFrame(ref Frame f, Continuation c, int sp, Op op, int operand)
    {
        int count = sp - f.Fp;
        if (c.Window.Length < count) c.Window = new JsValue[Math.Max(count, f.Code.FrameSize)];
        Array.Copy(stack, f.Fp, c.Window, 0, count);
        c.Count = count;
        c.Frame = f;
        c.Frame.Sp = sp;
        c.Frame.Suspended = c;
        c.ResumeOp = op;
        c.ResumeOperand = operand;
    }

    /// <summary>GeneratorStart in a generator or async generator (§15.5.2 EvaluateGeneratorBody,
    /// §15.6.2 EvaluateAsyncGeneratorBody): after FunctionDeclarationInstantiation, create the object
    /// from the function's `prototype` and suspend in suspendedStart. The caller receives the object.</summary>
    private JsValue StartGenerator(ref Frame f, int sp)
    {
        var function = f.Function;
        var realm = function.Realm;
        bool async = (f.Code.Flags & CodeFlags.Async) != 0;
        var c = new Continuation { Kind = async ? ContinuationKind.AsyncGenerator : ContinuationKind.Generator, State = SuspendState.SuspendedStart };
        var protoValue = function.Get("prototype");
        var proto = protoValue.IsObject ? protoValue.AsObject() : async ? realm.AsyncGeneratorPrototype : realm.GeneratorPrototype;
        c.Owner = async ? new JsAsyncGenerator(proto, c) : new JsGenerator(proto, c);
        SaveFrame(ref f, c, sp, Op.GeneratorStart, 0);
        return JsValue.FromObject(c.Owner);
    }

    /// <summary>GeneratorStart in an async function (§27.7.5.1 AsyncFunctionStart): the promise the
    /// call returns; the body runs on synchronously until its first `await`.</summary>
    private static void StartAsyncFunction(ref Frame f)
    {
        var c = new Continuation { Kind = ContinuationKind.AsyncFunction, State = SuspendState.Executing };
        c.Owner = new JsPromise(f.Function.Realm);
        f.Suspended = c;
    }

    /// <summary>`yield` (§27.5.3.7 GeneratorYield, §27.6.3.8 AsyncGeneratorYield) and the yield of
    /// `yield*`. True: the frame is suspended and <paramref name="value"/> goes to the resumer. False
    /// (async generators with queued requests): continue at once with that request's completion.</summary>
    private bool YieldValue(ref Frame f, int sp, Op op, int operand, ref JsValue value, out ResumeMode mode)
    {
        var c = f.Suspended!;
        mode = ResumeMode.Next;
        if (c.Kind == ContinuationKind.Generator)
        {
            c.YieldedRaw = op == Op.YieldDelegate;
            c.State = SuspendState.SuspendedYield;
            SaveFrame(ref f, c, sp, op, operand);
            return true;
        }
        var generator = (JsAsyncGenerator)c.Owner;
        generator.CompleteStep(false, value, done: false);
        if (generator.PeekRequest(out mode, out value)) return false;
        c.State = SuspendState.SuspendedYield;
        SaveFrame(ref f, c, sp, op, operand);
        value = JsValue.Undefined;
        return true;
    }

    /// <summary>§27.7.5.3 Await steps 2-9: PromiseResolve(%Promise%, value) and a reaction that resumes
    /// this continuation. False: PromiseResolve threw (the exception is thrown at the `await`).</summary>
    private static bool AwaitValue(ref Frame f, in JsValue value, out JsValue exception)
    {
        var c = f.Suspended!;
        var realm = f.Function.Realm;
        exception = default;
        JsPromise promise;
        try
        {
            promise = Promises.PromiseResolveIntrinsic(realm, value);
        }
        catch (JsException e)
        {
            exception = e.GetValue(realm);
            return false;
        }
        var reaction = c.AwaitReaction ??= new PromiseReaction(realm) { Await = c };
        Promises.PerformPromiseThen(promise, reaction);
        return true;
    }

    /// <summary>A generator / async body returned: complete the generator, resolve the async function's
    /// promise, or complete the async generator's request and drain its queue. Returns what the
    /// caller of the frame receives.</summary>
    private static JsValue CompleteSuspended(ref Frame f, in JsValue value)
    {
        var c = f.Suspended!;
        c.State = SuspendState.Completed;
        c.Window = [];
        switch (c.Kind)
        {
            case ContinuationKind.AsyncFunction:
                Promises.ResolvePromise((JsPromise)c.Owner, value);
                return JsValue.FromObject(c.Owner);
            case ContinuationKind.AsyncGenerator:
            {
                var generator = (JsAsyncGenerator)c.Owner;
                generator.CompleteStep(false, value, done: true);
                generator.DrainQueue();
                return JsValue.Undefined;
            }
            default:
                return value;
        }
    }

    /// <summary>AsyncFail: the handler around an async body (§27.7.5.2 AsyncBlockStart step 3.e, §27.6.3.2
    /// AsyncGeneratorStart step 4.h): reject the promise / the pending request.</summary>
    private static JsValue FailAsync(ref Frame f, in JsValue error)
    {
        var c = f.Suspended!;
        c.State = SuspendState.Completed;
        c.Window = [];
        if (c.Kind == ContinuationKind.AsyncFunction)
        {
            Promises.RejectPromise((JsPromise)c.Owner, error);
            return JsValue.FromObject(c.Owner);
        }
        var generator = (JsAsyncGenerator)c.Owner;
        generator.CompleteStep(true, error, done: true);
        generator.DrainQueue();
        return JsValue.Undefined;
    }

    /// <summary>
    /// Resumes a suspended frame (§27.5.3.3 GeneratorResume, §27.5.3.4 GeneratorResumeAbrupt, the
    /// await continuations of §27.7.5.3): pushes it as an entry frame above everything running,
    /// delivers the completion at the suspension point and runs until it suspends again or ends.
    /// Returns the yielded value or the return value; a throw out of the body propagates.
    /// </summary>
    internal JsValue Resume(Continuation c, in JsValue value, ResumeMode mode)
    {
        CheckNativeStack();
        int savedFrames = frameCount;
        if (frameCount >= MaxFrames) JsException.ThrowRangeError("Maximum call stack size exceeded");
        int bottom = frameCount == 0 ? 0 : FrameAt(frameCount - 1).Fp + FrameAt(frameCount - 1).Code.FrameSize;
        EnsureStack(bottom + c.Frame.Code.FrameSize + 1);
        Array.Copy(c.Window, 0, stack, bottom, c.Count);
        frameChunks[frameCount >> FrameChunkBits] ??= new Frame[1 << FrameChunkBits];
        ref var f = ref FrameAt(frameCount++);
        f = c.Frame;
        f.Fp = bottom;
        f.Sp = bottom + c.Count;
        f.ReturnSp = bottom;
        f.Flags = (f.Flags & ~FrameFlags.Construct) | FrameFlags.Entry;
        c.State = SuspendState.Executing;
        nativeDepth++;
        try
        {
            if (c.ResumeOp == Op.YieldDelegate)
            {
                stack[bottom + c.ResumeOperand + 2] = JsValue.FromNumber((int)mode);
                stack[f.Sp++] = value;
            }
            else if (c.ResumeOp == Op.AwaitDelegate)
            {
                if (mode == ResumeMode.Throw) stack[bottom + c.ResumeOperand + 2] = JsValue.FromNumber((int)ResumeMode.Throw);
                stack[f.Sp++] = value;
            }
            else if (mode == ResumeMode.Throw)
            {
                if (!Unwind(savedFrames, value)) throw new JsException(value) { Propagated = true };
            }
            else if (c.ResumeOp != Op.GeneratorStart)
            {
                stack[f.Sp++] = value;
                if (mode == ResumeMode.Return) f.Pc = c.ResumeOperand;
            }
            return Run(savedFrames);
        }
        catch (Exception e)
        {
            c.State = SuspendState.Completed;
            c.Window = [];
            if (e is not JsException)
            {
                for (int i = savedFrames; i < frameCount; i++) FrameAt(i) = default;
                frameCount = savedFrames;
            }
            throw;
        }
        finally
        {
            nativeDepth--;
        }
    }

    // ------------------------------------------------------------------ yield* (§15.5.5 step 7)

    /// <summary>YieldStarCall: calls the inner iterator's next / throw / return (mode register r+2) with the
    /// received value. False: throw/return mode and the iterator has no such method.</summary>
    private static bool YieldStarCall(JsValue[] s, int r, in JsValue received, out JsValue result)
    {
        var iterator = s[r];
        int mode = (int)s[r + 2].Number;
        if (mode == (int)ResumeMode.Next)
        {
            result = Operations.Call(s[r + 1], iterator, new ReadOnlySpan<JsValue>(in received));
            return true;
        }
        var method = Operations.GetMethod(iterator, mode == (int)ResumeMode.Throw ? "throw" : "return");
        if (method == null)
        {
            result = received;
            return false;
        }
        result = Operations.Call(method, iterator, new ReadOnlySpan<JsValue>(in received));
        return true;
    }

    /// <summary>§7.4.3 GetIterator(obj, async): @@asyncIterator, else an async-from-sync iterator (§27.1.6.1).</summary>
    private static void GetAsyncIterator(Realm realm, in JsValue obj, out JsValue iterator, out JsValue next)
    {
        var method = obj.IsNullish ? null : Operations.GetMethod(realm, obj, JsSymbol.AsyncIterator);
        if (method == null)
        {
            if (!GetIterator(realm, obj, out var syncIterator, out var syncNext, out var exception)) throw new JsException(exception);
            iterator = JsValue.FromObject(new JsAsyncFromSyncIterator(realm, syncIterator, syncNext));
            next = iterator.AsObject().Get("next", iterator);
            return;
        }
        iterator = Operations.Call(method, obj, ReadOnlySpan<JsValue>.Empty);
        if (!iterator.IsObject) JsException.ThrowTypeError("Result of the Symbol.asyncIterator method is not an object");
        next = iterator.AsObject().Get("next", iterator);
    }

    /// <summary>IteratorCloseCall: the first half of §7.4.13 AsyncIteratorClose (the caller awaits the
    /// result and checks it is an object). False: nothing to call.</summary>
    private static bool IteratorCloseCall(JsValue[] s, int r, out JsValue result)
    {
        result = default;
        var iterator = s[r];
        if (!iterator.IsObject) return false;
        s[r] = JsValue.Undefined;
        var method = Operations.GetMethod(iterator, "return");
        if (method == null) return false;
        result = Operations.Call(method, iterator, ReadOnlySpan<JsValue>.Empty);
        return true;
    }
}
