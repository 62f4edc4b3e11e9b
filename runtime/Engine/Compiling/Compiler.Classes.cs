using System.Collections.Generic;
using Aot.Engine.Objects;
using Aot.Engine.Parsing.Ast;

namespace Aot.Engine.Compiling;

// Classes (ECMA-262 §15.7): definition, fields, private names, static blocks, and the `super.x` /
// `o.#x` references that assignments and updates write through.
internal sealed partial class FunctionEmitter
{
    /// <summary>Class constructors of a class with instance fields or private methods: the binding that
    /// holds the class's instance initializer (§7.3.34 InitializeInstanceElements runs it).</summary>
    private Binding? fieldInitializer;

    /// <summary>ECMA-262 §15.7.14 ClassDefinitionEvaluation.</summary>
    private void EmitClass(Node node, Identifier? id, Expression? superClass, ClassBody body, string name)
    {
        var classScope = analysis.Scopes[node];
        var ci = analysis.Classes[node];
        EnterScope(classScope);
        int flags = 0;
        // Step 8: the heritage sees the class binding (in its TDZ), not the class's private names.
        if (superClass != null) { EmitExpression(superClass); flags |= 1; }
        EnterScope(ci.BodyScope);
        EmitPrivateNames(ci, body, name);

        MethodDefinition? ctor = null;
        foreach (var element in body.Body)
            if (element is MethodDefinition { MethodKind: MethodKind.Constructor } md) ctor = md;
        int ctorIndex = ctor != null
            ? CompileFunction(ctor.Value, ctor.Value, name, fieldInitializer: ci.InitializerBinding, sourceNode: node)
            : DefaultConstructor(node, name, superClass != null, ci.InitializerBinding);
        if (ctor == null) SetSourceText(functions[ctorIndex], node);
        Position(node);
        b.Emit(Op.CreateClass, ctorIndex, flags);
        int proto = AllocTemp(), ctorReg = AllocTemp();
        b.Emit(Op.StoreLocal, proto);
        b.Emit(Op.StoreLocal, ctorReg);

        // Steps 25-26: ClassElementEvaluation in order (methods, accessors, computed field keys).
        foreach (var element in body.Body)
        {
            switch (element)
            {
                case MethodDefinition { MethodKind: MethodKind.Constructor }: break;
                case MethodDefinition { Key: PrivateIdentifier p } md:
                {
                    // §15.7.11 / §15.4.4-5: private methods and accessors are made once per class evaluation.
                    string fnName = md.MethodKind switch { MethodKind.Get => "get #" + p.Name, MethodKind.Set => "set #" + p.Name, _ => "#" + p.Name };
                    EmitLoad(PrivateBinding(p), md);
                    b.Emit(Op.LoadLocal, md.Static ? ctorReg : proto);
                    b.Emit(Op.MakeMethod, CompileFunction(md.Value, md.Value, fnName, sourceNode: md));
                    b.Emit(Op.SetPrivateMethod, md.MethodKind switch { MethodKind.Get => 1, MethodKind.Set => 2, _ => 0 });
                    break;
                }
                case MethodDefinition md:
                {
                    int home = md.Static ? ctorReg : proto;
                    string key = md.Computed ? "" : PropertyName(md.Key);
                    b.Emit(Op.LoadLocal, home);
                    if (md.Computed) { EmitExpression(md.Key); b.Emit(Op.ToPropertyKey); b.Emit(Op.LoadLocal, home); }
                    else b.Emit(Op.Dup);
                    string fnName = md.MethodKind switch { MethodKind.Get => "get " + key, MethodKind.Set => "set " + key, _ => key };
                    b.Emit(Op.MakeMethod, CompileFunction(md.Value, md.Value, fnName, sourceNode: md));
                    if (md.Computed) EmitComputedMethodName(md.MethodKind);
                    int f = md.MethodKind == MethodKind.Set ? 1 : 0;
                    Position(md);
                    if (md.MethodKind == MethodKind.Method)
                    {
                        if (md.Computed) b.Emit(Op.DefineMethodElem, f); else b.Emit(Op.DefineMethod, Name(key), f);
                    }
                    else if (md.Computed) b.Emit(Op.DefineAccessorElem, f);
                    else b.Emit(Op.DefineAccessor, Name(key), f);
                    b.Emit(Op.Pop);
                    break;
                }
                case PropertyDefinition { Computed: true } pd:
                    // §15.7.10 ClassFieldDefinitionEvaluation: the key is evaluated now, once.
                    EmitExpression(pd.Key);
                    Position(pd.Key);
                    b.Emit(Op.ToPropertyKey);
                    EmitStore(ci.ComputedKeys[pd], pd, init: true);
                    break;
            }
        }
        if (ci.InstanceInitializer != null)
        {
            b.Emit(Op.LoadLocal, proto);
            b.Emit(Op.MakeMethod, CompileInitializer(ci, body, isStatic: false));
            EmitStore(ci.InitializerBinding!, node, init: true);
        }
        // Step 27: the inner name binding is initialized before static elements run.
        if (id != null)
        {
            b.Emit(Op.LoadLocal, ctorReg);
            EmitStore(classScope.Bindings[id.Name], node, init: true);
        }
        // Step 31: static private methods are added to F, then static fields and blocks run in order.
        var added = new HashSet<string>();
        foreach (var element in body.Body)
        {
            if (element is MethodDefinition { Static: true, Key: PrivateIdentifier p } md && added.Add(p.Name))
            {
                b.Emit(Op.LoadLocal, ctorReg);
                EmitLoad(PrivateBinding(p), md);
                b.Emit(Op.PrivateMethodAdd);
                b.Emit(Op.Pop);
            }
        }
        if (ci.StaticInitializer != null)
        {
            b.Emit(Op.LoadLocal, ctorReg);
            b.Emit(Op.MakeMethod, CompileInitializer(ci, body, isStatic: true));
            b.Emit(Op.LoadLocal, ctorReg);
            b.Emit(Op.Call, 0);
            b.Emit(Op.Pop);
        }
        b.Emit(Op.LoadLocal, ctorReg);
        FreeTemp(proto);
        FreeTemp(ctorReg);
        ExitScope(ci.BodyScope);
        ExitScope(classScope);
    }

    /// <summary>§15.7.14 step 6: a fresh Private Name for each private identifier the body declares.</summary>
    private void EmitPrivateNames(ClassInfo ci, ClassBody body, string className)
    {
        var kinds = new Dictionary<string, (PrivateElementKind Kind, bool Static)>();
        foreach (var element in body.Body)
        {
            switch (element)
            {
                case MethodDefinition { Key: PrivateIdentifier p } md:
                    kinds["#" + p.Name] = (md.MethodKind == MethodKind.Method ? PrivateElementKind.Method : PrivateElementKind.Accessor, md.Static);
                    break;
                case PropertyDefinition { Key: PrivateIdentifier p } pd:
                    kinds["#" + p.Name] = (PrivateElementKind.Field, pd.Static);
                    break;
            }
        }
        foreach (var binding in ci.BodyScope.Ordered)
        {
            if (!kinds.TryGetValue(binding.Name, out var k)) continue;
            var info = new PrivateNameInfo(binding.Name, k.Kind, k.Static, className);
            b.Emit(Op.NewPrivateName, Constant(JsValue.FromInternal(info)));
            EmitStore(binding, body, init: true);
        }
    }

    private Binding PrivateBinding(PrivateIdentifier p)
        => Lookup("#" + p.Name) ?? throw Unsupported.Feature($"private name #{p.Name} outside its class", p);

    /// <summary>Pushes the Private Name value of `#x` (as resolved in the enclosing classes).</summary>
    private void EmitPrivateName(PrivateIdentifier p) => EmitLoad(PrivateBinding(p), p);

    /// <summary>key fn → key fn named after the computed key (with "get "/"set " for accessors).</summary>
    private void EmitComputedMethodName(MethodKind kind)
        => b.Emit(Op.SetFunctionName, kind switch { MethodKind.Get => 1, MethodKind.Set => 2, _ => 0 });

    /// <summary>Compiles the instance or static initializer of a class (see <see cref="ClassInfo"/>).</summary>
    private int CompileInitializer(ClassInfo ci, ClassBody body, bool isStatic)
    {
        var fn = isStatic ? ci.StaticInitializer! : ci.InstanceInitializer!;
        var child = new FunctionEmitter(analysis, analysis.Functions[fn], this, sourceName, isStatic ? "<static_initializer>" : "<instance_members_initializer>", source);
        functions.Add(child.CompileInitializerBody(ci, body, isStatic));
        return functions.Count - 1;
    }

    /// <summary>§7.3.34 InitializeInstanceElements (instance) or §15.7.14 step 31 (static): private
    /// methods first, then each field (§7.3.33 DefineField) and static block, in order.</summary>
    private FunctionCode CompileInitializerBody(ClassInfo ci, ClassBody body, bool isStatic)
    {
        b.Position(body.Line, body.Column);
        registerCount = 0;
        EnterScope(info.Scope);
        if (!isStatic)
        {
            var added = new HashSet<string>();
            foreach (var element in body.Body)
            {
                if (element is MethodDefinition { Static: false, Key: PrivateIdentifier p } md && added.Add(p.Name))
                {
                    b.Emit(Op.LoadThis);
                    EmitPrivateName(p);
                    Position(md);
                    b.Emit(Op.PrivateMethodAdd);
                    b.Emit(Op.Pop);
                }
            }
        }
        foreach (var element in body.Body)
        {
            switch (element)
            {
                case PropertyDefinition pd when pd.Static == isStatic:
                    b.Emit(Op.LoadThis);
                    if (pd.Key is PrivateIdentifier p)
                    {
                        EmitPrivateName(p);
                        EmitFieldValue(pd, "#" + p.Name);
                        Position(pd);
                        b.Emit(Op.PrivateFieldAdd);
                    }
                    else if (pd.Computed)
                    {
                        EmitLoad(ci.ComputedKeys[pd], pd);
                        EmitFieldValue(pd, null);
                        if (pd.Value != null && IsAnonymousFunctionDefinition(pd.Value)) b.Emit(Op.SetFunctionName, 0);
                        Position(pd);
                        b.Emit(Op.DefineFieldElem);
                    }
                    else
                    {
                        string key = PropertyName(pd.Key);
                        EmitFieldValue(pd, key);
                        Position(pd);
                        b.Emit(Op.DefineField, Name(key));
                    }
                    b.Emit(Op.Pop);
                    break;
                case StaticBlock sb when isStatic:
                {
                    var block = ci.StaticBlocks[sb];
                    b.Emit(Op.LoadThis);
                    b.Emit(Op.MakeMethod, CompileFunction(block, block, ""));
                    b.Emit(Op.LoadThis);
                    Position(sb);
                    b.Emit(Op.Call, 0);
                    b.Emit(Op.Pop);
                    break;
                }
            }
        }
        b.Emit(Op.ReturnUndefined);
        return Finish(functionName, CodeFlags.Strict | CodeFlags.Method, 0, 0);
    }

    private void EmitFieldValue(PropertyDefinition pd, string? name)
    {
        if (pd.Value == null) b.Emit(Op.Undefined);
        else EmitExpression(pd.Value, name);
    }

    /// <summary>ECMA-262 §8.4.3 IsAnonymousFunctionDefinition.</summary>
    private static bool IsAnonymousFunctionDefinition(Expression e)
        => e is FunctionExpression { Id: null } or ArrowFunctionExpression or ClassExpression { Id: null };

    /// <summary>Base class constructors start with InitializeInstanceElements (§10.2.2 [[Construct]] step 6.b),
    /// before their parameters are bound.</summary>
    private void EmitConstructorPrologue(IFunctionNode fn)
    {
        if (fieldInitializer == null || (fn.Flags & FunctionFlags.DerivedConstructor) != 0) return;
        EmitLoad(fieldInitializer, (Node)fn);
        b.Emit(Op.LoadThis);
        b.Emit(Op.Call, 0);
        b.Emit(Op.Pop);
    }

    /// <summary>After `super(...)` returns (this value on the stack): InitializeInstanceElements of the
    /// constructor whose `this` it bound (§13.3.7.1 step 11), found lexically through arrow functions.</summary>
    private void EmitInitializeAfterSuper(Node at)
    {
        var owner = this;
        while (owner.info.IsArrow && owner.parent != null) owner = owner.parent;
        var init = owner.fieldInitializer;
        if (init == null) return;
        b.Emit(Op.Dup);
        EmitLoad(init, at);
        b.Emit(Op.Swap);
        b.Emit(Op.Call, 0);
        b.Emit(Op.Pop);
    }

    /// <summary>ECMA-262 §15.7.14 step 14: `constructor() {}` or `constructor(...args) { super(...args); }`
    /// (which does not observe Array.prototype[@@iterator]), plus the field initialization.</summary>
    private int DefaultConstructor(Node classNode, string name, bool derived, Binding? init)
    {
        var builder = new BytecodeBuilder();
        builder.Position(classNode.Line, classNode.Column); // stack traces show `new C (file:line:col)` of the class
        CaptureSource[] captures = [];
        if (init != null)
        {
            captures = [new CaptureSource(true, init.Register, init.Name)];
            if (!derived)
            {
                builder.Emit(Op.LoadCapture, 0);
                builder.Emit(Op.LoadThis);
                builder.Emit(Op.Call, 0);
                builder.Emit(Op.Pop);
            }
        }
        if (derived)
        {
            builder.Emit(Op.CreateRest, 0);
            builder.Emit(Op.SuperCallSpread);
            if (init != null)
            {
                // this → init this → (result)
                builder.Emit(Op.LoadCapture, 0);
                builder.Emit(Op.Swap);
                builder.Emit(Op.Call, 0);
            }
            builder.Emit(Op.Pop);
        }
        builder.Emit(Op.ReturnUndefined);
        var flags = CodeFlags.Strict | CodeFlags.ClassConstructor | CodeFlags.Constructor | CodeFlags.Method;
        if (derived) flags |= CodeFlags.Derived | CodeFlags.NeedsArgumentsCopy;
        var code = new FunctionCode
        {
            Name = name, SourceName = sourceName, Code = builder.ToCode(), Constants = [], Names = [], Functions = [],
            Handlers = [], Captures = captures, Positions = builder.ToPositions(), Flags = flags, MaxStack = builder.MaxDepth + 1,
        };
        functions.Add(code);
        return functions.Count - 1;
    }

    // ------------------------------------------------------------------ references through private names and super

    /// <summary>`o.#x` / `o?.#x` as a value.</summary>
    private void EmitPrivateMember(MemberExpression m)
    {
        EmitExpression(m.Object);
        if (m.Optional) b.EmitJump(Op.JumpIfNullishUndefined, chainEnd);
        EmitPrivateName((PrivateIdentifier)m.Property);
        Position(m);
        b.Emit(Op.GetPrivate);
    }

    /// <summary>Callee `o.#m` of a call: pushes the function and `this` = o.</summary>
    private void EmitPrivateCallee(MemberExpression m)
    {
        EmitExpression(m.Object);
        if (m.Optional) b.EmitJump(Op.JumpIfNullishUndefined, chainEnd);
        b.Emit(Op.Dup);
        EmitPrivateName((PrivateIdentifier)m.Property);
        Position(m);
        b.Emit(Op.GetPrivate);
        b.Emit(Op.Swap);
    }

    /// <summary>Pushes the parts of a `o.#x` or `super.x` / `super[k]` reference; returns how many values.</summary>
    private int EmitSpecialReference(MemberExpression m)
    {
        if (m.Property is PrivateIdentifier p)
        {
            EmitExpression(m.Object);
            EmitPrivateName(p);
            return 2;
        }
        EmitLoad("this", m);
        if (!m.Computed) return 1;
        // super[k]: the base is taken before the key is converted (GetValue/PutValue convert it).
        EmitExpression(m.Property);
        b.Emit(Op.SuperBase);
        return 3;
    }

    /// <summary>ref → ref ref (a super[k] reference's key is converted once, here, after its base was taken).</summary>
    private void EmitDupReference(int size)
    {
        if (size == 1) { b.Emit(Op.Dup); return; }
        if (size == 2) { b.Emit(Op.Dup2); return; }
        int thisTemp = AllocTemp(), key = AllocTemp(), superBase = AllocTemp();
        b.Emit(Op.StoreLocal, superBase);
        b.Emit(Op.ToPropertyKey);
        b.Emit(Op.StoreLocal, key);
        b.Emit(Op.StoreLocal, thisTemp);
        for (int i = 0; i < 2; i++)
        {
            b.Emit(Op.LoadLocal, thisTemp);
            b.Emit(Op.LoadLocal, key);
            b.Emit(Op.LoadLocal, superBase);
        }
        FreeTemp(thisTemp);
        FreeTemp(key);
        FreeTemp(superBase);
    }

    /// <summary>ref → value (the reference's parts consumed).</summary>
    private void EmitSpecialGet(MemberExpression m)
    {
        Position(m);
        if (m.Property is PrivateIdentifier) b.Emit(Op.GetPrivate);
        else if (m.Computed) b.Emit(Op.GetSuperRef);
        else b.Emit(Op.GetSuper, Name(((Identifier)m.Property).Name));
    }

    /// <summary>ref value → value.</summary>
    private void EmitSpecialSet(MemberExpression m)
    {
        if (m.Property is PrivateIdentifier) b.Emit(Op.SetPrivate);
        else if (m.Computed) b.Emit(Op.SetSuperRef);
        else b.Emit(Op.SetSuper, Name(((Identifier)m.Property).Name));
    }

    private static bool IsSpecialReference(Node target) => target is MemberExpression { Object: Super } or MemberExpression { Property: PrivateIdentifier };

    /// <summary>Assignment (=, compound, logical) to `o.#x` or `super.x`.</summary>
    private void EmitSpecialAssignment(AssignmentExpression a, MemberExpression m)
    {
        var op = a.Operator;
        int size = EmitSpecialReference(m);
        if (op == AssignmentOperator.Assign)
        {
            EmitExpression(a.Right);
            Position(a);
            EmitSpecialSet(m);
            return;
        }
        EmitDupReference(size);
        EmitSpecialGet(m);
        bool logical = op is AssignmentOperator.LogicalAndAssign or AssignmentOperator.LogicalOrAssign or AssignmentOperator.NullishAssign;
        if (!logical)
        {
            EmitExpression(a.Right);
            Position(a);
            b.Emit(CompoundOp(op));
            EmitSpecialSet(m);
            return;
        }
        int shortCircuit = b.NewLabel(), done = b.NewLabel();
        b.EmitJump(op switch
        {
            AssignmentOperator.LogicalAndAssign => Op.JumpIfFalseOrPop,
            AssignmentOperator.LogicalOrAssign => Op.JumpIfTrueOrPop,
            _ => Op.JumpIfNotNullishOrPop,
        }, shortCircuit);
        EmitExpression(a.Right);
        Position(a);
        EmitSpecialSet(m);
        b.EmitJump(Op.Jump, done);
        b.Mark(shortCircuit);
        // Stack: ref... value → value
        for (int i = 0; i < size; i++) { b.Emit(Op.Swap); b.Emit(Op.Pop); }
        b.Mark(done);
    }

    /// <summary>`o.#x++`, `--super.x` ...</summary>
    private void EmitSpecialUpdate(UpdateExpression u, MemberExpression m)
    {
        int size = EmitSpecialReference(m);
        EmitDupReference(size);
        EmitSpecialGet(m);
        Position(u);
        int old = -1;
        if (!u.Prefix)
        {
            old = AllocTemp();
            b.Emit(Op.ToNumeric);
            b.Emit(Op.Dup);
            b.Emit(Op.StoreLocal, old);
        }
        b.Emit(u.Increment ? Op.Inc : Op.Dec);
        EmitSpecialSet(m);
        if (!u.Prefix)
        {
            b.Emit(Op.Pop);
            b.Emit(Op.LoadLocal, old);
            FreeTemp(old);
        }
    }

    /// <summary>Pops the value on the stack into `o.#x` or `super.x` (destructuring and for-in/of targets).</summary>
    private void EmitSpecialAssignmentTarget(MemberExpression m)
    {
        int value = AllocTemp();
        b.Emit(Op.StoreLocal, value);
        EmitSpecialReference(m);
        b.Emit(Op.LoadLocal, value);
        Position(m);
        EmitSpecialSet(m);
        b.Emit(Op.Pop);
        FreeTemp(value);
    }
}
