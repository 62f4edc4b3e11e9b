using System;
using Aot.Engine.Compiling;
using Aot.Engine.Objects;
using Aot.Engine.Parsing;

namespace Aot.Engine.Interpreting;

/// <summary>
/// Dynamic code and dynamic scopes: PerformEval (ECMA-262 §19.2.1.1) direct and indirect, the global
/// part of EvalDeclarationInstantiation (§19.2.1.3), and the object environment operations behind
/// `with` and eval-declared vars (§9.1.1.2). The dispatch loop calls these from the dynamic-scope opcodes.
/// </summary>
public sealed partial class Vm
{
    /// <summary>§19.2.1.1 PerformEval with direct = true: compiles against the caller's scopes (its cells).</summary>
    private JsValue DirectEval(ref Frame f, EvalSite site, string source)
    {
        var realm = f.Function.Realm;
        bool inMethod = (site.ThisFunctionFlags & Parsing.Ast.FunctionFlags.Method) != 0 || f.Function.HomeObject != null;
        var options = new ParseOptions
        {
            Strict = site.Strict,
            AllowNewTarget = site.InFunction,
            AllowSuperProperty = inMethod,
            AllowSuperCall = (site.ThisFunctionFlags & Parsing.Ast.FunctionFlags.DerivedConstructor) != 0,
            InClassFieldInitializer = site.InClassFieldInitializer,
        };
        var code = CompileEvalSource(realm, source, options, site, f.Code.SourceName);
        var cells = new Cell[site.Sources.Length];
        for (int i = 0; i < cells.Length; i++)
        {
            var s = site.Sources[i];
            cells[i] = s.FromRegister ? stack[f.Fp + s.Index].Ref as Cell ?? new Cell(stack[f.Fp + s.Index]) : f.Function.Cells[s.Index];
        }
        if (!code.IsStrict) EvalGlobalDeclarations(realm, code);
        var closure = new JsClosure(realm, code, cells, realm.FunctionPrototype) { HomeObject = f.Function.HomeObject };
        return Invoke(closure, f.This, ReadOnlySpan<JsValue>.Empty, null);
    }

    /// <summary>§19.2.1.1 PerformEval with direct = false: global code with its own lexical scope.</summary>
    public JsValue IndirectEval(Realm realm, string source)
    {
        var code = CompileEvalSource(realm, source, new ParseOptions(), null, "<eval>");
        if (!code.IsStrict) EvalGlobalDeclarations(realm, code);
        var closure = new JsClosure(realm, code, [], realm.FunctionPrototype);
        return Invoke(closure, JsValue.FromObject(realm.GlobalObject), ReadOnlySpan<JsValue>.Empty, null);
    }

    private static FunctionCode CompileEvalSource(Realm realm, string source, ParseOptions options, EvalSite? site, string sourceName)
    {
        Parsing.Ast.Program program;
        try { program = Parser.ParseScript(source, options); }
        catch (SyntaxError e) { throw new JsException(realm.CreateErrorValue(ErrorKind.SyntaxError, e.Message)); }
        try { return Compiler.CompileEval(program, site, sourceName); }
        catch (JsException e) when (e.Kind == ErrorKind.SyntaxError) { throw new JsException(realm.CreateErrorValue(ErrorKind.SyntaxError, e.Message)); }
    }

    /// <summary>§19.2.1.3 EvalDeclarationInstantiation when the var scope is global: conflicts with global
    /// lexicals, CanDeclareGlobalFunction / CanDeclareGlobalVar, then deletable global bindings.</summary>
    private static void EvalGlobalDeclarations(Realm realm, FunctionCode code)
    {
        if (code.ScriptVarNames.Length == 0 && code.ScriptFunctionNames.Length == 0) return;
        var global = realm.GlobalObject;
        foreach (var name in code.ScriptVarNames)
            if (realm.GlobalLexicals.ContainsKey(name)) JsException.ThrowSyntaxError($"Identifier '{name}' has already been declared");
        foreach (var name in code.ScriptFunctionNames)
            if (realm.GlobalLexicals.ContainsKey(name)) JsException.ThrowSyntaxError($"Identifier '{name}' has already been declared");
        foreach (var name in code.ScriptFunctionNames)
            if (!CanDeclareGlobalFunction(global, name)) JsException.ThrowTypeError($"Cannot redefine global function '{name}'");
        foreach (var name in code.ScriptVarNames)
            if (!global.HasOwnProperty(name) && !global.IsExtensible()) JsException.ThrowTypeError($"Cannot define global variable '{name}'");
        const PropertyFlags all = PropertyFlags.Writable | PropertyFlags.Enumerable | PropertyFlags.Configurable;
        foreach (var name in code.ScriptFunctionNames)
        {
            // §9.1.1.4.18 CreateGlobalFunctionBinding (the value is stored when the code runs).
            if (!global.GetOwnProperty(name, out var existing) || existing.Configurable)
                global.DefinePropertyOrThrow(name, PropertyDescriptor.Data(JsValue.Undefined, all));
        }
        foreach (var name in code.ScriptVarNames)
            if (!global.HasOwnProperty(name) && global.IsExtensible())
                global.DefinePropertyOrThrow(name, PropertyDescriptor.Data(JsValue.Undefined, all));
        realm.GlobalLexicalVersion++;
    }

    /// <summary>§9.1.1.4.16 CanDeclareGlobalFunction.</summary>
    internal static bool CanDeclareGlobalFunction(JsObject global, string name)
    {
        if (!global.GetOwnProperty(name, out var existing)) return global.IsExtensible();
        if (existing.Configurable) return true;
        return existing.IsDataDescriptor && existing.Writable && existing.Enumerable;
    }

    // ------------------------------------------------------------------ object environment records

    /// <summary>§9.1.1.2.1 HasBinding: a `with` object checks @@unscopables; `%evalvars` is declarative.</summary>
    private static bool EnvHasBinding(in JsValue env, in PropertyKey key)
    {
        var o = env.AsObject();
        if (o is EvalVarScope) return o.HasOwnProperty(key);
        if (!o.HasProperty(key)) return false;
        var unscopables = o.Get(JsSymbol.Unscopables, env);
        if (unscopables.IsObject && Operations.ToBoolean(unscopables.AsObject().Get(key, unscopables))) return false;
        return true;
    }

    /// <summary>§9.1.1.2.6 GetBindingValue.</summary>
    private static JsValue EnvGetBindingValue(Realm realm, in JsValue env, in PropertyKey key, bool strict)
    {
        var o = env.AsObject();
        if (!o.HasProperty(key))
        {
            if (strict) throw new JsException(realm.CreateErrorValue(ErrorKind.ReferenceError, $"{key} is not defined"));
            return JsValue.Undefined;
        }
        return o.Get(key, env);
    }

    /// <summary>§9.1.1.2.5 SetMutableBinding.</summary>
    private static void EnvSetMutableBinding(Realm realm, in JsValue env, in PropertyKey key, in JsValue value, bool strict)
    {
        var o = env.AsObject();
        bool stillExists = o.HasProperty(key);
        if (!stillExists && strict) throw new JsException(realm.CreateErrorValue(ErrorKind.ReferenceError, $"{key} is not defined"));
        if (!o.Set(key, value, env) && strict)
            throw new JsException(ReadOnlyError(realm, key, env));
    }

    /// <summary>§14.11.2 step 2: ToObject(value) for `with`.</summary>
    private static JsValue ToWithObject(Realm realm, in JsValue value)
    {
        if (value.IsNullish) throw new JsException(realm.CreateErrorValue(ErrorKind.TypeError, "Cannot convert undefined or null to object"));
        return JsValue.FromObject(Operations.ToObject(realm, value));
    }

    private static void DeclareEvalVar(in JsValue env, in PropertyKey key)
    {
        var o = env.AsObject();
        if (!o.HasOwnProperty(key)) o.AddProperty(key, JsValue.Undefined, PropertyFlags.Writable | PropertyFlags.Enumerable | PropertyFlags.Configurable);
    }

    /// <summary>CallEval whose callee is not %eval%, or a direct eval: returns the call's result.</summary>
    private JsValue CallEvalSlow(ref Frame f, EvalSite site, in JsValue callee, in JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var realm = f.Function.Realm;
        if (callee.IsObject && ReferenceEquals(callee.Ref, realm.EvalFunction))
        {
            if (args.Length == 0) return JsValue.Undefined;
            if (!args[0].IsString) return args[0];
            return DirectEval(ref f, site, args[0].AsString());
        }
        if (!CallNonClosure(realm, callee, thisValue, args, false, out var result, out var exception)) throw new JsException(exception);
        return result;
    }
}

/// <summary>A function's `%evalvars`: the vars a sloppy direct eval declared in it (a declarative
/// environment kept as an object with no prototype; its bindings are deletable, §19.2.1.3 step 17).</summary>
internal sealed class EvalVarScope() : JsObject(null);
