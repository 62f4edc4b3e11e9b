using System;
using System.Collections.Generic;

namespace Aot.Conformance.Shared;

/// <summary>
/// The parts of a test262 file's YAML frontmatter (<c>/*--- ... ---*/</c>) the runner needs:
/// <c>flags</c>, <c>features</c>, <c>includes</c> and <c>negative</c> (<c>phase</c>, <c>type</c>).
/// A small line-based reader: test262 writes lists either inline (<c>key: [a, b]</c>) or as a
/// block of <c>- a</c> lines, and <c>negative:</c> always as a block with indented keys.
/// </summary>
public sealed class Frontmatter
{
    public HashSet<string> Flags { get; } = new(StringComparer.Ordinal);
    public List<string> Features { get; } = new();
    public List<string> Includes { get; } = new();
    public string? NegativePhase { get; private set; }
    public string? NegativeType { get; private set; }

    public bool IsModule => Flags.Contains("module");
    public bool IsRaw => Flags.Contains("raw");
    public bool IsAsync => Flags.Contains("async");
    public bool OnlyStrict => Flags.Contains("onlyStrict");
    public bool NoStrict => Flags.Contains("noStrict");
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

        string? section = null; // the top-level key whose block we are in
        foreach (string raw in source[(start + 5)..end].Split('\n'))
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
                if (value.StartsWith('[') && ListFor(fm, section) is { } list)
                    AddInlineList(list, value);
                continue;
            }

            if (t.StartsWith("- ", StringComparison.Ordinal) && section != null && ListFor(fm, section) is { } items)
            {
                items.Add(Unquote(t[2..].Trim()));
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

    private static ICollection<string>? ListFor(Frontmatter fm, string section) => section switch
    {
        "flags" => fm.Flags,
        "features" => fm.Features,
        "includes" => fm.Includes,
        _ => null,
    };

    private static void AddInlineList(ICollection<string> into, string value)
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
