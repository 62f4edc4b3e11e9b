using System;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins;

/// <summary>ECMA-262 §28.1 The Reflect Object: each function is one internal method of its target.</summary>
internal static class ReflectObject
{
    private static readonly BuiltinMethod[] Methods =
    [
        new("apply", 3, Apply),
        new("construct", 2, Construct),
        new("defineProperty", 3, DefineProperty),
        new("deleteProperty", 2, DeleteProperty),
        new("get", 2, Get),
        new("getOwnPropertyDescriptor", 2, GetOwnPropertyDescriptor),
        new("getPrototypeOf", 1, GetPrototypeOf),
        new("has", 2, Has),
        new("isExtensible", 1, IsExtensible),
        new("ownKeys", 1, OwnKeys),
        new("preventExtensions", 1, PreventExtensions),
        new("set", 3, Set),
        new("setPrototypeOf", 2, SetPrototypeOf),
    ];

    public static JsObject Create(Realm realm)
    {
        var reflect = realm.CreateObject();
        Builtin.DefineMethods(realm, reflect, Methods);
        Library.ToStringTag(reflect, "Reflect");
        return reflect;
    }

    private static JsObject Target(ReadOnlySpan<JsValue> args, string method)
    {
        var target = Builtin.Arg(args, 0);
        if (!target.IsObject) JsException.ThrowTypeError($"Reflect.{method} called on non-object");
        return target.AsObject();
    }

    // 28.1.1 Reflect.apply ( target, thisArgument, argumentsList )
    private static JsValue Apply(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var target = Builtin.Arg(args, 0);
        if (!target.IsCallable) JsException.ThrowTypeError($"Function.prototype.apply was called on {Operations.DescribeForError(target)}, which is not a function");
        var list = Operations.CreateListFromArrayLike(Builtin.Arg(args, 2));
        return Operations.Call(target, Builtin.Arg(args, 1), System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list));
    }

    // 28.1.2 Reflect.construct ( target, argumentsList [ , newTarget ] )
    private static JsValue Construct(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var target = Builtin.Arg(args, 0);
        if (!Operations.IsConstructor(target)) JsException.ThrowTypeError($"{Operations.DescribeForError(target)} is not a constructor");
        var nt = args.Length < 3 ? target : args[2];
        if (!Operations.IsConstructor(nt)) JsException.ThrowTypeError($"{Operations.DescribeForError(nt)} is not a constructor");
        var list = Operations.CreateListFromArrayLike(Builtin.Arg(args, 1));
        return Operations.Construct((JsFunction)target.AsObject(), System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list), nt.AsObject());
    }

    // 28.1.3 Reflect.defineProperty ( target, propertyKey, attributes )
    private static JsValue DefineProperty(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var target = Target(args, "defineProperty");
        var key = Operations.ToPropertyKey(Builtin.Arg(args, 1));
        var desc = ObjectConstructor.ToPropertyDescriptor(Builtin.Arg(args, 2));
        return target.DefineOwnProperty(key, desc);
    }

    // 28.1.4 Reflect.deleteProperty ( target, propertyKey )
    private static JsValue DeleteProperty(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var target = Target(args, "deleteProperty");
        return target.Delete(Operations.ToPropertyKey(Builtin.Arg(args, 1)));
    }

    // 28.1.5 Reflect.get ( target, propertyKey [ , receiver ] )
    private static JsValue Get(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var target = Target(args, "get");
        var key = Operations.ToPropertyKey(Builtin.Arg(args, 1));
        return target.Get(key, args.Length < 3 ? JsValue.FromObject(target) : args[2]);
    }

    // 28.1.6 Reflect.getOwnPropertyDescriptor ( target, propertyKey )
    private static JsValue GetOwnPropertyDescriptor(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var target = Target(args, "getOwnPropertyDescriptor");
        var key = Operations.ToPropertyKey(Builtin.Arg(args, 1));
        return target.GetOwnProperty(key, out var desc) ? ObjectConstructor.FromPropertyDescriptor(realm, desc) : JsValue.Undefined;
    }

    // 28.1.7 Reflect.getPrototypeOf ( target )
    private static JsValue GetPrototypeOf(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
        => JsValue.FromObjectOrNull(Target(args, "getPrototypeOf").GetPrototypeOf());

    // 28.1.8 Reflect.has ( target, propertyKey )
    private static JsValue Has(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var target = Target(args, "has");
        return target.HasProperty(Operations.ToPropertyKey(Builtin.Arg(args, 1)));
    }

    // 28.1.9 Reflect.isExtensible ( target )
    private static JsValue IsExtensible(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
        => Target(args, "isExtensible").IsExtensible();

    // 28.1.10 Reflect.ownKeys ( target )
    private static JsValue OwnKeys(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var keys = Target(args, "ownKeys").OwnPropertyKeys();
        var result = realm.CreateArray(keys.Count);
        foreach (var k in keys) result.TryAppendDense(k.ToJsValue());
        return result;
    }

    // 28.1.11 Reflect.preventExtensions ( target )
    private static JsValue PreventExtensions(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
        => Target(args, "preventExtensions").PreventExtensions();

    // 28.1.12 Reflect.set ( target, propertyKey, V [ , receiver ] )
    private static JsValue Set(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var target = Target(args, "set");
        var key = Operations.ToPropertyKey(Builtin.Arg(args, 1));
        return target.Set(key, Builtin.Arg(args, 2), args.Length < 4 ? JsValue.FromObject(target) : args[3]);
    }

    // 28.1.13 Reflect.setPrototypeOf ( target, proto )
    private static JsValue SetPrototypeOf(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var target = Target(args, "setPrototypeOf");
        var proto = Builtin.Arg(args, 1);
        if (!proto.IsObject && !proto.IsNull) JsException.ThrowTypeError("Object prototype may only be an Object or null: " + Operations.DescribeForError(proto));
        return target.SetPrototypeOf(proto.AsObjectOrNull);
    }
}
