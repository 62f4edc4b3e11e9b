using System.Collections.Generic;
using Aot.Engine.Objects;
using Aot.Engine.Parsing.Ast;

namespace Aot.Engine.Compiling;

/// <summary>
/// Dynamic scopes in the emitter: identifier references that pass a `with` object or a function's
/// `%evalvars` check those objects at run time (innermost first, ECMA-262 §9.1.2.1 GetIdentifierReference)
/// before falling back to the statically resolved binding. References that pass none compile exactly
/// as before. Also: the `with` statement, direct eval call sites, and eval code / dynamic functions.
/// </summary>
internal sealed partial class FunctionEmitter
{
    /// <summary>Emitting the parameter list (a direct eval there may not declare `arguments`).</summary>
    private bool inParameters;

    /// <summary>Static resolution plus the dynamic environments (innermost first) the reference passes on the way.</summary>
    private Binding? Resolve(string name, out List<Binding>? dynamic)
    {
        dynamic = null;
        bool skipDynamic = name is "this" or "new.target";
        for (var s = scope; s != null; s = s.Parent)
        {
            if (s.Bindings.TryGetValue(name, out var binding)) return binding;
            if (skipDynamic) continue;
            if (s.Kind == ScopeKind.With) (dynamic ??= new()).Add(s.Bindings[ScopeAnalyzer.WithName]);
            else if (s.HasEvalVars) (dynamic ??= new()).Add(s.Bindings[ScopeAnalyzer.EvalVarsName]);
        }
        return null;
    }

    /// <summary>Pushes the first dynamic environment that has <paramref name="name"/> and jumps to <paramref name="found"/>; falls through with nothing pushed.</summary>
    private void EmitDynamicProbe(string name, List<Binding> dynamic, int found, Node at)
    {
        int n = Name(name);
        foreach (var env in dynamic)
        {
            EmitLoad(env, at);
            b.EmitJump(Op.JumpIfHasBinding, n, found, keepsValue: true);
            b.Emit(Op.Pop);
        }
    }

    private void EmitStaticLoad(string name, Binding? binding, Node at, bool orUndefined)
    {
        if (binding == null) b.Emit(orUndefined ? Op.LoadGlobalOrUndefined : Op.LoadGlobal, Name(name), Cache());
        else EmitLoad(binding, at);
    }

    private void EmitStaticStore(string name, Binding? binding, Node at, bool init)
    {
        if (binding == null) b.Emit(Op.StoreGlobal, Name(name), Cache());
        else EmitStore(binding, at, init);
    }

    private void EmitDynamicLoad(string name, Binding? binding, List<Binding> dynamic, Node at, bool orUndefined)
    {
        int found = b.NewLabel(), end = b.NewLabel();
        EmitDynamicProbe(name, dynamic, found, at);
        EmitStaticLoad(name, binding, at, orUndefined);
        b.EmitJump(Op.Jump, end);
        b.Mark(found);
        b.Emit(Op.GetBindingValue, Name(name));
        b.Mark(end);
    }

    /// <summary>Pops the value on the stack into the first environment that has the name, else the static binding.</summary>
    private void EmitDynamicStore(string name, Binding? binding, List<Binding> dynamic, Node at, bool init)
    {
        int found = b.NewLabel(), end = b.NewLabel();
        EmitDynamicProbe(name, dynamic, found, at);
        EmitStaticStore(name, binding, at, init);
        b.EmitJump(Op.Jump, end);
        b.Mark(found);
        b.Emit(Op.SetBinding, Name(name));
        b.Mark(end);
    }

    /// <summary>Pushes a reference: the environment object holding the name, or &lt;empty&gt; for the static binding
    /// (ResolveBinding happens before the right-hand side is evaluated, §13.15.2).</summary>
    private void EmitDynamicReference(string name, List<Binding> dynamic, Node at)
    {
        int found = b.NewLabel();
        EmitDynamicProbe(name, dynamic, found, at);
        b.Emit(Op.EmptyRef);
        b.Mark(found);
    }

    /// <summary>ref → ref value (GetValue of the reference).</summary>
    private void EmitReferenceGet(string name, Binding? binding, Node at)
    {
        int isStatic = b.NewLabel(), end = b.NewLabel();
        b.EmitJump(Op.JumpIfEmptyRef, isStatic);
        b.Emit(Op.Dup);
        b.Emit(Op.GetBindingValue, Name(name));
        b.EmitJump(Op.Jump, end);
        b.Mark(isStatic);
        EmitStaticLoad(name, binding, at, orUndefined: false);
        b.Mark(end);
    }

    /// <summary>ref v → v (PutValue of the reference).</summary>
    private void EmitReferencePut(string name, Binding? binding, Node at)
    {
        int isStatic = b.NewLabel(), end = b.NewLabel();
        b.EmitJump(Op.PutRef, Name(name), isStatic, keepsValue: true);
        b.EmitJump(Op.Jump, end);
        b.Mark(isStatic);
        b.Emit(Op.Dup);
        EmitStaticStore(name, binding, at, init: false);
        b.Mark(end);
    }

    /// <summary>`x = v`, `x op= v`, `x &&= v` where x may live in a dynamic environment.</summary>
    private bool TryEmitDynamicAssignment(AssignmentExpression a, Identifier id)
    {
        var binding = Resolve(id.Name, out var dynamic);
        if (dynamic == null) return false;
        EmitDynamicReference(id.Name, dynamic, id);
        var op = a.Operator;
        if (op == AssignmentOperator.Assign)
        {
            EmitExpression(a.Right, id.Name);
            Position(a);
            EmitReferencePut(id.Name, binding, id);
            return true;
        }
        EmitReferenceGet(id.Name, binding, id);
        if (op is AssignmentOperator.LogicalAndAssign or AssignmentOperator.LogicalOrAssign or AssignmentOperator.NullishAssign)
        {
            int shortCircuit = b.NewLabel(), end = b.NewLabel();
            b.EmitJump(op switch
            {
                AssignmentOperator.LogicalAndAssign => Op.JumpIfFalseOrPop,
                AssignmentOperator.LogicalOrAssign => Op.JumpIfTrueOrPop,
                _ => Op.JumpIfNotNullishOrPop,
            }, shortCircuit);
            EmitExpression(a.Right, id.Name);
            Position(a);
            EmitReferencePut(id.Name, binding, id);
            b.EmitJump(Op.Jump, end);
            b.Mark(shortCircuit);
            b.Emit(Op.Swap);
            b.Emit(Op.Pop);
            b.Mark(end);
            return true;
        }
        EmitExpression(a.Right);
        Position(a);
        b.Emit(CompoundOp(op));
        EmitReferencePut(id.Name, binding, id);
        return true;
    }

    private bool TryEmitDynamicUpdate(UpdateExpression u, Identifier id)
    {
        var binding = Resolve(id.Name, out var dynamic);
        if (dynamic == null) return false;
        EmitDynamicReference(id.Name, dynamic, id);
        EmitReferenceGet(id.Name, binding, id);
        Position(u);
        var op = u.Increment ? Op.Inc : Op.Dec;
        if (u.Prefix)
        {
            b.Emit(op);
            EmitReferencePut(id.Name, binding, id);
            return true;
        }
        int old = AllocTemp();
        b.Emit(Op.ToNumeric);
        b.Emit(Op.Dup);
        b.Emit(Op.StoreLocal, old);
        b.Emit(op);
        EmitReferencePut(id.Name, binding, id);
        b.Emit(Op.Pop);
        b.Emit(Op.LoadLocal, old);
        FreeTemp(old);
        return true;
    }

    /// <summary>Pushes callee and this for a call through an identifier: a `with` object is the this value (§13.3.6.1 EvaluateCall).</summary>
    private bool TryEmitDynamicCallee(Identifier id)
    {
        var binding = Resolve(id.Name, out var dynamic);
        if (dynamic == null) return false;
        int isStatic = b.NewLabel(), end = b.NewLabel();
        EmitDynamicReference(id.Name, dynamic, id);
        b.EmitJump(Op.JumpIfEmptyRef, isStatic);
        b.Emit(Op.Dup);
        b.Emit(Op.GetBindingValue, Name(id.Name));
        b.Emit(Op.Swap);
        b.Emit(Op.WithBaseThis);
        b.EmitJump(Op.Jump, end);
        b.Mark(isStatic);
        b.Emit(Op.Pop);
        EmitStaticLoad(id.Name, binding, id, orUndefined: false);
        b.Emit(Op.Undefined);
        b.Mark(end);
        return true;
    }

    /// <summary>`typeof x` / `delete x` through dynamic environments; false when x passes none.</summary>
    private bool TryEmitDynamicTypeofOrDelete(Identifier id, bool delete)
    {
        var binding = Resolve(id.Name, out var dynamic);
        if (dynamic == null) return false;
        if (!delete)
        {
            EmitDynamicLoad(id.Name, binding, dynamic, id, orUndefined: true);
            return true;
        }
        int found = b.NewLabel(), end = b.NewLabel();
        EmitDynamicProbe(id.Name, dynamic, found, id);
        if (binding != null) b.Emit(Op.False);
        else { b.Emit(Op.LoadGlobalOrUndefined, Name("globalThis"), Cache()); b.Emit(Op.DeleteProp, Name(id.Name)); }
        b.EmitJump(Op.Jump, end);
        b.Mark(found);
        b.Emit(Op.DeleteProp, Name(id.Name));
        b.Mark(end);
        return true;
    }

    /// <summary>ECMA-262 §14.11.2 `with (object) body`: the body's references check the object first.</summary>
    private void EmitWith(WithStatement w)
    {
        TakeLabels();
        Position(w);
        EmitExpression(w.Object);
        b.Emit(Op.ToWithObject);
        var withScope = analysis.Scopes[w];
        EnterScope(withScope);
        EmitStore(withScope.Bindings[ScopeAnalyzer.WithName], w, init: true);
        if (completionRegister >= 0) { b.Emit(Op.Undefined); b.Emit(Op.StoreLocal, completionRegister); }
        EmitStatement(w.Body);
        ExitScope(withScope);
    }

    // ------------------------------------------------------------------ direct eval

    /// <summary>`eval(...)`: callee and this as for any call, then CallEval, which performs a direct eval
    /// (§19.2.1.1) when the callee is %eval% and an ordinary call otherwise.</summary>
    private void EmitDirectEvalCall(CallExpression c)
    {
        var id = (Identifier)c.Callee;
        if (!TryEmitDynamicCallee(id))
        {
            EmitLoad(id.Name, id);
            b.Emit(Op.Undefined);
        }
        int count = EmitArguments(c.Arguments);
        Position(c);
        if (count < 0) { b.Emit(Op.CallSpread); return; }
        b.Emit(Op.CallEval, count, Constant(JsValue.FromInternal(BuildEvalSite())));
    }

    private string[] ParameterNamesForEval()
    {
        var names = new List<string>();
        foreach (var p in info.Node!.Params) ScopeAnalyzer.BoundNames(p, names);
        if (!info.IsArrow) names.Add("arguments");
        return names.ToArray();
    }

    /// <summary>The scopes visible here (up to the global scope) and where each binding's cell comes from.</summary>
    private EvalSite BuildEvalSite()
    {
        var scopes = new List<EvalScope>();
        var sources = new List<CaptureSource>();
        for (var s = scope; s != null; s = s.Parent)
        {
            var fi = s.Function;
            if (s.Parent == null && fi.IsScript && !fi.IsEval && !fi.IsEvalCaller) break; // the script's own scope: globals
            var bindings = new List<EvalBinding>();
            foreach (var binding in s.Ordered)
            {
                if (binding.IsGlobalObject) continue;
                CaptureSource source;
                if (binding.ScriptLexicalIndex >= 0) source = new(false, info.IsScript ? binding.ScriptLexicalIndex : CaptureOf(binding), binding.Name);
                else if (binding.Function == info)
                {
                    if (!binding.Captured || binding.Register < 0) continue;
                    source = new(true, binding.Register, binding.Name);
                }
                else source = new(false, CaptureOf(binding), binding.Name);
                bindings.Add(new EvalBinding(binding.Name, binding.Kind, sources.Count));
                sources.Add(source);
            }
            scopes.Add(new EvalScope(s.Kind, bindings.ToArray(), s.IsVarScope));
        }
        // The function whose this/new.target/super the eval sees: the nearest non-arrow one.
        var thisFunction = info;
        while (thisFunction.IsArrow && thisFunction.Parent != null) thisFunction = thisFunction.Parent;
        var site = thisFunction.Site;
        bool inFunction = site?.InFunction ?? (!thisFunction.IsScript && !thisFunction.IsArrow);
        var flags = site?.ThisFunctionFlags ?? (thisFunction.IsScript ? FunctionFlags.None : thisFunction.Flags);
        return new EvalSite
        {
            Scopes = scopes.ToArray(), Sources = sources.ToArray(), Strict = Strict, ParameterNames = inParameters ? ParameterNamesForEval() : null,
            ThisFunctionFlags = flags, InFunction = inFunction, InClassFieldInitializer = site?.InClassFieldInitializer ?? false,
        };
    }

    /// <summary>Eval code: like a script, but its bindings are the eval's own (§19.2.1.3), the caller's
    /// cells are its captures, and sloppy vars go where <see cref="ScopeAnalyzer.AnalyzeEval"/> decided.</summary>
    public FunctionCode CompileEval(Program program)
    {
        var site = info.Site;
        if (site != null)
            for (int i = 0; i < site.Sources.Length; i++) captures.Add(new CaptureSource(false, i, site.Sources[i].Name));
        var varNames = new List<string>();
        var functionNames = new List<string>();
        foreach (var binding in info.Scope.Ordered)
        {
            if (!binding.IsGlobalObject) continue;
            if (binding.Kind == BindingKind.Var) varNames.Add(binding.Name);
            else if (binding.Kind == BindingKind.Function) functionNames.Add(binding.Name);
        }
        EnterScope(info.Scope);
        completionRegister = NewRegister();
        b.Emit(Op.Undefined);
        b.Emit(Op.StoreLocal, completionRegister);
        if (info.EvalVarNames.Count > 0)
        {
            var evalVars = info.EvalVarScope!.Bindings[ScopeAnalyzer.EvalVarsName];
            foreach (var name in info.EvalVarNames)
            {
                EmitLoad(evalVars, program);
                b.Emit(Op.DeclareEvalVar, Name(name));
            }
        }
        foreach (var fd in info.HoistedFunctions)
        {
            b.Emit(Op.MakeClosure, CompileFunction(fd, fd, fd.Id!.Name));
            EmitStore(fd.Id!.Name, fd, init: true);
        }
        foreach (var s in program.Body) EmitStatement(s);
        b.Emit(Op.LoadLocal, completionRegister);
        b.Emit(Op.Return);
        var code = Finish("", CodeFlags.Script | CodeFlags.Arrow | (info.IsStrict ? CodeFlags.Strict : 0), 0, 0);
        var eval = new FunctionCode
        {
            Name = code.Name, SourceName = code.SourceName, Code = code.Code, Constants = code.Constants, Names = code.Names,
            Functions = code.Functions, Handlers = code.Handlers, Captures = code.Captures, Positions = code.Positions,
            Flags = code.Flags, RegisterCount = code.RegisterCount, MaxStack = code.MaxStack, CacheCount = code.CacheCount,
            ScriptVarNames = varNames.ToArray(), ScriptFunctionNames = functionNames.ToArray(),
        };
        eval.InitCaches();
        return eval;
    }

    /// <summary>CreateDynamicFunction (§20.2.1.1.1): code that makes the one function and returns it.</summary>
    public FunctionCode CompileDynamicFunction(FunctionDeclaration function)
    {
        EnterScope(info.Scope);
        b.Emit(Op.MakeClosure, CompileFunction(function, function, "anonymous"));
        b.Emit(Op.Return);
        return Finish("", CodeFlags.Script | CodeFlags.Arrow, 0, 0);
    }
}
