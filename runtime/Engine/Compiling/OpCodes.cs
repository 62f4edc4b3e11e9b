using System;

namespace Aot.Engine.Compiling;

/// <summary>
/// Every bytecode instruction, in ONE place: <see cref="OpCodes.Table"/> gives each its name,
/// operand kinds and stack effect; the emitter (stack depth), the disassembler and the
/// interpreter's switch all follow it (a unit test checks the table covers the enum).
///
/// Encoding: one opcode byte, then each operand as a little-endian int32. The VM is a stack machine
/// whose frame holds registers (locals) below the operand stack. Stack effects below are written
/// "before → after"; r = register, k = constant, n = name (PropertyKey pool), c = inline-cache
/// slot, t = absolute jump target, f = nested function, i = capture index.
/// </summary>
public enum Op : byte
{
    Nop,
    Undefined, Null, True, False, Int, Const, Pop, Dup, Dup2, Swap, Over,
    LoadLocal, StoreLocal, LoadLocalChecked, StoreLocalChecked, InitEmpty,
    NewCell, CopyCell, BoxLocal, LoadCell, StoreCell, LoadCellChecked, StoreCellChecked,
    LoadCapture, StoreCapture, LoadCaptureChecked, StoreCaptureChecked,
    LoadGlobal, LoadGlobalOrUndefined, StoreGlobal, ThrowConstAssign,
    LoadThis, LoadThisChecked, LoadCallee, LoadNewTarget, CreateArguments, CreateRest,
    GetProp, SetProp, GetElem, SetElem, GetMethod, GetMethodElem, DeleteProp, DeleteElem,
    GetSuper, GetSuperElem, SetSuper, SetSuperElem,
    In, Instanceof,
    NewObject, NewRegExp, NewArray, ArrayPush, ArrayPushHole, ArraySpread,
    DefineField, DefineFieldElem, DefineAccessor, DefineAccessorElem, DefineMethod, DefineMethodElem, CopyDataProperties,
    MakeClosure, MakeMethod, CreateClass,
    Add, Sub, Mul, Div, Mod, Exp, BitAnd, BitOr, BitXor, Shl, Shr, UShr,
    Eq, Ne, StrictEq, StrictNe, Lt, Le, Gt, Ge,
    Neg, Plus, Not, BitNot, Typeof, ToNumeric, Inc, Dec, ToStringOp, ToPropertyKey, RequireObjectCoercible,
    Jump, JumpIfFalse, JumpIfTrue, JumpIfFalseOrPop, JumpIfTrueOrPop, JumpIfNotNullishOrPop, JumpIfNotUndefined, JumpIfNullishUndefined,
    Call, CallSpread, New, NewSpread, SuperCall, SuperCallSpread, Return, ReturnUndefined, Throw,
    GetIterator, IteratorNext, IteratorStepValue, IteratorRest, IteratorClose, ForInStart, ForInNext, Debugger,
    GeneratorStart, Yield, YieldDelegate, Await, AsyncFail, YieldStarCall, YieldStarResult, YieldStarNoThrow,
    GetAsyncIterator, IteratorResultValue, IteratorCloseCall, CheckObjectResult, AwaitDelegate,
    NewPrivateName, SetPrivateMethod, GetPrivate, SetPrivate, PrivateIn, PrivateFieldAdd, PrivateMethodAdd,
    GetTemplateObject, SetFunctionName,
    // Dynamic scopes (with, direct eval; Compiler.Eval.cs, Vm.Eval.cs).
    JumpIfHasBinding, GetBindingValue, SetBinding, EmptyRef, JumpIfEmptyRef, PutRef, WithBaseThis, ToWithObject,
    NewEvalVars, DeclareEvalVar, CallEval,
    ImportCall, ImportMeta,
    CopyDataPropertiesExcluding,
    SuperBase, GetSuperRef, SetSuperRef,
    CreateMappedArguments,
    DisposeNew, UsingAdd, AwaitUsingAdd, DisposeSetError, Dispose, DisposeAsync,
}

/// <summary>What an operand means (for the disassembler and the verifier).</summary>
public enum OperandKind : byte { Int, Register, Constant, Name, Cache, Target, Function, Capture, Count, Flags }

/// <summary>One opcode's definition. Pop/Push of -1: depends on a count operand (see Op docs).</summary>
public readonly record struct OpInfo(Op Op, string Name, OperandKind[] Operands, int Pop, int Push)
{
    public int Size => 1 + 4 * Operands.Length;
}

public static class OpCodes
{
    private static readonly OperandKind[] None = [];
    private static readonly OperandKind[] R = [OperandKind.Register];
    private static readonly OperandKind[] RN = [OperandKind.Register, OperandKind.Name];
    private static readonly OperandKind[] I = [OperandKind.Capture];
    private static readonly OperandKind[] IN = [OperandKind.Capture, OperandKind.Name];
    private static readonly OperandKind[] N = [OperandKind.Name];
    private static readonly OperandKind[] NC = [OperandKind.Name, OperandKind.Cache];
    private static readonly OperandKind[] T = [OperandKind.Target];
    private static readonly OperandKind[] RT = [OperandKind.Register, OperandKind.Target];
    private static readonly OperandKind[] C = [OperandKind.Count];
    private static readonly OperandKind[] F = [OperandKind.Function];
    private static readonly OperandKind[] NF = [OperandKind.Name, OperandKind.Flags];
    private static readonly OperandKind[] FL = [OperandKind.Flags];
    private static readonly OperandKind[] NT = [OperandKind.Name, OperandKind.Target];

    /// <summary>Indexed by (int)Op.</summary>
    public static readonly OpInfo[] Table =
    [
        new(Op.Nop, "Nop", None, 0, 0),
        new(Op.Undefined, "Undefined", None, 0, 1),                     // → undefined
        new(Op.Null, "Null", None, 0, 1),
        new(Op.True, "True", None, 0, 1),
        new(Op.False, "False", None, 0, 1),
        new(Op.Int, "Int", [OperandKind.Int], 0, 1),                    // → number
        new(Op.Const, "Const", [OperandKind.Constant], 0, 1),          // → constants[k]
        new(Op.Pop, "Pop", None, 1, 0),
        new(Op.Dup, "Dup", None, 1, 2),                                 // a → a a
        new(Op.Dup2, "Dup2", None, 2, 4),                               // a b → a b a b
        new(Op.Swap, "Swap", None, 2, 2),                               // a b → b a
        new(Op.Over, "Over", None, 2, 3),                               // a b → a b a
        new(Op.LoadLocal, "LoadLocal", R, 0, 1),                        // → r
        new(Op.StoreLocal, "StoreLocal", R, 1, 0),                      // v → (r = v)
        new(Op.LoadLocalChecked, "LoadLocalChecked", RN, 0, 1),        // TDZ check (ReferenceError n)
        new(Op.StoreLocalChecked, "StoreLocalChecked", RN, 1, 0),
        new(Op.InitEmpty, "InitEmpty", R, 0, 0),                        // r = <empty> (enter TDZ)
        new(Op.NewCell, "NewCell", R, 0, 0),                            // r = new Cell(<empty>)
        new(Op.CopyCell, "CopyCell", R, 0, 0),                          // r = new Cell(r.Value) (per-iteration binding)
        new(Op.BoxLocal, "BoxLocal", R, 0, 0),                          // r = new Cell(r) (captured parameter)
        new(Op.LoadCell, "LoadCell", R, 0, 1),                          // → r.Value
        new(Op.StoreCell, "StoreCell", R, 1, 0),
        new(Op.LoadCellChecked, "LoadCellChecked", RN, 0, 1),
        new(Op.StoreCellChecked, "StoreCellChecked", RN, 1, 0),
        new(Op.LoadCapture, "LoadCapture", I, 0, 1),                    // → closure.cells[i].Value
        new(Op.StoreCapture, "StoreCapture", I, 1, 0),
        new(Op.LoadCaptureChecked, "LoadCaptureChecked", IN, 0, 1),
        new(Op.StoreCaptureChecked, "StoreCaptureChecked", IN, 1, 0),
        new(Op.LoadGlobal, "LoadGlobal", NC, 0, 1),                     // → global n (ReferenceError if missing)
        new(Op.LoadGlobalOrUndefined, "LoadGlobalOrUndefined", NC, 0, 1), // for typeof
        new(Op.StoreGlobal, "StoreGlobal", NC, 1, 0),
        new(Op.ThrowConstAssign, "ThrowConstAssign", N, 0, 0),         // TypeError: Assignment to constant variable
        new(Op.LoadThis, "LoadThis", None, 0, 1),
        new(Op.LoadThisChecked, "LoadThisChecked", None, 0, 1),         // derived constructor before super()
        new(Op.LoadCallee, "LoadCallee", None, 0, 1),
        new(Op.LoadNewTarget, "LoadNewTarget", None, 0, 1),
        new(Op.CreateArguments, "CreateArguments", None, 0, 1),         // → unmapped arguments object
        new(Op.CreateRest, "CreateRest", C, 0, 1),                      // → array of arguments from index n
        new(Op.GetProp, "GetProp", NC, 1, 1),                           // o → o.n
        new(Op.SetProp, "SetProp", NC, 2, 1),                           // o v → v
        new(Op.GetElem, "GetElem", None, 2, 1),                         // o k → o[k]
        new(Op.SetElem, "SetElem", None, 3, 1),                         // o k v → v
        new(Op.GetMethod, "GetMethod", NC, 1, 2),                       // o → o.n o
        new(Op.GetMethodElem, "GetMethodElem", None, 2, 2),             // o k → o[k] o
        new(Op.DeleteProp, "DeleteProp", N, 1, 1),                      // o → bool
        new(Op.DeleteElem, "DeleteElem", None, 2, 1),                   // o k → bool
        new(Op.GetSuper, "GetSuper", N, 1, 1),                          // this → super.n
        new(Op.GetSuperElem, "GetSuperElem", None, 2, 1),               // this k → super[k]
        new(Op.SetSuper, "SetSuper", N, 2, 1),                          // this v → v
        new(Op.SetSuperElem, "SetSuperElem", None, 3, 1),               // this k v → v
        new(Op.In, "In", None, 2, 1),                                   // k o → bool
        new(Op.Instanceof, "Instanceof", None, 2, 1),                   // v C → bool
        new(Op.NewObject, "NewObject", None, 0, 1),
        new(Op.NewRegExp, "NewRegExp", [OperandKind.Constant], 0, 1),  // → a new RegExp from the literal constants[k] (§13.2.7.3)
        new(Op.NewArray, "NewArray", C, -1, 1),                         // v1..vn → array
        new(Op.ArrayPush, "ArrayPush", None, 2, 1),                     // a v → a
        new(Op.ArrayPushHole, "ArrayPushHole", None, 1, 1),             // a → a (length + 1)
        new(Op.ArraySpread, "ArraySpread", None, 2, 1),                 // a iterable → a
        new(Op.DefineField, "DefineField", N, 2, 1),                    // o v → o (CreateDataPropertyOrThrow)
        new(Op.DefineFieldElem, "DefineFieldElem", None, 3, 1),         // o k v → o
        new(Op.DefineAccessor, "DefineAccessor", NF, 2, 1),             // o fn → o (flags: 1 setter, 2 enumerable)
        new(Op.DefineAccessorElem, "DefineAccessorElem", FL, 3, 1),     // o k fn → o
        new(Op.DefineMethod, "DefineMethod", NF, 2, 1),                 // o fn → o (flags: 2 enumerable)
        new(Op.DefineMethodElem, "DefineMethodElem", FL, 3, 1),         // o k fn → o
        new(Op.CopyDataProperties, "CopyDataProperties", None, 2, 1),   // o src → o
        new(Op.MakeClosure, "MakeClosure", F, 0, 1),                    // → closure of functions[f]
        new(Op.MakeMethod, "MakeMethod", F, 1, 1),                      // home → closure ([[HomeObject]] = home)
        new(Op.CreateClass, "CreateClass", [OperandKind.Function, OperandKind.Flags], -1, 2), // [super] → ctor proto (flags 1: has heritage)
        new(Op.Add, "Add", None, 2, 1),
        new(Op.Sub, "Sub", None, 2, 1),
        new(Op.Mul, "Mul", None, 2, 1),
        new(Op.Div, "Div", None, 2, 1),
        new(Op.Mod, "Mod", None, 2, 1),
        new(Op.Exp, "Exp", None, 2, 1),
        new(Op.BitAnd, "BitAnd", None, 2, 1),
        new(Op.BitOr, "BitOr", None, 2, 1),
        new(Op.BitXor, "BitXor", None, 2, 1),
        new(Op.Shl, "Shl", None, 2, 1),
        new(Op.Shr, "Shr", None, 2, 1),
        new(Op.UShr, "UShr", None, 2, 1),
        new(Op.Eq, "Eq", None, 2, 1),
        new(Op.Ne, "Ne", None, 2, 1),
        new(Op.StrictEq, "StrictEq", None, 2, 1),
        new(Op.StrictNe, "StrictNe", None, 2, 1),
        new(Op.Lt, "Lt", None, 2, 1),
        new(Op.Le, "Le", None, 2, 1),
        new(Op.Gt, "Gt", None, 2, 1),
        new(Op.Ge, "Ge", None, 2, 1),
        new(Op.Neg, "Neg", None, 1, 1),
        new(Op.Plus, "Plus", None, 1, 1),                               // ToNumber
        new(Op.Not, "Not", None, 1, 1),
        new(Op.BitNot, "BitNot", None, 1, 1),
        new(Op.Typeof, "Typeof", None, 1, 1),
        new(Op.ToNumeric, "ToNumeric", None, 1, 1),
        new(Op.Inc, "Inc", None, 1, 1),
        new(Op.Dec, "Dec", None, 1, 1),
        new(Op.ToStringOp, "ToString", None, 1, 1),
        new(Op.ToPropertyKey, "ToPropertyKey", None, 1, 1),
        new(Op.RequireObjectCoercible, "RequireObjectCoercible", None, 1, 1),
        new(Op.Jump, "Jump", T, 0, 0),                                  // backward jumps check the interrupt flag
        new(Op.JumpIfFalse, "JumpIfFalse", T, 1, 0),
        new(Op.JumpIfTrue, "JumpIfTrue", T, 1, 0),
        new(Op.JumpIfFalseOrPop, "JumpIfFalseOrPop", T, 1, 1),         // falsy: jump keeping v; else pop  (&&)
        new(Op.JumpIfTrueOrPop, "JumpIfTrueOrPop", T, 1, 1),           // truthy: jump keeping v; else pop (||)
        new(Op.JumpIfNotNullishOrPop, "JumpIfNotNullishOrPop", T, 1, 1), // (??)
        new(Op.JumpIfNotUndefined, "JumpIfNotUndefined", T, 1, 0),     // pops; jumps when not undefined (defaults)
        new(Op.JumpIfNullishUndefined, "JumpIfNullishUndefined", T, 1, 1), // nullish: replace by undefined and jump (?.)
        new(Op.Call, "Call", C, -1, 1),                                 // f this a1..an → result
        new(Op.CallSpread, "CallSpread", None, 3, 1),                   // f this argsArray → result
        new(Op.New, "New", C, -1, 1),                                   // f newTarget a1..an → result
        new(Op.NewSpread, "NewSpread", None, 3, 1),                     // f newTarget argsArray → result
        new(Op.SuperCall, "SuperCall", C, -1, 1),                       // a1..an → this
        new(Op.SuperCallSpread, "SuperCallSpread", None, 1, 1),         // argsArray → this
        new(Op.Return, "Return", None, 1, 0),
        new(Op.ReturnUndefined, "ReturnUndefined", None, 0, 0),
        new(Op.Throw, "Throw", None, 1, 0),
        new(Op.GetIterator, "GetIterator", None, 1, 2),                 // o → iterator next
        new(Op.IteratorNext, "IteratorNext", RT, 0, 1),                 // (r: iterator, r+1: next) → value, or jump t when done
        new(Op.IteratorStepValue, "IteratorStepValue", R, 0, 1),       // → next value, or undefined once done (r = undefined)
        new(Op.IteratorRest, "IteratorRest", R, 0, 1),                  // → array of the remaining values (r = undefined)
        new(Op.IteratorClose, "IteratorClose", R, 0, 0),                // calls r.return() if present
        new(Op.ForInStart, "ForInStart", None, 1, 1),                   // o → enumerator
        new(Op.ForInNext, "ForInNext", RT, 0, 1),                       // (r: enumerator) → key, or jump t when done
        new(Op.Debugger, "Debugger", None, 0, 0),
        // Suspension (generators, async functions, async generators; see Interpreting/Vm.Suspension.cs).
        new(Op.GeneratorStart, "GeneratorStart", None, 0, 0),           // generator: create the object, suspend, return it; async fn: create the promise
        new(Op.Yield, "Yield", T, 1, 1),                                // v → received (resumed by next); throw at this pc; return: jump t with the value
        new(Op.YieldDelegate, "YieldDelegate", R, 1, 1),                // yield* step: v → received, resume mode stored in r+2
        new(Op.Await, "Await", None, 1, 1),                             // v → settled value (or throw at this pc)
        new(Op.AsyncFail, "AsyncFail", None, 1, 0),                     // handler of an async body: reject the promise / request, leave
        new(Op.YieldStarCall, "YieldStarCall", RT, 1, 1),               // received → inner next/throw/return result (r: iterator, next, mode); no method: jump t keeping received
        new(Op.YieldStarResult, "YieldStarResult", T, 1, 1),            // result → result (sync) or its value (async); done: jump t with the value
        new(Op.YieldStarNoThrow, "YieldStarNoThrow", None, 0, 0),       // TypeError: the iterator has no throw method
        new(Op.GetAsyncIterator, "GetAsyncIterator", None, 1, 2),       // o → iterator next (async-from-sync wrapper if needed)
        new(Op.IteratorResultValue, "IteratorResultValue", T, 1, 1),   // result → value; done: jump t (popped)
        new(Op.IteratorCloseCall, "IteratorCloseCall", RT, 0, 1),      // → r.return() result (r = undefined); none: jump t
        new(Op.CheckObjectResult, "CheckObjectResult", None, 1, 0),     // TypeError unless an object
        new(Op.AwaitDelegate, "AwaitDelegate", R, 1, 1),                // async yield* return resumption: v → awaited v; rejection: reason, mode r+2 = throw
        // Class elements (see Compiling/Compiler.Classes.cs, Interpreting/Vm.Classes.cs).
        new(Op.NewPrivateName, "NewPrivateName", [OperandKind.Constant], 0, 1), // → a fresh Private Name from the PrivateNameInfo constants[k] (§6.2.12)
        new(Op.SetPrivateMethod, "SetPrivateMethod", FL, 2, 0),         // name fn → (the name's method / getter (flags 1) / setter (flags 2))
        new(Op.GetPrivate, "GetPrivate", None, 2, 1),                   // o name → o.#name (§7.3.31 PrivateGet)
        new(Op.SetPrivate, "SetPrivate", None, 3, 1),                   // o name v → v (§7.3.32 PrivateSet)
        new(Op.PrivateIn, "PrivateIn", None, 2, 1),                     // o name → bool (`#name in o`)
        new(Op.PrivateFieldAdd, "PrivateFieldAdd", None, 3, 1),         // o name v → o (§7.3.28)
        new(Op.PrivateMethodAdd, "PrivateMethodAdd", None, 2, 1),       // o name → o (§7.3.29)
        new(Op.GetTemplateObject, "GetTemplateObject", [OperandKind.Constant], 0, 1), // → the frozen strings array of the TemplateSite constants[k] (§13.2.8.4)
        new(Op.SetFunctionName, "SetFunctionName", FL, 2, 2),           // key fn → key fn (names an anonymous fn after the computed key; flags 1 "get ", 2 "set ")
        // Dynamic scopes: an environment object is a `with` object (§9.1.1.2, withEnvironment) or a
        // function's `%evalvars` (sloppy eval vars). A "ref" is such an object, or <empty> for the static binding.
        new(Op.JumpIfHasBinding, "JumpIfHasBinding", NT, 1, 1),         // env → env; jump t if HasBinding(env, n) (with: @@unscopables)
        new(Op.GetBindingValue, "GetBindingValue", N, 1, 1),            // env → GetBindingValue(n)
        new(Op.SetBinding, "SetBinding", N, 2, 0),                      // v env → (SetMutableBinding(n, v))
        new(Op.EmptyRef, "EmptyRef", None, 0, 1),                       // → <empty> (reference to the static binding)
        new(Op.JumpIfEmptyRef, "JumpIfEmptyRef", T, 1, 1),              // ref → ref; jump t if <empty>
        new(Op.PutRef, "PutRef", NT, 2, 1),                             // ref v → v (SetMutableBinding on env); <empty>: jump t with v
        new(Op.WithBaseThis, "WithBaseThis", None, 1, 1),               // env → this for a call (the with object, else undefined)
        new(Op.ToWithObject, "ToWithObject", None, 1, 1),               // v → ToObject(v) (§14.11.2)
        new(Op.NewEvalVars, "NewEvalVars", None, 0, 1),                 // → a new %evalvars object
        new(Op.DeclareEvalVar, "DeclareEvalVar", N, 1, 0),              // evalvars → (adds n = undefined unless present)
        new(Op.CallEval, "CallEval", [OperandKind.Count, OperandKind.Constant], -1, 1), // f this a1..an → result (direct eval when f is %eval%; k: EvalSite)
        new(Op.ImportCall, "ImportCall", None, 2, 1),                   // specifier options → promise (§13.3.10.1 import())
        new(Op.ImportMeta, "ImportMeta", None, 0, 1),                   // → import.meta of the running module (§13.3.12.1)
        new(Op.CopyDataPropertiesExcluding, "CopyDataPropertiesExcluding", None, 3, 1), // o src excludedKeysArray → o (object rest, §14.3.3.2)
        new(Op.SuperBase, "SuperBase", None, 0, 1),                     // → [[HomeObject]].[[GetPrototypeOf]]() (§9.1.1.3.5 GetSuperBase; null when none)
        new(Op.GetSuperRef, "GetSuperRef", None, 3, 1),                 // this k base → base[ToPropertyKey(k)] with receiver this
        new(Op.SetSuperRef, "SetSuperRef", None, 4, 1),                 // this k base v → v (base[ToPropertyKey(k)] = v, receiver this)
        new(Op.CreateMappedArguments, "CreateMappedArguments", [OperandKind.Constant], 0, 1), // → mapped arguments object (k: int[] parameter cell registers)
        // Explicit resource management (ES2026 §9.6; Compiler.Using.cs): r holds a scope's DisposeCapability.
        new(Op.DisposeNew, "DisposeNew", R, 0, 0),                      // r = a new DisposeCapability
        new(Op.UsingAdd, "UsingAdd", R, 1, 1),                          // v → v (AddDisposableResource(r, v, sync-dispose))
        new(Op.AwaitUsingAdd, "AwaitUsingAdd", R, 1, 1),                // v → v (AddDisposableResource(r, v, async-dispose))
        new(Op.DisposeSetError, "DisposeSetError", R, 1, 0),            // e → (r's completion becomes throw e)
        new(Op.Dispose, "Dispose", R, 0, 0),                            // DisposeResources(r) with sync awaits only; throws its throw completion
        new(Op.DisposeAsync, "DisposeAsync", RT, 0, 1),                 // → promise of DisposeResources(r) (the caller awaits it); nothing to dispose: no await, jump t (throwing a recorded error)
    ];

    public static OpInfo Info(Op op) => Table[(int)op];

    /// <summary>Stack effect of the instruction at <paramref name="pc"/> (count operands resolved).</summary>
    public static (int Pop, int Push) StackEffect(Op op, int countOperand)
    {
        var info = Table[(int)op];
        return op switch
        {
            Op.NewArray => (countOperand, 1),
            Op.Call or Op.New or Op.CallEval => (countOperand + 2, 1),
            Op.SuperCall => (countOperand, 1),
            Op.CreateClass => ((countOperand & 1) != 0 ? 1 : 0, 2),
            _ => (info.Pop, info.Push),
        };
    }

    static OpCodes()
    {
        for (int i = 0; i < Table.Length; i++)
            if ((int)Table[i].Op != i) throw new InvalidOperationException("OpCodes.Table out of order at " + Table[i].Name);
    }
}
