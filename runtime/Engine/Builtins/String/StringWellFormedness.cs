using System;

namespace Aot.Engine.Builtins.String;

/// <summary>
/// ECMA-262 §22.1.3.10 String.prototype.isWellFormed and §22.1.3.33 String.prototype.toWellFormed:
/// a string is well formed when it has no lone surrogate (§6.1.4: a leading surrogate not followed
/// by a trailing one, or a trailing surrogate not preceded by a leading one). The scan jumps from
/// surrogate to surrogate with a vectorized search, so surrogate-free text costs one pass.
/// </summary>
internal static class StringWellFormedness
{
    public static bool IsWellFormed(string s) => IndexOfLoneSurrogate(s, 0) < 0;

    /// <summary>The string with every lone surrogate replaced by U+FFFD; the same instance when there is none.</summary>
    public static string ToWellFormed(string s)
    {
        int first = IndexOfLoneSurrogate(s, 0);
        if (first < 0) return s;
        return string.Create(s.Length, (s, first), static (span, state) =>
        {
            string source = state.s;
            source.AsSpan().CopyTo(span);
            int i = state.first;
            while (i >= 0)
            {
                span[i] = '\uFFFD';
                i = IndexOfLoneSurrogate(source, i + 1);
            }
        });
    }

    /// <summary>Index of the first lone surrogate at or after <paramref name="start"/> (a code point boundary), or -1.</summary>
    public static int IndexOfLoneSurrogate(string s, int start)
    {
        ReadOnlySpan<char> span = s.AsSpan();
        int i = start;
        while (i < span.Length)
        {
            int next = span.Slice(i).IndexOfAnyInRange('\uD800', '\uDFFF');
            if (next < 0) return -1;
            i += next;
            if (char.IsHighSurrogate(span[i]) && i + 1 < span.Length && char.IsLowSurrogate(span[i + 1])) i += 2;
            else return i;
        }
        return -1;
    }
}
