using System.Collections.Generic;
using Aot.Engine.Parsing.Ast;

namespace Aot.Engine.Compiling;

internal sealed partial class FunctionEmitter
{
    /// <summary>
    /// Pops the value on the stack into a binding target (ECMA-262 §8.6.2 BindingInitialization,
    /// §13.15.5 DestructuringAssignmentEvaluation): an identifier, a member expression (assignment
    /// only), or an object/array pattern with defaults and rest elements.
    /// </summary>
    private void EmitBindingInitialization(Node target, bool init)
    {
        switch (target)
        {
            case Identifier id:
                EmitStore(id.Name, id, init);
                break;
            case MemberExpression:
                EmitAssignmentTarget(target);
                break;
            case AssignmentPattern ap:
            {
                int has = b.NewLabel();
                b.Emit(Op.Dup);
                b.EmitJump(Op.JumpIfNotUndefined, has);
                b.Emit(Op.Pop);
                EmitExpression(ap.Right, NameOf(ap.Left));
                b.Mark(has);
                EmitBindingInitialization(ap.Left, init);
                break;
            }
            case ObjectPattern op: EmitObjectPattern(op, init); break;
            case ArrayPattern ap: EmitArrayPattern(ap, init); break;
            default: throw Unsupported.Feature(target.Kind + " as a binding target", target);
        }
    }

    /// <summary>Pops the value into an assignment target (identifier, member, or pattern).</summary>
    private void EmitAssignmentTarget(Node target)
    {
        if (target is not MemberExpression m)
        {
            EmitBindingInitialization(target, init: false);
            return;
        }
        if (IsSpecialReference(m)) { EmitSpecialAssignmentTarget(m); return; }
        int value = AllocTemp();
        b.Emit(Op.StoreLocal, value);
        EmitExpression(m.Object);
        if (m.Computed)
        {
            EmitExpression(m.Property);
            b.Emit(Op.LoadLocal, value);
            b.Emit(Op.SetElem);
        }
        else
        {
            b.Emit(Op.LoadLocal, value);
            b.Emit(Op.SetProp, Name(((Identifier)m.Property).Name), Cache());
        }
        b.Emit(Op.Pop);
        FreeTemp(value);
    }

    private void EmitObjectPattern(ObjectPattern pattern, bool init)
    {
        Position(pattern);
        b.Emit(Op.RequireObjectCoercible);
        // With a rest element, the keys already bound are collected (computed ones after
        // ToPropertyKey) so that CopyDataProperties skips them without reading them (§14.3.3.2).
        bool hasRest = pattern.Properties.Length > 0 && pattern.Properties[^1] is RestElement;
        int excluded = -1;
        if (hasRest)
        {
            excluded = AllocTemp();
            b.Emit(Op.NewArray, 0);
            b.Emit(Op.StoreLocal, excluded);
        }
        var seen = new List<string>();
        foreach (var node in pattern.Properties)
        {
            if (node is RestElement rest)
            {
                // A copy of the remaining own enumerable properties (§14.3.3.2 RestBindingInitialization).
                b.Emit(Op.NewObject);
                b.Emit(Op.Over);
                b.Emit(Op.LoadLocal, excluded);
                foreach (var key in seen)
                {
                    EmitString(key);
                    b.Emit(Op.ArrayPush);
                }
                b.Emit(Op.CopyDataPropertiesExcluding);
                FreeTemp(excluded);
                EmitBindingInitialization(rest.Argument, init);
                continue;
            }
            var p = (Property)node;
            b.Emit(Op.Dup);
            if (p.Computed)
            {
                EmitExpression(p.Key);
                if (hasRest)
                {
                    b.Emit(Op.ToPropertyKey);
                    b.Emit(Op.Dup);
                    b.Emit(Op.LoadLocal, excluded);
                    b.Emit(Op.Swap);
                    b.Emit(Op.ArrayPush);
                    b.Emit(Op.Pop);
                }
                b.Emit(Op.GetElem);
            }
            else
            {
                string key = PropertyName(p.Key);
                seen.Add(key);
                b.Emit(Op.GetProp, Name(key), Cache());
            }
            EmitBindingInitialization(p.Value, init);
        }
        b.Emit(Op.Pop);
    }

    private void EmitArrayPattern(ArrayPattern pattern, bool init)
    {
        Position(pattern);
        int iterator = NewRegister();
        NewRegister();
        b.Emit(Op.GetIterator);
        b.Emit(Op.StoreLocal, iterator + 1);
        b.Emit(Op.StoreLocal, iterator);
        foreach (var element in pattern.Elements)
        {
            switch (element)
            {
                case null:
                    b.Emit(Op.IteratorStepValue, iterator);
                    b.Emit(Op.Pop);
                    break;
                case RestElement rest:
                    b.Emit(Op.IteratorRest, iterator);
                    EmitBindingInitialization(rest.Argument, init);
                    break;
                default:
                    b.Emit(Op.IteratorStepValue, iterator);
                    EmitBindingInitialization(element, init);
                    break;
            }
        }
        b.Emit(Op.IteratorClose, iterator);
    }
}
