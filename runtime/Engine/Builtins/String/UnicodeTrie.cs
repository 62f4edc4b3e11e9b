using System;
using System.Runtime.CompilerServices;

namespace Aot.Engine.Builtins.String;

/// <summary>
/// Lookup in the generated three-stage Unicode tries (scripts/unicode/generate-string-tables.mjs):
/// Index1[cp &gt;&gt; 10] selects a 32-entry block of Index2, whose entry for (cp &gt;&gt; 5) &amp; 31
/// selects a 32-entry block of Data holding the value for cp &amp; 31. Code points at or above the
/// table's limit have the value 0. The tables are ReadOnlySpan literals over the binary's
/// read-only data, so they cost nothing until used.
/// </summary>
internal static class UnicodeTrie
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Get(ReadOnlySpan<ushort> index1, ReadOnlySpan<ushort> index2, ReadOnlySpan<ushort> data, int limit, int codePoint)
    {
        if ((uint)codePoint >= (uint)limit) return 0;
        int middle = index1[codePoint >> 10];
        int block = index2[(middle << 5) | ((codePoint >> 5) & 31)];
        return data[(block << 5) | (codePoint & 31)];
    }
}
