using System;
using System.Runtime.CompilerServices;
using Aot.Engine.Builtins;
using Aot.Engine.Objects;

namespace Aot.Runtime.Node;

/// <summary>
/// `node:buffer`: Buffer is a real Uint8Array subclass written in Scripts/buffer.js (as in Node:
/// `class FastBuffer extends Uint8Array`, Buffer.prototype = FastBuffer.prototype), so buffers are
/// the engine's typed arrays: indexed access, the TypedArray methods, `buf.buffer` / `byteOffset`,
/// and subarray/slice sharing memory. This class is its binding (`internal/buffer`: the encodings,
/// searching, comparing and filling over the viewed bytes) and the host's way to make and read
/// buffers (<see cref="FromBytes(Realm, ReadOnlySpan{byte})"/>, <see cref="TryGetBytes"/>).
/// </summary>
public static class BufferModule
{
    private static readonly ConditionalWeakTable<Realm, JsObject> Prototypes = new();
    /// <summary>Every realm's Buffer.prototype (IsBuffer walks a chain without knowing the realm).</summary>
    private static readonly ConditionalWeakTable<JsObject, Realm> KnownPrototypes = new();

    public static JsObject CreateExports(Realm realm)
        => NodeInternals.Of(realm).Shared("buffer", static r => NodeScripts.Run(r, "buffer.js").AsObject());

    /// <summary>The realm's Buffer.prototype (creating the module on first use).</summary>
    public static JsObject Prototype(Realm realm)
    {
        if (Prototypes.TryGetValue(realm, out var proto)) return proto;
        CreateExports(realm);
        return Prototypes.TryGetValue(realm, out proto) ? proto : throw new InvalidOperationException("buffer.js did not register Buffer.prototype");
    }

    /// <summary>A new Buffer holding a copy of <paramref name="bytes"/> (what host code hands to JS).</summary>
    public static JsValue FromBytes(Realm realm, ReadOnlySpan<byte> bytes)
    {
        var proto = Prototype(realm);
        var array = JsTypedArray.CreateUint8Array(realm, bytes);
        array.SetPrototypeOf(proto);
        return JsValue.FromObject(array);
    }

    public static JsValue FromBytes(Realm realm, byte[] bytes) => FromBytes(realm, bytes.AsSpan());

    /// <summary>Whether <paramref name="value"/> is a Buffer (a Uint8Array whose prototype chain has Buffer.prototype).</summary>
    public static bool IsBuffer(in JsValue value) => value.Ref is JsObject o && IsBuffer(o);

    public static bool IsBuffer(JsObject o)
    {
        if (o is not JsTypedArray { ElementKind: TypedArrayKind.Uint8 }) return false;
        for (var p = o.GetPrototypeOf(); p != null; p = p.GetPrototypeOf())
            if (KnownPrototypes.TryGetValue(p, out _)) return true;
        return false;
    }

    /// <summary>The bytes a typed array (Buffer included) or ArrayBuffer views, for host code that
    /// reads or fills them in place.</summary>
    public static bool TryGetBytes(in JsValue value, out Span<byte> bytes)
    {
        switch (value.Ref)
        {
            case JsTypedArray ta: bytes = ta.Bytes; return true;
            case JsArrayBuffer ab: bytes = ab.Bytes; return true;
            default: bytes = default; return false;
        }
    }

    /// <summary>The bytes of a string (in <paramref name="encoding"/>, utf8 by default), a typed
    /// array or ArrayBuffer, or an array-like (a copy), as host code that takes Node's
    /// `string | Buffer` arguments needs them.</summary>
    public static byte[] BytesOf(Realm realm, in JsValue value, in JsValue encoding)
    {
        if (value.IsString) return NodeEncodings.Encode(value.AsString(), Encoding(realm, encoding));
        if (TryGetBytes(value, out var span)) return span.ToArray();
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
        }
        throw NodeErrors.InvalidArgType(realm, "data", "of type string or an instance of Buffer, TypedArray, or DataView", value);
    }

    private static string Encoding(Realm realm, in JsValue value)
    {
        if (value.IsUndefined || value.IsNull) return "utf8";
        string? e = value.IsString ? NodeEncodings.Normalize(value.AsString()) : null;
        if (e == null) throw NodeErrors.Throw(realm, ErrorKind.TypeError, "ERR_UNKNOWN_ENCODING", "Unknown encoding: " + Operations.ToString(value));
        return e;
    }

    /// <summary>Node's Buffer inspection: at most 50 bytes in hex, then "... N more bytes".</summary>
    public static string Describe(ReadOnlySpan<byte> bytes)
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

    private static Span<byte> View(in JsValue value)
        => TryGetBytes(value, out var bytes) ? bytes : JsException.ThrowTypeError<byte[]>("argument must be a buffer");

    private static int Int(ReadOnlySpan<JsValue> args, int index) => (int)Operations.ToIntegerOrInfinity(NodeObjects.Arg(args, index));

    /// <summary>internal/buffer, the natives of Scripts/buffer.js. Encodings arrive normalized.</summary>
    internal static JsObject CreateBinding(Realm realm)
    {
        var b = realm.CreateObject();
        NodeObjects.Method(realm, b, "setPrototype", 1, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) =>
        {
            var proto = NodeObjects.Arg(a, 0).AsObject();
            Prototypes.AddOrUpdate(r, proto);
            KnownPrototypes.AddOrUpdate(proto, r);
            return JsValue.Undefined;
        });
        NodeObjects.Method(realm, b, "normalizeEncoding", 1, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n)
            => NodeObjects.Arg(a, 0).IsString && NodeEncodings.Normalize(NodeObjects.Arg(a, 0).AsString()) is { } e ? e : JsValue.Undefined);
        // encode(string, encoding) -> Buffer
        NodeObjects.Method(realm, b, "encode", 2, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n)
            => FromBytes(r, NodeEncodings.Encode(Operations.ToString(NodeObjects.Arg(a, 0)), Operations.ToString(NodeObjects.Arg(a, 1)))));
        NodeObjects.Method(realm, b, "byteLength", 2, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n)
            => ByteLength(Operations.ToString(NodeObjects.Arg(a, 0)), Operations.ToString(NodeObjects.Arg(a, 1))));
        // decode(view, encoding, start, end) -> string
        NodeObjects.Method(realm, b, "decode", 4, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) =>
        {
            var bytes = View(NodeObjects.Arg(a, 0));
            int start = Math.Clamp(Int(a, 2), 0, bytes.Length), end = Math.Clamp(Int(a, 3), start, bytes.Length);
            return NodeEncodings.Decode(bytes.Slice(start, end - start), Operations.ToString(NodeObjects.Arg(a, 1)));
        });
        // write(view, string, offset, length, encoding) -> bytes written (no partial characters)
        NodeObjects.Method(realm, b, "write", 5, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) =>
        {
            var target = View(NodeObjects.Arg(a, 0));
            string encoding = Operations.ToString(NodeObjects.Arg(a, 4));
            byte[] bytes = NodeEncodings.Encode(Operations.ToString(NodeObjects.Arg(a, 1)), encoding);
            int offset = Math.Clamp(Int(a, 2), 0, target.Length);
            int room = Math.Min(Math.Max(0, Int(a, 3)), target.Length - offset);
            int count = Math.Min(room, bytes.Length);
            if (count < bytes.Length) count = WholeCharacters(bytes, count, encoding);
            bytes.AsSpan(0, count).CopyTo(target.Slice(offset));
            return count;
        });
        // compare(a, b) -> -1 | 0 | 1
        NodeObjects.Method(realm, b, "compare", 2, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n)
            => Math.Sign(((ReadOnlySpan<byte>)View(NodeObjects.Arg(a, 0))).SequenceCompareTo(View(NodeObjects.Arg(a, 1)))));
        // indexOf(view, needle bytes, byteOffset, forward) -> index | -1, with Node's offset rules
        NodeObjects.Method(realm, b, "indexOf", 4, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) =>
        {
            var haystack = View(NodeObjects.Arg(a, 0));
            var needle = View(NodeObjects.Arg(a, 1));
            return IndexOf(haystack, needle, Operations.ToNumber(NodeObjects.Arg(a, 2)), Operations.ToBoolean(NodeObjects.Arg(a, 3)));
        });
        // fill(view, pattern bytes, start, end)
        NodeObjects.Method(realm, b, "fill", 4, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) =>
        {
            var target = View(NodeObjects.Arg(a, 0));
            var pattern = View(NodeObjects.Arg(a, 1)).ToArray();
            int start = Math.Clamp(Int(a, 2), 0, target.Length), end = Math.Clamp(Int(a, 3), start, target.Length);
            var span = target.Slice(start, end - start);
            if (pattern.Length == 1) span.Fill(pattern[0]);
            else if (pattern.Length > 0)
                for (int i = 0; i < span.Length; i += pattern.Length)
                    pattern.AsSpan(0, Math.Min(pattern.Length, span.Length - i)).CopyTo(span.Slice(i));
            return JsValue.Undefined;
        });
        NodeObjects.Method(realm, b, "isUtf8", 1, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n)
            => System.Text.Unicode.Utf8.IsValid(View(NodeObjects.Arg(a, 0))));
        NodeObjects.Method(realm, b, "isAscii", 1, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n)
            => System.Text.Ascii.IsValid(View(NodeObjects.Arg(a, 0))));
        return b;
    }

    private static int ByteLength(string s, string encoding) => encoding switch
    {
        "utf8" => System.Text.Encoding.UTF8.GetByteCount(s),
        "utf16le" => s.Length * 2,
        "latin1" or "ascii" => s.Length,
        "hex" => s.Length >>> 1,
        "base64" or "base64url" => Base64ByteLength(s),
        _ => NodeEncodings.Encode(s, encoding).Length,
    };

    /// <summary>Node's estimate (lib/buffer.js base64ByteLength): up to two '=' ignored, 3 bytes per 4 characters.</summary>
    private static int Base64ByteLength(string s)
    {
        int length = s.Length;
        if (length > 0 && s[length - 1] == '=') length--;
        if (length > 1 && s[length - 1] == '=') length--;
        return (int)(((long)length * 3) >>> 2);
    }

    /// <summary>How many of the first <paramref name="room"/> encoded bytes form whole characters
    /// (Node never writes part of a UTF-8 sequence or half a UTF-16 unit).</summary>
    private static int WholeCharacters(byte[] bytes, int room, string encoding)
    {
        if (encoding == "utf16le") return room & ~1;
        if (encoding != "utf8") return room;
        int end = room;
        // Back up over a sequence the limit cuts: continuation bytes, then its lead byte.
        int k = end;
        while (k > 0 && (bytes[k - 1] & 0xC0) == 0x80) k--;
        if (k > 0 && bytes[k - 1] >= 0xC0)
        {
            int lead = bytes[k - 1];
            int length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
            if (k - 1 + length > end) end = k - 1;
        }
        return end;
    }

    /// <summary>Node's IndexOfOffset and search (src/node_buffer.cc): negative offsets count from
    /// the end; an empty needle matches at the (clamped) offset.</summary>
    private static int IndexOf(ReadOnlySpan<byte> haystack, ReadOnlySpan<byte> needle, double byteOffset, bool forward)
    {
        long length = haystack.Length, needleLength = needle.Length;
        long offset = double.IsNaN(byteOffset) ? 0 : (long)Math.Clamp(Math.Truncate(byteOffset), -0x80000000L, 0x7fffffffL);
        long opt;
        if (offset < 0)
        {
            if (offset + length >= 0) opt = length + offset;
            else if (forward || needleLength == 0) opt = 0;
            else opt = -1;
        }
        else
        {
            if (offset + needleLength <= length) opt = offset;
            else if (needleLength == 0) opt = length;
            else if (forward) opt = -1;
            else opt = length - 1;
        }
        if (needleLength == 0) return (int)opt;
        if (length == 0 || opt <= -1) return -1;
        if ((forward && needleLength + opt > length) || needleLength > length) return -1;
        if (forward)
        {
            int at = haystack.Slice((int)opt).IndexOf(needle);
            return at < 0 ? -1 : at + (int)opt;
        }
        int last = (int)Math.Min(opt, length - needleLength);
        return haystack.Slice(0, last + (int)needleLength).LastIndexOf(needle);
    }
}
