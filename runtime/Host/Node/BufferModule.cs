using System;
using System.Collections.Generic;
using Aot.Engine.Objects;

namespace Aot.Runtime.Node;

/// <summary>
/// `node:buffer` — TEMPORARY minimal Buffer (see <see cref="JsBuffer"/>) until typed arrays land:
/// Buffer.from/alloc/allocUnsafe/concat/byteLength/isBuffer/isEncoding/compare and
/// toString/toJSON/equals/slice/subarray/write/copy/indexOf/includes on instances. slice/subarray
/// copy (they do not share memory yet).
/// </summary>
public static class BufferModule
{
    public static JsObject CreateExports(Realm realm)
        => NodeInternals.Of(realm).Shared("buffer", static r => Create(r));

    /// <summary>The realm's Buffer.prototype (creating the module on first use).</summary>
    public static JsObject Prototype(Realm realm)
        => CreateExports(realm).Get("Buffer").AsObject().Get("prototype").AsObject();

    public static JsBuffer Create(Realm realm, byte[] bytes) => new(Prototype(realm), bytes);

    /// <summary>A Buffer owning <paramref name="bytes"/> (what host code hands to JS).</summary>
    public static JsValue FromBytes(Realm realm, byte[] bytes) => JsValue.FromObject(Create(realm, bytes));

    /// <summary>The bytes of a string (in <paramref name="encoding"/>, utf8 by default), Buffer or
    /// array-like (a copy), as host code that takes Node's `string | Buffer` arguments needs them.</summary>
    public static byte[] BytesOf(Realm realm, in JsValue value, in JsValue encoding) => BytesOf(realm, value, encoding, "data");

    private static string Encoding(Realm realm, in JsValue value)
    {
        if (value.IsUndefined || value.IsNull) return "utf8";
        string? e = value.IsString ? NodeEncodings.Normalize(value.AsString()) : null;
        if (e == null) throw NodeErrors.Throw(realm, ErrorKind.TypeError, "ERR_UNKNOWN_ENCODING", "Unknown encoding: " + Operations.ToString(value));
        return e;
    }

    private static JsBuffer This(in JsValue thisValue)
        => thisValue.Ref as JsBuffer ?? JsException.ThrowTypeError<JsBuffer>("argument must be a buffer");

    private static byte[] BytesOf(Realm realm, in JsValue value, in JsValue encoding, string name)
    {
        if (value.IsString) return NodeEncodings.Encode(value.AsString(), Encoding(realm, encoding));
        if (value.Ref is JsBuffer b) return (byte[])b.Bytes.Clone();
        if (value.IsObject)
        {
            var o = value.AsObject();
            var lengthValue = o.Get("length");
            if (lengthValue.IsNumber)
            {
                var bytes = new byte[(int)Operations.ToLength(lengthValue)];
                for (int i = 0; i < bytes.Length; i++) bytes[i] = (byte)Operations.ToUint32(o.Get(PropertyKey.FromIndex((uint)i)));
                return bytes;
            }
            if (o.Get("type") is { IsString: true } t && t.AsString() == "Buffer" && o.Get("data").IsObject)
                return BytesOf(realm, o.Get("data"), JsValue.Undefined, name);
        }
        throw NodeErrors.InvalidArgType(realm, name, "of type string or an instance of Buffer, ArrayBuffer, or Array or an Array-like Object", value);
    }

    private static (int Start, int End) Range(in JsValue start, in JsValue end, int length)
    {
        int s = start.IsUndefined ? 0 : Clamp(Operations.ToIntegerOrInfinity(start), length);
        int e = end.IsUndefined ? length : Clamp(Operations.ToIntegerOrInfinity(end), length);
        return (s, Math.Max(s, e));
    }

    private static int Clamp(double rel, int length) => rel < 0 ? (int)Math.Max(length + rel, 0) : (int)Math.Min(rel, length);

    /// <summary>Node's Buffer inspection: at most 50 bytes in hex, then "... N more bytes".</summary>
    public static string Describe(byte[] bytes)
    {
        const int max = 50;
        // `<Buffer ${hex}>`: an empty buffer keeps the space (`<Buffer >`).
        var sb = new System.Text.StringBuilder("<Buffer ");
        for (int i = 0; i < bytes.Length && i < max; i++)
        {
            if (i > 0) sb.Append(' ');
            sb.Append(bytes[i].ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
        }
        if (bytes.Length > max) sb.Append(" ... ").Append(bytes.Length - max).Append(" more byte").Append(bytes.Length - max == 1 ? "" : "s");
        return sb.Append('>').ToString();
    }

    private static JsObject Create(Realm realm)
    {
        var exports = realm.CreateObject();
        var proto = new JsObject(realm.ObjectPrototype);
        var buffer = new JsNativeFunction(realm, "Buffer", 2, (Realm r, in JsValue t, ReadOnlySpan<JsValue> args, JsObject? n) =>
        {
            // Deprecated Buffer(arg): a number allocates, anything else copies.
            var arg = NodeObjects.Arg(args, 0);
            if (arg.IsNumber) return Create(r, new byte[(int)arg.Number]);
            return Create(r, BytesOf(r, arg, NodeObjects.Arg(args, 1), "string"));
        }, isConstructor: true);
        buffer.SetOwnDirect("prototype", proto, PropertyFlags.None);
        proto.SetOwnDirect("constructor", buffer, PropertyFlags.Hidden);

        NodeObjects.Method(realm, buffer, "from", 3, (Realm r, in JsValue t, ReadOnlySpan<JsValue> args, JsObject? n)
            => Create(r, BytesOf(r, NodeObjects.Arg(args, 0), NodeObjects.Arg(args, 1), "first argument")), PropertyFlags.Hidden);
        NodeObjects.Method(realm, buffer, "alloc", 3, (Realm r, in JsValue t, ReadOnlySpan<JsValue> args, JsObject? n) =>
        {
            var size = NodeObjects.Arg(args, 0);
            if (!size.IsNumber) throw NodeErrors.InvalidArgType(r, "size", "of type number", size);
            var bytes = new byte[(int)size.Number];
            var fill = NodeObjects.Arg(args, 1);
            if (fill.IsNumber) Array.Fill(bytes, (byte)Operations.ToUint32(fill));
            else if (fill.IsString && fill.AsString().Length > 0)
            {
                var pattern = NodeEncodings.Encode(fill.AsString(), Encoding(r, NodeObjects.Arg(args, 2)));
                for (int i = 0; i < bytes.Length && pattern.Length > 0; i++) bytes[i] = pattern[i % pattern.Length];
            }
            return Create(r, bytes);
        }, PropertyFlags.Hidden);
        NativeFunction allocUnsafe = (Realm r, in JsValue t, ReadOnlySpan<JsValue> args, JsObject? n) =>
        {
            var size = NodeObjects.Arg(args, 0);
            if (!size.IsNumber) throw NodeErrors.InvalidArgType(r, "size", "of type number", size);
            return Create(r, new byte[(int)size.Number]);
        };
        NodeObjects.Method(realm, buffer, "allocUnsafe", 1, allocUnsafe, PropertyFlags.Hidden);
        NodeObjects.Method(realm, buffer, "allocUnsafeSlow", 1, allocUnsafe, PropertyFlags.Hidden);
        NodeObjects.Method(realm, buffer, "isBuffer", 1, (Realm r, in JsValue t, ReadOnlySpan<JsValue> args, JsObject? n)
            => NodeObjects.Arg(args, 0).Ref is JsBuffer, PropertyFlags.Hidden);
        NodeObjects.Method(realm, buffer, "isEncoding", 1, (Realm r, in JsValue t, ReadOnlySpan<JsValue> args, JsObject? n)
            => NodeObjects.Arg(args, 0).IsString && NodeEncodings.Normalize(NodeObjects.Arg(args, 0).AsString()) != null, PropertyFlags.Hidden);
        NodeObjects.Method(realm, buffer, "byteLength", 2, (Realm r, in JsValue t, ReadOnlySpan<JsValue> args, JsObject? n) =>
        {
            var value = NodeObjects.Arg(args, 0);
            if (value.Ref is JsBuffer b) return b.Bytes.Length;
            if (!value.IsString) throw NodeErrors.InvalidArgType(r, "string", "of type string or an instance of Buffer or ArrayBuffer", value);
            return NodeEncodings.Encode(value.AsString(), Encoding(r, NodeObjects.Arg(args, 1))).Length;
        }, PropertyFlags.Hidden);
        NodeObjects.Method(realm, buffer, "concat", 2, (Realm r, in JsValue t, ReadOnlySpan<JsValue> args, JsObject? n) =>
        {
            var list = NodeObjects.Arg(args, 0);
            if (list.Ref is not JsArray array) throw NodeErrors.InvalidArgType(r, "list", "an instance of Array", list);
            var all = new List<byte>();
            for (uint i = 0; i < array.Length; i++)
            {
                var item = array.Get(PropertyKey.FromIndex(i));
                if (item.Ref is not JsBuffer b) throw NodeErrors.InvalidArgType(r, "list[" + i + "]", "an instance of Buffer or Uint8Array", item);
                all.AddRange(b.Bytes);
            }
            var total = NodeObjects.Arg(args, 1);
            var bytes = all.ToArray();
            if (total.IsNumber) Array.Resize(ref bytes, (int)total.Number);
            return Create(r, bytes);
        }, PropertyFlags.Hidden);
        NodeObjects.Method(realm, buffer, "compare", 2, (Realm r, in JsValue t, ReadOnlySpan<JsValue> args, JsObject? n)
            => Math.Sign(This(NodeObjects.Arg(args, 0)).Bytes.AsSpan().SequenceCompareTo(This(NodeObjects.Arg(args, 1)).Bytes)), PropertyFlags.Hidden);
        buffer.SetOwnDirect("poolSize", 8192, PropertyFlags.Default);

        var lengthGetter = new JsNativeFunction(realm, "get length", 0, (Realm r, in JsValue t, ReadOnlySpan<JsValue> args, JsObject? n) => This(t).Bytes.Length);
        proto.AddAccessor("length", lengthGetter, null, PropertyFlags.Configurable);
        NodeObjects.Method(realm, proto, "toString", 3, (Realm r, in JsValue t, ReadOnlySpan<JsValue> args, JsObject? n) =>
        {
            var b = This(t);
            var (s, e) = Range(NodeObjects.Arg(args, 1), NodeObjects.Arg(args, 2), b.Bytes.Length);
            return NodeEncodings.Decode(b.Bytes.AsSpan(s, e - s), Encoding(r, NodeObjects.Arg(args, 0)));
        }, PropertyFlags.Hidden);
        NodeObjects.Method(realm, proto, "toJSON", 0, (Realm r, in JsValue t, ReadOnlySpan<JsValue> args, JsObject? n) =>
        {
            var b = This(t);
            var result = r.CreateObject();
            result.AddProperty("type", "Buffer", PropertyFlags.Default);
            var data = r.CreateArray(b.Bytes.Length);
            foreach (var x in b.Bytes) data.TryAppendDense(x);
            result.AddProperty("data", data, PropertyFlags.Default);
            return result;
        }, PropertyFlags.Hidden);
        NodeObjects.Method(realm, proto, "equals", 1, (Realm r, in JsValue t, ReadOnlySpan<JsValue> args, JsObject? n)
            => This(t).Bytes.AsSpan().SequenceEqual(This(NodeObjects.Arg(args, 0)).Bytes), PropertyFlags.Hidden);
        NodeObjects.Method(realm, proto, "compare", 1, (Realm r, in JsValue t, ReadOnlySpan<JsValue> args, JsObject? n)
            => Math.Sign(This(t).Bytes.AsSpan().SequenceCompareTo(This(NodeObjects.Arg(args, 0)).Bytes)), PropertyFlags.Hidden);
        NativeFunction slice = (Realm r, in JsValue t, ReadOnlySpan<JsValue> args, JsObject? n) =>
        {
            var b = This(t);
            var (s, e) = Range(NodeObjects.Arg(args, 0), NodeObjects.Arg(args, 1), b.Bytes.Length);
            return Create(r, b.Bytes.AsSpan(s, e - s).ToArray());
        };
        NodeObjects.Method(realm, proto, "slice", 2, slice, PropertyFlags.Hidden);
        NodeObjects.Method(realm, proto, "subarray", 2, slice, PropertyFlags.Hidden);
        NodeObjects.Method(realm, proto, "write", 4, (Realm r, in JsValue t, ReadOnlySpan<JsValue> args, JsObject? n) =>
        {
            var b = This(t);
            var str = NodeErrors.ValidateString(r, NodeObjects.Arg(args, 0), "string");
            int offset = 0;
            var enc = JsValue.Undefined;
            int index = 1;
            if (NodeObjects.Arg(args, index).IsNumber) offset = (int)NodeObjects.Arg(args, index++).Number;
            int length = b.Bytes.Length - offset;
            if (NodeObjects.Arg(args, index).IsNumber) length = Math.Min(length, (int)NodeObjects.Arg(args, index++).Number);
            enc = NodeObjects.Arg(args, index);
            var bytes = NodeEncodings.Encode(str, Encoding(r, enc));
            int count = Math.Max(0, Math.Min(length, bytes.Length));
            bytes.AsSpan(0, count).CopyTo(b.Bytes.AsSpan(offset));
            return count;
        }, PropertyFlags.Hidden);
        NodeObjects.Method(realm, proto, "copy", 4, (Realm r, in JsValue t, ReadOnlySpan<JsValue> args, JsObject? n) =>
        {
            var source = This(t);
            var target = This(NodeObjects.Arg(args, 0));
            int targetStart = NodeObjects.Arg(args, 1).IsUndefined ? 0 : (int)Operations.ToIntegerOrInfinity(NodeObjects.Arg(args, 1));
            var (s, e) = Range(NodeObjects.Arg(args, 2), NodeObjects.Arg(args, 3), source.Bytes.Length);
            int count = Math.Max(0, Math.Min(e - s, target.Bytes.Length - targetStart));
            Array.Copy(source.Bytes, s, target.Bytes, targetStart, count);
            return count;
        }, PropertyFlags.Hidden);
        NativeFunction indexOf = (Realm r, in JsValue t, ReadOnlySpan<JsValue> args, JsObject? n) =>
        {
            var b = This(t);
            var value = NodeObjects.Arg(args, 0);
            byte[] needle = value.IsNumber ? new[] { (byte)Operations.ToUint32(value) } : BytesOf(r, value, NodeObjects.Arg(args, 2), "value");
            int from = NodeObjects.Arg(args, 1).IsNumber ? Clamp(NodeObjects.Arg(args, 1).Number, b.Bytes.Length) : 0;
            int at = b.Bytes.AsSpan(from).IndexOf(needle);
            return at < 0 ? -1 : at + from;
        };
        NodeObjects.Method(realm, proto, "indexOf", 3, indexOf, PropertyFlags.Hidden);
        NodeObjects.Method(realm, proto, "includes", 3, (Realm r, in JsValue t, ReadOnlySpan<JsValue> args, JsObject? n)
            => indexOf(r, t, args, n).Number >= 0, PropertyFlags.Hidden);
        proto.SetOwnDirect(JsSymbol.ToStringTag, "Uint8Array", PropertyFlags.Configurable);
        // util.inspect.custom: "<Buffer 68 69>" as Node shows buffers (for inspectors that honour the symbol).
        var symbolFor = realm.GlobalObject.Get("Symbol").AsObject().Get("for");
        var inspectCustom = Operations.Call(symbolFor, JsValue.Undefined, new[] { JsValue.FromString("nodejs.util.inspect.custom") });
        proto.DefineOwnProperty(PropertyKey.FromSymbol(inspectCustom.AsSymbol), PropertyDescriptor.Data(
            new JsNativeFunction(realm, "inspect", 2, (Realm r, in JsValue t, ReadOnlySpan<JsValue> args, JsObject? n) => Describe(This(t).Bytes)), PropertyFlags.Hidden));

        exports.SetOwnDirect("Buffer", buffer, PropertyFlags.Default);
        exports.SetOwnDirect("kMaxLength", 4294967296.0, PropertyFlags.Default);
        var constants = realm.CreateObject();
        constants.SetOwnDirect("MAX_LENGTH", 4294967296.0, PropertyFlags.Default);
        constants.SetOwnDirect("MAX_STRING_LENGTH", 536870888, PropertyFlags.Default);
        exports.SetOwnDirect("constants", constants, PropertyFlags.Default);
        return exports;
    }
}
