using System.Collections.Generic;
using Aot.Engine.Parsing.Ast;

namespace Aot.Engine.Compiling;

/// <summary>
/// Explicit resource management (ES2026 §14.3.1 `using` / `await using` declarations, §9.6
/// DisposeResources). A scope that declares resources (a block, a function or module body, a
/// `for (using …;;)` loop, one iteration of `for (using … of …)`) gets a DisposeCapability in a
/// register and a <see cref="ControlKind.Dispose"/> control entry: its resources are disposed at
/// the normal end, on break / continue / return (inlined by EmitExits like a finally block), and
/// on a throw (a handler records the throw completion first, so a disposal error becomes a
/// SuppressedError; the disposal then rethrows). `await using` awaits the disposal's promise.
/// </summary>
internal sealed partial class FunctionEmitter
{
    /// <summary>Whether a statement list declares resources directly: (any, any with `await using`).</summary>
    private static (bool Any, bool Async) UsingDeclarations(IEnumerable<Statement> body)
    {
        bool any = false, isAsync = false;
        foreach (var s in body)
        {
            if (s is VariableDeclaration { DeclarationKind: VariableKind.Using or VariableKind.AwaitUsing } v)
            {
                any = true;
                if (v.DeclarationKind == VariableKind.AwaitUsing) isAsync = true;
            }
        }
        return (any, isAsync);
    }

    /// <summary>Emits a statement list, inside a disposal scope when it declares resources.</summary>
    private void EmitStatementsDisposing(IReadOnlyList<Statement> body)
    {
        var (any, isAsync) = UsingDeclarations(body);
        if (!any) { EmitStatements(body); return; }
        EmitDisposeScope(isAsync, () => EmitStatements(body));
    }

    /// <summary>Runs <paramref name="emitBody"/> as a scope whose resources are disposed on every exit.</summary>
    private void EmitDisposeScope(bool isAsync, System.Action emitBody)
    {
        int capability = NewRegister();
        b.Emit(Op.DisposeNew, capability);
        var entry = new ControlEntry(ControlKind.Dispose) { DisposeRegister = capability, AsyncDispose = isAsync };
        var region = new Region();
        region.Open(b.Length);
        entry.Regions.Add(region);
        control.Add(entry);
        emitBody();
        control.Remove(entry);
        region.Close(b.Length);
        int handler = b.NewLabel(), end = b.NewLabel();
        finishedRegions.Add((region, handler));
        // Normal completion.
        EmitDispose(capability, isAsync);
        b.EmitJump(Op.Jump, end);
        // Throw completion: DisposeResources(capability, throw e) throws e or a SuppressedError.
        b.MarkHandler(handler);
        b.Emit(Op.DisposeSetError, capability);
        EmitDispose(capability, isAsync);
        b.Emit(Op.Undefined); // not reached: the disposal rethrows
        b.Emit(Op.Throw);
        b.Mark(end);
    }

    private void EmitDispose(int capability, bool isAsync)
    {
        if (isAsync)
        {
            int skip = b.NewLabel();
            b.EmitJump(Op.DisposeAsync, capability, skip);
            b.Emit(Op.Await);
            b.Emit(Op.Pop);
            b.Mark(skip);
        }
        else b.Emit(Op.Dispose, capability);
    }

    /// <summary>After a `using` initializer's value is on the stack: adds it to the innermost disposal scope.</summary>
    private void EmitAddResource(VariableKind kind, Node at)
    {
        for (int i = control.Count - 1; i >= 0; i--)
        {
            if (control[i].Kind != ControlKind.Dispose) continue;
            b.Emit(kind == VariableKind.AwaitUsing ? Op.AwaitUsingAdd : Op.UsingAdd, control[i].DisposeRegister);
            return;
        }
        throw Unsupported.Feature("a 'using' declaration here", at);
    }
}
