using System;
using System.Collections.Generic;
using Aot.Engine.Builtins;
using Aot.Engine.Objects;

namespace Aot.Engine.Modules;

public abstract partial class CyclicModuleRecord
{
    /// <summary>§16.2.1.5.3 Evaluate().</summary>
    public override JsPromise Evaluate()
    {
        CyclicModuleRecord module = this;
        if (module.Status is ModuleStatus.EvaluatingAsync or ModuleStatus.Evaluated && module.CycleRoot != null) module = module.CycleRoot;
        if (module.TopLevelCapability != null) return module.TopLevelCapability;
        var stack = new List<CyclicModuleRecord>();
        var capability = new JsPromise(Realm);
        module.TopLevelCapability = capability;
        try
        {
            InnerModuleEvaluation(module, stack, 0);
        }
        catch (JsException e)
        {
            var error = e.GetValue(Realm);
            foreach (var m in stack)
            {
                m.Status = ModuleStatus.Evaluated;
                m.SetEvaluationError(error);
            }
            Promises.RejectPromise(capability, error);
            return capability;
        }
        if (!module.AsyncEvaluation) Promises.FulfillPromise(capability, JsValue.Undefined);
        return capability;
    }

    /// <summary>§16.2.1.5.3.1 InnerModuleEvaluation.</summary>
    private static int InnerModuleEvaluation(ModuleRecord module, List<CyclicModuleRecord> stack, int index)
    {
        if (module is not CyclicModuleRecord m)
        {
            var promise = module.Evaluate();
            if (promise.State == PromiseState.Rejected) throw new JsException(promise.Result);
            return index;
        }
        if (m.Status is ModuleStatus.EvaluatingAsync or ModuleStatus.Evaluated)
        {
            if (!m.HasEvaluationError) return index;
            throw new JsException(m.EvaluationError);
        }
        if (m.Status == ModuleStatus.Evaluating) return index;
        if (m.Status != ModuleStatus.Linked) throw new InvalidOperationException($"module {m.Name} is {m.Status}, not linked");
        m.Status = ModuleStatus.Evaluating;
        m.DfsIndex = index;
        m.DfsAncestorIndex = index;
        m.PendingAsyncDependencies = 0;
        index++;
        stack.Add(m);
        for (int i = 0; i < m.RequestedModules.Length; i++)
        {
            var required = m.GetImportedModule(i);
            index = InnerModuleEvaluation(required, stack, index);
            if (required is not CyclicModuleRecord r) continue;
            if (r.Status == ModuleStatus.Evaluating) m.DfsAncestorIndex = Math.Min(m.DfsAncestorIndex, r.DfsAncestorIndex);
            else
            {
                r = r.CycleRoot!;
                if (r.HasEvaluationError) throw new JsException(r.EvaluationError);
            }
            if (r.AsyncEvaluation)
            {
                m.PendingAsyncDependencies++;
                r.AsyncParentModules.Add(m);
            }
        }
        if (m.PendingAsyncDependencies > 0 || m.HasTopLevelAwait)
        {
            m.AsyncEvaluation = true;
            m.AsyncEvaluationOrder = m.Realm.Vm.NextAsyncEvaluationOrder();
            if (m.PendingAsyncDependencies == 0) ExecuteAsyncModule(m);
        }
        else m.ExecuteModule(false);
        if (m.DfsAncestorIndex == m.DfsIndex)
        {
            while (true)
            {
                var done = stack[^1];
                stack.RemoveAt(stack.Count - 1);
                done.Status = done.AsyncEvaluation ? ModuleStatus.EvaluatingAsync : ModuleStatus.Evaluated;
                done.CycleRoot = m;
                if (ReferenceEquals(done, m)) break;
            }
        }
        return index;
    }

    /// <summary>§16.2.1.5.3.2 ExecuteAsyncModule.</summary>
    private static void ExecuteAsyncModule(CyclicModuleRecord module)
    {
        JsPromise promise;
        try
        {
            promise = module.ExecuteModule(true)!;
        }
        catch (JsException e)
        {
            promise = Promises.Rejected(module.Realm, e.GetValue(module.Realm));
        }
        Promises.PerformPromiseThen(promise, new PromiseReaction(module.Realm)
        {
            Native = (value, rejected) =>
            {
                if (rejected) AsyncModuleExecutionRejected(module, value);
                else AsyncModuleExecutionFulfilled(module);
                return JsValue.Undefined;
            },
        });
    }

    /// <summary>§16.2.1.5.3.3 GatherAvailableAncestors.</summary>
    private static void GatherAvailableAncestors(CyclicModuleRecord module, List<CyclicModuleRecord> execList)
    {
        foreach (var m in module.AsyncParentModules)
        {
            if (execList.Contains(m) || m.CycleRoot!.HasEvaluationError) continue;
            m.PendingAsyncDependencies--;
            if (m.PendingAsyncDependencies == 0)
            {
                execList.Add(m);
                if (!m.HasTopLevelAwait) GatherAvailableAncestors(m, execList);
            }
        }
    }

    /// <summary>§16.2.1.5.3.4 AsyncModuleExecutionFulfilled.</summary>
    private static void AsyncModuleExecutionFulfilled(CyclicModuleRecord module)
    {
        if (module.Status == ModuleStatus.Evaluated) return;
        module.AsyncEvaluation = false;
        module.Status = ModuleStatus.Evaluated;
        if (module.TopLevelCapability != null) Promises.FulfillPromise(module.TopLevelCapability, JsValue.Undefined);
        var execList = new List<CyclicModuleRecord>();
        GatherAvailableAncestors(module, execList);
        execList.Sort((a, b) => a.AsyncEvaluationOrder.CompareTo(b.AsyncEvaluationOrder));
        foreach (var m in execList)
        {
            if (m.Status == ModuleStatus.Evaluated) continue;
            if (m.HasTopLevelAwait)
            {
                ExecuteAsyncModule(m);
                continue;
            }
            try
            {
                m.ExecuteModule(false);
            }
            catch (JsException e)
            {
                AsyncModuleExecutionRejected(m, e.GetValue(m.Realm));
                continue;
            }
            m.AsyncEvaluation = false;
            m.Status = ModuleStatus.Evaluated;
            if (m.TopLevelCapability != null) Promises.FulfillPromise(m.TopLevelCapability, JsValue.Undefined);
        }
    }

    /// <summary>§16.2.1.5.3.5 AsyncModuleExecutionRejected.</summary>
    private static void AsyncModuleExecutionRejected(CyclicModuleRecord module, JsValue error)
    {
        if (module.Status == ModuleStatus.Evaluated) return;
        module.SetEvaluationError(error);
        module.Status = ModuleStatus.Evaluated;
        module.AsyncEvaluation = false;
        // Leaf to root (the order of steps 9-10 since ES2025, which test262 checks).
        if (module.TopLevelCapability != null) Promises.RejectPromise(module.TopLevelCapability, error);
        foreach (var m in module.AsyncParentModules) AsyncModuleExecutionRejected(m, error);
    }
}
