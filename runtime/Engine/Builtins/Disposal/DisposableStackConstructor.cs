using System;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins;

/// <summary>A DisposableStack or AsyncDisposableStack: [[DisposableState]] and [[DisposeCapability]].</summary>
internal sealed class JsDisposableStack(JsObject prototype, bool isAsync) : JsObject(prototype)
{
    public readonly bool IsAsync = isAsync;
    public bool Disposed;
    public DisposeCapability Capability = new();

    public override string ClassName => IsAsync ? "AsyncDisposableStack" : "DisposableStack";
}

/// <summary>ES2026 §27.3 DisposableStack objects.</summary>
internal static class DisposableStackConstructor
{
    public static JsFunction Install(Realm realm)
    {
        var proto = new JsObject(realm.ObjectPrototype);
        realm.DisposableStackPrototype = proto;
        var ctor = Builtin.Constructor(realm, "DisposableStack", 0, Construct, proto);
        Builtin.DefineMethods(realm, proto,
        [
            new("adopt", 2, Adopt),
            new("defer", 1, Defer),
        ]);
        var dispose = new JsNativeFunction(realm, "dispose", 0, Dispose);
        proto.AddProperty("dispose", JsValue.FromObject(dispose), PropertyFlags.Hidden);
        Builtin.Getter(realm, proto, "disposed", "disposed", static (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => This(t, "disposed").Disposed);
        Builtin.DefineMethods(realm, proto,
        [
            new("move", 0, Move),
            new("use", 1, Use),
        ]);
        // 27.3.3.7 DisposableStack.prototype [ @@dispose ] is the same function as dispose.
        proto.AddProperty(JsSymbol.Dispose, JsValue.FromObject(dispose), PropertyFlags.Hidden);
        Library.ToStringTag(proto, "DisposableStack");
        return ctor;
    }

    private static JsDisposableStack This(in JsValue value, string method)
    {
        if (value.Ref is JsDisposableStack s && !s.IsAsync) return s;
        return JsException.ThrowTypeError<JsDisposableStack>($"Method DisposableStack.prototype.{method} called on incompatible receiver {Operations.DescribeForError(value)}");
    }

    private static JsDisposableStack Pending(in JsValue value, string method)
    {
        var s = This(value, method);
        if (s.Disposed) JsException.ThrowReferenceError($"DisposableStack.prototype.{method}: the stack is already disposed");
        return s;
    }

    // 27.3.1.1 DisposableStack ( )
    private static JsValue Construct(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        if (newTarget == null) JsException.ThrowTypeError("Constructor DisposableStack requires 'new'");
        return new JsDisposableStack(Library.PrototypeFromConstructor(newTarget, static r => r.DisposableStackPrototype, realm), isAsync: false);
    }

    // 27.3.3.1 DisposableStack.prototype.adopt ( value, onDispose )
    private static JsValue Adopt(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var s = Pending(thisValue, "adopt");
        var value = Builtin.Arg(args, 0);
        var onDispose = Builtin.CallbackOrThrow(Builtin.Arg(args, 1));
        s.Capability.AddMethod(AdoptClosure(realm, value, onDispose), DisposeHint.Sync);
        return value;
    }

    /// <summary>The closure of adopt (§27.3.3.1 step 5 / §27.4.3.1 step 5): onDispose(value).</summary>
    internal static JsValue AdoptClosure(Realm realm, JsValue value, JsObject onDispose)
        => JsValue.FromObject(new JsNativeFunction(realm, "", 0, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n)
            => Operations.Call(JsValue.FromObject(onDispose), JsValue.Undefined, [value])));

    // 27.3.3.2 DisposableStack.prototype.defer ( onDispose )
    private static JsValue Defer(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var s = Pending(thisValue, "defer");
        var onDispose = Builtin.CallbackOrThrow(Builtin.Arg(args, 0));
        s.Capability.AddMethod(JsValue.FromObject(onDispose), DisposeHint.Sync);
        return JsValue.Undefined;
    }

    // 27.3.3.3 DisposableStack.prototype.dispose ( )
    private static JsValue Dispose(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var s = This(thisValue, "dispose");
        if (s.Disposed) return JsValue.Undefined;
        s.Disposed = true;
        s.Capability.DisposeSync(realm);
        return JsValue.Undefined;
    }

    // 27.3.3.5 DisposableStack.prototype.move ( )
    private static JsValue Move(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var s = Pending(thisValue, "move");
        var moved = new JsDisposableStack(realm.DisposableStackPrototype, isAsync: false) { Capability = s.Capability };
        s.Capability = new DisposeCapability();
        s.Disposed = true;
        return moved;
    }

    // 27.3.3.6 DisposableStack.prototype.use ( value )
    private static JsValue Use(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var s = Pending(thisValue, "use");
        var value = Builtin.Arg(args, 0);
        s.Capability.Add(realm, value, DisposeHint.Sync);
        return value;
    }
}
