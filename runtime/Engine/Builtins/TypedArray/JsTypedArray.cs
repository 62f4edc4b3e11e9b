using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins;

/// <summary>
/// ECMA-262 §10.4.5 TypedArray exotic object: a view of [[ViewedArrayBuffer]] from [[ByteOffset]],
/// either of a fixed [[ArrayLength]] or length-tracking (the "auto" length of a view on a resizable
/// buffer). Canonical numeric string keys never reach the shape: they name elements (or nothing).
/// </summary>
public sealed class JsTypedArray : JsObject
{
    internal readonly TypedArrayKind Kind;
    internal readonly int ElementSize;
    internal JsArrayBuffer Buffer = null!;
    internal int ByteOffset;
    /// <summary>[[ArrayLength]] when not length-tracking.</summary>
    internal int FixedLength;
    /// <summary>[[ArrayLength]] is auto (and so is [[ByteLength]]).</summary>
    internal bool LengthTracking;

    internal JsTypedArray(JsObject? prototype, TypedArrayKind kind) : base(prototype)
    {
        Kind = kind;
        ElementSize = TypedArrayInfo.ElementSize(kind);
    }

    /// <summary>A new Uint8Array of <paramref name="realm"/> holding a copy of <paramref name="bytes"/> (for hosts:
    /// TextEncoder, fs, Buffer).</summary>
    public static JsTypedArray CreateUint8Array(Realm realm, ReadOnlySpan<byte> bytes)
    {
        var ta = TypedArrayOperations.CreateIntrinsic(realm, TypedArrayKind.Uint8, bytes.Length);
        bytes.CopyTo(ta.Buffer.Data);
        return ta;
    }

    public override string ClassName => TypedArrayInfo.Name(Kind);
    public TypedArrayKind ElementKind => Kind;
    internal bool IsBigInt => TypedArrayInfo.IsBigInt(Kind);

    /// <summary>§10.4.5.12 IsTypedArrayOutOfBounds (also true when detached).</summary>
    internal bool IsOutOfBounds
    {
        get
        {
            var b = Buffer;
            if (b.Detached) return true;
            int bufferByteLength = b.ByteLength;
            if (ByteOffset > bufferByteLength) return true;
            return !LengthTracking && ByteOffset + (long)FixedLength * ElementSize > bufferByteLength;
        }
    }

    /// <summary>§10.4.5.14 TypedArrayLength, 0 when out of bounds (callers check first where the spec throws).</summary>
    public int Length
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            if (IsOutOfBounds) return 0;
            return LengthTracking ? (Buffer.ByteLength - ByteOffset) / ElementSize : FixedLength;
        }
    }

    /// <summary>§10.4.5.13 TypedArrayByteLength.</summary>
    internal int ByteLength => Length * ElementSize;

    /// <summary>The viewed bytes (empty when out of bounds).</summary>
    public Span<byte> Bytes => IsOutOfBounds ? Span<byte>.Empty : Buffer.Data.AsSpan(ByteOffset, ByteLength);

    /// <summary>The element at <paramref name="index"/>, or undefined (for hosts: inspection, Buffer).</summary>
    public JsValue ElementAt(int index) => GetElement(index);

    /// <summary>The viewed buffer (for hosts).</summary>
    public JsArrayBuffer ViewedBuffer => Buffer;

    /// <summary>[[ByteOffset]], 0 when out of bounds (for hosts: inspection).</summary>
    public int ViewByteOffset => IsOutOfBounds ? 0 : ByteOffset;

    /// <summary>The element size in bytes (BYTES_PER_ELEMENT).</summary>
    public int BytesPerElement => ElementSize;

    /// <summary>§10.4.5.15 IsValidIntegerIndex.</summary>
    internal bool IsValidIntegerIndex(double index)
    {
        if (Buffer.Detached) return false;
        if (!(index >= 0) || index != Math.Floor(index)) return false; // NaN, negative, fractional, ±Infinity(beyond length)
        if (index == 0 && double.IsNegative(index)) return false;
        return index < Length;
    }

    /// <summary>The element at a valid index.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal JsValue ReadElement(int index) => TypedArrayInfo.Read(Kind, Buffer.Data, ByteOffset + index * ElementSize);

    /// <summary>Writes an already converted Number/BigInt at a valid index.</summary>
    internal void WriteElement(int index, in JsValue numeric) => TypedArrayInfo.Write(Kind, Buffer.Data, ByteOffset + index * ElementSize, numeric);

    /// <summary>§10.4.5.17 TypedArrayGetElement.</summary>
    internal JsValue GetElement(double index) => IsValidIntegerIndex(index) ? ReadElement((int)index) : JsValue.Undefined;

    /// <summary>§10.4.5.18 TypedArraySetElement: converts first (which may run code), then writes if still valid.</summary>
    internal void SetElement(double index, in JsValue value)
    {
        var numeric = TypedArrayInfo.ToNumeric(Kind, value);
        if (IsValidIntegerIndex(index)) WriteElement((int)index, numeric);
    }

    /// <summary>Fast element read for the VM: false when the index is not a valid integer index.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool TryGetElementFast(uint index, out JsValue value)
    {
        if (!LengthTracking && !Buffer.Detached && index < (uint)FixedLength && ByteOffset + (long)FixedLength * ElementSize <= Buffer.ByteLength)
        {
            value = ReadElement((int)index);
            return true;
        }
        value = default;
        return false;
    }

    /// <summary>Fast element write of a Number for the VM (no conversion can run code); false when the
    /// array holds BigInts or the index is not valid.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool TrySetElementFast(uint index, in JsValue number)
    {
        if (!IsBigInt && !LengthTracking && !Buffer.Detached && index < (uint)FixedLength && ByteOffset + (long)FixedLength * ElementSize <= Buffer.ByteLength)
        {
            WriteElement((int)index, number);
            return true;
        }
        return false;
    }

    /// <summary>§7.1.21 CanonicalNumericIndexString for a property key: true with the number when the
    /// key is a canonical numeric string (array-index keys always are).</summary>
    internal static bool TryGetNumericIndex(in PropertyKey key, out double index)
    {
        if (key.IsIndex) { index = key.Index; return true; }
        index = 0;
        if (!key.IsString) return false;
        string s = key.AsString;
        if (s.Length == 0) return false;
        char c = s[0];
        if (!(c == '-' || (c >= '0' && c <= '9') || c == 'I' || c == 'N')) return false; // no number prints otherwise
        if (s == "-0") { index = -0.0; return true; }
        double n = NumberFormatting.StringToNumber(s);
        if (NumberFormatting.ToString(n) != s) return false;
        index = n;
        return true;
    }

    // ------------------------------------------------------------------ §10.4.5 internal methods

    public override bool TryGetOwnFast(in PropertyKey key, out JsValue slotValue, out PropertyFlags flags)
    {
        if (TryGetNumericIndex(key, out double index))
        {
            flags = PropertyFlags.Default;
            if (IsValidIntegerIndex(index)) { slotValue = ReadElement((int)index); return true; }
            slotValue = default;
            return false;
        }
        return base.TryGetOwnFast(key, out slotValue, out flags);
    }

    protected override bool TrySetOwnFast(in PropertyKey key, in JsValue value)
    {
        if (TryGetNumericIndex(key, out double index)) { SetElement(index, value); return true; }
        return base.TrySetOwnFast(key, value);
    }

    /// <summary>§10.4.5.1 [[GetOwnProperty]].</summary>
    public override bool GetOwnProperty(in PropertyKey key, out PropertyDescriptor descriptor)
    {
        if (TryGetNumericIndex(key, out double index))
        {
            if (!IsValidIntegerIndex(index)) { descriptor = default; return false; }
            descriptor = PropertyDescriptor.Data(ReadElement((int)index), PropertyFlags.Default);
            return true;
        }
        return base.GetOwnProperty(key, out descriptor);
    }

    /// <summary>§10.4.5.2 [[HasProperty]].</summary>
    public override bool HasProperty(in PropertyKey key)
    {
        if (TryGetNumericIndex(key, out double index)) return IsValidIntegerIndex(index);
        return base.HasProperty(key);
    }

    /// <summary>§10.4.5.3 [[DefineOwnProperty]].</summary>
    public override bool DefineOwnProperty(in PropertyKey key, in PropertyDescriptor desc)
    {
        if (TryGetNumericIndex(key, out double index))
        {
            if (!IsValidIntegerIndex(index)) return false;
            if (desc.HasConfigurable && !desc.Configurable) return false;
            if (desc.HasEnumerable && !desc.Enumerable) return false;
            if (desc.IsAccessorDescriptor) return false;
            if (desc.HasWritable && !desc.Writable) return false;
            if (desc.HasValue) SetElement(index, desc.Value);
            return true;
        }
        return OrdinaryDefineOwnProperty(key, desc);
    }

    /// <summary>§10.4.5.4 [[Get]].</summary>
    public override JsValue Get(in PropertyKey key, in JsValue receiver)
    {
        if (TryGetNumericIndex(key, out double index)) return GetElement(index);
        return base.Get(key, receiver);
    }

    /// <summary>§10.4.5.5 [[Set]].</summary>
    public override bool Set(in PropertyKey key, in JsValue value, in JsValue receiver)
    {
        if (TryGetNumericIndex(key, out double index))
        {
            if (receiver.IsObject && ReferenceEquals(receiver.Ref, this))
            {
                SetElement(index, value);
                return true;
            }
            if (!IsValidIntegerIndex(index)) return true;
        }
        return base.Set(key, value, receiver);
    }

    /// <summary>§10.4.5.6 [[Delete]].</summary>
    public override bool Delete(in PropertyKey key)
    {
        if (TryGetNumericIndex(key, out double index)) return !IsValidIntegerIndex(index);
        return base.Delete(key);
    }

    /// <summary>[[PreventExtensions]] (ES2024 §10.4.5.x): a view that can gain elements when its buffer
    /// grows (length-tracking, or on a resizable non-shared buffer) cannot become non-extensible.</summary>
    public override bool PreventExtensions()
    {
        if (LengthTracking || (!Buffer.IsFixedLength && !Buffer.Shared)) return false; // IsTypedArrayFixedLength
        return base.PreventExtensions();
    }

    /// <summary>§10.4.5.7 [[OwnPropertyKeys]].</summary>
    public override void OwnPropertyKeys(List<PropertyKey> keys)
    {
        int length = Length;
        for (int i = 0; i < length; i++) keys.Add(PropertyKey.FromIndex((uint)i));
        OrdinaryOwnPropertyKeys(keys);
    }

    /// <summary>Elements are not ordinary: a typed array on a prototype chain answers [[Get]]/[[Set]]/[[HasProperty]] itself.</summary>
    protected override bool HasExoticHasProperty => true;

    internal override bool HasNoIndexedProperties => false;
}
