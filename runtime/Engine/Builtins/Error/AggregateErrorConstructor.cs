using System;
using Aot.Engine.Interpreting;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins;

/// <summary>ECMA-262 §20.5.7 AggregateError objects.</summary>
internal static class AggregateErrorConstructor
{
    public static JsFunction Install(Realm realm)
    {
        var proto = new JsObject(realm.ErrorPrototype(ErrorKind.Error));
        proto.AddProperty("name", "AggregateError", PropertyFlags.Hidden);
        proto.AddProperty("message", "", PropertyFlags.Hidden);
        realm.AggregateErrorPrototype = proto;
        var ctor = Builtin.Constructor(realm, "AggregateError", 2, Construct, proto);
        ctor.prototype = realm.ErrorConstructor(ErrorKind.Error);
        return ctor;
    }

    // 20.5.7.1.1 AggregateError ( errors, message [ , options ] )
    private static JsValue Construct(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var proto = newTarget == null ? realm.AggregateErrorPrototype : Library.PrototypeFromConstructor(newTarget, static r => r.AggregateErrorPrototype, realm);
        var error = new JsError(proto);
        var message = Builtin.Arg(args, 1);
        string text = "";
        if (!message.IsUndefined)
        {
            text = Operations.ToString(message);
            error.AddProperty("message", text, PropertyFlags.Hidden);
        }
        var options = Builtin.Arg(args, 2);
        if (options.IsObject && options.AsObject().HasProperty("cause"))
            error.AddProperty("cause", options.AsObject().Get("cause"), PropertyFlags.Hidden);
        var list = realm.CreateArray();
        var errors = Builtin.Arg(args, 0);
        if (!Vm.GetIterator(realm, errors, out var iterator, out var next, out var exception)) throw new JsException(exception);
        while (true)
        {
            if (!Vm.IteratorStep(realm, iterator, next, out bool done, out var value, out exception)) throw new JsException(exception);
            if (done) break;
            list.CreateDataPropertyOrThrow(PropertyKey.FromIndex(list.length), value);
        }
        error.DefinePropertyOrThrow("errors", PropertyDescriptor.Data(list, PropertyFlags.Writable | PropertyFlags.Configurable));
        error.CaptureStack(realm.Vm, "AggregateError", text);
        return error;
    }

    /// <summary>An AggregateError of this realm (Promise.any).</summary>
    public static JsValue Create(Realm realm, JsArray errors, string message)
    {
        var error = new JsError(realm.AggregateErrorPrototype);
        error.AddProperty("message", message, PropertyFlags.Hidden);
        error.DefinePropertyOrThrow("errors", PropertyDescriptor.Data(errors, PropertyFlags.Writable | PropertyFlags.Configurable));
        error.CaptureStack(realm.Vm, "AggregateError", message);
        return error;
    }
}
