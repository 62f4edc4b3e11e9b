using System;

namespace Aot.Engine.Parsing;

[Flags]
public enum TokenFlags : byte
{
    None = 0,
    /// <summary>A LineTerminator (or a multi-line comment containing one) precedes the token: ASI and restricted productions.</summary>
    NewlineBefore = 1,
    /// <summary>Identifier / EscapedKeyword / PrivateName written with at least one \u escape.</summary>
    Escaped = 2,
    /// <summary>String literal contains a LegacyOctalEscapeSequence or \8 \9 (a strict-mode early error, §12.9.4.1).
    /// Template literals never set this: there such escapes make the cooked value null.</summary>
    OctalEscape = 4,
    /// <summary>Numeric literal is a LegacyOctalIntegerLiteral (010) or NonOctalDecimalIntegerLiteral (08, 09.5): strict-mode early error.</summary>
    LegacyOctal = 8,
}

/// <summary>
/// One token. A plain struct: the lexer produces it by value and keeps no list of tokens.
/// Positions: <see cref="Start"/>/<see cref="End"/> are UTF-16 offsets into the source
/// (End exclusive); <see cref="Line"/> is 1-based; <see cref="Column"/> is 0-based, counted
/// in UTF-16 code units from the last line terminator (ESTree convention).
/// Line terminators are LF, CR, CRLF (one terminator), U+2028 and U+2029.
/// </summary>
public struct Token
{
    public TokenKind Kind;
    public TokenFlags Flags;
    public int Start;
    public int End;
    public int Line;
    public int Column;
    /// <summary>Identifier name, string cooked value, template cooked value (null if invalid escape), regex body, BigInt decimal digits.</summary>
    public string? Value;
    /// <summary>Template raw value; regex flags.</summary>
    public string? RawValue;
    /// <summary>Numeric literal value.</summary>
    public double NumberValue;

    public readonly bool NewlineBefore => (Flags & TokenFlags.NewlineBefore) != 0;
    public readonly bool IsEscaped => (Flags & TokenFlags.Escaped) != 0;

    public override readonly string ToString() => $"{Kind} '{Value}' @{Line}:{Column}";
}
