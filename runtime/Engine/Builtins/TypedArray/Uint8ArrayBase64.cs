using System;
using System.Collections.Generic;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins;

/// <summary>ECMA-262 §23.3 Uint8Array to and from base64 and hex: Uint8Array.fromBase64 / fromHex
/// and Uint8Array.prototype.toBase64 / toHex / setFromBase64 / setFromHex (ES2026, stage 4).</summary>
internal static class Uint8ArrayBase64
{
    public static void Install(Realm realm, JsFunction ctor, JsObject proto)
    {
        Builtin.DefineMethods(realm, ctor, [new("fromBase64", 1, FromBase64), new("fromHex", 1, FromHex)]);
        Builtin.DefineMethods(realm, proto,
        [
            new("setFromBase64", 1, SetFromBase64),
            new("setFromHex", 1, SetFromHex),
            new("toBase64", 0, ToBase64),
            new("toHex", 0, ToHex),
        ]);
    }

    private const string StandardAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    /// <summary>The decoding result record: bytes read, bytes produced, and an error (a SyntaxError message) or null.</summary>
    private readonly record struct Decoded(int Read, List<byte> Bytes, string? Error);

    private static string StringArg(ReadOnlySpan<JsValue> args, string method)
    {
        var s = Builtin.Arg(args, 0);
        if (!s.IsString) JsException.ThrowTypeError($"Uint8Array.{method} requires a string");
        return s.AsString();
    }

    /// <summary>GetOptionsObject ( options ).</summary>
    private static JsObject? OptionsObject(in JsValue options)
    {
        if (options.IsUndefined) return null;
        if (options.IsObject) return options.AsObject();
        return JsException.ThrowTypeError<JsObject>("options must be an object");
    }

    private static JsValue Option(JsObject? opts, string name) => opts == null ? JsValue.Undefined : opts.Get(name);

    /// <summary>The alphabet option: true for base64url.</summary>
    private static bool UrlAlphabet(JsObject? opts)
    {
        var alphabet = Option(opts, "alphabet");
        if (alphabet.IsUndefined) return false;
        if (alphabet.IsString && alphabet.AsString() == "base64") return false;
        if (alphabet.IsString && alphabet.AsString() == "base64url") return true;
        return JsException.ThrowTypeError<bool>("alphabet must be \"base64\" or \"base64url\"");
    }

    private static string LastChunkHandling(JsObject? opts)
    {
        var handling = Option(opts, "lastChunkHandling");
        if (handling.IsUndefined) return "loose";
        if (handling.IsString && handling.AsString() is "loose" or "strict" or "stop-before-partial") return handling.AsString();
        return JsException.ThrowTypeError<string>("lastChunkHandling must be \"loose\", \"strict\" or \"stop-before-partial\"");
    }

    /// <summary>ValidateUint8Array ( ta ).</summary>
    private static JsTypedArray ThisUint8Array(in JsValue value, string method)
    {
        if (value.Ref is JsTypedArray ta && value.IsObject && ta.Kind == TypedArrayKind.Uint8) return ta;
        return JsException.ThrowTypeError<JsTypedArray>($"Uint8Array.prototype.{method} called on incompatible receiver {Operations.DescribeForError(value)}");
    }

    private static JsTypedArray NewUint8Array(Realm realm, List<byte> bytes)
    {
        var ta = TypedArrayOperations.CreateIntrinsic(realm, TypedArrayKind.Uint8, bytes.Count);
        bytes.CopyTo(ta.Buffer.Data);
        return ta;
    }

    // Uint8Array.fromBase64 ( string [ , options ] )
    private static JsValue FromBase64(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        string s = StringArg(args, "fromBase64");
        var opts = OptionsObject(Builtin.Arg(args, 1));
        bool url = UrlAlphabet(opts);
        string lastChunk = LastChunkHandling(opts);
        var result = DecodeBase64(s, url, lastChunk, long.MaxValue);
        if (result.Error != null) JsException.ThrowSyntaxError(result.Error);
        return NewUint8Array(realm, result.Bytes);
    }

    // Uint8Array.fromHex ( string )
    private static JsValue FromHex(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        string s = StringArg(args, "fromHex");
        var result = DecodeHex(s, long.MaxValue);
        if (result.Error != null) JsException.ThrowSyntaxError(result.Error);
        return NewUint8Array(realm, result.Bytes);
    }

    // Uint8Array.prototype.setFromBase64 ( string [ , options ] )
    private static JsValue SetFromBase64(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var into = ThisUint8Array(thisValue, "setFromBase64");
        string s = StringArg(args, "prototype.setFromBase64");
        var opts = OptionsObject(Builtin.Arg(args, 1));
        bool url = UrlAlphabet(opts);
        string lastChunk = LastChunkHandling(opts);
        if (into.IsOutOfBounds) TypedArrayOperations.ThrowOutOfBounds(into, "Uint8Array.prototype.setFromBase64");
        var result = DecodeBase64(s, url, lastChunk, into.Length);
        return Written(realm, into, result);
    }

    // Uint8Array.prototype.setFromHex ( string )
    private static JsValue SetFromHex(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var into = ThisUint8Array(thisValue, "setFromHex");
        string s = StringArg(args, "prototype.setFromHex");
        if (into.IsOutOfBounds) TypedArrayOperations.ThrowOutOfBounds(into, "Uint8Array.prototype.setFromHex");
        var result = DecodeHex(s, into.Length);
        return Written(realm, into, result);
    }

    /// <summary>SetUint8ArrayBytes, then the error if any, else { read, written }.</summary>
    private static JsValue Written(Realm realm, JsTypedArray into, Decoded result)
    {
        var target = into.Buffer.Data.AsSpan(into.ByteOffset);
        for (int i = 0; i < result.Bytes.Count; i++) target[i] = result.Bytes[i];
        if (result.Error != null) JsException.ThrowSyntaxError(result.Error);
        var o = realm.CreateObject();
        o.CreateDataProperty("read", result.Read);
        o.CreateDataProperty("written", result.Bytes.Count);
        return o;
    }

    /// <summary>GetUint8ArrayBytes ( ta ).</summary>
    private static ReadOnlySpan<byte> BytesOf(JsTypedArray ta, string method)
    {
        if (ta.IsOutOfBounds) TypedArrayOperations.ThrowOutOfBounds(ta, method);
        return ta.Bytes;
    }

    // Uint8Array.prototype.toBase64 ( [ options ] )
    private static JsValue ToBase64(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var o = ThisUint8Array(thisValue, "toBase64");
        var opts = OptionsObject(Builtin.Arg(args, 0));
        bool url = UrlAlphabet(opts);
        bool omitPadding = Operations.ToBoolean(Option(opts, "omitPadding"));
        string encoded = Convert.ToBase64String(BytesOf(o, "Uint8Array.prototype.toBase64"));
        if (url) encoded = encoded.Replace('+', '-').Replace('/', '_');
        if (omitPadding) encoded = encoded.TrimEnd('=');
        return encoded;
    }

    // Uint8Array.prototype.toHex ( )
    private static JsValue ToHex(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var o = ThisUint8Array(thisValue, "toHex");
        return Convert.ToHexString(BytesOf(o, "Uint8Array.prototype.toHex")).ToLowerInvariant();
    }

    private static bool IsAsciiWhitespace(char c) => c is '\t' or '\n' or '\f' or '\r' or ' ';

    private static int SkipAsciiWhitespace(string s, int index)
    {
        while (index < s.Length && IsAsciiWhitespace(s[index])) index++;
        return index;
    }

    /// <summary>DecodeFinalBase64Chunk / DecodeFullLengthBase64Chunk: 2, 3 or 4 characters to 1, 2 or 3 bytes;
    /// null when <paramref name="throwOnExtraBits"/> and the unused bits are not zero.</summary>
    private static bool DecodeChunk(List<char> chunk, bool throwOnExtraBits, List<byte> bytes)
    {
        int n = chunk.Count;
        int bits = 0;
        for (int i = 0; i < 4; i++) bits = (bits << 6) | (i < n ? StandardAlphabet.IndexOf(chunk[i]) : 0);
        byte b0 = (byte)(bits >> 16), b1 = (byte)(bits >> 8), b2 = (byte)bits;
        if (n == 2)
        {
            if (throwOnExtraBits && b1 != 0) return false;
            bytes.Add(b0);
        }
        else if (n == 3)
        {
            if (throwOnExtraBits && b2 != 0) return false;
            bytes.Add(b0);
            bytes.Add(b1);
        }
        else
        {
            bytes.Add(b0);
            bytes.Add(b1);
            bytes.Add(b2);
        }
        return true;
    }

    /// <summary>FromBase64 ( string, alphabet, lastChunkHandling [ , maxLength ] ).</summary>
    private static Decoded DecodeBase64(string s, bool url, string lastChunkHandling, long maxLength)
    {
        var bytes = new List<byte>();
        if (maxLength == 0) return new(0, bytes, null);
        const string Invalid = "Invalid base64 string";
        var chunk = new List<char>(4);
        int read = 0, index = 0, length = s.Length;
        while (true)
        {
            index = SkipAsciiWhitespace(s, index);
            if (index == length)
            {
                if (chunk.Count > 0)
                {
                    if (lastChunkHandling == "stop-before-partial") return new(read, bytes, null);
                    if (lastChunkHandling == "loose")
                    {
                        if (chunk.Count == 1) return new(read, bytes, Invalid);
                        DecodeChunk(chunk, false, bytes);
                    }
                    else return new(read, bytes, Invalid);
                }
                return new(length, bytes, null);
            }
            char c = s[index++];
            if (c == '=')
            {
                if (chunk.Count < 2) return new(read, bytes, Invalid);
                index = SkipAsciiWhitespace(s, index);
                if (chunk.Count == 2)
                {
                    if (index == length)
                    {
                        if (lastChunkHandling == "stop-before-partial") return new(read, bytes, null);
                        return new(read, bytes, Invalid);
                    }
                    if (s[index] == '=') index = SkipAsciiWhitespace(s, index + 1);
                }
                if (index < length) return new(read, bytes, Invalid);
                if (!DecodeChunk(chunk, lastChunkHandling == "strict", bytes)) return new(read, bytes, Invalid);
                return new(length, bytes, null);
            }
            if (url)
            {
                if (c is '+' or '/') return new(read, bytes, Invalid);
                if (c == '-') c = '+';
                else if (c == '_') c = '/';
            }
            if (StandardAlphabet.IndexOf(c) < 0) return new(read, bytes, Invalid);
            long remaining = maxLength - bytes.Count;
            if ((remaining == 1 && chunk.Count == 2) || (remaining == 2 && chunk.Count == 3)) return new(read, bytes, null);
            chunk.Add(c);
            if (chunk.Count == 4)
            {
                DecodeChunk(chunk, false, bytes);
                chunk.Clear();
                read = index;
                if (bytes.Count == maxLength) return new(read, bytes, null);
            }
        }
    }

    /// <summary>FromHex ( string [ , maxLength ] ).</summary>
    private static Decoded DecodeHex(string s, long maxLength)
    {
        var bytes = new List<byte>();
        int length = s.Length, read = 0;
        if (length % 2 != 0) return new(read, bytes, "Input string must contain hex characters in even length");
        while (read < length && bytes.Count < maxLength)
        {
            int hi = HexValue(s[read]), lo = HexValue(s[read + 1]);
            if (hi < 0 || lo < 0) return new(read, bytes, "Input string must contain hex characters in even length");
            read += 2;
            bytes.Add((byte)(hi * 16 + lo));
        }
        return new(read, bytes, null);
    }

    private static int HexValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };
}
