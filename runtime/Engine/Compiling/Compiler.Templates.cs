using Aot.Engine.Objects;
using Aot.Engine.Parsing.Ast;

namespace Aot.Engine.Compiling;

internal sealed partial class FunctionEmitter
{
    /// <summary>ECMA-262 §13.3.11 tagged templates: the tag is called like a call expression (a member
    /// tag passes its object as `this`) with the site's template object (§13.2.8.4 GetTemplateObject,
    /// the same frozen array on every evaluation in a realm) and the substitutions.</summary>
    private void EmitTaggedTemplate(TaggedTemplateExpression t)
    {
        switch (t.Tag)
        {
            case MemberExpression { Object: Super } sm:
                EmitLoad("this", sm);
                b.Emit(Op.Dup);
                if (sm.Computed) { EmitExpression(sm.Property); b.Emit(Op.SuperBase); b.Emit(Op.GetSuperRef); }
                else b.Emit(Op.GetSuper, Name(((Identifier)sm.Property).Name));
                b.Emit(Op.Swap);
                break;
            case MemberExpression { Property: PrivateIdentifier } pm:
                EmitPrivateCallee(pm);
                break;
            case MemberExpression m:
                EmitExpression(m.Object);
                if (m.Computed)
                {
                    EmitExpression(m.Property);
                    Position(m);
                    b.Emit(Op.GetMethodElem);
                }
                else
                {
                    Position(m);
                    b.Emit(Op.GetMethod, Name(((Identifier)m.Property).Name), Cache());
                }
                break;
            default:
                EmitExpression(t.Tag);
                b.Emit(Op.Undefined);
                break;
        }
        var quasis = t.Quasi.Quasis;
        var cooked = new string?[quasis.Length];
        var raw = new string[quasis.Length];
        for (int i = 0; i < quasis.Length; i++)
        {
            cooked[i] = quasis[i].Cooked;
            raw[i] = quasis[i].Raw;
        }
        b.Emit(Op.GetTemplateObject, Constant(JsValue.FromInternal(new TemplateSite(cooked, raw))));
        foreach (var e in t.Quasi.Expressions) EmitExpression(e);
        Position(t);
        b.Emit(Op.Call, t.Quasi.Expressions.Length + 1);
    }
}
