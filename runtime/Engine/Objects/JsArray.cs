using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace Aot.Engine.Objects;

/// <summary>
/// ECMA-262 §10.4.2 Array exotic object. Elements live in a dense <see cref="JsValue"/> array
/// (holes are <see cref="JsValue.Empty"/>) while every element is a plain writable, enumerable,
/// configurable data property and the array is not too sparse. Otherwise it falls back for good to
/// "sparse" mode: elements become index keys of the ordinary shape storage. `length` is virtual.
/// </summary>
public sealed class JsArray : JsObject
{
    public static readonly PropertyKey LengthKey = PropertyKey.FromString("length");
    private const uint MaxDenseGap = 1024;

    /// <summary>Dense storage (capacity may exceed length); null in sparse mode.</summary>
    internal JsValue[]? dense;
    internal uint length;
    private bool lengthWritable = true;

    public JsArray(JsObject? prototype, int capacity = 0) : base(prototype)
    {
        dense = capacity == 0 ? Array.Empty<JsValue>() : new JsValue[capacity];
    }

    /// <summary>An array owning <paramref name="values"/> (no holes expected, none checked).</summary>
    public JsArray(JsObject? prototype, JsValue[] values, int count) : base(prototype)
    {
        dense = values;
        length = (uint)count;
    }

    public override string ClassName => "Array";
    public uint Length => length;
    public bool IsDense => dense != null;

    /// <summary>The element at <paramref name="index"/> when it is a dense non-hole; else false.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryGetDense(uint index, out JsValue value)
    {
        var d = dense;
        if (d != null && index < length && index < (uint)d.Length)
        {
            value = d[index];
            return !value.IsEmpty;
        }
        value = default;
        return false;
    }

    /// <summary>Overwrites an existing dense non-hole element; false otherwise.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TrySetDense(uint index, in JsValue value)
    {
        var d = dense;
        if (d != null && index < length && index < (uint)d.Length && !d[index].IsEmpty)
        {
            d[index] = value;
            return true;
        }
        return false;
    }

    /// <summary>Appends at index length while dense and extensible (Array.prototype.push fast path).
    /// The caller checks that no prototype has indexed properties.</summary>
    public bool TryAppendDense(in JsValue value)
    {
        if (dense == null || !extensible || !lengthWritable || length == uint.MaxValue - 1) return false;
        // The dense store may be shorter than length (trailing holes, as in [1, ,]): grow it to
        // cover the new index, filling the gap with holes.
        if (length >= (uint)dense.Length && !EnsureDenseCapacity(length)) return false;
        dense![length++] = value;
        return true;
    }

    public override bool TryGetOwnFast(in PropertyKey key, out JsValue slotValue, out PropertyFlags flags)
    {
        if (key.IsIndex && dense != null)
        {
            flags = PropertyFlags.Default;
            return TryGetDense(key.Index, out slotValue);
        }
        if (key.Equals(LengthKey))
        {
            slotValue = JsValue.FromNumber(length);
            flags = lengthWritable ? PropertyFlags.Writable : PropertyFlags.None;
            return true;
        }
        return base.TryGetOwnFast(key, out slotValue, out flags);
    }

    protected override bool TrySetOwnFast(in PropertyKey key, in JsValue value)
    {
        if (key.IsIndex) return dense != null ? TrySetDense(key.Index, value) : base.TrySetOwnFast(key, value);
        if (key.Equals(LengthKey)) return false;
        return base.TrySetOwnFast(key, value);
    }

    /// <summary>§10.4.2.1 [[DefineOwnProperty]] for Array exotic objects.</summary>
    public override bool DefineOwnProperty(in PropertyKey key, in PropertyDescriptor desc)
    {
        if (key.IsIndex)
        {
            uint index = key.Index;
            if (index >= length && !lengthWritable) return false;
            if (dense != null)
            {
                bool exists = index < length && index < (uint)dense.Length && !dense[index].IsEmpty;
                if (IsPlainElement(desc, exists) && (exists || extensible) && EnsureDenseCapacity(index))
                {
                    if (index > length) dense.AsSpan((int)length, (int)(index - length)).Fill(JsValue.Empty);
                    if (desc.HasValue) dense![index] = desc.Value;
                    else if (!exists) dense![index] = JsValue.Undefined;
                    if (index >= length) length = index + 1;
                    return true;
                }
                if (dense != null) ConvertToSparse();
            }
            if (!OrdinaryDefineOwnProperty(key, desc)) return false;
            if (index >= length) length = index + 1;
            return true;
        }
        if (key.Equals(LengthKey)) return ArraySetLength(desc);
        return OrdinaryDefineOwnProperty(key, desc);
    }

    /// <summary>The element stays a plain writable/enumerable/configurable data property.</summary>
    private static bool IsPlainElement(in PropertyDescriptor desc, bool exists)
    {
        if (desc.IsAccessorDescriptor) return false;
        if (exists)
            return (!desc.HasWritable || desc.Writable) && (!desc.HasEnumerable || desc.Enumerable) && (!desc.HasConfigurable || desc.Configurable);
        return desc.HasWritable && desc.Writable && desc.HasEnumerable && desc.Enumerable && desc.HasConfigurable && desc.Configurable;
    }

    private bool EnsureDenseCapacity(uint index)
    {
        var d = dense!;
        if (index < (uint)d.Length) return true;
        if (index > length + MaxDenseGap && index > (uint)d.Length * 2) return false;
        long size = Math.Max(Math.Max(4L, (long)d.Length * 2), (long)index + 1);
        if (size > Array.MaxLength) return false;
        var grown = new JsValue[size];
        Array.Copy(d, grown, Math.Min(d.Length, (int)Math.Min(length, (uint)d.Length)));
        for (long i = Math.Min(length, (uint)d.Length); i < size; i++) grown[i] = JsValue.Empty;
        dense = grown;
        return true;
    }

    private void ConvertToSparse()
    {
        var d = dense!;
        dense = null;
        uint n = Math.Min(length, (uint)d.Length);
        for (uint i = 0; i < n; i++)
            if (!d[i].IsEmpty) AddProperty(PropertyKey.FromIndex(i), d[i], PropertyFlags.Default);
    }

    /// <summary>§10.4.2.4 ArraySetLength.</summary>
    private bool ArraySetLength(in PropertyDescriptor desc)
    {
        // Steps 3-5 (the RangeError comes before any attribute check).
        uint newLen = 0;
        if (desc.HasValue)
        {
            newLen = Operations.ToUint32(desc.Value);
            double numberLen = Operations.ToNumber(desc.Value);
            if (newLen != numberLen) JsException.ThrowRangeError("Invalid array length");
        }
        // Validation that OrdinaryDefineOwnProperty would do for the non-configurable, non-enumerable length.
        if (desc.HasConfigurable && desc.Configurable) return false;
        if (desc.HasEnumerable && desc.Enumerable) return false;
        if (desc.IsAccessorDescriptor) return false;
        if (!desc.HasValue)
        {
            if (desc.HasWritable && desc.Writable && !lengthWritable) return false;
            if (desc.HasWritable && !desc.Writable) lengthWritable = false;
            return true;
        }
        if (newLen == length)
        {
            if (desc.HasWritable && desc.Writable && !lengthWritable) return false;
            if (desc.HasWritable && !desc.Writable) lengthWritable = false;
            return true;
        }
        if (!lengthWritable) return false;
        if (newLen > length)
        {
            // The new indices are holes (slots past the old length may hold stale values).
            if (dense != null) dense.AsSpan((int)Math.Min(length, (uint)dense.Length), (int)(Math.Min(newLen, (uint)dense.Length) - Math.Min(length, (uint)dense.Length))).Fill(JsValue.Empty);
            length = newLen;
            if (desc.HasWritable && !desc.Writable) lengthWritable = false;
            return true;
        }
        if (dense != null)
        {
            uint n = Math.Min(length, (uint)dense.Length);
            for (uint i = newLen; i < n; i++) dense[i] = JsValue.Empty;
            length = newLen;
            if (dense.Length > 64 && newLen < dense.Length / 4) Array.Resize(ref dense, (int)Math.Max(newLen, 4));
        }
        else
        {
            // Delete index keys >= newLen from the highest down; stop at a non-configurable one.
            var keys = new List<PropertyKey>();
            OrdinaryOwnPropertyKeys(keys);
            for (int i = keys.Count - 1; i >= 0; i--)
            {
                var k = keys[i];
                if (!k.IsIndex || k.Index < newLen) continue;
                if (!base.Delete(k))
                {
                    length = k.Index + 1;
                    if (desc.HasWritable && !desc.Writable) lengthWritable = false;
                    return false;
                }
            }
            length = newLen;
        }
        if (desc.HasWritable && !desc.Writable) lengthWritable = false;
        return true;
    }

    /// <summary>Sets length directly (Array.prototype methods after their own checks).</summary>
    public void SetLengthOrThrow(uint newLen)
    {
        if (!ArraySetLength(WithValueOnly(newLen)))
            JsException.ThrowTypeError("Cannot assign to read only property 'length' of object '[object Array]'");
    }

    private static PropertyDescriptor WithValueOnly(uint value)
    {
        var d = default(PropertyDescriptor);
        d.Value = JsValue.FromNumber(value);
        return d;
    }

    public override bool Delete(in PropertyKey key)
    {
        if (key.IsIndex && dense != null)
        {
            if (key.Index < length && key.Index < (uint)dense.Length) dense[key.Index] = JsValue.Empty;
            return true;
        }
        if (key.Equals(LengthKey)) return false;
        return base.Delete(key);
    }

    public override bool PreventExtensions()
    {
        extensible = false;
        return true;
    }

    public override void OwnPropertyKeys(List<PropertyKey> keys)
    {
        int start = keys.Count;
        if (dense != null)
        {
            uint n = Math.Min(length, (uint)dense.Length);
            for (uint i = 0; i < n; i++)
                if (!dense[i].IsEmpty) keys.Add(PropertyKey.FromIndex(i));
        }
        OrdinaryOwnPropertyKeys(keys);
        int at = start;
        while (at < keys.Count && keys[at].IsIndex) at++;
        keys.Insert(at, LengthKey);
    }

    /// <summary>No own index property could shadow or intercept element writes on a prototype.</summary>
    internal override bool HasNoIndexedProperties => dense != null && length == 0 && !shape.HasIndexKeys;
}
