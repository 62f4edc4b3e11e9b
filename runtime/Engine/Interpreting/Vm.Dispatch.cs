using System;
using System.Runtime.CompilerServices;
using Aot.Engine.Compiling;
using Aot.Engine.Objects;

namespace Aot.Engine.Interpreting;

public sealed partial class Vm
{
    private static readonly JsValue TypeofUndefined = "undefined", TypeofObject = "object", TypeofBoolean = "boolean",
        TypeofNumber = "number", TypeofString = "string", TypeofSymbol = "symbol", TypeofBigInt = "bigint", TypeofFunction = "function";

    /// <summary>Runs until the frame at index <paramref name="entryFrame"/> returns. Exceptions raised by
    /// native code arrive as <see cref="JsException"/> and continue through the handler tables here.</summary>
    private JsValue Run(int entryFrame)
    {
        while (true)
        {
            try
            {
                return Execute(entryFrame);
            }
            catch (JsException e)
            {
                if (frameCount <= entryFrame) throw; // already unwound past our entry frame
                var value = e.GetValue(FrameAt(frameCount - 1).Function.Realm);
                if (!e.Propagated) RecordThrowSite(value);
                e.Propagated = true;
                if (!Unwind(entryFrame, value)) throw;
            }
        }
    }

    /// <summary>Finds a handler for <paramref name="exception"/> in the frames above and including
    /// <paramref name="entryFrame"/>, popping frames without one. False: the entry frame was popped too.</summary>
    private bool Unwind(int entryFrame, in JsValue exception)
    {
        while (frameCount > entryFrame)
        {
            ref var f = ref FrameAt(frameCount - 1);
            int pc = f.Pc - 1;
            foreach (var h in f.Code.Handlers)
            {
                if (pc >= h.Start && pc < h.End)
                {
                    f.Pc = h.Handler;
                    int sp = f.Fp + f.Code.RegisterCount;
                    stack[sp] = exception;
                    f.Sp = sp + 1;
                    return true;
                }
            }
            f = default;
            frameCount--;
        }
        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Operand(byte[] code, int pc) => Unsafe.ReadUnaligned<int>(ref code[pc]);

    /// <summary>Executes the one instruction at the current frame's pc (every instruction the hot loop in
    /// Vm.Execute.cs leaves to it). <paramref name="finished"/>: the entry frame returned this value.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private JsValue Dispatch(int entryFrame, out bool finished)
    {
        finished = true;
        bool stepped = false;
        ref Frame f = ref FrameAt(frameCount - 1);
        FunctionCode fc;
        byte[] code;
        JsValue[] s;
        Realm realm;
        int pc, sp, fp;
        JsValue exception = default;
        JsValue value;

    Reload:
        f = ref FrameAt(frameCount - 1);
        fc = f.Code;
        code = fc.Code;
        s = stack;
        realm = f.Function.Realm;
        pc = f.Pc;
        sp = f.Sp;
        fp = f.Fp;

        while (true)
        {
            if (stepped) { f.Pc = pc; f.Sp = sp; finished = false; return default; }
            stepped = true;
            var op = (Op)code[pc++];
            f.Pc = pc;
            switch (op)
            {
                case Op.Nop: break;
                case Op.Undefined: s[sp++] = JsValue.Undefined; break;
                case Op.Null: s[sp++] = JsValue.Null; break;
                case Op.True: s[sp++] = JsValue.True; break;
                case Op.False: s[sp++] = JsValue.False; break;
                case Op.Int: s[sp++] = JsValue.FromNumber(Operand(code, pc)); pc += 4; break;
                case Op.Const: s[sp++] = fc.Constants[Operand(code, pc)]; pc += 4; break;
                case Op.Pop: sp--; break;
                case Op.Dup: s[sp] = s[sp - 1]; sp++; break;
                case Op.Dup2: s[sp] = s[sp - 2]; s[sp + 1] = s[sp - 1]; sp += 2; break;
                case Op.Swap: (s[sp - 1], s[sp - 2]) = (s[sp - 2], s[sp - 1]); break;
                case Op.Over: s[sp] = s[sp - 2]; sp++; break;

                // ---------------------------------------------------------- registers and cells
                case Op.LoadLocal: s[sp++] = s[fp + Operand(code, pc)]; pc += 4; break;
                case Op.StoreLocal: s[fp + Operand(code, pc)] = s[--sp]; pc += 4; break;
                case Op.LoadLocalChecked:
                    value = s[fp + Operand(code, pc)];
                    if (value.IsEmpty) { exception = TdzError(realm, fc, Operand(code, pc + 4)); goto Throw; }
                    s[sp++] = value; pc += 8; break;
                case Op.StoreLocalChecked:
                    if (s[fp + Operand(code, pc)].IsEmpty) { exception = TdzError(realm, fc, Operand(code, pc + 4)); goto Throw; }
                    s[fp + Operand(code, pc)] = s[--sp]; pc += 8; break;
                case Op.InitEmpty: s[fp + Operand(code, pc)] = JsValue.Empty; pc += 4; break;
                case Op.NewCell: s[fp + Operand(code, pc)] = JsValue.FromInternal(new Cell(JsValue.Empty)); pc += 4; break;
                case Op.CopyCell:
                {
                    ref var slot = ref s[fp + Operand(code, pc)];
                    slot = JsValue.FromInternal(new Cell(Unsafe.As<Cell>(slot.Ref!).Value));
                    pc += 4; break;
                }
                case Op.BoxLocal:
                {
                    ref var slot = ref s[fp + Operand(code, pc)];
                    slot = JsValue.FromInternal(new Cell(slot));
                    pc += 4; break;
                }
                case Op.LoadCell: s[sp++] = Unsafe.As<Cell>(s[fp + Operand(code, pc)].Ref!).Value; pc += 4; break;
                case Op.StoreCell: Unsafe.As<Cell>(s[fp + Operand(code, pc)].Ref!).Value = s[--sp]; pc += 4; break;
                case Op.LoadCellChecked:
                    value = Unsafe.As<Cell>(s[fp + Operand(code, pc)].Ref!).Value;
                    if (value.IsEmpty) { exception = TdzError(realm, fc, Operand(code, pc + 4)); goto Throw; }
                    s[sp++] = value; pc += 8; break;
                case Op.StoreCellChecked:
                {
                    var cell = Unsafe.As<Cell>(s[fp + Operand(code, pc)].Ref!);
                    if (cell.Value.IsEmpty) { exception = TdzError(realm, fc, Operand(code, pc + 4)); goto Throw; }
                    cell.Value = s[--sp]; pc += 8; break;
                }
                case Op.LoadCapture: s[sp++] = f.Function.Cells[Operand(code, pc)].Value; pc += 4; break;
                case Op.StoreCapture: f.Function.Cells[Operand(code, pc)].Value = s[--sp]; pc += 4; break;
                case Op.LoadCaptureChecked:
                    value = f.Function.Cells[Operand(code, pc)].Value;
                    if (value.IsEmpty) { exception = TdzError(realm, fc, Operand(code, pc + 4)); goto Throw; }
                    s[sp++] = value; pc += 8; break;
                case Op.StoreCaptureChecked:
                {
                    var cell = f.Function.Cells[Operand(code, pc)];
                    if (cell.Value.IsEmpty) { exception = TdzError(realm, fc, Operand(code, pc + 4)); goto Throw; }
                    cell.Value = s[--sp]; pc += 8; break;
                }

                // ---------------------------------------------------------- globals
                case Op.LoadGlobal:
                case Op.LoadGlobalOrUndefined:
                {
                    ref var ic = ref fc.Caches[Operand(code, pc + 4)];
                    var global = realm.GlobalObject;
                    if (ReferenceEquals(global.shape, ic.Shape) && ic.Version == realm.GlobalLexicalVersion)
                    {
                        s[sp++] = global.slots[ic.Slot];
                        pc += 8; break;
                    }
                    if (!LoadGlobalSlow(realm, fc.Names[Operand(code, pc)], ref ic, op == Op.LoadGlobalOrUndefined, out value, out exception)) goto Throw;
                    s[sp++] = value; pc += 8; break;
                }
                case Op.StoreGlobal:
                {
                    ref var ic = ref fc.Caches[Operand(code, pc + 4)];
                    var global = realm.GlobalObject;
                    value = s[--sp];
                    if (ReferenceEquals(global.shape, ic.Shape) && ic.Version == realm.GlobalLexicalVersion)
                    {
                        global.slots[ic.Slot] = value;
                        pc += 8; break;
                    }
                    if (!StoreGlobalSlow(realm, fc, fc.Names[Operand(code, pc)], ref ic, value, out exception)) goto Throw;
                    pc += 8; break;
                }
                case Op.ThrowConstAssign:
                    exception = realm.CreateErrorValue(ErrorKind.TypeError, "Assignment to constant variable.");
                    goto Throw;

                // ---------------------------------------------------------- function context
                case Op.LoadThis: s[sp++] = f.This; break;
                case Op.LoadThisChecked:
                    if (f.This.IsEmpty) { exception = realm.CreateErrorValue(ErrorKind.ReferenceError, ThisBeforeSuper); goto Throw; }
                    s[sp++] = f.This; break;
                case Op.LoadCallee: s[sp++] = JsValue.FromObject(f.Function); break;
                case Op.LoadNewTarget: s[sp++] = f.NewTarget; break;
                case Op.CreateArguments: s[sp++] = JsValue.FromObject(CreateArgumentsObject(ref f)); break;
                case Op.CreateRest:
                {
                    int from = Operand(code, pc); pc += 4;
                    var args = f.Args!;
                    var rest = from < args.Length ? args.AsSpan(from) : ReadOnlySpan<JsValue>.Empty;
                    s[sp++] = JsValue.FromObject(Operations.CreateArrayFromList(realm, rest));
                    break;
                }

                // ---------------------------------------------------------- properties
                case Op.GetProp:
                {
                    var obj = s[sp - 1];
                    if (obj.Tag == JsTag.Object)
                    {
                        var o = obj.AsObject();
                        ref var ic = ref fc.Caches[Operand(code, pc + 4)];
                        if (ReferenceEquals(o.shape, ic.Shape)) { s[sp - 1] = o.slots[ic.Slot]; pc += 8; break; }
                        value = GetPropertyCached(o, fc.Names[Operand(code, pc)], ref ic);
                        s = stack;
                        s[sp - 1] = value;
                        pc += 8; break;
                    }
                    if (obj.IsNullish) { exception = ReadOfNullish(realm, obj, fc.Names[Operand(code, pc)]); goto Throw; }
                    value = Operations.GetV(realm, obj, fc.Names[Operand(code, pc)]);
                    s = stack;
                    s[sp - 1] = value;
                    pc += 8; break;
                }
                case Op.GetMethod:
                {
                    var obj = s[sp - 1];
                    if (obj.Tag == JsTag.Object)
                    {
                        var o = obj.AsObject();
                        ref var ic = ref fc.Caches[Operand(code, pc + 4)];
                        value = ReferenceEquals(o.shape, ic.Shape) ? o.slots[ic.Slot] : GetPropertyCached(o, fc.Names[Operand(code, pc)], ref ic);
                    }
                    else if (obj.IsNullish) { exception = ReadOfNullish(realm, obj, fc.Names[Operand(code, pc)]); goto Throw; }
                    else value = Operations.GetV(realm, obj, fc.Names[Operand(code, pc)]);
                    s = stack;
                    s[sp - 1] = value;
                    s[sp++] = obj;
                    pc += 8; break;
                }
                case Op.SetProp:
                {
                    var obj = s[sp - 2];
                    value = s[sp - 1];
                    if (obj.Tag == JsTag.Object)
                    {
                        var o = obj.AsObject();
                        ref var ic = ref fc.Caches[Operand(code, pc + 4)];
                        if (ReferenceEquals(o.shape, ic.Shape)) o.slots[ic.Slot] = value;
                        else if (!SetPropertyCached(o, fc.Names[Operand(code, pc)], value, ref ic) && fc.IsStrict)
                        { exception = ReadOnlyError(realm, fc.Names[Operand(code, pc)], obj); goto Throw; }
                    }
                    else if (!SetOnPrimitive(realm, fc, obj, fc.Names[Operand(code, pc)], value, out exception)) goto Throw;
                    s = stack;
                    s[sp - 2] = value;
                    sp--;
                    pc += 8; break;
                }
                case Op.GetElem:
                {
                    var obj = s[sp - 2];
                    var key = s[sp - 1];
                    if (obj.Ref is JsArray array && key.IsNumber && obj.IsObject)
                    {
                        double d = key.Number;
                        uint index = (uint)d;
                        if (index == d && array.TryGetDense(index, out value)) { s[sp - 2] = value; sp--; break; }
                    }
                    else if (obj.IsString && key.IsNumber)
                    {
                        string str = obj.AsString();
                        double d = key.Number;
                        uint index = (uint)d;
                        if (index == d && index < (uint)str.Length) { s[sp - 2] = JsValue.FromString(CharToString(str[(int)index])); sp--; break; }
                    }
                    else if (obj.Ref is Builtins.JsTypedArray typed && key.IsNumber && obj.IsObject)
                    {
                        double d = key.Number;
                        uint index = (uint)d;
                        if (index == d && typed.TryGetElementFast(index, out value)) { s[sp - 2] = value; sp--; break; }
                    }
                    if (obj.IsNullish) { exception = ReadOfNullish(realm, obj, Operations.ToPropertyKey(key)); goto Throw; }
                    value = Operations.GetV(realm, obj, Operations.ToPropertyKey(key));
                    s = stack;
                    s[sp - 2] = value;
                    sp--;
                    break;
                }
                case Op.GetMethodElem:
                {
                    var obj = s[sp - 2];
                    if (obj.IsNullish) { exception = ReadOfNullish(realm, obj, Operations.ToPropertyKey(s[sp - 1])); goto Throw; }
                    value = Operations.GetV(realm, obj, Operations.ToPropertyKey(s[sp - 1]));
                    s = stack;
                    s[sp - 2] = value;
                    s[sp - 1] = obj;
                    break;
                }
                case Op.SetElem:
                {
                    var obj = s[sp - 3];
                    var key = s[sp - 2];
                    value = s[sp - 1];
                    if (obj.Ref is JsArray array && key.IsNumber && obj.IsObject)
                    {
                        double d = key.Number;
                        uint index = (uint)d;
                        if (index == d && (array.TrySetDense(index, value) || (index == array.length && PrototypesHaveNoElements(array) && array.TryAppendDense(value))))
                        {
                            s[sp - 3] = value; sp -= 2; break;
                        }
                    }
                    else if (obj.Ref is Builtins.JsTypedArray typed && key.IsNumber && value.IsNumber && obj.IsObject)
                    {
                        double d = key.Number;
                        uint index = (uint)d;
                        if (index == d && typed.TrySetElementFast(index, value)) { s[sp - 3] = value; sp -= 2; break; }
                    }
                    if (obj.IsObject)
                    {
                        var pk = Operations.ToPropertyKey(key);
                        if (!obj.AsObject().Set(pk, value, obj) && fc.IsStrict) { exception = ReadOnlyError(realm, pk, obj); goto Throw; }
                    }
                    else if (!SetOnPrimitive(realm, fc, obj, Operations.ToPropertyKey(key), value, out exception)) goto Throw;
                    s = stack;
                    s[sp - 3] = value;
                    sp -= 2;
                    break;
                }
                case Op.DeleteProp:
                case Op.DeleteElem:
                {
                    int objAt = op == Op.DeleteProp ? sp - 1 : sp - 2;
                    var obj = s[objAt];
                    var key = op == Op.DeleteProp ? fc.Names[Operand(code, pc)] : Operations.ToPropertyKey(s[sp - 1]);
                    if (op == Op.DeleteProp) pc += 4;
                    if (obj.IsNullish) { exception = realm.CreateErrorValue(ErrorKind.TypeError, $"Cannot convert {obj} to object"); goto Throw; }
                    bool deleted = Operations.ToObject(realm, obj).Delete(key);
                    if (!deleted && fc.IsStrict) { exception = realm.CreateErrorValue(ErrorKind.TypeError, $"Cannot delete property '{key}' of {Operations.DescribeForError(obj)}"); goto Throw; }
                    s = stack;
                    s[objAt] = JsValue.FromBoolean(deleted);
                    sp = objAt + 1;
                    break;
                }
                case Op.GetSuper:
                case Op.GetSuperElem:
                {
                    int thisAt = op == Op.GetSuper ? sp - 1 : sp - 2;
                    var key = op == Op.GetSuper ? fc.Names[Operand(code, pc)] : Operations.ToPropertyKey(s[sp - 1]);
                    if (op == Op.GetSuper) pc += 4;
                    var home = f.Function.HomeObject?.GetPrototypeOf();
                    if (home == null) { exception = realm.CreateErrorValue(ErrorKind.TypeError, $"Cannot read properties of null (reading '{key}')"); goto Throw; }
                    value = home.Get(key, s[thisAt]);
                    s = stack;
                    s[thisAt] = value;
                    sp = thisAt + 1;
                    break;
                }
                case Op.SetSuper:
                case Op.SetSuperElem:
                {
                    int thisAt = op == Op.SetSuper ? sp - 2 : sp - 3;
                    var key = op == Op.SetSuper ? fc.Names[Operand(code, pc)] : Operations.ToPropertyKey(s[sp - 2]);
                    if (op == Op.SetSuper) pc += 4;
                    value = s[sp - 1];
                    var home = f.Function.HomeObject?.GetPrototypeOf();
                    if (home == null) { exception = realm.CreateErrorValue(ErrorKind.TypeError, $"Cannot set properties of null (setting '{key}')"); goto Throw; }
                    if (!home.Set(key, value, s[thisAt]) && fc.IsStrict) { exception = ReadOnlyError(realm, key, s[thisAt]); goto Throw; }
                    s = stack;
                    s[thisAt] = value;
                    sp = thisAt + 1;
                    break;
                }
                case Op.In:
                {
                    var target = s[sp - 1];
                    if (!target.IsObject)
                    {
                        exception = realm.CreateErrorValue(ErrorKind.TypeError, $"Cannot use 'in' operator to search for '{Operations.ToString(s[sp - 2])}' in {Operations.ToString(target)}");
                        goto Throw;
                    }
                    bool has = target.AsObject().HasProperty(Operations.ToPropertyKey(s[sp - 2]));
                    s = stack;
                    s[sp - 2] = JsValue.FromBoolean(has);
                    sp--;
                    break;
                }
                case Op.Instanceof:
                {
                    bool result = Operations.InstanceOf(s[sp - 2], s[sp - 1]);
                    s = stack;
                    s[sp - 2] = JsValue.FromBoolean(result);
                    sp--;
                    break;
                }

                // ---------------------------------------------------------- literals
                case Op.NewObject: s[sp++] = JsValue.FromObject(new JsObject(realm.ObjectPrototype)); break;
                case Op.NewRegExp:
                    s[sp++] = Builtins.RegExp.RegExpConstructor.FromLiteral(realm, (Builtins.RegExp.RegExpLiteralConstant)fc.Constants[Operand(code, pc)].Ref!);
                    pc += 4;
                    break;
                case Op.NewArray:
                {
                    int n = Operand(code, pc); pc += 4;
                    var values = new JsValue[Math.Max(n, 4)];
                    Array.Copy(s, sp - n, values, 0, n);
                    sp -= n;
                    s[sp++] = JsValue.FromObject(new JsArray(realm.ArrayPrototype, values, n));
                    break;
                }
                case Op.ArrayPush:
                {
                    var array = (JsArray)s[sp - 2].AsObject();
                    if (!array.TryAppendDense(s[sp - 1])) array.CreateDataPropertyOrThrow(PropertyKey.FromIndex(array.length), s[sp - 1]);
                    sp--;
                    break;
                }
                case Op.ArrayPushHole:
                {
                    var array = (JsArray)s[sp - 1].AsObject();
                    array.SetLengthOrThrow(array.length + 1);
                    break;
                }
                case Op.ArraySpread:
                    AppendIterable(realm, (JsArray)s[sp - 2].AsObject(), s[sp - 1]);
                    s = stack;
                    sp--;
                    break;
                case Op.DefineField:
                {
                    var o = s[sp - 2].AsObject();
                    var key = fc.Names[Operand(code, pc)]; pc += 4;
                    if (o.GetType() == typeof(JsObject) && o.shape.Find(key) < 0 && o.extensible) o.AddProperty(key, s[sp - 1], PropertyFlags.Default);
                    else o.CreateDataPropertyOrThrow(key, s[sp - 1]);
                    sp--;
                    break;
                }
                case Op.DefineFieldElem:
                {
                    var o = s[sp - 3].AsObject();
                    o.CreateDataPropertyOrThrow(Operations.ToPropertyKey(s[sp - 2]), s[sp - 1]);
                    sp -= 2;
                    break;
                }
                case Op.DefineMethod:
                case Op.DefineMethodElem:
                case Op.DefineAccessor:
                case Op.DefineAccessorElem:
                {
                    bool computed = op is Op.DefineMethodElem or Op.DefineAccessorElem;
                    int flags = computed ? Operand(code, pc) : Operand(code, pc + 4);
                    var key = computed ? Operations.ToPropertyKey(s[sp - 2]) : fc.Names[Operand(code, pc)];
                    pc += computed ? 4 : 8;
                    int objAt = computed ? sp - 3 : sp - 2;
                    DefineMember(s[objAt].AsObject(), key, s[sp - 1], op is Op.DefineAccessor or Op.DefineAccessorElem, flags);
                    sp = objAt + 1;
                    break;
                }
                case Op.CopyDataProperties:
                    CopyDataProperties(realm, s[sp - 2].AsObject(), s[sp - 1]);
                    s = stack;
                    sp--;
                    break;
                case Op.CopyDataPropertiesExcluding:
                    CopyDataProperties(realm, s[sp - 3].AsObject(), s[sp - 2], (JsArray)s[sp - 1].AsObject());
                    s = stack;
                    sp -= 2;
                    break;
                case Op.MakeClosure:
                    s[sp++] = JsValue.FromObject(MakeClosure(ref f, fc.Functions[Operand(code, pc)], null));
                    pc += 4; break;
                case Op.MakeMethod:
                    s[sp - 1] = JsValue.FromObject(MakeClosure(ref f, fc.Functions[Operand(code, pc)], s[sp - 1].AsObject()));
                    pc += 4; break;
                case Op.CreateClass:
                {
                    int flags = Operand(code, pc + 4);
                    JsValue heritage = (flags & 1) != 0 ? s[--sp] : JsValue.Empty;
                    if (!CreateClass(ref f, fc.Functions[Operand(code, pc)], heritage, out var ctor, out var proto, out exception)) goto Throw;
                    s = stack;
                    s[sp++] = JsValue.FromObject(ctor);
                    s[sp++] = JsValue.FromObject(proto);
                    pc += 8; break;
                }

                // ---------------------------------------------------------- operators
                case Op.Add:
                {
                    ref var a = ref s[sp - 2];
                    var bv = s[sp - 1];
                    if (a.Tag == JsTag.Number && bv.Tag == JsTag.Number) a = JsValue.FromNumber(a.Number + bv.Number);
                    else if (a.Tag == JsTag.String && bv.Tag == JsTag.String) a = JsRope.Concat(a.Ref!, bv.Ref!);
                    else { var r = Arithmetic.Add(a, bv); s = stack; s[sp - 2] = r; }
                    sp--;
                    break;
                }
                case Op.Sub:
                case Op.Mul:
                case Op.Div:
                case Op.Mod:
                {
                    ref var a = ref s[sp - 2];
                    var bv = s[sp - 1];
                    if (a.Tag == JsTag.Number && bv.Tag == JsTag.Number)
                    {
                        double x = a.Number, y = bv.Number;
                        a = JsValue.FromNumber(op switch { Op.Sub => x - y, Op.Mul => x * y, Op.Div => x / y, _ => x % y });
                    }
                    else { var r = Arithmetic.Binary(op, a, bv); s = stack; s[sp - 2] = r; }
                    sp--;
                    break;
                }
                case Op.Exp:
                case Op.BitAnd:
                case Op.BitOr:
                case Op.BitXor:
                case Op.Shl:
                case Op.Shr:
                case Op.UShr:
                {
                    var a = s[sp - 2];
                    var bv = s[sp - 1];
                    JsValue r;
                    if (a.Tag == JsTag.Number && bv.Tag == JsTag.Number && op != Op.Exp)
                    {
                        int x = Operations.DoubleToInt32(a.Number), y = Operations.DoubleToInt32(bv.Number);
                        r = op switch
                        {
                            Op.BitAnd => JsValue.FromNumber(x & y),
                            Op.BitOr => JsValue.FromNumber(x | y),
                            Op.BitXor => JsValue.FromNumber(x ^ y),
                            Op.Shl => JsValue.FromNumber(x << (y & 31)),
                            Op.Shr => JsValue.FromNumber(x >> (y & 31)),
                            _ => JsValue.FromNumber((uint)x >> (y & 31)),
                        };
                    }
                    else { r = Arithmetic.Binary(op, a, bv); s = stack; }
                    s[sp - 2] = r;
                    sp--;
                    break;
                }
                case Op.StrictEq:
                case Op.StrictNe:
                {
                    bool eq = Operations.IsStrictlyEqual(s[sp - 2], s[sp - 1]);
                    s[sp - 2] = JsValue.FromBoolean(eq == (op == Op.StrictEq));
                    sp--;
                    break;
                }
                case Op.Eq:
                case Op.Ne:
                {
                    bool eq = Operations.IsLooselyEqual(s[sp - 2], s[sp - 1]);
                    s = stack;
                    s[sp - 2] = JsValue.FromBoolean(eq == (op == Op.Eq));
                    sp--;
                    break;
                }
                case Op.Lt:
                case Op.Le:
                case Op.Gt:
                case Op.Ge:
                {
                    var a = s[sp - 2];
                    var bv = s[sp - 1];
                    bool r;
                    if (a.Tag == JsTag.Number && bv.Tag == JsTag.Number)
                    {
                        r = op switch { Op.Lt => a.Number < bv.Number, Op.Le => a.Number <= bv.Number, Op.Gt => a.Number > bv.Number, _ => a.Number >= bv.Number };
                    }
                    else
                    {
                        // ECMA-262 §13.10.1 Relational operators via IsLessThan.
                        r = op switch
                        {
                            Op.Lt => Operations.IsLessThan(a, bv, true) == 1,
                            Op.Gt => Operations.IsLessThan(bv, a, false) == 1,
                            Op.Le => Operations.IsLessThan(bv, a, false) == 0,
                            _ => Operations.IsLessThan(a, bv, true) == 0,
                        };
                        s = stack;
                    }
                    s[sp - 2] = JsValue.FromBoolean(r);
                    sp--;
                    break;
                }
                case Op.Neg:
                {
                    ref var a = ref s[sp - 1];
                    if (a.Tag == JsTag.Number) a = JsValue.FromNumber(-a.Number);
                    else { var r = Arithmetic.Negate(a); s = stack; s[sp - 1] = r; }
                    break;
                }
                case Op.Plus:
                {
                    var a = s[sp - 1];
                    if (a.Tag != JsTag.Number) { var r = JsValue.FromNumber(Operations.ToNumber(a)); s = stack; s[sp - 1] = r; }
                    break;
                }
                case Op.Not: s[sp - 1] = JsValue.FromBoolean(!Operations.ToBoolean(s[sp - 1])); break;
                case Op.BitNot:
                {
                    var a = s[sp - 1];
                    JsValue r = a.Tag == JsTag.Number ? JsValue.FromNumber(~Operations.DoubleToInt32(a.Number)) : Arithmetic.BitNot(a);
                    s = stack;
                    s[sp - 1] = r;
                    break;
                }
                case Op.Typeof:
                {
                    var a = s[sp - 1];
                    s[sp - 1] = a.Tag switch
                    {
                        JsTag.Undefined => TypeofUndefined,
                        JsTag.Null => TypeofObject,
                        JsTag.Boolean => TypeofBoolean,
                        JsTag.Number => TypeofNumber,
                        JsTag.String => TypeofString,
                        JsTag.Symbol => TypeofSymbol,
                        JsTag.BigInt => TypeofBigInt,
                        _ => a.Ref is JsFunction ? TypeofFunction : TypeofObject,
                    };
                    break;
                }
                case Op.ToNumeric:
                {
                    var a = s[sp - 1];
                    if (a.Tag != JsTag.Number) { var r = Operations.ToNumeric(a); s = stack; s[sp - 1] = r; }
                    break;
                }
                case Op.Inc:
                case Op.Dec:
                {
                    var a = s[sp - 1];
                    JsValue r = a.Tag == JsTag.Number ? JsValue.FromNumber(op == Op.Inc ? a.Number + 1 : a.Number - 1) : Arithmetic.Increment(a, op == Op.Inc);
                    s = stack;
                    s[sp - 1] = r;
                    break;
                }
                case Op.ToStringOp:
                {
                    var a = s[sp - 1];
                    if (a.Tag != JsTag.String) { var r = JsValue.FromString(Operations.ToString(a)); s = stack; s[sp - 1] = r; }
                    break;
                }
                case Op.ToPropertyKey:
                {
                    var a = s[sp - 1];
                    if (a.Tag is not (JsTag.String or JsTag.Number or JsTag.Symbol))
                    {
                        var r = Operations.ToPropertyKey(a).ToJsValue();
                        s = stack;
                        s[sp - 1] = r;
                    }
                    break;
                }
                case Op.RequireObjectCoercible:
                    if (s[sp - 1].IsNullish)
                    {
                        exception = realm.CreateErrorValue(ErrorKind.TypeError, $"Cannot destructure '{s[sp - 1]}' as it is {s[sp - 1]}.");
                        goto Throw;
                    }
                    break;

                // ---------------------------------------------------------- control flow
                case Op.Jump:
                {
                    int target = Operand(code, pc);
                    if (target < pc && (--InstructionBudget < 0 || InterruptRequested)) CheckInterrupt();
                    pc = target;
                    break;
                }
                case Op.JumpIfFalse:
                {
                    var v = s[--sp];
                    bool truthy = v.Tag == JsTag.Boolean ? v.Number != 0 : Operations.ToBoolean(v);
                    pc = truthy ? pc + 4 : Operand(code, pc);
                    break;
                }
                case Op.JumpIfTrue:
                {
                    var v = s[--sp];
                    bool truthy = v.Tag == JsTag.Boolean ? v.Number != 0 : Operations.ToBoolean(v);
                    int next = truthy ? Operand(code, pc) : pc + 4;
                    if (next < pc && (--InstructionBudget < 0 || InterruptRequested)) CheckInterrupt(); // `do … while (x)`
                    pc = next;
                    break;
                }
                case Op.JumpIfFalseOrPop:
                    if (!Operations.ToBoolean(s[sp - 1])) pc = Operand(code, pc);
                    else { sp--; pc += 4; }
                    break;
                case Op.JumpIfTrueOrPop:
                    if (Operations.ToBoolean(s[sp - 1])) pc = Operand(code, pc);
                    else { sp--; pc += 4; }
                    break;
                case Op.JumpIfNotNullishOrPop:
                    if (!s[sp - 1].IsNullish) pc = Operand(code, pc);
                    else { sp--; pc += 4; }
                    break;
                case Op.JumpIfNotUndefined:
                    pc = s[--sp].IsUndefined ? pc + 4 : Operand(code, pc);
                    break;
                case Op.JumpIfNullishUndefined:
                    if (s[sp - 1].IsNullish) { s[sp - 1] = JsValue.Undefined; pc = Operand(code, pc); }
                    else pc += 4;
                    break;

                // ---------------------------------------------------------- calls
                case Op.Call:
                case Op.New:
                case Op.CallSpread:
                case Op.NewSpread:
                {
                    int argc, calleeAt;
                    bool construct = op is Op.New or Op.NewSpread;
                    if (op is Op.Call or Op.New)
                    {
                        argc = Operand(code, pc);
                        pc += 4;
                        calleeAt = sp - argc - 2;
                    }
                    else
                    {
                        // Spread the argument array onto the stack (the frame's window must hold them).
                        var list = (JsArray)s[sp - 1].AsObject();
                        argc = (int)list.length;
                        calleeAt = sp - 3;
                        sp--;
                        EnsureStack(sp + argc + 16);
                        s = stack;
                        for (int i = 0; i < argc; i++) s[sp + i] = list.TryGetDense((uint)i, out var item) ? item : JsValue.Undefined;
                        sp += argc;
                    }
                    f.Pc = pc;
                    var callee = s[calleeAt];
                    if (callee.Tag == JsTag.Object && callee.Ref is JsClosure closure)
                    {
                        var flags = closure.Code.Flags;
                        if (!construct && (flags & CodeFlags.ClassConstructor) == 0)
                        {
                            f.Sp = calleeAt;
                            if (!PushFrame(closure, calleeAt + 2, argc, s[calleeAt + 1], JsValue.Undefined, FrameFlags.None, calleeAt, out exception)) goto Throw;
                            goto Reload;
                        }
                        if (construct && (flags & CodeFlags.Constructor) != 0)
                        {
                            var newTarget = s[calleeAt + 1].AsObject();
                            var thisValue = ConstructThis(closure, newTarget);
                            s = stack;
                            f.Sp = calleeAt;
                            if (!PushFrame(closure, calleeAt + 2, argc, thisValue, JsValue.FromObject(newTarget), FrameFlags.Construct, calleeAt, out exception)) goto Throw;
                            goto Reload;
                        }
                    }
                    if (--InstructionBudget < 0 || InterruptRequested) CheckInterrupt();
                    // Spread arguments may lie above the frame's static window (Fp + FrameSize), where a nested
                    // Vm.Invoke from the native callee (a valueOf, a getter) starts its frame: give it a copy.
                    var nativeArgs = op is Op.CallSpread or Op.NewSpread
                        ? new ReadOnlySpan<JsValue>(new ReadOnlySpan<JsValue>(s, calleeAt + 2, argc).ToArray())
                        : new ReadOnlySpan<JsValue>(s, calleeAt + 2, argc);
                    if (!CallNonClosure(realm, callee, s[calleeAt + 1], nativeArgs, construct, out value, out exception)) goto Throw;
                    s = stack;
                    s[calleeAt] = value;
                    sp = calleeAt + 1;
                    break;
                }
                case Op.SuperCall:
                case Op.SuperCallSpread:
                {
                    int argc, argsAt;
                    JsValue[]? spread = null;
                    if (op == Op.SuperCall) { argc = Operand(code, pc); pc += 4; argsAt = sp - argc; }
                    else
                    {
                        var list = (JsArray)s[sp - 1].AsObject();
                        spread = new JsValue[list.length];
                        for (uint i = 0; i < list.length; i++) spread[i] = list.TryGetDense(i, out var item) ? item : JsValue.Undefined;
                        argc = spread.Length;
                        argsAt = sp - 1;
                    }
                    ReadOnlySpan<JsValue> superArgs = spread != null ? spread : new ReadOnlySpan<JsValue>(s, argsAt, argc);
                    if (!SuperCall(ref f, superArgs, out value, out exception)) goto Throw;
                    s = stack;
                    s[argsAt] = value;
                    sp = argsAt + 1;
                    break;
                }
                case Op.ReturnUndefined:
                    value = JsValue.Undefined;
                    goto Return;
                case Op.Return:
                    value = s[--sp];
                    goto Return;
                case Op.Throw:
                    exception = s[--sp];
                    goto Throw;

                // ---------------------------------------------------------- iteration
                case Op.GetIterator:
                {
                    if (!GetIterator(realm, s[sp - 1], out var iterator, out var next, out exception)) goto Throw;
                    s = stack;
                    s[sp - 1] = iterator;
                    s[sp++] = next;
                    break;
                }
                case Op.IteratorNext:
                {
                    int r = fp + Operand(code, pc);
                    if (!IteratorStep(realm, s[r], s[r + 1], out bool done, out value, out exception)) goto Throw;
                    s = stack;
                    if (done) { pc = Operand(code, pc + 4); break; }
                    s[sp++] = value;
                    pc += 8; break;
                }
                case Op.IteratorStepValue:
                {
                    int r = fp + Operand(code, pc); pc += 4;
                    if (s[r].IsUndefined) { s[sp++] = JsValue.Undefined; break; }
                    if (!IteratorStep(realm, s[r], s[r + 1], out bool done, out value, out exception)) goto Throw;
                    s = stack;
                    if (done) { s[r] = JsValue.Undefined; value = JsValue.Undefined; }
                    s[sp++] = value;
                    break;
                }
                case Op.IteratorRest:
                {
                    int r = fp + Operand(code, pc); pc += 4;
                    var rest = realm.CreateArray();
                    while (!s[r].IsUndefined)
                    {
                        if (!IteratorStep(realm, s[r], s[r + 1], out bool done, out value, out exception)) goto Throw;
                        s = stack;
                        if (done) { s[r] = JsValue.Undefined; break; }
                        rest.TryAppendDense(value);
                    }
                    s[sp++] = JsValue.FromObject(rest);
                    break;
                }
                case Op.IteratorClose:
                {
                    int r = fp + Operand(code, pc); pc += 4;
                    if (!s[r].IsUndefined)
                    {
                        IteratorClose(realm, s[r]);
                        s = stack;
                        s[r] = JsValue.Undefined;
                    }
                    break;
                }
                case Op.ForInStart:
                    value = JsValue.FromInternal(new ForInEnumerator(realm, s[sp - 1]));
                    s = stack;
                    s[sp - 1] = value;
                    break;
                case Op.ForInNext:
                {
                    var enumerator = (ForInEnumerator)s[fp + Operand(code, pc)].Ref!;
                    if (!enumerator.MoveNext(out value)) { s = stack; pc = Operand(code, pc + 4); break; }
                    s = stack;
                    s[sp++] = value;
                    pc += 8; break;
                }
                case Op.Debugger: break;

                // ---------------------------------------------------------- suspension (Vm.Suspension.cs)
                case Op.GeneratorStart:
                    if ((fc.Flags & CodeFlags.Generator) == 0) { StartAsyncFunction(ref f); break; }
                    value = StartGenerator(ref f, sp);
                    goto Leave;
                case Op.Yield:
                case Op.YieldDelegate:
                {
                    value = s[--sp];
                    int operand = Operand(code, pc);
                    pc += 4;
                    f.Pc = pc;
                    f.Sp = sp;
                    if (YieldValue(ref f, sp, op, operand, ref value, out var mode)) goto Leave;
                    s = stack;
                    if (op == Op.YieldDelegate) { s[fp + operand + 2] = JsValue.FromNumber((int)mode); s[sp++] = value; break; }
                    if (mode == ResumeMode.Throw) { exception = value; goto Throw; }
                    s[sp++] = value;
                    if (mode == ResumeMode.Return) pc = operand;
                    break;
                }
                case Op.Await:
                {
                    value = s[--sp];
                    f.Sp = sp;
                    if (!AwaitValue(ref f, value, out exception)) goto Throw;
                    var c = f.Suspended!;
                    SaveFrame(ref f, c, sp, Op.Await, 0);
                    value = c.Kind == ContinuationKind.AsyncFunction ? JsValue.FromObject(c.Owner) : JsValue.Undefined;
                    goto Leave;
                }
                case Op.AwaitDelegate:
                {
                    value = s[--sp];
                    int operand = Operand(code, pc);
                    pc += 4;
                    f.Pc = pc;
                    f.Sp = sp;
                    if (!AwaitValue(ref f, value, out exception))
                    {
                        s = stack;
                        s[fp + operand + 2] = JsValue.FromNumber((int)ResumeMode.Throw);
                        s[sp++] = exception;
                        break;
                    }
                    var c = f.Suspended!;
                    SaveFrame(ref f, c, sp, Op.AwaitDelegate, operand);
                    value = JsValue.Undefined;
                    goto Leave;
                }
                case Op.AsyncFail:
                    value = FailAsync(ref f, s[--sp]);
                    goto Leave;
                case Op.YieldStarCall:
                {
                    int r = fp + Operand(code, pc);
                    bool called = YieldStarCall(s, r, s[sp - 1], out value);
                    s = stack;
                    s[sp - 1] = value;
                    pc = called ? pc + 8 : Operand(code, pc + 4);
                    break;
                }
                case Op.YieldStarResult:
                {
                    var result = s[sp - 1];
                    if (!result.IsObject) { exception = realm.CreateErrorValue(ErrorKind.TypeError, $"Iterator result {Operations.DescribeForError(result)} is not an object"); goto Throw; }
                    var o = result.AsObject();
                    bool done = Operations.ToBoolean(o.Get("done", result));
                    if (done || (fc.Flags & CodeFlags.Async) != 0) value = o.Get("value", result);
                    else value = result;
                    s = stack;
                    s[sp - 1] = value;
                    pc = done ? Operand(code, pc) : pc + 4;
                    break;
                }
                case Op.YieldStarNoThrow:
                    exception = realm.CreateErrorValue(ErrorKind.TypeError, "The iterator does not provide a 'throw' method");
                    goto Throw;
                case Op.GetAsyncIterator:
                {
                    GetAsyncIterator(realm, s[sp - 1], out var iterator, out var next);
                    s = stack;
                    s[sp - 1] = iterator;
                    s[sp++] = next;
                    break;
                }
                case Op.IteratorResultValue:
                {
                    var result = s[sp - 1];
                    if (!result.IsObject) { exception = realm.CreateErrorValue(ErrorKind.TypeError, $"Iterator result {Operations.DescribeForError(result)} is not an object"); goto Throw; }
                    var o = result.AsObject();
                    if (Operations.ToBoolean(o.Get("done", result))) { sp--; pc = Operand(code, pc); break; }
                    value = o.Get("value", result);
                    s = stack;
                    s[sp - 1] = value;
                    pc += 4;
                    break;
                }
                case Op.IteratorCloseCall:
                {
                    int r = fp + Operand(code, pc);
                    if (!IteratorCloseCall(s, r, out value)) { s = stack; pc = Operand(code, pc + 4); break; }
                    s = stack;
                    s[sp++] = value;
                    pc += 8;
                    break;
                }
                case Op.CheckObjectResult:
                {
                    var result = s[--sp];
                    if (!result.IsObject) { exception = realm.CreateErrorValue(ErrorKind.TypeError, $"Iterator result {Operations.DescribeForError(result)} is not an object"); goto Throw; }
                    break;
                }

                // ---------------------------------------------------------- class elements, templates (Vm.Classes.cs)
                case Op.NewPrivateName:
                    s[sp++] = JsValue.FromInternal(new PrivateName((PrivateNameInfo)fc.Constants[Operand(code, pc)].Ref!));
                    pc += 4; break;
                case Op.SetPrivateMethod:
                    SetPrivateMethod((PrivateName)s[sp - 2].Ref!, s[sp - 1], Operand(code, pc));
                    sp -= 2; pc += 4; break;
                case Op.GetPrivate:
                    if (!PrivateGet(realm, s[sp - 2], (PrivateName)s[sp - 1].Ref!, out value, out exception)) goto Throw;
                    s = stack;
                    s[sp - 2] = value;
                    sp--;
                    break;
                case Op.SetPrivate:
                    value = s[sp - 1];
                    if (!PrivateSet(realm, s[sp - 3], (PrivateName)s[sp - 2].Ref!, value, out exception)) goto Throw;
                    s = stack;
                    s[sp - 3] = value;
                    sp -= 2;
                    break;
                case Op.PrivateIn:
                {
                    if (!PrivateIn(realm, s[sp - 2], (PrivateName)s[sp - 1].Ref!, out bool has, out exception)) goto Throw;
                    s[sp - 2] = JsValue.FromBoolean(has);
                    sp--;
                    break;
                }
                case Op.PrivateFieldAdd:
                    if (!PrivateFieldAdd(realm, s[sp - 3], (PrivateName)s[sp - 2].Ref!, s[sp - 1], out exception)) goto Throw;
                    sp -= 2;
                    break;
                case Op.PrivateMethodAdd:
                    if (!PrivateMethodAdd(realm, s[sp - 2], (PrivateName)s[sp - 1].Ref!, out exception)) goto Throw;
                    sp--;
                    break;
                case Op.GetTemplateObject:
                    s[sp++] = JsValue.FromObject(GetTemplateObject(realm, (TemplateSite)fc.Constants[Operand(code, pc)].Ref!));
                    pc += 4; break;
                case Op.SuperBase:
                    s[sp++] = f.Function.HomeObject?.GetPrototypeOf() is { } superBase ? JsValue.FromObject(superBase) : JsValue.Null;
                    break;
                case Op.GetSuperRef:
                    if (!GetSuperReference(realm, s[sp - 3], s[sp - 2], s[sp - 1], out value, out exception)) goto Throw;
                    s = stack;
                    s[sp - 3] = value;
                    sp -= 2;
                    break;
                case Op.SetSuperRef:
                    value = s[sp - 1];
                    if (!SetSuperReference(realm, fc, s[sp - 4], s[sp - 3], s[sp - 2], value, out exception)) goto Throw;
                    s = stack;
                    s[sp - 4] = value;
                    sp -= 3;
                    break;
                case Op.SetFunctionName:
                    SetFunctionName(s[sp - 1], s[sp - 2], Operand(code, pc));
                    s = stack;
                    pc += 4; break;

                // ---------------------------------------------------------- dynamic scopes (Vm.Eval.cs)
                case Op.JumpIfHasBinding:
                {
                    bool has = EnvHasBinding(s[sp - 1], fc.Names[Operand(code, pc)]);
                    s = stack;
                    pc = has ? Operand(code, pc + 4) : pc + 8;
                    break;
                }
                case Op.GetBindingValue:
                    value = EnvGetBindingValue(realm, s[sp - 1], fc.Names[Operand(code, pc)], fc.IsStrict);
                    s = stack;
                    s[sp - 1] = value;
                    pc += 4; break;
                case Op.SetBinding:
                    EnvSetMutableBinding(realm, s[sp - 1], fc.Names[Operand(code, pc)], s[sp - 2], fc.IsStrict);
                    s = stack;
                    sp -= 2;
                    pc += 4; break;
                case Op.EmptyRef: s[sp++] = JsValue.Empty; break;
                case Op.JumpIfEmptyRef:
                    pc = s[sp - 1].IsEmpty ? Operand(code, pc) : pc + 4;
                    break;
                case Op.PutRef:
                {
                    var env = s[sp - 2];
                    value = s[sp - 1];
                    s[sp - 2] = value;
                    sp--;
                    if (env.IsEmpty) { pc = Operand(code, pc + 4); break; }
                    EnvSetMutableBinding(realm, env, fc.Names[Operand(code, pc)], value, fc.IsStrict);
                    s = stack;
                    pc += 8; break;
                }
                case Op.WithBaseThis:
                    if (s[sp - 1].Ref is EvalVarScope) s[sp - 1] = JsValue.Undefined;
                    break;
                case Op.ToWithObject:
                    value = ToWithObject(realm, s[sp - 1]);
                    s = stack;
                    s[sp - 1] = value;
                    break;
                case Op.NewEvalVars: s[sp++] = JsValue.FromObject(new EvalVarScope()); break;
                case Op.DisposeNew:
                    s[fp + Operand(code, pc)] = JsValue.FromObject(new Builtins.DisposeCapability());
                    pc += 4; break;
                case Op.UsingAdd:
                case Op.AwaitUsingAdd:
                    ((Builtins.DisposeCapability)s[fp + Operand(code, pc)].Ref!).Add(realm, s[sp - 1], op == Op.UsingAdd ? Builtins.DisposeHint.Sync : Builtins.DisposeHint.Async);
                    s = stack;
                    pc += 4; break;
                case Op.DisposeSetError:
                {
                    var capability = (Builtins.DisposeCapability)s[fp + Operand(code, pc)].Ref!;
                    capability.HasError = true;
                    capability.Error = s[--sp];
                    pc += 4; break;
                }
                case Op.Dispose:
                    ((Builtins.DisposeCapability)s[fp + Operand(code, pc)].Ref!).DisposeSync(realm);
                    s = stack;
                    pc += 4; break;
                case Op.DisposeAsync:
                {
                    var capability = (Builtins.DisposeCapability)s[fp + Operand(code, pc)].Ref!;
                    if (capability.Stack.Count == 0)
                    {
                        // §9.6.6 DisposeResources: no resource, so no Await (an unevaluated `await using`).
                        if (capability.HasError)
                        {
                            capability.HasError = false;
                            exception = capability.Error;
                            goto Throw;
                        }
                        pc = Operand(code, pc + 4);
                        break;
                    }
                    value = JsValue.FromObject(capability.DisposeAsync(realm));
                    s = stack;
                    s[sp++] = value;
                    pc += 8; break;
                }
                case Op.CreateMappedArguments:
                    s[sp++] = JsValue.FromObject(CreateMappedArgumentsObject(ref f, (int[])fc.Constants[Operand(code, pc)].Ref!));
                    pc += 4; break;
                case Op.DeclareEvalVar:
                    DeclareEvalVar(s[--sp], fc.Names[Operand(code, pc)]);
                    pc += 4; break;
                case Op.CallEval:
                {
                    int argc = Operand(code, pc);
                    var site = (EvalSite)fc.Constants[Operand(code, pc + 4)].Ref!;
                    pc += 8;
                    f.Pc = pc;
                    int calleeAt = sp - argc - 2;
                    f.Sp = sp;
                    value = CallEvalSlow(ref f, site, s[calleeAt], s[calleeAt + 1], new ReadOnlySpan<JsValue>(s, calleeAt + 2, argc));
                    s = stack;
                    s[calleeAt] = value;
                    sp = calleeAt + 1;
                    break;
                }
                case Op.ImportCall:
                {
                    var options = s[--sp];
                    value = ImportCall(realm, fc, s[sp - 1], options);
                    s = stack;
                    s[sp - 1] = value;
                    break;
                }
                case Op.ImportMeta:
                    value = ImportMeta(realm, fc);
                    s = stack;
                    s[sp++] = value;
                    break;
                default:
                    throw new InvalidOperationException("bad opcode " + op);
            }
            continue;

        Return:
            {
                if ((f.Flags & FrameFlags.Construct) != 0 && !value.IsObject)
                {
                    if ((fc.Flags & CodeFlags.Derived) != 0 && !value.IsUndefined)
                    {
                        exception = realm.CreateErrorValue(ErrorKind.TypeError, "Derived constructors may only return object or undefined");
                        goto Throw;
                    }
                    value = f.This;
                    if (value.IsEmpty) { exception = realm.CreateErrorValue(ErrorKind.ReferenceError, ThisBeforeSuper); goto Throw; }
                }
                if (f.Suspended != null) value = CompleteSuspended(ref f, value);
            }
        Leave:
            {
                bool entry = (f.Flags & FrameFlags.Entry) != 0;
                int returnSp = f.ReturnSp;
                f = default;
                frameCount--;
                if (entry) return value;
                stack[returnSp] = value;
                FrameAt(frameCount - 1).Sp = returnSp + 1;
                goto Reload;
            }

        Throw:
            RecordThrowSite(exception);
            if (Unwind(entryFrame, exception)) goto Reload;
            throw new JsException(exception) { Propagated = true };
        }
    }

    private const string ThisBeforeSuper = "Must call super constructor in derived class before accessing 'this' or returning from derived constructor";

    private static string CharToString(char c) => c < 128 ? AsciiStrings[c] : c.ToString();
    private static readonly string[] AsciiStrings = CreateAscii();
    private static string[] CreateAscii()
    {
        var table = new string[128];
        for (int i = 0; i < 128; i++) table[i] = ((char)i).ToString();
        return table;
    }
}
