using System.Collections.Generic;
using System.Text;
using System.Text.RegularExpressions;
using Aot.Engine.Parsing.RegExp;

namespace Aot.Engine.Builtins.RegExp;

/// <summary>The result of translating an ECMAScript pattern: .NET pattern text and options plus the group table.</summary>
internal sealed class TranslatedRegExp
{
    public required string Pattern { get; init; }
    public RegexOptions Options => RegexOptions.CultureInvariant;
    /// <summary>NcapturingParens: JS capture group i is .NET group number i.</summary>
    public required int GroupCount { get; init; }
}

/// <summary>
/// Translates a parsed ECMAScript pattern (ECMA-262 §22.2.2 semantics) into an equivalent .NET regular expression.
/// Everything whose meaning differs between the two engines is spelled out explicitly:
/// <list type="bullet">
/// <item>classes, \d \s \w, '.' and case-insensitive literals become explicit character sets (CharacterSets,
/// CaseFolding), so .NET's IgnoreCase, Unicode \w and culture rules are never used;</item>
/// <item>^ $ \b \B become lookarounds over the JS line-terminator and word sets (§22.2.2.6);</item>
/// <item>with u or v, sets match whole code points: astral ranges become surrogate-pair alternatives and lone
/// surrogates are guarded so they never match half of a pair;</item>
/// <item>capture groups use explicit numbers (?&lt;n&gt;..); each iteration of a quantifier first pops the captures of
/// the groups inside it (balancing groups), which is RepeatMatcher step 4 (§22.2.2.3.1);</item>
/// <item>a backreference to a group without a capture matches empty: (?(n)\k&lt;n&gt;|);</item>
/// <item>iterations beyond the minimum may not match empty (RepeatMatcher step 2.b): the atom is rewritten to a
/// non-empty form.</item>
/// </list>
/// </summary>
internal sealed class RegExpTranslator
{
    private readonly StringBuilder _sb = new();
    private readonly bool _unicode;
    private readonly CharacterSets _sets;
    private readonly RegExpPattern _pattern;
    private bool _ignoreCase, _multiline, _dotAll;
    private bool _rightToLeft;
    /// <summary>Set while a possessive set loop's atom is emitted: its BMP class matches a run.</summary>
    private bool _bmpRun;
    private string? _wordClass, _wordClassIgnoreCase;
    private readonly bool[] _emitted;

    private RegExpTranslator(RegExpPattern pattern, string flags)
    {
        _pattern = pattern;
        _unicode = pattern.UnicodeMode;
        _sets = new CharacterSets(pattern.UnicodeMode, pattern.UnicodeSetsMode);
        _ignoreCase = flags.Contains('i');
        _multiline = flags.Contains('m');
        _dotAll = flags.Contains('s');
        _emitted = new bool[pattern.CapturingGroupCount + 1];
    }

    public static TranslatedRegExp Translate(RegExpPattern pattern, string flags)
    {
        var t = new RegExpTranslator(pattern, flags);
        StringBuilder sb = t._sb;
        if (flags.Contains('y'))
        {
            sb.Append("\\G");
        }
        else if (pattern.UnicodeMode)
        {
            // A match never starts between the halves of a surrogate pair (AdvanceStringIndex, §22.2.7.3).
            sb.Append("(?:(?<![\\uD800-\\uDBFF])|(?![\\uDC00-\\uDFFF]))");
        }
        sb.Append("(?:");
        t.Disjunction(pattern.Body);
        sb.Append(')');
        // Groups dropped by the translation (inside {0} or an atom that can only match empty where a non-empty
        // match is required) must still exist for the conditionals and pops that name them: define them in a
        // branch that never runs.
        for (int g = 1; g < t._emitted.Length; g++)
        {
            if (!t._emitted[g]) sb.Append("(?:(?!)(?<").Append(g).Append(">))?");
        }
        return new TranslatedRegExp { Pattern = sb.ToString(), GroupCount = pattern.CapturingGroupCount };
    }

    // ───────────────────────── structure ─────────────────────────

    private void Disjunction(RegExpDisjunction d)
    {
        for (int i = 0; i < d.Alternatives.Count; i++)
        {
            if (i > 0) _sb.Append('|');
            Terms(d.Alternatives[i].Terms, 0);
        }
    }

    private void Terms(IReadOnlyList<RegExpNode> terms, int from)
    {
        for (int i = from; i < terms.Count; i++)
        {
            if (_unicode && !_rightToLeft && !_multiline && i + 1 < terms.Count
                && terms[i] is RegExpQuantifier { Greedy: true, Max: -1, Min: <= 1 } q && IsSetAtom(q.Atom)
                && terms[i + 1] is RegExpAssertion { Kind: RegExpAssertionKind.End })
            {
                PossessiveSetLoop(q);
                continue;
            }
            Term(terms[i]);
        }
    }

    private bool IsSetAtom(RegExpNode atom) => atom switch
    {
        RegExpDot => true,
        RegExpClassEscape e => !e.IsStringProperty,
        RegExpCharacterClass c => !c.MayContainStrings,
        _ => false,
    };

    /// <summary>
    /// `S*$` / `S+$` for a set S in u/v mode (the shape of /^\p{X}+$/u): giving back code points can
    /// never help, since the non-multiline `$` after the loop only matches at the end of the input,
    /// so the loop is atomic and runs of BMP characters are one .NET set loop (vectorized) instead
    /// of one alternation per code point. Same strings, same captures (a set has none).
    /// </summary>
    private void PossessiveSetLoop(RegExpQuantifier q)
    {
        _sb.Append("(?>(?:");
        _bmpRun = true;
        Term(q.Atom);
        _bmpRun = false;
        _sb.Append(')').Append(q.Min == 0 ? '*' : '+').Append(')');
    }

    private void Term(RegExpNode node)
    {
        switch (node)
        {
            case RegExpCharacter c: Character(c.Value); break;
            case RegExpDot: Dot(); break;
            case RegExpCharacterClass cls: Class(cls); break;
            case RegExpClassEscape e when e.IsStringProperty: ClassValue(_sets.StringProperty(e, _ignoreCase)); break;
            case RegExpClassEscape e: Set(ClosedIfIgnoreCase(_sets.Escape(e, _ignoreCase))); break;
            case RegExpAssertion a: Assertion(a.Kind); break;
            case RegExpBackreference b: Backreference(b); break;
            case RegExpLookaround l: Lookaround(l); break;
            case RegExpGroup g: Group(g, false); break;
            case RegExpQuantifier q: Quantifier(q); break;
        }
    }

    private void Group(RegExpGroup g, bool nonEmpty)
    {
        bool i = _ignoreCase, m = _multiline, s = _dotAll;
        // Modifiers (?ims-ims:) only change how the body is translated (§22.2.2.4 UpdateModifiers).
        if ((g.AddModifiers & RegExpModifierFlags.IgnoreCase) != 0) _ignoreCase = true;
        if ((g.RemoveModifiers & RegExpModifierFlags.IgnoreCase) != 0) _ignoreCase = false;
        if ((g.AddModifiers & RegExpModifierFlags.Multiline) != 0) _multiline = true;
        if ((g.RemoveModifiers & RegExpModifierFlags.Multiline) != 0) _multiline = false;
        if ((g.AddModifiers & RegExpModifierFlags.DotAll) != 0) _dotAll = true;
        if ((g.RemoveModifiers & RegExpModifierFlags.DotAll) != 0) _dotAll = false;
        _sb.Append(g.IsCapturing ? "(?<" + g.Index + ">" : "(?:");
        if (g.IsCapturing) _emitted[g.Index] = true;
        if (nonEmpty) NonEmptyDisjunction(g.Body);
        else Disjunction(g.Body);
        _sb.Append(')');
        _ignoreCase = i;
        _multiline = m;
        _dotAll = s;
    }

    private void Lookaround(RegExpLookaround l)
    {
        bool rtl = _rightToLeft;
        _rightToLeft = l.IsLookbehind;
        _sb.Append(l.IsLookbehind ? (l.IsNegative ? "(?<!" : "(?<=") : (l.IsNegative ? "(?!" : "(?="));
        Disjunction(l.Body);
        _sb.Append(')');
        _rightToLeft = rtl;
    }

    private void Backreference(RegExpBackreference b)
    {
        if (b.Name == null)
        {
            BackreferenceTo(b.Index);
            return;
        }
        // \k<name>: with duplicate named groups at most one of them participates (§22.2.2.7.2 BackreferenceMatcher).
        var indices = new List<int>();
        for (int i = 1; i < _pattern.GroupNames.Count; i++)
        {
            if (_pattern.GroupNames[i] == b.Name) indices.Add(i);
        }
        if (indices.Count == 1)
        {
            BackreferenceTo(indices[0]);
            return;
        }
        _sb.Append("(?:");
        foreach (int n in indices)
        {
            _sb.Append("(?(").Append(n).Append(')');
            _sb.Append(_ignoreCase ? "(?i:\\k<" : "\\k<").Append(n).Append(_ignoreCase ? ">)|" : ">|");
        }
        _sb.Append(')', indices.Count + 1);
    }

    private void BackreferenceTo(int n)
    {
        // A group that has not captured (not yet, or reset) matches the empty string in JS; .NET would fail.
        _sb.Append("(?(").Append(n).Append(')');
        // Case-insensitive comparison of the captured text uses .NET's invariant case table here.
        _sb.Append(_ignoreCase ? "(?i:\\k<" : "\\k<").Append(n).Append(_ignoreCase ? ">)|)" : ">|)");
    }

    private void Assertion(RegExpAssertionKind kind)
    {
        switch (kind)
        {
            case RegExpAssertionKind.Start:
                _sb.Append(_multiline ? "(?<![^\\n\\r\\u2028\\u2029])" : "(?<![\\s\\S])");
                break;
            case RegExpAssertionKind.End:
                _sb.Append(_multiline ? "(?![^\\n\\r\\u2028\\u2029])" : "(?![\\s\\S])");
                break;
            case RegExpAssertionKind.WordBoundary:
            {
                string w = WordClass();
                _sb.Append("(?:(?<=").Append(w).Append(")(?!").Append(w).Append(")|(?<!").Append(w).Append(")(?=").Append(w).Append("))");
                break;
            }
            default:
            {
                string w = WordClass();
                _sb.Append("(?:(?<=").Append(w).Append(")(?=").Append(w).Append(")|(?<!").Append(w).Append(")(?!").Append(w).Append("))");
                break;
            }
        }
    }

    /// <summary>IsWordChar's set (§22.2.2.6.1) as a .NET class.</summary>
    private string WordClass()
    {
        if (_ignoreCase && _unicode) return _wordClassIgnoreCase ??= "[0-9A-Z_a-z\\u017F\\u212A]";
        return _wordClass ??= "[0-9A-Z_a-z]";
    }

    // ───────────────────────── quantifiers ─────────────────────────

    private void Quantifier(RegExpQuantifier q)
    {
        int min = q.Min, max = q.Max;
        if (max == 0)
            return; // matches empty without iterating: captures inside stay undefined
        var groups = new List<int>();
        CollectGroups(q.Atom, groups);
        bool reset = groups.Count > 0 && max != 1;
        if (!Nullable(q.Atom) || max == min)
        {
            Repeat(q.Atom, groups, reset, min, max, q.Greedy, false);
            return;
        }
        // RepeatMatcher step 2.b: once min iterations are done, an iteration may not match the empty string.
        if (min > 0)
            Repeat(q.Atom, groups, reset, min, min, true, false);
        Repeat(q.Atom, groups, reset, 0, max < 0 ? -1 : max - min, q.Greedy, true);
    }

    private void Repeat(RegExpNode atom, List<int> groups, bool reset, int min, int max, bool greedy, bool nonEmpty)
    {
        _sb.Append("(?:");
        if (reset && !_rightToLeft) Pops(groups);
        if (nonEmpty) NonEmpty(atom);
        else Term(atom);
        if (reset && _rightToLeft) Pops(groups);
        _sb.Append(')');
        if (min == 0 && max == -1) _sb.Append('*');
        else if (min == 1 && max == -1) _sb.Append('+');
        else if (min == 0 && max == 1) _sb.Append('?');
        else if (min == max) _sb.Append('{').Append(min).Append('}');
        else
        {
            _sb.Append('{').Append(min).Append(',');
            if (max >= 0) _sb.Append(max);
            _sb.Append('}');
        }
        if (!greedy && min != max) _sb.Append('?');
    }

    /// <summary>RepeatMatcher step 4: clear the captures of the atom's groups before each iteration. With at most
    /// one capture per group on the stack at an iteration's start, popping it makes the group non-participating.</summary>
    private void Pops(List<int> groups)
    {
        foreach (int g in groups) _sb.Append("(?(").Append(g).Append(")(?<-").Append(g).Append(">)|)");
    }

    private static void CollectGroups(RegExpNode node, List<int> groups)
    {
        switch (node)
        {
            case RegExpGroup g:
                if (g.IsCapturing) groups.Add(g.Index);
                CollectGroups(g.Body, groups);
                break;
            case RegExpDisjunction d:
                foreach (RegExpAlternative a in d.Alternatives)
                    foreach (RegExpNode t in a.Terms) CollectGroups(t, groups);
                break;
            case RegExpLookaround l: CollectGroups(l.Body, groups); break;
            case RegExpQuantifier q: CollectGroups(q.Atom, groups); break;
        }
    }

    /// <summary>Whether the node can match the empty string.</summary>
    private static bool Nullable(RegExpNode node)
    {
        switch (node)
        {
            case RegExpCharacter:
            case RegExpDot:
            case RegExpClassEscape:
                return false;
            case RegExpCharacterClass cls:
                return cls.MayContainStrings; // \q{} may hold the empty string
            case RegExpGroup g: return Nullable(g.Body);
            case RegExpDisjunction d:
                foreach (RegExpAlternative a in d.Alternatives)
                    if (Nullable(a)) return true;
                return false;
            case RegExpAlternative a:
                foreach (RegExpNode t in a.Terms)
                    if (!Nullable(t)) return false;
                return true;
            case RegExpQuantifier q: return q.Min == 0 || Nullable(q.Atom);
            default: return true; // assertions, lookarounds, backreferences
        }
    }

    /// <summary>Emits a form of the node that matches what it matches except the empty string, trying the
    /// alternatives in the same order where that is expressible.</summary>
    private void NonEmpty(RegExpNode node)
    {
        if (!Nullable(node))
        {
            Term(node);
            return;
        }
        switch (node)
        {
            case RegExpGroup g: Group(g, true); break;
            case RegExpQuantifier q:
            {
                if (q.Max == 0) { _sb.Append("(?!)"); break; }
                // X{min,max} non-empty: some iteration is non-empty; approximate with the first iteration non-empty
                // when X itself is nullable, which keeps the greedy/lazy order.
                var groups = new List<int>();
                CollectGroups(q.Atom, groups);
                bool reset = groups.Count > 0 && q.Max != 1;
                _sb.Append("(?:");
                Repeat(q.Atom, groups, reset, 1, 1, true, true);
                int rest = q.Max < 0 ? -1 : q.Max - 1;
                if (rest != 0)
                {
                    if (Nullable(q.Atom)) Repeat(q.Atom, groups, reset, 0, rest, q.Greedy, true);
                    else Repeat(q.Atom, groups, reset, q.Min > 0 ? q.Min - 1 : 0, rest, q.Greedy, false);
                }
                _sb.Append(')');
                break;
            }
            case RegExpCharacterClass cls: ClassNonEmpty(cls); break;
            case RegExpBackreference b when b.Name == null:
                // Non-empty needs a participating group (an undefined one matches empty). A group that captured
                // the empty string is not excluded here (not expressible in .NET): a documented difference.
                _sb.Append("(?(").Append(b.Index).Append(")(?=[\\s\\S])");
                Term(b);
                _sb.Append("|(?!))");
                break;
            case RegExpBackreference b:
                _sb.Append("(?=[\\s\\S])");
                Term(b);
                break;
            default:
                _sb.Append("(?!)"); // assertions and lookarounds never consume
                break;
        }
    }

    private void NonEmptyDisjunction(RegExpDisjunction d)
    {
        for (int i = 0; i < d.Alternatives.Count; i++)
        {
            if (i > 0) _sb.Append('|');
            NonEmptyTerms(d.Alternatives[i].Terms, 0);
        }
    }

    /// <summary>terms[from..] constrained to be non-empty: NE(t) rest | E(t) NE(rest).</summary>
    private void NonEmptyTerms(IReadOnlyList<RegExpNode> terms, int from)
    {
        if (from >= terms.Count)
        {
            _sb.Append("(?!)");
            return;
        }
        for (int i = from; i < terms.Count; i++)
        {
            if (!Nullable(terms[i]))
            {
                Terms(terms, from);
                return;
            }
        }
        _sb.Append("(?:");
        NonEmpty(terms[from]);
        Terms(terms, from + 1);
        _sb.Append('|');
        EmptyOnly(terms[from]);
        NonEmptyTerms(terms, from + 1);
        _sb.Append(')');
    }

    /// <summary>The node matched as the empty string (captures still happen, assertions still hold).</summary>
    private void EmptyOnly(RegExpNode node)
    {
        switch (node)
        {
            case RegExpGroup g:
            {
                _sb.Append(g.IsCapturing ? "(?<" + g.Index + ">" : "(?:");
                if (g.IsCapturing) _emitted[g.Index] = true;
                for (int i = 0; i < g.Body.Alternatives.Count; i++)
                {
                    if (i > 0) _sb.Append('|');
                    foreach (RegExpNode t in g.Body.Alternatives[i].Terms) EmptyOnly(t);
                }
                _sb.Append(')');
                break;
            }
            case RegExpQuantifier q:
                if (q.Min > 0)
                {
                    _sb.Append("(?:");
                    EmptyOnly(q.Atom);
                    _sb.Append("){").Append(q.Min).Append('}');
                }
                break;
            case RegExpAssertion:
            case RegExpLookaround:
                Term(node);
                break;
            case RegExpBackreference:
                Term(node); // approximation: the captured text is assumed empty here
                break;
            case RegExpCharacterClass when Nullable(node):
                break; // the empty string of \q{}
            default:
                _sb.Append("(?!)");
                break;
        }
    }

    // ───────────────────────── characters and sets ─────────────────────────

    private CodePointSet ClosedIfIgnoreCase(CodePointSet s) => _ignoreCase ? CaseFolding.Close(s, _unicode) : s;

    private void Character(int c)
    {
        if (_ignoreCase)
        {
            CodePointSet v = CaseFolding.VariantsOf(c, _unicode);
            if (v.RangeCount > 1 || v.First(0) != v.Last(0))
            {
                Set(v);
                return;
            }
        }
        if (_unicode && c >= 0xD800 && c <= 0xDFFF)
        {
            Set(CodePointSet.Of(c, c)); // a lone surrogate: guarded
            return;
        }
        if (c >= 0x10000)
        {
            c -= 0x10000;
            AppendEscaped(0xD800 + (c >> 10));
            AppendEscaped(0xDC00 + (c & 0x3FF));
            return;
        }
        AppendEscaped(c);
    }

    private void AppendEscaped(int c)
    {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) _sb.Append((char)c);
        else _sb.Append("\\u").Append(c.ToString("X4"));
    }

    private void Dot()
    {
        if (_dotAll) Set(CodePointSet.Of(0, _sets.Max));
        else Set(CharacterSets.LineTerminators().Complement(_sets.Max));
    }

    private void Class(RegExpCharacterClass cls)
    {
        if (!_pattern.UnicodeSetsMode)
        {
            Set(_sets.LegacyClass(cls, _ignoreCase));
            return;
        }
        ClassValue(_sets.SetClass(cls, _ignoreCase));
    }

    private void ClassValue(CharacterSets.ClassValue v)
    {
        if (v.Strings.Count == 0)
        {
            Set(v.Chars);
            return;
        }
        // §22.2.2.9 CompileAtom for classes with strings: the strings longest first, then the single characters.
        List<string> strings = v.Strings;
        strings.Sort((a, b) => CodePointLength(b).CompareTo(CodePointLength(a)));
        _sb.Append("(?:");
        bool first = true;
        foreach (string s in strings)
        {
            if (s.Length == 0) continue;
            if (!first) _sb.Append('|');
            first = false;
            StringLiteral(s);
        }
        if (!v.Chars.IsEmpty)
        {
            if (!first) _sb.Append('|');
            first = false;
            Set(v.Chars);
        }
        if (strings.Contains("")) _sb.Append('|');
        _sb.Append(')');
    }

    private void ClassNonEmpty(RegExpCharacterClass cls)
    {
        // Only v-mode classes with an empty \q{} string are nullable: drop that string.
        CharacterSets.ClassValue v = _sets.SetClass(cls, _ignoreCase);
        v.Strings.Remove("");
        List<string> strings = v.Strings;
        strings.Sort((a, b) => CodePointLength(b).CompareTo(CodePointLength(a)));
        _sb.Append("(?:");
        bool first = true;
        foreach (string s in strings)
        {
            if (!first) _sb.Append('|');
            first = false;
            StringLiteral(s);
        }
        if (!first) _sb.Append('|');
        Set(v.Chars);
        _sb.Append(')');
    }

    private static int CodePointLength(string s)
    {
        int n = 0;
        for (int i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) i++;
            n++;
        }
        return n;
    }

    private void StringLiteral(string s)
    {
        for (int i = 0; i < s.Length; i++)
        {
            int cp = s[i];
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                cp = char.ConvertToUtf32(s[i], s[i + 1]);
                i++;
            }
            Character(cp);
        }
    }

    /// <summary>Emits a set of characters: a .NET class without u/v; with u/v a choice of whole code points.</summary>
    private void Set(CodePointSet set)
    {
        if (!_unicode)
        {
            BmpClass(set, 0, 0xFFFF);
            return;
        }
        // The alternatives match disjoint inputs (at most one can match at a position), so their
        // order only matters for speed: the common ones first, the lone surrogates (whose
        // lookarounds are costly and which a well-formed string never has) last.
        var alternatives = new List<string>(5);
        CodePointSet bmp = set.Intersect(BmpNonSurrogates);
        bool runs = _bmpRun;
        _bmpRun = false;
        if (!bmp.IsEmpty) alternatives.Add(ClassText(bmp) + (runs ? "+" : ""));
        AstralAlternatives(set, alternatives, _rightToLeft, runs);
        CodePointSet high = set.Intersect(CodePointSet.Of(0xD800, 0xDBFF));
        if (!high.IsEmpty) alternatives.Add(ClassText(high) + "(?![\\uDC00-\\uDFFF])");
        CodePointSet low = set.Intersect(CodePointSet.Of(0xDC00, 0xDFFF));
        if (!low.IsEmpty) alternatives.Add("(?<![\\uD800-\\uDBFF])" + ClassText(low));
        if (alternatives.Count == 0)
        {
            _sb.Append("(?!)");
            return;
        }
        if (alternatives.Count == 1 && bmp.RangeCount > 0)
        {
            _sb.Append(alternatives[0]);
            return;
        }
        _sb.Append("(?:");
        for (int i = 0; i < alternatives.Count; i++)
        {
            if (i > 0) _sb.Append('|');
            _sb.Append(alternatives[i]);
        }
        _sb.Append(')');
    }

    private static readonly CodePointSet BmpNonSurrogates = BuildBmpNonSurrogates();

    private static CodePointSet BuildBmpNonSurrogates()
    {
        var s = new CodePointSet();
        s.Add(0, 0xD7FF);
        s.Add(0xE000, 0xFFFF);
        return s;
    }

    /// <summary>
    /// The astral part of a set as surrogate pairs: high surrogates with the same set of low surrogates are merged
    /// into one [high range][low class] pair, and many pairs become a binary tree of lookaheads on the high surrogate
    /// (so a large set such as \P{L} costs a few tests per code point, not one per range).
    /// </summary>
    private static void AstralAlternatives(CodePointSet set, List<string> alternatives, bool rightToLeft, bool runs = false)
    {
        // (high, low ranges) for each high surrogate that has any low surrogate in the set, in order.
        var highs = new List<(int High, List<(int Lo, int Hi)> Lows)>();
        void Add(int h, int lo, int hi)
        {
            if (highs.Count > 0 && highs[^1].High == h) highs[^1].Lows.Add((lo, hi));
            else highs.Add((h, new List<(int, int)> { (lo, hi) }));
        }
        for (int i = 0; i < set.RangeCount; i++)
        {
            int a = set.First(i), b = set.Last(i);
            if (b < 0x10000) continue;
            if (a < 0x10000) a = 0x10000;
            int ha = 0xD800 + ((a - 0x10000) >> 10), la = 0xDC00 + ((a - 0x10000) & 0x3FF);
            int hb = 0xD800 + ((b - 0x10000) >> 10), lb = 0xDC00 + ((b - 0x10000) & 0x3FF);
            if (ha == hb) { Add(ha, la, lb); continue; }
            Add(ha, la, 0xDFFF);
            for (int h = ha + 1; h < hb; h++) Add(h, 0xDC00, 0xDFFF);
            Add(hb, 0xDC00, lb);
        }
        if (highs.Count == 0) return;
        // High surrogates whose whole block of 1,024 code points is in the set (unassigned planes,
        // most of a script's blocks...) share one alternative: two class tests, no lookahead.
        var full = new CodePointSet();
        foreach (var (high, lows) in highs)
            if (lows.Count == 1 && lows[0].Lo == 0xDC00 && lows[0].Hi == 0xDFFF) full.Add(high, high);
        if (!full.IsEmpty) alternatives.Add(runs ? "(?:" + ClassText(full) + "[\\uDC00-\\uDFFF])+" : ClassText(full) + "[\\uDC00-\\uDFFF]");
        // Runs of consecutive high surrogates with the same low class.
        var sameLows = new List<(int From, int To, string Lows)>();
        foreach (var (high, lows) in highs)
        {
            if (lows.Count == 1 && lows[0].Lo == 0xDC00 && lows[0].Hi == 0xDFFF) continue;
            var sb = new StringBuilder();
            if (lows.Count == 1) sb.Append(Range(lows[0].Lo, lows[0].Hi));
            else
            {
                sb.Append('[');
                foreach (var (lo, hi) in lows) sb.Append(Unit(lo)).Append(lo == hi ? "" : "-" + Unit(hi));
                sb.Append(']');
            }
            string lowText = sb.ToString();
            if (sameLows.Count > 0 && sameLows[^1].To == high - 1 && sameLows[^1].Lows == lowText) sameLows[^1] = (sameLows[^1].From, high, lowText);
            else sameLows.Add((high, high, lowText));
        }
        if (sameLows.Count == 0) return;
        if (rightToLeft)
        {
            // Inside a lookbehind the pair is matched from its end: no lookahead on the high surrogate.
            foreach (var run in sameLows) alternatives.Add(Range(run.From, run.To) + run.Lows);
            return;
        }
        var tree = new StringBuilder();
        AstralTree(sameLows, 0, sameLows.Count, tree);
        alternatives.Add(tree.ToString());
    }

    private static void AstralTree(List<(int From, int To, string Lows)> runs, int start, int end, StringBuilder sb)
    {
        int count = end - start;
        if (count <= 6)
        {
            if (count > 1) sb.Append("(?:");
            for (int i = start; i < end; i++)
            {
                if (i > start) sb.Append('|');
                sb.Append(Range(runs[i].From, runs[i].To)).Append(runs[i].Lows);
            }
            if (count > 1) sb.Append(')');
            return;
        }
        int mid = start + count / 2;
        sb.Append("(?:(?=").Append(Range(runs[start].From, runs[mid - 1].To)).Append(")(?:");
        AstralTree(runs, start, mid, sb);
        sb.Append(")|(?=").Append(Range(runs[mid].From, runs[end - 1].To)).Append(")(?:");
        AstralTree(runs, mid, end, sb);
        sb.Append("))");
    }

    private static string Unit(int c) => "\\u" + c.ToString("X4");

    private static string Range(int a, int b) => a == b ? Unit(a) : "[" + Unit(a) + "-" + Unit(b) + "]";

    private void BmpClass(CodePointSet set, int lo, int hi)
    {
        if (set.IsEmpty)
        {
            _sb.Append("(?!)");
            return;
        }
        _sb.Append(ClassText(set));
    }

    /// <summary>A .NET character class for a set of BMP code units.</summary>
    private static string ClassText(CodePointSet set)
    {
        if (set.RangeCount == 1 && set.First(0) == set.Last(0) && set.First(0) <= 0xFFFF) return Unit(set.First(0));
        if (set.RangeCount == 1 && set.First(0) == 0 && set.Last(0) >= 0xFFFF) return "[\\s\\S]";
        var sb = new StringBuilder("[");
        for (int i = 0; i < set.RangeCount; i++)
        {
            int a = set.First(i), b = set.Last(i);
            if (a > 0xFFFF) break;
            if (b > 0xFFFF) b = 0xFFFF;
            sb.Append(Unit(a));
            if (b > a)
            {
                if (b > a + 1) sb.Append('-');
                sb.Append(Unit(b));
            }
        }
        return sb.Append(']').ToString();
    }
}
