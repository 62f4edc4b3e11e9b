using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace Aot.Engine.Objects;

/// <summary>
/// An ordinary object (ECMA-262 §10.1): a <see cref="Shape"/> naming its own properties, a slot
/// array with their values (or <see cref="Accessor"/>s), a prototype and an extensible flag.
/// The internal methods are virtual; exotic objects (arrays, functions, wrappers) override them.
/// Own storage is reached through <see cref="TryGetOwnFast"/>/<see cref="TrySetOwnFast"/>, which
/// exotic objects also override, so the ordinary [[Get]]/[[Set]] loops walk any prototype chain
/// without recursion.
/// </summary>
public partial class JsObject
{
    private static readonly JsValue[] NoSlots = Array.Empty<JsValue>();

    internal Shape shape = Shape.Empty;
    internal JsValue[] slots = NoSlots;
    internal JsObject? prototype;
    internal bool extensible = true;

    public JsObject(JsObject? prototype) { this.prototype = prototype; }

    /// <summary>The [[Class]]-like name used by inspection and default messages.</summary>
    public virtual string ClassName => "Object";

    public Shape Shape => shape;

    // ------------------------------------------------------------------ own storage (shape + slots)

    /// <summary>Own property lookup: the slot content (a value, or an Accessor when Accessor is set) and flags.</summary>
    public virtual bool TryGetOwnFast(in PropertyKey key, out JsValue slotValue, out PropertyFlags flags)
    {
        int slot = shape.Find(key);
        if (slot < 0) { slotValue = default; flags = 0; return false; }
        slotValue = slots[slot];
        flags = shape.FlagsAt(slot);
        return true;
    }

    /// <summary>Writes an existing own writable data property; false when there is none (then the
    /// caller takes the full OrdinarySet path).</summary>
    protected virtual bool TrySetOwnFast(in PropertyKey key, in JsValue value)
    {
        int slot = shape.Find(key);
        if (slot < 0 || (shape.FlagsAt(slot) & (PropertyFlags.Writable | PropertyFlags.Accessor)) != PropertyFlags.Writable) return false;
        slots[slot] = value;
        return true;
    }

    /// <summary>Appends a property that does not exist yet, with no checks (built-in setup, literals).</summary>
    public void AddProperty(in PropertyKey key, in JsValue value, PropertyFlags flags)
    {
        int slot = shape.Count;
        shape = shape.Add(key, flags);
        if (slot == slots.Length) Array.Resize(ref slots, slot == 0 ? 4 : slot * 2);
        slots[slot] = value;
    }

    /// <summary>Appends properties that do not exist yet, all with <paramref name="flags"/>, with no checks
    /// (built-in setup): one new shape instead of one per key (<see cref="Shape.AddMany"/>).</summary>
    internal void AddProperties(ReadOnlySpan<PropertyKey> keys, ReadOnlySpan<JsValue> values, PropertyFlags flags)
    {
        int start = shape.Count;
        shape = shape.AddMany(keys, flags);
        if (shape.Count > slots.Length) Array.Resize(ref slots, Math.Max(shape.Count, 4));
        values.CopyTo(slots.AsSpan(start));
    }

    /// <summary>Appends a property when the caller already knows the resulting shape (a cached transition
    /// from this object's shape).</summary>
    internal void AppendSlot(Shape next, in JsValue value)
    {
        int slot = shape.Count;
        shape = next;
        if (slot == slots.Length) Array.Resize(ref slots, slot == 0 ? 4 : slot * 2);
        slots[slot] = value;
    }

    /// <summary>Defines or overwrites a data property with <paramref name="flags"/> (built-in setup only).</summary>
    public void SetOwnDirect(in PropertyKey key, in JsValue value, PropertyFlags flags = PropertyFlags.Hidden)
    {
        int slot = shape.Find(key);
        if (slot < 0) { AddProperty(key, value, flags); return; }
        if (shape.FlagsAt(slot) != flags) shape = shape.WithFlags(slot, flags);
        slots[slot] = value;
    }

    public void AddAccessor(in PropertyKey key, JsObject? getter, JsObject? setter, PropertyFlags flags = PropertyFlags.Configurable)
        => AddProperty(key, JsValue.FromInternal(new Accessor(getter, setter)), (flags & ~PropertyFlags.Writable) | PropertyFlags.Accessor);

    private void RemoveSlot(int slot)
    {
        shape = shape.Remove(slot);
        int count = shape.Count;
        Array.Copy(slots, slot + 1, slots, slot, count - slot);
        slots[count] = default;
    }

    // ------------------------------------------------------------------ ECMA-262 §10.1 internal methods

    /// <summary>§10.1.1 [[GetPrototypeOf]].</summary>
    public virtual JsObject? GetPrototypeOf() => prototype;

    /// <summary>§10.1.2.1 OrdinarySetPrototypeOf.</summary>
    public virtual bool SetPrototypeOf(JsObject? value)
    {
        if (ReferenceEquals(value, prototype)) return true;
        if (!extensible) return false;
        for (var p = value; p != null; p = p.prototype)
        {
            if (ReferenceEquals(p, this)) return false;
            if (p.HasExoticGetPrototypeOf) break;
        }
        prototype = value;
        return true;
    }

    /// <summary>True for objects whose [[GetPrototypeOf]] is not ordinary (proxies).</summary>
    protected virtual bool HasExoticGetPrototypeOf => false;

    /// <summary>§10.1.3 [[IsExtensible]].</summary>
    public virtual bool IsExtensible() => extensible;

    /// <summary>§10.1.4 [[PreventExtensions]].</summary>
    public virtual bool PreventExtensions() { extensible = false; return true; }

    /// <summary>§10.1.5 [[GetOwnProperty]].</summary>
    public virtual bool GetOwnProperty(in PropertyKey key, out PropertyDescriptor descriptor)
    {
        if (!TryGetOwnFast(key, out var slot, out var flags)) { descriptor = default; return false; }
        descriptor = PropertyDescriptor.FromSlot(slot, flags);
        return true;
    }

    /// <summary>§10.1.6 [[DefineOwnProperty]].</summary>
    public virtual bool DefineOwnProperty(in PropertyKey key, in PropertyDescriptor descriptor)
        => OrdinaryDefineOwnProperty(key, descriptor);

    /// <summary>§10.1.6.1 OrdinaryDefineOwnProperty with §10.1.6.3 ValidateAndApplyPropertyDescriptor,
    /// on shape storage.</summary>
    protected bool OrdinaryDefineOwnProperty(in PropertyKey key, in PropertyDescriptor desc)
    {
        int slot = shape.Find(key);
        // Step 2: current is undefined.
        if (slot < 0)
        {
            if (!IsExtensible()) return false;
            AddProperty(key, desc.StoredSlot, desc.StoredFlags);
            return true;
        }
        var flags = shape.FlagsAt(slot);
        bool currentAccessor = (flags & PropertyFlags.Accessor) != 0;
        bool configurable = (flags & PropertyFlags.Configurable) != 0;
        bool enumerable = (flags & PropertyFlags.Enumerable) != 0;
        // Step 4: a non-configurable property may only change in the ways listed.
        if (!configurable)
        {
            if (desc.HasConfigurable && desc.Configurable) return false;
            if (desc.HasEnumerable && desc.Enumerable != enumerable) return false;
            if (!desc.IsGenericDescriptor && desc.IsAccessorDescriptor != currentAccessor) return false;
            if (currentAccessor)
            {
                var acc = (Accessor)slots[slot].Ref!;
                if (desc.HasGet && !ReferenceEquals(desc.Get.AsObjectOrNull, acc.Getter)) return false;
                if (desc.HasSet && !ReferenceEquals(desc.Set.AsObjectOrNull, acc.Setter)) return false;
            }
            else if ((flags & PropertyFlags.Writable) == 0)
            {
                if (desc.HasWritable && desc.Writable) return false;
                if (desc.HasValue && !Operations.SameValue(desc.Value, slots[slot])) return false;
            }
        }
        // Step 5: apply.
        PropertyFlags newFlags;
        if (desc.IsAccessorDescriptor && !currentAccessor)
        {
            newFlags = PropertyFlags.Accessor
                | ((desc.HasConfigurable ? desc.Configurable : configurable) ? PropertyFlags.Configurable : 0)
                | ((desc.HasEnumerable ? desc.Enumerable : enumerable) ? PropertyFlags.Enumerable : 0);
            slots[slot] = JsValue.FromInternal(new Accessor(desc.Get.AsObjectOrNull, desc.Set.AsObjectOrNull));
        }
        else if (desc.IsDataDescriptor && currentAccessor)
        {
            newFlags = ((desc.HasConfigurable ? desc.Configurable : configurable) ? PropertyFlags.Configurable : 0)
                | ((desc.HasEnumerable ? desc.Enumerable : enumerable) ? PropertyFlags.Enumerable : 0)
                | (desc.HasWritable && desc.Writable ? PropertyFlags.Writable : 0);
            slots[slot] = desc.HasValue ? desc.Value : JsValue.Undefined;
        }
        else
        {
            newFlags = flags;
            if (desc.HasConfigurable) newFlags = desc.Configurable ? newFlags | PropertyFlags.Configurable : newFlags & ~PropertyFlags.Configurable;
            if (desc.HasEnumerable) newFlags = desc.Enumerable ? newFlags | PropertyFlags.Enumerable : newFlags & ~PropertyFlags.Enumerable;
            if (currentAccessor)
            {
                var old = (Accessor)slots[slot].Ref!;
                // A fresh Accessor: the old one may be shared by a descriptor somebody holds.
                slots[slot] = JsValue.FromInternal(new Accessor(desc.HasGet ? desc.Get.AsObjectOrNull : old.Getter,
                    desc.HasSet ? desc.Set.AsObjectOrNull : old.Setter));
            }
            else
            {
                if (desc.HasWritable) newFlags = desc.Writable ? newFlags | PropertyFlags.Writable : newFlags & ~PropertyFlags.Writable;
                if (desc.HasValue) slots[slot] = desc.Value;
            }
        }
        if (newFlags != flags) shape = shape.WithFlags(slot, newFlags);
        return true;
    }

    /// <summary>§10.1.7 [[HasProperty]] (OrdinaryHasProperty, iterative over the chain).</summary>
    public virtual bool HasProperty(in PropertyKey key)
    {
        for (JsObject? o = this; o != null; o = o.GetPrototypeOf())
        {
            if (o.HasExoticHasProperty && !ReferenceEquals(o, this)) return o.HasProperty(key);
            if (o.TryGetOwnFast(key, out _, out _)) return true;
        }
        return false;
    }

    /// <summary>True for objects whose [[HasProperty]]/[[Get]]/[[Set]] are not ordinary (proxies, module namespaces).</summary>
    protected virtual bool HasExoticHasProperty => false;

    /// <summary>Inline caches never record lookups through such objects.</summary>
    internal bool IsExoticForCaching => HasExoticHasProperty || HasExoticGetPrototypeOf;

    /// <summary>§10.1.8 [[Get]] (OrdinaryGet, iterative over the chain).</summary>
    public virtual JsValue Get(in PropertyKey key, in JsValue receiver)
    {
        for (JsObject? o = this; o != null; o = o.GetPrototypeOf())
        {
            if (o.HasExoticHasProperty && !ReferenceEquals(o, this)) return o.Get(key, receiver);
            if (o.TryGetOwnFast(key, out var value, out var flags))
            {
                if ((flags & PropertyFlags.Accessor) == 0) return value;
                var getter = ((Accessor)value.Ref!).Getter;
                return getter == null ? JsValue.Undefined : Operations.Call(getter, receiver, ReadOnlySpan<JsValue>.Empty);
            }
        }
        return JsValue.Undefined;
    }

    public JsValue Get(in PropertyKey key) => Get(key, JsValue.FromObject(this));

    /// <summary>§10.1.9 [[Set]] (§10.1.9.2 OrdinarySetWithOwnDescriptor, iterative over the chain).</summary>
    public virtual bool Set(in PropertyKey key, in JsValue value, in JsValue receiver)
    {
        if (receiver.Ref == this && TrySetOwnFast(key, value)) return true;
        for (JsObject? o = this; o != null; o = o.GetPrototypeOf())
        {
            if (o.HasExoticHasProperty && !ReferenceEquals(o, this)) return o.Set(key, value, receiver);
            if (!o.TryGetOwnFast(key, out var found, out var flags)) continue;
            if ((flags & PropertyFlags.Accessor) != 0)
            {
                var setter = ((Accessor)found.Ref!).Setter;
                if (setter == null) return false;
                Operations.Call(setter, receiver, new ReadOnlySpan<JsValue>(in value));
                return true;
            }
            if ((flags & PropertyFlags.Writable) == 0) return false;
            break;
        }
        // Step 2 with ownDesc a writable data descriptor (or absent).
        if (!receiver.IsObject) return false;
        var r = receiver.AsObject();
        if (r.GetOwnProperty(key, out var existing))
        {
            if (existing.IsAccessorDescriptor || !existing.Writable) return false;
            var update = default(PropertyDescriptor);
            update.Value = value;
            return r.DefineOwnProperty(key, update);
        }
        return r.DefineOwnProperty(key, PropertyDescriptor.Data(value, PropertyFlags.Default));
    }

    /// <summary>§10.1.10 [[Delete]].</summary>
    public virtual bool Delete(in PropertyKey key)
    {
        int slot = shape.Find(key);
        if (slot < 0) return true;
        if ((shape.FlagsAt(slot) & PropertyFlags.Configurable) == 0) return false;
        RemoveSlot(slot);
        return true;
    }

    /// <summary>§10.1.11 [[OwnPropertyKeys]]: array indices ascending, then strings, then symbols, each in creation order.</summary>
    public virtual void OwnPropertyKeys(List<PropertyKey> keys) => OrdinaryOwnPropertyKeys(keys);

    protected void OrdinaryOwnPropertyKeys(List<PropertyKey> keys)
    {
        int start = keys.Count;
        int n = shape.Count;
        bool anyIndex = false, anySymbol = false;
        for (int i = 0; i < n; i++)
        {
            var k = shape.KeyAt(i);
            if (k.IsIndex) anyIndex = true;
            else if (k.IsSymbol) anySymbol = true;
        }
        if (anyIndex)
        {
            for (int i = 0; i < n; i++) if (shape.KeyAt(i).IsIndex) keys.Add(shape.KeyAt(i));
            keys.Sort(start, keys.Count - start, IndexComparer.Instance);
        }
        for (int i = 0; i < n; i++) if (shape.KeyAt(i).IsString) keys.Add(shape.KeyAt(i));
        if (anySymbol)
            for (int i = 0; i < n; i++) if (shape.KeyAt(i).IsSymbol) keys.Add(shape.KeyAt(i));
    }

    private sealed class IndexComparer : IComparer<PropertyKey>
    {
        public static readonly IndexComparer Instance = new();
        public int Compare(PropertyKey a, PropertyKey b) => a.Index.CompareTo(b.Index);
    }

    /// <summary>No own property is an array index (element-write fast paths check the prototype chain with it).</summary>
    internal virtual bool HasNoIndexedProperties => !shape.HasIndexKeys;

    // ------------------------------------------------------------------ ECMA-262 §7.3 operations on objects

    public List<PropertyKey> OwnPropertyKeys()
    {
        var list = new List<PropertyKey>();
        OwnPropertyKeys(list);
        return list;
    }

    /// <summary>§7.3.5 CreateDataProperty.</summary>
    public bool CreateDataProperty(in PropertyKey key, in JsValue value)
        => DefineOwnProperty(key, PropertyDescriptor.Data(value, PropertyFlags.Default));

    /// <summary>§7.3.7 CreateDataPropertyOrThrow.</summary>
    public void CreateDataPropertyOrThrow(in PropertyKey key, in JsValue value)
    {
        if (!CreateDataProperty(key, value)) JsException.ThrowTypeError($"Cannot define property {key}, object is not extensible");
    }

    /// <summary>§7.3.8 DefinePropertyOrThrow.</summary>
    public void DefinePropertyOrThrow(in PropertyKey key, in PropertyDescriptor desc)
    {
        if (!DefineOwnProperty(key, desc)) JsException.ThrowTypeError($"Cannot redefine property: {key}");
    }

    /// <summary>§7.3.4 Set(O, P, V, Throw).</summary>
    public void SetOrThrow(in PropertyKey key, in JsValue value, bool throwOnFailure = true)
    {
        if (!Set(key, value, JsValue.FromObject(this)) && throwOnFailure)
        {
            if (!HasOwnProperty(key) && !IsExtensible()) JsException.ThrowTypeError($"Cannot add property {key}, object is not extensible");
            JsException.ThrowTypeError($"Cannot assign to read only property '{key}' of object");
        }
    }

    /// <summary>§7.3.10 DeletePropertyOrThrow.</summary>
    public void DeletePropertyOrThrow(in PropertyKey key)
    {
        if (!Delete(key)) JsException.ThrowTypeError($"Cannot delete property '{key}' of object");
    }

    /// <summary>§7.3.12 HasOwnProperty.</summary>
    public bool HasOwnProperty(in PropertyKey key) => GetOwnProperty(key, out _);

    [MethodImpl(MethodImplOptions.NoInlining)]
    public override string ToString() => "[object " + ClassName + "]";
}
