using System;
using System.Collections.Generic;
using Aot.Engine.Builtins;
using Aot.Engine.Compiling;
using Aot.Engine.Modules;
using Aot.Engine.Objects;

namespace Aot.Engine.Interpreting;

/// <summary>Dynamic `import()` (ECMA-262 §13.3.10), `import.meta` (§13.3.12) and the host's entry to
/// run a module graph.</summary>
public sealed partial class Vm
{
    private long asyncEvaluationOrder;

    internal long NextAsyncEvaluationOrder() => ++asyncEvaluationOrder;

    /// <summary>Loads, links and evaluates <paramref name="module"/> and its dependencies: the promise of
    /// §16.2.1.5.3 Evaluate(), rejected also when loading or linking fails. The host drains jobs after.</summary>
    public JsPromise RunModule(ModuleRecord module)
    {
        try
        {
            module.LoadRequestedModules();
            module.Link();
        }
        catch (JsException e)
        {
            return RejectedPromise(module.Realm, e.GetValue(CurrentRealm ?? module.Realm));
        }
        return module.Evaluate();
    }

    /// <summary>§13.3.10.2 EvaluateImportCall steps 3-13 (specifier and options already evaluated).</summary>
    private JsValue ImportCall(Realm realm, FunctionCode fc, JsValue specifier, JsValue options)
    {
        var promise = new JsPromise(realm);
        var referrer = fc.ScriptOrModule as ModuleRecord;
        ModuleRecord module;
        try
        {
            string text = Operations.ToString(specifier);
            var attributes = new List<KeyValuePair<string, string>>();
            if (!options.IsUndefined)
            {
                if (!options.IsObject) JsException.ThrowTypeError("The second argument of import() must be an object");
                var with = options.AsObject().Get("with");
                if (!with.IsUndefined)
                {
                    if (!with.IsObject) JsException.ThrowTypeError("The 'with' option of import() must be an object");
                    var obj = with.AsObject();
                    var keys = new List<PropertyKey>();
                    obj.OwnPropertyKeys(keys);
                    foreach (var key in keys)
                    {
                        if (key.IsSymbol || !obj.GetOwnProperty(key, out var desc) || !desc.Enumerable) continue;
                        var value = obj.Get(key);
                        if (!value.IsString) JsException.ThrowTypeError("Import attribute values must be strings");
                        attributes.Add(new(key.ToJsValue().AsString(), value.AsString()));
                    }
                    foreach (var a in attributes)
                        if (a.Key != "type") JsException.ThrowSyntaxError($"Import attribute '{a.Key}' is not supported");
                    attributes.Sort((x, y) => string.CompareOrdinal(x.Key, y.Key));
                }
            }
            var request = new ModuleRequest(text, attributes.ToArray());
            var host = realm.ModuleHost ?? throw new JsException(ErrorKind.TypeError, "This realm cannot import modules");
            module = host.LoadImportedModule(realm, referrer, referrer?.Name ?? fc.SourceName, request);
            module.LoadRequestedModules();
        }
        catch (JsException e)
        {
            Promises.RejectPromise(promise, e.GetValue(CurrentRealm ?? realm));
            return JsValue.FromObject(promise);
        }
        // §16.2.1.9 ContinueDynamicImport: link and evaluate in the reaction to the (settled) load promise.
        var loaded = Promises.PromiseResolveIntrinsic(realm, JsValue.Undefined);
        Promises.PerformPromiseThen(loaded, new PromiseReaction(realm)
        {
            Native = (_, _) =>
            {
                ContinueDynamicImport(realm, promise, module);
                return JsValue.Undefined;
            },
        });
        return JsValue.FromObject(promise);
    }

    /// <summary>§16.2.1.9 ContinueDynamicImport steps 6-9.</summary>
    private void ContinueDynamicImport(Realm realm, JsPromise promise, ModuleRecord module)
    {
        JsPromise evaluation;
        try
        {
            module.Link();
            evaluation = module.Evaluate();
        }
        catch (JsException e)
        {
            Promises.RejectPromise(promise, e.GetValue(CurrentRealm ?? realm));
            return;
        }
        Promises.PerformPromiseThen(evaluation, new PromiseReaction(realm)
        {
            Native = (value, rejected) =>
            {
                if (rejected) Promises.RejectPromise(promise, value);
                else Promises.ResolvePromise(promise, JsValue.FromObject(module.GetNamespace()));
                return JsValue.Undefined;
            },
        });
    }

    /// <summary>§13.3.12.1 `import.meta`: created on first use, filled by the host.</summary>
    private static JsValue ImportMeta(Realm realm, FunctionCode fc)
    {
        if (fc.ScriptOrModule is not SourceTextModule module) throw new JsException(ErrorKind.SyntaxError, "Cannot use 'import.meta' outside a module");
        if (module.ImportMeta == null)
        {
            var meta = new JsObject(null);
            module.Realm.ModuleHost?.InitializeImportMeta(module.Realm, meta, module);
            module.ImportMeta = meta;
        }
        return JsValue.FromObject(module.ImportMeta);
    }
}

public sealed partial class Vm
{
    /// <summary>Compiles a function whose body is <paramref name="source"/> (Node's vm.compileFunction; the
    /// CommonJS wrapper): run the result with <see cref="RunScript"/> to get the function object. A parse
    /// error is thrown as <see cref="Parsing.SyntaxError"/> with positions in <paramref name="source"/>.</summary>
    public static FunctionCode CompileFunction(string source, string sourceName, string functionName, IReadOnlyList<string> parameters)
    {
        var program = Parsing.Parser.ParseScript(source, new Parsing.ParseOptions { AllowReturnOutsideFunction = true });
        return Compiler.CompileWrappedFunction(program, sourceName, functionName, parameters);
    }
}

public sealed partial class Vm
{
    /// <summary>A promise already fulfilled with <paramref name="value"/> (for hosts completing module work synchronously).</summary>
    public static JsPromise FulfilledPromise(Realm realm, in JsValue value)
    {
        var promise = new JsPromise(realm);
        Promises.FulfillPromise(promise, value);
        return promise;
    }

    /// <summary>A promise already rejected with <paramref name="reason"/>, marked handled (the host reports it itself).</summary>
    public static JsPromise RejectedPromise(Realm realm, in JsValue reason)
    {
        var promise = new JsPromise(realm) { IsHandled = true };
        Promises.RejectPromise(promise, reason);
        return promise;
    }
}
