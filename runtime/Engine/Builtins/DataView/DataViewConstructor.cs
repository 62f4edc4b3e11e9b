using System;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins;

/// <summary>ECMA-262 §25.3.2 The DataView Constructor.</summary>
internal static class DataViewConstructor
{
    public static JsFunction Create(Realm realm)
    {
        var proto = DataViewPrototype.Create(realm);
        return Builtin.Constructor(realm, "DataView", 1, Construct, proto);
    }

    // 25.3.2.1 DataView ( buffer [ , byteOffset [ , byteLength ] ] )
    private static JsValue Construct(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        if (newTarget == null) JsException.ThrowTypeError("Constructor DataView requires 'new'");            // Step 1.
        var bufferArg = Builtin.Arg(args, 0);
        if (bufferArg.Ref is not JsArrayBuffer buffer || !bufferArg.IsObject)                               // Step 2.
            return JsException.ThrowTypeError<JsValue>("First argument to DataView constructor must be an ArrayBuffer");
        double offset = ArrayBufferConstructor.ToIndex(Builtin.Arg(args, 1));                               // Step 3.
        if (buffer.Detached) ArrayBufferConstructor.ThrowDetached("DataView constructor");                  // Step 4.
        int bufferByteLength = buffer.ByteLength;                                                            // Step 5.
        if (offset > bufferByteLength) JsException.ThrowRangeError($"Start offset {offset} is outside the bounds of the buffer"); // Step 6.
        bool fixedLength = buffer.IsFixedLength;                                                             // Step 7.
        var byteLength = Builtin.Arg(args, 2);
        double viewByteLength;
        bool tracking = false;
        if (byteLength.IsUndefined)                                                                          // Step 8.
        {
            if (fixedLength) viewByteLength = bufferByteLength - offset;
            else { viewByteLength = 0; tracking = true; }
        }
        else                                                                                                 // Step 9.
        {
            viewByteLength = ArrayBufferConstructor.ToIndex(byteLength);
            if (offset + viewByteLength > bufferByteLength) JsException.ThrowRangeError($"Invalid DataView length {viewByteLength}");
        }
        var proto = Library.PrototypeFromConstructor(newTarget, static r => r.DataViewPrototype, realm);     // Step 10.
        if (buffer.Detached) ArrayBufferConstructor.ThrowDetached("DataView constructor");                  // Step 11.
        bufferByteLength = buffer.ByteLength;                                                                // Step 12.
        if (offset > bufferByteLength) JsException.ThrowRangeError($"Start offset {offset} is outside the bounds of the buffer"); // Step 13.
        if (!byteLength.IsUndefined && offset + viewByteLength > bufferByteLength)                          // Step 14.
            JsException.ThrowRangeError($"Invalid DataView length {viewByteLength}");
        return new JsDataView(proto)                                                                         // Steps 15-19.
        {
            Buffer = buffer,
            ByteOffset = (int)offset,
            FixedByteLength = (int)viewByteLength,
            LengthTracking = tracking,
        };
    }
}
