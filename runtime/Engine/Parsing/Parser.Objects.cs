using Aot.Engine.Parsing.Ast;

namespace Aot.Engine.Parsing;

// ECMA-262 §13.2.5 Object Initializer (also the cover for ObjectAssignmentPattern) and property names.
public sealed partial class Parser
{
    /// <summary>PropertyName: IdentifierName | StringLiteral | NumericLiteral | `[` AssignmentExpression `]`.</summary>
    private Expression ParsePropertyName(out bool computed)
    {
        computed = false;
        switch (tok.Kind)
        {
            case TokenKind.LeftBracket:
            {
                computed = true;
                Next();
                var key = ParseMaybeAssign();
                Expect(TokenKind.RightBracket);
                return key;
            }
            case TokenKind.NumericLiteral:
            case TokenKind.StringLiteral:
            case TokenKind.BigIntLiteral:
                return ParseLiteral();
            default:
                return ParseIdent(true);
        }
    }

    private Expression ParseObjectLiteral(DestructuringErrors? de)
    {
        EnterRecursion();
        var m = Mark();
        Next();
        var list = nodePool.Rent();
        bool first = true, sawProto = false;
        int commaAfterSpread = -1;
        while (!Eat(TokenKind.RightBrace))
        {
            if (!first)
            {
                Expect(TokenKind.Comma);
                if (Eat(TokenKind.RightBrace)) break;
            }
            else first = false;
            var prop = ParseObjectMember(de);
            if (prop is SpreadElement)
            {
                if (tok.Kind == TokenKind.Comma && commaAfterSpread < 0) commaAfterSpread = tok.Start;
            }
            else
            {
                // Annex B §B.3.1 / ECMA-262 §13.2.5.1: duplicate __proto__: value properties (not in patterns).
                var p = (Property)prop;
                if (!p.Computed && !p.Method && !p.Shorthand && p.PropertyKind == PropertyKind.Init
                    && ((p.Key is Identifier { Name: "__proto__" }) || (p.Key is Literal { LiteralKind: LiteralKind.String, StringValue: "__proto__" })))
                {
                    if (sawProto)
                    {
                        if (de != null) { if (de.DoubleProto < 0) de.DoubleProto = p.Key.Start; }
                        else RaiseAt("Duplicate __proto__ fields are not allowed in object literals", p.Key);
                    }
                    sawProto = true;
                }
            }
            list.Add(prop);
        }
        LeaveRecursion();
        return new ObjectExpression(Span(m), nodePool.ToImmutableAndReturn(list)) { CommaAfterSpread = commaAfterSpread };
    }

    /// <summary>PropertyDefinition (ECMA-262 §13.2.5): spread, `key: value`, shorthand (with CoverInitializedName),
    /// methods, getters/setters, async and generator methods.</summary>
    private Node ParseObjectMember(DestructuringErrors? de)
    {
        var m = Mark();
        if (tok.Kind == TokenKind.Ellipsis)
        {
            Next();
            var arg = ParseMaybeAssign(false, de);
            return new SpreadElement(Span(m), arg);
        }
        bool isGenerator = Eat(TokenKind.Star);
        bool isAsync = false;
        var keyTok = tok;
        var key = ParsePropertyName(out bool computed);
        if (!isGenerator && !computed && keyTok.Kind == TokenKind.Identifier && !keyTok.IsEscaped && keyTok.Value == "async"
            && (IsClassElementNameStart() || tok.Kind == TokenKind.Star) && tok.Kind != TokenKind.PrivateName && !tok.NewlineBefore)
        {
            isAsync = true;
            isGenerator = Eat(TokenKind.Star);
            keyTok = tok;
            key = ParsePropertyName(out computed);
        }
        if (tok.Kind == TokenKind.PrivateName) Unexpected();
        if ((isGenerator || isAsync) && tok.Kind != TokenKind.LeftParen) Unexpected();
        if (Eat(TokenKind.Colon))
        {
            var value = ParseMaybeAssign(false, de);
            return new Property(Span(m), key, value, PropertyKind.Init, false, false, computed);
        }
        if (tok.Kind == TokenKind.LeftParen)
        {
            var value = ParseMethod(isGenerator, isAsync, false, 0);
            return new Property(Span(m), key, value, PropertyKind.Init, true, false, computed);
        }
        if (!computed && keyTok.Kind == TokenKind.Identifier && !keyTok.IsEscaped && (keyTok.Value == "get" || keyTok.Value == "set")
            && tok.Kind != TokenKind.Comma && tok.Kind != TokenKind.RightBrace && tok.Kind != TokenKind.Assign)
        {
            var kind = keyTok.Value == "get" ? PropertyKind.Get : PropertyKind.Set;
            if (tok.Kind == TokenKind.PrivateName) Unexpected();
            key = ParsePropertyName(out computed);
            var value = ParseMethod(false, false, false, 0);
            CheckAccessorArity(kind, value);
            return new Property(Span(m), key, value, kind, false, false, computed);
        }
        if (!computed && keyTok.Kind == TokenKind.Identifier && key is Identifier id)
        {
            // Shorthand: an IdentifierReference
            CheckUnreserved(id);
            if (id.Name == "await" && awaitIdentPos < 0) awaitIdentPos = id.Start;
            else if (id.Name == "arguments") MarkUse(FunctionFlags.UsesArguments);
            if (tok.Kind == TokenKind.Assign)
            {
                if (de == null) RaiseAtToken("Invalid shorthand property initializer");
                if (de.ShorthandAssign < 0) de.ShorthandAssign = tok.Start;
                Next();
                var dflt = ParseMaybeAssign();
                var value = new AssignmentPattern(Span(m), id, dflt);
                return new Property(Span(m), key, value, PropertyKind.Init, false, true, false);
            }
            return new Property(Span(m), key, id, PropertyKind.Init, false, true, false);
        }
        if (keyTok.Kind == TokenKind.EscapedKeyword && tok.Kind is TokenKind.Comma or TokenKind.RightBrace or TokenKind.Assign)
            throw new SyntaxError("Keyword must not contain escaped characters", keyTok.Start, keyTok.Line, keyTok.Column);
        Unexpected();
        return null;
    }
}
