using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using Aot.Engine.Parsing.RegExp;

namespace Aot.Engine.Builtins.RegExp;

/// <summary>One successful match in JS terms: [[StartIndex]]/[[EndIndex]] of the match and of each capture
/// (-1 for undefined), code unit indices into the input.</summary>
public sealed class JsRegExpMatch
{
    /// <summary>Capture starts; index 0 is the whole match.</summary>
    public int[] Starts { get; }
    /// <summary>Capture ends; index 0 is the whole match.</summary>
    public int[] Ends { get; }

    internal JsRegExpMatch(int[] starts, int[] ends)
    {
        Starts = starts;
        Ends = ends;
    }

    public int Index => Starts[0];
    public int End => Ends[0];
    /// <summary>Number of captures including the whole match (NcapturingParens + 1).</summary>
    public int Count => Starts.Length;
    public bool IsDefined(int i) => Starts[i] >= 0;
    /// <summary>The captured substring, or null when the group did not participate.</summary>
    public string? Capture(string input, int i) => Starts[i] < 0 ? null : input.Substring(Starts[i], Ends[i] - Starts[i]);
}

/// <summary>
/// A compiled ECMAScript regular expression: what RegExpBuiltinExec (ECMA-262 §22.2.7.2) calls.
/// Create once per (source, flags) — <see cref="Create"/> caches — then call <see cref="Exec"/> with the
/// lastIndex the built-in computed (0 unless global or sticky). The matcher does no lastIndex bookkeeping itself.
/// </summary>
public sealed class JsRegExpMatcher
{
    private readonly Regex _regex;

    public string Source { get; }
    public string Flags { get; }
    public bool Unicode { get; }
    public bool Sticky { get; }
    /// <summary>NcapturingParens.</summary>
    public int GroupCount { get; }
    /// <summary>Group names by group number (index 0 unused; null for unnamed groups).</summary>
    public IReadOnlyList<string?> GroupNames { get; }
    /// <summary>Each distinct group name (in order of first appearance) with the group numbers carrying it; more than
    /// one number only for duplicate named groups, of which at most one participates in a match.</summary>
    public IReadOnlyList<KeyValuePair<string, int[]>> NamedGroups { get; }
    public bool HasNamedGroups => NamedGroups.Count > 0;
    /// <summary>The translated .NET pattern (diagnostics and tests).</summary>
    public string DotNetPattern => _regex.ToString();

    private JsRegExpMatcher(string source, string flags, RegExpPattern pattern, TranslatedRegExp t)
    {
        Source = source;
        Flags = flags;
        Unicode = pattern.UnicodeMode;
        Sticky = flags.Contains('y');
        GroupCount = pattern.CapturingGroupCount;
        GroupNames = pattern.GroupNames;
        var named = new List<KeyValuePair<string, int[]>>();
        for (int i = 1; i < pattern.GroupNames.Count; i++)
        {
            string? name = pattern.GroupNames[i];
            if (name == null) continue;
            bool seen = false;
            foreach (KeyValuePair<string, int[]> kv in named)
                if (kv.Key == name) { seen = true; break; }
            if (seen) continue;
            var list = new List<int>();
            for (int j = i; j < pattern.GroupNames.Count; j++)
                if (pattern.GroupNames[j] == name) list.Add(j);
            named.Add(new KeyValuePair<string, int[]>(name, list.ToArray()));
        }
        NamedGroups = named;
        // No match timeout: ECMAScript has none (RegexOptions without a TimeSpan = Regex.InfiniteMatchTimeout).
        _regex = new Regex(t.Pattern, t.Options);
    }

    // ───────────────────────── cache ─────────────────────────

    private const int CacheCapacity = 64;
    private static readonly Dictionary<(string, string), LinkedListNode<JsRegExpMatcher>> s_cache = new();
    private static readonly LinkedList<JsRegExpMatcher> s_lru = new();
    private static readonly object s_lock = new();

    /// <summary>
    /// Parses, translates and compiles a pattern (cached per (source, flags) in a small LRU).
    /// Returns null with <paramref name="error"/> set to the SyntaxError message ("Invalid regular expression: /x/: reason")
    /// when the pattern or the flags are invalid. Flags must already be validated for unknown/duplicate letters by
    /// the caller except u+v, which the parser rejects.
    /// </summary>
    public static JsRegExpMatcher? Create(string source, string flags, out string? error)
    {
        lock (s_lock)
        {
            if (s_cache.TryGetValue((source, flags), out LinkedListNode<JsRegExpMatcher>? node))
            {
                s_lru.Remove(node);
                s_lru.AddFirst(node);
                error = null;
                return node.Value;
            }
        }
        RegExpPattern? pattern = RegExpPatternParser.Parse(source, flags, out string? reason);
        if (pattern == null)
        {
            error = RegExpValidator.Format(source, flags, reason ?? "Invalid regular expression");
            return null;
        }
        JsRegExpMatcher matcher;
        try
        {
            matcher = new JsRegExpMatcher(source, flags, pattern, RegExpTranslator.Translate(pattern, flags));
        }
        catch (ArgumentException e)
        {
            // A pattern .NET cannot represent (e.g. a quantifier bound beyond its limits).
            error = RegExpValidator.Format(source, flags, e.Message);
            return null;
        }
        lock (s_lock)
        {
            if (!s_cache.ContainsKey((source, flags)))
            {
                s_cache[(source, flags)] = s_lru.AddFirst(matcher);
                if (s_lru.Count > CacheCapacity)
                {
                    JsRegExpMatcher last = s_lru.Last!.Value;
                    s_lru.RemoveLast();
                    s_cache.Remove((last.Source, last.Flags));
                }
            }
        }
        error = null;
        return matcher;
    }

    // ───────────────────────── matching ─────────────────────────

    /// <summary>
    /// RegExpBuiltinExec steps 11-13 (§22.2.7.2): the first match at or after <paramref name="lastIndex"/> (exactly at
    /// lastIndex when sticky), or null. lastIndex must be in [0, input.Length]; larger values fail.
    /// With u/v, a lastIndex between the halves of a surrogate pair starts at the pair (as V8 does).
    /// </summary>
    public JsRegExpMatch? Exec(string input, int lastIndex)
    {
        if ((uint)lastIndex > (uint)input.Length) return null;
        if (Unicode && lastIndex > 0 && lastIndex < input.Length && char.IsLowSurrogate(input[lastIndex]) && char.IsHighSurrogate(input[lastIndex - 1]))
            lastIndex--;
        Match m = _regex.Match(input, lastIndex);
        if (!m.Success) return null;
        int n = GroupCount + 1;
        var starts = new int[n];
        var ends = new int[n];
        starts[0] = m.Index;
        ends[0] = m.Index + m.Length;
        for (int i = 1; i < n; i++)
        {
            Group g = m.Groups[i];
            if (g.Success)
            {
                starts[i] = g.Index;
                ends[i] = g.Index + g.Length;
            }
            else
            {
                starts[i] = -1;
                ends[i] = -1;
            }
        }
        return new JsRegExpMatch(starts, ends);
    }

    /// <summary>Whether there is a match at or after lastIndex, without building a result (RegExp.prototype.test fast path).</summary>
    public bool IsMatch(string input, int lastIndex, out int matchIndex, out int matchEnd)
    {
        matchIndex = matchEnd = -1;
        if ((uint)lastIndex > (uint)input.Length) return false;
        if (Unicode && lastIndex > 0 && lastIndex < input.Length && char.IsLowSurrogate(input[lastIndex]) && char.IsHighSurrogate(input[lastIndex - 1]))
            lastIndex--;
        Match m = _regex.Match(input, lastIndex);
        if (!m.Success) return false;
        matchIndex = m.Index;
        matchEnd = m.Index + m.Length;
        return true;
    }
}
