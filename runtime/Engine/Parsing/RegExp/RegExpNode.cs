using System.Collections.Generic;

namespace Aot.Engine.Parsing.RegExp;

// A small immutable AST of a regular expression pattern (ECMA-262 §22.2.1 Patterns).
// Produced by RegExpPatternParser; consumed later by the RegExp built-in (translation to .NET Regex).
// Character values are code points (in non-unicode mode: UTF-16 code units, as the spec prescribes).

/// <summary>Base of every pattern node.</summary>
public abstract class RegExpNode
{
    /// <summary>Offset of the node's first character in the pattern source.</summary>
    public int Start { get; }

    private protected RegExpNode(int start) => Start = start;
}

/// <summary>The parsed pattern plus facts about it (group count, names, modes).</summary>
public sealed class RegExpPattern
{
    public RegExpDisjunction Body { get; }
    /// <summary>CountLeftCapturingParensWithin(Pattern) (§22.2.1.5).</summary>
    public int CapturingGroupCount { get; }
    /// <summary>Group names indexed by group number (index 0 unused); null for unnamed groups.</summary>
    public IReadOnlyList<string?> GroupNames { get; }
    public bool UnicodeMode { get; }
    public bool UnicodeSetsMode { get; }
    /// <summary>True when the pattern was parsed with the [NamedCaptureGroups] parameter.</summary>
    public bool NamedCaptureGroups { get; }

    internal RegExpPattern(RegExpDisjunction body, int groupCount, string?[] groupNames, bool unicodeMode, bool unicodeSetsMode, bool namedCaptureGroups)
    {
        Body = body;
        CapturingGroupCount = groupCount;
        GroupNames = groupNames;
        UnicodeMode = unicodeMode;
        UnicodeSetsMode = unicodeSetsMode;
        NamedCaptureGroups = namedCaptureGroups;
    }
}

/// <summary>Disjunction :: Alternative ( | Alternative )*</summary>
public sealed class RegExpDisjunction : RegExpNode
{
    public IReadOnlyList<RegExpAlternative> Alternatives { get; }
    internal RegExpDisjunction(int start, RegExpAlternative[] alternatives) : base(start) => Alternatives = alternatives;
}

/// <summary>Alternative :: Term*</summary>
public sealed class RegExpAlternative : RegExpNode
{
    public IReadOnlyList<RegExpNode> Terms { get; }
    internal RegExpAlternative(int start, RegExpNode[] terms) : base(start) => Terms = terms;
}

public enum RegExpAssertionKind { Start, End, WordBoundary, NotWordBoundary }

/// <summary>^ $ \b \B</summary>
public sealed class RegExpAssertion : RegExpNode
{
    public RegExpAssertionKind Kind { get; }
    internal RegExpAssertion(int start, RegExpAssertionKind kind) : base(start) => Kind = kind;
}

/// <summary>(?= ) (?! ) (?&lt;= ) (?&lt;! )</summary>
public sealed class RegExpLookaround : RegExpNode
{
    public bool IsLookbehind { get; }
    public bool IsNegative { get; }
    public RegExpDisjunction Body { get; }
    internal RegExpLookaround(int start, bool lookbehind, bool negative, RegExpDisjunction body) : base(start)
    {
        IsLookbehind = lookbehind;
        IsNegative = negative;
        Body = body;
    }
}

/// <summary>Modifier flag bits for (?ims-ims: ) groups.</summary>
[System.Flags]
public enum RegExpModifierFlags { None = 0, IgnoreCase = 1, Multiline = 2, DotAll = 4 }

/// <summary>( ), (?&lt;name&gt; ), (?: ) and (?ims-ims: ).</summary>
public sealed class RegExpGroup : RegExpNode
{
    /// <summary>Capturing group number (1-based) or 0 for non-capturing groups.</summary>
    public int Index { get; }
    public string? Name { get; }
    public RegExpModifierFlags AddModifiers { get; }
    public RegExpModifierFlags RemoveModifiers { get; }
    public RegExpDisjunction Body { get; }
    public bool IsCapturing => Index != 0;

    internal RegExpGroup(int start, int index, string? name, RegExpModifierFlags add, RegExpModifierFlags remove, RegExpDisjunction body) : base(start)
    {
        Index = index;
        Name = name;
        AddModifiers = add;
        RemoveModifiers = remove;
        Body = body;
    }
}

/// <summary>Atom Quantifier. Max is -1 for unbounded; counts are clamped to int.MaxValue.</summary>
public sealed class RegExpQuantifier : RegExpNode
{
    public RegExpNode Atom { get; }
    public int Min { get; }
    public int Max { get; }
    public bool Greedy { get; }
    internal RegExpQuantifier(int start, RegExpNode atom, int min, int max, bool greedy) : base(start)
    {
        Atom = atom;
        Min = min;
        Max = max;
        Greedy = greedy;
    }
}

/// <summary>A literal character (pattern character or character escape); value is a code point / code unit.</summary>
public sealed class RegExpCharacter : RegExpNode
{
    public int Value { get; }
    internal RegExpCharacter(int start, int value) : base(start) => Value = value;
}

/// <summary>The . atom.</summary>
public sealed class RegExpDot : RegExpNode
{
    internal RegExpDot(int start) : base(start) { }
}

/// <summary>\1 (Index set) or \k&lt;name&gt; (Name set; may refer to several duplicate-named groups).</summary>
public sealed class RegExpBackreference : RegExpNode
{
    public int Index { get; }
    public string? Name { get; }
    internal RegExpBackreference(int start, int index, string? name) : base(start)
    {
        Index = index;
        Name = name;
    }
}

public enum RegExpClassEscapeKind { Digit, NotDigit, Space, NotSpace, Word, NotWord, Property, NotProperty }

/// <summary>\d \D \s \S \w \W \p{..} \P{..}. For properties: PropertyName is the canonical property
/// (General_Category, Script, Script_Extensions, or a binary property / property of strings name as written);
/// PropertyValue is the value as written (null for lone binary properties).</summary>
public sealed class RegExpClassEscape : RegExpNode
{
    public RegExpClassEscapeKind Kind { get; }
    public string? PropertyName { get; }
    public string? PropertyValue { get; }
    /// <summary>True for properties of strings (v-mode only), e.g. RGI_Emoji.</summary>
    public bool IsStringProperty { get; }
    internal RegExpClassEscape(int start, RegExpClassEscapeKind kind, string? name, string? value, bool stringProperty) : base(start)
    {
        Kind = kind;
        PropertyName = name;
        PropertyValue = value;
        IsStringProperty = stringProperty;
    }
}

/// <summary>A range a-b inside a character class.</summary>
public sealed class RegExpClassRange : RegExpNode
{
    public int From { get; }
    public int To { get; }
    internal RegExpClassRange(int start, int from, int to) : base(start)
    {
        From = from;
        To = to;
    }
}

/// <summary>\q{abc|def} (v-mode). Each string is the UTF-16 encoding of its code points.</summary>
public sealed class RegExpClassStrings : RegExpNode
{
    public IReadOnlyList<string> Strings { get; }
    internal RegExpClassStrings(int start, string[] strings) : base(start) => Strings = strings;
}

public enum RegExpClassSetOperation { Union, Intersection, Subtraction }

/// <summary>[...] / [^...]. Operands are RegExpCharacter, RegExpClassRange, RegExpClassEscape,
/// RegExpClassStrings or (v-mode) nested RegExpCharacterClass. Outside v-mode the operation is always Union.</summary>
public sealed class RegExpCharacterClass : RegExpNode
{
    public bool Negated { get; }
    public RegExpClassSetOperation Operation { get; }
    public IReadOnlyList<RegExpNode> Operands { get; }
    /// <summary>MayContainStrings (§22.2.1.6), v-mode only.</summary>
    public bool MayContainStrings { get; }
    internal RegExpCharacterClass(int start, bool negated, RegExpClassSetOperation operation, RegExpNode[] operands, bool mayContainStrings) : base(start)
    {
        Negated = negated;
        Operation = operation;
        Operands = operands;
        MayContainStrings = mayContainStrings;
    }
}
