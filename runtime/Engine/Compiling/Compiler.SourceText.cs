using System.Collections.Generic;
using Aot.Engine.Objects;
using Aot.Engine.Parsing.Ast;

namespace Aot.Engine.Compiling;

internal sealed partial class FunctionEmitter
{
    /// <summary>Records the source span of <paramref name="node"/>; a static method's text starts after `static` (§15.7.1 ClassElement).</summary>
    private void SetSourceText(FunctionCode code, Node node)
    {
        if (source.Length < node.End) return;
        int start = node.Start;
        if (node is MethodDefinition { Static: true } md && md.Key.Start > start)
        {
            int i = start;
            if (string.CompareOrdinal(source, i, "static", 0, 6) == 0) i = SkipTrivia(source, i + 6, md.Key.Start);
            start = i;
        }
        code.SourceText = source;
        code.SourceStart = start;
        code.SourceEnd = node.End;
    }

    private static int SkipTrivia(string s, int i, int limit)
    {
        while (i < limit)
        {
            char c = s[i];
            if (char.IsWhiteSpace(c) || c == '\uFEFF') { i++; continue; }
            if (c == '/' && i + 1 < limit && s[i + 1] == '/') { while (i < limit && s[i] != '\n' && s[i] != '\r' && s[i] != '\u2028' && s[i] != '\u2029') i++; continue; }
            if (c == '/' && i + 1 < limit && s[i + 1] == '*')
            {
                int end = s.IndexOf("*/", i + 2, System.StringComparison.Ordinal);
                i = end < 0 ? limit : end + 2;
                continue;
            }
            break;
        }
        return i;
    }
}
