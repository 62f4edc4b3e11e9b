using System;
using Aot.Engine.Interpreting;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins;

/// <summary>ECMA-262 §20.1.3 Properties of the Object Prototype Object.</summary>
internal static class ObjectPrototype
{
    private static readonly BuiltinMethod[] Methods =
    [
        new("hasOwnProperty", 1, HasOwnProperty),
        new("isPrototypeOf", 1, IsPrototypeOf),
        new("propertyIsEnumerable", 1, PropertyIsEnumerable),
        new("toString", 0, ToStringMethod),
        new("toLocaleString", 0, ToLocaleString),
        new("valueOf", 0, ValueOf),
    ];

    public static void Install(Realm realm)
    {
        var proto = realm.ObjectPrototype;
        Builtin.DefineMethods(realm, proto, Methods);
        proto.AddAccessor("__proto__",
            new JsNativeFunction(realm, "get __proto__", 0, GetProto),
            new JsNativeFunction(realm, "set __proto__", 1, SetProto), PropertyFlags.Configurable);
    }

    // 20.1.3.2 Object.prototype.hasOwnProperty ( V )
    private static JsValue HasOwnProperty(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var key = Operations.ToPropertyKey(Builtin.Arg(args, 0));
        return Builtin.ThisObject(realm, thisValue, "Object.prototype.hasOwnProperty").HasOwnProperty(key);
    }

    // 20.1.3.3 Object.prototype.isPrototypeOf ( V )
    private static JsValue IsPrototypeOf(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var v = Builtin.Arg(args, 0);
        if (!v.IsObject) return false;
        var o = Builtin.ThisObject(realm, thisValue, "Object.prototype.isPrototypeOf");
        for (var p = v.AsObject().GetPrototypeOf(); p != null; p = p.GetPrototypeOf())
            if (ReferenceEquals(p, o)) return true;
        return false;
    }

    // 20.1.3.4 Object.prototype.propertyIsEnumerable ( V )
    private static JsValue PropertyIsEnumerable(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var key = Operations.ToPropertyKey(Builtin.Arg(args, 0));
        var o = Builtin.ThisObject(realm, thisValue, "Object.prototype.propertyIsEnumerable");
        return o.GetOwnProperty(key, out var desc) && desc.Enumerable;
    }

    // 20.1.3.6 Object.prototype.toString ( )
    internal static JsValue ToStringMethod(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        if (thisValue.IsUndefined) return "[object Undefined]";
        if (thisValue.IsNull) return "[object Null]";
        var o = Operations.ToObject(realm, thisValue);
        string builtinTag = Operations.IsArray(o) ? "Array" : o switch
        {
            JsArguments => "Arguments",
            JsFunction => "Function",
            JsError => "Error",
            RegExp.JsRegExp => "RegExp",
            JsDateObject => "Date",
            JsStringObject => "String",
            JsPrimitiveObject p when p.PrimitiveValue.IsBoolean => "Boolean",
            JsPrimitiveObject p when p.PrimitiveValue.IsNumber => "Number",
            _ => "Object",
        };
        var tag = o.Get(JsSymbol.ToStringTag, thisValue);
        return "[object " + (tag.IsString ? tag.AsString() : builtinTag) + "]";
    }

    private static JsValue ToLocaleString(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
        => Operations.Call(Operations.GetV(realm, thisValue, "toString"), thisValue, ReadOnlySpan<JsValue>.Empty);

    private static JsValue ValueOf(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
        => Operations.ToObject(realm, thisValue);

    // 20.1.3.8.1 get Object.prototype.__proto__
    private static JsValue GetProto(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
        => JsValue.FromObjectOrNull(Builtin.ThisObject(realm, thisValue, "Object.prototype.__proto__").GetPrototypeOf());

    // 20.1.3.8.2 set Object.prototype.__proto__
    private static JsValue SetProto(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        if (thisValue.IsNullish) JsException.ThrowTypeError("Object.prototype.__proto__ called on null or undefined");
        var proto = Builtin.Arg(args, 0);
        if (!proto.IsObject && !proto.IsNull || !thisValue.IsObject) return JsValue.Undefined;
        if (!thisValue.AsObject().SetPrototypeOf(proto.AsObjectOrNull)) JsException.ThrowTypeError("Object.prototype.__proto__ setter failed");
        return JsValue.Undefined;
    }
}
