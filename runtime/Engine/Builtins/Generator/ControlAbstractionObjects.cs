using System;
using Aot.Engine.Interpreting;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins;

/// <summary>
/// Installs ECMA-262 §27 (Promise, %GeneratorFunction%, %AsyncFunction%, %AsyncGeneratorFunction%,
/// their prototypes, %AsyncIteratorPrototype%, %AsyncFromSyncIteratorPrototype%) and AggregateError,
/// and implements %GeneratorPrototype% next / return / throw (§27.5.1).
/// </summary>
internal static class ControlAbstractionObjects
{
    public static void Install(Realm realm, JsObject global)
    {
        PromisePrototype.Install(realm);
        global.AddProperty("Promise", JsValue.FromObject(PromiseConstructor.Create(realm)), PropertyFlags.Hidden);
        global.AddProperty("AggregateError", JsValue.FromObject(AggregateErrorConstructor.Install(realm)), PropertyFlags.Hidden);

        var functionConstructor = global.Get("Function").AsObjectOrNull;

        // §27.5 Generator objects.
        realm.GeneratorPrototype = new JsObject(realm.IteratorPrototype);
        Builtin.DefineMethods(realm, realm.GeneratorPrototype,
        [
            new("next", 1, static (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => Resume(r, t, Builtin.Arg(a, 0), ResumeMode.Next, "next")),
            new("return", 1, static (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => Resume(r, t, Builtin.Arg(a, 0), ResumeMode.Return, "return")),
            new("throw", 1, static (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => Resume(r, t, Builtin.Arg(a, 0), ResumeMode.Throw, "throw")),
        ]);
        Library.ToStringTag(realm.GeneratorPrototype, "Generator");
        realm.GeneratorFunctionPrototype = FunctionKind(realm, functionConstructor, "GeneratorFunction", realm.GeneratorPrototype, DynamicFunctionKind.Generator);

        // §27.1.3 %AsyncIteratorPrototype%, §27.6 AsyncGenerator objects, §27.1.6 async-from-sync iterators.
        realm.AsyncIteratorPrototype = new JsObject(realm.ObjectPrototype);
        Builtin.DefineMethods(realm, realm.AsyncIteratorPrototype,
            [new("[Symbol.asyncIterator]", 0, static (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => t, JsSymbol.AsyncIterator)]);
        realm.AsyncGeneratorPrototype = new JsObject(realm.AsyncIteratorPrototype);
        JsAsyncGenerator.InstallPrototype(realm, realm.AsyncGeneratorPrototype);
        realm.AsyncGeneratorFunctionPrototype = FunctionKind(realm, functionConstructor, "AsyncGeneratorFunction", realm.AsyncGeneratorPrototype, DynamicFunctionKind.AsyncGenerator);
        realm.AsyncFromSyncIteratorPrototype = new JsObject(realm.AsyncIteratorPrototype);
        JsAsyncFromSyncIterator.InstallPrototype(realm, realm.AsyncFromSyncIteratorPrototype);

        // §27.7 AsyncFunction objects.
        realm.AsyncFunctionPrototype = FunctionKind(realm, functionConstructor, "AsyncFunction", null, DynamicFunctionKind.Async);
    }

    /// <summary>%XFunction% and %XFunction.prototype% (§27.3, §27.4, §27.7): the prototype of those
    /// functions, linked to the instances' prototype; the constructor is CreateDynamicFunction of that kind.</summary>
    private static JsObject FunctionKind(Realm realm, JsObject? functionConstructor, string name, JsObject? instancePrototype, DynamicFunctionKind kind)
    {
        var proto = new JsObject(realm.FunctionPrototype);
        var ctor = new JsNativeFunction(realm, name, 1, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n)
            => JsValue.FromObject(FunctionConstructor.CreateDynamicFunction(r, n, kind, a)), isConstructor: true);
        if (functionConstructor != null) ctor.prototype = functionConstructor;
        ctor.AddProperty("prototype", JsValue.FromObject(proto), PropertyFlags.None);
        proto.AddProperty("constructor", JsValue.FromObject(ctor), PropertyFlags.Configurable);
        if (instancePrototype != null)
        {
            proto.AddProperty("prototype", JsValue.FromObject(instancePrototype), PropertyFlags.Configurable);
            instancePrototype.AddProperty("constructor", JsValue.FromObject(proto), PropertyFlags.Configurable);
        }
        Library.ToStringTag(proto, name);
        return proto;
    }

    /// <summary>§27.5.3.3 GeneratorResume and §27.5.3.4 GeneratorResumeAbrupt (with §27.5.3.2 GeneratorValidate).</summary>
    private static JsValue Resume(Realm realm, in JsValue thisValue, in JsValue value, ResumeMode mode, string method)
    {
        if (thisValue.Ref is not JsGenerator generator || !thisValue.IsObject)
            return JsException.ThrowTypeError<JsValue>($"{method} method called on incompatible receiver {Operations.DescribeForError(thisValue)}");
        var c = generator.Continuation;
        if (c.State == SuspendState.Executing) JsException.ThrowTypeError("Generator is already running");
        if (c.State == SuspendState.SuspendedStart && mode != ResumeMode.Next)
        {
            c.State = SuspendState.Completed;
            c.Window = [];
        }
        if (c.State == SuspendState.Completed)
        {
            if (mode == ResumeMode.Throw) throw new JsException(value);
            return IteratorPrototype.CreateIterResult(realm, mode == ResumeMode.Return ? value : JsValue.Undefined, true);
        }
        var result = realm.Vm.Resume(c, value, mode);
        if (c.State == SuspendState.Completed) return IteratorPrototype.CreateIterResult(realm, result, true);
        return c.YieldedRaw ? result : IteratorPrototype.CreateIterResult(realm, result, false);
    }
}
