using System;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins;

/// <summary>ES2026 §27.4 AsyncDisposableStack objects.</summary>
internal static class AsyncDisposableStackConstructor
{
    public static JsFunction Install(Realm realm)
    {
        var proto = new JsObject(realm.ObjectPrototype);
        realm.AsyncDisposableStackPrototype = proto;
        var ctor = Builtin.Constructor(realm, "AsyncDisposableStack", 0, Construct, proto);
        Builtin.DefineMethods(realm, proto,
        [
            new("adopt", 2, Adopt),
            new("defer", 1, Defer),
        ]);
        var disposeAsync = new JsNativeFunction(realm, "disposeAsync", 0, DisposeAsync);
        proto.AddProperty("disposeAsync", JsValue.FromObject(disposeAsync), PropertyFlags.Hidden);
        Builtin.Getter(realm, proto, "disposed", "disposed", static (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => This(t, "disposed").Disposed);
        Builtin.DefineMethods(realm, proto,
        [
            new("move", 0, Move),
            new("use", 1, Use),
        ]);
        // 27.4.3.7 AsyncDisposableStack.prototype [ @@asyncDispose ] is the same function as disposeAsync.
        proto.AddProperty(JsSymbol.AsyncDispose, JsValue.FromObject(disposeAsync), PropertyFlags.Hidden);
        Library.ToStringTag(proto, "AsyncDisposableStack");
        return ctor;
    }

    private static JsDisposableStack This(in JsValue value, string method)
    {
        if (value.Ref is JsDisposableStack s && s.IsAsync) return s;
        return JsException.ThrowTypeError<JsDisposableStack>($"Method AsyncDisposableStack.prototype.{method} called on incompatible receiver {Operations.DescribeForError(value)}");
    }

    private static JsDisposableStack Pending(in JsValue value, string method)
    {
        var s = This(value, method);
        if (s.Disposed) JsException.ThrowReferenceError($"AsyncDisposableStack.prototype.{method}: the stack is already disposed");
        return s;
    }

    // 27.4.1.1 AsyncDisposableStack ( )
    private static JsValue Construct(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        if (newTarget == null) JsException.ThrowTypeError("Constructor AsyncDisposableStack requires 'new'");
        return new JsDisposableStack(Library.PrototypeFromConstructor(newTarget, static r => r.AsyncDisposableStackPrototype, realm), isAsync: true);
    }

    // 27.4.3.1 AsyncDisposableStack.prototype.adopt ( value, onDisposeAsync )
    private static JsValue Adopt(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var s = Pending(thisValue, "adopt");
        var value = Builtin.Arg(args, 0);
        var onDispose = Builtin.CallbackOrThrow(Builtin.Arg(args, 1));
        s.Capability.AddMethod(DisposableStackConstructor.AdoptClosure(realm, value, onDispose), DisposeHint.Async);
        return value;
    }

    // 27.4.3.2 AsyncDisposableStack.prototype.defer ( onDisposeAsync )
    private static JsValue Defer(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var s = Pending(thisValue, "defer");
        var onDispose = Builtin.CallbackOrThrow(Builtin.Arg(args, 0));
        s.Capability.AddMethod(JsValue.FromObject(onDispose), DisposeHint.Async);
        return JsValue.Undefined;
    }

    // 27.4.3.3 AsyncDisposableStack.prototype.disposeAsync ( ): always a promise.
    private static JsValue DisposeAsync(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        if (thisValue.Ref is not JsDisposableStack { IsAsync: true } s)
            return Promises.Rejected(realm, realm.CreateErrorValue(ErrorKind.TypeError,
                $"Method AsyncDisposableStack.prototype.disposeAsync called on incompatible receiver {Operations.DescribeForError(thisValue)}"));
        if (s.Disposed)
        {
            var done = new JsPromise(realm);
            Promises.ResolvePromise(done, JsValue.Undefined);
            return done;
        }
        s.Disposed = true;
        return s.Capability.DisposeAsync(realm);
    }

    // 27.4.3.5 AsyncDisposableStack.prototype.move ( )
    private static JsValue Move(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var s = Pending(thisValue, "move");
        var moved = new JsDisposableStack(realm.AsyncDisposableStackPrototype, isAsync: true) { Capability = s.Capability };
        s.Capability = new DisposeCapability();
        s.Disposed = true;
        return moved;
    }

    // 27.4.3.6 AsyncDisposableStack.prototype.use ( value )
    private static JsValue Use(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var s = Pending(thisValue, "use");
        var value = Builtin.Arg(args, 0);
        s.Capability.Add(realm, value, DisposeHint.Async);
        return value;
    }
}
