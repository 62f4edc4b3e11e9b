using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Aot.Runtime.Node;

/// <summary>
/// A URL record and the basic URL parser of the WHATWG URL Standard (https://url.spec.whatwg.org/,
/// §4.1 URL representation, §4.4 URL parsing with state overrides for the setters, §4.5 URL
/// serializing, §3 hosts: domain/IPv4/IPv6/opaque). Domains go to ASCII through lowercasing and
/// Punycode (RFC 3492) without the full UTS #46 mapping table.
/// </summary>
public sealed class WhatwgUrl
{
    public string Scheme = "";
    public string Username = "";
    public string Password = "";
    /// <summary>The serialized host, or null for "no host".</summary>
    public string? Host;
    public int? Port;
    /// <summary>Path segments; when <see cref="OpaquePath"/> is set the path is that string instead.</summary>
    public List<string> Path = new();
    public string? OpaquePath;
    public string? Query;
    public string? Fragment;

    public WhatwgUrl Clone()
    {
        var c = (WhatwgUrl)MemberwiseClone();
        c.Path = new List<string>(Path);
        return c;
    }

    public bool IsSpecial => SpecialPort(Scheme) != -2;
    public bool HasCredentials => Username.Length > 0 || Password.Length > 0;

    /// <summary>The default port of a special scheme, -1 for file (no port), -2 when not special.</summary>
    public static int SpecialPort(string scheme) => scheme switch
    {
        "ftp" => 21,
        "file" => -1,
        "http" => 80,
        "https" => 443,
        "ws" => 80,
        "wss" => 443,
        _ => -2,
    };

    // ------------------------------------------------------------------ §4.5 serializing

    public string Href => Serialize(excludeFragment: false);

    public string Serialize(bool excludeFragment)
    {
        var sb = new StringBuilder(Scheme).Append(':');
        if (Host != null)
        {
            sb.Append("//");
            if (HasCredentials)
            {
                sb.Append(Username);
                if (Password.Length > 0) sb.Append(':').Append(Password);
                sb.Append('@');
            }
            sb.Append(Host);
            if (Port != null) sb.Append(':').Append(Port.Value.ToString(CultureInfo.InvariantCulture));
        }
        else if (OpaquePath == null && Path.Count > 1 && Path[0].Length == 0)
        {
            sb.Append("/.");
        }
        sb.Append(PathString);
        if (Query != null) sb.Append('?').Append(Query);
        if (!excludeFragment && Fragment != null) sb.Append('#').Append(Fragment);
        return sb.ToString();
    }

    public string PathString
    {
        get
        {
            if (OpaquePath != null) return OpaquePath;
            var sb = new StringBuilder();
            foreach (var segment in Path) sb.Append('/').Append(segment);
            return sb.ToString();
        }
    }

    /// <summary>§4.7 origin serialization ("null" for opaque origins). blob: URLs use their inner URL's.</summary>
    public string Origin
    {
        get
        {
            if (Scheme == "blob")
            {
                var inner = Parse(PathString, null);
                if (inner != null && (inner.Scheme == "http" || inner.Scheme == "https")) return inner.Origin;
                return "null";
            }
            if (!IsSpecial || Scheme == "file") return "null";
            return Scheme + "://" + Host + (Port != null ? ":" + Port.Value.ToString(CultureInfo.InvariantCulture) : "");
        }
    }

    // ------------------------------------------------------------------ percent-encoding (§1.3)

    internal static bool InC0ControlSet(int c) => c < 0x20 || c > 0x7E;
    internal static bool InFragmentSet(int c) => InC0ControlSet(c) || c is ' ' or '"' or '<' or '>' or '`';
    internal static bool InQuerySet(int c) => InC0ControlSet(c) || c is ' ' or '"' or '#' or '<' or '>';
    internal static bool InSpecialQuerySet(int c) => InQuerySet(c) || c == '\'';
    internal static bool InPathSet(int c) => InQuerySet(c) || c is '?' or '`' or '{' or '}';
    internal static bool InUserinfoSet(int c) => InPathSet(c) || c is '/' or ':' or ';' or '=' or '@' or (>= '[' and <= '^') or '|';
    internal static bool InComponentSet(int c) => InUserinfoSet(c) || c is (>= '$' and <= '&') or '+' or ',';
    internal static bool InFormSet(int c) => InComponentSet(c) || c is '!' or (>= '\'' and <= ')') or '~';

    /// <summary>UTF-8 percent-encodes the code point at <paramref name="i"/> when it is in the set; returns the chars consumed.</summary>
    internal static int AppendEncoded(StringBuilder sb, string s, int i, Func<int, bool> inSet)
    {
        int cp = CodePoint.At(s, i, out int width);
        if (!inSet(cp))
        {
            sb.Append(s, i, width);
            return width;
        }
        Span<byte> bytes = stackalloc byte[4];
        int n = new Rune(cp).EncodeToUtf8(bytes);
        for (int k = 0; k < n; k++) sb.Append('%').Append(HexUpper[bytes[k] >> 4]).Append(HexUpper[bytes[k] & 15]);
        return width;
    }

    private const string HexUpper = "0123456789ABCDEF";

    internal static string PercentEncode(string s, Func<int, bool> inSet, bool spaceAsPlus = false)
    {
        var sb = new StringBuilder(s.Length);
        for (int i = 0; i < s.Length;)
        {
            if (spaceAsPlus && s[i] == ' ') { sb.Append('+'); i++; continue; }
            i += AppendEncoded(sb, s, i, inSet);
        }
        return sb.ToString();
    }

    internal static byte[] PercentDecode(string s)
    {
        var bytes = Encoding.UTF8.GetBytes(s);
        var output = new List<byte>(bytes.Length);
        for (int i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == '%' && i + 2 < bytes.Length && IsHex(bytes[i + 1]) && IsHex(bytes[i + 2]))
            {
                output.Add((byte)(HexValue(bytes[i + 1]) * 16 + HexValue(bytes[i + 2])));
                i += 2;
            }
            else output.Add(bytes[i]);
        }
        return output.ToArray();
    }

    private static bool IsHex(int c) => c is (>= '0' and <= '9') or (>= 'a' and <= 'f') or (>= 'A' and <= 'F');
    private static int HexValue(int c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
    private static bool IsAsciiAlpha(int c) => (c | 0x20) is >= 'a' and <= 'z';
    private static bool IsAsciiDigit(int c) => c is >= '0' and <= '9';
    private static bool IsAsciiAlphanumeric(int c) => IsAsciiAlpha(c) || IsAsciiDigit(c);

    // ------------------------------------------------------------------ §4.4 the basic URL parser

    public enum State
    {
        None, SchemeStart, Scheme, NoScheme, SpecialRelativeOrAuthority, PathOrAuthority, Relative, RelativeSlash,
        SpecialAuthoritySlashes, SpecialAuthorityIgnoreSlashes, Authority, Host, Hostname, Port, File, FileSlash,
        FileHost, PathStart, Path, OpaquePath, Query, Fragment,
    }

    public static WhatwgUrl? Parse(string input, WhatwgUrl? baseUrl) => BasicParse(input, baseUrl, null, State.None);

    /// <summary>The basic URL parser. With a state override it modifies <paramref name="url"/> and returns
    /// it, or null on failure (a setter then leaves the URL unchanged: the caller passes a clone).</summary>
    public static WhatwgUrl? BasicParse(string input, WhatwgUrl? baseUrl, WhatwgUrl? url, State stateOverride)
    {
        if (url == null)
        {
            url = new WhatwgUrl();
            input = TrimControlAndSpace(input);
        }
        input = RemoveTabAndNewline(input);
        var state = stateOverride != State.None ? stateOverride : State.SchemeStart;
        var buffer = new StringBuilder();
        bool atSignSeen = false, insideBrackets = false, passwordTokenSeen = false;
        int pointer = 0;
        for (; pointer <= input.Length; pointer++)
        {
            int c = pointer < input.Length ? input[pointer] : -1; // -1: EOF
            switch (state)
            {
                case State.SchemeStart:
                    if (c >= 0 && IsAsciiAlpha(c))
                    {
                        buffer.Append(char.ToLowerInvariant((char)c));
                        state = State.Scheme;
                    }
                    else if (stateOverride == State.None)
                    {
                        state = State.NoScheme;
                        pointer--;
                    }
                    else return null;
                    break;

                case State.Scheme:
                    if (c >= 0 && (IsAsciiAlphanumeric(c) || c is '+' or '-' or '.'))
                    {
                        buffer.Append(char.ToLowerInvariant((char)c));
                    }
                    else if (c == ':')
                    {
                        string candidate = buffer.ToString();
                        if (stateOverride != State.None)
                        {
                            bool urlSpecial = url.IsSpecial, candidateSpecial = SpecialPort(candidate) != -2;
                            if (urlSpecial != candidateSpecial) return url;
                            if ((url.HasCredentials || url.Port != null) && candidate == "file") return url;
                            if (url.Scheme == "file" && string.IsNullOrEmpty(url.Host)) return url;
                        }
                        url.Scheme = candidate;
                        if (stateOverride != State.None)
                        {
                            if (url.Port != null && url.Port == SpecialPort(url.Scheme)) url.Port = null;
                            return url;
                        }
                        buffer.Clear();
                        if (url.Scheme == "file")
                        {
                            state = State.File;
                        }
                        else if (url.IsSpecial && baseUrl != null && baseUrl.Scheme == url.Scheme)
                        {
                            state = State.SpecialRelativeOrAuthority;
                        }
                        else if (url.IsSpecial)
                        {
                            state = State.SpecialAuthoritySlashes;
                        }
                        else if (pointer + 1 < input.Length && input[pointer + 1] == '/')
                        {
                            state = State.PathOrAuthority;
                            pointer++;
                        }
                        else
                        {
                            url.OpaquePath = "";
                            state = State.OpaquePath;
                        }
                    }
                    else if (stateOverride == State.None)
                    {
                        buffer.Clear();
                        state = State.NoScheme;
                        pointer = -1;
                    }
                    else return null;
                    break;

                case State.NoScheme:
                    if (baseUrl == null || (baseUrl.OpaquePath != null && c != '#')) return null;
                    if (baseUrl.OpaquePath != null && c == '#')
                    {
                        url.Scheme = baseUrl.Scheme;
                        url.Path = new List<string>(baseUrl.Path);
                        url.OpaquePath = baseUrl.OpaquePath;
                        url.Query = baseUrl.Query;
                        url.Fragment = "";
                        state = State.Fragment;
                    }
                    else if (baseUrl.Scheme != "file")
                    {
                        state = State.Relative;
                        pointer--;
                    }
                    else
                    {
                        state = State.File;
                        pointer--;
                    }
                    break;

                case State.SpecialRelativeOrAuthority:
                    if (c == '/' && pointer + 1 < input.Length && input[pointer + 1] == '/')
                    {
                        state = State.SpecialAuthorityIgnoreSlashes;
                        pointer++;
                    }
                    else
                    {
                        state = State.Relative;
                        pointer--;
                    }
                    break;

                case State.PathOrAuthority:
                    if (c == '/') state = State.Authority;
                    else
                    {
                        state = State.Path;
                        pointer--;
                    }
                    break;

                case State.Relative:
                    url.Scheme = baseUrl!.Scheme;
                    if (c == '/') state = State.RelativeSlash;
                    else if (url.IsSpecial && c == '\\') state = State.RelativeSlash;
                    else
                    {
                        url.Username = baseUrl.Username;
                        url.Password = baseUrl.Password;
                        url.Host = baseUrl.Host;
                        url.Port = baseUrl.Port;
                        url.Path = new List<string>(baseUrl.Path);
                        url.Query = baseUrl.Query;
                        if (c == '?')
                        {
                            url.Query = "";
                            state = State.Query;
                        }
                        else if (c == '#')
                        {
                            url.Fragment = "";
                            state = State.Fragment;
                        }
                        else if (c != -1)
                        {
                            url.Query = null;
                            ShortenPath(url);
                            state = State.Path;
                            pointer--;
                        }
                    }
                    break;

                case State.RelativeSlash:
                    if (url.IsSpecial && (c == '/' || c == '\\')) state = State.SpecialAuthorityIgnoreSlashes;
                    else if (c == '/') state = State.Authority;
                    else
                    {
                        url.Username = baseUrl!.Username;
                        url.Password = baseUrl.Password;
                        url.Host = baseUrl.Host;
                        url.Port = baseUrl.Port;
                        state = State.Path;
                        pointer--;
                    }
                    break;

                case State.SpecialAuthoritySlashes:
                    if (c == '/' && pointer + 1 < input.Length && input[pointer + 1] == '/')
                    {
                        state = State.SpecialAuthorityIgnoreSlashes;
                        pointer++;
                    }
                    else
                    {
                        state = State.SpecialAuthorityIgnoreSlashes;
                        pointer--;
                    }
                    break;

                case State.SpecialAuthorityIgnoreSlashes:
                    if (c != '/' && c != '\\')
                    {
                        state = State.Authority;
                        pointer--;
                    }
                    break;

                case State.Authority:
                    if (c == '@')
                    {
                        if (atSignSeen) buffer.Insert(0, "%40");
                        atSignSeen = true;
                        string b = buffer.ToString();
                        for (int i = 0; i < b.Length;)
                        {
                            if (b[i] == ':' && !passwordTokenSeen)
                            {
                                passwordTokenSeen = true;
                                i++;
                                continue;
                            }
                            var target = new StringBuilder();
                            i += AppendEncoded(target, b, i, InUserinfoSet);
                            if (passwordTokenSeen) url.Password += target.ToString();
                            else url.Username += target.ToString();
                        }
                        buffer.Clear();
                    }
                    else if (c == -1 || c == '/' || c == '?' || c == '#' || (url.IsSpecial && c == '\\'))
                    {
                        if (atSignSeen && buffer.Length == 0) return null;
                        pointer -= buffer.Length + 1;
                        buffer.Clear();
                        state = State.Host;
                    }
                    else buffer.Append((char)c);
                    break;

                case State.Host:
                case State.Hostname:
                    if (stateOverride != State.None && url.Scheme == "file")
                    {
                        pointer--;
                        state = State.FileHost;
                    }
                    else if (c == ':' && !insideBrackets)
                    {
                        if (buffer.Length == 0) return null;
                        if (stateOverride == State.Hostname) return null;
                        var host = ParseHost(buffer.ToString(), !url.IsSpecial);
                        if (host == null) return null;
                        url.Host = host;
                        buffer.Clear();
                        state = State.Port;
                    }
                    else if (c == -1 || c == '/' || c == '?' || c == '#' || (url.IsSpecial && c == '\\'))
                    {
                        pointer--;
                        if (url.IsSpecial && buffer.Length == 0) return null;
                        if (stateOverride != State.None && buffer.Length == 0 && (url.HasCredentials || url.Port != null)) return null;
                        var host = ParseHost(buffer.ToString(), !url.IsSpecial);
                        if (host == null) return null;
                        url.Host = host;
                        buffer.Clear();
                        state = State.PathStart;
                        if (stateOverride != State.None) return url;
                    }
                    else
                    {
                        if (c == '[') insideBrackets = true;
                        if (c == ']') insideBrackets = false;
                        buffer.Append((char)c);
                    }
                    break;

                case State.Port:
                    if (c >= 0 && IsAsciiDigit(c))
                    {
                        buffer.Append((char)c);
                    }
                    else if (c == -1 || c == '/' || c == '?' || c == '#' || (url.IsSpecial && c == '\\') || stateOverride != State.None)
                    {
                        if (buffer.Length != 0)
                        {
                            string digits = buffer.ToString().TrimStart('0');
                            if (digits.Length > 5) return null;
                            int port = digits.Length == 0 ? 0 : int.Parse(digits, CultureInfo.InvariantCulture);
                            if (port > 65535) return null;
                            url.Port = SpecialPort(url.Scheme) == port ? null : port;
                            buffer.Clear();
                            if (stateOverride != State.None) return url;
                        }
                        if (stateOverride != State.None) return null;
                        state = State.PathStart;
                        pointer--;
                    }
                    else return null;
                    break;

                case State.File:
                    url.Scheme = "file";
                    url.Host = "";
                    if (c == '/' || c == '\\')
                    {
                        state = State.FileSlash;
                    }
                    else if (baseUrl != null && baseUrl.Scheme == "file")
                    {
                        url.Host = baseUrl.Host;
                        url.Path = new List<string>(baseUrl.Path);
                        url.Query = baseUrl.Query;
                        if (c == '?')
                        {
                            url.Query = "";
                            state = State.Query;
                        }
                        else if (c == '#')
                        {
                            url.Fragment = "";
                            state = State.Fragment;
                        }
                        else if (c != -1)
                        {
                            url.Query = null;
                            if (!StartsWithWindowsDriveLetter(input, pointer)) ShortenPath(url);
                            else url.Path.Clear();
                            state = State.Path;
                            pointer--;
                        }
                    }
                    else
                    {
                        state = State.Path;
                        pointer--;
                    }
                    break;

                case State.FileSlash:
                    if (c == '/' || c == '\\')
                    {
                        state = State.FileHost;
                    }
                    else
                    {
                        if (baseUrl != null && baseUrl.Scheme == "file")
                        {
                            url.Host = baseUrl.Host;
                            if (!StartsWithWindowsDriveLetter(input, pointer) && baseUrl.Path.Count > 0 && IsNormalizedWindowsDriveLetter(baseUrl.Path[0]))
                                url.Path.Add(baseUrl.Path[0]);
                        }
                        state = State.Path;
                        pointer--;
                    }
                    break;

                case State.FileHost:
                    if (c == -1 || c == '/' || c == '\\' || c == '?' || c == '#')
                    {
                        pointer--;
                        if (stateOverride == State.None && IsWindowsDriveLetter(buffer.ToString()))
                        {
                            state = State.Path;
                        }
                        else if (buffer.Length == 0)
                        {
                            url.Host = "";
                            if (stateOverride != State.None) return url;
                            state = State.PathStart;
                        }
                        else
                        {
                            var host = ParseHost(buffer.ToString(), !url.IsSpecial);
                            if (host == null) return null;
                            if (host == "localhost") host = "";
                            url.Host = host;
                            if (stateOverride != State.None) return url;
                            buffer.Clear();
                            state = State.PathStart;
                        }
                    }
                    else buffer.Append((char)c);
                    break;

                case State.PathStart:
                    if (url.IsSpecial)
                    {
                        state = State.Path;
                        if (c != '/' && c != '\\') pointer--;
                    }
                    else if (stateOverride == State.None && c == '?')
                    {
                        url.Query = "";
                        state = State.Query;
                    }
                    else if (stateOverride == State.None && c == '#')
                    {
                        url.Fragment = "";
                        state = State.Fragment;
                    }
                    else if (c != -1)
                    {
                        state = State.Path;
                        if (c != '/') pointer--;
                    }
                    else if (stateOverride != State.None && url.Host == null)
                    {
                        url.Path.Add("");
                    }
                    break;

                case State.Path:
                    if (c == -1 || c == '/' || (url.IsSpecial && c == '\\') || (stateOverride == State.None && (c == '?' || c == '#')))
                    {
                        string segment = buffer.ToString();
                        if (IsDoubleDotSegment(segment))
                        {
                            ShortenPath(url);
                            if (c != '/' && !(url.IsSpecial && c == '\\')) url.Path.Add("");
                        }
                        else if (IsSingleDotSegment(segment) && c != '/' && !(url.IsSpecial && c == '\\'))
                        {
                            url.Path.Add("");
                        }
                        else if (!IsSingleDotSegment(segment))
                        {
                            if (url.Scheme == "file" && url.Path.Count == 0 && IsWindowsDriveLetter(segment))
                                segment = segment.Substring(0, 1) + ":";
                            url.Path.Add(segment);
                        }
                        buffer.Clear();
                        if (c == '?')
                        {
                            url.Query = "";
                            state = State.Query;
                        }
                        if (c == '#')
                        {
                            url.Fragment = "";
                            state = State.Fragment;
                        }
                    }
                    else
                    {
                        pointer += AppendEncoded(buffer, input, pointer, InPathSet) - 1;
                    }
                    break;

                case State.OpaquePath:
                    if (c == '?')
                    {
                        url.Query = "";
                        state = State.Query;
                    }
                    else if (c == '#')
                    {
                        url.Fragment = "";
                        state = State.Fragment;
                    }
                    else if (c != -1)
                    {
                        var sb = new StringBuilder(url.OpaquePath);
                        pointer += AppendEncoded(sb, input, pointer, InC0ControlSet) - 1;
                        url.OpaquePath = sb.ToString();
                    }
                    break;

                case State.Query:
                    if ((stateOverride == State.None && c == '#') || c == -1)
                    {
                        url.Query += PercentEncode(buffer.ToString(), url.IsSpecial ? InSpecialQuerySet : InQuerySet);
                        buffer.Clear();
                        if (c == '#')
                        {
                            url.Fragment = "";
                            state = State.Fragment;
                        }
                    }
                    else if (c != -1)
                    {
                        buffer.Append((char)c);
                    }
                    break;

                case State.Fragment:
                    if (c != -1)
                    {
                        var sb = new StringBuilder(url.Fragment);
                        pointer += AppendEncoded(sb, input, pointer, InFragmentSet) - 1;
                        url.Fragment = sb.ToString();
                    }
                    break;
            }
        }
        return url;
    }

    private static string TrimControlAndSpace(string s)
    {
        int start = 0, end = s.Length;
        while (start < end && s[start] <= ' ') start++;
        while (end > start && s[end - 1] <= ' ') end--;
        return s.Substring(start, end - start);
    }

    private static string RemoveTabAndNewline(string s)
    {
        if (s.IndexOfAny(new[] { '\t', '\n', '\r' }) < 0) return s;
        var sb = new StringBuilder(s.Length);
        foreach (char c in s) if (c != '\t' && c != '\n' && c != '\r') sb.Append(c);
        return sb.ToString();
    }

    private static bool IsSingleDotSegment(string s) => s == "." || s.Equals("%2e", StringComparison.OrdinalIgnoreCase);

    private static bool IsDoubleDotSegment(string s) => s switch
    {
        ".." => true,
        _ => s.Length is 4 or 6 && (s.Equals(".%2e", StringComparison.OrdinalIgnoreCase) || s.Equals("%2e.", StringComparison.OrdinalIgnoreCase) || s.Equals("%2e%2e", StringComparison.OrdinalIgnoreCase)),
    };

    private static bool IsWindowsDriveLetter(string s) => s.Length == 2 && IsAsciiAlpha(s[0]) && (s[1] == ':' || s[1] == '|');
    private static bool IsNormalizedWindowsDriveLetter(string s) => s.Length == 2 && IsAsciiAlpha(s[0]) && s[1] == ':';

    private static bool StartsWithWindowsDriveLetter(string s, int at)
    {
        if (s.Length - at < 2 || !IsAsciiAlpha(s[at]) || (s[at + 1] != ':' && s[at + 1] != '|')) return false;
        if (s.Length - at == 2) return true;
        return s[at + 2] is '/' or '\\' or '?' or '#';
    }

    private static void ShortenPath(WhatwgUrl url)
    {
        if (url.Scheme == "file" && url.Path.Count == 1 && IsNormalizedWindowsDriveLetter(url.Path[0])) return;
        if (url.Path.Count > 0) url.Path.RemoveAt(url.Path.Count - 1);
    }

    // ------------------------------------------------------------------ §3.5 host parsing

    private static bool IsForbiddenHostCodePoint(int c)
        => c is 0 or '\t' or '\n' or '\r' or ' ' or '#' or '/' or ':' or '<' or '>' or '?' or '@' or '[' or '\\' or ']' or '^' or '|';

    private static bool IsForbiddenDomainCodePoint(int c)
        => IsForbiddenHostCodePoint(c) || (c >= 0 && c <= 0x1F) || c == '%' || c == 0x7F;

    /// <summary>The host parser: the serialized host, or null on failure.</summary>
    public static string? ParseHost(string input, bool isOpaque)
    {
        if (input.StartsWith('['))
        {
            if (!input.EndsWith(']')) return null;
            var pieces = ParseIPv6(input.Substring(1, input.Length - 2));
            return pieces == null ? null : "[" + SerializeIPv6(pieces) + "]";
        }
        if (isOpaque)
        {
            foreach (char c in input) if (IsForbiddenHostCodePoint(c)) return null;
            return PercentEncode(input, InC0ControlSet);
        }
        string domain;
        try { domain = new UTF8Encoding(false, true).GetString(PercentDecode(input)); }
        catch (DecoderFallbackException) { return null; }
        var ascii = DomainToAscii(domain, beStrict: false);
        if (ascii == null || ascii.Length == 0) return null;
        foreach (char c in ascii) if (IsForbiddenDomainCodePoint(c)) return null;
        if (EndsInANumber(ascii))
        {
            var ipv4 = ParseIPv4(ascii);
            return ipv4 == null ? null : SerializeIPv4(ipv4.Value);
        }
        return ascii;
    }

    /// <summary>domain to ASCII: lowercase, full stops mapped, non-ASCII labels Punycode-encoded.</summary>
    public static string? DomainToAscii(string domain, bool beStrict)
    {
        var labels = domain.Replace('\u3002', '.').Replace('\uFF0E', '.').Replace('\uFF61', '.').Split('.');
        for (int i = 0; i < labels.Length; i++)
        {
            string label = labels[i].ToLowerInvariant();
            bool ascii = true;
            foreach (char c in label) if (c >= 0x80) { ascii = false; break; }
            if (!ascii)
            {
                var encoded = Punycode.Encode(label);
                if (encoded == null) return null;
                label = "xn--" + encoded;
            }
            labels[i] = label;
        }
        string result = string.Join('.', labels);
        if (beStrict && (result.Length > 253 || result.Length == 0)) return null;
        return result;
    }

    private static bool EndsInANumber(string input)
    {
        var parts = new List<string>(input.Split('.'));
        if (parts[^1].Length == 0)
        {
            if (parts.Count == 1) return false;
            parts.RemoveAt(parts.Count - 1);
        }
        string last = parts[^1];
        if (last.Length > 0)
        {
            bool digits = true;
            foreach (char c in last) if (!IsAsciiDigit(c)) { digits = false; break; }
            if (digits) return true;
        }
        return ParseIPv4Number(last, out _) == true;
    }

    /// <summary>true: parsed; false: failure; the out value is the number.</summary>
    private static bool ParseIPv4Number(string input, out ulong value)
    {
        value = 0;
        if (input.Length == 0) return false;
        int radix = 10;
        if (input.Length >= 2 && (input.StartsWith("0x", StringComparison.Ordinal) || input.StartsWith("0X", StringComparison.Ordinal)))
        {
            input = input.Substring(2);
            radix = 16;
        }
        else if (input.Length >= 2 && input[0] == '0')
        {
            input = input.Substring(1);
            radix = 8;
        }
        if (input.Length == 0) return true;
        foreach (char c in input)
        {
            int d = radix == 16 ? (IsHex(c) ? HexValue(c) : -1) : IsAsciiDigit(c) ? c - '0' : -1;
            if (d < 0 || d >= radix) return false;
            value = value * (ulong)radix + (ulong)d;
            if (value > 0xFFFFFFFFFFUL) value = 0xFFFFFFFFFFUL; // saturate: only "too big" matters
        }
        return true;
    }

    private static uint? ParseIPv4(string input)
    {
        var parts = new List<string>(input.Split('.'));
        if (parts[^1].Length == 0 && parts.Count > 1) parts.RemoveAt(parts.Count - 1);
        if (parts.Count > 4) return null;
        var numbers = new List<ulong>();
        foreach (var part in parts)
        {
            if (!ParseIPv4Number(part, out var n)) return null;
            numbers.Add(n);
        }
        for (int i = 0; i < numbers.Count - 1; i++) if (numbers[i] > 255) return null;
        if (numbers[^1] >= (ulong)Math.Pow(256, 5 - numbers.Count)) return null;
        ulong ipv4 = numbers[^1];
        for (int i = 0; i < numbers.Count - 1; i++) ipv4 += numbers[i] << (8 * (3 - i));
        return (uint)ipv4;
    }

    private static string SerializeIPv4(uint address)
        => (address >> 24) + "." + ((address >> 16) & 255) + "." + ((address >> 8) & 255) + "." + (address & 255);

    private static ushort[]? ParseIPv6(string input)
    {
        var address = new ushort[8];
        int pieceIndex = 0;
        int? compress = null;
        int pointer = 0;
        int C(int p) => p < input.Length ? input[p] : -1;
        if (C(pointer) == ':')
        {
            if (C(pointer + 1) != ':') return null;
            pointer += 2;
            pieceIndex++;
            compress = pieceIndex;
        }
        while (C(pointer) != -1)
        {
            if (pieceIndex == 8) return null;
            if (C(pointer) == ':')
            {
                if (compress != null) return null;
                pointer++;
                pieceIndex++;
                compress = pieceIndex;
                continue;
            }
            int value = 0, length = 0;
            while (length < 4 && C(pointer) >= 0 && IsHex(C(pointer)))
            {
                value = value * 0x10 + HexValue(C(pointer));
                pointer++;
                length++;
            }
            if (C(pointer) == '.')
            {
                if (length == 0) return null;
                pointer -= length;
                if (pieceIndex > 6) return null;
                int numbersSeen = 0;
                while (C(pointer) != -1)
                {
                    int? ipv4Piece = null;
                    if (numbersSeen > 0)
                    {
                        if (C(pointer) == '.' && numbersSeen < 4) pointer++;
                        else return null;
                    }
                    if (C(pointer) < 0 || !IsAsciiDigit(C(pointer))) return null;
                    while (C(pointer) >= 0 && IsAsciiDigit(C(pointer)))
                    {
                        int number = C(pointer) - '0';
                        if (ipv4Piece == null) ipv4Piece = number;
                        else if (ipv4Piece == 0) return null;
                        else ipv4Piece = ipv4Piece * 10 + number;
                        if (ipv4Piece > 255) return null;
                        pointer++;
                    }
                    address[pieceIndex] = (ushort)(address[pieceIndex] * 0x100 + ipv4Piece!.Value);
                    numbersSeen++;
                    if (numbersSeen is 2 or 4) pieceIndex++;
                }
                if (numbersSeen != 4) return null;
                break;
            }
            if (C(pointer) == ':')
            {
                pointer++;
                if (C(pointer) == -1) return null;
            }
            else if (C(pointer) != -1) return null;
            address[pieceIndex] = (ushort)value;
            pieceIndex++;
        }
        if (compress != null)
        {
            int swaps = pieceIndex - compress.Value;
            pieceIndex = 7;
            while (pieceIndex != 0 && swaps > 0)
            {
                (address[pieceIndex], address[compress.Value + swaps - 1]) = (address[compress.Value + swaps - 1], address[pieceIndex]);
                pieceIndex--;
                swaps--;
            }
        }
        else if (pieceIndex != 8) return null;
        return address;
    }

    private static string SerializeIPv6(ushort[] address)
    {
        // The first longest run of two or more zero pieces is compressed to "::".
        int compress = -1, bestLength = 1;
        for (int i = 0; i < 8;)
        {
            if (address[i] != 0) { i++; continue; }
            int j = i;
            while (j < 8 && address[j] == 0) j++;
            if (j - i > bestLength) { bestLength = j - i; compress = i; }
            i = j;
        }
        var sb = new StringBuilder();
        bool ignore0 = false;
        for (int i = 0; i < 8; i++)
        {
            if (ignore0 && address[i] == 0) continue;
            ignore0 = false;
            if (compress == i)
            {
                sb.Append(i == 0 ? "::" : ":");
                ignore0 = true;
                continue;
            }
            sb.Append(address[i].ToString("x", CultureInfo.InvariantCulture));
            if (i != 7) sb.Append(':');
        }
        return sb.ToString();
    }
}
