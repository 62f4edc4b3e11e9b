using System;
using Aot.Engine.Objects;

namespace Aot.Runtime.Node;

/// <summary>Small helpers the builtin modules share to build their export objects.</summary>
internal static class NodeObjects
{
    /// <summary>Adds a function property (writable, enumerable, configurable: Node's exports are plain assignments).</summary>
    public static JsNativeFunction Method(Realm realm, JsObject target, string name, int length, NativeFunction behaviour, PropertyFlags flags = PropertyFlags.Default)
    {
        var fn = new JsNativeFunction(realm, name, length, behaviour);
        target.SetOwnDirect(name, JsValue.FromObject(fn), flags);
        return fn;
    }

    public static void Value(JsObject target, string name, in JsValue value, PropertyFlags flags = PropertyFlags.Default)
        => target.SetOwnDirect(name, value, flags);

    public static JsValue Arg(ReadOnlySpan<JsValue> args, int index) => index < args.Length ? args[index] : JsValue.Undefined;

    public static JsArray Array(Realm realm, System.Collections.Generic.IEnumerable<string> items)
    {
        var array = realm.CreateArray();
        foreach (var s in items) array.TryAppendDense(JsValue.FromString(s));
        return array;
    }

    /// <summary>A property read from an options object, or undefined when options is not an object.</summary>
    public static JsValue Option(in JsValue options, string name)
        => options.IsObject ? options.AsObject().Get(name) : JsValue.Undefined;
}
