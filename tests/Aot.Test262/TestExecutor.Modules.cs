using System;
using System.IO;
using Aot.Conformance.Shared;
using Aot.Engine.Builtins;
using Aot.Engine.Compiling;
using Aot.Engine.Interpreting;
using Aot.Engine.Modules;
using Aot.Engine.Objects;
using Aot.Engine.Parsing;

namespace Aot.Test262;

public sealed partial class TestExecutor
{
    /// <summary>A `flags: [module]` test: parsed as a module (the parse phase), loaded and linked with its
    /// fixtures (the resolution phase), then evaluated after the harness scripts, jobs drained.</summary>
    private TestOutcome RunModule(string relativePath, string source, Frontmatter fm, TimeSpan limit)
    {
        string? failure = RunModuleOnce(relativePath, source, fm, limit);
        return failure == null ? TestOutcome.Pass : TestOutcome.Fail(failure);
    }

    private string? RunModuleOnce(string relativePath, string source, Frontmatter fm, TimeSpan limit)
    {
        string? expectPhase = fm.NegativePhase;
        string? expectType = fm.NegativeType;
        string path = Path.GetFullPath(Path.Combine(testDir, relativePath));
        ModuleCode code;
        try
        {
            code = Compiler.CompileModule(Parser.ParseModule(source), path);
        }
        catch (Exception e)
        {
            return CompileFailure(e, expectPhase, expectType);
        }
        if (expectPhase == "parse")
            return $"expected parse-phase {expectType}, but the module parsed";

        var vm = new Vm();
        currentVm = vm;
        if (timedOut)
            vm.InterruptRequested = true;
        Realm realm;
        var modules = new ModuleHost262(testDir);
        Host262 host = new() { Modules = modules };
        try
        {
            realm = vm.CreateRealm();
            host.Install(realm);
        }
        catch (Exception e)
        {
            return "realm creation: " + Crash(e);
        }
        if (!fm.IsRaw)
        {
            foreach (string include in HarnessFiles(fm))
            {
                var (harnessCode, error) = Harness(include);
                if (harnessCode == null)
                    return $"harness {include}: {error}";
                string? harnessFailure = Execute(vm, realm, () => vm.RunScript(realm, harnessCode), null, limit, out _);
                if (harnessFailure != null)
                    return $"harness {include}: {harnessFailure}";
            }
        }

        var module = SourceTextModule.FromCode(realm, code, path);
        modules.Register(realm, path, module);
        string? linkFailure = Execute(vm, realm, module.Link, expectPhase == "resolution" ? expectType : null, limit, out bool linkThrew);
        if (linkFailure != null)
            return linkFailure;
        if (expectPhase == "resolution")
            return linkThrew ? null : $"expected resolution-phase {expectType}, but the module linked";

        JsPromise? evaluation = null;
        string? result = Execute(vm, realm, () =>
        {
            evaluation = module.Evaluate();
            vm.RunJobs();
            if (evaluation.State == PromiseState.Rejected)
                throw new JsException(evaluation.Result);
        }, expectPhase == "runtime" ? expectType : null, limit, out bool threw);
        if (result != null)
            return result;
        if (expectPhase == "runtime")
            return threw ? null : $"expected runtime {expectType}, but nothing was thrown";
        if (evaluation is { State: PromiseState.Pending } && !fm.IsAsync)
            return "module evaluation never finished";
        return fm.IsAsync ? AsyncResult(host) : null;
    }
}
