using System;
using System.Collections.Generic;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins;

/// <summary>
/// An object with a [[Cells]] internal slot (ECMA-262 §26.2). Targets and unregister tokens are held
/// through .NET weak references, held values strongly; a cell whose target the .NET GC collected is
/// "empty" and its held value goes to the cleanup callback when the host runs cleanup
/// (<see cref="Interpreting.Vm.CleanupFinalizationRegistries"/>, HostEnqueueFinalizationRegistryCleanupJob).
/// </summary>
public sealed class JsFinalizationRegistry : JsObject
{
    private struct Cell
    {
        public WeakReference<object> Target;
        public JsValue HeldValue;
        /// <summary>Null: ~empty~.</summary>
        public WeakReference<object>? UnregisterToken;
    }

    internal readonly Realm Realm;
    internal readonly JsObject CleanupCallback;
    private readonly List<Cell> cells = new();

    internal JsFinalizationRegistry(JsObject prototype, Realm realm, JsObject cleanupCallback) : base(prototype)
    {
        Realm = realm;
        CleanupCallback = cleanupCallback;
        realm.Vm.TrackFinalizationRegistry(this);
    }

    public override string ClassName => "FinalizationRegistry";

    internal void Register(object target, in JsValue heldValue, object? unregisterToken)
        => cells.Add(new Cell
        {
            Target = new WeakReference<object>(target),
            HeldValue = heldValue,
            UnregisterToken = unregisterToken == null ? null : new WeakReference<object>(unregisterToken),
        });

    internal bool Unregister(object token)
    {
        bool removed = false;
        for (int i = cells.Count - 1; i >= 0; i--)
        {
            if (cells[i].UnregisterToken is { } w && w.TryGetTarget(out var t) && ReferenceEquals(t, token))
            {
                cells.RemoveAt(i);
                removed = true;
            }
        }
        return removed;
    }

    /// <summary>§9.13 CleanupFinalizationRegistry: each empty cell is removed and its held value passed
    /// to the callback; an exception from the callback propagates (the rest wait for the next run).
    /// Returns the number of callbacks made.</summary>
    internal int Cleanup()
    {
        int calls = 0;
        for (int i = 0; i < cells.Count; i++)
        {
            if (cells[i].Target.TryGetTarget(out _)) continue;
            var held = cells[i].HeldValue;
            cells.RemoveAt(i--);
            calls++;
            Operations.Call(CleanupCallback, JsValue.Undefined, new ReadOnlySpan<JsValue>(in held));
        }
        return calls;
    }

    internal bool HasEmptyCells()
    {
        foreach (var c in cells) if (!c.Target.TryGetTarget(out _)) return true;
        return false;
    }
}
