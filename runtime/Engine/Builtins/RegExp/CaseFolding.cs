using System;
using System.Collections.Generic;

namespace Aot.Engine.Builtins.RegExp;

/// <summary>
/// Canonicalize (ECMA-262 §22.2.2.7.3) and the case-insensitive closure of character sets. With the u or v
/// flag two characters match when their simple case foldings are equal; without them when their
/// single-code-unit uppercase forms are equal (a non-ASCII character never matches an ASCII one that way).
/// .NET's RegexOptions.IgnoreCase uses different tables, so the translator expands every literal and class
/// into the explicit set of its case variants computed here.
/// </summary>
internal static class CaseFolding
{
    private sealed class Orbits
    {
        /// <summary>Every character whose equivalence class has more than one member, sorted.</summary>
        public readonly int[] Members;
        /// <summary>Canonical value → all characters with that canonical value.</summary>
        public readonly Dictionary<int, List<int>> Groups;

        public Orbits(int[] members, Dictionary<int, List<int>> groups)
        {
            Members = members;
            Groups = groups;
        }
    }

    private static Orbits? s_unicodeOrbits, s_legacyOrbits;

    /// <summary>Canonicalize(rer, ch) with rer.[[IgnoreCase]] true; unicode = HasEitherUnicodeFlag(rer).</summary>
    public static int Canonicalize(int ch, bool unicode)
    {
        ReadOnlySpan<int> pairs = unicode ? CaseFoldingTables.SimpleFoldingData : CaseFoldingTables.UppercaseData;
        if (!unicode && ch > 0xFFFF) return ch;
        int lo = 0, hi = pairs.Length / 2 - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            int key = pairs[2 * mid];
            if (ch < key) hi = mid - 1;
            else if (ch > key) lo = mid + 1;
            else return pairs[2 * mid + 1];
        }
        return ch;
    }

    private static Orbits GetOrbits(bool unicode)
    {
        Orbits? o = unicode ? s_unicodeOrbits : s_legacyOrbits;
        if (o != null) return o;
        ReadOnlySpan<int> pairs = unicode ? CaseFoldingTables.SimpleFoldingData : CaseFoldingTables.UppercaseData;
        var groups = new Dictionary<int, List<int>>();
        for (int i = 0; i < pairs.Length; i += 2)
        {
            int key = pairs[i + 1];
            if (!groups.TryGetValue(key, out List<int>? list))
            {
                list = new List<int>(3);
                if (Canonicalize(key, unicode) == key) list.Add(key);
                groups.Add(key, list);
            }
            list.Add(pairs[i]);
        }
        var members = new List<int>();
        foreach (KeyValuePair<int, List<int>> g in groups)
        {
            if (g.Value.Count > 1) members.AddRange(g.Value);
        }
        int[] sorted = members.ToArray();
        Array.Sort(sorted);
        o = new Orbits(sorted, groups);
        if (unicode) s_unicodeOrbits = o; else s_legacyOrbits = o;
        return o;
    }

    /// <summary>Every character that matches <paramref name="ch"/> case-insensitively (including ch).</summary>
    public static CodePointSet VariantsOf(int ch, bool unicode)
    {
        var set = CodePointSet.Of(ch, ch);
        Orbits o = GetOrbits(unicode);
        if (o.Groups.TryGetValue(Canonicalize(ch, unicode), out List<int>? group))
        {
            foreach (int m in group) set.Add(m);
        }
        return set;
    }

    /// <summary>{ c : Canonicalize(c) = Canonicalize(a) for some a in s } — what a CharSetMatcher over s accepts
    /// case-insensitively (§22.2.2.7.1).</summary>
    public static CodePointSet Close(CodePointSet s, bool unicode)
    {
        Orbits o = GetOrbits(unicode);
        CodePointSet? extra = null;
        foreach (int m in o.Members)
        {
            if (!s.Contains(m)) continue;
            List<int> group = o.Groups[Canonicalize(m, unicode)];
            foreach (int x in group)
            {
                if (!s.Contains(x)) (extra ??= new CodePointSet()).Add(x);
            }
        }
        if (extra == null) return s;
        CodePointSet result = s.Clone();
        // extra was filled out of order; Add merges correctly regardless.
        result.AddSet(extra);
        return result;
    }
}
