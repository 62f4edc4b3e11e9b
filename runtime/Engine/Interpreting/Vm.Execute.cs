using System;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using Aot.Engine.Compiling;
using Aot.Engine.Objects;

namespace Aot.Engine.Interpreting;

/// <summary>
/// The hot loop. It runs the common instructions on their fast paths only (numbers, cache hits,
/// dense arrays, closure calls and returns) and hands every other instruction, and every fast path
/// that does not apply, to <see cref="Dispatch"/>, which executes exactly that one instruction with
/// its full semantics. Why two loops: the full switch is too large for the JIT to keep pc/sp in
/// registers or to inline its small helpers; this one stays small enough for both, and it writes
/// numbers into the value stack field by field (a null reference needs no GC write barrier).
/// An instruction is deferred before it has any effect, so Dispatch simply runs it from its start.
/// </summary>
public sealed partial class Vm
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Arg(byte[] code, int pc) => Unsafe.ReadUnaligned<int>(ref code[pc + 1]);

    /// <summary>Stores a value without a reference part: no write barrier.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Put(ref JsValue slot, JsTag tag, double number)
    {
        Unsafe.AsRef(in slot.Ref) = null;
        Unsafe.AsRef(in slot.Number) = number;
        Unsafe.AsRef(in slot.Tag) = tag;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void PutBoolean(ref JsValue slot, bool b) => Put(ref slot, JsTag.Boolean, b ? 1 : 0);

    /// <summary>dst = src, field by field when src holds no reference.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Copy(ref JsValue dst, ref JsValue src)
    {
        if (src.Ref == null) Put(ref dst, src.Tag, src.Number);
        else dst = src;
    }

    /// <summary>ECMA-262 §7.1.6 ToInt32 with the truncating instruction inline (a plain cast calls a helper).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int ToInt32Fast(double d)
    {
        int i = Sse2.IsSupported ? Sse2.ConvertToInt32WithTruncation(Vector128.CreateScalarUnsafe(d)) : (int)d;
        return i == d ? i : Operations.DoubleToInt32(d);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private JsValue Execute(int entryFrame)
    {
        ref Frame f = ref FrameAt(frameCount - 1);
        byte[] code;
        JsValue[] s;
        int pc, sp, fp;
        JsValue exception;

    Reload:
        f = ref FrameAt(frameCount - 1);
        code = f.Code.Code;
        s = stack;
        pc = f.Pc;
        sp = f.Sp;
        fp = f.Fp;

        while (true)
        {
            var op = (Op)code[pc];
            switch (op)
            {
                case Op.Nop: pc++; break;
                case Op.Undefined: Put(ref s[sp++], JsTag.Undefined, 0); pc++; break;
                case Op.Null: Put(ref s[sp++], JsTag.Null, 0); pc++; break;
                case Op.True: Put(ref s[sp++], JsTag.Boolean, 1); pc++; break;
                case Op.False: Put(ref s[sp++], JsTag.Boolean, 0); pc++; break;
                case Op.Int: Put(ref s[sp++], JsTag.Number, Arg(code, pc)); pc += 5; break;
                case Op.Const: Copy(ref s[sp++], ref f.Code.Constants[Arg(code, pc)]); pc += 5; break;
                case Op.Pop: sp--; pc++; break;
                case Op.Dup: Copy(ref s[sp], ref s[sp - 1]); sp++; pc++; break;
                case Op.Dup2: Copy(ref s[sp], ref s[sp - 2]); Copy(ref s[sp + 1], ref s[sp - 1]); sp += 2; pc++; break;
                case Op.Over: Copy(ref s[sp], ref s[sp - 2]); sp++; pc++; break;
                case Op.Swap: (s[sp - 1], s[sp - 2]) = (s[sp - 2], s[sp - 1]); pc++; break;

                // ---------------------------------------------------------- registers and cells
                case Op.LoadLocal: Copy(ref s[sp++], ref s[fp + Arg(code, pc)]); pc += 5; break;
                case Op.StoreLocal: Copy(ref s[fp + Arg(code, pc)], ref s[--sp]); pc += 5; break;
                case Op.InitEmpty: Put(ref s[fp + Arg(code, pc)], JsTag.Empty, 0); pc += 5; break;
                case Op.LoadLocalChecked:
                {
                    ref var v = ref s[fp + Arg(code, pc)];
                    if (v.Tag == JsTag.Empty) goto Defer;
                    Copy(ref s[sp++], ref v); pc += 9; break;
                }
                case Op.StoreLocalChecked:
                {
                    ref var v = ref s[fp + Arg(code, pc)];
                    if (v.Tag == JsTag.Empty) goto Defer;
                    Copy(ref v, ref s[--sp]); pc += 9; break;
                }
                case Op.LoadCell: Copy(ref s[sp++], ref Unsafe.As<Cell>(s[fp + Arg(code, pc)].Ref!).Value); pc += 5; break;
                case Op.StoreCell: Copy(ref Unsafe.As<Cell>(s[fp + Arg(code, pc)].Ref!).Value, ref s[--sp]); pc += 5; break;
                case Op.LoadCellChecked:
                {
                    ref var v = ref Unsafe.As<Cell>(s[fp + Arg(code, pc)].Ref!).Value;
                    if (v.Tag == JsTag.Empty) goto Defer;
                    Copy(ref s[sp++], ref v); pc += 9; break;
                }
                case Op.StoreCellChecked:
                {
                    ref var v = ref Unsafe.As<Cell>(s[fp + Arg(code, pc)].Ref!).Value;
                    if (v.Tag == JsTag.Empty) goto Defer;
                    Copy(ref v, ref s[--sp]); pc += 9; break;
                }
                case Op.LoadCapture: Copy(ref s[sp++], ref f.Function.Cells[Arg(code, pc)].Value); pc += 5; break;
                case Op.StoreCapture: Copy(ref f.Function.Cells[Arg(code, pc)].Value, ref s[--sp]); pc += 5; break;
                case Op.LoadCaptureChecked:
                {
                    ref var v = ref f.Function.Cells[Arg(code, pc)].Value;
                    if (v.Tag == JsTag.Empty) goto Defer;
                    Copy(ref s[sp++], ref v); pc += 9; break;
                }
                case Op.StoreCaptureChecked:
                {
                    ref var v = ref f.Function.Cells[Arg(code, pc)].Value;
                    if (v.Tag == JsTag.Empty) goto Defer;
                    Copy(ref v, ref s[--sp]); pc += 9; break;
                }
                case Op.LoadGlobal:
                case Op.LoadGlobalOrUndefined:
                {
                    ref var ic = ref f.Code.Caches[Arg(code, pc + 4)];
                    var realm = f.Function.Realm;
                    var global = realm.GlobalObject;
                    if (!ReferenceEquals(global.shape, ic.Shape) || ic.Version != realm.GlobalLexicalVersion) goto Defer;
                    Copy(ref s[sp++], ref global.slots[ic.Slot]); pc += 9; break;
                }
                case Op.StoreGlobal:
                {
                    ref var ic = ref f.Code.Caches[Arg(code, pc + 4)];
                    var realm = f.Function.Realm;
                    var global = realm.GlobalObject;
                    if (!ReferenceEquals(global.shape, ic.Shape) || ic.Version != realm.GlobalLexicalVersion) goto Defer;
                    Copy(ref global.slots[ic.Slot], ref s[--sp]); pc += 9; break;
                }
                case Op.LoadThis: Copy(ref s[sp++], ref f.This); pc++; break;
                case Op.LoadThisChecked:
                    if (f.This.Tag == JsTag.Empty) goto Defer;
                    Copy(ref s[sp++], ref f.This); pc++; break;

                // ---------------------------------------------------------- properties
                case Op.GetProp:
                {
                    ref var top = ref s[sp - 1];
                    if (top.Tag != JsTag.Object)
                    {
                        if (top.Tag == JsTag.String && f.Code.Names[Arg(code, pc)].Equals(JsArray.LengthKey))
                        {
                            Put(ref top, JsTag.Number, top.StringLength); pc += 9; break;
                        }
                        goto Defer;
                    }
                    var o = Unsafe.As<JsObject>(top.Ref!);
                    ref var ic = ref f.Code.Caches[Arg(code, pc + 4)];
                    if (ReferenceEquals(o.shape, ic.Shape)) { Copy(ref top, ref o.slots[ic.Slot]); pc += 9; break; }
                    var holder = ProbeEntries(o, ref ic, out int slot, out bool accessor);
                    if (holder == null)
                    {
                        if (o.GetType() == typeof(JsArray) && f.Code.Names[Arg(code, pc)].Equals(JsArray.LengthKey))
                        {
                            Put(ref top, JsTag.Number, Unsafe.As<JsArray>(o).length); pc += 9; break;
                        }
                        goto Defer;
                    }
                    if (!accessor) { Copy(ref top, ref holder.slots[slot]); pc += 9; break; }
                    // A getter written in JS: its frame returns the value into this slot.
                    if (Unsafe.As<Accessor>(holder.slots[slot].Ref!).Getter is not JsClosure getter || (getter.Code.Flags & CodeFlags.ClassConstructor) != 0) goto Defer;
                    pc += 9;
                    f.Pc = pc;
                    f.Sp = sp - 1;
                    if (!PushFrame(getter, sp, 0, JsValue.FromObject(o), JsValue.Undefined, FrameFlags.None, sp - 1, out exception)) goto Throw;
                    goto Reload;
                }
                case Op.GetMethod:
                {
                    ref var top = ref s[sp - 1];
                    if (top.Tag != JsTag.Object) goto Defer;
                    var o = Unsafe.As<JsObject>(top.Ref!);
                    ref var ic = ref f.Code.Caches[Arg(code, pc + 4)];
                    JsObject? holder;
                    int slot;
                    if (ReferenceEquals(o.shape, ic.Shape)) { holder = o; slot = ic.Slot; }
                    else
                    {
                        holder = ProbeEntries(o, ref ic, out slot, out bool accessor);
                        if (holder == null || accessor) goto Defer;
                    }
                    s[sp] = top;
                    Copy(ref top, ref holder.slots[slot]);
                    sp++; pc += 9; break;
                }
                case Op.SetProp:
                {
                    ref var target = ref s[sp - 2];
                    if (target.Tag != JsTag.Object) goto Defer;
                    var o = Unsafe.As<JsObject>(target.Ref!);
                    ref var ic = ref f.Code.Caches[Arg(code, pc + 4)];
                    ref var value = ref s[sp - 1];
                    if (ReferenceEquals(o.shape, ic.Shape)) Copy(ref o.slots[ic.Slot], ref value);
                    else if (!TrySetThroughEntries(o, ref ic, value)) goto Defer;
                    Copy(ref target, ref value);
                    sp--; pc += 9; break;
                }
                case Op.GetElem:
                {
                    ref var target = ref s[sp - 2];
                    ref var key = ref s[sp - 1];
                    if (key.Tag != JsTag.Number) goto Defer;
                    double d = key.Number;
                    int index = ToInt32Fast(d);
                    if (index < 0 || index != d) goto Defer;
                    if (target.Tag == JsTag.Object && target.Ref!.GetType() == typeof(JsArray))
                    {
                        var array = Unsafe.As<JsArray>(target.Ref);
                        var dense = array.dense;
                        if (dense == null || (uint)index >= array.length || (uint)index >= (uint)dense.Length) goto Defer;
                        ref var item = ref dense[index];
                        if (item.Tag == JsTag.Empty) goto Defer;
                        Copy(ref target, ref item);
                    }
                    else if (target.Tag == JsTag.String)
                    {
                        string str = target.AsString();
                        if ((uint)index >= (uint)str.Length) goto Defer;
                        target = JsValue.FromString(CharToString(str[index]));
                    }
                    else goto Defer;
                    sp--; pc++; break;
                }
                case Op.SetElem:
                {
                    ref var target = ref s[sp - 3];
                    ref var key = ref s[sp - 2];
                    if (key.Tag != JsTag.Number || target.Tag != JsTag.Object || target.Ref!.GetType() != typeof(JsArray)) goto Defer;
                    double d = key.Number;
                    int index = ToInt32Fast(d);
                    if (index < 0 || index != d) goto Defer;
                    var array = Unsafe.As<JsArray>(target.Ref);
                    ref var value = ref s[sp - 1];
                    var dense = array.dense;
                    if (dense != null && (uint)index < array.length && (uint)index < (uint)dense.Length && dense[index].Tag != JsTag.Empty)
                        Copy(ref dense[index], ref value);
                    else if ((uint)index != array.length || !PrototypesHaveNoElements(array) || !array.TryAppendDense(value)) goto Defer;
                    Copy(ref target, ref value);
                    sp -= 2; pc++; break;
                }

                // ---------------------------------------------------------- operators
                case Op.Add:
                {
                    ref var a = ref s[sp - 2];
                    ref var b = ref s[sp - 1];
                    if (a.Tag == JsTag.Number && b.Tag == JsTag.Number) Put(ref a, JsTag.Number, a.Number + b.Number);
                    // Strings concatenate into ropes; past the length limit Dispatch throws the RangeError (with pc synced).
                    else if (a.Tag == JsTag.String && b.Tag == JsTag.String && (long)JsRope.LengthOf(a.Ref!) + JsRope.LengthOf(b.Ref!) <= JsRope.MaxStringLength)
                        a = JsRope.Concat(a.Ref!, b.Ref!);
                    else goto Defer;
                    sp--; pc++; break;
                }
                case Op.Sub:
                {
                    ref var a = ref s[sp - 2];
                    ref var b = ref s[sp - 1];
                    if (a.Tag != JsTag.Number || b.Tag != JsTag.Number) goto Defer;
                    Put(ref a, JsTag.Number, a.Number - b.Number);
                    sp--; pc++; break;
                }
                case Op.Mul:
                {
                    ref var a = ref s[sp - 2];
                    ref var b = ref s[sp - 1];
                    if (a.Tag != JsTag.Number || b.Tag != JsTag.Number) goto Defer;
                    Put(ref a, JsTag.Number, a.Number * b.Number);
                    sp--; pc++; break;
                }
                case Op.Div:
                {
                    ref var a = ref s[sp - 2];
                    ref var b = ref s[sp - 1];
                    if (a.Tag != JsTag.Number || b.Tag != JsTag.Number) goto Defer;
                    Put(ref a, JsTag.Number, a.Number / b.Number);
                    sp--; pc++; break;
                }
                case Op.Mod:
                {
                    ref var a = ref s[sp - 2];
                    ref var b = ref s[sp - 1];
                    if (a.Tag != JsTag.Number || b.Tag != JsTag.Number) goto Defer;
                    Put(ref a, JsTag.Number, Modulo(a.Number, b.Number));
                    sp--; pc++; break;
                }
                case Op.BitAnd:
                {
                    ref var a = ref s[sp - 2];
                    ref var b = ref s[sp - 1];
                    if (a.Tag != JsTag.Number || b.Tag != JsTag.Number) goto Defer;
                    Put(ref a, JsTag.Number, ToInt32Fast(a.Number) & ToInt32Fast(b.Number));
                    sp--; pc++; break;
                }
                case Op.BitOr:
                {
                    ref var a = ref s[sp - 2];
                    ref var b = ref s[sp - 1];
                    if (a.Tag != JsTag.Number || b.Tag != JsTag.Number) goto Defer;
                    Put(ref a, JsTag.Number, ToInt32Fast(a.Number) | ToInt32Fast(b.Number));
                    sp--; pc++; break;
                }
                case Op.BitXor:
                {
                    ref var a = ref s[sp - 2];
                    ref var b = ref s[sp - 1];
                    if (a.Tag != JsTag.Number || b.Tag != JsTag.Number) goto Defer;
                    Put(ref a, JsTag.Number, ToInt32Fast(a.Number) ^ ToInt32Fast(b.Number));
                    sp--; pc++; break;
                }
                case Op.Shl:
                {
                    ref var a = ref s[sp - 2];
                    ref var b = ref s[sp - 1];
                    if (a.Tag != JsTag.Number || b.Tag != JsTag.Number) goto Defer;
                    Put(ref a, JsTag.Number, ToInt32Fast(a.Number) << (ToInt32Fast(b.Number) & 31));
                    sp--; pc++; break;
                }
                case Op.Shr:
                {
                    ref var a = ref s[sp - 2];
                    ref var b = ref s[sp - 1];
                    if (a.Tag != JsTag.Number || b.Tag != JsTag.Number) goto Defer;
                    Put(ref a, JsTag.Number, ToInt32Fast(a.Number) >> (ToInt32Fast(b.Number) & 31));
                    sp--; pc++; break;
                }
                case Op.UShr:
                {
                    ref var a = ref s[sp - 2];
                    ref var b = ref s[sp - 1];
                    if (a.Tag != JsTag.Number || b.Tag != JsTag.Number) goto Defer;
                    Put(ref a, JsTag.Number, (uint)ToInt32Fast(a.Number) >> (ToInt32Fast(b.Number) & 31));
                    sp--; pc++; break;
                }
                case Op.StrictEq:
                case Op.StrictNe:
                {
                    ref var a = ref s[sp - 2];
                    ref var b = ref s[sp - 1];
                    bool eq = a.Tag == JsTag.Number && b.Tag == JsTag.Number ? a.Number == b.Number : Operations.IsStrictlyEqual(a, b);
                    PutBoolean(ref a, eq == (op == Op.StrictEq));
                    sp--; pc++; break;
                }
                case Op.Lt:
                {
                    ref var a = ref s[sp - 2];
                    ref var b = ref s[sp - 1];
                    if (a.Tag != JsTag.Number || b.Tag != JsTag.Number) goto Defer;
                    PutBoolean(ref a, a.Number < b.Number);
                    sp--; pc++; break;
                }
                case Op.Le:
                {
                    ref var a = ref s[sp - 2];
                    ref var b = ref s[sp - 1];
                    if (a.Tag != JsTag.Number || b.Tag != JsTag.Number) goto Defer;
                    PutBoolean(ref a, a.Number <= b.Number);
                    sp--; pc++; break;
                }
                case Op.Gt:
                {
                    ref var a = ref s[sp - 2];
                    ref var b = ref s[sp - 1];
                    if (a.Tag != JsTag.Number || b.Tag != JsTag.Number) goto Defer;
                    PutBoolean(ref a, a.Number > b.Number);
                    sp--; pc++; break;
                }
                case Op.Ge:
                {
                    ref var a = ref s[sp - 2];
                    ref var b = ref s[sp - 1];
                    if (a.Tag != JsTag.Number || b.Tag != JsTag.Number) goto Defer;
                    PutBoolean(ref a, a.Number >= b.Number);
                    sp--; pc++; break;
                }
                case Op.Neg:
                {
                    ref var a = ref s[sp - 1];
                    if (a.Tag != JsTag.Number) goto Defer;
                    Put(ref a, JsTag.Number, -a.Number);
                    pc++; break;
                }
                case Op.Inc:
                case Op.Dec:
                {
                    ref var a = ref s[sp - 1];
                    if (a.Tag != JsTag.Number) goto Defer;
                    Put(ref a, JsTag.Number, op == Op.Inc ? a.Number + 1 : a.Number - 1);
                    pc++; break;
                }
                case Op.Plus:
                case Op.ToNumeric:
                    if (s[sp - 1].Tag != JsTag.Number) goto Defer;
                    pc++; break;
                case Op.ToPropertyKey:
                    if (s[sp - 1].Tag is not (JsTag.String or JsTag.Number or JsTag.Symbol)) goto Defer;
                    pc++; break;
                case Op.Not:
                {
                    ref var a = ref s[sp - 1];
                    PutBoolean(ref a, !(a.Tag == JsTag.Boolean ? a.Number != 0 : Operations.ToBoolean(a)));
                    pc++; break;
                }

                // ---------------------------------------------------------- control flow
                case Op.Jump:
                {
                    int target = Arg(code, pc);
                    // `<=`: pc is at the opcode here, so `for (;;) {}` jumps to itself.
                    if (target <= pc && (--InstructionBudget < 0 || InterruptRequested)) { f.Pc = pc + 1; f.Sp = sp; CheckInterrupt(); }
                    pc = target;
                    break;
                }
                case Op.JumpIfFalse:
                {
                    ref var v = ref s[--sp];
                    bool truthy = v.Tag == JsTag.Boolean ? v.Number != 0 : Operations.ToBoolean(v);
                    int next = truthy ? pc + 5 : Arg(code, pc);
                    // A backward conditional jump (`do … while (x)`) is a loop edge too.
                    if (next <= pc && (--InstructionBudget < 0 || InterruptRequested)) { f.Pc = pc + 1; f.Sp = sp; CheckInterrupt(); }
                    pc = next;
                    break;
                }
                case Op.JumpIfTrue:
                {
                    ref var v = ref s[--sp];
                    bool truthy = v.Tag == JsTag.Boolean ? v.Number != 0 : Operations.ToBoolean(v);
                    int next = truthy ? Arg(code, pc) : pc + 5;
                    if (next <= pc && (--InstructionBudget < 0 || InterruptRequested)) { f.Pc = pc + 1; f.Sp = sp; CheckInterrupt(); }
                    pc = next;
                    break;
                }
                case Op.JumpIfFalseOrPop:
                    if (!Operations.ToBoolean(s[sp - 1])) pc = Arg(code, pc);
                    else { sp--; pc += 5; }
                    break;
                case Op.JumpIfTrueOrPop:
                    if (Operations.ToBoolean(s[sp - 1])) pc = Arg(code, pc);
                    else { sp--; pc += 5; }
                    break;
                case Op.JumpIfNotNullishOrPop:
                    if (!s[sp - 1].IsNullish) pc = Arg(code, pc);
                    else { sp--; pc += 5; }
                    break;
                case Op.JumpIfNotUndefined:
                    pc = s[--sp].IsUndefined ? pc + 5 : Arg(code, pc);
                    break;
                case Op.JumpIfNullishUndefined:
                    if (s[sp - 1].IsNullish) { Put(ref s[sp - 1], JsTag.Undefined, 0); pc = Arg(code, pc); }
                    else pc += 5;
                    break;

                // ---------------------------------------------------------- calls
                case Op.Call:
                case Op.New:
                {
                    int argc = Arg(code, pc);
                    int calleeAt = sp - argc - 2;
                    var callee = s[calleeAt].Ref;
                    if (s[calleeAt].Tag != JsTag.Object) goto Defer;
                    bool construct = op == Op.New;
                    if (callee is JsClosure closure)
                    {
                        var flags = closure.Code.Flags;
                        if (!construct && (flags & CodeFlags.ClassConstructor) == 0)
                        {
                            f.Pc = pc + 5;
                            f.Sp = calleeAt;
                            if (!PushFrame(closure, calleeAt + 2, argc, s[calleeAt + 1], JsValue.Undefined, FrameFlags.None, calleeAt, out exception)) goto Throw;
                            goto Reload;
                        }
                        if (construct && (flags & CodeFlags.Constructor) != 0)
                        {
                            f.Pc = pc + 5;
                            var newTarget = s[calleeAt + 1].AsObject();
                            var thisValue = ConstructThis(closure, newTarget);
                            f.Sp = calleeAt;
                            if (!PushFrame(closure, calleeAt + 2, argc, thisValue, JsValue.FromObject(newTarget), FrameFlags.Construct, calleeAt, out exception)) goto Throw;
                            goto Reload;
                        }
                        goto Defer;
                    }
                    // Built-ins: called from here (errors thrown by them unwind through Run).
                    pc += 5;
                    f.Pc = pc;
                    if (--InstructionBudget < 0 || InterruptRequested) CheckInterrupt();
                    if (!CallNonClosure(f.Function.Realm, s[calleeAt], s[calleeAt + 1], new ReadOnlySpan<JsValue>(s, calleeAt + 2, argc), construct, out var result, out exception)) goto Throw;
                    s = stack;
                    s[calleeAt] = result;
                    sp = calleeAt + 1;
                    break;
                }
                case Op.Return:
                case Op.ReturnUndefined:
                {
                    if (f.Suspended != null) goto Defer;
                    var flags = f.Flags;
                    JsValue result = op == Op.Return ? s[sp - 1] : default;
                    if ((flags & FrameFlags.Construct) != 0 && result.Tag != JsTag.Object)
                    {
                        // Derived constructors: only undefined becomes `this`, once super() has bound it.
                        if ((f.Code.Flags & CodeFlags.Derived) != 0 && (result.Tag != JsTag.Undefined || f.This.Tag == JsTag.Empty)) goto Defer;
                        result = f.This;
                    }
                    int returnSp = f.ReturnSp;
                    f = default;
                    frameCount--;
                    if ((flags & FrameFlags.Entry) != 0) return result;
                    stack[returnSp] = result;
                    FrameAt(frameCount - 1).Sp = returnSp + 1;
                    goto Reload;
                }

                // ---------------------------------------------------------- literals
                case Op.NewObject: s[sp++] = JsValue.FromObject(new JsObject(f.Function.Realm.ObjectPrototype)); pc++; break;
                case Op.NewArray:
                {
                    int n = Arg(code, pc);
                    var values = new JsValue[Math.Max(n, 4)];
                    Array.Copy(s, sp - n, values, 0, n);
                    sp -= n;
                    s[sp++] = JsValue.FromObject(new JsArray(f.Function.Realm.ArrayPrototype, values, n));
                    pc += 5; break;
                }

                default:
                    goto Defer;
            }
        }

    Defer:
        f.Pc = pc;
        f.Sp = sp;
        {
            var result = Dispatch(entryFrame, out bool done);
            if (done) return result;
        }
        goto Reload;

    Throw:
        if (Unwind(entryFrame, exception)) goto Reload;
        throw new JsException(exception);
    }

    /// <summary>JS % on numbers (ECMA-262 §6.1.6.1.6): exact integers take the integer path.</summary>
    private const double MaxSafeInteger = 9007199254740991;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double Modulo(double x, double y)
    {
        // x > 0 keeps -0 % y = -0 on the double path.
        if (x > 0 && y > 0 && x <= MaxSafeInteger && y <= MaxSafeInteger && Sse2.X64.IsSupported)
        {
            long xi = Sse2.X64.ConvertToInt64WithTruncation(Vector128.CreateScalarUnsafe(x));
            long yi = Sse2.X64.ConvertToInt64WithTruncation(Vector128.CreateScalarUnsafe(y));
            if (xi == x && yi == y) return xi <= int.MaxValue && yi <= int.MaxValue ? (int)xi % (int)yi : xi % yi;
        }
        return x % y;
    }
}
