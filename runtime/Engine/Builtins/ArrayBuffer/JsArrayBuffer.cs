using System;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins;

/// <summary>
/// An object with an [[ArrayBufferData]] internal slot (ECMA-262 §25.1 ArrayBuffer, §25.2
/// SharedArrayBuffer). The bytes live in a plain <c>byte[]</c> that may be longer than the
/// buffer's current length (a resizable buffer grows inside it or reallocates); detaching drops it.
/// This agent is single-threaded, so a shared buffer is the same block with a different brand.
/// </summary>
public sealed class JsArrayBuffer : JsObject
{
    private static readonly byte[] NoBytes = [];

    internal byte[] Data;
    private int byteLength;
    /// <summary>[[ArrayBufferMaxByteLength]], or -1 for a fixed-length buffer.</summary>
    internal readonly int MaxByteLength;
    internal readonly bool Shared;
    internal bool Detached;

    internal JsArrayBuffer(JsObject? prototype, int byteLength, int maxByteLength, bool shared) : base(prototype)
    {
        Data = byteLength == 0 ? NoBytes : new byte[byteLength];
        this.byteLength = byteLength;
        MaxByteLength = maxByteLength;
        Shared = shared;
    }

    /// <summary>A new fixed-length ArrayBuffer of <paramref name="realm"/> holding a copy of <paramref name="bytes"/> (for hosts).</summary>
    public static JsArrayBuffer Create(Realm realm, ReadOnlySpan<byte> bytes)
    {
        var buffer = new JsArrayBuffer(realm.ArrayBufferPrototype, bytes.Length, -1, shared: false);
        bytes.CopyTo(buffer.Data);
        return buffer;
    }

    public override string ClassName => Shared ? "SharedArrayBuffer" : "ArrayBuffer";

    /// <summary>[[ArrayBufferByteLength]]: 0 once detached.</summary>
    public int ByteLength => byteLength;

    public bool IsDetached => Detached;
    public bool IsShared => Shared;

    /// <summary>§25.1.3.7 IsFixedLengthArrayBuffer.</summary>
    internal bool IsFixedLength => MaxByteLength < 0;

    /// <summary>The live bytes (for hosts: Buffer, TextDecoder, fs).</summary>
    public Span<byte> Bytes => Data.AsSpan(0, byteLength);

    /// <summary>§25.1.3.5 DetachArrayBuffer ( arrayBuffer [ , key ] ) for a buffer without a detach
    /// key: SharedArrayBuffers cannot be detached.</summary>
    public void Detach()
    {
        if (Shared) JsException.ThrowTypeError("Cannot detach a SharedArrayBuffer");
        Data = NoBytes;
        byteLength = 0;
        Detached = true;
    }

    /// <summary>HostResizeArrayBuffer's default: new bytes are zero, bytes past the new length are
    /// cleared so a later grow sees zeros again.</summary>
    internal void Resize(int newByteLength)
    {
        if (newByteLength > Data.Length)
        {
            long capacity = Math.Min(Math.Max(newByteLength, (long)Data.Length * 2), MaxByteLength);
            var grown = new byte[capacity];
            Data.AsSpan(0, byteLength).CopyTo(grown);
            Data = grown;
        }
        else if (newByteLength < byteLength)
            Data.AsSpan(newByteLength, byteLength - newByteLength).Clear();
        byteLength = newByteLength;
    }

    /// <summary>A length that CreateByteDataBlock can allocate, else the RangeError of step 2
    /// ("If it is impossible to create such a Data Block, throw a RangeError").</summary>
    internal static int CheckAllocatable(double length)
    {
        if (length > Array.MaxLength) JsException.ThrowRangeError("Array buffer allocation failed");
        return (int)length;
    }
}
