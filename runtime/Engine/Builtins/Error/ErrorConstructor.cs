using System;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins;

/// <summary>ECMA-262 §20.5.1 The Error Constructor and §20.5.6 NativeError constructors.</summary>
internal static class ErrorConstructor
{
    public static void Install(Realm realm, JsObject global)
    {
        for (int i = 0; i < realm.ErrorPrototypes.Length; i++)
        {
            var kind = (ErrorKind)i;
            var ctor = Builtin.Constructor(realm, ErrorKinds.Name(kind), 1, ConstructorFor(kind), realm.ErrorPrototypes[i]);
            if (kind != ErrorKind.Error) ctor.prototype = realm.ErrorConstructors[0];
            realm.ErrorConstructors[i] = ctor;
            global.AddProperty(ErrorKinds.Name(kind), JsValue.FromObject(ctor), PropertyFlags.Hidden);
        }
        // Error.isError ( arg ) (ES2026 §20.5.2.1): has an [[ErrorData]] slot, whatever its realm or prototype.
        Builtin.DefineMethods(realm, realm.ErrorConstructors[0],
            [new("isError", 1, static (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => Builtin.Arg(a, 0).Ref is JsError)]);
    }

    private static NativeFunction ConstructorFor(ErrorKind kind)
        => (Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget) => Construct(realm, kind, args, newTarget);

    // 20.5.1.1 Error ( message [ , options ] )
    private static JsValue Construct(Realm realm, ErrorKind kind, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        JsObject proto = realm.ErrorPrototype(kind);
        if (newTarget != null && !ReferenceEquals(newTarget, realm.ErrorConstructor(kind)))
            proto = Library.PrototypeFromConstructor(newTarget, r => r.ErrorPrototype(kind), realm);
        var error = new JsError(proto);
        var message = Builtin.Arg(args, 0);
        string text = "";
        if (!message.IsUndefined)
        {
            text = Operations.ToString(message);
            error.AddProperty("message", text, PropertyFlags.Hidden);
        }
        // 20.5.8.1 InstallErrorCause
        var options = Builtin.Arg(args, 1);
        if (options.IsObject && options.AsObject().HasProperty("cause"))
            error.AddProperty("cause", options.AsObject().Get("cause"), PropertyFlags.Hidden);
        var name = error.Get("name");
        error.CaptureStack(realm.Vm, name.IsUndefined ? "Error" : Operations.ToString(name), text);
        return error;
    }
}

/// <summary>ECMA-262 §20.5.3 Properties of the Error Prototype Object (and the NativeError prototypes).</summary>
internal static class ErrorPrototype
{
    public static void Install(Realm realm)
    {
        for (int i = 0; i < realm.ErrorPrototypes.Length; i++)
        {
            var kind = (ErrorKind)i;
            var proto = new JsObject(i == 0 ? realm.ObjectPrototype : realm.ErrorPrototypes[0]);
            proto.AddProperty("name", ErrorKinds.Name(kind), PropertyFlags.Hidden);
            proto.AddProperty("message", "", PropertyFlags.Hidden);
            if (i == 0) Builtin.DefineMethods(realm, proto, [new("toString", 0, ToStringMethod)]);
            realm.ErrorPrototypes[i] = proto;
        }
    }

    // 20.5.3.4 Error.prototype.toString ( )
    private static JsValue ToStringMethod(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        if (!thisValue.IsObject) JsException.ThrowTypeError("Error.prototype.toString called on non-object");
        var o = thisValue.AsObject();
        var nameValue = o.Get("name");
        string name = nameValue.IsUndefined ? "Error" : Operations.ToString(nameValue);
        var msgValue = o.Get("message");
        string msg = msgValue.IsUndefined ? "" : Operations.ToString(msgValue);
        if (name.Length == 0) return msg;
        if (msg.Length == 0) return name;
        return name + ": " + msg;
    }
}
