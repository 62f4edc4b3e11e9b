using System;
using System.Collections.Generic;
using Aot.Engine.Builtins;
using Aot.Engine.Interpreting;

namespace Aot.Engine.Objects;

/// <summary>A global lexical binding (script-level let/const/class, ECMA-262 §9.1.1.4 [[DeclarativeRecord]]).</summary>
public sealed class GlobalLexicalBinding(Cell cell, bool isConst)
{
    public Cell Cell { get; } = cell;
    public bool IsConst { get; } = isConst;
}

/// <summary>
/// ECMA-262 §9.3 Realm: its own intrinsics, global object and global lexical environment. Several
/// realms can share one <see cref="Vm"/> (agent); every function remembers its realm.
/// </summary>
public sealed partial class Realm
{
    public Vm Vm { get; }

    public JsObject ObjectPrototype { get; }
    public JsFunction FunctionPrototype { get; }
    public JsArray ArrayPrototype { get; }
    public JsStringObject StringPrototype { get; }
    public JsPrimitiveObject NumberPrototype { get; }
    public JsPrimitiveObject BooleanPrototype { get; }
    public JsObject SymbolPrototype { get; }
    public JsObject BigIntPrototype { get; }
    public JsObject IteratorPrototype { get; }
    public JsObject ArrayIteratorPrototype { get; }
    public JsObject GlobalObject { get; }

    internal readonly JsObject[] ErrorPrototypes = new JsObject[7];
    internal readonly JsFunction[] ErrorConstructors = new JsFunction[7];
    public JsFunction ObjectConstructor { get; internal set; } = null!;
    public JsFunction ArrayConstructor { get; internal set; } = null!;
    /// <summary>%ThrowTypeError% (§10.2.4.1).</summary>
    public JsFunction ThrowTypeError { get; internal set; } = null!;
    /// <summary>%Array.prototype.values%, also Array.prototype[@@iterator] (for-of fast path checks it).</summary>
    public JsFunction ArrayValues { get; internal set; } = null!;
    /// <summary>%ArrayIteratorPrototype%.next (iteration skips result objects while it is in place).</summary>
    public JsFunction ArrayIteratorNext { get; internal set; } = null!;

    /// <summary>Script-level let/const/class bindings, shared by all scripts of this realm.</summary>
    public Dictionary<string, GlobalLexicalBinding> GlobalLexicals { get; } = new();
    /// <summary>Bumped whenever a script adds global lexicals (global-variable inline caches check it).</summary>
    public int GlobalLexicalVersion;

    /// <summary>ECMA-262 §9.3 [[HostDefined]]: the embedding's state for this realm (the Node host
    /// finds its event loop and process object here).</summary>
    public object? HostDefined { get; set; }

    public Realm(Vm vm)
    {
        Vm = vm;
        ObjectPrototype = new JsImmutablePrototypeObject(null);
        FunctionPrototype = new JsNativeFunction(this, "", 0, static (realm, in thisValue, args, newTarget) => JsValue.Undefined);
        FunctionPrototype.prototype = ObjectPrototype;
        ArrayPrototype = new JsArray(ObjectPrototype);
        StringPrototype = new JsStringObject(ObjectPrototype, "");
        NumberPrototype = new JsPrimitiveObject(ObjectPrototype, JsValue.FromNumber(0));
        BooleanPrototype = new JsPrimitiveObject(ObjectPrototype, JsValue.False);
        SymbolPrototype = new JsObject(ObjectPrototype);
        BigIntPrototype = new JsObject(ObjectPrototype);
        IteratorPrototype = new JsObject(ObjectPrototype);
        ArrayIteratorPrototype = new JsObject(IteratorPrototype);
        GlobalObject = new JsGlobalObject(ObjectPrototype);
        Intrinsics.Install(this);
    }

    public JsObject ErrorPrototype(ErrorKind kind) => ErrorPrototypes[(int)kind];
    public JsFunction ErrorConstructor(ErrorKind kind) => ErrorConstructors[(int)kind];

    /// <summary>A new error object of this realm with `message` and a `stack` of the current JS frames.</summary>
    public JsObject CreateError(ErrorKind kind, string message)
    {
        var error = new JsError(ErrorPrototype(kind));
        error.AddProperty("message", JsValue.FromString(message), PropertyFlags.Hidden);
        error.CaptureStack(Vm, ErrorKinds.Name(kind), message);
        return error;
    }

    public JsValue CreateErrorValue(ErrorKind kind, string message) => JsValue.FromObject(CreateError(kind, message));

    public JsArray CreateArray(int capacity = 0) => new(ArrayPrototype, capacity);
    public JsObject CreateObject() => new(ObjectPrototype);
}

/// <summary>An object with an [[ErrorData]] internal slot (ECMA-262 §20.5).</summary>
public sealed class JsError(JsObject? prototype) : JsObject(prototype)
{
    public override string ClassName => "Error";

    /// <summary>Defines `stack`: "Name: message" then one "    at fn (file:line:col)" line per JS frame.</summary>
    internal void CaptureStack(Vm vm, string name, string message)
    {
        string header = message.Length == 0 ? name : name + ": " + message;
        SetOwnDirect("stack", JsValue.FromString(header + vm.CaptureStackTrace()), PropertyFlags.Hidden);
    }
}

/// <summary>ECMA-262 §9.5 Jobs: the promise job queue the host drains after the script.</summary>
public sealed class JobQueue
{
    private readonly Queue<Builtins.Job> jobs = new();
    public int Count => jobs.Count;
    public void Enqueue(Action job) => jobs.Enqueue(new Builtins.Job(job));
    public void Enqueue(in Builtins.Job job) => jobs.Enqueue(job);
    public bool TryDequeue(out Builtins.Job job) => jobs.TryDequeue(out job);
}
