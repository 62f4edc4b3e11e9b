using System;
using Aot.Engine.Objects;

namespace Aot.Runtime.Running;

/// <summary>Small helpers for building host objects: methods, getters, argument access, Node-style errors.</summary>
public static class HostObjects
{
    public static JsNativeFunction Method(Realm realm, JsObject target, string name, int length, NativeFunction behaviour, PropertyFlags flags = PropertyFlags.Default)
    {
        var fn = new JsNativeFunction(realm, name, length, behaviour);
        target.AddProperty(name, JsValue.FromObject(fn), flags);
        return fn;
    }

    public static void Method(Realm realm, JsObject target, JsSymbol symbol, string name, int length, NativeFunction behaviour, PropertyFlags flags = PropertyFlags.Hidden)
    {
        var fn = new JsNativeFunction(realm, name, length, behaviour);
        target.AddProperty(PropertyKey.FromSymbol(symbol), JsValue.FromObject(fn), flags);
    }

    public static void Getter(Realm realm, JsObject target, string name, NativeFunction getter, NativeFunction? setter = null, PropertyFlags flags = PropertyFlags.Configurable | PropertyFlags.Enumerable)
    {
        var get = new JsNativeFunction(realm, "get " + name, 0, getter);
        var set = setter == null ? null : new JsNativeFunction(realm, "set " + name, 1, setter);
        target.AddAccessor(name, get, set, flags);
    }

    public static JsValue Arg(ReadOnlySpan<JsValue> args, int i) => i < args.Length ? args[i] : JsValue.Undefined;

    /// <summary>A TypeError with Node's `code` property, e.g. ERR_INVALID_ARG_TYPE.</summary>
    public static JsException CodedError(Realm realm, ErrorKind kind, string code, string message)
    {
        var error = realm.CreateError(kind, message);
        // Node shows the code in the name part of the stack: "TypeError [ERR_X]: message".
        if (error.TryGetOwnFast("stack", out var stack, out _) && stack.IsString)
        {
            string s = stack.AsString();
            string name = ErrorKinds.Name(kind);
            if (s.StartsWith(name, StringComparison.Ordinal)) error.SetOwnDirect("stack", JsValue.FromString(name + " [" + code + "]" + s[name.Length..]));
        }
        error.AddProperty("code", JsValue.FromString(code), PropertyFlags.Default);
        return new JsException(JsValue.FromObject(error));
    }

    /// <summary>Node's ERR_INVALID_ARG_TYPE for a callback argument.</summary>
    public static JsException InvalidCallback(Realm realm, string argName, in JsValue actual) =>
        CodedError(realm, ErrorKind.TypeError, "ERR_INVALID_ARG_TYPE",
            $"The \"{argName}\" argument must be of type function. Received {DescribeReceived(actual)}");

    /// <summary>The "Received ..." part of Node's argument errors.</summary>
    public static string DescribeReceived(in JsValue v)
    {
        if (v.IsUndefined) return "undefined";
        if (v.IsNull) return "null";
        if (v.IsObject) return v.Ref is JsFunction f ? "function " + f.DebugName : "an instance of " + (Web.Inspector.ConstructorNameOf(v.AsObject()) ?? "Object");
        string shown = v.IsString ? "'" + (v.AsString().Length > 25 ? v.AsString()[..25] + "..." : v.AsString()) + "'" : Web.Inspector.Inspect(v);
        return "type " + Operations.TypeOf(v) + " (" + shown + ")";
    }
}
