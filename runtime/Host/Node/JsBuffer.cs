using System;
using System.Collections.Generic;
using Aot.Engine.Objects;

namespace Aot.Runtime.Node;

/// <summary>
/// TEMPORARY minimal Buffer until the engine has typed arrays: a fixed-length byte store with
/// integer-indexed elements (reads give numbers, writes wrap to a byte like a Uint8Array), `length`,
/// and the Buffer methods fs and encodings need (see BufferModule). It is not a Uint8Array:
/// `instanceof Uint8Array`, subarray views sharing memory and the typed-array methods come when
/// Buffer is rebuilt on the engine's typed arrays.
/// </summary>
public sealed class JsBuffer : JsObject
{
    public byte[] Bytes { get; }

    public JsBuffer(JsObject? prototype, byte[] bytes) : base(prototype) { Bytes = bytes; }

    public override string ClassName => "Uint8Array";

    public override bool TryGetOwnFast(in PropertyKey key, out JsValue slotValue, out PropertyFlags flags)
    {
        if (key.IsIndex)
        {
            if (key.Index < (uint)Bytes.Length)
            {
                slotValue = JsValue.FromNumber(Bytes[key.Index]);
                flags = PropertyFlags.Writable | PropertyFlags.Enumerable;
                return true;
            }
            slotValue = default;
            flags = 0;
            return false;
        }
        return base.TryGetOwnFast(key, out slotValue, out flags);
    }

    protected override bool TrySetOwnFast(in PropertyKey key, in JsValue value)
    {
        if (!key.IsIndex) return base.TrySetOwnFast(key, value);
        // Integer-indexed exotic objects ignore writes out of range (ECMA-262 §10.4.5.5).
        if (key.Index < (uint)Bytes.Length) Bytes[key.Index] = (byte)Operations.ToUint32(value);
        return true;
    }

    public override bool DefineOwnProperty(in PropertyKey key, in PropertyDescriptor desc)
    {
        if (!key.IsIndex) return OrdinaryDefineOwnProperty(key, desc);
        if (key.Index >= (uint)Bytes.Length || desc.IsAccessorDescriptor) return false;
        if (desc.HasValue) Bytes[key.Index] = (byte)Operations.ToUint32(desc.Value);
        return true;
    }

    public override bool Delete(in PropertyKey key) => !(key.IsIndex && key.Index < (uint)Bytes.Length) && base.Delete(key);

    public override void OwnPropertyKeys(List<PropertyKey> keys)
    {
        for (int i = 0; i < Bytes.Length; i++) keys.Add(PropertyKey.FromIndex((uint)i));
        OrdinaryOwnPropertyKeys(keys);
    }

}
