using System;
using Aot.Engine.Compiling;
using Aot.Engine.Objects;

namespace Aot.Engine.Interpreting;

/// <summary>§27.5.3 / §27.6.3 generator states (one enum for generators, async generators and
/// async functions; the last only use Executing and SuspendedYield).</summary>
internal enum SuspendState : byte { SuspendedStart, SuspendedYield, Executing, AwaitingReturn, Completed }

/// <summary>How a suspended frame continues: a value (`next`), an exception at the suspension point
/// (`throw`), or a return completion there (`return`, which runs the enclosing finally blocks).</summary>
internal enum ResumeMode : byte { Next = 0, Throw = 1, Return = 2 }

/// <summary>What a continuation is the body of.</summary>
internal enum ContinuationKind : byte { Generator, AsyncFunction, AsyncGenerator }

/// <summary>
/// A suspended frame: a copy of the <see cref="Frame"/> (pc, function, this, arguments) and its
/// register + operand-stack window, saved by `yield`/`await` and pushed back on top of the value
/// stack by <see cref="Vm.Resume"/>. One per generator object or async-function activation; the
/// window array is allocated once and reused by every later suspension.
/// </summary>
internal sealed class Continuation
{
    public Frame Frame;
    public JsValue[] Window = [];
    public int Count;
    public SuspendState State;
    public ContinuationKind Kind;
    /// <summary>The instruction that suspended (GeneratorStart, Yield, YieldDelegate, Await) and its operand.</summary>
    public Op ResumeOp;
    public int ResumeOperand;
    /// <summary>Sync `yield*` passes the inner iterator's result object through unchanged (§27.5.3.7 GeneratorYield).</summary>
    public bool YieldedRaw;
    /// <summary>The generator object (JsGenerator / JsAsyncGenerator), or the promise of an async function.</summary>
    public JsObject Owner = null!;
    /// <summary>The await reaction, reused by every `await` of this activation (a settled promise drops its reactions).</summary>
    internal Builtins.PromiseReaction? AwaitReaction;
}

/// <summary>A generator object (§27.5): its continuation holds the state and the suspended frame.</summary>
public sealed class JsGenerator : JsObject
{
    internal readonly Continuation Continuation;

    internal JsGenerator(JsObject? prototype, Continuation continuation) : base(prototype) { Continuation = continuation; }

    public override string ClassName => "Generator";
}
