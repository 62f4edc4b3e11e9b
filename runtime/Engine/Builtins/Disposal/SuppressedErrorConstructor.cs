using System;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins;

/// <summary>ES2026 §20.5.8 SuppressedError objects (an error thrown while disposing a resource
/// after an earlier error: `error` is the new one, `suppressed` the one it replaced).</summary>
internal static class SuppressedErrorConstructor
{
    public static JsFunction Install(Realm realm)
    {
        var proto = new JsObject(realm.ErrorPrototype(ErrorKind.Error));
        proto.AddProperty("name", "SuppressedError", PropertyFlags.Hidden);
        proto.AddProperty("message", "", PropertyFlags.Hidden);
        realm.SuppressedErrorPrototype = proto;
        var ctor = Builtin.Constructor(realm, "SuppressedError", 3, Construct, proto);
        ctor.prototype = realm.ErrorConstructor(ErrorKind.Error);
        return ctor;
    }

    // 20.5.8.1.1 SuppressedError ( error, suppressed, message )
    private static JsValue Construct(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var proto = newTarget == null ? realm.SuppressedErrorPrototype : Library.PrototypeFromConstructor(newTarget, static r => r.SuppressedErrorPrototype, realm);
        var o = new JsError(proto);
        var message = Builtin.Arg(args, 2);
        string text = "";
        if (!message.IsUndefined)
        {
            text = Operations.ToString(message);
            o.DefinePropertyOrThrow("message", PropertyDescriptor.Data(text, PropertyFlags.Writable | PropertyFlags.Configurable));
        }
        o.DefinePropertyOrThrow("error", PropertyDescriptor.Data(Builtin.Arg(args, 0), PropertyFlags.Writable | PropertyFlags.Configurable));
        o.DefinePropertyOrThrow("suppressed", PropertyDescriptor.Data(Builtin.Arg(args, 1), PropertyFlags.Writable | PropertyFlags.Configurable));
        o.CaptureStack(realm.Vm, "SuppressedError", text);
        return o;
    }
}
