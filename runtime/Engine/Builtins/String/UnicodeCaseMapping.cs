using System;
using System.Buffers;
using System.Text;

namespace Aot.Engine.Builtins.String;

/// <summary>
/// String.prototype.toUpperCase / toLowerCase (ECMA-262 §22.1.3.29, §22.1.3.30 and §22.1.3.29.1
/// TransformCase): the full, locale-independent case mappings of the Unicode Default Case
/// Conversion (The Unicode Standard §3.13, R1/R2) — UnicodeData.txt's simple mappings overridden by
/// the unconditional entries of SpecialCasing.txt (ß → SS, ŉ → ʼN, ﬃ → FFI, ᾳ → ΑΙ, İ → i̇),
/// plus the Final_Sigma condition (Table 3-17) for Σ when lowercasing, as V8 does. No
/// language-specific rule (tr, az, lt) applies. .NET's ToUpperInvariant cannot be used: it does
/// only simple mappings.
/// <para>
/// Strings are UTF-16 like JS strings: supplementary code points are mapped through their
/// surrogate pairs and lone surrogates stay as they are. When nothing changes the same instance is
/// returned; ASCII text is scanned with a vectorized search.
/// </para>
/// </summary>
internal static partial class UnicodeCaseMapping
{
    private const int Cased = 1, CaseIgnorable = 2;

    // ASCII characters that toUpperCase / toLowerCase leave unchanged.
    private static readonly SearchValues<char> AsciiUnchangedByUpper = SearchValues.Create(AsciiExcept('a', 'z'));
    private static readonly SearchValues<char> AsciiUnchangedByLower = SearchValues.Create(AsciiExcept('A', 'Z'));

    private static string AsciiExcept(char first, char last)
    {
        var chars = new char[128 - (last - first + 1)];
        int n = 0;
        for (char c = '\0'; c < 128; c++) if (c < first || c > last) chars[n++] = c;
        return new string(chars);
    }

    /// <summary>String.prototype.toUpperCase (§22.1.3.30).</summary>
    public static string ToUpperCase(string s) => Transform(s, upper: true);

    /// <summary>String.prototype.toLowerCase (§22.1.3.29).</summary>
    public static string ToLowerCase(string s) => Transform(s, upper: false);

    /// <summary>String.prototype.toLocaleUpperCase: every locale behaves as en-US, which has no language-specific rule.</summary>
    public static string ToLocaleUpperCase(string s) => ToUpperCase(s);

    /// <summary>String.prototype.toLocaleLowerCase: every locale behaves as en-US, which has no language-specific rule.</summary>
    public static string ToLocaleLowerCase(string s) => ToLowerCase(s);

    /// <summary>The mapping value of a code point in the upper or lower table (0: maps to itself).</summary>
    private static int MappingValue(int cp, bool upper) => upper
        ? UnicodeTrie.Get(UpperIndex1, UpperIndex2, UpperData, UpperLimit, cp)
        : UnicodeTrie.Get(LowerIndex1, LowerIndex2, LowerData, LowerLimit, cp);

    private static int CaseProps(int cp) => UnicodeTrie.Get(CasePropsIndex1, CasePropsIndex2, CasePropsData, CasePropsLimit, cp);

    private static string Transform(string s, bool upper)
    {
        int first = FirstChange(s, upper);
        if (first < 0) return s;
        ReadOnlySpan<char> rest = s.AsSpan(first);
        if (Ascii.IsValid(rest))
        {
            // All-ASCII tail: one vectorized pass.
            return string.Create(s.Length, (s, first, upper), static (span, state) =>
            {
                state.s.AsSpan(0, state.first).CopyTo(span);
                ReadOnlySpan<char> tail = state.s.AsSpan(state.first);
                if (state.upper) Ascii.ToUpper(tail, span.Slice(state.first), out _);
                else Ascii.ToLower(tail, span.Slice(state.first), out _);
            });
        }
        var output = new StringBuilder(s.Length + 16);
        output.Append(s, 0, first);
        int i = first;
        while (i < s.Length)
        {
            char c = s[i];
            if (c < 0x80)
            {
                if (upper ? c is >= 'a' and <= 'z' : c is >= 'A' and <= 'Z') c = (char)(c ^ 0x20);
                output.Append(c);
                i++;
                continue;
            }
            int cp = c, length = 1;
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                cp = char.ConvertToUtf32(c, s[i + 1]);
                length = 2;
            }
            if (!upper && cp == 0x03A3 && IsFinalSigma(s, i)) AppendCodePoint(output, 0x03C2);
            else AppendMapping(output, cp, MappingValue(cp, upper), upper);
            i += length;
        }
        return output.ToString();
    }

    /// <summary>The index of the first code unit whose code point changes, or -1.</summary>
    private static int FirstChange(string s, bool upper)
    {
        ReadOnlySpan<char> span = s.AsSpan();
        int i = span.IndexOfAnyExcept(upper ? AsciiUnchangedByUpper : AsciiUnchangedByLower);
        if (i < 0) return -1;
        while (i < span.Length)
        {
            char c = span[i];
            if (c < 0x80)
            {
                if (upper ? c is >= 'a' and <= 'z' : c is >= 'A' and <= 'Z') return i;
                i++;
                continue;
            }
            int cp = c, length = 1;
            if (char.IsHighSurrogate(c) && i + 1 < span.Length && char.IsLowSurrogate(span[i + 1]))
            {
                cp = char.ConvertToUtf32(c, span[i + 1]);
                length = 2;
            }
            if (MappingValue(cp, upper) != 0) return i;
            i += length;
        }
        return -1;
    }

    private static void AppendMapping(StringBuilder output, int cp, int value, bool upper)
    {
        if (value == 0)
        {
            AppendCodePoint(output, cp);
            return;
        }
        int specialBase = upper ? UpperSpecialBase : LowerSpecialBase;
        if (value < specialBase)
        {
            AppendCodePoint(output, cp + (upper ? UpperDeltas[value] : LowerDeltas[value]));
            return;
        }
        int packed = upper ? UpperSpecials[value - specialBase] : LowerSpecials[value - specialBase];
        ReadOnlySpan<int> sequence = (upper ? UpperSpecialData : LowerSpecialData).Slice(packed & 0xFFFFFF, packed >>> 24);
        for (int k = 0; k < sequence.Length; k++) AppendCodePoint(output, sequence[k]);
    }

    private static void AppendCodePoint(StringBuilder output, int cp)
    {
        if (cp < 0x10000) output.Append((char)cp);
        else
        {
            output.Append((char)(0xD7C0 + (cp >> 10)));
            output.Append((char)(0xDC00 | (cp & 0x3FF)));
        }
    }

    /// <summary>
    /// The Final_Sigma condition (§3.13 Table 3-17) for the Σ at <paramref name="index"/>: it is
    /// preceded by a cased letter and then zero or more case-ignorable characters, and not followed
    /// by zero or more case-ignorable characters and then a cased letter. As in ICU (which V8 uses),
    /// a character that is both case-ignorable and cased is skipped as case-ignorable.
    /// </summary>
    private static bool IsFinalSigma(string s, int index)
    {
        bool precededByCased = false;
        for (int i = index; i > 0;)
        {
            int cp = s[--i];
            if (char.IsLowSurrogate((char)cp) && i > 0 && char.IsHighSurrogate(s[i - 1])) cp = char.ConvertToUtf32(s[--i], (char)cp);
            int props = CaseProps(cp);
            if ((props & CaseIgnorable) != 0) continue;
            precededByCased = (props & Cased) != 0;
            break;
        }
        if (!precededByCased) return false;
        for (int i = index + 1; i < s.Length;)
        {
            int cp = s[i], length = 1;
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                cp = char.ConvertToUtf32(s[i], s[i + 1]);
                length = 2;
            }
            int props = CaseProps(cp);
            if ((props & CaseIgnorable) != 0)
            {
                i += length;
                continue;
            }
            return (props & Cased) == 0;
        }
        return true;
    }
}
