using System;
using System.Text;

namespace Aot.Runtime.Node;

/// <summary>Node's Buffer encodings (utf8, utf16le, latin1, ascii, base64, base64url, hex): names and byte conversions.</summary>
internal static class NodeEncodings
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The canonical name of an encoding label, or null when Node does not know it.</summary>
    public static string? Normalize(string? name)
    {
        if (name == null) return "utf8";
        switch (name.ToLowerInvariant())
        {
            case "utf8": case "utf-8": return "utf8";
            case "ucs2": case "ucs-2": case "utf16le": case "utf-16le": return "utf16le";
            case "latin1": case "binary": return "latin1";
            case "ascii": return "ascii";
            case "base64": return "base64";
            case "base64url": return "base64url";
            case "hex": return "hex";
            default: return null;
        }
    }

    public static byte[] Encode(string s, string encoding)
    {
        switch (encoding)
        {
            case "utf16le": return Encoding.Unicode.GetBytes(s);
            case "latin1":
            case "ascii":
            {
                var bytes = new byte[s.Length];
                for (int i = 0; i < s.Length; i++) bytes[i] = (byte)s[i];
                return bytes;
            }
            case "base64":
            case "base64url": return DecodeBase64(s);
            case "hex":
            {
                var bytes = new byte[s.Length / 2];
                int n = 0;
                for (; n < bytes.Length; n++)
                {
                    int hi = HexValue(s[2 * n]), lo = HexValue(s[2 * n + 1]);
                    if (hi < 0 || lo < 0) break;
                    bytes[n] = (byte)(hi * 16 + lo);
                }
                return n == bytes.Length ? bytes : bytes.AsSpan(0, n).ToArray();
            }
            default: return Utf8.GetBytes(s);
        }
    }

    public static string Decode(ReadOnlySpan<byte> bytes, string encoding)
    {
        switch (encoding)
        {
            case "utf16le": return Encoding.Unicode.GetString(bytes.Slice(0, bytes.Length & ~1));
            case "latin1":
            {
                var chars = new char[bytes.Length];
                for (int i = 0; i < bytes.Length; i++) chars[i] = (char)bytes[i];
                return new string(chars);
            }
            case "ascii":
            {
                var chars = new char[bytes.Length];
                for (int i = 0; i < bytes.Length; i++) chars[i] = (char)(bytes[i] & 0x7f);
                return new string(chars);
            }
            case "base64": return Convert.ToBase64String(bytes);
            case "base64url": return Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
            case "hex": return Convert.ToHexString(bytes).ToLowerInvariant();
            default: return Utf8.GetString(bytes);
        }
    }

    /// <summary>UTF-8 decoding for TextDecoder: null when <paramref name="fatal"/> and the bytes are invalid.</summary>
    public static string? DecodeUtf8(ReadOnlySpan<byte> bytes, bool fatal, bool ignoreBom)
    {
        if (!ignoreBom && bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF) bytes = bytes.Slice(3);
        if (!fatal) return Utf8.GetString(bytes);
        try { return StrictUtf8.GetString(bytes); }
        catch (DecoderFallbackException) { return null; }
    }

    private static int HexValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };

    /// <summary>Node's lenient base64 decoder: both alphabets, whitespace and bad characters skipped, padding optional.</summary>
    private static byte[] DecodeBase64(string s)
    {
        var output = new System.Collections.Generic.List<byte>(s.Length * 3 / 4);
        int buffer = 0, bits = 0;
        foreach (char c in s)
        {
            int v = c switch
            {
                >= 'A' and <= 'Z' => c - 'A',
                >= 'a' and <= 'z' => c - 'a' + 26,
                >= '0' and <= '9' => c - '0' + 52,
                '+' or '-' => 62,
                '/' or '_' => 63,
                '=' => -2,
                _ => -1,
            };
            if (v == -2) break;
            if (v < 0) continue;
            buffer = (buffer << 6) | v;
            bits += 6;
            if (bits >= 8)
            {
                bits -= 8;
                output.Add((byte)(buffer >> bits));
                buffer &= (1 << bits) - 1;
            }
        }
        return output.ToArray();
    }
}
