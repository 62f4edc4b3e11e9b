using System;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins;

/// <summary>ECMA-262 §25.3.4 Properties of the DataView Prototype Object.</summary>
internal static class DataViewPrototype
{
    public static JsObject Create(Realm realm)
    {
        var proto = new JsObject(realm.ObjectPrototype);
        realm.DataViewPrototype = proto;
        Builtin.Getter(realm, proto, "buffer", "buffer", Buffer);
        Builtin.Getter(realm, proto, "byteLength", "byteLength", ByteLength);
        Builtin.Getter(realm, proto, "byteOffset", "byteOffset", ByteOffset);
        Builtin.DefineMethods(realm, proto,
        [
            new("getBigInt64", 1, static (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => GetViewValue(t, a, TypedArrayKind.BigInt64)),
            new("getBigUint64", 1, static (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => GetViewValue(t, a, TypedArrayKind.BigUint64)),
            new("getFloat16", 1, static (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => GetViewValue(t, a, TypedArrayKind.Float16)),
            new("getFloat32", 1, static (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => GetViewValue(t, a, TypedArrayKind.Float32)),
            new("getFloat64", 1, static (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => GetViewValue(t, a, TypedArrayKind.Float64)),
            new("getInt8", 1, static (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => GetViewValue(t, a, TypedArrayKind.Int8)),
            new("getInt16", 1, static (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => GetViewValue(t, a, TypedArrayKind.Int16)),
            new("getInt32", 1, static (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => GetViewValue(t, a, TypedArrayKind.Int32)),
            new("getUint8", 1, static (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => GetViewValue(t, a, TypedArrayKind.Uint8)),
            new("getUint16", 1, static (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => GetViewValue(t, a, TypedArrayKind.Uint16)),
            new("getUint32", 1, static (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => GetViewValue(t, a, TypedArrayKind.Uint32)),
            new("setBigInt64", 2, static (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => SetViewValue(t, a, TypedArrayKind.BigInt64)),
            new("setBigUint64", 2, static (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => SetViewValue(t, a, TypedArrayKind.BigUint64)),
            new("setFloat16", 2, static (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => SetViewValue(t, a, TypedArrayKind.Float16)),
            new("setFloat32", 2, static (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => SetViewValue(t, a, TypedArrayKind.Float32)),
            new("setFloat64", 2, static (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => SetViewValue(t, a, TypedArrayKind.Float64)),
            new("setInt8", 2, static (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => SetViewValue(t, a, TypedArrayKind.Int8)),
            new("setInt16", 2, static (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => SetViewValue(t, a, TypedArrayKind.Int16)),
            new("setInt32", 2, static (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => SetViewValue(t, a, TypedArrayKind.Int32)),
            new("setUint8", 2, static (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => SetViewValue(t, a, TypedArrayKind.Uint8)),
            new("setUint16", 2, static (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => SetViewValue(t, a, TypedArrayKind.Uint16)),
            new("setUint32", 2, static (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => SetViewValue(t, a, TypedArrayKind.Uint32)),
        ]);
        Library.ToStringTag(proto, "DataView");
        return proto;
    }

    /// <summary>RequireInternalSlot(O, [[DataView]]).</summary>
    private static JsDataView ThisView(in JsValue value, string method)
    {
        if (value.Ref is JsDataView v && value.IsObject) return v;
        return JsException.ThrowTypeError<JsDataView>($"Method DataView.prototype.{method} called on incompatible receiver {Operations.DescribeForError(value)}");
    }

    // 25.3.4.1 get DataView.prototype.buffer
    private static JsValue Buffer(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
        => ThisView(thisValue, "buffer").Buffer;

    // 25.3.4.2 get DataView.prototype.byteLength
    private static JsValue ByteLength(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var o = ThisView(thisValue, "byteLength");
        if (o.IsOutOfBounds) ThrowOutOfBounds(o, "byteLength");
        return o.ViewByteLength;
    }

    // 25.3.4.3 get DataView.prototype.byteOffset
    private static JsValue ByteOffset(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var o = ThisView(thisValue, "byteOffset");
        if (o.IsOutOfBounds) ThrowOutOfBounds(o, "byteOffset");
        return o.ByteOffset;
    }

    private static void ThrowOutOfBounds(JsDataView view, string method)
    {
        if (view.Buffer.Detached) ArrayBufferConstructor.ThrowDetached("DataView.prototype." + method);
        JsException.ThrowTypeError($"Cannot perform DataView.prototype.{method} on an out-of-bounds DataView");
    }

    private static string MethodName(TypedArrayKind type, bool set)
        => (set ? "set" : "get") + TypedArrayInfo.Name(type)[..^"Array".Length];

    /// <summary>§25.3.1.5 GetViewValue ( view, requestIndex, isLittleEndian, type ).</summary>
    private static JsValue GetViewValue(in JsValue view, ReadOnlySpan<JsValue> args, TypedArrayKind type)
    {
        var v = ThisView(view, MethodName(type, set: false));                                  // Steps 1-2.
        double getIndex = ArrayBufferConstructor.ToIndex(Builtin.Arg(args, 0));                // Step 3.
        bool littleEndian = Operations.ToBoolean(Builtin.Arg(args, 1));                        // Step 4.
        if (v.IsOutOfBounds) ThrowOutOfBounds(v, MethodName(type, set: false));               // Steps 6-7.
        int viewSize = v.ViewByteLength;                                                       // Step 8.
        int elementSize = TypedArrayInfo.ElementSize(type);                                    // Step 9.
        if (getIndex + elementSize > viewSize) JsException.ThrowRangeError("Offset is outside the bounds of the DataView"); // Step 10.
        return TypedArrayInfo.Read(type, v.Buffer.Data, (int)getIndex + v.ByteOffset, littleEndian); // Steps 11-12.
    }

    /// <summary>§25.3.1.6 SetViewValue ( view, requestIndex, isLittleEndian, type, value ).</summary>
    private static JsValue SetViewValue(in JsValue view, ReadOnlySpan<JsValue> args, TypedArrayKind type)
    {
        var v = ThisView(view, MethodName(type, set: true));                                   // Steps 1-2.
        double getIndex = ArrayBufferConstructor.ToIndex(Builtin.Arg(args, 0));                // Step 3.
        var numberValue = TypedArrayInfo.ToNumeric(type, Builtin.Arg(args, 1));                // Steps 4-5.
        bool littleEndian = Operations.ToBoolean(Builtin.Arg(args, 2));                        // Step 6.
        if (v.IsOutOfBounds) ThrowOutOfBounds(v, MethodName(type, set: true));                // Steps 8-9.
        int viewSize = v.ViewByteLength;                                                       // Step 10.
        int elementSize = TypedArrayInfo.ElementSize(type);                                    // Step 11.
        if (getIndex + elementSize > viewSize) JsException.ThrowRangeError("Offset is outside the bounds of the DataView"); // Step 12.
        TypedArrayInfo.Write(type, v.Buffer.Data, (int)getIndex + v.ByteOffset, numberValue, littleEndian); // Steps 13-14.
        return JsValue.Undefined;
    }
}
