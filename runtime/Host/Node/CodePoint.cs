namespace Aot.Runtime.Node;

/// <summary>Code points of UTF-16 strings, a lone surrogate read as U+FFFD (as UTF-8 encoding does).</summary>
internal static class CodePoint
{
    public static int At(string s, int i, out int width)
    {
        char c = s[i];
        width = 1;
        if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
        {
            width = 2;
            return char.ConvertToUtf32(c, s[i + 1]);
        }
        return char.IsSurrogate(c) ? 0xFFFD : c;
    }
}
