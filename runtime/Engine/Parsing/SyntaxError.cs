using System;

namespace Aot.Engine.Parsing;

/// <summary>
/// An ECMAScript SyntaxError found while lexing or parsing (including early errors).
/// This is the only exception the lexer and parser throw for bad input: any other exception
/// escaping them is a bug. <see cref="Line"/> is 1-based, <see cref="Column"/> 0-based (UTF-16 units).
/// </summary>
public sealed class SyntaxError : Exception
{
    public int Offset { get; }
    public int Line { get; }
    public int Column { get; }

    public SyntaxError(string message, int offset, int line, int column) : base(message)
    {
        Offset = offset;
        Line = line;
        Column = column;
    }
}
