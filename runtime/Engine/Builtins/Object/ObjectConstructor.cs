using System;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins;

/// <summary>ECMA-262 §20.1.1 The Object Constructor and §20.1.2 its properties.</summary>
internal static partial class ObjectConstructor
{
    private static readonly BuiltinMethod[] Methods =
    [
        new("assign", 2, Assign),
        new("create", 2, Create),
        new("defineProperty", 3, DefineProperty),
        new("defineProperties", 2, DefineProperties),
        new("entries", 1, Entries),
        new("freeze", 1, Freeze),
        new("getOwnPropertyDescriptor", 2, GetOwnPropertyDescriptor),
        new("getOwnPropertyNames", 1, GetOwnPropertyNames),
        new("getOwnPropertySymbols", 1, GetOwnPropertySymbols),
        new("getPrototypeOf", 1, GetPrototypeOf),
        new("is", 2, Is),
        new("isExtensible", 1, IsExtensible),
        new("isFrozen", 1, IsFrozen),
        new("keys", 1, Keys),
        new("preventExtensions", 1, PreventExtensions),
        new("setPrototypeOf", 2, SetPrototypeOf),
        new("values", 1, Values),
    ];

    public static JsFunction Create(Realm realm)
    {
        var ctor = Builtin.Constructor(realm, "Object", 1, Construct, realm.ObjectPrototype);
        Builtin.DefineMethods(realm, ctor, Methods);
        Builtin.DefineMethods(realm, ctor, LibraryMethods);
        realm.ObjectConstructor = ctor;
        return ctor;
    }

    // 20.1.1.1 Object ( [ value ] )
    private static JsValue Construct(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        if (newTarget != null && !ReferenceEquals(newTarget, realm.ObjectConstructor))
        {
            return new JsObject(Library.PrototypeFromConstructor(newTarget, static r => r.ObjectPrototype, realm));
        }
        var value = Builtin.Arg(args, 0);
        return value.IsNullish ? realm.CreateObject() : Operations.ToObject(realm, value);
    }

    // 20.1.2.1 Object.assign ( target, ...sources )
    private static JsValue Assign(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var to = Operations.ToObject(realm, Builtin.Arg(args, 0));
        for (int i = 1; i < args.Length; i++)
        {
            if (args[i].IsNullish) continue;
            var from = Operations.ToObject(realm, args[i]);
            foreach (var key in from.OwnPropertyKeys())
                if (from.GetOwnProperty(key, out var desc) && desc.Enumerable)
                    to.SetOrThrow(key, from.Get(key, JsValue.FromObject(from)));
        }
        return to;
    }

    // 20.1.2.2 Object.create ( O, Properties )
    private static JsValue Create(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var proto = Builtin.Arg(args, 0);
        if (!proto.IsObject && !proto.IsNull) JsException.ThrowTypeError("Object prototype may only be an Object or null: " + Operations.DescribeForError(proto));
        var obj = new JsObject(proto.AsObjectOrNull);
        var props = Builtin.Arg(args, 1);
        if (!props.IsUndefined) ObjectDefineProperties(realm, obj, props);
        return obj;
    }

    // 20.1.2.4 Object.defineProperty ( O, P, Attributes )
    private static JsValue DefineProperty(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var o = Builtin.Arg(args, 0);
        if (!o.IsObject) JsException.ThrowTypeError("Object.defineProperty called on non-object");
        var key = Operations.ToPropertyKey(Builtin.Arg(args, 1));
        var desc = ToPropertyDescriptor(Builtin.Arg(args, 2));
        o.AsObject().DefinePropertyOrThrow(key, desc);
        return o;
    }

    // 20.1.2.3 Object.defineProperties ( O, Properties )
    private static JsValue DefineProperties(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var o = Builtin.Arg(args, 0);
        if (!o.IsObject) JsException.ThrowTypeError("Object.defineProperties called on non-object");
        ObjectDefineProperties(realm, o.AsObject(), Builtin.Arg(args, 1));
        return o;
    }

    // 20.1.2.3.1 ObjectDefineProperties ( O, Properties )
    private static void ObjectDefineProperties(Realm realm, JsObject o, in JsValue properties)
    {
        var props = Operations.ToObject(realm, properties);
        var descriptors = new System.Collections.Generic.List<(PropertyKey, PropertyDescriptor)>();
        foreach (var key in props.OwnPropertyKeys())
            if (props.GetOwnProperty(key, out var pd) && pd.Enumerable)
                descriptors.Add((key, ToPropertyDescriptor(props.Get(key))));
        foreach (var (key, desc) in descriptors) o.DefinePropertyOrThrow(key, desc);
    }

    /// <summary>§6.2.6.5 ToPropertyDescriptor.</summary>
    public static PropertyDescriptor ToPropertyDescriptor(in JsValue value)
    {
        if (!value.IsObject) JsException.ThrowTypeError("Property description must be an object: " + Operations.DescribeForError(value));
        var o = value.AsObject();
        var desc = default(PropertyDescriptor);
        if (o.HasProperty("enumerable")) desc.Enumerable = Operations.ToBoolean(o.Get("enumerable"));
        if (o.HasProperty("configurable")) desc.Configurable = Operations.ToBoolean(o.Get("configurable"));
        if (o.HasProperty("value")) desc.Value = o.Get("value");
        if (o.HasProperty("writable")) desc.Writable = Operations.ToBoolean(o.Get("writable"));
        if (o.HasProperty("get"))
        {
            var g = o.Get("get");
            if (!g.IsUndefined && !g.IsCallable) JsException.ThrowTypeError("Getter must be a function: " + Operations.DescribeForError(g));
            desc.Get = g;
        }
        if (o.HasProperty("set"))
        {
            var s = o.Get("set");
            if (!s.IsUndefined && !s.IsCallable) JsException.ThrowTypeError("Setter must be a function: " + Operations.DescribeForError(s));
            desc.Set = s;
        }
        if (desc.IsAccessorDescriptor && desc.IsDataDescriptor)
            JsException.ThrowTypeError("Invalid property descriptor. Cannot both specify accessors and a value or writable attribute");
        return desc;
    }

    /// <summary>§6.2.6.4 FromPropertyDescriptor: only the fields the descriptor has (a proxy's
    /// defineProperty trap sees partial descriptors).</summary>
    public static JsValue FromPropertyDescriptor(Realm realm, in PropertyDescriptor desc)
    {
        var o = realm.CreateObject();
        if (desc.HasValue) o.AddProperty("value", desc.Value, PropertyFlags.Default);
        if (desc.HasWritable) o.AddProperty("writable", desc.Writable, PropertyFlags.Default);
        if (desc.HasGet) o.AddProperty("get", desc.Get, PropertyFlags.Default);
        if (desc.HasSet) o.AddProperty("set", desc.Set, PropertyFlags.Default);
        if (desc.HasEnumerable) o.AddProperty("enumerable", desc.Enumerable, PropertyFlags.Default);
        if (desc.HasConfigurable) o.AddProperty("configurable", desc.Configurable, PropertyFlags.Default);
        return o;
    }

    private enum EnumerableKind { Keys, Values, Entries }

    /// <summary>§7.3.23 EnumerableOwnProperties.</summary>
    private static JsValue EnumerableOwn(Realm realm, in JsValue value, EnumerableKind kind)
    {
        var o = Operations.ToObject(realm, value);
        var result = realm.CreateArray();
        foreach (var key in o.OwnPropertyKeys())
        {
            if (key.IsSymbol || !o.GetOwnProperty(key, out var desc) || !desc.Enumerable) continue;
            JsValue item = kind switch
            {
                EnumerableKind.Keys => key.ToJsValue(),
                EnumerableKind.Values => o.Get(key),
                _ => Operations.CreateArrayFromList(realm, [key.ToJsValue(), o.Get(key)]),
            };
            result.TryAppendDense(item);
        }
        return result;
    }

    private static JsValue Keys(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
        => EnumerableOwn(realm, Builtin.Arg(args, 0), EnumerableKind.Keys);

    private static JsValue Values(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
        => EnumerableOwn(realm, Builtin.Arg(args, 0), EnumerableKind.Values);

    private static JsValue Entries(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
        => EnumerableOwn(realm, Builtin.Arg(args, 0), EnumerableKind.Entries);

    // 20.1.2.6 Object.freeze ( O ) with §7.3.15 SetIntegrityLevel
    private static JsValue Freeze(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var o = Builtin.Arg(args, 0);
        if (!o.IsObject) return o;
        var obj = o.AsObject();
        if (!obj.PreventExtensions()) JsException.ThrowTypeError("Cannot freeze");
        foreach (var key in obj.OwnPropertyKeys())
        {
            if (!obj.GetOwnProperty(key, out var current)) continue;
            var desc = default(PropertyDescriptor);
            desc.Configurable = false;
            if (current.IsDataDescriptor) desc.Writable = false;
            obj.DefinePropertyOrThrow(key, desc);
        }
        return o;
    }

    // 20.1.2.13 Object.isFrozen ( O ) with §7.3.16 TestIntegrityLevel
    private static JsValue IsFrozen(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var o = Builtin.Arg(args, 0);
        if (!o.IsObject) return true;
        var obj = o.AsObject();
        if (obj.IsExtensible()) return false;
        foreach (var key in obj.OwnPropertyKeys())
        {
            if (!obj.GetOwnProperty(key, out var desc)) continue;
            if (desc.Configurable || (desc.IsDataDescriptor && desc.Writable)) return false;
        }
        return true;
    }

    private static JsValue GetOwnPropertyDescriptor(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var o = Operations.ToObject(realm, Builtin.Arg(args, 0));
        var key = Operations.ToPropertyKey(Builtin.Arg(args, 1));
        return o.GetOwnProperty(key, out var desc) ? FromPropertyDescriptor(realm, desc) : JsValue.Undefined;
    }

    private static JsValue GetOwnPropertyNames(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var o = Operations.ToObject(realm, Builtin.Arg(args, 0));
        var result = realm.CreateArray();
        foreach (var key in o.OwnPropertyKeys()) if (!key.IsSymbol) result.TryAppendDense(key.ToJsValue());
        return result;
    }

    private static JsValue GetOwnPropertySymbols(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var o = Operations.ToObject(realm, Builtin.Arg(args, 0));
        var result = realm.CreateArray();
        foreach (var key in o.OwnPropertyKeys()) if (key.IsSymbol) result.TryAppendDense(key.ToJsValue());
        return result;
    }

    private static JsValue GetPrototypeOf(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
        => JsValue.FromObjectOrNull(Operations.ToObject(realm, Builtin.Arg(args, 0)).GetPrototypeOf());

    private static JsValue SetPrototypeOf(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var o = Builtin.Arg(args, 0);
        var proto = Builtin.Arg(args, 1);
        if (o.IsNullish) JsException.ThrowTypeError("Object.setPrototypeOf called on null or undefined");
        if (!proto.IsObject && !proto.IsNull) JsException.ThrowTypeError("Object prototype may only be an Object or null: " + Operations.DescribeForError(proto));
        if (o.IsObject && !o.AsObject().SetPrototypeOf(proto.AsObjectOrNull)) JsException.ThrowTypeError("Cyclic __proto__ value");
        return o;
    }

    private static JsValue Is(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
        => Operations.SameValue(Builtin.Arg(args, 0), Builtin.Arg(args, 1));

    private static JsValue IsExtensible(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var o = Builtin.Arg(args, 0);
        return o.IsObject && o.AsObject().IsExtensible();
    }

    private static JsValue PreventExtensions(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var o = Builtin.Arg(args, 0);
        if (o.IsObject && !o.AsObject().PreventExtensions()) JsException.ThrowTypeError("Cannot prevent extensions");
        return o;
    }
}
