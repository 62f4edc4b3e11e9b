using System;
using System.Collections.Generic;

namespace Aot.Conformance;

/// <summary>
/// The parts of a test262 file's YAML frontmatter (<c>/*--- ... ---*/</c>) that matter for parsing:
/// <c>flags</c> and <c>negative.phase</c>. A tiny line-based reader: test262 uses only two forms
/// for flags (<c>flags: [a, b]</c> and a block list of <c>- a</c> lines) and always writes
/// <c>negative:</c> as a block with indented <c>phase:</c> and <c>type:</c> keys.
/// </summary>
public sealed class Frontmatter
{
    public HashSet<string> Flags { get; } = new(StringComparer.Ordinal);
    public string? NegativePhase { get; private set; }
    public string? NegativeType { get; private set; }

    public bool IsModule => Flags.Contains("module");
    public bool OnlyStrict => Flags.Contains("onlyStrict");
    public bool NoStrict => Flags.Contains("noStrict") || Flags.Contains("raw");
    public bool ExpectParseError => NegativePhase == "parse";

    public static Frontmatter Parse(string source)
    {
        var fm = new Frontmatter();
        int start = source.IndexOf("/*---", StringComparison.Ordinal);
        if (start < 0)
            return fm;
        int end = source.IndexOf("---*/", start + 5, StringComparison.Ordinal);
        if (end < 0)
            return fm;

        string[] lines = source[(start + 5)..end].Split('\n');
        string? section = null; // the top-level key whose block we are in
        foreach (string raw in lines)
        {
            string line = raw.TrimEnd('\r');
            if (line.Trim().Length == 0)
                continue;
            bool indented = line[0] == ' ' || line[0] == '\t';
            string t = line.Trim();

            if (!indented)
            {
                int colon = t.IndexOf(':');
                if (colon < 0)
                {
                    section = null;
                    continue;
                }
                section = t[..colon].Trim();
                string value = t[(colon + 1)..].Trim();
                if (section == "flags" && value.StartsWith('['))
                    AddInlineList(fm.Flags, value);
                continue;
            }

            if (section == "flags" && t.StartsWith('-'))
            {
                fm.Flags.Add(Unquote(t[1..].Trim()));
            }
            else if (section == "negative")
            {
                int colon = t.IndexOf(':');
                if (colon < 0)
                    continue;
                string key = t[..colon].Trim();
                string value = Unquote(t[(colon + 1)..].Trim());
                if (key == "phase")
                    fm.NegativePhase = value;
                else if (key == "type")
                    fm.NegativeType = value;
            }
        }
        return fm;
    }

    private static void AddInlineList(HashSet<string> into, string value)
    {
        int close = value.IndexOf(']');
        string inner = value[1..(close < 0 ? value.Length : close)];
        foreach (string item in inner.Split(','))
        {
            string s = Unquote(item.Trim());
            if (s.Length > 0)
                into.Add(s);
        }
    }

    private static string Unquote(string s)
    {
        int hash = s.IndexOf(" #", StringComparison.Ordinal);
        if (hash >= 0)
            s = s[..hash].TrimEnd();
        if (s.Length >= 2 && (s[0] == '"' || s[0] == '\'') && s[^1] == s[0])
            s = s[1..^1];
        return s;
    }
}
