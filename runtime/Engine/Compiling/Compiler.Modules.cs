using System;
using System.Collections.Generic;
using Aot.Engine.Parsing.Ast;

namespace Aot.Engine.Compiling;

public static partial class Compiler
{
    /// <summary>Compiles a module (ECMA-262 §16.2.1.6 ParseModule's static semantics: the request,
    /// import and export entries) into its init and body code over the module environment's cells.</summary>
    public static ModuleCode CompileModule(Program program, string sourceName)
    {
        var analyzer = new ScopeAnalyzer();
        var info = analyzer.AnalyzeModule(program);
        var init = new FunctionEmitter(analyzer, info, null, sourceName, "", program.SourceText).CompileModuleInit();
        var body = new FunctionEmitter(analyzer, info, null, sourceName, "", program.SourceText).CompileModuleBody(program);
        return ModuleTables.Build(program, info, init, body);
    }
}

/// <summary>The import/export tables of a module (§16.2.1.6.1 ParseModule steps 4-11).</summary>
internal static class ModuleTables
{
    public static ModuleCode Build(Program program, FunctionInfo info, FunctionCode init, FunctionCode body)
    {
        var cellBindings = new List<Binding>();
        foreach (var binding in info.Scope.Ordered)
            if (binding.ScriptLexicalIndex >= 0) cellBindings.Add(binding);
        cellBindings.Sort((a, b) => a.ScriptLexicalIndex.CompareTo(b.ScriptLexicalIndex));
        var names = new string[cellBindings.Count];
        var lexical = new bool[cellBindings.Count];
        for (int i = 0; i < names.Length; i++)
        {
            names[i] = cellBindings[i].Name;
            lexical[i] = cellBindings[i].Kind is BindingKind.Let or BindingKind.Const or BindingKind.Class;
        }
        int CellOf(string name) => info.Scope.Bindings[name].ScriptLexicalIndex;

        var requests = new List<ModuleRequest>();
        int Request(Literal source, System.Collections.Immutable.ImmutableArray<ImportAttribute> attributes)
        {
            var list = new List<KeyValuePair<string, string>>();
            if (!attributes.IsDefault)
                foreach (var a in attributes) list.Add(new(ExportName(a.Key), a.Value.StringValue!));
            list.Sort((x, y) => string.CompareOrdinal(x.Key, y.Key));
            var request = new ModuleRequest(source.StringValue!, list.ToArray());
            int i = requests.IndexOf(request);
            if (i >= 0) return i;
            requests.Add(request);
            return requests.Count - 1;
        }

        var imports = new List<ImportEntry>();
        var importsByLocal = new Dictionary<string, ImportEntry>();
        var locals = new List<LocalExport>();
        var indirect = new List<IndirectExport>();
        var stars = new List<int>();
        var pendingLocal = new List<(string Exported, string Local)>();
        foreach (var s in program.Body)
        {
            switch (s)
            {
                case ImportDeclaration imp:
                {
                    int r = Request(imp.Source, imp.Attributes);
                    foreach (var spec in imp.Specifiers)
                    {
                        var entry = spec switch
                        {
                            ImportSpecifier i => new ImportEntry(r, ExportName(i.Imported), CellOf(i.Local.Name)),
                            ImportDefaultSpecifier d => new ImportEntry(r, "default", CellOf(d.Local.Name)),
                            _ => new ImportEntry(r, null, CellOf(((ImportNamespaceSpecifier)spec).Local.Name)),
                        };
                        imports.Add(entry);
                        importsByLocal[names[entry.Cell]] = entry;
                    }
                    break;
                }
                case ExportNamedDeclaration e when e.Declaration != null:
                {
                    var bound = new List<string>();
                    switch (e.Declaration)
                    {
                        case VariableDeclaration v: foreach (var d in v.Declarations) ScopeAnalyzer.BoundNames(d.Id, bound); break;
                        case FunctionDeclaration f: bound.Add(f.Id!.Name); break;
                        case ClassDeclaration c: bound.Add(c.Id!.Name); break;
                    }
                    foreach (var n in bound) locals.Add(new LocalExport(n, CellOf(n)));
                    break;
                }
                case ExportNamedDeclaration e when e.Source != null:
                {
                    int r = Request(e.Source, e.Attributes);
                    foreach (var spec in e.Specifiers) indirect.Add(new IndirectExport(ExportName(spec.Exported), r, ExportName(spec.Local)));
                    if (e.Specifiers.Length == 0) { }
                    break;
                }
                case ExportNamedDeclaration e:
                    foreach (var spec in e.Specifiers) pendingLocal.Add((ExportName(spec.Exported), ExportName(spec.Local)));
                    break;
                case ExportDefaultDeclaration d:
                {
                    string local = d.Declaration switch
                    {
                        FunctionDeclaration { Id: not null } f => f.Id.Name,
                        ClassDeclaration { Id: not null } c => c.Id.Name,
                        _ => ScopeAnalyzer.DefaultBindingName,
                    };
                    locals.Add(new LocalExport("default", CellOf(local)));
                    break;
                }
                case ExportAllDeclaration a:
                {
                    int r = Request(a.Source, a.Attributes);
                    if (a.Exported == null) stars.Add(r);
                    else indirect.Add(new IndirectExport(ExportName(a.Exported), r, null));
                    break;
                }
            }
        }
        // §16.2.1.6.1 step 10.b: `export { x }` of an imported binding re-exports it.
        foreach (var (exported, local) in pendingLocal)
        {
            // A namespace import re-exported is `export * as name` (ECMA-262 2024 §16.2.1.6.1 step 10.b.ii).
            if (importsByLocal.TryGetValue(local, out var ie))
                indirect.Add(new IndirectExport(exported, ie.Request, ie.ImportName));
            else locals.Add(new LocalExport(exported, CellOf(local)));
        }
        return new ModuleCode
        {
            Init = init, Body = body, CellNames = names, CellIsLexical = lexical, Requests = requests.ToArray(),
            Imports = imports.ToArray(), LocalExports = locals.ToArray(), IndirectExports = indirect.ToArray(),
            StarExports = stars.ToArray(), HasTopLevelAwait = info.ContainsAwait,
        };
    }

    /// <summary>A ModuleExportName: an IdentifierName or a string literal.</summary>
    public static string ExportName(Expression e) => e switch
    {
        Identifier id => id.Name,
        Literal l => l.StringValue!,
        _ => throw new InvalidOperationException("bad ModuleExportName"),
    };
}

internal sealed partial class FunctionEmitter
{
    /// <summary>Module cells are the code's captures, in cell order (like a script's lexical cells).</summary>
    private void AddModuleCaptures()
    {
        var cells = new List<Binding>();
        foreach (var binding in info.Scope.Ordered)
            if (binding.ScriptLexicalIndex >= 0) cells.Add(binding);
        cells.Sort((a, b) => a.ScriptLexicalIndex.CompareTo(b.ScriptLexicalIndex));
        foreach (var binding in cells)
        {
            captures.Add(new CaptureSource(false, binding.ScriptLexicalIndex, binding.Name));
            captureIndex[binding] = binding.ScriptLexicalIndex;
        }
    }

    /// <summary>§16.2.1.6.4 InitializeEnvironment step 24: the hoisted function declarations.</summary>
    public FunctionCode CompileModuleInit()
    {
        AddModuleCaptures();
        foreach (var fd in info.HoistedFunctions)
        {
            string binding = fd.Id?.Name ?? ScopeAnalyzer.DefaultBindingName;
            b.Emit(Op.MakeClosure, CompileFunction(fd, fd, fd.Id?.Name ?? "default"));
            EmitStore(binding, fd, init: true);
        }
        b.Emit(Op.ReturnUndefined);
        return Finish("", CodeFlags.Script | CodeFlags.Strict, 0, 0);
    }

    /// <summary>§16.2.1.6.5 ExecuteModule: the body; an async function when it has top-level await.</summary>
    public FunctionCode CompileModuleBody(Program program)
    {
        AddModuleCaptures();
        b.Position(program.Line, program.Column);
        isAsync = info.ContainsAwait;
        Region? asyncBody = null;
        if (isAsync)
        {
            b.Emit(Op.GeneratorStart);
            asyncBody = new Region();
            asyncBody.Open(b.Length);
        }
        EnterScope(info.Scope);
        EmitStatementsDisposing(program.Body);
        b.Emit(Op.ReturnUndefined);
        if (asyncBody != null)
        {
            asyncBody.Close(b.Length);
            int fail = b.NewLabel();
            finishedRegions.Add((asyncBody, fail));
            b.MarkHandler(fail);
            b.Emit(Op.AsyncFail);
        }
        return Finish("", CodeFlags.Script | CodeFlags.Strict | (isAsync ? CodeFlags.Async : 0), 0, 0);
    }

    /// <summary>Import and export declarations in a module body (ECMA-262 §16.2.3.7 Evaluation).</summary>
    private void EmitModuleItem(Statement statement)
    {
        switch (statement)
        {
            case ExportNamedDeclaration { Declaration: { } d }: EmitStatement(d); break;
            case ExportDefaultDeclaration { Declaration: FunctionDeclaration }: break; // hoisted
            case ExportDefaultDeclaration { Declaration: ClassDeclaration c }:
                Position(c);
                EmitClass(c, c.Id, c.SuperClass, c.Body, c.Id?.Name ?? "default");
                EmitStore(c.Id?.Name ?? ScopeAnalyzer.DefaultBindingName, c, init: true);
                break;
            case ExportDefaultDeclaration { Declaration: Expression e } d:
                Position(d);
                EmitExpression(e, "default");
                EmitStore(ScopeAnalyzer.DefaultBindingName, d, init: true);
                break;
        }
    }

    /// <summary>§13.3.10.1 EvaluateImportCall: specifier and options are evaluated here; the VM does the rest.</summary>
    private void EmitImportCall(ImportExpression i)
    {
        if (i.Phase != ImportPhase.Evaluation) throw Unsupported.Feature("import phases", i);
        EmitExpression(i.Source);
        if (i.Options != null) EmitExpression(i.Options); else b.Emit(Op.Undefined);
        Position(i);
        b.Emit(Op.ImportCall);
    }
}

public static partial class Compiler
{
    /// <summary>Compiles <paramref name="program"/> (parsed as a script, top-level `return` allowed) as the
    /// body of a function with the given parameters, like Node's CommonJS wrapper
    /// `(function (exports, require, module, __filename, __dirname) { ... })` but without shifting any
    /// source position. The returned script's completion value is that function, named <paramref name="name"/>.</summary>
    public static FunctionCode CompileWrappedFunction(Program program, string sourceName, string name, IReadOnlyList<string> parameters)
    {
        var span = new SourceSpan(program.Start, program.End, program.Line, program.Column);
        var ids = System.Collections.Immutable.ImmutableArray.CreateBuilder<Node>();
        foreach (var p in parameters) ids.Add(new Identifier(new SourceSpan(0, 0, 1, 0), p));
        var flags = FunctionFlags.SimpleParameterList | FunctionFlags.UsesArguments | FunctionFlags.UsesThis;
        if (program.Strict) flags |= FunctionFlags.Strict | FunctionFlags.HasUseStrictDirective;
        var function = new FunctionExpression(span, null, ids.ToImmutable(), new BlockStatement(span, program.Body), flags);
        var wrapper = new Program(span, [new ExpressionStatement(span, function)], SourceType.Script, false);
        var analyzer = new ScopeAnalyzer();
        var info = analyzer.AnalyzeScript(wrapper);
        return new FunctionEmitter(analyzer, info, null, sourceName, "", program.SourceText).CompileScriptWithFunctionName(wrapper, name);
    }
}

internal sealed partial class FunctionEmitter
{
    private string? wrappedFunctionName;

    public FunctionCode CompileScriptWithFunctionName(Program program, string name)
    {
        wrappedFunctionName = name;
        return CompileScript(program);
    }
}
