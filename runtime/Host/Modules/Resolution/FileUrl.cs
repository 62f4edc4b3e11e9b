using System;
using System.Text;

namespace Aot.Runtime.Modules.Resolution;

/// <summary>
/// The slice of the WHATWG URL standard that ESM resolution needs for <c>file:</c> URLs: percent-encoding
/// a path (pathToFileURL), resolving a relative reference against a base pathname (dot segments, '\'
/// as '/', ?query and #fragment kept apart), and decoding back to a path (fileURLToPath).
/// Pathnames handled here are still percent-encoded; <see cref="DecodePath"/> turns them into file paths.
/// </summary>
internal static class FileUrl
{
    /// <summary>A resolved URL: the encoded pathname and the "?query#fragment" tail (possibly empty).</summary>
    public readonly record struct Location(string Pathname, string Suffix);

    /// <summary>pathToFileURL(path).href.</summary>
    public static string FromPath(string path, string suffix = "") => "file://" + EncodePath(path) + suffix;

    /// <summary>Percent-encodes a file path into a URL pathname (WHATWG path set plus '%', '\', tab, CR, LF, as pathToFileURL does).</summary>
    public static string EncodePath(string path)
    {
        int i = 0;
        for (; i < path.Length; i++)
            if (NeedsEncoding(path[i])) break;
        if (i == path.Length) return path;

        var builder = new StringBuilder(path.Length + 16);
        builder.Append(path, 0, i);
        Span<byte> utf8 = stackalloc byte[4];
        for (; i < path.Length; i++)
        {
            char c = path[i];
            if (!NeedsEncoding(c)) { builder.Append(c); continue; }
            int length;
            if (char.IsHighSurrogate(c) && i + 1 < path.Length && char.IsLowSurrogate(path[i + 1]))
            {
                length = Encoding.UTF8.GetBytes(path.AsSpan(i, 2), utf8);
                i++;
            }
            else
            {
                length = Encoding.UTF8.GetBytes(path.AsSpan(i, 1), utf8);
            }
            for (int b = 0; b < length; b++) builder.Append('%').Append(Hex(utf8[b] >> 4)).Append(Hex(utf8[b] & 15));
        }
        return builder.ToString();
    }

    /// <summary>fileURLToPath's decoding of an encoded pathname. Malformed escapes are kept literally.</summary>
    public static string DecodePath(string pathname)
    {
        int first = pathname.IndexOf('%');
        if (first < 0) return pathname;
        var bytes = new byte[Encoding.UTF8.GetMaxByteCount(pathname.Length)];
        int count = Encoding.UTF8.GetBytes(pathname.AsSpan(0, first), bytes);
        for (int i = first; i < pathname.Length; i++)
        {
            char c = pathname[i];
            if (c == '%' && i + 2 < pathname.Length && IsHex(pathname[i + 1]) && IsHex(pathname[i + 2]))
            {
                bytes[count++] = (byte)(HexValue(pathname[i + 1]) * 16 + HexValue(pathname[i + 2]));
                i += 2;
                continue;
            }
            if (c < 0x80) { bytes[count++] = (byte)c; continue; }
            int take = char.IsHighSurrogate(c) && i + 1 < pathname.Length ? 2 : 1;
            count += Encoding.UTF8.GetBytes(pathname.AsSpan(i, take), bytes.AsSpan(count));
            i += take - 1;
        }
        return Encoding.UTF8.GetString(bytes, 0, count);
    }

    /// <summary>
    /// URL resolution of <paramref name="reference"/> against a base directory pathname (encoded, ending in '/').
    /// <paramref name="reference"/> is relative ("./x", "../x", "x") or path-absolute ("/x").
    /// </summary>
    public static Location Resolve(string baseDirectoryPathname, string reference)
    {
        int tail = reference.AsSpan().IndexOfAny('?', '#');
        string suffix = tail < 0 ? "" : reference.Substring(tail);
        string path = tail < 0 ? reference : reference.Substring(0, tail);
        path = path.Replace('\\', '/');
        string combined = path.Length > 0 && path[0] == '/' ? path : baseDirectoryPathname + path;
        return new Location(RemoveDotSegments(combined), EncodeSuffix(suffix));
    }

    /// <summary>
    /// Parses a <c>file:</c> URL specifier into an encoded pathname. Only an empty host or "localhost"
    /// is accepted on POSIX (ERR_INVALID_FILE_URL_HOST otherwise).
    /// </summary>
    public static Location ParseFileUrl(string url)
    {
        // "file:" is 5 characters; the scheme is case-insensitive.
        string rest = url.Substring(5).Replace('\\', '/');
        int tail = rest.AsSpan().IndexOfAny('?', '#');
        string suffix = tail < 0 ? "" : rest.Substring(tail);
        if (tail >= 0) rest = rest.Substring(0, tail);
        if (rest.StartsWith("//", StringComparison.Ordinal))
        {
            int slash = rest.IndexOf('/', 2);
            string host = slash < 0 ? rest.Substring(2) : rest.Substring(2, slash - 2);
            if (host.Length != 0 && !host.Equals("localhost", StringComparison.OrdinalIgnoreCase))
                throw ResolutionErrors.InvalidFileUrlHost();
            rest = slash < 0 ? "/" : rest.Substring(slash);
        }
        if (rest.Length == 0 || rest[0] != '/') rest = "/" + rest;
        return new Location(RemoveDotSegments(rest), EncodeSuffix(suffix));
    }

    /// <summary>Whether the pathname contains "%2F" or "%5C" (any case): ESM_RESOLVE step 7.1.</summary>
    public static bool HasEncodedSeparator(string pathname)
    {
        for (int i = pathname.IndexOf('%'); i >= 0 && i + 2 < pathname.Length; i = pathname.IndexOf('%', i + 1))
        {
            char a = pathname[i + 1], b = pathname[i + 2];
            if ((a == '2' && (b == 'f' || b == 'F')) || (a == '5' && (b == 'c' || b == 'C'))) return true;
        }
        return false;
    }

    /// <summary>Whether <paramref name="specifier"/> parses as an absolute URL: a scheme ([A-Za-z][A-Za-z0-9+.-]*) and ':'.</summary>
    public static bool HasScheme(string specifier, out string scheme)
    {
        scheme = "";
        if (specifier.Length < 2 || !char.IsAsciiLetter(specifier[0])) return false;
        for (int i = 1; i < specifier.Length; i++)
        {
            char c = specifier[i];
            if (c == ':')
            {
                scheme = specifier.Substring(0, i).ToLowerInvariant();
                return true;
            }
            if (!char.IsAsciiLetterOrDigit(c) && c != '+' && c != '-' && c != '.') return false;
        }
        return false;
    }

    // WHATWG "remove dot segments" for a path-absolute pathname; "%2e" counts as '.'.
    private static string RemoveDotSegments(string pathname)
    {
        string[] segments = pathname.Split('/');
        var output = new string[segments.Length];
        int count = 0;
        bool trailingSlash = false;
        // segments[0] is the empty string before the leading '/'.
        for (int i = 1; i < segments.Length; i++)
        {
            string segment = segments[i];
            bool last = i == segments.Length - 1;
            if (IsDoubleDot(segment))
            {
                if (count > 0) count--;
                trailingSlash = last;
                continue;
            }
            if (IsSingleDot(segment))
            {
                trailingSlash = last;
                continue;
            }
            output[count++] = EncodeSegment(segment);
            trailingSlash = false;
        }
        var builder = new StringBuilder(pathname.Length + 1);
        for (int i = 0; i < count; i++) builder.Append('/').Append(output[i]);
        if (trailingSlash || count == 0) builder.Append('/');
        return builder.ToString();
    }

    private static bool IsSingleDot(string s) => s == "." || s.Equals("%2e", StringComparison.OrdinalIgnoreCase);

    private static bool IsDoubleDot(string s) =>
        s == ".." || s.Equals(".%2e", StringComparison.OrdinalIgnoreCase)
        || s.Equals("%2e.", StringComparison.OrdinalIgnoreCase) || s.Equals("%2e%2e", StringComparison.OrdinalIgnoreCase);

    // The URL parser percent-encodes characters of the path percent-encode set in a specifier
    // ("./a b.js" becomes "./a%20b.js"); '%' itself stays as written.
    private static string EncodeSegment(string segment)
    {
        foreach (char c in segment)
            if (c != '%' && c != '\\' && NeedsEncoding(c)) return EncodePath(segment).Replace("%25", "%");
        return segment;
    }

    private static string EncodeSuffix(string suffix) => suffix.Replace(" ", "%20");

    private static bool NeedsEncoding(char c) =>
        c <= 0x20 || c >= 0x7F || c is '"' or '#' or '<' or '>' or '?' or '`' or '{' or '}' or '%' or '\\';

    private static char Hex(int value) => (char)(value < 10 ? '0' + value : 'A' + value - 10);

    private static bool IsHex(char c) => char.IsAsciiHexDigit(c);

    private static int HexValue(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
}
