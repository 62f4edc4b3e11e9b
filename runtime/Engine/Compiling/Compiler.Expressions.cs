using System.Collections.Generic;
using System.Numerics;
using Aot.Engine.Objects;
using Aot.Engine.Parsing.Ast;

namespace Aot.Engine.Compiling;

internal sealed partial class FunctionEmitter
{
    /// <summary>End of the innermost optional chain (`a?.b`): short-circuits land here with undefined.</summary>
    private int chainEnd = -1;

    /// <summary>Emits <paramref name="e"/>, leaving exactly one value on the stack.</summary>
    private void EmitExpression(Expression e, string? nameHint = null)
    {
        switch (e)
        {
            case Literal l: EmitLiteral(l); break;
            case Identifier id: EmitLoad(id.Name, id); break;
            case ThisExpression t: EmitLoad("this", t); break;
            case TemplateLiteral t: EmitTemplate(t); break;
            case ArrayExpression a: EmitArray(a); break;
            case ObjectExpression o: EmitObject(o); break;
            case FunctionExpression f:
                b.Emit(Op.MakeClosure, CompileFunction(f, f, f.Id?.Name ?? nameHint ?? wrappedFunctionName ?? ""));
                break;
            case ArrowFunctionExpression a:
                b.Emit(Op.MakeClosure, CompileFunction(a, a, nameHint ?? ""));
                break;
            case ClassExpression c: EmitClass(c, c.Id, c.SuperClass, c.Body, c.Id?.Name ?? nameHint ?? ""); break;
            case UnaryExpression u: EmitUnary(u); break;
            case UpdateExpression u: EmitUpdate(u); break;
            case BinaryExpression bin: EmitBinary(bin); break;
            case LogicalExpression l:
            {
                int end = b.NewLabel();
                EmitExpression(l.Left);
                b.EmitJump(l.Operator switch
                {
                    LogicalOperator.And => Op.JumpIfFalseOrPop,
                    LogicalOperator.Or => Op.JumpIfTrueOrPop,
                    _ => Op.JumpIfNotNullishOrPop,
                }, end);
                EmitExpression(l.Right);
                b.Mark(end);
                break;
            }
            case AssignmentExpression a: EmitAssignment(a); break;
            case ConditionalExpression c:
            {
                int elseLabel = b.NewLabel(), end = b.NewLabel();
                EmitCondition(c.Test, elseLabel);
                EmitExpression(c.Consequent);
                b.EmitJump(Op.Jump, end);
                b.Mark(elseLabel);
                EmitExpression(c.Alternate);
                b.Mark(end);
                break;
            }
            case CallExpression c: EmitCall(c); break;
            case NewExpression n: EmitNew(n); break;
            case MemberExpression m: EmitMember(m); break;
            case ChainExpression c:
            {
                int saved = chainEnd;
                chainEnd = b.NewLabel();
                EmitExpression(c.Expression);
                b.Mark(chainEnd);
                chainEnd = saved;
                break;
            }
            case SequenceExpression s:
                for (int i = 0; i < s.Expressions.Length; i++)
                {
                    EmitExpression(s.Expressions[i]);
                    if (i < s.Expressions.Length - 1) b.Emit(Op.Pop);
                }
                break;
            case MetaProperty { Meta.Name: "new" } mp: EmitLoad("new.target", mp); break;
            case MetaProperty { Meta.Name: "import" }: b.Emit(Op.ImportMeta); break;
            case ImportExpression i: EmitImportCall(i); break;
            case YieldExpression y:
                Position(y);
                if (y.Delegate) EmitYieldStar(y);
                else EmitYield(y);
                break;
            case AwaitExpression a:
                EmitExpression(a.Argument);
                Position(a);
                b.Emit(Op.Await);
                break;
            case TaggedTemplateExpression t: EmitTaggedTemplate(t); break;
            default: throw Unsupported.Feature(e.Kind.ToString(), e);
        }
    }

    private void EmitLiteral(Literal l)
    {
        switch (l.LiteralKind)
        {
            case LiteralKind.Null: b.Emit(Op.Null); break;
            case LiteralKind.Boolean: b.Emit(l.BooleanValue ? Op.True : Op.False); break;
            case LiteralKind.Number: EmitNumber(l.NumberValue); break;
            case LiteralKind.String: EmitString(l.StringValue!); break;
            case LiteralKind.BigInt: b.Emit(Op.Const, Constant(JsValue.FromBigInt(BigInteger.Parse(l.StringValue!, System.Globalization.CultureInfo.InvariantCulture)))); break;
            default: b.Emit(Op.NewRegExp, Constant(JsValue.FromInternal(new Builtins.RegExp.RegExpLiteralConstant(l.StringValue!, l.RegexFlags ?? "")))); break;
        }
    }

    private void EmitTemplate(TemplateLiteral t)
    {
        EmitString(t.Quasis[0].Cooked ?? "");
        for (int i = 0; i < t.Expressions.Length; i++)
        {
            EmitExpression(t.Expressions[i]);
            b.Emit(Op.ToStringOp);
            b.Emit(Op.Add);
            string next = t.Quasis[i + 1].Cooked ?? "";
            if (next.Length > 0) { EmitString(next); b.Emit(Op.Add); }
        }
    }

    private void EmitArray(ArrayExpression a)
    {
        bool simple = true;
        foreach (var element in a.Elements) if (element is null or SpreadElement) simple = false;
        if (simple && a.Elements.Length < 64)
        {
            foreach (var element in a.Elements) EmitExpression((Expression)element!);
            b.Emit(Op.NewArray, a.Elements.Length);
            return;
        }
        b.Emit(Op.NewArray, 0);
        foreach (var element in a.Elements)
        {
            switch (element)
            {
                case null: b.Emit(Op.ArrayPushHole); break;
                case SpreadElement s: EmitExpression(s.Argument); b.Emit(Op.ArraySpread); break;
                default: EmitExpression((Expression)element); b.Emit(Op.ArrayPush); break;
            }
        }
    }

    /// <summary>ECMA-262 §13.2.5.4 PropertyDefinitionEvaluation.</summary>
    private void EmitObject(ObjectExpression o)
    {
        b.Emit(Op.NewObject);
        foreach (var node in o.Properties)
        {
            if (node is SpreadElement spread)
            {
                EmitExpression(spread.Argument);
                b.Emit(Op.CopyDataProperties);
                continue;
            }
            var p = (Property)node;
            if (p.Key is PrivateIdentifier) throw Unsupported.Feature("private names", p);
            string keyName = p.Computed ? "" : PropertyName(p.Key);
            if (p.Computed)
            {
                EmitExpression(p.Key);
                b.Emit(Op.ToPropertyKey);
            }
            if (p.PropertyKind != PropertyKind.Init || p.Method)
            {
                var fn = (FunctionExpression)p.Value;
                string fnName = p.PropertyKind switch { PropertyKind.Get => "get " + keyName, PropertyKind.Set => "set " + keyName, _ => keyName };
                if (p.Computed) b.Emit(Op.Over); else b.Emit(Op.Dup);
                b.Emit(Op.MakeMethod, CompileFunction(fn, fn, fnName, sourceNode: p));
                if (p.Computed) b.Emit(Op.SetFunctionName, p.PropertyKind switch { PropertyKind.Get => 1, PropertyKind.Set => 2, _ => 0 });
                int flags = 2 | (p.PropertyKind == PropertyKind.Set ? 1 : 0);
                if (p.PropertyKind == PropertyKind.Init)
                {
                    if (p.Computed) b.Emit(Op.DefineMethodElem, flags); else b.Emit(Op.DefineMethod, Name(keyName), flags);
                }
                else if (p.Computed) b.Emit(Op.DefineAccessorElem, flags);
                else b.Emit(Op.DefineAccessor, Name(keyName), flags);
                continue;
            }
            var value = (Expression)p.Value;
            if (!p.Computed && !p.Shorthand && keyName == "__proto__")
            {
                // §13.2.5.5 `__proto__: value` sets [[Prototype]] (flag 4).
                EmitExpression(value);
                b.Emit(Op.DefineMethod, Name("__proto__"), 4);
                continue;
            }
            EmitExpression(value, p.Computed ? null : keyName);
            if (p.Computed && IsAnonymousFunctionDefinition(value)) b.Emit(Op.SetFunctionName, 0);
            if (p.Computed) b.Emit(Op.DefineFieldElem); else b.Emit(Op.DefineField, Name(keyName));
        }
    }

    private void EmitUnary(UnaryExpression u)
    {
        switch (u.Operator)
        {
            case UnaryOperator.Typeof:
                if (u.Argument is Identifier dyn && TryEmitDynamicTypeofOrDelete(dyn, delete: false)) { b.Emit(Op.Typeof); return; }
                if (u.Argument is Identifier id && Lookup(id.Name) == null) b.Emit(Op.LoadGlobalOrUndefined, Name(id.Name), Cache());
                else EmitExpression(u.Argument);
                b.Emit(Op.Typeof);
                return;
            case UnaryOperator.Delete:
                switch (u.Argument)
                {
                    case MemberExpression { Object: Super } m: throw Unsupported.Feature("delete super[...]", m);
                    case MemberExpression { Computed: false } m:
                        EmitExpression(m.Object);
                        Position(u);
                        b.Emit(Op.DeleteProp, Name(((Identifier)m.Property).Name));
                        return;
                    case MemberExpression m:
                        EmitExpression(m.Object);
                        EmitExpression(m.Property);
                        Position(u);
                        b.Emit(Op.DeleteElem);
                        return;
                    case Identifier deleted when TryEmitDynamicTypeofOrDelete(deleted, delete: true): return;
                    case Identifier deleted:
                        // Sloppy `delete x`: declared bindings are not deletable; globals are configurable properties.
                        if (Lookup(deleted.Name) != null) b.Emit(Op.False);
                        else { b.Emit(Op.LoadGlobalOrUndefined, Name("globalThis"), Cache()); b.Emit(Op.DeleteProp, Name(deleted.Name)); }
                        return;
                    case ChainExpression c: throw Unsupported.Feature("delete of an optional chain", c);
                    default:
                        EmitExpression(u.Argument);
                        b.Emit(Op.Pop);
                        b.Emit(Op.True);
                        return;
                }
        }
        EmitExpression(u.Argument);
        Position(u);
        b.Emit(u.Operator switch
        {
            UnaryOperator.Minus => Op.Neg,
            UnaryOperator.Plus => Op.Plus,
            UnaryOperator.LogicalNot => Op.Not,
            UnaryOperator.BitwiseNot => Op.BitNot,
            _ => Op.Pop,
        });
        if (u.Operator == UnaryOperator.Void) b.Emit(Op.Undefined);
    }

    private static Op BinaryOp(BinaryOperator op) => op switch
    {
        BinaryOperator.Equal => Op.Eq,
        BinaryOperator.NotEqual => Op.Ne,
        BinaryOperator.StrictEqual => Op.StrictEq,
        BinaryOperator.StrictNotEqual => Op.StrictNe,
        BinaryOperator.LessThan => Op.Lt,
        BinaryOperator.LessThanEqual => Op.Le,
        BinaryOperator.GreaterThan => Op.Gt,
        BinaryOperator.GreaterThanEqual => Op.Ge,
        BinaryOperator.ShiftLeft => Op.Shl,
        BinaryOperator.ShiftRight => Op.Shr,
        BinaryOperator.UnsignedShiftRight => Op.UShr,
        BinaryOperator.Plus => Op.Add,
        BinaryOperator.Minus => Op.Sub,
        BinaryOperator.Multiply => Op.Mul,
        BinaryOperator.Divide => Op.Div,
        BinaryOperator.Modulo => Op.Mod,
        BinaryOperator.Exponent => Op.Exp,
        BinaryOperator.BitwiseOr => Op.BitOr,
        BinaryOperator.BitwiseXor => Op.BitXor,
        BinaryOperator.BitwiseAnd => Op.BitAnd,
        BinaryOperator.In => Op.In,
        _ => Op.Instanceof,
    };

    private static Op CompoundOp(AssignmentOperator op) => op switch
    {
        AssignmentOperator.PlusAssign => Op.Add,
        AssignmentOperator.MinusAssign => Op.Sub,
        AssignmentOperator.MultiplyAssign => Op.Mul,
        AssignmentOperator.DivideAssign => Op.Div,
        AssignmentOperator.ModuloAssign => Op.Mod,
        AssignmentOperator.ExponentAssign => Op.Exp,
        AssignmentOperator.ShiftLeftAssign => Op.Shl,
        AssignmentOperator.ShiftRightAssign => Op.Shr,
        AssignmentOperator.UnsignedShiftRightAssign => Op.UShr,
        AssignmentOperator.BitwiseOrAssign => Op.BitOr,
        AssignmentOperator.BitwiseXorAssign => Op.BitXor,
        _ => Op.BitAnd,
    };

    private void EmitBinary(BinaryExpression bin)
    {
        if (bin.Left is PrivateIdentifier p)
        {
            // §13.10.1: `#x in o` evaluates o, then checks the brand.
            EmitExpression(bin.Right);
            EmitPrivateName(p);
            Position(bin);
            b.Emit(Op.PrivateIn);
            return;
        }
        EmitExpression(bin.Left);
        EmitExpression(bin.Right);
        Position(bin);
        b.Emit(BinaryOp(bin.Operator));
    }

    /// <summary>Pushes obj (and key) of a member target; returns whether it is computed.</summary>
    private bool EmitMemberTarget(MemberExpression m)
    {
        EmitExpression(m.Object);
        if (!m.Computed) return false;
        EmitExpression(m.Property);
        b.Emit(Op.ToPropertyKey);
        return true;
    }

    private void EmitAssignment(AssignmentExpression a)
    {
        if (IsSpecialReference(a.Left)) { EmitSpecialAssignment(a, (MemberExpression)a.Left); return; }
        var op = a.Operator;
        if (a.Left is Identifier dynamicTarget && TryEmitDynamicAssignment(a, dynamicTarget)) return;
        if (op == AssignmentOperator.Assign)
        {
            switch (a.Left)
            {
                case Identifier id:
                    EmitExpression(a.Right, id.Name);
                    b.Emit(Op.Dup);
                    Position(a);
                    EmitStore(id.Name, id, init: false);
                    return;
                case MemberExpression m:
                    bool computed = EmitMemberTarget(m);
                    EmitExpression(a.Right);
                    Position(a);
                    if (computed) b.Emit(Op.SetElem); else b.Emit(Op.SetProp, Name(((Identifier)m.Property).Name), Cache());
                    return;
                default:
                    EmitExpression(a.Right);
                    b.Emit(Op.Dup);
                    EmitBindingInitialization(a.Left, init: false);
                    return;
            }
        }
        bool logical = op is AssignmentOperator.LogicalAndAssign or AssignmentOperator.LogicalOrAssign or AssignmentOperator.NullishAssign;
        Op jump = op switch
        {
            AssignmentOperator.LogicalAndAssign => Op.JumpIfFalseOrPop,
            AssignmentOperator.LogicalOrAssign => Op.JumpIfTrueOrPop,
            _ => Op.JumpIfNotNullishOrPop,
        };
        if (a.Left is Identifier target)
        {
            EmitLoad(target.Name, target);
            int end = b.NewLabel();
            if (logical) b.EmitJump(jump, end);
            EmitExpression(a.Right, logical ? target.Name : null);
            Position(a);
            if (!logical) b.Emit(CompoundOp(op));
            b.Emit(Op.Dup);
            EmitStore(target.Name, target, init: false);
            b.Mark(end);
            return;
        }
        var member = (MemberExpression)a.Left;
        bool isComputed = EmitMemberTarget(member);
        int name = isComputed ? -1 : Name(((Identifier)member.Property).Name);
        if (isComputed) { b.Emit(Op.Dup2); b.Emit(Op.GetElem); }
        else { b.Emit(Op.Dup); b.Emit(Op.GetProp, name, Cache()); }
        if (!logical)
        {
            EmitExpression(a.Right);
            Position(a);
            b.Emit(CompoundOp(op));
            if (isComputed) b.Emit(Op.SetElem); else b.Emit(Op.SetProp, name, Cache());
            return;
        }
        int shortCircuit = b.NewLabel(), done = b.NewLabel();
        b.EmitJump(jump, shortCircuit);
        EmitExpression(a.Right);
        if (isComputed) b.Emit(Op.SetElem); else b.Emit(Op.SetProp, name, Cache());
        b.EmitJump(Op.Jump, done);
        b.Mark(shortCircuit);
        // Stack: obj [key] value → value
        if (isComputed) { b.Emit(Op.Swap); b.Emit(Op.Pop); }
        b.Emit(Op.Swap);
        b.Emit(Op.Pop);
        b.Mark(done);
    }

    private void EmitUpdate(UpdateExpression u)
    {
        var op = u.Increment ? Op.Inc : Op.Dec;
        if (u.Argument is Identifier dynamicTarget && TryEmitDynamicUpdate(u, dynamicTarget)) return;
        if (u.Argument is Identifier id)
        {
            EmitLoad(id.Name, id);
            Position(u);
            if (u.Prefix) { b.Emit(op); b.Emit(Op.Dup); }
            else { b.Emit(Op.ToNumeric); b.Emit(Op.Dup); b.Emit(op); }
            EmitStore(id.Name, id, init: false);
            return;
        }
        var m = (MemberExpression)u.Argument;
        if (IsSpecialReference(m)) { EmitSpecialUpdate(u, m); return; }
        bool computed = EmitMemberTarget(m);
        int name = computed ? -1 : Name(((Identifier)m.Property).Name);
        if (computed) { b.Emit(Op.Dup2); b.Emit(Op.GetElem); }
        else { b.Emit(Op.Dup); b.Emit(Op.GetProp, name, Cache()); }
        Position(u);
        int old = -1;
        if (!u.Prefix)
        {
            old = AllocTemp();
            b.Emit(Op.ToNumeric);
            b.Emit(Op.Dup);
            b.Emit(Op.StoreLocal, old);
        }
        b.Emit(op);
        if (computed) b.Emit(Op.SetElem); else b.Emit(Op.SetProp, name, Cache());
        if (!u.Prefix)
        {
            b.Emit(Op.Pop);
            b.Emit(Op.LoadLocal, old);
            FreeTemp(old);
        }
    }

    private void EmitMember(MemberExpression m)
    {
        if (m.Property is PrivateIdentifier) { EmitPrivateMember(m); return; }
        if (m.Object is Super)
        {
            EmitLoad("this", m);
            if (m.Computed) { EmitExpression(m.Property); b.Emit(Op.SuperBase); Position(m); b.Emit(Op.GetSuperRef); }
            else { Position(m); b.Emit(Op.GetSuper, Name(((Identifier)m.Property).Name)); }
            return;
        }
        EmitExpression(m.Object);
        if (m.Optional) b.EmitJump(Op.JumpIfNullishUndefined, chainEnd);
        if (m.Computed)
        {
            EmitExpression(m.Property);
            Position(m);
            b.Emit(Op.GetElem);
        }
        else
        {
            Position(m);
            b.Emit(Op.GetProp, Name(((Identifier)m.Property).Name), Cache());
        }
    }

    /// <summary>Pushes the arguments; returns the count, or -1 when they were collected into one array (spread).</summary>
    private int EmitArguments(IReadOnlyList<Node> arguments)
    {
        bool spread = false;
        foreach (var a in arguments) if (a is SpreadElement) spread = true;
        if (!spread)
        {
            foreach (var a in arguments) EmitExpression((Expression)a);
            return arguments.Count;
        }
        b.Emit(Op.NewArray, 0);
        foreach (var a in arguments)
        {
            if (a is SpreadElement s) { EmitExpression(s.Argument); b.Emit(Op.ArraySpread); }
            else { EmitExpression((Expression)a); b.Emit(Op.ArrayPush); }
        }
        return -1;
    }

    private void EmitCall(CallExpression c)
    {
        if (c.Callee is Super)
        {
            int n = EmitArguments(c.Arguments);
            Position(c);
            if (n < 0) b.Emit(Op.SuperCallSpread); else b.Emit(Op.SuperCall, n);
            var thisBinding = Lookup("this");
            if (thisBinding != null && (thisBinding.Captured || thisBinding.Function != info))
            {
                b.Emit(Op.Dup);
                EmitStore(thisBinding, c, init: true);
            }
            EmitInitializeAfterSuper(c);
            return;
        }
        if (c.IsDirectEvalCandidate) { EmitDirectEvalCall(c); return; }
        switch (c.Callee)
        {
            case Identifier dynamicCallee when TryEmitDynamicCallee(dynamicCallee): break;
            case MemberExpression { Object: Super } sm:
                EmitLoad("this", sm);
                b.Emit(Op.Dup);
                if (sm.Computed) { EmitExpression(sm.Property); b.Emit(Op.SuperBase); b.Emit(Op.GetSuperRef); }
                else b.Emit(Op.GetSuper, Name(((Identifier)sm.Property).Name));
                b.Emit(Op.Swap);
                break;
            case MemberExpression { Property: PrivateIdentifier } pm: EmitPrivateCallee(pm); break;
            case MemberExpression m:
                EmitExpression(m.Object);
                if (m.Optional) b.EmitJump(Op.JumpIfNullishUndefined, chainEnd);
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
                EmitExpression(c.Callee);
                b.Emit(Op.Undefined);
                break;
        }
        if (c.Optional)
        {
            // f?.(): a nullish callee ends the chain with undefined.
            int notNullish = b.NewLabel(), nullish = b.NewLabel();
            b.Emit(Op.Over);
            b.EmitJump(Op.JumpIfNullishUndefined, nullish);
            b.Emit(Op.Pop);
            b.EmitJump(Op.Jump, notNullish);
            b.Mark(nullish);
            b.Emit(Op.Pop); b.Emit(Op.Pop); b.Emit(Op.Pop);
            b.Emit(Op.Undefined);
            b.EmitJump(Op.Jump, chainEnd);
            b.Mark(notNullish);
        }
        int count = EmitArguments(c.Arguments);
        Position(c);
        if (count < 0) b.Emit(Op.CallSpread); else b.Emit(Op.Call, count);
    }

    private void EmitNew(NewExpression n)
    {
        EmitExpression(n.Callee);
        b.Emit(Op.Dup);
        int count = EmitArguments(n.Arguments);
        Position(n);
        if (count < 0) b.Emit(Op.NewSpread); else b.Emit(Op.New, count);
    }
}
