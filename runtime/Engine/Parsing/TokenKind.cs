namespace Aot.Engine.Parsing;

/// <summary>
/// The kind of a token. Punctuators and reserved words each have their own kind so the parser
/// compares enums, never strings. Contextual words (let, static, yield, await, async, of, get,
/// set, as, from, target, meta, implements ...) are <see cref="Identifier"/>; the parser checks
/// <see cref="Token.Value"/> for them (the lexer interns names and pre-fills its table with the
/// C# literals of the contextual words, so reference comparison works, but string equality is
/// always correct). Keyword tokens carry their text in Value too (for `a.if`).
/// </summary>
public enum TokenKind : byte
{
    EndOfFile,

    // Names and literals (ECMA-262 §12.7, §12.9)
    Identifier,        // IdentifierName that is not a reserved word (Value = name with escapes decoded)
    EscapedKeyword,    // a reserved word written with \u escapes: usable neither as keyword nor identifier,
                       // but allowed as a property name (Value = decoded name)
    PrivateName,       // #name (Value = name without '#')
    NumericLiteral,    // NumberValue
    BigIntLiteral,     // Value = decimal digits of the value (converted from hex/octal/binary), no 'n'
    StringLiteral,     // Value = cooked value
    RegularExpression, // Value = body, RawValue = flags (both already validated by the lexer)

    // Templates (ECMA-262 §12.9.6). Value = cooked string or null when it holds an invalid
    // escape (allowed only in tagged templates); RawValue = raw string (CRLF/CR normalised to LF).
    NoSubstitutionTemplate, // `...`
    TemplateHead,           // `...${
    TemplateMiddle,         // }...${   (only from Lexer.RescanTemplateContinuation)
    TemplateTail,           // }...`    (only from Lexer.RescanTemplateContinuation)

    // Reserved words (ECMA-262 §12.7.2): always keywords unless escaped
    Await_Unused, // placeholder, never produced (await is contextual -> Identifier)
    Break, Case, Catch, Class, Const, Continue, Debugger, Default, Delete, Do, Else, Enum, Export,
    Extends, False, Finally, For, Function, If, Import, In, Instanceof, New, Null, Return, Super,
    Switch, This, Throw, True, Try, Typeof, Var, Void, While, With,

    // Punctuators (ECMA-262 §12.8)
    LeftBrace,        // {
    RightBrace,       // }
    LeftParen,        // (
    RightParen,       // )
    LeftBracket,      // [
    RightBracket,     // ]
    Dot,              // .
    Ellipsis,         // ...
    Semicolon,        // ;
    Comma,            // ,
    LessThan,         // <
    GreaterThan,      // >
    LessThanEqual,    // <=
    GreaterThanEqual, // >=
    Equal,            // ==
    NotEqual,         // !=
    StrictEqual,      // ===
    StrictNotEqual,   // !==
    Plus,             // +
    Minus,            // -
    Star,             // *
    Slash,            // /   (the parser calls Lexer.RescanRegExp where a regex may start)
    Percent,          // %
    StarStar,         // **
    PlusPlus,         // ++
    MinusMinus,       // --
    ShiftLeft,        // <<
    ShiftRight,       // >>
    UnsignedShiftRight, // >>>
    Ampersand,        // &
    Bar,              // |
    Caret,            // ^
    Bang,             // !
    Tilde,            // ~
    AmpersandAmpersand, // &&
    BarBar,           // ||
    QuestionQuestion, // ??
    Question,         // ?
    QuestionDot,      // ?.  (never produced before a digit: `a?.5:b` is ? then .5)
    Colon,            // :
    Assign,           // =
    PlusAssign,       // +=
    MinusAssign,      // -=
    StarAssign,       // *=
    SlashAssign,      // /=  (the parser calls Lexer.RescanRegExp where a regex may start)
    PercentAssign,    // %=
    StarStarAssign,   // **=
    ShiftLeftAssign,  // <<=
    ShiftRightAssign, // >>=
    UnsignedShiftRightAssign, // >>>=
    AmpersandAssign,  // &=
    BarAssign,        // |=
    CaretAssign,      // ^=
    AmpersandAmpersandAssign, // &&=
    BarBarAssign,     // ||=
    QuestionQuestionAssign,   // ??=
    Arrow,            // =>
    At,               // @ (reserved for decorators; the parser rejects it)
    Hash,             // never produced: '#' not followed by an identifier start is a lexer error
}
