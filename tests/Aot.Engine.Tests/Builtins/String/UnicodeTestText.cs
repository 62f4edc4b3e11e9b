using System.Text;

namespace Aot.Engine.Tests.Builtins.String;

/// <summary>The data files' string notation: space-separated hex code points; a lone surrogate is its own code point.</summary>
internal static class UnicodeTestText
{
    public static string FromHex(string hex)
    {
        var sb = new StringBuilder();
        foreach (string part in hex.Split(' ', System.StringSplitOptions.RemoveEmptyEntries)) Append(sb, System.Convert.ToInt32(part, 16));
        return sb.ToString();
    }

    public static string FromCodePoint(int cp)
    {
        var sb = new StringBuilder(2);
        Append(sb, cp);
        return sb.ToString();
    }

    public static void Append(StringBuilder sb, int cp)
    {
        if (cp < 0x10000) sb.Append((char)cp);
        else sb.Append(char.ConvertFromUtf32(cp));
    }

    public static string ToHex(string s)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < s.Length; i++)
        {
            int cp = s[i];
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) cp = char.ConvertToUtf32(s[i], s[++i]);
            if (sb.Length > 0) sb.Append(' ');
            sb.Append(cp.ToString("x"));
        }
        return sb.ToString();
    }
}
