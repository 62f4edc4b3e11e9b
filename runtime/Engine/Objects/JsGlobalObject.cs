using System;
using System.Runtime.CompilerServices;

namespace Aot.Engine.Objects;

/// <summary>
/// A realm's global object: an ordinary object (§10.1) whose slots may hold a not-yet-created
/// intrinsic (<see cref="LazyIntrinsics"/>, an <see cref="JsTag.Internal"/> value in a data slot).
/// Every read of its own storage goes through <see cref="TryGetOwnFast"/>, which creates the family
/// first, so no observer (descriptors, `in`, [[Get]], global lookups, inline caches, which are only
/// filled by a lookup that went through here) can tell the property was ever different from an
/// ordinary data property. Keys and attributes are there from the start, so key order,
/// Object.keys, delete and redefinition see exactly what eager creation gives.
/// </summary>
public sealed class JsGlobalObject : JsObject
{
    public JsGlobalObject(JsObject? prototype) : base(prototype)
    {
        // A global object has well over 64 properties, past which shapes are unique anyway: starting
        // unique skips 64 intermediate shared shapes (and their copies) at every realm's creation.
        shape = Shape.NewUnique(128);
        slots = new JsValue[128];
    }

    public override bool TryGetOwnFast(in PropertyKey key, out JsValue slotValue, out PropertyFlags flags)
    {
        int slot = shape.Find(key);
        if (slot < 0) { slotValue = default; flags = 0; return false; }
        slotValue = slots[slot];
        flags = shape.FlagsAt(slot);
        if (slotValue.Tag == JsTag.Internal && (flags & PropertyFlags.Accessor) == 0) slotValue = Materialize(slot);
        return true;
    }

    public override bool DefineOwnProperty(in PropertyKey key, in PropertyDescriptor descriptor)
    {
        // Validation compares against the current value (a non-writable property), and a partial
        // descriptor keeps it: the real value must be in the slot first.
        int slot = shape.Find(key);
        if (slot >= 0 && IsDeferred(slot)) Materialize(slot);
        return OrdinaryDefineOwnProperty(key, descriptor);
    }

    /// <summary>The value of own data slot <paramref name="slot"/>, creating a deferred intrinsic first
    /// (the VM's global-variable slow path reads slots directly).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal JsValue ReadSlot(int slot)
    {
        var value = slots[slot];
        return value.Tag == JsTag.Internal ? Materialize(slot) : value;
    }

    private bool IsDeferred(int slot)
        => slots[slot].Tag == JsTag.Internal && (shape.FlagsAt(slot) & PropertyFlags.Accessor) == 0;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private JsValue Materialize(int slot)
    {
        // Creating the family never adds or removes global properties (its globals exist already),
        // so the slot index stays valid.
        ((LazyIntrinsics)slots[slot].Ref!).Ensure();
        var value = slots[slot];
        if (value.Tag == JsTag.Internal)
            throw new InvalidOperationException($"deferred intrinsic '{shape.KeyAt(slot)}' was not defined by its family");
        return value;
    }

    /// <summary>Stores a deferred family's global into its slot when the slot still holds the family
    /// (the program may have deleted or replaced the global meanwhile). False: no such slot.</summary>
    internal bool TryFillDeferred(in PropertyKey key, in JsValue value)
    {
        int slot = shape.Find(key);
        if (slot < 0) return false;
        if (IsDeferred(slot)) slots[slot] = value;
        return true;
    }
}
