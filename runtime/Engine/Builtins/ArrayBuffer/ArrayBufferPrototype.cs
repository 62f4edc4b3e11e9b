using System;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins;

/// <summary>ECMA-262 §25.1.6 Properties of the ArrayBuffer Prototype Object.</summary>
internal static class ArrayBufferPrototype
{
    private static readonly BuiltinMethod[] Methods =
    [
        new("resize", 1, Resize),
        new("slice", 2, Slice),
        new("transfer", 0, Transfer),
        new("transferToFixedLength", 0, TransferToFixedLength),
    ];

    public static JsObject Create(Realm realm)
    {
        var proto = new JsObject(realm.ObjectPrototype);
        realm.ArrayBufferPrototype = proto;
        Builtin.Getter(realm, proto, "byteLength", "byteLength", ByteLength);
        Builtin.Getter(realm, proto, "detached", "detached", Detached);
        Builtin.Getter(realm, proto, "maxByteLength", "maxByteLength", MaxByteLength);
        Builtin.Getter(realm, proto, "resizable", "resizable", Resizable);
        Builtin.DefineMethods(realm, proto, Methods);
        Library.ToStringTag(proto, "ArrayBuffer");
        return proto;
    }

    /// <summary>RequireInternalSlot(O, [[ArrayBufferData]]) and IsSharedArrayBuffer(O) is false.</summary>
    private static JsArrayBuffer ThisBuffer(in JsValue value, string method)
    {
        if (value.Ref is JsArrayBuffer b && value.IsObject && !b.Shared) return b;
        return JsException.ThrowTypeError<JsArrayBuffer>($"Method ArrayBuffer.prototype.{method} called on incompatible receiver {Operations.DescribeForError(value)}");
    }

    // 25.1.6.1 get ArrayBuffer.prototype.byteLength
    private static JsValue ByteLength(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
        => ThisBuffer(thisValue, "byteLength").ByteLength;

    // 25.1.6.3 get ArrayBuffer.prototype.detached
    private static JsValue Detached(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
        => ThisBuffer(thisValue, "detached").Detached;

    // 25.1.6.4 get ArrayBuffer.prototype.maxByteLength
    private static JsValue MaxByteLength(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var o = ThisBuffer(thisValue, "maxByteLength");
        if (o.Detached) return 0;
        return o.IsFixedLength ? o.ByteLength : o.MaxByteLength;
    }

    // 25.1.6.5 get ArrayBuffer.prototype.resizable
    private static JsValue Resizable(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
        => !ThisBuffer(thisValue, "resizable").IsFixedLength;

    // 25.1.6.6 ArrayBuffer.prototype.resize ( newLength )
    private static JsValue Resize(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var o = ThisBuffer(thisValue, "resize");                                                    // Steps 1-3.
        if (o.IsFixedLength) JsException.ThrowTypeError("Method ArrayBuffer.prototype.resize called on a fixed-length ArrayBuffer");
        double newByteLength = ArrayBufferConstructor.ToIndex(Builtin.Arg(args, 0));              // Step 4.
        if (o.Detached) ArrayBufferConstructor.ThrowDetached("ArrayBuffer.prototype.resize");      // Step 5.
        if (newByteLength > o.MaxByteLength) JsException.ThrowRangeError("ArrayBuffer.prototype.resize: Invalid length parameter"); // Step 6.
        o.Resize((int)newByteLength);                                                              // Steps 7-15.
        return JsValue.Undefined;
    }

    // 25.1.6.7 ArrayBuffer.prototype.slice ( start, end )
    private static JsValue Slice(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var o = ThisBuffer(thisValue, "slice");                                                      // Steps 1-3.
        if (o.Detached) ArrayBufferConstructor.ThrowDetached("ArrayBuffer.prototype.slice");        // Step 4.
        long len = o.ByteLength;                                                                     // Step 5.
        long first = Builtin.RelativeIndex(Builtin.Arg(args, 0), len, 0);                            // Steps 6-9.
        long final = Builtin.RelativeIndex(Builtin.Arg(args, 1), len, len);                          // Steps 10-13.
        long newLen = Math.Max(final - first, 0);                                                    // Step 14.
        var ctor = ArrayBufferConstructor.SpeciesConstructor(o, realm.ArrayBufferConstructor);      // Step 15.
        var created = Operations.Construct(ctor, [JsValue.FromNumber(newLen)]);                       // Step 16.
        if (created.Ref is not JsArrayBuffer b || b.Shared)                                          // Steps 17-18.
            return JsException.ThrowTypeError<JsValue>("ArrayBuffer subclass returned this from species constructor");
        if (b.Detached) ArrayBufferConstructor.ThrowDetached("ArrayBuffer.prototype.slice");        // Step 19.
        if (ReferenceEquals(b, o)) JsException.ThrowTypeError("ArrayBuffer subclass returned this from species constructor"); // Step 20.
        if (b.ByteLength < newLen) JsException.ThrowTypeError("Species constructor returned a too small buffer"); // Step 21.
        if (o.Detached) ArrayBufferConstructor.ThrowDetached("ArrayBuffer.prototype.slice");        // Step 23.
        long currentLen = o.ByteLength;                                                              // Steps 24-26.
        if (first < currentLen)
        {
            long count = Math.Min(newLen, currentLen - first);
            Array.Copy(o.Data, first, b.Data, 0, count);
        }
        return b;
    }

    // 25.1.6.8 ArrayBuffer.prototype.transfer ( [ newLength ] )
    private static JsValue Transfer(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
        => CopyAndDetach(realm, thisValue, Builtin.Arg(args, 0), preserveResizability: true, "transfer");

    // 25.1.6.9 ArrayBuffer.prototype.transferToFixedLength ( [ newLength ] )
    private static JsValue TransferToFixedLength(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
        => CopyAndDetach(realm, thisValue, Builtin.Arg(args, 0), preserveResizability: false, "transferToFixedLength");

    /// <summary>§25.1.3.3 ArrayBufferCopyAndDetach ( arrayBuffer, newLength, preserveResizability ).</summary>
    private static JsArrayBuffer CopyAndDetach(Realm realm, in JsValue arrayBuffer, in JsValue newLength, bool preserveResizability, string method)
    {
        var o = ThisBuffer(arrayBuffer, method);                                                     // Steps 1-2.
        double newByteLength = newLength.IsUndefined ? o.ByteLength : ArrayBufferConstructor.ToIndex(newLength); // Steps 3-4.
        if (o.Detached) ArrayBufferConstructor.ThrowDetached("ArrayBuffer.prototype." + method);    // Step 5.
        double newMax = preserveResizability && !o.IsFixedLength ? o.MaxByteLength : -1;            // Steps 6-7.
        var created = ArrayBufferConstructor.Allocate(realm, realm.ArrayBufferConstructor, newByteLength, newMax); // Step 9.
        int copyLength = (int)Math.Min(newByteLength, o.ByteLength);                                // Steps 10-13.
        Array.Copy(o.Data, created.Data, copyLength);
        o.Detach();                                                                                  // Step 14.
        return created;
    }
}
