using System;
using System.Text;
using Aot.Engine.Objects;
using Aot.Engine.Builtins.String;

namespace Aot.Engine.Builtins;

/// <summary>
/// ECMA-262 §22.1.3.12 String.prototype.localeCompare without Intl: an approximation of the
/// en-US collation (the stated locale) in three levels over the NFD forms, so
/// canonically equivalent strings compare equal (0), as the spec requires: base characters
/// case-insensitively, then combining marks (accents), then case (lower before upper).
/// </summary>
internal static class LocaleCompare
{
    public static void Install(Realm realm)
        => Builtin.DefineMethods(realm, realm.StringPrototype, [new("localeCompare", 1, Compare)]);

    private static JsValue Compare(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        string s = Builtin.ThisString(thisValue, "localeCompare");
        string that = Operations.ToString(Builtin.Arg(args, 0));
        return Collate(s, that);
    }

    internal static int Collate(string a, string b)
    {
        if (string.Equals(a, b, StringComparison.Ordinal)) return 0;
        string x = UnicodeNormalization.Normalize(a, UnicodeNormalizationForm.Nfd);
        string y = UnicodeNormalization.Normalize(b, UnicodeNormalizationForm.Nfd);
        if (string.Equals(x, y, StringComparison.Ordinal)) return 0;
        int c = CompareLevel(x, y, Level.Base);
        if (c == 0) c = CompareLevel(x, y, Level.Accent);
        if (c == 0) c = CompareLevel(x, y, Level.Case);
        if (c == 0) c = string.CompareOrdinal(x, y);
        return Math.Sign(c);
    }

    private enum Level { Base, Accent, Case }

    private static int CompareLevel(string x, string y, Level level)
    {
        int i = 0, j = 0;
        while (true)
        {
            int u = Next(x, ref i, level), v = Next(y, ref j, level);
            if (u != v) return u < 0 ? -1 : v < 0 ? 1 : u.CompareTo(v);
            if (u < 0) return 0;
        }
    }

    /// <summary>The next weight of <paramref name="s"/> at this level, -1 at the end.</summary>
    private static int Next(string s, ref int i, Level level)
    {
        while (i < s.Length)
        {
            int cp = char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]) ? char.ConvertToUtf32(s[i], s[i + 1]) : s[i];
            i += cp > 0xFFFF ? 2 : 1;
            bool mark = UnicodeNormalization.CombiningClass(cp) != 0 || (cp < 0x10000 && char.GetUnicodeCategory((char)cp) == System.Globalization.UnicodeCategory.NonSpacingMark);
            switch (level)
            {
                case Level.Base:
                    if (mark) continue;
                    return Fold(cp);
                case Level.Accent:
                    // Marks weigh by code point; a base character is a separator (0) so a mark
                    // belongs to its own base.
                    return mark ? cp + 1 : 0;
                default:
                    if (mark) continue;
                    return cp == Fold(cp) ? 0 : 1; // lower case (and uncased) first, as en-US
            }
        }
        return -1;
    }

    private static int Fold(int cp)
    {
        if (cp > 0xFFFF) return cp;
        char c = (char)cp;
        return char.ToLowerInvariant(c);
    }
}
