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
    private void EmitBindingInitialization(Node target, bool init, PreparedTarget? prepared = null)
    {
        switch (target)
        {
            case Identifier id:
                EmitStore(id.Name, id, init);
                break;
            case MemberExpression:
                if (prepared != null) EmitPreparedStore(prepared);
                else EmitAssignmentTarget(target);
                break;
            case AssignmentPattern ap:
            {
                int has = b.NewLabel();
                b.Emit(Op.Dup);
                b.EmitJump(Op.JumpIfNotUndefined, has);
                b.Emit(Op.Pop);
                EmitExpression(ap.Right, NameOf(ap.Left));
                b.Mark(has);
                EmitBindingInitialization(ap.Left, init, prepared);
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
        var seen = new List<string>();
        // Computed keys the rest element must exclude too, kept in temps (converted once).
        var computedKeys = new List<int>();
        bool hasRest = pattern.Properties.Length > 0 && pattern.Properties[^1] is RestElement;
        foreach (var node in pattern.Properties)
        {
            if (node is RestElement rest)
            {
                // A copy of the remaining own enumerable properties (§14.3.3.2 RestBindingInitialization).
                var restTarget = init ? null : PrepareTarget(rest.Argument);
                b.Emit(Op.NewObject);
                b.Emit(Op.Over);
                b.Emit(Op.CopyDataProperties);
                foreach (var key in seen)
                {
                    b.Emit(Op.Dup);
                    b.Emit(Op.DeleteProp, Name(key));
                    b.Emit(Op.Pop);
                }
                foreach (int keyTemp in computedKeys)
                {
                    b.Emit(Op.Dup);
                    b.Emit(Op.LoadLocal, keyTemp);
                    b.Emit(Op.DeleteElem);
                    b.Emit(Op.Pop);
                    FreeTemp(keyTemp);
                }
                EmitBindingInitialization(rest.Argument, init, restTarget);
                continue;
            }
            var p = (Property)node;
            PreparedTarget? prepared;
            b.Emit(Op.Dup);
            if (p.Computed)
            {
                // §13.15.5.3: the key (converted) before the target reference, then the get.
                EmitExpression(p.Key);
                b.Emit(Op.ToPropertyKey);
                if (hasRest)
                {
                    int keyTemp = AllocTemp();
                    b.Emit(Op.Dup);
                    b.Emit(Op.StoreLocal, keyTemp);
                    computedKeys.Add(keyTemp);
                }
                prepared = init ? null : PrepareTarget(p.Value);
                b.Emit(Op.GetElem);
            }
            else
            {
                string key = PropertyName(p.Key);
                seen.Add(key);
                prepared = init ? null : PrepareTarget(p.Value);
                b.Emit(Op.GetProp, Name(key), Cache());
            }
            EmitBindingInitialization(p.Value, init, prepared);
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
                {
                    var prepared = init ? null : PrepareTarget(rest.Argument);
                    b.Emit(Op.IteratorRest, iterator);
                    EmitBindingInitialization(rest.Argument, init, prepared);
                    break;
                }
                default:
                {
                    var prepared = init ? null : PrepareTarget(element);
                    b.Emit(Op.IteratorStepValue, iterator);
                    EmitBindingInitialization(element, init, prepared);
                    break;
                }
            }
        }
        b.Emit(Op.IteratorClose, iterator);
    }

    /// <summary>A member-expression destructuring target whose reference was evaluated before its value
    /// (§13.15.5.5-6: lref first, then GetV / IteratorStepValue, then PutValue): temps holding the base
    /// (or `this` for super) and the key (not yet converted; PutValue converts it after the get).</summary>
    private sealed record PreparedTarget(MemberExpression Member, int Base, int Key);

    private PreparedTarget? PrepareTarget(Node? target)
    {
        if (target is AssignmentPattern ap) target = ap.Left;
        if (target is not MemberExpression m) return null;
        int key = -1;
        if (m.Object is Super) EmitLoad("this", m);
        else EmitExpression(m.Object);
        int obj = AllocTemp();
        b.Emit(Op.StoreLocal, obj);
        if (m.Property is PrivateIdentifier p) EmitPrivateName(p);
        else if (m.Computed) EmitExpression(m.Property);
        else return new PreparedTarget(m, obj, -1);
        key = AllocTemp();
        b.Emit(Op.StoreLocal, key);
        return new PreparedTarget(m, obj, key);
    }

    /// <summary>Pops the value into a prepared member target.</summary>
    private void EmitPreparedStore(PreparedTarget t)
    {
        var m = t.Member;
        int value = AllocTemp();
        b.Emit(Op.StoreLocal, value);
        b.Emit(Op.LoadLocal, t.Base);
        if (t.Key >= 0) b.Emit(Op.LoadLocal, t.Key);
        b.Emit(Op.LoadLocal, value);
        Position(m);
        if (m.Property is PrivateIdentifier) b.Emit(Op.SetPrivate);
        else if (m.Object is Super) { if (m.Computed) b.Emit(Op.SetSuperElem); else b.Emit(Op.SetSuper, Name(((Identifier)m.Property).Name)); }
        else if (m.Computed) b.Emit(Op.SetElem);
        else b.Emit(Op.SetProp, Name(((Identifier)m.Property).Name), Cache());
        b.Emit(Op.Pop);
        FreeTemp(value);
        FreeTemp(t.Base);
        if (t.Key >= 0) FreeTemp(t.Key);
    }
}
