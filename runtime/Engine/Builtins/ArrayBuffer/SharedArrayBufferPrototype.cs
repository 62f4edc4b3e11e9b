using System;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins;

/// <summary>ECMA-262 §25.2.5 Properties of the SharedArrayBuffer Prototype Object.</summary>
internal static class SharedArrayBufferPrototype
{
    private static readonly BuiltinMethod[] Methods =
    [
        new("grow", 1, Grow),
        new("slice", 2, Slice),
    ];

    public static JsObject Create(Realm realm)
    {
        var proto = new JsObject(realm.ObjectPrototype);
        realm.SharedArrayBufferPrototype = proto;
        Builtin.Getter(realm, proto, "byteLength", "byteLength", ByteLength);
        Builtin.Getter(realm, proto, "growable", "growable", Growable);
        Builtin.Getter(realm, proto, "maxByteLength", "maxByteLength", MaxByteLength);
        Builtin.DefineMethods(realm, proto, Methods);
        Library.ToStringTag(proto, "SharedArrayBuffer");
        return proto;
    }

    /// <summary>RequireInternalSlot(O, [[ArrayBufferData]]) and IsSharedArrayBuffer(O) is true.</summary>
    private static JsArrayBuffer ThisBuffer(in JsValue value, string method)
    {
        if (value.Ref is JsArrayBuffer b && value.IsObject && b.Shared) return b;
        return JsException.ThrowTypeError<JsArrayBuffer>($"Method SharedArrayBuffer.prototype.{method} called on incompatible receiver {Operations.DescribeForError(value)}");
    }

    // 25.2.5.1 get SharedArrayBuffer.prototype.byteLength
    private static JsValue ByteLength(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
        => ThisBuffer(thisValue, "byteLength").ByteLength;

    // 25.2.5.4 get SharedArrayBuffer.prototype.growable
    private static JsValue Growable(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
        => !ThisBuffer(thisValue, "growable").IsFixedLength;

    // 25.2.5.5 get SharedArrayBuffer.prototype.maxByteLength
    private static JsValue MaxByteLength(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var o = ThisBuffer(thisValue, "maxByteLength");
        return o.IsFixedLength ? o.ByteLength : o.MaxByteLength;
    }

    // 25.2.5.3 SharedArrayBuffer.prototype.grow ( newLength )
    private static JsValue Grow(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var o = ThisBuffer(thisValue, "grow");                                                         // Steps 1-3.
        if (o.IsFixedLength) JsException.ThrowTypeError("Method SharedArrayBuffer.prototype.grow called on a non-growable SharedArrayBuffer");
        double newByteLength = ArrayBufferConstructor.ToIndex(Builtin.Arg(args, 0));                 // Step 4.
        if (newByteLength > o.MaxByteLength) JsException.ThrowRangeError("SharedArrayBuffer.prototype.grow: Invalid length parameter");
        if (newByteLength < o.ByteLength) JsException.ThrowRangeError("SharedArrayBuffer.prototype.grow: cannot shrink");
        o.Resize((int)newByteLength);
        return JsValue.Undefined;
    }

    // 25.2.5.6 SharedArrayBuffer.prototype.slice ( start, end )
    private static JsValue Slice(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var o = ThisBuffer(thisValue, "slice");                                                         // Steps 1-3.
        long len = o.ByteLength;                                                                        // Step 4.
        long first = Builtin.RelativeIndex(Builtin.Arg(args, 0), len, 0);                               // Steps 5-8.
        long final = Builtin.RelativeIndex(Builtin.Arg(args, 1), len, len);                             // Steps 9-12.
        long newLen = Math.Max(final - first, 0);                                                       // Step 13.
        var ctor = ArrayBufferConstructor.SpeciesConstructor(o, realm.SharedArrayBufferConstructor);   // Step 14.
        var created = Operations.Construct(ctor, [JsValue.FromNumber(newLen)]);                          // Step 15.
        if (created.Ref is not JsArrayBuffer b || !b.Shared)                                            // Steps 16-17.
            return JsException.ThrowTypeError<JsValue>("SharedArrayBuffer species constructor did not return a SharedArrayBuffer");
        if (ReferenceEquals(b, o)) JsException.ThrowTypeError("SharedArrayBuffer subclass returned this from species constructor"); // Step 18.
        if (b.ByteLength < newLen) JsException.ThrowTypeError("Species constructor returned a too small buffer"); // Step 19.
        Array.Copy(o.Data, first, b.Data, 0, newLen);                                                   // Steps 20-22.
        return b;
    }
}
