using System;

namespace Aot.Engine.Objects;

/// <summary>A function object (ECMA-262 §10.2, §10.3): it has [[Call]], maybe [[Construct]], and a realm.</summary>
public abstract class JsFunction : JsObject
{
    public Realm Realm { get; }

    protected JsFunction(Realm realm, JsObject? prototype) : base(prototype) { Realm = realm; }

    public override string ClassName => "Function";
    public virtual bool IsConstructor => false;
    /// <summary>The name for stack traces and inspection (the initial `name`).</summary>
    public virtual string DebugName => "";

    /// <summary>[[Call]]. May re-enter the VM (a nested dispatch loop, counted against the depth limit).</summary>
    public abstract JsValue Call(in JsValue thisValue, ReadOnlySpan<JsValue> args);

    /// <summary>[[Construct]].</summary>
    public virtual JsValue Construct(ReadOnlySpan<JsValue> args, JsObject newTarget)
        => JsException.ThrowTypeError<JsValue>($"{DebugNameOr("anonymous")} is not a constructor");

    protected string DebugNameOr(string fallback) => DebugName.Length == 0 ? fallback : DebugName;

    /// <summary>§10.2.9 SetFunctionName + §10.2.10 SetFunctionLength for built-in setup.</summary>
    internal void DefineNameAndLength(string name, int length)
    {
        AddProperty("length", JsValue.FromNumber(length), PropertyFlags.Configurable);
        AddProperty("name", JsValue.FromString(name), PropertyFlags.Configurable);
    }
}

/// <summary>A built-in function's behaviour. <paramref name="newTarget"/> is null for [[Call]].</summary>
public delegate JsValue NativeFunction(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget);

/// <summary>ECMA-262 §10.3 Built-in function objects.</summary>
public sealed class JsNativeFunction : JsFunction
{
    private readonly NativeFunction behaviour;
    private readonly string name;
    private readonly bool constructor;

    public JsNativeFunction(Realm realm, string name, int length, NativeFunction behaviour, bool isConstructor = false)
        : base(realm, realm.FunctionPrototype)
    {
        this.behaviour = behaviour;
        this.name = name;
        constructor = isConstructor;
        DefineNameAndLength(name, length);
    }

    public override bool IsConstructor => constructor;
    public override string DebugName => name;

    public override JsValue Call(in JsValue thisValue, ReadOnlySpan<JsValue> args)
        => Realm.Vm.CallNative(this, behaviour, thisValue, args, null);

    public override JsValue Construct(ReadOnlySpan<JsValue> args, JsObject newTarget)
    {
        if (!constructor) return base.Construct(args, newTarget);
        return Realm.Vm.CallNative(this, behaviour, JsValue.Undefined, args, newTarget);
    }
}

/// <summary>ECMA-262 §10.4.1 Bound function exotic objects.</summary>
public sealed class JsBoundFunction : JsFunction
{
    public JsFunction Target { get; }
    public JsValue BoundThis { get; }
    public JsValue[] BoundArguments { get; }

    public JsBoundFunction(Realm realm, JsFunction target, JsValue boundThis, JsValue[] boundArguments)
        : base(realm, target.GetPrototypeOf())
    {
        Target = target;
        BoundThis = boundThis;
        BoundArguments = boundArguments;
    }

    public override bool IsConstructor => Target.IsConstructor;
    public override string DebugName => "bound " + Target.DebugName;

    private JsValue[] Join(ReadOnlySpan<JsValue> args)
    {
        var all = new JsValue[BoundArguments.Length + args.Length];
        BoundArguments.CopyTo(all, 0);
        args.CopyTo(all.AsSpan(BoundArguments.Length));
        return all;
    }

    /// <summary>§10.4.1.1 [[Call]].</summary>
    public override JsValue Call(in JsValue thisValue, ReadOnlySpan<JsValue> args)
        => Target.Call(BoundThis, BoundArguments.Length == 0 ? args : Join(args));

    /// <summary>§10.4.1.2 [[Construct]].</summary>
    public override JsValue Construct(ReadOnlySpan<JsValue> args, JsObject newTarget)
        => Target.Construct(BoundArguments.Length == 0 ? args : Join(args), ReferenceEquals(newTarget, this) ? Target : newTarget);
}
