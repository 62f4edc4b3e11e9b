using System.Collections.Generic;
using Aot.Engine.Parsing.RegExp;

namespace Aot.Engine.Builtins.RegExp;

/// <summary>
/// The CharSets of ECMA-262 §22.2.2.9 (CompileToCharSet) computed as explicit code point sets: class
/// escapes (\d \s \w and \p{..}), character classes including the v-mode set operations, and the strings of
/// v-mode classes (\q{..}, properties of strings). Case-insensitive sets are closed under Canonicalize here.
/// </summary>
internal sealed class CharacterSets
{
    private readonly bool _unicode;      // HasEitherUnicodeFlag
    private readonly bool _unicodeSets;  // v flag
    private readonly int _max;

    public CharacterSets(bool unicode, bool unicodeSets)
    {
        _unicode = unicode;
        _unicodeSets = unicodeSets;
        _max = unicode ? CodePointSet.MaxCodePoint : 0xFFFF;
    }

    /// <summary>A v-mode class value: single characters plus strings (never of length one code point).</summary>
    public sealed class ClassValue
    {
        public CodePointSet Chars;
        public List<string> Strings;

        public ClassValue(CodePointSet chars, List<string> strings)
        {
            Chars = chars;
            Strings = strings;
        }
    }

    public int Max => _max;

    /// <summary>§22.2.2.9.1 the WhiteSpace and LineTerminator code points (\s).</summary>
    public static CodePointSet Space()
    {
        var s = new CodePointSet();
        s.Add(0x09, 0x0D);
        s.Add(0x20);
        s.Add(0xA0);
        s.Add(0x1680);
        s.Add(0x2000, 0x200A);
        s.Add(0x2028, 0x2029);
        s.Add(0x202F);
        s.Add(0x205F);
        s.Add(0x3000);
        s.Add(0xFEFF);
        return s;
    }

    /// <summary>§22.2.2.9.4 WordCharacters(rer): [A-Za-z0-9_], plus U+017F and U+212A when both unicode and ignoreCase.</summary>
    public CodePointSet Word(bool ignoreCase)
    {
        var s = new CodePointSet();
        s.Add('0', '9');
        s.Add('A', 'Z');
        s.Add('_');
        s.Add('a', 'z');
        if (ignoreCase && _unicode)
        {
            s.Add(0x017F);
            s.Add(0x212A);
        }
        return s;
    }

    /// <summary>LineTerminator code points (the complement of . without s).</summary>
    public static CodePointSet LineTerminators()
    {
        var s = new CodePointSet();
        s.Add(0x0A);
        s.Add(0x0D);
        s.Add(0x2028, 0x2029);
        return s;
    }

    /// <summary>A class escape's set before any case closure (§22.2.2.9 CharacterClassEscape).</summary>
    public CodePointSet Escape(RegExpClassEscape e, bool ignoreCase)
    {
        switch (e.Kind)
        {
            case RegExpClassEscapeKind.Digit: return CodePointSet.Of('0', '9');
            case RegExpClassEscapeKind.NotDigit: return CodePointSet.Of('0', '9').Complement(_max);
            case RegExpClassEscapeKind.Space: return Space();
            case RegExpClassEscapeKind.NotSpace: return Space().Complement(_max);
            case RegExpClassEscapeKind.Word: return Word(ignoreCase);
            case RegExpClassEscapeKind.NotWord: return Word(ignoreCase).Complement(_max);
            case RegExpClassEscapeKind.Property:
                return UnicodeProperties.Resolve(e.PropertyName!, e.PropertyValue) ?? new CodePointSet();
            default:
            {
                CodePointSet p = UnicodeProperties.Resolve(e.PropertyName!, e.PropertyValue) ?? new CodePointSet();
                // v-mode: CharacterComplement(rer, MaybeSimpleCaseFolding(rer, A)) — fold before complementing
                // (§22.2.2.9 CharacterClassEscape :: P{..}). Without v the complement is closed afterwards instead.
                if (_unicodeSets && ignoreCase) p = CaseFolding.Close(p, true);
                return p.Complement(_max);
            }
        }
    }

    /// <summary>A class without the v flag (§22.2.2.9 ClassContents, §22.2.2.7.1 CharSetMatcher): the set of
    /// characters the class accepts, already closed under case folding and inverted when negated.</summary>
    public CodePointSet LegacyClass(RegExpCharacterClass cls, bool ignoreCase)
    {
        var set = new CodePointSet();
        foreach (RegExpNode item in cls.Operands)
        {
            switch (item)
            {
                case RegExpCharacter c: set.Add(c.Value); break;
                case RegExpClassRange r: set.Add(r.From, r.To); break;
                case RegExpClassEscape e: set.AddSet(Escape(e, ignoreCase)); break;
            }
        }
        if (ignoreCase) set = CaseFolding.Close(set, _unicode);
        return cls.Negated ? set.Complement(_max) : set;
    }

    /// <summary>A v-mode class (§22.2.2.9 ClassSetExpression): union / intersection / subtraction of operands,
    /// each operand folded when ignoreCase (MaybeSimpleCaseFolding), negation as CharacterComplement.</summary>
    public ClassValue SetClass(RegExpCharacterClass cls, bool ignoreCase)
    {
        ClassValue? acc = null;
        foreach (RegExpNode item in cls.Operands)
        {
            ClassValue v = Operand(item, ignoreCase);
            if (acc == null)
            {
                acc = v;
                continue;
            }
            switch (cls.Operation)
            {
                case RegExpClassSetOperation.Union:
                    acc.Chars.AddSet(v.Chars);
                    foreach (string s in v.Strings)
                        if (!acc.Strings.Contains(s)) acc.Strings.Add(s);
                    break;
                case RegExpClassSetOperation.Intersection:
                    acc.Chars = acc.Chars.Intersect(v.Chars);
                    acc.Strings.RemoveAll(s => !v.Strings.Contains(s));
                    break;
                default:
                    acc.Chars = acc.Chars.Subtract(v.Chars);
                    acc.Strings.RemoveAll(s => v.Strings.Contains(s));
                    break;
            }
        }
        acc ??= new ClassValue(new CodePointSet(), new List<string>());
        if (cls.Negated)
        {
            acc.Chars = acc.Chars.Complement(_max);
            acc.Strings.Clear();
        }
        return acc;
    }

    /// <summary>A property of strings used as an atom (v-mode \p{RGI_Emoji} outside a class).</summary>
    public ClassValue StringProperty(RegExpClassEscape e, bool ignoreCase) => Operand(e, ignoreCase);

    private ClassValue Operand(RegExpNode item, bool ignoreCase)
    {
        var strings = new List<string>();
        CodePointSet chars;
        switch (item)
        {
            case RegExpCharacter c: chars = CodePointSet.Of(c.Value, c.Value); break;
            case RegExpClassRange r: chars = CodePointSet.Of(r.From, r.To); break;
            case RegExpCharacterClass nested: return SetClass(nested, ignoreCase);
            case RegExpClassStrings q:
                chars = new CodePointSet();
                foreach (string s in q.Strings) AddString(s, chars, strings, ignoreCase);
                break;
            case RegExpClassEscape e when e.IsStringProperty:
                chars = new CodePointSet();
                foreach (string s in UnicodeProperties.StringsOf(e.PropertyName!)) AddString(s, chars, strings, ignoreCase);
                break;
            case RegExpClassEscape e:
                chars = Escape(e, ignoreCase);
                break;
            default: chars = new CodePointSet(); break;
        }
        if (ignoreCase) chars = CaseFolding.Close(chars, true);
        return new ClassValue(chars, strings);
    }

    private static void AddString(string s, CodePointSet chars, List<string> strings, bool ignoreCase)
    {
        int cpCount = 0;
        for (int i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) i++;
            cpCount++;
        }
        if (cpCount == 1)
        {
            chars.Add(s.Length == 2 ? char.ConvertToUtf32(s[0], s[1]) : s[0]);
            return;
        }
        if (ignoreCase) s = Fold(s);
        if (!strings.Contains(s)) strings.Add(s);
    }

    /// <summary>scf applied to each code point (MaybeSimpleCaseFolding on a string).</summary>
    private static string Fold(string s)
    {
        var sb = new System.Text.StringBuilder(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            int cp = s[i];
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                cp = char.ConvertToUtf32(s[i], s[i + 1]);
                i++;
            }
            int f = CaseFolding.Canonicalize(cp, true);
            if (f >= 0x10000) sb.Append(char.ConvertFromUtf32(f));
            else sb.Append((char)f);
        }
        return sb.ToString();
    }
}
