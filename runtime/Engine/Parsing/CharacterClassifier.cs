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

    // ID_Start and ID_Continue come from generated Unicode tables (UnicodeIdentifierTables.cs),
    // not from the .NET runtime's character database, whose Unicode version lags (test262 tests
    // the current version) and differs between runtimes.
    private static bool IsNonAsciiIdStart(int cp) =>
        UnicodeIdentifierTables.Contains(UnicodeIdentifierTables.IDStartRanges, cp);

    // ECMA-262 §12.7 adds ZWNJ and ZWJ to ID_Continue.
    private static bool IsNonAsciiIdContinue(int cp) =>
        cp == 0x200C || cp == 0x200D || UnicodeIdentifierTables.Contains(UnicodeIdentifierTables.IDContinueRanges, cp);
}
