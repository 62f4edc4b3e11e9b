using System;

namespace Aot.Engine.Objects;

/// <summary>Attributes of a stored property (ECMA-262 §6.1.7.1).</summary>
[Flags]
public enum PropertyFlags : byte
{
    None = 0,
    Writable = 1,
    Enumerable = 2,
    Configurable = 4,
    /// <summary>The slot holds an <see cref="Accessor"/>; Writable is meaningless.</summary>
    Accessor = 8,
    /// <summary>writable, enumerable, configurable: what assignment and object literals create.</summary>
    Default = Writable | Enumerable | Configurable,
    /// <summary>writable, configurable, not enumerable: built-in methods (ECMA-262 §18).</summary>
    Hidden = Writable | Configurable,
}

/// <summary>The getter/setter pair stored in the slot of an accessor property.</summary>
public sealed class Accessor(JsObject? getter, JsObject? setter)
{
    public JsObject? Getter = getter;
    public JsObject? Setter = setter;
}

/// <summary>ECMA-262 §6.2.6 The Property Descriptor specification type (fields may be absent).</summary>
public struct PropertyDescriptor
{
    [Flags]
    private enum Has : byte { Value = 1, Writable = 2, Get = 4, Set = 8, Enumerable = 16, Configurable = 32 }

    private Has has;
    private PropertyFlags flags;
    private JsValue value;
    private JsValue getter;
    private JsValue setter;

    public static PropertyDescriptor Data(JsValue value, PropertyFlags flags) => new()
    {
        has = Has.Value | Has.Writable | Has.Enumerable | Has.Configurable,
        value = value,
        flags = flags & ~PropertyFlags.Accessor,
    };

    public static PropertyDescriptor AccessorDescriptor(JsValue getter, JsValue setter, PropertyFlags flags) => new()
    {
        has = Has.Get | Has.Set | Has.Enumerable | Has.Configurable,
        getter = getter,
        setter = setter,
        flags = (flags & (PropertyFlags.Enumerable | PropertyFlags.Configurable)) | PropertyFlags.Accessor,
    };

    /// <summary>A descriptor stored in an object: a data value or an <see cref="Accessor"/>.</summary>
    internal static PropertyDescriptor FromSlot(in JsValue slot, PropertyFlags flags)
    {
        if ((flags & PropertyFlags.Accessor) == 0) return Data(slot, flags);
        var a = (Accessor)slot.Ref!;
        return AccessorDescriptor(JsValue.FromObjectOrNull(a.Getter) is var g && g.IsNull ? JsValue.Undefined : g,
            a.Setter == null ? JsValue.Undefined : JsValue.FromObject(a.Setter), flags);
    }

    public bool HasValue => (has & Has.Value) != 0;
    public bool HasWritable => (has & Has.Writable) != 0;
    public bool HasGet => (has & Has.Get) != 0;
    public bool HasSet => (has & Has.Set) != 0;
    public bool HasEnumerable => (has & Has.Enumerable) != 0;
    public bool HasConfigurable => (has & Has.Configurable) != 0;

    public JsValue Value { readonly get => value; set { this.value = value; has |= Has.Value; } }
    public JsValue Get { readonly get => getter; set { getter = value; has |= Has.Get; } }
    public JsValue Set { readonly get => setter; set { setter = value; has |= Has.Set; } }
    public bool Writable { readonly get => (flags & PropertyFlags.Writable) != 0; set { SetFlag(PropertyFlags.Writable, value); has |= Has.Writable; } }
    public bool Enumerable { readonly get => (flags & PropertyFlags.Enumerable) != 0; set { SetFlag(PropertyFlags.Enumerable, value); has |= Has.Enumerable; } }
    public bool Configurable { readonly get => (flags & PropertyFlags.Configurable) != 0; set { SetFlag(PropertyFlags.Configurable, value); has |= Has.Configurable; } }

    private void SetFlag(PropertyFlags f, bool on) { if (on) flags |= f; else flags &= ~f; }

    /// <summary>ECMA-262 §6.2.6.1 IsAccessorDescriptor.</summary>
    public readonly bool IsAccessorDescriptor => (has & (Has.Get | Has.Set)) != 0;
    /// <summary>ECMA-262 §6.2.6.2 IsDataDescriptor.</summary>
    public readonly bool IsDataDescriptor => (has & (Has.Value | Has.Writable)) != 0;
    /// <summary>ECMA-262 §6.2.6.3 IsGenericDescriptor.</summary>
    public readonly bool IsGenericDescriptor => !IsAccessorDescriptor && !IsDataDescriptor;

    /// <summary>ECMA-262 §6.2.6.6 CompletePropertyDescriptor.</summary>
    public static PropertyDescriptor Complete(PropertyDescriptor desc)
    {
        if (desc.IsGenericDescriptor || desc.IsDataDescriptor)
        {
            if (!desc.HasValue) desc.Value = JsValue.Undefined;
            if (!desc.HasWritable) desc.Writable = false;
        }
        else
        {
            if (!desc.HasGet) desc.Get = JsValue.Undefined;
            if (!desc.HasSet) desc.Set = JsValue.Undefined;
        }
        if (!desc.HasEnumerable) desc.Enumerable = false;
        if (!desc.HasConfigurable) desc.Configurable = false;
        return desc;
    }

    /// <summary>ECMA-262 §10.1.6.2 IsCompatiblePropertyDescriptor: §10.1.6.3
    /// ValidateAndApplyPropertyDescriptor with O undefined (only the checks) against the complete
    /// descriptor <paramref name="current"/> (absent when <paramref name="hasCurrent"/> is false).</summary>
    public static bool IsCompatible(bool extensible, in PropertyDescriptor desc, bool hasCurrent, in PropertyDescriptor current)
    {
        if (!hasCurrent) return extensible;                                                   // Step 2.
        if (desc.has == 0) return true;                                                       // Step 4.
        if (!current.Configurable)                                                            // Step 5.
        {
            if (desc.HasConfigurable && desc.Configurable) return false;
            if (desc.HasEnumerable && desc.Enumerable != current.Enumerable) return false;
            if (!desc.IsGenericDescriptor && desc.IsAccessorDescriptor != current.IsAccessorDescriptor) return false;
            if (current.IsAccessorDescriptor)
            {
                if (desc.HasGet && !Operations.SameValue(desc.Get, current.Get)) return false;
                if (desc.HasSet && !Operations.SameValue(desc.Set, current.Set)) return false;
            }
            else if (!current.Writable)
            {
                if (desc.HasWritable && desc.Writable) return false;
                if (desc.HasValue && !Operations.SameValue(desc.Value, current.Value)) return false;
            }
        }
        return true;
    }

    /// <summary>Stored attribute flags, absent fields counted as false (ECMA-262 §10.1.6.3 step 2 defaults).</summary>
    internal readonly PropertyFlags StoredFlags => IsAccessorDescriptor
        ? (flags & (PropertyFlags.Enumerable | PropertyFlags.Configurable)) | PropertyFlags.Accessor
        : flags & (PropertyFlags.Writable | PropertyFlags.Enumerable | PropertyFlags.Configurable);

    /// <summary>The slot content for a complete descriptor: the value, or a new Accessor.</summary>
    internal readonly JsValue StoredSlot => IsAccessorDescriptor
        ? JsValue.FromInternal(new Accessor(getter.AsObjectOrNull, setter.AsObjectOrNull))
        : value;
}
