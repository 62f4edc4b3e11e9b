using System;
using System.Collections.Generic;
using System.Globalization;
using Aot.Engine.Objects;
using Aot.Engine.Parsing.Ast;

namespace Aot.Engine.Compiling;

/// <summary>Compiles a parsed script to bytecode: scope analysis, then one <see cref="FunctionEmitter"/> per function.</summary>
public static partial class Compiler
{
    /// <summary>Features the VM does not run yet surface as a SyntaxError naming them (never a crash).</summary>
    public static FunctionCode CompileScript(Program program, string sourceName)
    {
        if (program.SourceType == SourceType.Module) JsException.ThrowSyntaxError("ES modules are not supported yet");
        var analyzer = new ScopeAnalyzer();
        var info = analyzer.AnalyzeScript(program);
        return new FunctionEmitter(analyzer, info, null, sourceName, "", program.SourceText).CompileScript(program);
    }

    /// <summary>Eval code (§19.2.1.1 PerformEval): <paramref name="site"/> is the direct eval's caller, null for indirect eval.</summary>
    public static FunctionCode CompileEval(Program program, EvalSite? site, string sourceName)
    {
        var analyzer = new ScopeAnalyzer();
        var info = analyzer.AnalyzeEval(program, site);
        return new FunctionEmitter(analyzer, info, null, sourceName, "", program.SourceText).CompileEval(program);
    }

    /// <summary>CreateDynamicFunction (§20.2.1.1.1): code returning the one function of <paramref name="program"/>.</summary>
    public static FunctionCode CompileDynamicFunction(Program program, FunctionDeclaration function, string sourceName)
    {
        var analyzer = new ScopeAnalyzer();
        var info = analyzer.AnalyzeDynamicFunction(program, function);
        return new FunctionEmitter(analyzer, info, null, sourceName, "", program.SourceText).CompileDynamicFunction(function);
    }
}

/// <summary>Thrown for syntax the compiler does not support yet; becomes a JS SyntaxError.</summary>
internal static class Unsupported
{
    public static Exception Feature(string what, Node node)
        => new JsException(ErrorKind.SyntaxError, $"{what} is not supported yet ({node.Line}:{node.Column + 1})");
}

/// <summary>Emits the bytecode of one function. Partials: Statements, Expressions, Patterns.</summary>
internal sealed partial class FunctionEmitter
{
    private readonly ScopeAnalyzer analysis;
    private readonly FunctionInfo info;
    private readonly FunctionEmitter? parent;
    private readonly string sourceName;
    private readonly string functionName;
    private readonly BytecodeBuilder b = new();
    private readonly List<JsValue> constants = new();
    private readonly Dictionary<string, int> stringConstants = new();
    private readonly Dictionary<long, int> numberConstants = new();
    private readonly List<PropertyKey> names = new();
    private readonly Dictionary<PropertyKey, int> nameIndex = new();
    private readonly List<FunctionCode> functions = new();
    private readonly List<CaptureSource> captures = new();
    private readonly Dictionary<Binding, int> captureIndex = new(ReferenceEqualityComparer.Instance);
    private readonly List<HandlerEntry> handlers = new();
    private readonly List<(Region Region, int Label)> finishedRegions = new();
    private readonly List<int> freeTemps = new();
    private int registerCount;
    private int cacheCount;
    private Scope scope;
    private int completionRegister = -1;
    private bool isGenerator, isAsync;

    /// <summary>The whole parsed text (functions keep it with their span for Function.prototype.toString).</summary>
    private readonly string source;
    /// <summary>The node whose text Function.prototype.toString returns (the method definition, the class).</summary>
    private Node? sourceNode;

    public FunctionEmitter(ScopeAnalyzer analysis, FunctionInfo info, FunctionEmitter? parent, string sourceName, string functionName, string source)
    {
        this.source = source;
        this.analysis = analysis;
        this.info = info;
        this.parent = parent;
        this.sourceName = sourceName;
        this.functionName = functionName;
        scope = info.Scope;
    }

    private bool Strict => info.IsStrict;

    // ------------------------------------------------------------------ pools and registers

    private int Constant(JsValue value)
    {
        if (value.IsString)
        {
            string s = value.AsString();
            if (stringConstants.TryGetValue(s, out int i)) return i;
            stringConstants[s] = constants.Count;
        }
        else if (value.IsNumber)
        {
            long bits = BitConverter.DoubleToInt64Bits(value.Number);
            if (numberConstants.TryGetValue(bits, out int i)) return i;
            numberConstants[bits] = constants.Count;
        }
        constants.Add(value);
        return constants.Count - 1;
    }

    private int Name(PropertyKey key)
    {
        if (nameIndex.TryGetValue(key, out int i)) return i;
        names.Add(key);
        nameIndex[key] = names.Count - 1;
        return names.Count - 1;
    }

    private int Name(string s) => Name(PropertyKey.FromString(s));
    private int Cache() => cacheCount++;
    private int NewRegister() => registerCount++;

    private int AllocTemp()
    {
        if (freeTemps.Count > 0)
        {
            int r = freeTemps[^1];
            freeTemps.RemoveAt(freeTemps.Count - 1);
            return r;
        }
        return registerCount++;
    }

    private void FreeTemp(int r) => freeTemps.Add(r);

    private void Position(Node node) => b.Position(node.Line, node.Column);

    private void EmitNumber(double d)
    {
        if (d == (int)d && !(d == 0 && double.IsNegative(d))) b.Emit(Op.Int, (int)d);
        else b.Emit(Op.Const, Constant(JsValue.FromNumber(d)));
    }

    private void EmitString(string s) => b.Emit(Op.Const, Constant(JsValue.FromString(s)));

    // ------------------------------------------------------------------ bindings

    private Binding? Lookup(string name)
    {
        for (var s = scope; s != null; s = s.Parent)
            if (s.Bindings.TryGetValue(name, out var binding)) return binding;
        return null;
    }

    /// <summary>The index of <paramref name="binding"/> (declared in an outer function) among this function's captures.</summary>
    private int CaptureOf(Binding binding)
    {
        if (captureIndex.TryGetValue(binding, out int i)) return i;
        var p = parent!;
        CaptureSource source;
        if (binding.ScriptLexicalIndex >= 0 && p.info.IsScript) source = new(false, binding.ScriptLexicalIndex, binding.Name);
        else if (binding.Function == p.info) source = new(true, binding.Register, binding.Name);
        else source = new(false, p.CaptureOf(binding), binding.Name);
        captures.Add(source);
        captureIndex[binding] = captures.Count - 1;
        return captures.Count - 1;
    }

    private bool NeedsTdzCheck(Binding binding, Node at)
    {
        if (binding.Kind == BindingKind.This) return (binding.Function.Flags & FunctionFlags.DerivedConstructor) != 0;
        if (!binding.IsLexical) return false;
        return binding.Function != info || binding.Scope.InSwitch || at.Start < binding.DeclarationEnd;
    }

    private void EmitLoad(string name, Node at)
    {
        var binding = Resolve(name, out var dynamic);
        if (dynamic != null) { EmitDynamicLoad(name, binding, dynamic, at, orUndefined: false); return; }
        if (binding == null) { b.Emit(Op.LoadGlobal, Name(name), Cache()); return; }
        EmitLoad(binding, at);
    }

    private void EmitLoad(Binding binding, Node at)
    {
        int n = Name(binding.Name);
        bool check = NeedsTdzCheck(binding, at);
        if (binding.IsGlobalObject) { b.Emit(Op.LoadGlobal, Name(binding.Name), Cache()); return; }
        if (binding.ScriptLexicalIndex >= 0)
        {
            int index = info.IsScript ? binding.ScriptLexicalIndex : CaptureOf(binding);
            if (check) b.Emit(Op.LoadCaptureChecked, index, n); else b.Emit(Op.LoadCapture, index);
            return;
        }
        if (binding.Function == info)
        {
            if (!binding.Captured)
            {
                if (binding.Kind == BindingKind.This) { b.Emit(check ? Op.LoadThisChecked : Op.LoadThis); return; }
                if (binding.Kind == BindingKind.NewTarget) { b.Emit(Op.LoadNewTarget); return; }
                if (check) b.Emit(Op.LoadLocalChecked, binding.Register, n); else b.Emit(Op.LoadLocal, binding.Register);
            }
            else if (check) b.Emit(Op.LoadCellChecked, binding.Register, n);
            else b.Emit(Op.LoadCell, binding.Register);
            return;
        }
        int c = CaptureOf(binding);
        if (check) b.Emit(Op.LoadCaptureChecked, c, n); else b.Emit(Op.LoadCapture, c);
    }

    /// <summary>Pops the value on the stack into the binding. <paramref name="init"/>: a declaration's
    /// initialization (no TDZ or const check).</summary>
    private void EmitStore(string name, Node at, bool init)
    {
        var binding = Resolve(name, out var dynamic);
        if (dynamic != null) { EmitDynamicStore(name, binding, dynamic, at, init); return; }
        if (binding == null) { b.Emit(Op.StoreGlobal, Name(name), Cache()); return; }
        EmitStore(binding, at, init);
    }

    private void EmitStore(Binding binding, Node at, bool init)
    {
        int n = Name(binding.Name);
        if (!init)
        {
            if (binding.IsConst)
            {
                if (NeedsTdzCheck(binding, at)) { EmitLoad(binding, at); b.Emit(Op.Pop); }
                b.Emit(Op.Pop);
                b.Emit(Op.ThrowConstAssign, n);
                b.Emit(Op.Undefined); // keeps the stack balanced for the (unreachable) rest
                b.Emit(Op.Pop);
                return;
            }
            if (binding.Kind == BindingKind.FunctionName)
            {
                b.Emit(Op.Pop);
                if (Strict) b.Emit(Op.ThrowConstAssign, n);
                return;
            }
        }
        bool check = !init && NeedsTdzCheck(binding, at);
        if (binding.IsGlobalObject) { b.Emit(Op.StoreGlobal, n, Cache()); return; }
        if (binding.ScriptLexicalIndex >= 0)
        {
            int index = info.IsScript ? binding.ScriptLexicalIndex : CaptureOf(binding);
            if (check) b.Emit(Op.StoreCaptureChecked, index, n); else b.Emit(Op.StoreCapture, index);
            return;
        }
        if (binding.Function == info)
        {
            if (!binding.Captured)
            {
                if (check) b.Emit(Op.StoreLocalChecked, binding.Register, n); else b.Emit(Op.StoreLocal, binding.Register);
            }
            else if (check) b.Emit(Op.StoreCellChecked, binding.Register, n);
            else b.Emit(Op.StoreCell, binding.Register);
            return;
        }
        int c = CaptureOf(binding);
        if (check) b.Emit(Op.StoreCaptureChecked, c, n); else b.Emit(Op.StoreCapture, c);
    }

    /// <summary>Allocates registers for a scope's bindings and puts lexical ones in their TDZ (fresh cells
    /// when captured, so each loop iteration or block entry gets new bindings).</summary>
    private void EnterScope(Scope s)
    {
        scope = s;
        foreach (var binding in s.Ordered)
        {
            if (binding.IsGlobalObject || binding.ScriptLexicalIndex >= 0) continue;
            if (binding.Kind is BindingKind.This or BindingKind.NewTarget && !binding.Captured) continue;
            bool fresh = binding.Register < 0;
            if (fresh) binding.Register = NewRegister();
            switch (binding.Kind)
            {
                case BindingKind.Let or BindingKind.Const or BindingKind.Class:
                    b.Emit(binding.Captured ? Op.NewCell : Op.InitEmpty, binding.Register);
                    break;
                case BindingKind.Var or BindingKind.Function or BindingKind.CatchParam or BindingKind.Arguments or BindingKind.FunctionName:
                    if (binding.Captured) { b.Emit(Op.NewCell, binding.Register); b.Emit(Op.Undefined); b.Emit(Op.StoreCell, binding.Register); }
                    break;
                case BindingKind.Param:
                    if (binding.Captured)
                    {
                        if (fresh) { b.Emit(Op.NewCell, binding.Register); b.Emit(Op.Undefined); b.Emit(Op.StoreCell, binding.Register); }
                        else b.Emit(Op.BoxLocal, binding.Register);
                    }
                    break;
                case BindingKind.This:
                    b.Emit(Op.NewCell, binding.Register);
                    if ((info.Flags & FunctionFlags.DerivedConstructor) == 0) { b.Emit(Op.LoadThis); b.Emit(Op.StoreCell, binding.Register); }
                    break;
                case BindingKind.NewTarget:
                    b.Emit(Op.NewCell, binding.Register);
                    b.Emit(Op.LoadNewTarget);
                    b.Emit(Op.StoreCell, binding.Register);
                    break;
                case BindingKind.ClassInternal:
                    if (binding.Captured) b.Emit(Op.NewCell, binding.Register);
                    break;
                case BindingKind.WithObject:
                    if (binding.Captured) b.Emit(Op.NewCell, binding.Register);
                    break;
                case BindingKind.EvalVars:
                    if (binding.Captured) b.Emit(Op.NewCell, binding.Register);
                    b.Emit(Op.NewEvalVars);
                    b.Emit(binding.Captured ? Op.StoreCell : Op.StoreLocal, binding.Register);
                    break;
            }
        }
    }

    private void ExitScope(Scope s) => scope = s.Parent!;

    /// <summary>Block-level function declarations are initialized when their block is entered.</summary>
    private void HoistBlockFunctions(IEnumerable<Statement> body)
    {
        foreach (var s in body)
        {
            var stmt = s;
            while (stmt is LabeledStatement l) stmt = l.Body;
            if (stmt is FunctionDeclaration fd)
            {
                b.Emit(Op.MakeClosure, CompileFunction(fd, fd, fd.Id!.Name));
                EmitStore(fd.Id!.Name, fd, init: true);
            }
        }
    }

    // ------------------------------------------------------------------ functions

    /// <summary>Compiles a nested function; returns its index in this function's pool.</summary>
    private int CompileFunction(Node node, IFunctionNode fn, string name, CodeFlags extra = CodeFlags.None, bool derived = false, Binding? fieldInitializer = null, Node? sourceNode = null)
    {
        var childInfo = analysis.Functions[node];
        var child = new FunctionEmitter(analysis, childInfo, this, sourceName, name, source) { fieldInitializer = fieldInitializer, sourceNode = sourceNode ?? node };
        functions.Add(child.CompileFunctionBody(fn, extra));
        return functions.Count - 1;
    }

    private FunctionCode CompileFunctionBody(IFunctionNode fn, CodeFlags extra)
    {
        var node = (Node)fn;
        b.Position(node.Line, node.Column);
        isGenerator = (fn.Flags & FunctionFlags.Generator) != 0;
        isAsync = (fn.Flags & FunctionFlags.Async) != 0;
        // §27.7.5.1: an async function's promise exists before its parameters are bound (their errors reject it).
        Region? asyncBody = null;
        if (isAsync && !isGenerator)
        {
            b.Emit(Op.GeneratorStart);
            asyncBody = new Region();
            asyncBody.Open(b.Length);
        }
        var formals = fn.Params;
        int paramCount = 0, length = -1;
        bool hasRest = false;
        foreach (var p in formals)
        {
            if (p is RestElement) { hasRest = true; if (length < 0) length = paramCount; break; }
            if (p is AssignmentPattern && length < 0) length = paramCount;
            paramCount++;
        }
        if (length < 0) length = paramCount;
        registerCount = paramCount;
        for (int i = 0; i < paramCount; i++)
            if (formals[i] is Identifier id) info.Scope.Bindings[id.Name].Register = i;

        EnterScope(info.Scope);
        EmitConstructorPrologue(fn);
        if (info.Scope.Bindings.TryGetValue("arguments", out var args) && args.Kind == BindingKind.Arguments)
        {
            if (NeedsMappedArguments(fn, paramCount)) b.Emit(Op.CreateMappedArguments, Constant(JsValue.FromInternal(MappedParameterRegisters(fn, paramCount))));
            else b.Emit(Op.CreateArguments);
            EmitStore(args, node, init: true);
        }
        if (node is FunctionExpression { Id: not null } fe && info.Scope.Bindings.TryGetValue(fe.Id.Name, out var self) && self.Kind == BindingKind.FunctionName)
        {
            b.Emit(Op.LoadCallee);
            EmitStore(self, node, init: true);
        }
        inParameters = true;
        for (int i = 0; i < formals.Length; i++)
        {
            var p = formals[i];
            switch (p)
            {
                case Identifier: break;
                case AssignmentPattern ap:
                {
                    int has = b.NewLabel(), done = b.NewLabel();
                    b.Emit(Op.LoadLocal, i);
                    b.EmitJump(Op.JumpIfNotUndefined, has);
                    EmitExpression(ap.Right, NameOf(ap.Left));
                    b.EmitJump(Op.Jump, done);
                    b.Mark(has);
                    b.Emit(Op.LoadLocal, i);
                    b.Mark(done);
                    EmitBindingInitialization(ap.Left, init: true);
                    break;
                }
                case RestElement r:
                    b.Emit(Op.CreateRest, paramCount);
                    EmitBindingInitialization(r.Argument, init: true);
                    break;
                default:
                    b.Emit(Op.LoadLocal, i);
                    EmitBindingInitialization(p, init: true);
                    break;
            }
        }
        inParameters = false;
        foreach (var fd in info.HoistedFunctions)
        {
            b.Emit(Op.MakeClosure, CompileFunction(fd, fd, fd.Id!.Name));
            EmitStore(fd.Id!.Name, fd, init: true);
        }
        if (isGenerator)
        {
            // §15.5.2 / §15.6.2: parameters are bound by the call; the body starts at the first next().
            b.Emit(Op.GeneratorStart);
            if (isAsync) { asyncBody = new Region(); asyncBody.Open(b.Length); }
        }
        if (fn.Body is BlockStatement body)
        {
            EmitStatementsDisposing(body.Body);
            b.Emit(Op.ReturnUndefined);
        }
        else
        {
            EmitExpression((Expression)fn.Body);
            b.Emit(Op.Return);
        }
        if (asyncBody != null)
        {
            // Everything the body throws rejects the promise (async functions) or the request (async generators).
            asyncBody.Close(b.Length);
            int fail = b.NewLabel();
            finishedRegions.Add((asyncBody, fail));
            b.MarkHandler(fail);
            b.Emit(Op.AsyncFail);
        }

        var flags = extra;
        if (info.IsStrict) flags |= CodeFlags.Strict;
        if (info.IsArrow) flags |= CodeFlags.Arrow;
        if (hasRest || info.Scope.Bindings.ContainsKey("arguments") && info.Scope.Bindings["arguments"].Kind == BindingKind.Arguments)
            flags |= CodeFlags.NeedsArgumentsCopy;
        if ((fn.Flags & FunctionFlags.Method) != 0) flags |= CodeFlags.Method;
        if ((fn.Flags & FunctionFlags.ClassConstructor) != 0) flags |= CodeFlags.ClassConstructor | CodeFlags.Constructor;
        if ((fn.Flags & FunctionFlags.DerivedConstructor) != 0) flags |= CodeFlags.Derived;
        if (!info.IsArrow && (fn.Flags & FunctionFlags.Method) == 0 && !isGenerator && !isAsync) flags |= CodeFlags.Constructor;
        if (isGenerator) flags |= CodeFlags.Generator;
        if (isAsync) flags |= CodeFlags.Async;
        return Finish(functionName, flags, paramCount, length);
    }

    public FunctionCode CompileScript(Program program)
    {
        var lexicalConst = new List<bool>();
        foreach (var binding in info.Scope.Ordered)
        {
            if (binding.ScriptLexicalIndex < 0) continue;
            captures.Add(new CaptureSource(false, binding.ScriptLexicalIndex, binding.Name));
            captureIndex[binding] = binding.ScriptLexicalIndex;
            lexicalConst.Add(binding.IsConst);
        }
        var varNames = new List<string>();
        var functionNames = new List<string>();
        foreach (var binding in info.Scope.Ordered)
        {
            if (binding.Kind == BindingKind.Var) varNames.Add(binding.Name);
            else if (binding.Kind == BindingKind.Function) functionNames.Add(binding.Name);
        }
        EnterScope(info.Scope);
        completionRegister = NewRegister();
        foreach (var fd in info.HoistedFunctions)
        {
            b.Emit(Op.MakeClosure, CompileFunction(fd, fd, fd.Id!.Name));
            EmitStore(fd.Id!.Name, fd, init: true);
        }
        foreach (var s in program.Body) EmitStatement(s);
        b.Emit(Op.LoadLocal, completionRegister);
        b.Emit(Op.Return);
        var code = Finish("", CodeFlags.Script | (info.IsStrict ? CodeFlags.Strict : 0), 0, 0);
        var script = new FunctionCode
        {
            Name = code.Name, SourceName = code.SourceName, Code = code.Code, Constants = code.Constants, Names = code.Names,
            Functions = code.Functions, Handlers = code.Handlers, Captures = code.Captures, Positions = code.Positions,
            Flags = code.Flags, RegisterCount = code.RegisterCount, MaxStack = code.MaxStack, CacheCount = code.CacheCount,
            ScriptVarNames = varNames.ToArray(), ScriptFunctionNames = functionNames.ToArray(), ScriptLexicalIsConst = lexicalConst.ToArray(),
        };
        script.InitCaches();
        return script;
    }

    private FunctionCode Finish(string name, CodeFlags flags, int paramCount, int length)
    {
        var bytes = b.ToCode();
        foreach (var (region, label) in finishedRegions)
            foreach (var (start, end) in region.Ranges)
                handlers.Add(new HandlerEntry(start, end, b.LabelPc(label)));
        var code = new FunctionCode
        {
            Name = name,
            SourceName = sourceName,
            Code = bytes,
            Constants = constants.ToArray(),
            Names = names.ToArray(),
            Functions = functions.ToArray(),
            Handlers = handlers.ToArray(),
            Captures = captures.ToArray(),
            Positions = b.ToPositions(),
            Flags = flags,
            ParamCount = paramCount,
            Length = length,
            RegisterCount = registerCount,
            MaxStack = b.MaxDepth + 1,
            CacheCount = cacheCount,
        };
        if (sourceNode != null) SetSourceText(code, sourceNode);
        code.InitCaches();
        return code;
    }

    /// <summary>The name an anonymous function gets from the binding it initializes (§8.4.5 NamedEvaluation).</summary>
    private static string? NameOf(Node target) => target is Identifier id ? id.Name : null;

    private static string PropertyName(Expression key) => key switch
    {
        Identifier id => id.Name,
        Literal { LiteralKind: LiteralKind.String } l => l.StringValue!,
        Literal { LiteralKind: LiteralKind.Number } l => NumberFormatting.ToString(l.NumberValue),
        Literal { LiteralKind: LiteralKind.BigInt } l => l.StringValue!,
        _ => "",
    };
}
