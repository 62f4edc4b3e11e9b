using System;
using System.Text;
using Aot.Engine.Parsing;

namespace Aot.Runtime.Diagnostics;

/// <summary>
/// Formats a SyntaxError the way compilers do:
/// <code>
/// bad.js:3:8: SyntaxError: Unexpected token ')'
/// foo(a, ));
///        ^
/// </code>
/// The column shown is 1-based. Long lines (minified code) are cut to a window around the column.
/// </summary>
public static class SyntaxErrorPrinter
{
    private const int MaxShownLine = 120;
    private const int ContextBefore = 60;

    public static string Format(string displayName, string source, SyntaxError error)
    {
        var builder = new StringBuilder();
        builder.Append(displayName).Append(':').Append(error.Line).Append(':').Append(error.Column + 1)
               .Append(": SyntaxError: ").Append(error.Message).Append('\n');

        int offset = Math.Clamp(error.Offset, 0, source.Length);
        int lineStart = offset;
        while (lineStart > 0 && !IsLineTerminator(source[lineStart - 1])) lineStart--;
        int lineEnd = offset;
        while (lineEnd < source.Length && !IsLineTerminator(source[lineEnd])) lineEnd++;

        int shownStart = lineStart, shownEnd = lineEnd;
        bool cutLeft = false, cutRight = false;
        if (lineEnd - lineStart > MaxShownLine)
        {
            shownStart = Math.Max(lineStart, offset - ContextBefore);
            shownEnd = Math.Min(lineEnd, shownStart + MaxShownLine);
            cutLeft = shownStart > lineStart;
            cutRight = shownEnd < lineEnd;
        }
        // Never split a surrogate pair at the window's edges.
        if (cutLeft && char.IsLowSurrogate(source[shownStart])) shownStart++;
        if (cutRight && char.IsHighSurrogate(source[shownEnd - 1])) shownEnd--;

        var caret = new StringBuilder();
        if (cutLeft) { builder.Append("..."); caret.Append("   "); }
        for (int i = shownStart; i < shownEnd; i++)
        {
            char c = source[i];
            if (i < offset) caret.Append(c == '\t' ? '\t' : char.IsLowSurrogate(c) ? '\0' : ' ');
            builder.Append(Printable(c));
        }
        if (cutRight) builder.Append("...");
        builder.Append('\n');
        caret.Replace("\0", "");
        caret.Append('^');
        builder.Append(caret).Append('\n');
        return builder.ToString();
    }

    private static bool IsLineTerminator(char c) => c is '\n' or '\r' or '\u2028' or '\u2029';

    // Control characters would garble the terminal; show them as the Unicode "control pictures"
    // (one column each, so the caret stays aligned).
    private static char Printable(char c) => c switch
    {
        '\t' => '\t',
        < ' ' => (char)(0x2400 + c),
        '\u007F' => '\u2421',
        _ => c,
    };
}
