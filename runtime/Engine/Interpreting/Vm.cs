using System;
using System.Runtime.CompilerServices;
using System.Text;
using Aot.Engine.Compiling;
using Aot.Engine.Objects;
using Aot.Engine.Parsing;

namespace Aot.Engine.Interpreting;

/// <summary>
/// The agent (ECMA-262 §9.7): one value stack and frame stack shared by all its realms, the job
/// queue, the call-depth limit and the interrupt flag. JS→JS calls push a frame and stay in the
/// dispatch loop; only calls from native code (built-ins, getters invoked by internal methods)
/// enter a nested loop, and those are counted and bounded too.
/// </summary>
public sealed partial class Vm
{
    internal JsValue[] stack = new JsValue[4096];
    /// <summary>Frames live in fixed-size chunks that never move, so the loop can hold a `ref` to the
    /// current frame across nested calls.</summary>
    private readonly Frame[]?[] frameChunks = new Frame[FrameChunkCount][];
    private const int FrameChunkBits = 8, FrameChunkCount = 128;
    internal int frameCount;
    private int nativeDepth;

    /// <summary>JS frames allowed before "Maximum call stack size exceeded".</summary>
    public int MaxFrames { get; set; } = 20_000; // at most FrameChunkCount << FrameChunkBits
    /// <summary>Nested entries from native code allowed (each costs .NET stack).</summary>
    public int MaxNativeDepth { get; set; } = 400;
    /// <summary>.NET stack the nested entries may use, measured from the outermost entry. The default
    /// suits a 1.5 MB thread-pool stack; a host running scripts on a bigger thread can raise it.</summary>
    public long MaxNativeStackBytes { get; set; } = 768 * 1024;
    private nint stackBase;
    /// <summary>Set by the host (another thread, a signal) to stop the script at the next check point.</summary>
    public volatile bool InterruptRequested;
    /// <summary>Back-edges and calls left before the script is stopped (--max-instructions).</summary>
    public long InstructionBudget { get; set; } = long.MaxValue;

    public JobQueue Jobs { get; } = new();

    public Realm CreateRealm() => new(this);

    // ------------------------------------------------------------------ scripts

    public static FunctionCode Compile(string source, string sourceName, bool allowReturn = false)
    {
        var program = Parser.ParseScript(source, allowReturn ? new ParseOptions { AllowReturnOutsideFunction = true } : null);
        return Compiler.CompileScript(program, sourceName);
    }

    /// <summary>Parses, compiles and runs a script; returns its completion value. A SyntaxError from the
    /// parser is thrown as <see cref="SyntaxError"/>; JS exceptions as <see cref="JsException"/>.</summary>
    public JsValue EvaluateScript(Realm realm, string source, string sourceName = "<eval>")
        => RunScript(realm, Compile(source, sourceName));

    /// <summary>ECMA-262 §16.1.6 ScriptEvaluation with §16.1.7 GlobalDeclarationInstantiation.</summary>
    public JsValue RunScript(Realm realm, FunctionCode code)
    {
        var global = realm.GlobalObject;
        var lexicalNames = new string[code.ScriptLexicalIsConst.Length];
        for (int i = 0; i < lexicalNames.Length; i++) lexicalNames[i] = code.Captures[i].Name;
        foreach (var name in lexicalNames)
        {
            if (realm.GlobalLexicals.ContainsKey(name)) JsException.ThrowSyntaxError($"Identifier '{name}' has already been declared");
            if (global.GetOwnProperty(name, out var d) && !d.Configurable) JsException.ThrowSyntaxError($"Identifier '{name}' has already been declared");
        }
        foreach (var name in code.ScriptVarNames)
            if (realm.GlobalLexicals.ContainsKey(name)) JsException.ThrowSyntaxError($"Identifier '{name}' has already been declared");
        foreach (var name in code.ScriptFunctionNames)
            if (realm.GlobalLexicals.ContainsKey(name)) JsException.ThrowSyntaxError($"Identifier '{name}' has already been declared");
        // Steps 8-10: CanDeclareGlobalFunction / CanDeclareGlobalVar, before anything is created.
        foreach (var name in code.ScriptFunctionNames)
            if (!CanDeclareGlobalFunction(global, name)) JsException.ThrowTypeError($"Cannot redefine global function '{name}'");
        foreach (var name in code.ScriptVarNames)
            if (!global.HasOwnProperty(name) && !global.IsExtensible()) JsException.ThrowTypeError($"Cannot define global variable '{name}'");
        foreach (var name in code.ScriptFunctionNames)
        {
            if (!global.GetOwnProperty(name, out var existing) || existing.Configurable)
                global.DefinePropertyOrThrow(name, PropertyDescriptor.Data(JsValue.Undefined, PropertyFlags.Writable | PropertyFlags.Enumerable));
        }
        foreach (var name in code.ScriptVarNames)
            if (!global.HasOwnProperty(name) && global.IsExtensible())
                global.DefinePropertyOrThrow(name, PropertyDescriptor.Data(JsValue.Undefined, PropertyFlags.Writable | PropertyFlags.Enumerable));
        var cells = new Cell[lexicalNames.Length];
        for (int i = 0; i < cells.Length; i++)
        {
            cells[i] = new Cell(JsValue.Empty);
            realm.GlobalLexicals.Add(lexicalNames[i], new GlobalLexicalBinding(cells[i], code.ScriptLexicalIsConst[i]));
        }
        if (cells.Length > 0) realm.GlobalLexicalVersion++;
        var script = new JsClosure(realm, code, cells, realm.FunctionPrototype);
        return Invoke(script, JsValue.FromObject(global), ReadOnlySpan<JsValue>.Empty, null);
    }

    /// <summary>Runs queued jobs until the queue is empty (the host calls this after the script).</summary>
    public void RunJobs()
    {
        while (Jobs.TryDequeue(out var job)) job.Run();
    }

    // ------------------------------------------------------------------ calls from native code

    /// <summary>[[Call]] / [[Construct]] of a closure from native code: a nested dispatch loop.</summary>
    internal JsValue Invoke(JsClosure function, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        CheckNativeStack();
        int savedFrames = frameCount;
        int bottom = frameCount == 0 ? 0 : FrameAt(frameCount - 1).Fp + FrameAt(frameCount - 1).Code.FrameSize;
        int fp = bottom + 2;
        EnsureStack(fp + args.Length + function.Code.FrameSize + function.Code.ParamCount);
        stack[bottom] = JsValue.FromObject(function);
        stack[bottom + 1] = thisValue;
        args.CopyTo(stack.AsSpan(fp));
        var flags = FrameFlags.Entry;
        JsValue thisForFrame = thisValue;
        if (newTarget != null)
        {
            flags |= FrameFlags.Construct;
            thisForFrame = ConstructThis(function, newTarget);
        }
        if (!PushFrame(function, fp, args.Length, thisForFrame, newTarget == null ? JsValue.Undefined : JsValue.FromObject(newTarget), flags, bottom, out var error))
            throw new JsException(error);
        nativeDepth++;
        try
        {
            return Run(savedFrames);
        }
        catch (Exception e) when (e is not JsException)
        {
            // Termination or an engine bug: drop the frames this entry pushed.
            for (int i = savedFrames; i < frameCount; i++) FrameAt(i) = default;
            frameCount = savedFrames;
            throw;
        }
        finally
        {
            nativeDepth--;
        }
    }

    /// <summary>Calls a built-in; counted like a nested entry so native recursion stays bounded.</summary>
    internal JsValue CallNative(JsNativeFunction function, NativeFunction behaviour, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        CheckNativeStack();
        nativeDepth++;
        try { return behaviour(function.Realm, thisValue, args, newTarget); }
        // The pure numeric/date algorithms signal "throw a RangeError" with RangeErrorException.
        catch (Builtins.RangeErrorException e) { throw new JsException(function.Realm.CreateErrorValue(ErrorKind.RangeError, e.Message)); }
        // An error a built-in throws is an object of the built-in's own realm (a native TypeError of
        // other.Function.prototype.apply is other.TypeError), not the catching frame's.
        catch (JsException e) when (!e.IsMaterialized) { e.GetValue(function.Realm); throw; }
        finally { nativeDepth--; }
    }

    /// <summary>Native recursion that does not pass through <see cref="Invoke"/> or <see cref="CallNative"/>
    /// (a proxy's internal method forwarding to a proxy target) is counted the same way; pair with <see cref="LeaveNative"/>.</summary>
    internal void EnterNative()
    {
        CheckNativeStack();
        nativeDepth++;
    }

    internal void LeaveNative() => nativeDepth--;

    /// <summary>Bounds .NET recursion through native code: a depth count plus the stack bytes used since
    /// the outermost entry (.NET cannot catch a stack overflow, so this must trip first).</summary>
    private unsafe void CheckNativeStack()
    {
        byte marker = 0;
        nint here = (nint)(&marker);
        if (nativeDepth == 0) stackBase = here;
        if (nativeDepth >= MaxNativeDepth || Math.Abs((long)(stackBase - here)) > MaxNativeStackBytes || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
            JsException.ThrowRangeError("Maximum call stack size exceeded");
    }

    private static readonly PropertyKey PrototypeKey = "prototype";

    /// <summary>§10.2.2 [[Construct]] steps 3-4: OrdinaryCreateFromConstructor, or no `this` yet for derived classes.</summary>
    private static JsValue ConstructThis(JsClosure function, JsObject newTarget)
    {
        if ((function.Code.Flags & CodeFlags.Derived) != 0) return JsValue.Empty;
        var proto = newTarget.Get(PrototypeKey);
        return JsValue.FromObject(new JsObject(proto.IsObject ? proto.AsObject() : Operations.GetFunctionRealm(newTarget, function.Realm).ObjectPrototype));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal ref Frame FrameAt(int index) => ref frameChunks[index >> FrameChunkBits]![index & ((1 << FrameChunkBits) - 1)];

    private void EnsureStack(int size)
    {
        if (size <= stack.Length) return;
        int n = stack.Length;
        while (n < size) n *= 2;
        Array.Resize(ref stack, n);
    }

    /// <summary>Pushes a frame whose arguments are already at stack[fp..fp+argc).</summary>
    private bool PushFrame(JsClosure function, int fp, int argc, in JsValue thisValue, in JsValue newTarget, FrameFlags flags, int returnSp, out JsValue error)
    {
        var code = function.Code;
        if (frameCount >= MaxFrames)
        {
            error = function.Realm.CreateErrorValue(ErrorKind.RangeError, "Maximum call stack size exceeded");
            return false;
        }
        if (--InstructionBudget < 0 || InterruptRequested) CheckInterrupt();
        EnsureStack(fp + Math.Max(argc, code.ParamCount) + code.FrameSize);
        var s = stack;
        JsValue[]? args = null;
        if ((code.Flags & CodeFlags.NeedsArgumentsCopy) != 0) args = s.AsSpan(fp, argc).ToArray();
        int registers = code.RegisterCount;
        // Missing parameters and the other registers start undefined (written field by field: no
        // write barrier, no call for the usual handful of registers).
        for (int i = Math.Max(0, Math.Min(argc, code.ParamCount)), end = Math.Max(registers, code.ParamCount); i < end; i++)
            Put(ref s[fp + i], JsTag.Undefined, 0);
        frameChunks[frameCount >> FrameChunkBits] ??= new Frame[1 << FrameChunkBits];
        ref var f = ref FrameAt(frameCount++);
        f.Function = function;
        f.Code = code;
        f.Pc = 0;
        f.Fp = fp;
        f.Sp = fp + registers;
        f.ReturnSp = returnSp;
        // Popped frames are cleared (f = default), so absent NewTarget/Args need no store.
        if (!newTarget.IsUndefined) f.NewTarget = newTarget;
        if (args != null) f.Args = args;
        f.Flags = flags;
        // §10.2.1.2 OrdinaryCallBindThis: sloppy functions see undefined/null as the global object.
        if ((code.Flags & (CodeFlags.Strict | CodeFlags.Arrow)) == 0 && (flags & FrameFlags.Construct) == 0 && !thisValue.IsObject)
            f.This = thisValue.IsNullish ? JsValue.FromObject(function.Realm.GlobalObject) : JsValue.FromObject(Operations.ToObject(function.Realm, thisValue));
        else
            f.This = thisValue;
        error = default;
        return true;
    }

    internal void CheckInterrupt()
    {
        if (InterruptRequested)
        {
            InterruptRequested = false;
            throw new ScriptTerminatedException("Script execution was interrupted");
        }
        if (InstructionBudget < 0) throw new ScriptTerminatedException("Script exceeded its instruction budget");
    }

    // ------------------------------------------------------------------ stack traces

    /// <summary>"\n    at name (file:line:col)" for the innermost 10 JS frames (V8's default limit).</summary>
    public string CaptureStackTrace(int limit = 10)
    {
        var sb = new StringBuilder();
        for (int i = frameCount - 1, n = 0; i >= 0 && n < limit; i--, n++)
        {
            ref var f = ref FrameAt(i);
            var (line, column) = f.Code.PositionAt(f.Pc - 1);
            string location = f.Code.SourceName + ":" + line + ":" + column;
            sb.Append("\n    at ");
            if ((f.Code.Flags & CodeFlags.Script) != 0) sb.Append(location);
            else
            {
                string name = f.Code.Name.Length == 0 ? "<anonymous>" : f.Code.Name;
                if ((f.Flags & FrameFlags.Construct) != 0) name = "new " + name;
                sb.Append(name).Append(" (").Append(location).Append(')');
            }
        }
        return sb.ToString();
    }

    /// <summary>The realm of the running function (or null when no JS code runs).</summary>
    public Realm? CurrentRealm => frameCount == 0 ? null : FrameAt(frameCount - 1).Function.Realm;
}
