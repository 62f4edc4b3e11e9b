using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text;

namespace Aot.Engine.Parsing.RegExp;

/// <summary>
/// Recursive-descent parser for regular expression patterns: ECMA-262 §22.2.1 (Patterns) with its early
/// errors (§22.2.1.1), the Annex B web-compatibility grammar (§B.1.2) when neither u nor v is given,
/// the v-flag ClassSetExpression grammar, duplicate named groups (only in different alternatives) and
/// pattern modifiers (?ims-ims:...).
/// </summary>
public sealed class RegExpPatternParser
{
    /// <summary>Maximum nesting of groups / v-mode classes (beyond it the pattern is rejected).</summary>
    public const int MaxNestingDepth = 1000;

    private readonly string _s;
    private readonly int _len;
    private readonly bool _u;   // [UnicodeMode]: u or v
    private readonly bool _v;   // [UnicodeSetsMode]
    private bool _n;            // [NamedCaptureGroups]
    private int _pos;
    private int _depth;
    private int _totalGroups;   // CountLeftCapturingParensWithin(Pattern), from the pre-scan
    private int _groupIndex;    // groups opened so far
    private readonly List<string?> _groupNames = new() { null };
    private List<NamedGroup>? _namedGroups;
    private List<string>? _namedReferences;
    // Alternating (disjunction id, alternative index) pairs from the root to the current position;
    // used for MightBothParticipate (duplicate named groups).
    private readonly List<int> _path = new();
    private int _disjunctionCounter;

    private readonly struct NamedGroup
    {
        public readonly string Name;
        public readonly int[] Path;
        public NamedGroup(string name, int[] path)
        {
            Name = name;
            Path = path;
        }
    }

    private sealed class RegExpSyntaxException : Exception
    {
        public RegExpSyntaxException(string reason) : base(reason) { }
    }

    private RegExpPatternParser(string pattern, bool unicode, bool unicodeSets)
    {
        _s = pattern;
        _len = pattern.Length;
        _u = unicode || unicodeSets;
        _v = unicodeSets;
    }

    /// <summary>
    /// Parses <paramref name="pattern"/> under <paramref name="flags"/> (only u and v matter).
    /// Returns the AST, or null with <paramref name="error"/> set to the bare reason (e.g. "Unterminated group").
    /// </summary>
    public static RegExpPattern? Parse(string pattern, string flags, out string? error)
    {
        bool u = flags.Contains('u');
        bool v = flags.Contains('v');
        if (u && v)
        {
            // ParsePattern step 1 (§22.2.3.4): u and v together are a SyntaxError.
            error = "Invalid regular expression flags";
            return null;
        }
        var parser = new RegExpPatternParser(pattern, u, v);
        try
        {
            RegExpPattern result = parser.ParsePattern();
            error = null;
            return result;
        }
        catch (RegExpSyntaxException e)
        {
            error = e.Message;
            return null;
        }
    }

    private static RegExpSyntaxException Fail(string reason) => new(reason);

    // ───────────────────────── Pattern ─────────────────────────

    private RegExpPattern ParsePattern()
    {
        bool hasGroupNames = PreScan();
        // §22.2.3.4 ParsePattern: u/v parse with +NamedCaptureGroups; otherwise (Annex B) the pattern is
        // reparsed with +NamedCaptureGroups when it contains a GroupName.
        _n = _u || hasGroupNames;
        RegExpDisjunction body = ParseDisjunction();
        if (_pos < _len)
            throw Fail("Unmatched ')'"); // only ')' stops a top-level Disjunction early
        if (_namedReferences != null)
        {
            // §22.2.1.1: It is a Syntax Error if GroupSpecifiersThatMatch(GroupName) is empty.
            foreach (string name in _namedReferences)
            {
                if (!HasGroupNamed(name))
                    throw Fail("Invalid named capture referenced");
            }
        }
        return new RegExpPattern(body, _groupIndex, _groupNames.ToArray(), _u, _v, _n);
    }

    /// <summary>Counts capturing groups (for forward backreferences, §22.2.1.5 CountLeftCapturingParensWithin)
    /// and reports whether any group name occurs (Annex B [NamedCaptureGroups] reparse).</summary>
    private bool PreScan()
    {
        string s = _s;
        int count = 0;
        bool named = false;
        int classDepth = 0;
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c == '\\')
            {
                i++;
                continue;
            }
            if (classDepth > 0)
            {
                if (c == ']')
                    classDepth--;
                else if (c == '[' && _v)
                    classDepth++;
                continue;
            }
            if (c == '[')
            {
                classDepth = 1;
            }
            else if (c == '(')
            {
                if (i + 1 < s.Length && s[i + 1] == '?')
                {
                    if (i + 3 < s.Length && s[i + 2] == '<' && s[i + 3] != '=' && s[i + 3] != '!')
                    {
                        count++;
                        named = true;
                    }
                }
                else
                {
                    count++;
                }
            }
        }
        _totalGroups = count;
        return named;
    }

    private bool HasGroupNamed(string name)
    {
        if (_namedGroups == null)
            return false;
        foreach (NamedGroup g in _namedGroups)
        {
            if (g.Name == name)
                return true;
        }
        return false;
    }

    private void EnterNesting()
    {
        if (++_depth > MaxNestingDepth || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
            throw Fail("Regular expression too deeply nested");
    }

    // ───────────────────────── Disjunction / Alternative / Term ─────────────────────────

    private RegExpDisjunction ParseDisjunction()
    {
        EnterNesting();
        int start = _pos;
        _path.Add(++_disjunctionCounter);
        _path.Add(0);
        RegExpAlternative first = ParseAlternative();
        RegExpAlternative[] alternatives;
        if (_pos < _len && _s[_pos] == '|')
        {
            var list = new List<RegExpAlternative>(4) { first };
            while (_pos < _len && _s[_pos] == '|')
            {
                _pos++;
                _path[_path.Count - 1]++;
                list.Add(ParseAlternative());
            }
            alternatives = list.ToArray();
        }
        else
        {
            alternatives = new[] { first };
        }
        _path.RemoveRange(_path.Count - 2, 2);
        _depth--;
        return new RegExpDisjunction(start, alternatives);
    }

    private RegExpAlternative ParseAlternative()
    {
        int start = _pos;
        List<RegExpNode>? terms = null;
        while (_pos < _len)
        {
            char c = _s[_pos];
            if (c == '|' || c == ')')
                break;
            (terms ??= new List<RegExpNode>()).Add(ParseTerm());
        }
        return new RegExpAlternative(start, terms == null ? Array.Empty<RegExpNode>() : terms.ToArray());
    }

    private enum Quantifiability { Yes, Assertion, Lookaround }

    private RegExpNode ParseTerm()
    {
        int start = _pos;
        char c = _s[_pos];
        RegExpNode atom;
        Quantifiability q = Quantifiability.Yes;
        switch (c)
        {
            case '^':
                _pos++;
                atom = new RegExpAssertion(start, RegExpAssertionKind.Start);
                q = Quantifiability.Assertion;
                break;
            case '$':
                _pos++;
                atom = new RegExpAssertion(start, RegExpAssertionKind.End);
                q = Quantifiability.Assertion;
                break;
            case '\\':
                if (_pos + 1 < _len && (_s[_pos + 1] == 'b' || _s[_pos + 1] == 'B'))
                {
                    atom = new RegExpAssertion(start, _s[_pos + 1] == 'b' ? RegExpAssertionKind.WordBoundary : RegExpAssertionKind.NotWordBoundary);
                    _pos += 2;
                    q = Quantifiability.Assertion;
                }
                else
                {
                    _pos++;
                    atom = ParseAtomEscape(start);
                }
                break;
            case '(':
                atom = ParseGroup(start);
                if (atom is RegExpLookaround look)
                {
                    // §B.1.2: only lookaheads are QuantifiableAssertions, and only without [UnicodeMode].
                    if (look.IsLookbehind || _u)
                        q = Quantifiability.Lookaround;
                }
                break;
            case '.':
                _pos++;
                atom = new RegExpDot(start);
                break;
            case '[':
                atom = ParseClass();
                break;
            case '*':
            case '+':
            case '?':
                throw Fail("Nothing to repeat");
            case '{':
                // §B.1.2 ExtendedAtom :: InvalidBracedQuantifier is an early error; a '{' that does not start
                // a braced quantifier is an ExtendedPatternCharacter (not in [UnicodeMode]).
                if (ScanBracedQuantifier(_pos, out _, out _, out _, out _))
                    throw Fail("Nothing to repeat");
                if (_u)
                    throw Fail("Lone quantifier brackets");
                _pos++;
                atom = new RegExpCharacter(start, '{');
                break;
            case '}':
            case ']':
                // PatternCharacter excludes SyntaxCharacter; Annex B ExtendedPatternCharacter allows them.
                if (_u)
                    throw Fail("Lone quantifier brackets");
                _pos++;
                atom = new RegExpCharacter(start, c);
                break;
            default:
                atom = new RegExpCharacter(start, ReadSourceCharacter());
                break;
        }
        return ParseQuantifier(start, atom, q);
    }

    private RegExpNode ParseQuantifier(int start, RegExpNode atom, Quantifiability q)
    {
        if (_pos >= _len)
            return atom;
        int min, max;
        switch (_s[_pos])
        {
            case '*':
                min = 0;
                max = -1;
                _pos++;
                break;
            case '+':
                min = 1;
                max = -1;
                _pos++;
                break;
            case '?':
                min = 0;
                max = 1;
                _pos++;
                break;
            case '{':
                if (!ScanBracedQuantifier(_pos, out min, out max, out int end, out bool outOfOrder))
                {
                    if (_u)
                        throw Fail("Incomplete quantifier");
                    return atom; // Annex B: the '{' is a literal of the next term
                }
                if (q == Quantifiability.Yes && outOfOrder)
                    throw Fail("numbers out of order in {} quantifier"); // §22.2.1.1 QuantifierPrefix
                _pos = end;
                break;
            default:
                return atom;
        }
        if (q == Quantifiability.Assertion)
            throw Fail("Nothing to repeat");
        if (q == Quantifiability.Lookaround)
            throw Fail("Invalid quantifier");
        bool greedy = true;
        if (_pos < _len && _s[_pos] == '?')
        {
            greedy = false;
            _pos++;
        }
        return new RegExpQuantifier(start, atom, min, max, greedy);
    }

    /// <summary>Scans { DecimalDigits } / { DecimalDigits ,} / { DecimalDigits , DecimalDigits } at p.
    /// Values are clamped to int.MaxValue; max is -1 when unbounded. The order check is exact.</summary>
    private bool ScanBracedQuantifier(int p, out int min, out int max, out int end, out bool outOfOrder)
    {
        min = max = 0;
        end = p;
        outOfOrder = false;
        if (p >= _len || _s[p] != '{')
            return false;
        int i = p + 1;
        int minStart = i;
        min = ScanDecimal(ref i);
        int minEnd = i;
        if (minEnd == minStart)
            return false;
        if (i < _len && _s[i] == ',')
        {
            i++;
            int maxStart = i;
            int parsedMax = ScanDecimal(ref i);
            if (i == maxStart)
            {
                max = -1;
            }
            else
            {
                max = parsedMax;
                outOfOrder = CompareDecimal(minStart, minEnd, maxStart, i) > 0;
            }
        }
        else
        {
            max = min;
        }
        if (i >= _len || _s[i] != '}')
            return false;
        end = i + 1;
        return true;
    }

    private int ScanDecimal(ref int i)
    {
        long value = 0;
        while (i < _len && _s[i] >= '0' && _s[i] <= '9')
        {
            value = value * 10 + (_s[i] - '0');
            if (value > int.MaxValue)
                value = int.MaxValue;
            i++;
        }
        return (int)value;
    }

    /// <summary>Compares two decimal digit runs of the source by numeric value (arbitrary length).</summary>
    private int CompareDecimal(int aStart, int aEnd, int bStart, int bEnd)
    {
        while (aStart < aEnd - 1 && _s[aStart] == '0')
            aStart++;
        while (bStart < bEnd - 1 && _s[bStart] == '0')
            bStart++;
        int la = aEnd - aStart, lb = bEnd - bStart;
        if (la != lb)
            return la < lb ? -1 : 1;
        return string.CompareOrdinal(_s, aStart, _s, bStart, la);
    }

    // ───────────────────────── Groups ─────────────────────────

    private RegExpNode ParseGroup(int start)
    {
        _pos++; // (
        if (_pos < _len && _s[_pos] == '?')
        {
            if (_pos + 1 >= _len)
                throw Fail("Invalid group");
            char c = _s[_pos + 1];
            switch (c)
            {
                case ':':
                    _pos += 2;
                    return FinishGroup(start, 0, null, RegExpModifierFlags.None, RegExpModifierFlags.None);
                case '=':
                case '!':
                {
                    _pos += 2;
                    RegExpDisjunction body = ParseDisjunction();
                    ExpectGroupClose();
                    return new RegExpLookaround(start, false, c == '!', body);
                }
                case '<':
                    if (_pos + 2 < _len && (_s[_pos + 2] == '=' || _s[_pos + 2] == '!'))
                    {
                        bool negative = _s[_pos + 2] == '!';
                        _pos += 3;
                        RegExpDisjunction body = ParseDisjunction();
                        ExpectGroupClose();
                        return new RegExpLookaround(start, true, negative, body);
                    }
                    else
                    {
                        _pos += 2;
                        string name = ParseGroupName();
                        int index = ++_groupIndex;
                        _groupNames.Add(name);
                        RegisterGroupName(name);
                        return FinishGroup(start, index, name, RegExpModifierFlags.None, RegExpModifierFlags.None);
                    }
                default:
                {
                    _pos++;
                    ParseModifiers(out RegExpModifierFlags add, out RegExpModifierFlags remove);
                    return FinishGroup(start, 0, null, add, remove);
                }
            }
        }
        int captureIndex = ++_groupIndex;
        _groupNames.Add(null);
        return FinishGroup(start, captureIndex, null, RegExpModifierFlags.None, RegExpModifierFlags.None);
    }

    private RegExpGroup FinishGroup(int start, int index, string? name, RegExpModifierFlags add, RegExpModifierFlags remove)
    {
        RegExpDisjunction body = ParseDisjunction();
        ExpectGroupClose();
        return new RegExpGroup(start, index, name, add, remove, body);
    }

    private void ExpectGroupClose()
    {
        if (_pos >= _len || _s[_pos] != ')')
            throw Fail("Unterminated group");
        _pos++;
    }

    /// <summary>(? RegularExpressionModifiers : ...) and (? RegularExpressionModifiers - RegularExpressionModifiers : ...);
    /// _pos is just after '?'. Early errors: duplicates, both sides empty, a flag both added and removed.</summary>
    private void ParseModifiers(out RegExpModifierFlags add, out RegExpModifierFlags remove)
    {
        add = ReadModifierSet();
        remove = RegExpModifierFlags.None;
        bool dash = false;
        if (_pos < _len && _s[_pos] == '-')
        {
            dash = true;
            _pos++;
            remove = ReadModifierSet();
        }
        if (_pos >= _len || _s[_pos] != ':')
        {
            if (_pos < _len && _s[_pos] == '-' && dash)
                throw Fail("Multiple dashes in flag group");
            throw Fail("Invalid group");
        }
        _pos++;
        if (dash && add == RegExpModifierFlags.None && remove == RegExpModifierFlags.None)
            throw Fail("Invalid flag group");
        if ((add & remove) != 0)
            throw Fail("Repeated flag in flags group");
    }

    private RegExpModifierFlags ReadModifierSet()
    {
        RegExpModifierFlags set = RegExpModifierFlags.None;
        while (_pos < _len)
        {
            RegExpModifierFlags f = _s[_pos] switch
            {
                'i' => RegExpModifierFlags.IgnoreCase,
                'm' => RegExpModifierFlags.Multiline,
                's' => RegExpModifierFlags.DotAll,
                _ => RegExpModifierFlags.None,
            };
            if (f == RegExpModifierFlags.None)
                break;
            if ((set & f) != 0)
                throw Fail("Repeated flag in flags group");
            set |= f;
            _pos++;
        }
        return set;
    }

    /// <summary>§22.2.1.1: a GroupSpecifier's name may repeat only if MightBothParticipate is false,
    /// i.e. the groups lie in different alternatives of some common Disjunction.</summary>
    private void RegisterGroupName(string name)
    {
        int[] path = _path.ToArray();
        if (_namedGroups == null)
        {
            _namedGroups = new List<NamedGroup>();
        }
        else
        {
            foreach (NamedGroup g in _namedGroups)
            {
                if (g.Name == name && MightBothParticipate(g.Path, path))
                    throw Fail("Duplicate capture group name");
            }
        }
        _namedGroups.Add(new NamedGroup(name, path));
    }

    private static bool MightBothParticipate(int[] a, int[] b)
    {
        int n = Math.Min(a.Length, b.Length);
        for (int i = 0; i + 1 < n; i += 2)
        {
            if (a[i] != b[i])
                return true;      // different disjunctions in sequence within one alternative
            if (a[i + 1] != b[i + 1])
                return false;     // different alternatives of the same disjunction
        }
        return true;              // one is nested within the other, or same alternative
    }

    /// <summary>GroupName :: &lt; RegExpIdentifierName &gt; ; _pos is after '&lt;'. Returns the name's string value.
    /// Escapes are always parsed with [+UnicodeMode] and surrogate pairs always combine (ES2020).</summary>
    private string ParseGroupName()
    {
        int start = _pos;
        // Fast path: plain ASCII identifier.
        int i = _pos;
        while (i < _len)
        {
            char c = _s[i];
            bool ok = i == start ? RegExpUnicodeTables.IsIdentifierStart(c) && c < 0x80 : c < 0x80 && RegExpUnicodeTables.IsIdentifierPart(c);
            if (!ok)
                break;
            i++;
        }
        if (i > start && i < _len && _s[i] == '>')
        {
            _pos = i + 1;
            return _s.Substring(start, i - start);
        }

        var sb = new StringBuilder();
        bool first = true;
        while (true)
        {
            if (_pos >= _len)
                throw Fail("Invalid capture group name");
            char c = _s[_pos];
            if (c == '>')
            {
                if (first)
                    throw Fail("Invalid capture group name");
                _pos++;
                break;
            }
            int cp;
            if (c == '\\')
            {
                _pos++;
                if (_pos >= _len || _s[_pos] != 'u')
                    throw Fail("Invalid capture group name");
                _pos++;
                cp = ParseUnicodeEscapeBody(true);
                if (cp < 0)
                    throw Fail("Invalid Unicode escape in capture group name");
            }
            else
            {
                cp = c;
                _pos++;
                if (char.IsHighSurrogate(c) && _pos < _len && char.IsLowSurrogate(_s[_pos]))
                {
                    cp = char.ConvertToUtf32(c, _s[_pos]);
                    _pos++;
                }
            }
            bool valid = first ? RegExpUnicodeTables.IsIdentifierStart(cp) : RegExpUnicodeTables.IsIdentifierPart(cp);
            if (!valid)
                throw Fail("Invalid capture group name");
            AppendCodePoint(sb, cp);
            first = false;
        }
        return sb.ToString();
    }

    // ───────────────────────── Escapes ─────────────────────────

    /// <summary>AtomEscape (after '\' outside a class; \b and \B are handled by ParseTerm).</summary>
    private RegExpNode ParseAtomEscape(int start)
    {
        if (_pos >= _len)
            throw Fail("\\ at end of pattern");
        char c = _s[_pos];
        if (c >= '1' && c <= '9')
        {
            // DecimalEscape: §22.2.1.1 the number must not exceed the number of capturing groups;
            // §B.1.2 without [UnicodeMode] a larger number is a legacy octal or identity escape.
            int i = _pos;
            int value = ScanDecimal(ref i);
            if (value <= _totalGroups)
            {
                _pos = i;
                return new RegExpBackreference(start, value, null);
            }
            if (_u)
                throw Fail("Invalid escape");
            return new RegExpCharacter(start, ParseCharacterEscape(false));
        }
        switch (c)
        {
            case 'k':
                if (_n)
                {
                    // AtomEscape :: [+NamedCaptureGroups] k GroupName
                    _pos++;
                    if (_pos >= _len || _s[_pos] != '<')
                        throw Fail("Invalid named reference");
                    _pos++;
                    string name = ParseGroupName();
                    (_namedReferences ??= new List<string>()).Add(name);
                    return new RegExpBackreference(start, 0, name);
                }
                break;
            case 'd':
            case 'D':
            case 's':
            case 'S':
            case 'w':
            case 'W':
                _pos++;
                return new RegExpClassEscape(start, SimpleClassEscapeKind(c), null, null, false);
            case 'p':
            case 'P':
                if (_u)
                    return ParseProperty(start, false, out _);
                break;
        }
        return new RegExpCharacter(start, ParseCharacterEscape(false));
    }

    private static RegExpClassEscapeKind SimpleClassEscapeKind(char c) => c switch
    {
        'd' => RegExpClassEscapeKind.Digit,
        'D' => RegExpClassEscapeKind.NotDigit,
        's' => RegExpClassEscapeKind.Space,
        'S' => RegExpClassEscapeKind.NotSpace,
        'w' => RegExpClassEscapeKind.Word,
        _ => RegExpClassEscapeKind.NotWord,
    };

    private static bool IsSimpleClassEscape(char c) => c is 'd' or 'D' or 's' or 'S' or 'w' or 'W';

    /// <summary>CharacterEscape (plus the Annex B fallbacks); _pos is after '\'. Returns the CharacterValue.</summary>
    private int ParseCharacterEscape(bool inClass)
    {
        if (_pos >= _len)
            throw Fail("\\ at end of pattern");
        char c = _s[_pos];
        switch (c)
        {
            // ControlEscape
            case 'f': _pos++; return 0x0C;
            case 'n': _pos++; return 0x0A;
            case 'r': _pos++; return 0x0D;
            case 't': _pos++; return 0x09;
            case 'v': _pos++; return 0x0B;
            case 'c':
                if (_pos + 1 < _len)
                {
                    char l = _s[_pos + 1];
                    if ((l >= 'a' && l <= 'z') || (l >= 'A' && l <= 'Z'))
                    {
                        _pos += 2;
                        return l % 32;
                    }
                    // §B.1.2 ClassEscape :: [~UnicodeMode] c ClassControlLetter
                    if (inClass && !_u && ((l >= '0' && l <= '9') || l == '_'))
                    {
                        _pos += 2;
                        return l % 32;
                    }
                }
                if (_u)
                    throw Fail("Invalid Unicode escape");
                // §B.1.2 ExtendedAtom / ClassAtomNoDash :: \ [lookahead = c] — the '\' is literal, 'c' follows.
                return '\\';
            case '0':
                if (_pos + 1 < _len && _s[_pos + 1] >= '0' && _s[_pos + 1] <= '9')
                {
                    if (_u)
                        throw Fail(inClass ? "Invalid class escape" : "Invalid decimal escape");
                    return ParseLegacyOctal();
                }
                _pos++;
                return 0;
            case '1': case '2': case '3': case '4': case '5': case '6': case '7':
                if (_u)
                    throw Fail(inClass ? "Invalid class escape" : "Invalid escape");
                return ParseLegacyOctal();
            case '8':
            case '9':
                if (_u)
                    throw Fail(inClass ? "Invalid class escape" : "Invalid escape");
                _pos++;
                return c;
            case 'x':
                if (_pos + 2 < _len && HexValue(_s[_pos + 1]) >= 0 && HexValue(_s[_pos + 2]) >= 0)
                {
                    int value = HexValue(_s[_pos + 1]) * 16 + HexValue(_s[_pos + 2]);
                    _pos += 3;
                    return value;
                }
                if (_u)
                    throw Fail("Invalid escape");
                _pos++;
                return 'x';
            case 'u':
            {
                int save = _pos;
                _pos++;
                int cp = ParseUnicodeEscapeBody(_u);
                if (cp >= 0)
                    return cp;
                if (_u)
                    throw Fail("Invalid Unicode escape");
                _pos = save + 1;
                return 'u';
            }
        }
        if (_u)
        {
            // IdentityEscape[+UnicodeMode] :: SyntaxCharacter | / ; ClassEscape[+UnicodeMode] :: -
            if (IsSyntaxCharacter(c) || c == '/' || (inClass && c == '-'))
            {
                _pos++;
                return c;
            }
            throw Fail("Invalid escape");
        }
        // §B.1.2 SourceCharacterIdentityEscape[?NamedCaptureGroups]: any but c, and k when [+NamedCaptureGroups].
        if (c == 'k' && _n)
            throw Fail("Invalid escape");
        _pos++;
        return c;
    }

    /// <summary>§B.1.2 LegacyOctalEscapeSequence; _pos is at the first octal digit.</summary>
    private int ParseLegacyOctal()
    {
        int first = _s[_pos] - '0';
        int value = first;
        _pos++;
        if (_pos < _len && _s[_pos] >= '0' && _s[_pos] <= '7')
        {
            value = value * 8 + (_s[_pos] - '0');
            _pos++;
            if (first <= 3 && _pos < _len && _s[_pos] >= '0' && _s[_pos] <= '7')
            {
                value = value * 8 + (_s[_pos] - '0');
                _pos++;
            }
        }
        return value;
    }

    /// <summary>RegExpUnicodeEscapeSequence after the 'u'. With unicode: \u{CodePoint} and surrogate pairs
    /// \uLead\uTrail combine. Returns -1 (position unspecified) if malformed.</summary>
    private int ParseUnicodeEscapeBody(bool unicode)
    {
        if (unicode && _pos < _len && _s[_pos] == '{')
        {
            int i = _pos + 1;
            int value = 0;
            int digits = 0;
            while (i < _len && HexValue(_s[i]) >= 0)
            {
                value = value * 16 + HexValue(_s[i]);
                if (value > 0x10FFFF)
                    return -1; // CodePoint: MV ≤ 0x10FFFF
                digits++;
                i++;
            }
            if (digits == 0 || i >= _len || _s[i] != '}')
                return -1;
            _pos = i + 1;
            return value;
        }
        int unit = ReadHex4(_pos);
        if (unit < 0)
            return -1;
        _pos += 4;
        if (unicode && unit >= 0xD800 && unit <= 0xDBFF && _pos + 5 < _len && _s[_pos] == '\\' && _s[_pos + 1] == 'u')
        {
            int trail = ReadHex4(_pos + 2);
            if (trail >= 0xDC00 && trail <= 0xDFFF)
            {
                _pos += 6;
                return char.ConvertToUtf32((char)unit, (char)trail);
            }
        }
        return unit;
    }

    private int ReadHex4(int p)
    {
        if (p + 4 > _len)
            return -1;
        int value = 0;
        for (int k = 0; k < 4; k++)
        {
            int h = HexValue(_s[p + k]);
            if (h < 0)
                return -1;
            value = value * 16 + h;
        }
        return value;
    }

    private static int HexValue(char c)
    {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    }

    private static bool IsSyntaxCharacter(char c) => c is '^' or '$' or '\\' or '.' or '*' or '+' or '?' or '(' or ')' or '[' or ']' or '{' or '}' or '|';

    /// <summary>\p{..} / \P{..} (§22.2.2.9 tables 66-68); _pos is at 'p' or 'P'.</summary>
    private RegExpClassEscape ParseProperty(int start, bool inClass, out bool mayContainStrings)
    {
        string invalid = inClass ? "Invalid property name in character class" : "Invalid property name";
        bool negated = _s[_pos] == 'P';
        mayContainStrings = false;
        _pos++;
        if (_pos >= _len || _s[_pos] != '{')
            throw Fail(invalid);
        _pos++;
        int nameStart = _pos;
        while (_pos < _len && IsPropertyChar(_s[_pos]))
            _pos++;
        if (_pos == nameStart || _pos >= _len)
            throw Fail(invalid);
        string name = _s.Substring(nameStart, _pos - nameStart);
        string? value = null;
        if (_s[_pos] == '=')
        {
            _pos++;
            int valueStart = _pos;
            while (_pos < _len && IsPropertyChar(_s[_pos]))
                _pos++;
            if (_pos == valueStart || _pos >= _len)
                throw Fail(invalid);
            value = _s.Substring(valueStart, _pos - valueStart);
        }
        if (_s[_pos] != '}')
            throw Fail(invalid);
        _pos++;
        RegExpClassEscapeKind kind = negated ? RegExpClassEscapeKind.NotProperty : RegExpClassEscapeKind.Property;
        if (value != null)
        {
            // UnicodePropertyName = UnicodePropertyValue
            string? property = RegExpUnicodeTables.CanonicalNonBinaryPropertyName(name);
            if (property == null)
                throw Fail(invalid);
            Dictionary<string, string> table = property == "General_Category" ? RegExpUnicodeTables.GeneralCategoryValues : RegExpUnicodeTables.ScriptValues;
            if (!table.TryGetValue(value, out string? canonicalValue))
                throw Fail(invalid);
            return new RegExpClassEscape(start, kind, property, canonicalValue, false);
        }
        // LoneUnicodePropertyNameOrValue
        if (RegExpUnicodeTables.GeneralCategoryValues.TryGetValue(name, out string? gc))
            return new RegExpClassEscape(start, kind, "General_Category", gc, false);
        if (RegExpUnicodeTables.BinaryProperties.TryGetValue(name, out string? binary))
            return new RegExpClassEscape(start, kind, binary, null, false);
        if (_v && RegExpUnicodeTables.IsPropertyOfStrings(name))
        {
            // §22.2.1.1 CharacterClassEscape :: P{..}: error if MayContainStrings.
            if (negated)
                throw Fail(invalid);
            mayContainStrings = true;
            return new RegExpClassEscape(start, kind, name, null, true);
        }
        throw Fail(invalid);
    }

    private static bool IsPropertyChar(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';

    // ───────────────────────── Character classes ─────────────────────────

    private RegExpCharacterClass ParseClass()
    {
        int start = _pos;
        _pos++; // [
        bool negated = false;
        if (_pos < _len && _s[_pos] == '^')
        {
            negated = true;
            _pos++;
        }
        if (_v)
        {
            RegExpCharacterClass cls = ParseClassSetContents(start, negated);
            return cls;
        }
        List<RegExpNode>? items = null;
        while (true)
        {
            if (_pos >= _len)
                throw Fail("Unterminated character class");
            if (_s[_pos] == ']')
            {
                _pos++;
                break;
            }
            items ??= new List<RegExpNode>();
            RegExpNode a = ParseClassAtom();
            if (_pos + 1 < _len && _s[_pos] == '-' && _s[_pos + 1] != ']')
            {
                int dash = _pos;
                _pos++;
                RegExpNode b = ParseClassAtom();
                if (a is RegExpCharacter ca && b is RegExpCharacter cb)
                {
                    // §22.2.1.1 / §B.1.2: ranges out of order are errors in every mode.
                    if (ca.Value > cb.Value)
                        throw Fail("Range out of order in character class");
                    items.Add(new RegExpClassRange(a.Start, ca.Value, cb.Value));
                }
                else
                {
                    // §B.1.2: a class escape as a range end is an error only with [UnicodeMode].
                    if (_u)
                        throw Fail("Invalid character class");
                    items.Add(a);
                    items.Add(new RegExpCharacter(dash, '-'));
                    items.Add(b);
                }
            }
            else
            {
                items.Add(a);
            }
        }
        return new RegExpCharacterClass(start, negated, RegExpClassSetOperation.Union,
            items == null ? Array.Empty<RegExpNode>() : items.ToArray(), false);
    }

    /// <summary>ClassAtom (non-v): a RegExpCharacter or a RegExpClassEscape.</summary>
    private RegExpNode ParseClassAtom()
    {
        int start = _pos;
        char c = _s[_pos];
        if (c != '\\')
            return new RegExpCharacter(start, ReadSourceCharacter());
        _pos++;
        if (_pos >= _len)
            throw Fail("\\ at end of pattern");
        char e = _s[_pos];
        if (e == 'b')
        {
            _pos++;
            return new RegExpCharacter(start, 8);
        }
        if (e == '-' && _u)
        {
            _pos++;
            return new RegExpCharacter(start, '-');
        }
        if (IsSimpleClassEscape(e))
        {
            _pos++;
            return new RegExpClassEscape(start, SimpleClassEscapeKind(e), null, null, false);
        }
        if ((e == 'p' || e == 'P') && _u)
            return ParseProperty(start, true, out _);
        return new RegExpCharacter(start, ParseCharacterEscape(true));
    }

    private bool At2(char c) => _pos + 1 < _len && _s[_pos] == c && _s[_pos + 1] == c;

    /// <summary>ClassContents[+UnicodeSetsMode] :: ClassSetExpression (ClassUnion | ClassIntersection | ClassSubtraction);
    /// _pos is after '[' or '[^'. Consumes the closing ']'.</summary>
    private RegExpCharacterClass ParseClassSetContents(int start, bool negated)
    {
        EnterNesting();
        const string invalidOperation = "Invalid set operation in character class";
        if (_pos < _len && _s[_pos] == ']')
        {
            _pos++;
            _depth--;
            return new RegExpCharacterClass(start, negated, RegExpClassSetOperation.Union, Array.Empty<RegExpNode>(), false);
        }
        var operands = new List<RegExpNode>();
        RegExpClassSetOperation operation = RegExpClassSetOperation.Union;
        RegExpNode first = ParseClassSetOperand(true, out bool firstIsRange, out bool mayContainStrings);
        operands.Add(first);
        if (At2('-'))
        {
            // ClassSubtraction: MayContainStrings is that of the first operand.
            if (firstIsRange)
                throw Fail(invalidOperation);
            operation = RegExpClassSetOperation.Subtraction;
            while (At2('-'))
            {
                _pos += 2;
                operands.Add(ParseClassSetOperand(false, out _, out _));
            }
            ExpectClassSetEnd(invalidOperation);
        }
        else if (At2('&'))
        {
            // ClassIntersection: MayContainStrings only if every operand may.
            if (firstIsRange)
                throw Fail(invalidOperation);
            operation = RegExpClassSetOperation.Intersection;
            while (At2('&'))
            {
                _pos += 2;
                if (_pos < _len && _s[_pos] == '&')
                    throw Fail("Invalid character in character class"); // && [lookahead ≠ &]
                operands.Add(ParseClassSetOperand(false, out _, out bool strings));
                mayContainStrings &= strings;
            }
            ExpectClassSetEnd(invalidOperation);
        }
        else
        {
            // ClassUnion
            while (true)
            {
                if (_pos >= _len)
                    throw Fail("Unterminated character class");
                if (_s[_pos] == ']')
                {
                    _pos++;
                    break;
                }
                if (At2('-') || At2('&'))
                    throw Fail(invalidOperation);
                operands.Add(ParseClassSetOperand(true, out _, out bool strings));
                mayContainStrings |= strings;
            }
        }
        // §22.2.1.1: CharacterClass / NestedClass :: [^ ClassContents ] — error if MayContainStrings.
        if (negated && mayContainStrings)
            throw Fail("Negated character class may contain strings");
        _depth--;
        return new RegExpCharacterClass(start, negated, operation, operands.ToArray(), mayContainStrings);
    }

    private void ExpectClassSetEnd(string reason)
    {
        if (_pos >= _len)
            throw Fail("Unterminated character class");
        if (_s[_pos] != ']')
            throw Fail(reason);
        _pos++;
    }

    /// <summary>ClassSetOperand (NestedClass | ClassStringDisjunction | ClassSetCharacter), or with allowRange a ClassSetRange.</summary>
    private RegExpNode ParseClassSetOperand(bool allowRange, out bool isRange, out bool mayContainStrings)
    {
        isRange = false;
        mayContainStrings = false;
        if (_pos >= _len)
            throw Fail("Unterminated character class");
        int start = _pos;
        char c = _s[_pos];
        if (c == '[')
        {
            _pos++;
            bool negated = false;
            if (_pos < _len && _s[_pos] == '^')
            {
                negated = true;
                _pos++;
            }
            RegExpCharacterClass nested = ParseClassSetContents(start, negated);
            mayContainStrings = !negated && nested.MayContainStrings;
            return nested;
        }
        if (c == '\\' && _pos + 1 < _len)
        {
            char e = _s[_pos + 1];
            if (IsSimpleClassEscape(e))
            {
                _pos += 2;
                return new RegExpClassEscape(start, SimpleClassEscapeKind(e), null, null, false);
            }
            if (e == 'p' || e == 'P')
            {
                _pos++;
                return ParseProperty(start, true, out mayContainStrings);
            }
            if (e == 'q' && _pos + 2 < _len && _s[_pos + 2] == '{')
            {
                _pos += 3;
                return ParseClassStringDisjunction(start, out mayContainStrings);
            }
        }
        int from = ParseClassSetCharacter();
        if (allowRange && _pos < _len && _s[_pos] == '-' && !At2('-'))
        {
            _pos++;
            int to = ParseClassSetCharacter();
            if (from > to)
                throw Fail("Range out of order in character class");
            isRange = true;
            return new RegExpClassRange(start, from, to);
        }
        return new RegExpCharacter(start, from);
    }

    /// <summary>\q{ ClassStringDisjunctionContents }; _pos is after '{'. MayContainStrings if any string's length ≠ 1.</summary>
    private RegExpClassStrings ParseClassStringDisjunction(int start, out bool mayContainStrings)
    {
        mayContainStrings = false;
        var strings = new List<string>();
        var sb = new StringBuilder();
        int count = 0;
        while (true)
        {
            if (_pos >= _len)
                throw Fail("Unterminated character class");
            char c = _s[_pos];
            if (c == '|' || c == '}')
            {
                _pos++;
                strings.Add(sb.ToString());
                if (count != 1)
                    mayContainStrings = true;
                sb.Clear();
                count = 0;
                if (c == '}')
                    break;
                continue;
            }
            AppendCodePoint(sb, ParseClassSetCharacter());
            count++;
        }
        return new RegExpClassStrings(start, strings.ToArray());
    }

    /// <summary>ClassSetCharacter; returns its code point.</summary>
    private int ParseClassSetCharacter()
    {
        if (_pos >= _len)
            throw Fail("Unterminated character class");
        char c = _s[_pos];
        if (c == '\\')
        {
            _pos++;
            if (_pos >= _len)
                throw Fail("\\ at end of pattern");
            char e = _s[_pos];
            if (e == 'b')
            {
                _pos++;
                return 8;
            }
            if (IsClassSetReservedPunctuator(e))
            {
                _pos++;
                return e;
            }
            return ParseCharacterEscape(true);
        }
        // [lookahead ∉ ClassSetReservedDoublePunctuator] SourceCharacter but not ClassSetSyntaxCharacter
        if (_pos + 1 < _len && _s[_pos + 1] == c && IsDoublePunctuatorChar(c))
            throw Fail("Invalid set operation in character class");
        if (IsClassSetSyntaxCharacter(c))
            throw Fail("Invalid character in character class");
        return ReadSourceCharacter();
    }

    private static bool IsClassSetSyntaxCharacter(char c) => c is '(' or ')' or '[' or ']' or '{' or '}' or '/' or '-' or '\\' or '|';

    private static bool IsClassSetReservedPunctuator(char c) => c is '&' or '-' or '!' or '#' or '%' or ',' or ':' or ';' or '<' or '=' or '>' or '@' or '`' or '~';

    private static bool IsDoublePunctuatorChar(char c) => c is '&' or '!' or '#' or '$' or '%' or '*' or '+' or ',' or '.' or ':' or ';' or '<' or '=' or '>' or '?' or '@' or '^' or '`' or '~';

    // ───────────────────────── Helpers ─────────────────────────

    /// <summary>Reads one SourceCharacter: a code point in [UnicodeMode] (surrogate pairs combine), else a code unit.</summary>
    private int ReadSourceCharacter()
    {
        char c = _s[_pos++];
        if (_u && char.IsHighSurrogate(c) && _pos < _len && char.IsLowSurrogate(_s[_pos]))
            return char.ConvertToUtf32(c, _s[_pos++]);
        return c;
    }

    private static void AppendCodePoint(StringBuilder sb, int cp)
    {
        if (cp >= 0x10000)
        {
            cp -= 0x10000;
            sb.Append((char)(0xD800 + (cp >> 10)));
            sb.Append((char)(0xDC00 + (cp & 0x3FF)));
        }
        else
        {
            sb.Append((char)cp);
        }
    }
}
