using System;
using System.Text;
using Aot.Engine.Parsing.RegExp;
using Xunit;

namespace Aot.Engine.Tests.Parsing;

public class RegExpValidatorTests
{
    private static void Valid(string pattern, string flags)
    {
        string? error = RegExpValidator.Validate(pattern, flags);
        Assert.True(error == null, $"/{pattern}/{flags} should be valid but got: {error}");
    }

    private static void Invalid(string pattern, string flags, string? reason = null)
    {
        string? error = RegExpValidator.Validate(pattern, flags);
        Assert.True(error != null, $"/{pattern}/{flags} should be invalid");
        Assert.StartsWith("Invalid regular expression: /" + pattern + "/" + flags + ": ", error);
        if (reason != null)
            Assert.EndsWith(": " + reason, error);
    }

    // ───── Basic structure (§22.2.1 Disjunction/Alternative/Term) ─────

    [Theory]
    [InlineData("", "")]
    [InlineData("abc", "")]
    [InlineData("a|b|", "")]
    [InlineData("|", "u")]
    [InlineData("(a)(?:b)(?=c)(?!d)(?<=e)(?<!f)", "")]
    [InlineData("(a)(?:b)(?=c)(?!d)(?<=e)(?<!f)", "u")]
    [InlineData("(a)(?:b)(?=c)(?!d)(?<=e)(?<!f)", "v")]
    [InlineData("^a$\\b\\B.", "u")]
    [InlineData("()", "")]
    public void ValidStructure(string pattern, string flags) => Valid(pattern, flags);

    [Theory]
    [InlineData("(", "", "Unterminated group")]
    [InlineData("(?:", "", "Unterminated group")]
    [InlineData("(?<a>", "", "Unterminated group")]
    [InlineData("(?=a", "u", "Unterminated group")]
    [InlineData(")", "", "Unmatched ')'")]
    [InlineData("a)b", "u", "Unmatched ')'")]
    [InlineData("\\", "", "\\ at end of pattern")]
    [InlineData("[\\", "", "\\ at end of pattern")]
    [InlineData("(?a)", "", "Invalid group")]
    [InlineData("(?", "", "Invalid group")]
    [InlineData("[", "", "Unterminated character class")]
    [InlineData("[a", "u", "Unterminated character class")]
    [InlineData("[[a]", "v", "Unterminated character class")]
    public void InvalidStructure(string pattern, string flags, string reason) => Invalid(pattern, flags, reason);

    [Fact]
    public void UAndVTogetherAreRejected() // §22.2.3.4 ParsePattern step 1
        => Assert.NotNull(RegExpValidator.Validate("a", "uv"));

    // ───── Quantifiers (§22.2.1.1 QuantifierPrefix, §B.1.2) ─────

    [Theory]
    [InlineData("a*b+c?d{2}e{2,}f{2,3}g*?h{1,2}?", "")]
    [InlineData("a*b+c?d{2}e{2,}f{2,3}g*?h{1,2}?", "u")]
    [InlineData("a{0}", "v")]
    [InlineData("a{2,2}", "")]
    [InlineData("a{99999999999999999999}", "")]                 // clamped, no overflow
    [InlineData("a{1,99999999999999999999}", "u")]
    [InlineData("a{099,100}", "")]
    [InlineData("(?=a)*", "")]                                  // §B.1.2 QuantifiableAssertion
    [InlineData("(?!a){2}", "")]
    [InlineData("a{", "")]                                      // §B.1.2 ExtendedPatternCharacter
    [InlineData("a{1", "")]
    [InlineData("a{,1}", "")]
    [InlineData("{", "")]
    [InlineData("}", "")]
    [InlineData("]", "")]
    [InlineData("{a}", "")]
    [InlineData("^{", "")]
    public void ValidQuantifiers(string pattern, string flags) => Valid(pattern, flags);

    [Theory]
    [InlineData("*a", "", "Nothing to repeat")]
    [InlineData("a**", "", "Nothing to repeat")]
    [InlineData("a???", "", "Nothing to repeat")]
    [InlineData("a|*", "", "Nothing to repeat")]
    [InlineData("(*)", "u", "Nothing to repeat")]
    [InlineData("^*", "", "Nothing to repeat")]
    [InlineData("$+", "u", "Nothing to repeat")]
    [InlineData("\\b+", "", "Nothing to repeat")]
    [InlineData("\\B?", "v", "Nothing to repeat")]
    [InlineData("{1}", "", "Nothing to repeat")]               // §B.1.2 InvalidBracedQuantifier
    [InlineData("x{2}{3}", "", "Nothing to repeat")]
    [InlineData("a{2,1}", "", "numbers out of order in {} quantifier")]
    [InlineData("a{2,1}", "u", "numbers out of order in {} quantifier")]
    [InlineData("a{99999999999999999999,99999999999999999998}", "", "numbers out of order in {} quantifier")]
    [InlineData("(?<=a)*", "", "Invalid quantifier")]           // lookbehinds are never quantifiable
    [InlineData("(?<!a){1}", "", "Invalid quantifier")]
    [InlineData("(?=a)*", "u", "Invalid quantifier")]            // lookaheads only in Annex B
    [InlineData("(?!a)+", "v", "Invalid quantifier")]
    [InlineData("a{", "u", "Incomplete quantifier")]
    [InlineData("a{1", "u", "Incomplete quantifier")]
    [InlineData("{", "u", "Lone quantifier brackets")]
    [InlineData("}", "u", "Lone quantifier brackets")]
    [InlineData("]", "v", "Lone quantifier brackets")]
    [InlineData("{1}", "u", "Nothing to repeat")]
    public void InvalidQuantifiers(string pattern, string flags, string reason) => Invalid(pattern, flags, reason);

    // ───── Escapes (§22.2.1 AtomEscape / CharacterEscape, §B.1.2) ─────

    [Theory]
    [InlineData("\\f\\n\\r\\t\\v\\0\\cA\\cz\\x41\\u0041", "")]
    [InlineData("\\f\\n\\r\\t\\v\\0\\cA\\cz\\x41\\u0041", "u")]
    [InlineData("\\u{0}\\u{10FFFF}\\u{000000041}", "u")]
    [InlineData("\\uD83D\\uDE00", "u")]
    [InlineData("\\uD83D", "u")]                                // lone surrogates are fine
    [InlineData("\\^\\$\\\\\\.\\*\\+\\?\\(\\)\\[\\]\\{\\}\\|\\/", "u")] // IdentityEscape[+U]: SyntaxCharacter and /
    [InlineData("\\a\\e\\q\\-\\_\\%", "")]                       // §B.1.2 identity escapes
    [InlineData("\\c", "")]                                     // §B.1.2 \ [lookahead = c]
    [InlineData("\\c1", "")]
    [InlineData("\\x", "")]
    [InlineData("\\x4", "")]
    [InlineData("\\u", "")]
    [InlineData("\\u12", "")]
    [InlineData("\\u{41}", "")]                                  // u{41} quantifier-ish: 'u' 41 times
    [InlineData("\\p{L}", "")]                                   // \p is an identity escape without u
    [InlineData("\\00\\01\\377\\400\\8\\9", "")]                  // LegacyOctalEscapeSequence
    [InlineData("\\d\\D\\s\\S\\w\\W", "v")]
    public void ValidEscapes(string pattern, string flags) => Valid(pattern, flags);

    [Theory]
    [InlineData("\\a", "u", "Invalid escape")]
    [InlineData("\\-", "u", "Invalid escape")]                  // \- only inside classes
    [InlineData("\\q", "u", "Invalid escape")]
    [InlineData("\\c", "u", "Invalid Unicode escape")]
    [InlineData("\\c1", "u", "Invalid Unicode escape")]
    [InlineData("\\x1", "u", "Invalid escape")]
    [InlineData("\\u12", "u", "Invalid Unicode escape")]
    [InlineData("\\u{}", "u", "Invalid Unicode escape")]
    [InlineData("\\u{110000}", "v", "Invalid Unicode escape")]
    [InlineData("\\u{FFFFFFFFFFFF}", "u", "Invalid Unicode escape")]
    [InlineData("\\u{41", "u", "Invalid Unicode escape")]
    [InlineData("\\00", "u", "Invalid decimal escape")]
    [InlineData("\\01", "u", "Invalid decimal escape")]
    public void InvalidEscapes(string pattern, string flags, string reason) => Invalid(pattern, flags, reason);

    // ───── Backreferences (§22.2.1.1 DecimalEscape, §B.1.2) ─────

    [Theory]
    [InlineData("(a)\\1", "")]
    [InlineData("(a)\\1", "u")]
    [InlineData("\\1(a)", "u")]                                  // forward references count all groups
    [InlineData("\\2(a)(?<n>b)", "v")]
    [InlineData("(a)\\2", "")]                                   // §B.1.2 falls back to octal
    [InlineData("\\8", "")]                                      // §B.1.2 identity escape
    [InlineData("(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)\\10", "u")]
    public void ValidBackreferences(string pattern, string flags) => Valid(pattern, flags);

    [Theory]
    [InlineData("\\1", "u", "Invalid escape")]
    [InlineData("(a)\\2", "u", "Invalid escape")]
    [InlineData("\\8", "v", "Invalid escape")]
    [InlineData("(?:a)\\1", "u", "Invalid escape")]
    public void InvalidBackreferences(string pattern, string flags, string reason) => Invalid(pattern, flags, reason);

    [Fact]
    public void AnnexBDecimalEscapeFallbackIsCharacter()
    {
        RegExpPattern? p = RegExpPatternParser.Parse("(a)\\2", "", out string? error);
        Assert.Null(error);
        Assert.NotNull(p);
        var terms = p!.Body.Alternatives[0].Terms;
        Assert.IsType<RegExpGroup>(terms[0]);
        Assert.Equal(2, Assert.IsType<RegExpCharacter>(terms[1]).Value); // octal \2
    }

    // ───── Named groups (§22.2.1 GroupSpecifier / GroupName, §22.2.1.1) ─────

    [Theory]
    [InlineData("(?<a>x)\\k<a>", "")]
    [InlineData("(?<a>x)\\k<a>", "u")]
    [InlineData("\\k<a>(?<a>x)", "u")]                            // forward reference
    [InlineData("(?<$_a1>x)", "")]
    [InlineData("(?<\\u0061>x)\\k<a>", "")]                        // escapes are decoded
    [InlineData("(?<\\u{61}b>x)", "")]                            // \u{...} even without u (ES2020)
    [InlineData("(?<\\uD835\\uDC9C>x)", "")]                      // escaped surrogate pair = 𝒜
    [InlineData("(?<\\uD835\\uDC9C>x)", "u")]
    [InlineData("(?<𝒜>x)", "")]                                    // literal surrogate pair
    [InlineData("(?<𝒜>x)\\k<\\u{1d49c}>", "u")]
    [InlineData("(?<π>x)", "u")]
    [InlineData("(?<a\u200Cb>x)", "")]                            // ZWNJ is IdentifierPart
    [InlineData("\\k<a>", "")]                                    // §B.1.2: no group names → identity escape
    [InlineData("\\k", "")]
    [InlineData("[\\k]", "")]
    public void ValidNamedGroups(string pattern, string flags) => Valid(pattern, flags);

    [Theory]
    [InlineData("(?<1>x)", "", "Invalid capture group name")]
    [InlineData("(?<>x)", "", "Invalid capture group name")]
    [InlineData("(?<a-b>x)", "u", "Invalid capture group name")]
    [InlineData("(?<a", "", "Invalid capture group name")]
    [InlineData("(?<\\u0031>x)", "", "Invalid capture group name")]
    [InlineData("(?<\\uD835>x)", "u", "Invalid capture group name")] // lone surrogate is not ID_Start
    [InlineData("(?<a\\x62>x)", "", "Invalid capture group name")]
    [InlineData("(?<a>x)(?<a>y)", "", "Duplicate capture group name")]
    [InlineData("(?<a>x)(?<\\u0061>y)", "u", "Duplicate capture group name")]
    [InlineData("(?<a>(?<a>x))", "", "Duplicate capture group name")]
    [InlineData("(?<a>x)\\k<b>", "", "Invalid named capture referenced")]
    [InlineData("\\k<a>", "u", "Invalid named capture referenced")]
    [InlineData("\\k", "u", "Invalid named reference")]
    [InlineData("(?<a>x)\\k", "", "Invalid named reference")]        // [+NamedCaptureGroups] applies
    [InlineData("(?<a>x)\\k<a", "", "Invalid capture group name")]
    [InlineData("(?<a>x)[\\k]", "", "Invalid escape")]                // SourceCharacterIdentityEscape[+N] excludes k
    public void InvalidNamedGroups(string pattern, string flags, string reason) => Invalid(pattern, flags, reason);

    // Duplicate named groups proposal: allowed only when MightBothParticipate is false.
    [Theory]
    [InlineData("(?<a>x)|(?<a>y)", "")]
    [InlineData("(?<a>x)|(?<a>y)", "u")]
    [InlineData("((?<a>x)|(?<a>y))\\k<a>", "")]
    [InlineData("(?:(?<a>x)|(?<a>y))(?:(?<b>x)|(?<b>y))", "v")]
    [InlineData("(?<a>x)|(?:z|(?<a>y))", "")]
    [InlineData("(?:(?<a>x)|b)|(?<a>y)", "")]
    public void ValidDuplicateNamedGroups(string pattern, string flags) => Valid(pattern, flags);

    [Theory]
    [InlineData("(?:(?<a>x)|(?<b>y))(?<a>z)", "")]
    [InlineData("(?<a>x)(?:(?<a>y)|z)", "u")]
    [InlineData("(?:(?<a>x)|y)(?:(?<a>z)|w)", "")]
    [InlineData("(?<a>x|(?<a>y))", "")]
    public void InvalidDuplicateNamedGroups(string pattern, string flags) => Invalid(pattern, flags, "Duplicate capture group name");

    // ───── Modifiers (?ims-ims:...) (regexp-modifiers) ─────

    [Theory]
    [InlineData("(?i:a)", "")]
    [InlineData("(?ims:a)", "u")]
    [InlineData("(?-s:a)", "")]
    [InlineData("(?i-ms:a)", "v")]
    [InlineData("(?i-:a)", "")]
    [InlineData("(?-i:a)(?m:b)(?s:c)", "")]
    [InlineData("(?i:(?-i:a))", "")]
    public void ValidModifiers(string pattern, string flags) => Valid(pattern, flags);

    [Theory]
    [InlineData("(?-:a)", "", "Invalid flag group")]              // both sides empty
    [InlineData("(?ii:a)", "", "Repeated flag in flags group")]
    [InlineData("(?-ss:a)", "", "Repeated flag in flags group")]
    [InlineData("(?i-i:a)", "u", "Repeated flag in flags group")] // added and removed
    [InlineData("(?m-im:a)", "", "Repeated flag in flags group")]
    [InlineData("(?i-m-s:a)", "", "Multiple dashes in flag group")]
    [InlineData("(?g:a)", "", "Invalid group")]
    [InlineData("(?I:a)", "", "Invalid group")]
    [InlineData("(?u:a)", "", "Invalid group")]
    [InlineData("(?i)", "", "Invalid group")]
    [InlineData("(?i-s)", "", "Invalid group")]
    public void InvalidModifiers(string pattern, string flags, string reason) => Invalid(pattern, flags, reason);

    [Fact]
    public void ModifiersAreRecordedInAst()
    {
        RegExpPattern? p = RegExpPatternParser.Parse("(?i-ms:a)", "", out _);
        var g = Assert.IsType<RegExpGroup>(p!.Body.Alternatives[0].Terms[0]);
        Assert.False(g.IsCapturing);
        Assert.Equal(RegExpModifierFlags.IgnoreCase, g.AddModifiers);
        Assert.Equal(RegExpModifierFlags.Multiline | RegExpModifierFlags.DotAll, g.RemoveModifiers);
    }

    // ───── Character classes (§22.2.1 ClassContents, §22.2.1.1, §B.1.2) ─────

    [Theory]
    [InlineData("[]", "")]
    [InlineData("[^]", "u")]
    [InlineData("[a-z0-9_-]", "")]
    [InlineData("[-a]", "u")]
    [InlineData("[a-]", "u")]
    [InlineData("[--a]", "")]
    [InlineData("[a-a]", "u")]
    [InlineData("[\\d-a]", "")]                                   // §B.1.2 class escape in range allowed
    [InlineData("[a-\\w]", "")]
    [InlineData("[\\s-\\d]", "")]
    [InlineData("[\\-]", "u")]                                    // ClassEscape[+U] :: -
    [InlineData("[\\b]", "u")]
    [InlineData("[\\c1\\c_]", "")]                                // §B.1.2 ClassControlLetter
    [InlineData("[\\c]", "")]
    [InlineData("[\\1\\8\\B]", "")]
    [InlineData("[(){}|]", "u")]
    [InlineData("[[]", "")]
    [InlineData("[\\uD83D\\uDE00-\\uD83D\\uDE02]", "u")]         // code points in u-mode
    [InlineData("[😀-😂]", "u")]
    public void ValidClasses(string pattern, string flags) => Valid(pattern, flags);

    [Theory]
    [InlineData("[z-a]", "", "Range out of order in character class")]
    [InlineData("[z-a]", "u", "Range out of order in character class")]
    [InlineData("[\\x62-\\x61]", "", "Range out of order in character class")]
    [InlineData("[\\uD83D\\uDE00-\\uD83D\\uDE02]", "", "Range out of order in character class")] // code units
    [InlineData("[😀-😂]", "", "Range out of order in character class")]
    [InlineData("[\\d-a]", "u", "Invalid character class")]
    [InlineData("[a-\\d]", "u", "Invalid character class")]
    [InlineData("[\\p{L}-z]", "u", "Invalid character class")]
    [InlineData("[\\1]", "u", "Invalid class escape")]
    [InlineData("[\\00]", "u", "Invalid class escape")]
    [InlineData("[\\B]", "u", "Invalid escape")]
    [InlineData("[\\c1]", "u", "Invalid Unicode escape")]
    [InlineData("[\\k]", "u", "Invalid escape")]
    public void InvalidClasses(string pattern, string flags, string reason) => Invalid(pattern, flags, reason);

    // ───── Unicode properties (§22.2.2.9, tables 66-68) ─────

    [Theory]
    [InlineData("\\p{L}\\p{Letter}\\p{Lu}\\P{Uppercase_Letter}\\p{LC}\\p{digit}\\p{punct}\\p{Combining_Mark}", "u")]
    [InlineData("\\p{General_Category=Lu}\\p{gc=Decimal_Number}\\p{gc=Cn}", "u")]
    [InlineData("\\p{Script=Latin}\\p{sc=Latn}\\p{Script=Greek}\\p{sc=Zyyy}\\p{sc=Qaac}", "u")]
    [InlineData("\\p{Script_Extensions=Latin}\\p{scx=Hira}\\p{scx=Unknown}\\p{scx=Zzzz}", "u")]
    [InlineData("\\p{Script=Garay}\\p{sc=Berf}", "u")]                     // Unicode 16/17 scripts
    [InlineData("\\p{ASCII}\\p{ASCII_Hex_Digit}\\p{AHex}\\p{Alphabetic}\\p{Any}\\p{Assigned}", "u")]
    [InlineData("\\p{ID_Start}\\p{IDS}\\p{XIDC}\\p{Emoji}\\p{ExtPict}\\p{White_Space}\\p{space}", "u")]
    [InlineData("[\\p{L}\\P{Nd}]", "u")]
    [InlineData("\\p{Any}", "v")]
    public void ValidProperties(string pattern, string flags) => Valid(pattern, flags);

    [Theory]
    [InlineData("\\p{Foo}", "u", "Invalid property name")]
    [InlineData("\\p{ascii}", "u", "Invalid property name")]           // case-sensitive, no loose matching
    [InlineData("\\p{Lowercase Letter}", "u", "Invalid property name")]
    [InlineData("\\p{ L}", "u", "Invalid property name")]
    [InlineData("\\p{IsScript}", "u", "Invalid property name")]
    [InlineData("\\p{InBasic_Latin}", "u", "Invalid property name")]
    [InlineData("\\p{Block=Basic_Latin}", "u", "Invalid property name")]
    [InlineData("\\p{Line_Break=Alphabetic}", "u", "Invalid property name")]
    [InlineData("\\p{Hyphen}", "u", "Invalid property name")]           // not in table 67
    [InlineData("\\p{ASCII=Yes}", "u", "Invalid property name")]        // binary property with value
    [InlineData("\\p{General_Category}", "u", "Invalid property name")]
    [InlineData("\\p{Script}", "u", "Invalid property name")]
    [InlineData("\\p{Script=}", "u", "Invalid property name")]
    [InlineData("\\p{=Latin}", "u", "Invalid property name")]
    [InlineData("\\p{Script=Foo}", "u", "Invalid property name")]
    [InlineData("\\p{gc=Latin}", "u", "Invalid property name")]
    [InlineData("\\p{sc=Lu}", "u", "Invalid property name")]
    [InlineData("\\p{Latin}", "u", "Invalid property name")]            // script values are not lone names
    [InlineData("\\p", "u", "Invalid property name")]
    [InlineData("\\p{L", "u", "Invalid property name")]
    [InlineData("\\p{}", "u", "Invalid property name")]
    [InlineData("\\pL", "u", "Invalid property name")]
    [InlineData("[\\p{Foo}]", "u", "Invalid property name in character class")]
    public void InvalidProperties(string pattern, string flags, string reason) => Invalid(pattern, flags, reason);

    // ───── Properties of strings and v-mode class sets (§22.2.1 ClassSetExpression, §22.2.1.1, table 68) ─────

    [Theory]
    [InlineData("\\p{RGI_Emoji}\\p{Basic_Emoji}\\p{Emoji_Keycap_Sequence}\\p{RGI_Emoji_Modifier_Sequence}", "v")]
    [InlineData("\\p{RGI_Emoji_Flag_Sequence}\\p{RGI_Emoji_Tag_Sequence}\\p{RGI_Emoji_ZWJ_Sequence}", "v")]
    [InlineData("[\\p{RGI_Emoji}a]", "v")]
    [InlineData("[\\p{RGI_Emoji}--\\q{x}]", "v")]
    [InlineData("[^\\p{RGI_Emoji}&&a]", "v")]                       // intersection: strings only if all operands may
    [InlineData("[^a--\\p{RGI_Emoji}]", "v")]                       // subtraction: first operand decides
    [InlineData("[^\\q{a|b}]", "v")]                                // single-character strings only
    [InlineData("[[a-z]--[aeiou]]", "v")]
    [InlineData("[\\w&&\\d]", "v")]
    [InlineData("[a&&b&&c]", "v")]
    [InlineData("[a--b--c]", "v")]
    [InlineData("[[a]&&[b]]", "v")]
    [InlineData("[^[^a]]", "v")]
    [InlineData("[\\q{abc|def|}]", "v")]
    [InlineData("[a-z\\d\\q{xy}]", "v")]
    [InlineData("[&a!b]", "v")]                                     // single reserved punctuators are fine
    [InlineData("[\\&\\-\\!\\#\\%\\,\\:\\;\\<\\=\\>\\@\\`\\~]", "v")] // \ ClassSetReservedPunctuator
    [InlineData("[\\(\\)\\[\\]\\{\\}\\/\\|\\b]", "v")]
    [InlineData("[]", "v")]
    [InlineData("[^]", "v")]
    public void ValidClassSets(string pattern, string flags) => Valid(pattern, flags);

    [Theory]
    [InlineData("\\P{RGI_Emoji}", "v", "Invalid property name")]
    [InlineData("[\\P{Basic_Emoji}]", "v", "Invalid property name in character class")]
    [InlineData("\\p{RGI_Emoji}", "u", "Invalid property name")]       // strings only in v-mode
    [InlineData("\\p{RGI_Emoji=Yes}", "v", "Invalid property name")]
    [InlineData("[^\\p{RGI_Emoji}]", "v", "Negated character class may contain strings")]
    [InlineData("[^\\q{ab}]", "v", "Negated character class may contain strings")]
    [InlineData("[^\\q{}]", "v", "Negated character class may contain strings")]
    [InlineData("[^[\\p{Emoji_Keycap_Sequence}]]", "v", "Negated character class may contain strings")]
    [InlineData("[a[^\\q{ab}]]", "v", "Negated character class may contain strings")]
    [InlineData("[^\\p{RGI_Emoji}--a]", "v", "Negated character class may contain strings")]
    [InlineData("[(]", "v", "Invalid character in character class")]
    [InlineData("[)]", "v", "Invalid character in character class")]
    [InlineData("[{]", "v", "Invalid character in character class")]
    [InlineData("[/]", "v", "Invalid character in character class")]
    [InlineData("[|]", "v", "Invalid character in character class")]
    [InlineData("[a-]", "v", "Invalid character in character class")]
    [InlineData("[-a]", "v", "Invalid character in character class")]
    [InlineData("[a&&&b]", "v", "Invalid character in character class")]
    [InlineData("[a!!b]", "v", "Invalid set operation in character class")] // ClassSetReservedDoublePunctuator
    [InlineData("[a##]", "v", "Invalid set operation in character class")]
    [InlineData("[&&a]", "v", "Invalid set operation in character class")]
    [InlineData("[a-z&&b]", "v", "Invalid set operation in character class")]
    [InlineData("[a&&b--c]", "v", "Invalid set operation in character class")]
    [InlineData("[a--b&&c]", "v", "Invalid set operation in character class")]
    [InlineData("[ab--c]", "v", "Invalid set operation in character class")]
    [InlineData("[a--b-c]", "v", "Invalid set operation in character class")]
    [InlineData("[z-a]", "v", "Range out of order in character class")]
    [InlineData("[\\q{a]", "v", "Invalid character in character class")]
    [InlineData("[\\q{a", "v", "Unterminated character class")]
    [InlineData("[\\q]", "v", "Invalid escape")]
    [InlineData("[\\1]", "v", "Invalid class escape")]
    public void InvalidClassSets(string pattern, string flags, string reason) => Invalid(pattern, flags, reason);

    [Fact]
    public void ClassSetAst()
    {
        RegExpPattern? p = RegExpPatternParser.Parse("[[a-z]--[aeiou]--\\q{x}]", "v", out string? error);
        Assert.Null(error);
        var cls = Assert.IsType<RegExpCharacterClass>(p!.Body.Alternatives[0].Terms[0]);
        Assert.Equal(RegExpClassSetOperation.Subtraction, cls.Operation);
        Assert.Equal(3, cls.Operands.Count);
        var first = Assert.IsType<RegExpCharacterClass>(cls.Operands[0]);
        var range = Assert.IsType<RegExpClassRange>(first.Operands[0]);
        Assert.Equal('a', range.From);
        Assert.Equal('z', range.To);
        Assert.Equal(new[] { "x" }, Assert.IsType<RegExpClassStrings>(cls.Operands[2]).Strings);
        Assert.False(cls.MayContainStrings);
    }

    // ───── AST facts ─────

    [Fact]
    public void PatternAstRecordsGroupsAndQuantifiers()
    {
        RegExpPattern? p = RegExpPatternParser.Parse("(a)(?<n>b){2,99999999999}?\\k<n>\\1|\\u{1F600}", "u", out string? error);
        Assert.Null(error);
        Assert.Equal(2, p!.CapturingGroupCount);
        Assert.Equal(new string?[] { null, null, "n" }, p.GroupNames);
        Assert.Equal(2, p.Body.Alternatives.Count);
        var terms = p.Body.Alternatives[0].Terms;
        Assert.Equal(1, Assert.IsType<RegExpGroup>(terms[0]).Index);
        var q = Assert.IsType<RegExpQuantifier>(terms[1]);
        Assert.Equal(2, q.Min);
        Assert.Equal(int.MaxValue, q.Max);
        Assert.False(q.Greedy);
        var named = Assert.IsType<RegExpGroup>(q.Atom);
        Assert.Equal("n", named.Name);
        Assert.Equal(2, named.Index);
        Assert.Equal("n", Assert.IsType<RegExpBackreference>(terms[2]).Name);
        Assert.Equal(1, Assert.IsType<RegExpBackreference>(terms[3]).Index);
        Assert.Equal(0x1F600, Assert.IsType<RegExpCharacter>(p.Body.Alternatives[1].Terms[0]).Value);
    }

    [Fact]
    public void SurrogatePairsAreOneCodePointOnlyInUnicodeMode()
    {
        RegExpPattern? u = RegExpPatternParser.Parse("\\uD83D\\uDE00😀", "u", out _);
        Assert.Equal(2, u!.Body.Alternatives[0].Terms.Count);
        Assert.All(u.Body.Alternatives[0].Terms, t => Assert.Equal(0x1F600, Assert.IsType<RegExpCharacter>(t).Value));
        RegExpPattern? legacy = RegExpPatternParser.Parse("\\uD83D\\uDE00😀", "", out _);
        Assert.Equal(4, legacy!.Body.Alternatives[0].Terms.Count);
    }

    [Fact]
    public void PropertyNamesAreCanonicalized()
    {
        RegExpPattern? p = RegExpPatternParser.Parse("\\p{sc=Latn}\\P{Lu}\\p{AHex}", "u", out _);
        var terms = p!.Body.Alternatives[0].Terms;
        var sc = Assert.IsType<RegExpClassEscape>(terms[0]);
        Assert.Equal(("Script", "Latin"), (sc.PropertyName, sc.PropertyValue));
        var gc = Assert.IsType<RegExpClassEscape>(terms[1]);
        Assert.Equal(RegExpClassEscapeKind.NotProperty, gc.Kind);
        Assert.Equal(("General_Category", "Uppercase_Letter"), (gc.PropertyName, gc.PropertyValue));
        Assert.Equal("ASCII_Hex_Digit", Assert.IsType<RegExpClassEscape>(terms[2]).PropertyName);
    }

    // ───── Robustness ─────

    [Theory]
    [InlineData("(", 100_000)]
    [InlineData("(?:", 100_000)]
    [InlineData("(?=", 50_000)]
    [InlineData("(?<a>", 1)]
    public void DeepNestingIsAnErrorNotAStackOverflow(string open, int count)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < count; i++)
            sb.Append(open);
        string pattern = sb.ToString();
        if (count > 1)
            Assert.EndsWith("Regular expression too deeply nested", RegExpValidator.Validate(pattern, ""));
        else
            Assert.NotNull(RegExpValidator.Validate(pattern, "u"));
    }

    [Fact]
    public void DeepClassNestingInVModeIsAnError()
        => Assert.EndsWith("Regular expression too deeply nested", RegExpValidator.Validate(new string('[', 100_000), "v"));

    [Fact]
    public void ModerateNestingIsValid()
    {
        string pattern = new string('(', 500) + "a" + new string(')', 500);
        Assert.Null(RegExpValidator.Validate(pattern, "u"));
        Assert.Null(RegExpValidator.Validate("[" + new string('[', 200) + "a" + new string(']', 200) + "]", "v"));
    }

    [Fact]
    public void RandomInputsNeverThrow()
    {
        // The parser itself (not the Validate safety net) must report every error by return value.
        const string alphabet = "ab01289()[]{}<>^$.*+?|\\-,=!:&/kpPqcuxdDbBimsv_\uD83D\uDE00";
        var random = new Random(4242);
        string[] flagSets = { "", "u", "v" };
        var sb = new StringBuilder();
        for (int i = 0; i < 20_000; i++)
        {
            sb.Clear();
            int len = random.Next(1, 14);
            for (int j = 0; j < len; j++)
                sb.Append(alphabet[random.Next(alphabet.Length)]);
            string pattern = sb.ToString();
            foreach (string flags in flagSets)
            {
                RegExpPattern? result = RegExpPatternParser.Parse(pattern, flags, out string? error);
                Assert.True((result == null) == (error != null), pattern);
            }
        }
    }
}
