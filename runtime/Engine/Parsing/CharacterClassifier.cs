using System.Globalization;
using System.Runtime.CompilerServices;

namespace Aot.Engine.Parsing;

/// <summary>
/// Character classes of the ECMAScript lexical grammar (ECMA-262 §12.2 WhiteSpace, §12.3 LineTerminator,
/// §12.7 IdentifierStartChar / IdentifierPartChar). ASCII goes through a lookup table; the rest uses the
/// runtime's Unicode categories plus the Other_ID_Start / Other_ID_Continue lists, minus Pattern_Syntax
/// (UAX #31 derivation of ID_Start / ID_Continue).
/// </summary>
public static class CharacterClassifier
{
    private const byte IdStartFlag = 1;
    private const byte IdPartFlag = 2;
    private const byte DigitFlag = 4;
    private const byte HexFlag = 8;

    private static readonly byte[] s_ascii = BuildAsciiTable();

    private static byte[] BuildAsciiTable()
    {
        var t = new byte[128];
        for (int c = 'a'; c <= 'z'; c++) t[c] = IdStartFlag | IdPartFlag;
        for (int c = 'A'; c <= 'Z'; c++) t[c] = IdStartFlag | IdPartFlag;
        t['$'] = IdStartFlag | IdPartFlag;
        t['_'] = IdStartFlag | IdPartFlag;
        for (int c = '0'; c <= '9'; c++) t[c] = IdPartFlag | DigitFlag | HexFlag;
        for (int c = 'a'; c <= 'f'; c++) t[c] |= HexFlag;
        for (int c = 'A'; c <= 'F'; c++) t[c] |= HexFlag;
        return t;
    }

    /// <summary>ASCII IdentifierStartChar: A-Z a-z $ _ (callers guarantee c &lt; 128).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsAsciiIdStart(char c) => (s_ascii[c] & IdStartFlag) != 0;

    /// <summary>ASCII IdentifierPartChar: A-Z a-z 0-9 $ _ (callers guarantee c &lt; 128).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsAsciiIdPart(char c) => (s_ascii[c] & IdPartFlag) != 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsDecimalDigit(int c) => (uint)(c - '0') <= 9;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsHexDigit(int c) => (uint)c < 128 && (s_ascii[c] & HexFlag) != 0;

    /// <summary>Value of a hex digit (caller checked <see cref="IsHexDigit"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int HexValue(int c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;

    /// <summary>ECMA-262 §12.3 LineTerminator: LF, CR, LS, PS.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsLineTerminator(int c) => c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029';

    /// <summary>ECMA-262 §12.2 WhiteSpace: TAB VT FF ZWNBSP and any Zs (SP, NBSP included).</summary>
    public static bool IsWhiteSpace(int c)
    {
        if (c < 128) return c == ' ' || c == '\t' || c == '\v' || c == '\f';
        if (c == 0xA0 || c == 0xFEFF) return true;
        return c <= 0xFFFF && CharUnicodeInfo.GetUnicodeCategory((char)c) == UnicodeCategory.SpaceSeparator;
    }

    /// <summary>ECMA-262 §12.7 IdentifierStartChar: UnicodeIDStart, $ or _.</summary>
    public static bool IsIdStart(int cp)
    {
        if (cp < 128) return cp >= 0 && (s_ascii[cp] & IdStartFlag) != 0;
        return IsNonAsciiIdStart(cp);
    }

    /// <summary>ECMA-262 §12.7 IdentifierPartChar: UnicodeIDContinue, $, ZWNJ, ZWJ.</summary>
    public static bool IsIdContinue(int cp)
    {
        if (cp < 128) return cp >= 0 && (s_ascii[cp] & IdPartFlag) != 0;
        return IsNonAsciiIdContinue(cp);
    }

    // UAX #31: ID_Start = L + Nl + Other_ID_Start - Pattern_Syntax - Pattern_White_Space.
    private static bool IsNonAsciiIdStart(int cp)
    {
        if ((uint)cp > 0x10FFFF || (uint)(cp - 0xD800) <= 0x7FF) return false;
        switch (CharUnicodeInfo.GetUnicodeCategory(cp))
        {
            case UnicodeCategory.UppercaseLetter:
            case UnicodeCategory.LowercaseLetter:
            case UnicodeCategory.TitlecaseLetter:
            case UnicodeCategory.ModifierLetter:
            case UnicodeCategory.OtherLetter:
            case UnicodeCategory.LetterNumber:
                return !IsPatternSyntax(cp);
            default:
                return IsOtherIdStart(cp);
        }
    }

    // UAX #31: ID_Continue = ID_Start + Mn + Mc + Nd + Pc + Other_ID_Continue - Pattern_Syntax - Pattern_White_Space.
    // ECMA-262 adds ZWNJ and ZWJ (also Other_ID_Continue since Unicode 15.1).
    private static bool IsNonAsciiIdContinue(int cp)
    {
        if ((uint)cp > 0x10FFFF || (uint)(cp - 0xD800) <= 0x7FF) return false;
        switch (CharUnicodeInfo.GetUnicodeCategory(cp))
        {
            case UnicodeCategory.UppercaseLetter:
            case UnicodeCategory.LowercaseLetter:
            case UnicodeCategory.TitlecaseLetter:
            case UnicodeCategory.ModifierLetter:
            case UnicodeCategory.OtherLetter:
            case UnicodeCategory.LetterNumber:
            case UnicodeCategory.NonSpacingMark:
            case UnicodeCategory.SpacingCombiningMark:
            case UnicodeCategory.DecimalDigitNumber:
            case UnicodeCategory.ConnectorPunctuation:
                return !IsPatternSyntax(cp);
            default:
                return IsOtherIdStart(cp) || IsOtherIdContinue(cp);
        }
    }

    // PropList.txt Other_ID_Start.
    private static bool IsOtherIdStart(int cp) =>
        cp == 0x1885 || cp == 0x1886 || cp == 0x2118 || cp == 0x212E || cp == 0x309B || cp == 0x309C;

    // PropList.txt Other_ID_Continue (Unicode 15.1), plus ZWNJ/ZWJ required by ECMA-262 §12.7.
    private static bool IsOtherIdContinue(int cp) =>
        cp == 0x00B7 || cp == 0x0387 || (cp >= 0x1369 && cp <= 0x1371) || cp == 0x19DA ||
        cp == 0x200C || cp == 0x200D || cp == 0x30FB || cp == 0xFF65;

    // PropList.txt Pattern_Syntax, non-ASCII part. Only ranges that may contain letters, marks or
    // digits matter here (e.g. U+2E2F VERTICAL TILDE is Lm but Pattern_Syntax); Latin-1 entries are
    // all punctuation/symbols and are omitted.
    private static bool IsPatternSyntax(int cp)
    {
        if (cp < 0x2010) return false;
        return (cp <= 0x2027) || (cp >= 0x2030 && cp <= 0x203E) || (cp >= 0x2041 && cp <= 0x2053) ||
               (cp >= 0x2055 && cp <= 0x205E) || (cp >= 0x2190 && cp <= 0x245F) || (cp >= 0x2500 && cp <= 0x2775) ||
               (cp >= 0x2794 && cp <= 0x2BFF) || (cp >= 0x2E00 && cp <= 0x2E7F) || (cp >= 0x3001 && cp <= 0x3003) ||
               (cp >= 0x3008 && cp <= 0x3020) || cp == 0x3030 || cp == 0xFD3E || cp == 0xFD3F || cp == 0xFE45 || cp == 0xFE46;
    }
}
