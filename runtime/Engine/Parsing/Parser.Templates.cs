using Aot.Engine.Parsing.Ast;

namespace Aot.Engine.Parsing;

// ECMA-262 §13.2.8 Template Literals.
public sealed partial class Parser
{
    private readonly Pool<TemplateElement> templateElementPool = new();

    /// <summary>A template literal starting at the current NoSubstitutionTemplate/TemplateHead token. Untagged
    /// templates may not hold invalid escapes (§13.2.8.1: NotEscapeSequence only allowed when tagged).</summary>
    private TemplateLiteral ParseTemplate(bool tagged)
    {
        EnterRecursion();
        var m = Mark();
        var quasis = templateElementPool.Rent();
        var exprs = expressionPool.Rent();
        if (tok.Kind == TokenKind.NoSubstitutionTemplate)
        {
            quasis.Add(TemplateElementOf(tok, true, tagged));
            Next();
        }
        else
        {
            quasis.Add(TemplateElementOf(tok, false, tagged));
            Next();
            while (true)
            {
                exprs.Add(ParseExpression());
                if (tok.Kind != TokenKind.RightBrace) Unexpected();
                tok = lexer.RescanTemplateContinuation(tok);
                bool tail = tok.Kind == TokenKind.TemplateTail;
                quasis.Add(TemplateElementOf(tok, tail, tagged));
                Next();
                if (tail) break;
            }
        }
        LeaveRecursion();
        return new TemplateLiteral(Span(m), templateElementPool.ToImmutableAndReturn(quasis), expressionPool.ToImmutableAndReturn(exprs));
    }

    private TemplateElement TemplateElementOf(in Token t, bool tail, bool tagged)
    {
        if (t.Value == null && !tagged)
            throw new SyntaxError("Invalid escape sequence in template", t.Start, t.Line, t.Column);
        int start = t.Start + 1;
        int end = t.End - (tail ? 1 : 2);
        return new TemplateElement(new SourceSpan(start, end, t.Line, t.Column + 1), t.Value, t.RawValue ?? "", tail);
    }
}
