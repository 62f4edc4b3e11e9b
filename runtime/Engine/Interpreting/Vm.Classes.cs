using System;
using Aot.Engine.Compiling;
using Aot.Engine.Objects;

namespace Aot.Engine.Interpreting;

/// <summary>Slow paths of the class-element and template instructions: private names (ECMA-262
/// §7.3.27-32), tagged template objects (§13.2.8.4) and runtime function naming (§10.2.9).</summary>
public sealed partial class Vm
{
    /// <summary>§7.3.31 PrivateGet (with the ToObject of §6.2.5.5 GetValue: primitives never carry private names).</summary>
    private static bool PrivateGet(Realm realm, in JsValue obj, PrivateName name, out JsValue value, out JsValue exception)
    {
        exception = default;
        value = default;
        if (obj.IsNullish)
        {
            exception = realm.CreateErrorValue(ErrorKind.TypeError, $"Cannot read properties of {(obj.IsNull ? "null" : "undefined")} (reading '{name.Description}')");
            return false;
        }
        var o = obj.IsObject ? obj.AsObject() : null;
        if (name.Kind == PrivateElementKind.Field)
        {
            if (o != null && o.TryGetPrivateField(name, out value)) return true;
            exception = realm.CreateErrorValue(ErrorKind.TypeError, $"Cannot read private member {name.Description} from an object whose class did not declare it");
            return false;
        }
        if (o == null || !o.HasPrivateElement(name)) { exception = BrandCheckError(realm, name); return false; }
        if (name.Kind == PrivateElementKind.Method) { value = name.Method; return true; }
        if (name.Getter == null)
        {
            exception = realm.CreateErrorValue(ErrorKind.TypeError, $"'{name.Description}' was defined without a getter");
            return false;
        }
        value = Operations.Call(name.Getter, obj, ReadOnlySpan<JsValue>.Empty);
        return true;
    }

    /// <summary>§7.3.32 PrivateSet.</summary>
    private static bool PrivateSet(Realm realm, in JsValue obj, PrivateName name, in JsValue value, out JsValue exception)
    {
        exception = default;
        if (obj.IsNullish)
        {
            exception = realm.CreateErrorValue(ErrorKind.TypeError, $"Cannot set properties of {(obj.IsNull ? "null" : "undefined")} (setting '{name.Description}')");
            return false;
        }
        var o = obj.IsObject ? obj.AsObject() : null;
        if (name.Kind == PrivateElementKind.Field)
        {
            if (o != null && o.TrySetPrivateField(name, value)) return true;
            exception = realm.CreateErrorValue(ErrorKind.TypeError, $"Cannot write private member {name.Description} to an object whose class did not declare it");
            return false;
        }
        if (o == null || !o.HasPrivateElement(name)) { exception = BrandCheckError(realm, name); return false; }
        if (name.Kind == PrivateElementKind.Method)
        {
            exception = realm.CreateErrorValue(ErrorKind.TypeError, $"Private method '{name.Description}' is not writable");
            return false;
        }
        if (name.Setter == null)
        {
            exception = realm.CreateErrorValue(ErrorKind.TypeError, $"'{name.Description}' was defined without a setter");
            return false;
        }
        Operations.Call(name.Setter, obj, new ReadOnlySpan<JsValue>(in value));
        return true;
    }

    /// <summary>V8's wording when an object lacks a class's private methods.</summary>
    private static JsValue BrandCheckError(Realm realm, PrivateName name)
    {
        string cls = name.Info.ClassName.Length == 0 ? "anonymous" : name.Info.ClassName;
        return realm.CreateErrorValue(ErrorKind.TypeError, name.Info.IsStatic ? $"Receiver must be class {cls}" : $"Receiver must be an instance of class {cls}");
    }

    /// <summary>§7.3.28 PrivateFieldAdd.</summary>
    private static bool PrivateFieldAdd(Realm realm, in JsValue obj, PrivateName name, in JsValue value, out JsValue exception)
    {
        exception = default;
        if (obj.AsObject().PrivateFieldAdd(name, value)) return true;
        exception = realm.CreateErrorValue(ErrorKind.TypeError, $"Cannot initialize {name.Description} twice on the same object");
        return false;
    }

    /// <summary>§7.3.29 PrivateMethodOrAccessorAdd.</summary>
    private static bool PrivateMethodAdd(Realm realm, in JsValue obj, PrivateName name, out JsValue exception)
    {
        exception = default;
        if (obj.AsObject().PrivateMethodOrAccessorAdd(name)) return true;
        string cls = name.Info.ClassName.Length == 0 ? "anonymous" : name.Info.ClassName;
        exception = realm.CreateErrorValue(ErrorKind.TypeError, $"Cannot initialize private methods of class {cls} twice on the same object");
        return false;
    }

    /// <summary>Records a private method or accessor half on its name at class definition (flags: 0 method, 1 getter, 2 setter).</summary>
    private static void SetPrivateMethod(PrivateName name, in JsValue function, int flags)
    {
        switch (flags)
        {
            case 1: name.Getter = function.AsObject(); break;
            case 2: name.Setter = function.AsObject(); break;
            default: name.Method = function; break;
        }
    }

    /// <summary>`#x in obj` (§13.10.1 RelationalExpression : PrivateIdentifier in ShiftExpression).</summary>
    private static bool PrivateIn(Realm realm, in JsValue obj, PrivateName name, out bool has, out JsValue exception)
    {
        exception = default;
        has = false;
        if (!obj.IsObject)
        {
            exception = realm.CreateErrorValue(ErrorKind.TypeError, $"Cannot use 'in' operator to search for '{name.Description}' in {Operations.ToString(obj)}");
            return false;
        }
        has = obj.AsObject().HasPrivateElement(name);
        return true;
    }

    /// <summary>`super(...)` inside an arrow function (§13.3.7.1): the super constructor, new.target and
    /// the `this` binding are the enclosing constructor's, whose frame is still below this one.</summary>
    private bool SuperCallFromArrow(JsClosure arrow, ReadOnlySpan<JsValue> args, out JsValue result, out JsValue exception)
    {
        var realm = arrow.Realm;
        exception = default;
        result = default;
        var ctor = arrow.ThisFunction;
        int at = frameCount - 2;
        while (at >= 0 && !ReferenceEquals(FrameAt(at).Function, ctor)) at--;
        var parent = ctor?.GetPrototypeOf() as JsFunction;
        if (at < 0 || parent == null || !parent.IsConstructor)
        {
            exception = realm.CreateErrorValue(at < 0 ? ErrorKind.ReferenceError : ErrorKind.TypeError,
                at < 0 ? "'super' keyword unexpected here" : "Super constructor " + (parent == null ? "null" : parent.DebugName) + " of anonymous class is not a constructor");
            return false;
        }
        var newTarget = FrameAt(at).NewTarget;
        if (!newTarget.IsObject)
        {
            exception = realm.CreateErrorValue(ErrorKind.SyntaxError, "'super' keyword unexpected here");
            return false;
        }
        result = parent.Construct(args, newTarget.AsObject());
        ref var frame = ref FrameAt(at); // re-read: the construct may have pushed frames into new chunks
        if (!frame.This.IsEmpty)
        {
            exception = realm.CreateErrorValue(ErrorKind.ReferenceError, "Super constructor may only be called once");
            return false;
        }
        frame.This = result;
        return true;
    }

    /// <summary>GetValue of `super[k]` whose base was taken when the reference was made, before the key
    /// is converted (the order test262 checks: GetSuperBase, then ToPropertyKey).</summary>
    private static bool GetSuperReference(Realm realm, in JsValue thisValue, in JsValue key, in JsValue superBase, out JsValue value, out JsValue exception)
    {
        exception = default;
        value = default;
        var pk = Operations.ToPropertyKey(key);
        if (!superBase.IsObject)
        {
            exception = realm.CreateErrorValue(ErrorKind.TypeError, $"Cannot read properties of null (reading '{pk}')");
            return false;
        }
        value = superBase.AsObject().Get(pk, thisValue);
        return true;
    }

    /// <summary>PutValue of `super[k] = v` (see <see cref="GetSuperReference"/>).</summary>
    private static bool SetSuperReference(Realm realm, FunctionCode code, in JsValue thisValue, in JsValue key, in JsValue superBase, in JsValue value, out JsValue exception)
    {
        exception = default;
        var pk = Operations.ToPropertyKey(key);
        if (!superBase.IsObject)
        {
            exception = realm.CreateErrorValue(ErrorKind.TypeError, $"Cannot set properties of null (setting '{pk}')");
            return false;
        }
        if (!superBase.AsObject().Set(pk, value, thisValue) && code.IsStrict)
        {
            exception = ReadOnlyError(realm, pk, thisValue);
            return false;
        }
        return true;
    }

    /// <summary>§13.2.8.4 GetTemplateObject: one frozen strings array (with a frozen `raw`) per site and realm.</summary>
    private static JsArray GetTemplateObject(Realm realm, TemplateSite site)
    {
        if (realm.TemplateMap.TryGetValue(site, out var cached)) return cached;
        int count = site.Raw.Length;
        var template = new JsArray(realm.ArrayPrototype, count);
        var raw = new JsArray(realm.ArrayPrototype, count);
        for (int i = 0; i < count; i++)
        {
            var key = PropertyKey.FromIndex((uint)i);
            var cooked = site.Cooked[i];
            template.DefinePropertyOrThrow(key, PropertyDescriptor.Data(cooked == null ? JsValue.Undefined : JsValue.FromString(cooked), PropertyFlags.Enumerable));
            raw.DefinePropertyOrThrow(key, PropertyDescriptor.Data(JsValue.FromString(site.Raw[i]), PropertyFlags.Enumerable));
        }
        Freeze(raw);
        template.DefinePropertyOrThrow("raw", PropertyDescriptor.Data(JsValue.FromObject(raw), PropertyFlags.None));
        Freeze(template);
        realm.TemplateMap[site] = template;
        return template;
    }

    /// <summary>§7.3.15 SetIntegrityLevel(O, frozen) for an ordinary array whose properties are all data properties.</summary>
    private static void Freeze(JsObject o)
    {
        o.PreventExtensions();
        foreach (var key in o.OwnPropertyKeys())
        {
            var desc = default(PropertyDescriptor);
            desc.Configurable = false;
            desc.Writable = false;
            o.DefinePropertyOrThrow(key, desc);
        }
    }

    /// <summary>§10.2.9 SetFunctionName with a key known only at run time (computed method and field
    /// names): the function gets the key as its `name` unless it defined another one itself (a class
    /// with a static `name` member). Flags: 1 prefix "get ", 2 prefix "set ".</summary>
    private static void SetFunctionName(in JsValue function, in JsValue key, int flags)
    {
        if (function.Ref is not JsFunction fn || !function.IsObject) return;
        string prefix = flags switch { 1 => "get ", 2 => "set ", _ => "" };
        if (!fn.GetOwnProperty("name", out var current) || !current.IsDataDescriptor || !current.Value.IsString || current.Value.AsString() != prefix) return;
        var pk = Operations.ToPropertyKey(key);
        string name = pk.IsSymbol ? (pk.AsSymbol.Description is { } d ? "[" + d + "]" : "") : pk.ToString();
        fn.DefinePropertyOrThrow("name", PropertyDescriptor.Data(JsValue.FromString(prefix + name), PropertyFlags.Configurable));
    }
}
