using System;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins;

/// <summary>One row of a built-in object's hand-written method table (no reflection).</summary>
internal readonly record struct BuiltinMethod(string Name, int Length, NativeFunction Function, JsSymbol? Symbol = null);

/// <summary>Helpers shared by the built-in files.</summary>
internal static class Builtin
{
    /// <summary>Defines each method as writable, configurable, non-enumerable (ECMA-262 §18).</summary>
    public static void DefineMethods(Realm realm, JsObject target, ReadOnlySpan<BuiltinMethod> methods)
    {
        var keys = new PropertyKey[methods.Length];
        var values = new JsValue[methods.Length];
        for (int i = 0; i < methods.Length; i++)
        {
            var m = methods[i];
            string name = m.Symbol != null ? "[" + m.Symbol.Description + "]" : m.Name;
            values[i] = JsValue.FromObject(new JsNativeFunction(realm, name, m.Length, m.Function));
            keys[i] = m.Symbol != null ? PropertyKey.FromSymbol(m.Symbol) : PropertyKey.FromString(m.Name);
        }
        // One shape for the whole table (Shape.AddMany); the keys are new, as AddProperty assumes.
        target.AddProperties(keys, values, PropertyFlags.Hidden);
    }

    public static JsNativeFunction Function(Realm realm, string name, int length, NativeFunction behaviour)
        => new(realm, name, length, behaviour);

    /// <summary>A constructor with its `prototype` (non-writable) and the prototype's `constructor`.</summary>
    public static JsNativeFunction Constructor(Realm realm, string name, int length, NativeFunction behaviour, JsObject prototype)
    {
        var ctor = new JsNativeFunction(realm, name, length, behaviour, isConstructor: true);
        ctor.AddProperty("prototype", JsValue.FromObject(prototype), PropertyFlags.None);
        prototype.SetOwnDirect("constructor", JsValue.FromObject(ctor), PropertyFlags.Hidden);
        return ctor;
    }

    public static void Getter(Realm realm, JsObject target, PropertyKey key, string name, NativeFunction getter)
        => target.AddAccessor(key, new JsNativeFunction(realm, "get " + name, 0, getter), null, PropertyFlags.Configurable);

    public static JsValue Arg(ReadOnlySpan<JsValue> args, int index) => index < args.Length ? args[index] : JsValue.Undefined;

    /// <summary>RequireObjectCoercible(this) then ToObject, with the usual message.</summary>
    public static JsObject ThisObject(Realm realm, in JsValue thisValue, string method)
    {
        if (thisValue.IsNullish) JsException.ThrowTypeError($"{method} called on null or undefined");
        return Operations.ToObject(realm, thisValue);
    }

    public static string ThisString(in JsValue thisValue, string method)
    {
        if (thisValue.IsString) return thisValue.AsString();
        if (thisValue.IsNullish) JsException.ThrowTypeError($"String.prototype.{method} called on null or undefined");
        return Operations.ToString(thisValue);
    }

    public static JsObject CallbackOrThrow(in JsValue value)
    {
        if (!value.IsCallable) JsException.ThrowTypeError($"{Operations.DescribeForError(value)} is not a function");
        return value.AsObject();
    }

    /// <summary>§7.1.22 relative index clamping used by slice/at/fill etc.</summary>
    public static long RelativeIndex(in JsValue arg, long length, long defaultValue)
    {
        if (arg.IsUndefined) return defaultValue;
        double rel = Operations.ToIntegerOrInfinity(arg);
        if (rel < 0) return (long)Math.Max(length + rel, 0);
        return (long)Math.Min(rel, length);
    }
}

/// <summary>Helpers of the standard-library families (Number, Date, JSON, Map/Set...).</summary>
internal static class Library
{
    /// <summary>§10.1.14 GetPrototypeFromConstructor: newTarget.prototype, else the intrinsic of newTarget's realm.</summary>
    public static JsObject PrototypeFromConstructor(JsObject newTarget, Func<Realm, JsObject> intrinsic, Realm fallbackRealm)
    {
        var proto = newTarget.Get("prototype");
        if (proto.IsObject) return proto.AsObject();
        var realm = Operations.GetFunctionRealm(newTarget, fallbackRealm);
        realm.CreateDeferredIntrinsics(); // the callback may read a realm property of a deferred family
        return intrinsic(realm);
    }

    /// <summary>A data property with the given attributes (constants: none of writable/enumerable/configurable).</summary>
    public static void Value(JsObject target, in PropertyKey key, in JsValue value, PropertyFlags flags = PropertyFlags.None)
        => target.AddProperty(key, value, flags);

    /// <summary>@@toStringTag: { value, writable: false, enumerable: false, configurable: true }.</summary>
    public static void ToStringTag(JsObject target, string tag)
        => target.AddProperty(JsSymbol.ToStringTag, JsValue.FromString(tag), PropertyFlags.Configurable);

    /// <summary>get [Symbol.species]() { return this; } (§23.1.2.5 and friends).</summary>
    public static void SpeciesGetter(Realm realm, JsObject ctor)
        => Builtin.Getter(realm, ctor, JsSymbol.Species, "[Symbol.species]", static (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => t);

    /// <summary>A native function value.</summary>
    public static JsValue Fn(Realm realm, string name, int length, NativeFunction behaviour)
        => JsValue.FromObject(new JsNativeFunction(realm, name, length, behaviour));
}
