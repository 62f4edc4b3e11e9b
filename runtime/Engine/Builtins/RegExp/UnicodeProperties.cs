using System;
using System.Collections.Generic;

namespace Aot.Engine.Builtins.RegExp;

/// <summary>
/// Resolves \p{..} property expressions (ECMA-262 §22.2.2.9 UnicodeMatchProperty / UnicodeMatchPropertyValue)
/// to code point sets from the generated Unicode 17 tables, computing the derived ones (general category
/// groups, Any, ASCII, Assigned, RGI_Emoji). Sets are built on first use and cached.
/// </summary>
internal static class UnicodeProperties
{
    private static readonly Dictionary<string, CodePointSet> s_cache = new(StringComparer.Ordinal);
    private static readonly object s_lock = new();

    /// <summary>The set for a property as the parser canonicalized it: (General_Category|Script|Script_Extensions, value)
    /// or (binary property, null). Returns null for an unknown property (the parser rejects those earlier).
    /// The caller owns the returned set (a copy of the cached one).</summary>
    public static CodePointSet? Resolve(string property, string? value)
    {
        string key = property switch
        {
            "General_Category" => "gc:" + value,
            "Script" => "sc:" + value,
            "Script_Extensions" => "scx:" + value,
            _ => "bin:" + property,
        };
        lock (s_lock)
        {
            if (s_cache.TryGetValue(key, out CodePointSet? cached)) return cached.Clone();
            CodePointSet? set = Compute(key);
            if (set != null) s_cache[key] = set;
            return set?.Clone();
        }
    }

    private static CodePointSet? Compute(string key)
    {
        switch (key)
        {
            case "bin:Any": return CodePointSet.Of(0, CodePointSet.MaxCodePoint);
            case "bin:ASCII": return CodePointSet.Of(0, 0x7F);
            case "bin:Assigned": return Table("gc:Unassigned")!.Complement();
            case "gc:Letter": return Union("Uppercase_Letter", "Lowercase_Letter", "Titlecase_Letter", "Modifier_Letter", "Other_Letter");
            case "gc:Cased_Letter": return Union("Uppercase_Letter", "Lowercase_Letter", "Titlecase_Letter");
            case "gc:Mark": return Union("Nonspacing_Mark", "Spacing_Mark", "Enclosing_Mark");
            case "gc:Number": return Union("Decimal_Number", "Letter_Number", "Other_Number");
            case "gc:Punctuation":
                return Union("Connector_Punctuation", "Dash_Punctuation", "Open_Punctuation", "Close_Punctuation",
                    "Initial_Punctuation", "Final_Punctuation", "Other_Punctuation");
            case "gc:Symbol": return Union("Math_Symbol", "Currency_Symbol", "Modifier_Symbol", "Other_Symbol");
            case "gc:Separator": return Union("Space_Separator", "Line_Separator", "Paragraph_Separator");
            case "gc:Other": return Union("Control", "Format", "Surrogate", "Private_Use", "Unassigned");
            default: return Table(key);
        }
    }

    private static CodePointSet? Table(string key)
        => UnicodePropertyTables.TryGetRanges(key, out ReadOnlySpan<int> ranges) ? CodePointSet.FromTable(ranges) : null;

    private static CodePointSet Union(params string[] categories)
    {
        var set = new CodePointSet();
        foreach (string c in categories) set.AddSet(Table("gc:" + c)!);
        return set;
    }

    /// <summary>The strings of a property of strings (§22.2.2.9 table 68) as code point sequences in UTF-16.</summary>
    public static List<string> StringsOf(string property)
    {
        var result = new List<string>();
        if (property == "RGI_Emoji")
        {
            foreach (string p in new[] { "Basic_Emoji", "Emoji_Keycap_Sequence", "RGI_Emoji_Modifier_Sequence",
                         "RGI_Emoji_Flag_Sequence", "RGI_Emoji_Tag_Sequence", "RGI_Emoji_ZWJ_Sequence" })
                result.AddRange(StringsOf(p));
            return result;
        }
        string? joined = UnicodePropertyTables.StringsOf(property);
        if (joined != null) result.AddRange(joined.Split('|'));
        return result;
    }
}
