using System;
using Aot.Engine.Compiling;
using Aot.Engine.Objects;

namespace Aot.Engine.Interpreting;

/// <summary>
/// A function made from bytecode (ECMA-262 §10.2 ECMAScript function objects): its code, the cells
/// it captured (flat closure: one cell per captured variable, no environment chain at run time),
/// and its [[HomeObject]] for `super`.
/// </summary>
public sealed class JsClosure : JsFunction
{
    public FunctionCode Code { get; }
    internal readonly Cell[] Cells;
    public JsObject? HomeObject { get; internal set; }
    /// <summary>Arrow functions: the non-arrow function whose `this`, `new.target` and super() they share.</summary>
    internal JsClosure? ThisFunction;

    internal JsClosure(Realm realm, FunctionCode code, Cell[] cells, JsObject? prototype) : base(realm, prototype)
    {
        Code = code;
        Cells = cells;
    }

    public override bool IsConstructor => (Code.Flags & CodeFlags.Constructor) != 0;
    public bool IsClassConstructor => (Code.Flags & CodeFlags.ClassConstructor) != 0;
    public override string DebugName => Code.Name;

    public override JsValue Call(in JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        if (IsClassConstructor)
            JsException.ThrowTypeError($"Class constructor {Code.Name} cannot be invoked without 'new'");
        return Realm.Vm.Invoke(this, thisValue, args, null);
    }

    public override JsValue Construct(ReadOnlySpan<JsValue> args, JsObject newTarget)
    {
        if (!IsConstructor) return base.Construct(args, newTarget);
        return Realm.Vm.Invoke(this, JsValue.Undefined, args, newTarget);
    }
}

[Flags]
internal enum FrameFlags : byte
{
    None = 0,
    /// <summary>[[Construct]]: a non-object return value yields `this`.</summary>
    Construct = 1,
    /// <summary>Entered from native code: returning from it leaves the dispatch loop.</summary>
    Entry = 2,
}

/// <summary>
/// One activation. Registers and the operand stack live in the VM's value stack from
/// <see cref="Fp"/>; the frame itself holds only what the loop needs to resume it. Because a frame
/// is plain data (pc, registers, handler table in the code), a generator can later be a saved
/// copy of it and its register window.
/// </summary>
internal struct Frame
{
    public JsClosure Function;
    public FunctionCode Code;
    /// <summary>Pc - 1 lies inside the current instruction (after a call: the resume pc).</summary>
    public int Pc;
    public int Fp;
    public int Sp;
    /// <summary>Where the caller wants the result (its callee slot).</summary>
    public int ReturnSp;
    public JsValue This;
    public JsValue NewTarget;
    /// <summary>A copy of all arguments, for `arguments` and rest parameters.</summary>
    public JsValue[]? Args;
    public FrameFlags Flags;
    /// <summary>Generator / async bodies: the continuation that owns this activation (see Vm.Suspension.cs).</summary>
    public Continuation? Suspended;
}
