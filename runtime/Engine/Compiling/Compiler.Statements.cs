using System.Collections.Generic;
using Aot.Engine.Parsing.Ast;

namespace Aot.Engine.Compiling;

/// <summary>A protected pc range list with one handler; suspended around code that leaves the try
/// early (inlined finally blocks, iterator closing) so that code is not protected by it.</summary>
internal sealed class Region
{
    public readonly List<(int Start, int End)> Ranges = new();
    public int OpenStart = -1;

    public void Open(int pc) => OpenStart = pc;

    public void Close(int pc)
    {
        if (OpenStart >= 0 && pc > OpenStart) Ranges.Add((OpenStart, pc));
        OpenStart = -1;
    }
}

internal enum ControlKind : byte { Loop, Label, Switch, Try, ForOf, Dispose }

/// <summary>An entry of the break/continue/finally stack.</summary>
internal sealed class ControlEntry(ControlKind kind)
{
    public ControlKind Kind = kind;
    public List<string>? Labels;
    public int BreakLabel = -1;
    public int ContinueLabel = -1;
    /// <summary>Try: the finally block inlined on every early exit.</summary>
    public BlockStatement? Finalizer;
    /// <summary>ForOf: register of the iterator to close on early exit.</summary>
    public int IteratorRegister = -1;
    /// <summary>ForOf: `for await` (closing awaits the iterator's return()).</summary>
    public bool AsyncIterator;
    /// <summary>Dispose: register of the scope's DisposeCapability (Compiler.Using.cs).</summary>
    public int DisposeRegister = -1;
    /// <summary>Dispose: the scope has `await using` (disposal is awaited).</summary>
    public bool AsyncDispose;
    public readonly List<Region> Regions = new();
}

internal sealed partial class FunctionEmitter
{
    private readonly List<ControlEntry> control = new();
    private List<string>? pendingLabels;

    private void EmitStatements(IEnumerable<Statement> body) { foreach (var s in body) EmitStatement(s); }

    private List<string>? TakeLabels()
    {
        var labels = pendingLabels;
        pendingLabels = null;
        return labels;
    }

    private void EmitStatement(Statement statement)
    {
        if (statement is not (LabeledStatement or WhileStatement or DoWhileStatement or ForStatement or ForInStatement or ForOfStatement or BlockStatement))
            pendingLabels = null;
        // Script/eval completion values: these statements complete with undefined unless their body produces a value (UpdateEmpty(C, undefined)).
        if (completionRegister >= 0 && statement is IfStatement or WhileStatement or DoWhileStatement or ForStatement or ForInStatement or ForOfStatement or SwitchStatement)
        {
            b.Emit(Op.Undefined);
            b.Emit(Op.StoreLocal, completionRegister);
        }
        switch (statement)
        {
            case ExpressionStatement e:
                Position(e);
                EmitExpression(e.Expression);
                if (completionRegister >= 0) b.Emit(Op.StoreLocal, completionRegister);
                else b.Emit(Op.Pop);
                break;
            case VariableDeclaration v: EmitVariableDeclaration(v); break;
            case FunctionDeclaration fd: EmitBlockFunctionDeclaration(fd); break; // hoisted (Annex B: copied to its var)
            case ClassDeclaration c:
                Position(c);
                EmitClass(c, c.Id, c.SuperClass, c.Body, c.Id!.Name);
                EmitStore(c.Id!.Name, c, init: true);
                break;
            case EmptyStatement or DebuggerStatement: break;
            case ImportDeclaration or ExportNamedDeclaration or ExportDefaultDeclaration or ExportAllDeclaration: EmitModuleItem(statement); break;
            case BlockStatement block: EmitBlock(block); break;
            case IfStatement i:
            {
                Position(i);
                int elseLabel = b.NewLabel(), end = b.NewLabel();
                EmitCondition(i.Test, elseLabel);
                EmitStatement(i.Consequent);
                if (i.Alternate != null)
                {
                    b.EmitJump(Op.Jump, end);
                    b.Mark(elseLabel);
                    EmitStatement(i.Alternate);
                }
                else b.Mark(elseLabel);
                b.Mark(end);
                break;
            }
            case ReturnStatement r:
                Position(r);
                if (r.Argument != null)
                {
                    EmitExpression(r.Argument);
                    // §15.6: `return x` in an async generator awaits x.
                    if (isAsync && isGenerator) b.Emit(Op.Await);
                }
                else b.Emit(Op.Undefined);
                EmitReturnOfStackTop();
                break;
            case ThrowStatement t:
                Position(t);
                EmitExpression(t.Argument);
                Position(t);
                b.Emit(Op.Throw);
                break;
            case WhileStatement w: EmitWhile(w); break;
            case DoWhileStatement d: EmitDoWhile(d); break;
            case ForStatement f: EmitFor(f); break;
            case ForInStatement f: EmitForIn(f); break;
            case ForOfStatement f: EmitForOf(f); break;
            case LabeledStatement l: EmitLabeled(l); break;
            case BreakStatement br: EmitBreak(br.Label?.Name, br); break;
            case ContinueStatement co: EmitContinue(co.Label?.Name, co); break;
            case TryStatement t: EmitTry(t); break;
            case SwitchStatement sw: EmitSwitch(sw); break;
            case WithStatement w: EmitWith(w); break;
            default: throw Unsupported.Feature(statement.Kind.ToString(), statement);
        }
    }

    private void EmitBlock(BlockStatement block)
    {
        var labels = TakeLabels();
        ControlEntry? entry = null;
        if (labels != null)
        {
            entry = new ControlEntry(ControlKind.Label) { Labels = labels, BreakLabel = b.NewLabel() };
            control.Add(entry);
        }
        var s = analysis.Scopes[block];
        EnterScope(s);
        HoistBlockFunctions(block.Body);
        EmitStatementsDisposing(block.Body);
        ExitScope(s);
        if (entry != null)
        {
            control.RemoveAt(control.Count - 1);
            b.Mark(entry.BreakLabel);
        }
    }

    private void EmitLabeled(LabeledStatement l)
    {
        (pendingLabels ??= new()).Add(l.Label.Name);
        var body = l.Body;
        if (body is LabeledStatement or WhileStatement or DoWhileStatement or ForStatement or ForInStatement or ForOfStatement or BlockStatement)
        {
            EmitStatement(body);
            return;
        }
        var entry = new ControlEntry(ControlKind.Label) { Labels = TakeLabels(), BreakLabel = b.NewLabel() };
        control.Add(entry);
        EmitStatement(body);
        control.RemoveAt(control.Count - 1);
        b.Mark(entry.BreakLabel);
    }

    private void EmitVariableDeclaration(VariableDeclaration v)
    {
        bool resource = v.DeclarationKind is VariableKind.Using or VariableKind.AwaitUsing;
        foreach (var d in v.Declarations)
        {
            Position(d);
            if (d.Init == null)
            {
                if (v.DeclarationKind == VariableKind.Var) continue;
                b.Emit(Op.Undefined);
                EmitBindingInitialization(d.Id, init: true);
                continue;
            }
            EmitExpression(d.Init, NameOf(d.Id));
            if (resource) EmitAddResource(v.DeclarationKind, d);
            EmitBindingInitialization(d.Id, init: v.DeclarationKind != VariableKind.Var);
        }
    }

    /// <summary>Jumps to <paramref name="falseLabel"/> when the test is falsy.</summary>
    private void EmitCondition(Expression test, int falseLabel)
    {
        if (test is UnaryExpression { Operator: UnaryOperator.LogicalNot } not)
        {
            EmitExpression(not.Argument);
            b.EmitJump(Op.JumpIfTrue, falseLabel);
            return;
        }
        EmitExpression(test);
        b.EmitJump(Op.JumpIfFalse, falseLabel);
    }

    private ControlEntry PushLoop(ControlKind kind = ControlKind.Loop)
    {
        var entry = new ControlEntry(kind) { Labels = TakeLabels(), BreakLabel = b.NewLabel(), ContinueLabel = b.NewLabel() };
        control.Add(entry);
        return entry;
    }

    private void PopControl() => control.RemoveAt(control.Count - 1);

    private void EmitWhile(WhileStatement w)
    {
        var loop = PushLoop();
        int top = b.NewLabel();
        b.Mark(top);
        b.Mark(loop.ContinueLabel);
        Position(w);
        EmitCondition(w.Test, loop.BreakLabel);
        EmitStatement(w.Body);
        b.EmitJump(Op.Jump, top);
        PopControl();
        b.Mark(loop.BreakLabel);
    }

    private void EmitDoWhile(DoWhileStatement d)
    {
        var loop = PushLoop();
        int top = b.NewLabel();
        b.Mark(top);
        EmitStatement(d.Body);
        b.Mark(loop.ContinueLabel);
        Position(d.Test);
        EmitExpression(d.Test);
        b.EmitJump(Op.JumpIfTrue, top);
        PopControl();
        b.Mark(loop.BreakLabel);
    }

    /// <summary>ECMA-262 §14.7.4.2 ForLoopEvaluation with §14.7.4.4 CreatePerIterationEnvironment:
    /// captured loop-head bindings get a fresh cell (holding the current value) for every iteration.</summary>
    private void EmitFor(ForStatement f)
    {
        var labels = TakeLabels();
        Scope? headScope = null;
        if (f.Init is VariableDeclaration { DeclarationKind: not VariableKind.Var })
        {
            headScope = analysis.Scopes[f];
            EnterScope(headScope);
        }
        if (f.Init is VariableDeclaration { DeclarationKind: VariableKind.Using or VariableKind.AwaitUsing } uv)
        {
            // §14.7.4.2 ForLoopEvaluation: the head's resources are disposed when the loop ends.
            EmitDisposeScope(uv.DeclarationKind == VariableKind.AwaitUsing, () =>
            {
                EmitVariableDeclaration(uv);
                EmitForRest(f, labels, headScope);
            });
            if (headScope != null) ExitScope(headScope);
            return;
        }
        if (f.Init is VariableDeclaration v) EmitVariableDeclaration(v);
        else if (f.Init is Expression init) { Position(init); EmitExpression(init); b.Emit(Op.Pop); }
        EmitForRest(f, labels, headScope);
        if (headScope != null) ExitScope(headScope);
    }

    private void EmitForRest(ForStatement f, List<string>? labels, Scope? headScope)
    {

        var perIteration = new List<Binding>();
        if (headScope != null)
            foreach (var binding in headScope.Ordered)
                if (binding.Captured && binding.Kind == BindingKind.Let) perIteration.Add(binding);
        foreach (var binding in perIteration) b.Emit(Op.CopyCell, binding.Register);

        pendingLabels = labels;
        var loop = PushLoop();
        int top = b.NewLabel();
        b.Mark(top);
        if (f.Test != null) { Position(f.Test); EmitCondition(f.Test, loop.BreakLabel); }
        EmitStatement(f.Body);
        b.Mark(loop.ContinueLabel);
        foreach (var binding in perIteration) b.Emit(Op.CopyCell, binding.Register);
        if (f.Update != null) { Position(f.Update); EmitExpression(f.Update); b.Emit(Op.Pop); }
        b.EmitJump(Op.Jump, top);
        PopControl();
        b.Mark(loop.BreakLabel);
    }

    /// <summary>Assigns the value on the stack to a for-in/of head (a fresh declaration per iteration).</summary>
    private void EmitForHeadBinding(Node left, Scope? headScope)
    {
        if (headScope != null)
        {
            // New bindings for this iteration (fresh cells when captured).
            foreach (var binding in headScope.Ordered)
                if (binding.Captured) b.Emit(Op.NewCell, binding.Register);
        }
        if (left is VariableDeclaration v)
        {
            if (v.DeclarationKind is VariableKind.Using or VariableKind.AwaitUsing) EmitAddResource(v.DeclarationKind, v);
            EmitBindingInitialization(v.Declarations[0].Id, init: v.DeclarationKind != VariableKind.Var);
        }
        else EmitAssignmentTarget(left);
    }

    private Scope? EnterForHeadScope(Node statement, Node left)
    {
        if (left is not VariableDeclaration { DeclarationKind: not VariableKind.Var }) return null;
        var s = analysis.Scopes[statement];
        EnterScope(s);
        return s;
    }

    /// <summary>ECMA-262 §14.7.5 for-in: enumerates enumerable string keys up the prototype chain.</summary>
    private void EmitForIn(ForInStatement f)
    {
        var labels = TakeLabels();
        if (f.Left is VariableDeclaration { DeclarationKind: VariableKind.Var } vd && vd.Declarations[0].Init is { } annexInit)
        {
            EmitExpression(annexInit);
            EmitBindingInitialization(vd.Declarations[0].Id, init: false);
        }
        var headScope = EnterForHeadScope(f, f.Left);
        Position(f);
        EmitExpression(f.Right);
        if (headScope != null) ExitScope(headScope);
        int enumerator = NewRegister();
        b.Emit(Op.ForInStart);
        b.Emit(Op.StoreLocal, enumerator);
        pendingLabels = labels;
        var loop = PushLoop();
        b.Mark(loop.ContinueLabel);
        b.EmitJump(Op.ForInNext, enumerator, loop.BreakLabel);
        if (headScope != null) scope = headScope;
        EmitForHeadBinding(f.Left, headScope);
        EmitStatement(f.Body);
        if (headScope != null) ExitScope(headScope);
        b.EmitJump(Op.Jump, loop.ContinueLabel);
        PopControl();
        b.Mark(loop.BreakLabel);
    }

    /// <summary>ECMA-262 §14.7.5 for-of over the iterator protocol; the iterator is closed on break,
    /// return and throw out of the body.</summary>
    private void EmitForOf(ForOfStatement f)
    {
        var labels = TakeLabels();
        var headScope = EnterForHeadScope(f, f.Left);
        Position(f);
        EmitExpression(f.Right);
        if (headScope != null) ExitScope(headScope);
        int iterator = NewRegister();
        NewRegister(); // iterator + 1: the next method
        Position(f);
        b.Emit(f.Await ? Op.GetAsyncIterator : Op.GetIterator);
        b.Emit(Op.StoreLocal, iterator + 1);
        b.Emit(Op.StoreLocal, iterator);

        pendingLabels = labels;
        var loop = PushLoop(ControlKind.ForOf);
        loop.IteratorRegister = iterator;
        loop.AsyncIterator = f.Await;
        var region = new Region();
        loop.Regions.Add(region);
        int handler = b.NewLabel();
        b.Mark(loop.ContinueLabel);
        if (f.Await)
        {
            // §14.7.5.7 ForIn/OfBodyEvaluation steps 6.a-e with iteratorKind async.
            b.Emit(Op.LoadLocal, iterator + 1);
            b.Emit(Op.LoadLocal, iterator);
            b.Emit(Op.Call, 0);
            b.Emit(Op.Await);
            b.EmitJumpPopped(Op.IteratorResultValue, loop.BreakLabel);
        }
        else b.EmitJump(Op.IteratorNext, iterator, loop.BreakLabel);
        region.Open(b.Length);
        if (headScope != null) scope = headScope;
        if (f.Left is VariableDeclaration { DeclarationKind: VariableKind.Using or VariableKind.AwaitUsing } uv)
        {
            // §14.7.5.7 ForIn/OfBodyEvaluation step 6.k: each iteration disposes its resource.
            EmitDisposeScope(uv.DeclarationKind == VariableKind.AwaitUsing, () =>
            {
                EmitForHeadBinding(f.Left, headScope);
                EmitStatement(f.Body);
            });
        }
        else
        {
            EmitForHeadBinding(f.Left, headScope);
            EmitStatement(f.Body);
        }
        if (headScope != null) ExitScope(headScope);
        region.Close(b.Length);
        b.EmitJump(Op.Jump, loop.ContinueLabel);
        PopControl();
        finishedRegions.Add((region, handler));
        // Throw from the body: close the iterator (its own errors are ignored, §7.4.11 step 5), rethrow.
        b.MarkHandler(handler);
        int exception = AllocTemp();
        b.Emit(Op.StoreLocal, exception);
        if (f.Await)
        {
            // §7.4.13 AsyncIteratorClose with a throw completion: return() is called and awaited, its
            // errors are dropped, the original exception is rethrown.
            var closing = new Region();
            int rethrow = b.NewLabel(), ignored = b.NewLabel();
            closing.Open(b.Length);
            b.EmitJump(Op.IteratorCloseCall, iterator, rethrow);
            b.Emit(Op.Await);
            b.Emit(Op.Pop);
            closing.Close(b.Length);
            finishedRegions.Add((closing, ignored));
            b.Mark(rethrow);
            b.Emit(Op.LoadLocal, exception);
            b.Emit(Op.Throw);
            b.MarkHandler(ignored);
            b.Emit(Op.Pop);
            b.Emit(Op.LoadLocal, exception);
            b.Emit(Op.Throw);
        }
        else
        {
            b.Emit(Op.IteratorClose, iterator);
            b.Emit(Op.LoadLocal, exception);
            b.Emit(Op.Throw);
        }
        FreeTemp(exception);
        b.Mark(loop.BreakLabel);
    }

    /// <summary>§7.4.13 AsyncIteratorClose (normal completion): await iterator.return() and check its result.</summary>
    private void EmitAsyncIteratorClose(int iterator)
    {
        int skip = b.NewLabel();
        b.EmitJump(Op.IteratorCloseCall, iterator, skip);
        b.Emit(Op.Await);
        b.Emit(Op.CheckObjectResult);
        b.Mark(skip);
    }

    /// <summary>ECMA-262 §15.5.5 `yield`: in async generators the operand is awaited first
    /// (§27.6.3.8); a `return()` resumption leaves through the finally blocks (awaited first in async
    /// generators, §27.6.3.7 AsyncGeneratorUnwrapYieldResumption).</summary>
    private void EmitYield(YieldExpression y)
    {
        if (y.Argument != null) EmitExpression(y.Argument); else b.Emit(Op.Undefined);
        Position(y);
        if (isAsync) b.Emit(Op.Await);
        int returning = b.NewLabel(), after = b.NewLabel();
        b.EmitJump(Op.Yield, returning);
        b.EmitJump(Op.Jump, after);
        b.Mark(returning);
        EmitGeneratorReturn();
        b.Mark(after);
    }

    /// <summary>A return completion delivered at a yield point: the value on the stack leaves the function.</summary>
    private void EmitGeneratorReturn()
    {
        if (isAsync) b.Emit(Op.Await);
        EmitReturnOfStackTop();
    }

    /// <summary>ECMA-262 §15.5.5 `yield*` step 7: forwards next/throw/return to the inner iterator.
    /// Registers r (iterator), r+1 (next), r+2 (resume mode: 0 next, 1 throw, 2 return).</summary>
    private void EmitYieldStar(YieldExpression y)
    {
        EmitExpression(y.Argument!);
        Position(y);
        int r = NewRegister();
        NewRegister();
        NewRegister();
        b.Emit(isAsync ? Op.GetAsyncIterator : Op.GetIterator);
        b.Emit(Op.StoreLocal, r + 1);
        b.Emit(Op.StoreLocal, r);
        b.Emit(Op.Int, 0);
        b.Emit(Op.StoreLocal, r + 2);
        b.Emit(Op.Undefined);
        int loop = b.NewLabel(), noMethod = b.NewLabel(), done = b.NewLabel(), returning = b.NewLabel(), end = b.NewLabel();
        b.Mark(loop);
        b.EmitJump(Op.YieldStarCall, r, noMethod, keepsValue: true);
        if (isAsync) b.Emit(Op.Await);
        b.EmitJump(Op.YieldStarResult, done);
        b.Emit(Op.YieldDelegate, r);
        if (isAsync)
        {
            // §27.6.3.7 AsyncGeneratorUnwrapYieldResumption: a return resumption is awaited first.
            b.Emit(Op.LoadLocal, r + 2);
            b.Emit(Op.Int, (int)2);
            b.Emit(Op.StrictEq);
            b.EmitJump(Op.JumpIfFalse, loop);
            b.Emit(Op.AwaitDelegate, r);
        }
        b.EmitJump(Op.Jump, loop);

        // The inner iterator finished: a normal value, or the generator's return value in return mode.
        b.Mark(done);
        b.Emit(Op.LoadLocal, r + 2);
        b.Emit(Op.Int, (int)2);
        b.Emit(Op.StrictEq);
        b.EmitJump(Op.JumpIfFalse, end);
        b.EmitJump(Op.Jump, returning);

        // No throw / return method: throw closes the iterator then fails; return returns.
        b.Mark(noMethod);
        b.Emit(Op.LoadLocal, r + 2);
        b.Emit(Op.Int, (int)2);
        b.Emit(Op.StrictEq);
        b.EmitJump(Op.JumpIfTrue, returning);
        b.Emit(Op.Pop);
        if (isAsync) EmitAsyncIteratorClose(r);
        else b.Emit(Op.IteratorClose, r);
        b.Emit(Op.YieldStarNoThrow);

        b.Mark(returning);
        EmitGeneratorReturn();
        b.Mark(end);
    }

    private void EmitSwitch(SwitchStatement sw)
    {
        var labels = TakeLabels();
        Position(sw);
        EmitExpression(sw.Discriminant);
        int value = AllocTemp();
        b.Emit(Op.StoreLocal, value);
        var s = analysis.Scopes[sw];
        EnterScope(s);
        var all = new List<Statement>();
        foreach (var c in sw.Cases) all.AddRange(c.Consequent);
        HoistBlockFunctions(all);
        var entry = new ControlEntry(ControlKind.Switch) { Labels = labels, BreakLabel = b.NewLabel() };
        control.Add(entry);
        var caseLabels = new int[sw.Cases.Length];
        int defaultIndex = -1;
        for (int i = 0; i < sw.Cases.Length; i++)
        {
            caseLabels[i] = b.NewLabel();
            var test = sw.Cases[i].Test;
            if (test == null) { defaultIndex = i; continue; }
            b.Emit(Op.LoadLocal, value);
            EmitExpression(test);
            b.Emit(Op.StrictEq);
            b.EmitJump(Op.JumpIfTrue, caseLabels[i]);
        }
        b.EmitJump(Op.Jump, defaultIndex >= 0 ? caseLabels[defaultIndex] : entry.BreakLabel);
        for (int i = 0; i < sw.Cases.Length; i++)
        {
            b.Mark(caseLabels[i]);
            EmitStatements(sw.Cases[i].Consequent);
        }
        PopControl();
        b.Mark(entry.BreakLabel);
        ExitScope(s);
        FreeTemp(value);
    }

    // ------------------------------------------------------------------ try / finally and early exits

    private void EmitTry(TryStatement t)
    {
        TakeLabels();
        var entry = new ControlEntry(ControlKind.Try) { Finalizer = t.Finalizer };
        Region? catchRegion = null, finallyRegion = null;
        int catchLabel = b.NewLabel(), finallyHandler = b.NewLabel(), afterCatch = b.NewLabel(), end = b.NewLabel();
        if (t.Finalizer != null) { finallyRegion = new Region(); finallyRegion.Open(b.Length); entry.Regions.Add(finallyRegion); }
        if (t.Handler != null) { catchRegion = new Region(); catchRegion.Open(b.Length); entry.Regions.Add(catchRegion); }
        control.Add(entry);
        EmitBlock(t.Block);
        if (catchRegion != null)
        {
            catchRegion.Close(b.Length);
            entry.Regions.Remove(catchRegion);
            finishedRegions.Add((catchRegion, catchLabel));
            b.EmitJump(Op.Jump, afterCatch);
            b.MarkHandler(catchLabel);
            var handler = t.Handler!;
            var catchScope = analysis.Scopes[handler];
            EnterScope(catchScope);
            if (handler.Param != null) EmitBindingInitialization(handler.Param, init: true);
            else b.Emit(Op.Pop);
            EmitBlock(handler.Body);
            ExitScope(catchScope);
        }
        b.Mark(afterCatch);
        PopControl();
        if (finallyRegion != null)
        {
            finallyRegion.Close(b.Length);
            finishedRegions.Add((finallyRegion, finallyHandler));
            EmitBlock(t.Finalizer!);
            b.EmitJump(Op.Jump, end);
            b.MarkHandler(finallyHandler);
            int exception = AllocTemp();
            b.Emit(Op.StoreLocal, exception);
            EmitBlock(t.Finalizer!);
            b.Emit(Op.LoadLocal, exception);
            b.Emit(Op.Throw);
            FreeTemp(exception);
        }
        b.Mark(end);
    }

    /// <summary>Returns the value on the stack, running the finally blocks and iterator closes on the way.</summary>
    private void EmitReturnOfStackTop()
    {
        if (HasExitCode(-1))
        {
            int temp = AllocTemp();
            b.Emit(Op.StoreLocal, temp);
            EmitExits(-1, () => { b.Emit(Op.LoadLocal, temp); b.Emit(Op.Return); });
            FreeTemp(temp);
        }
        else b.Emit(Op.Return);
    }

    /// <summary>Whether leaving to control index <paramref name="targetIndex"/> runs any code first.</summary>
    private bool HasExitCode(int targetIndex)
    {
        for (int i = control.Count - 1; i > targetIndex; i--)
            if (control[i].Finalizer != null || control[i].Kind is ControlKind.ForOf or ControlKind.Dispose || control[i].Regions.Count > 0) return true;
        return false;
    }

    /// <summary>Leaves every control entry above <paramref name="targetIndex"/>: suspends their
    /// protected ranges, closes iterators, inlines finally blocks; then emits the jump itself.</summary>
    private void EmitExits(int targetIndex, System.Action emitJump, bool closeTargetIterator = false)
    {
        var suspended = new List<Region>();
        int last = closeTargetIterator ? targetIndex : targetIndex + 1;
        for (int i = control.Count - 1; i >= last && i >= 0; i--)
        {
            var entry = control[i];
            foreach (var r in entry.Regions)
                if (r.OpenStart >= 0) { r.Close(b.Length); suspended.Add(r); }
            if (entry.Kind == ControlKind.Dispose) EmitDispose(entry.DisposeRegister, entry.AsyncDispose);
            if (entry.Kind == ControlKind.ForOf)
            {
                if (entry.AsyncIterator) EmitAsyncIteratorClose(entry.IteratorRegister);
                else b.Emit(Op.IteratorClose, entry.IteratorRegister);
            }
            if (entry.Finalizer != null)
            {
                var saved = control.GetRange(i, control.Count - i);
                control.RemoveRange(i, control.Count - i);
                EmitBlock(entry.Finalizer);
                control.AddRange(saved);
            }
        }
        emitJump();
        foreach (var r in suspended) r.Open(b.Length);
    }

    private int FindTarget(string? label, bool isContinue, Node at)
    {
        for (int i = control.Count - 1; i >= 0; i--)
        {
            var e = control[i];
            if (label == null)
            {
                if (isContinue ? e.ContinueLabel >= 0 : e.Kind is ControlKind.Loop or ControlKind.ForOf or ControlKind.Switch) return i;
            }
            else if (e.Labels != null && e.Labels.Contains(label) && (!isContinue || e.ContinueLabel >= 0)) return i;
        }
        throw Unsupported.Feature("this break/continue target", at);
    }

    private void EmitBreak(string? label, Node at)
    {
        int target = FindTarget(label, false, at);
        var entry = control[target];
        EmitExits(target, () => b.EmitJump(Op.Jump, entry.BreakLabel), closeTargetIterator: entry.Kind == ControlKind.ForOf);
    }

    private void EmitContinue(string? label, Node at)
    {
        int target = FindTarget(label, true, at);
        var entry = control[target];
        EmitExits(target, () => b.EmitJump(Op.Jump, entry.ContinueLabel));
    }
}
