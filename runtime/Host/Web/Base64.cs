using System;
using System.Text;
using Aot.Engine.Objects;
using Aot.Runtime.Running;

namespace Aot.Runtime.Web;

/// <summary>
/// atob / btoa (HTML §8.3 "forgiving-base64 decode" and "forgiving-base64 encode"), with Node's
/// error messages: InvalidCharacterError "Invalid character" for a character outside the
/// alphabet (or above U+00FF for btoa), "The string to be decoded is not correctly encoded." for
/// a bad length.
/// </summary>
public static class Base64
{
    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    public static JsValue Btoa(Realm realm, ReadOnlySpan<JsValue> args)
    {
        if (args.Length == 0) throw HostObjects.CodedError(realm, ErrorKind.TypeError, "ERR_MISSING_ARGS", "The \"input\" argument must be specified");
        string s = Operations.ToString(args[0]);
        var bytes = new byte[s.Length];
        for (int i = 0; i < s.Length; i++)
        {
            if (s[i] > 0xFF) throw DomException.Create(realm, "InvalidCharacterError", "Invalid character");
            bytes[i] = (byte)s[i];
        }
        return Convert.ToBase64String(bytes);
    }

    public static JsValue Atob(Realm realm, ReadOnlySpan<JsValue> args)
    {
        if (args.Length == 0) throw HostObjects.CodedError(realm, ErrorKind.TypeError, "ERR_MISSING_ARGS", "The \"input\" argument must be specified");
        string input = Operations.ToString(args[0]);
        // 1. Remove ASCII whitespace.
        var data = new StringBuilder(input.Length);
        foreach (char c in input)
            if (c is not (' ' or '\t' or '\n' or '\f' or '\r')) data.Append(c);
        // Node's order of checks (lib/buffer.js atob): '=' only at the end, at most two of them,
        // none when the length leaves a remainder; then a remainder of 1 cannot be decoded.
        int length = data.Length, equals = 0;
        for (int i = 0; i < length; i++)
        {
            char c = data[i];
            if (c == '=') equals++;
            else if (Alphabet.IndexOf(c) < 0 || equals > 0) throw DomException.Create(realm, "InvalidCharacterError", "Invalid character");
            if (equals > 2) throw DomException.Create(realm, "InvalidCharacterError", "Invalid character");
        }
        int remainder = length % 4;
        if (remainder == 0) remainder = (length - equals) % 4;
        else if (equals > 0) throw DomException.Create(realm, "InvalidCharacterError", "Invalid character");
        if (remainder == 1) throw DomException.Create(realm, "InvalidCharacterError", "The string to be decoded is not correctly encoded.");
        length -= equals;
        var sb = new StringBuilder(length * 3 / 4);
        int buffer = 0, bits = 0;
        for (int i = 0; i < length; i++)
        {
            buffer = (buffer << 6) | Alphabet.IndexOf(data[i]);
            bits += 6;
            if (bits >= 8)
            {
                bits -= 8;
                sb.Append((char)((buffer >> bits) & 0xFF));
            }
        }
        return sb.ToString();
    }
}
