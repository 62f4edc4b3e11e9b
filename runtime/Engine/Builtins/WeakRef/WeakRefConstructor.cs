using System;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins;

/// <summary>An object with a [[WeakRefTarget]] internal slot (ECMA-262 §26.1).</summary>
public sealed class JsWeakRef(JsObject? prototype, object target) : JsObject(prototype)
{
    private readonly WeakReference<object> target = new(target);
    /// <summary>AddToKeptObjects: the target stays alive at least as long as this WeakRef is reachable
    /// in the job that created it; without a job boundary hook it is kept until the first deref after a GC.</summary>
    private object? kept = target;

    public override string ClassName => "WeakRef";

    internal object? Deref()
    {
        if (kept != null) { var k = kept; kept = null; return k; }
        return target.TryGetTarget(out var t) ? t : null;
    }
}

/// <summary>ECMA-262 §26.1.1 The WeakRef Constructor and §26.1.3 Properties of the WeakRef Prototype Object.</summary>
internal static class WeakRefConstructor
{
    public static JsFunction Create(Realm realm)
    {
        var proto = new JsObject(realm.ObjectPrototype);
        realm.WeakRefPrototype = proto;
        Builtin.DefineMethods(realm, proto, [new("deref", 0, Deref)]);
        Library.ToStringTag(proto, "WeakRef");
        return Builtin.Constructor(realm, "WeakRef", 1, Construct, proto);
    }

    // 26.1.1.1 WeakRef ( target )
    private static JsValue Construct(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        if (newTarget == null) JsException.ThrowTypeError("Constructor WeakRef requires 'new'");
        var target = Builtin.Arg(args, 0);
        if (!JsWeakCollection.CanBeHeldWeakly(target)) JsException.ThrowTypeError("WeakRef: invalid target");
        var proto = Library.PrototypeFromConstructor(newTarget, static r => r.WeakRefPrototype, realm);
        return new JsWeakRef(proto, target.Ref!);
    }

    // 26.1.3.2 WeakRef.prototype.deref ( )
    private static JsValue Deref(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        if (thisValue.Ref is not JsWeakRef w || !thisValue.IsObject)
            return JsException.ThrowTypeError<JsValue>($"Method WeakRef.prototype.deref called on incompatible receiver {Operations.DescribeForError(thisValue)}");
        return w.Deref() switch
        {
            JsObject o => JsValue.FromObject(o),
            JsSymbol s => JsValue.FromSymbol(s),
            _ => JsValue.Undefined,
        };
    }
}
