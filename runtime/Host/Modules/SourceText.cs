using System;
using System.IO;
using System.Text;

namespace Aot.Runtime.Modules;

/// <summary>
/// Script source as the engine sees it: UTF-8 decoded the way Node decodes files (invalid
/// sequences become U+FFFD, so a bad byte is reported by the parser as a bad token instead of
/// failing the read), with a leading byte-order mark removed.
/// </summary>
public static class SourceText
{
    // Throws on invalid bytes? No: replacement fallback, like Node's fs.readFileSync(f, 'utf8').
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
            bytes = bytes[3..];
        return Utf8.GetString(bytes);
    }

    public static string ReadFile(string path) => Decode(File.ReadAllBytes(path));

    public static string ReadStream(Stream stream)
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return Decode(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
    }
}
