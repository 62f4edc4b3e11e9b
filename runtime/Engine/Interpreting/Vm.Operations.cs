using System;
using Aot.Engine.Builtins;
using Aot.Engine.Compiling;
using Aot.Engine.Objects;

namespace Aot.Engine.Interpreting;

/// <summary>The dispatch loop's slow paths, kept out of the loop so it stays small.</summary>
public sealed partial class Vm
{
    private static JsValue TdzError(Realm realm, FunctionCode code, int name)
    {
        string n = code.Names[name].ToString();
        return realm.CreateErrorValue(ErrorKind.ReferenceError, n == "this" ? ThisBeforeSuper : $"Cannot access '{n}' before initialization");
    }

    private static JsValue ReadOfNullish(Realm realm, in JsValue obj, in PropertyKey key)
        => realm.CreateErrorValue(ErrorKind.TypeError, $"Cannot read properties of {(obj.IsNull ? "null" : "undefined")} (reading '{key}')");

    private static JsValue ReadOnlyError(Realm realm, in PropertyKey key, in JsValue obj)
        => realm.CreateErrorValue(ErrorKind.TypeError, $"Cannot assign to read only property '{key}' of {(obj.IsObject ? "object" : Operations.TypeOf(obj))} '{SafeDescribe(obj)}'");

    private static string SafeDescribe(in JsValue v) => v.IsObject ? (v.Ref is JsArray ? "[object Array]" : "#<" + v.AsObject().ClassName + ">") : v.ToString();

    /// <summary>An own data property found through the shape is cached as (shape, slot).</summary>
    /// <summary>More entries (other shapes, prototype chains: Vm.PropertyCaches.cs) are filled here.</summary>
    private static JsValue GetPropertyCached(JsObject o, in PropertyKey key, ref PropertyCache ic)
    {
        var holder = ProbeEntries(o, ref ic, out int slot, out bool accessor);
        if (holder != null && !accessor) return holder.slots[slot];
        if (holder == null) FillGetEntry(o, key, ref ic);
        return o.Get(key, JsValue.FromObject(o));
    }

    private static bool SetPropertyCached(JsObject o, in PropertyKey key, in JsValue value, ref PropertyCache ic)
    {
        if (TrySetThroughEntries(o, ref ic, value)) return true;
        var before = o.shape;
        if (!o.Set(key, value, JsValue.FromObject(o))) return false;
        if (!ReferenceEquals(before, o.shape)) { FillTransitionEntry(o, before, key, ref ic); return true; }
        int slot = o.shape.Find(key);
        if (slot >= 0 && (o.shape.FlagsAt(slot) & (PropertyFlags.Writable | PropertyFlags.Accessor)) == PropertyFlags.Writable)
            FillSetEntry(o, slot, ref ic);
        return true;
    }

    /// <summary>PutValue with a primitive base (ECMA-262 §6.2.5.6 step 5): setters on the prototype run;
    /// anything else fails, which strict code reports.</summary>
    private static bool SetOnPrimitive(Realm realm, FunctionCode code, in JsValue obj, in PropertyKey key, in JsValue value, out JsValue exception)
    {
        exception = default;
        if (obj.IsNullish)
        {
            exception = realm.CreateErrorValue(ErrorKind.TypeError, $"Cannot set properties of {(obj.IsNull ? "null" : "undefined")} (setting '{key}')");
            return false;
        }
        var wrapper = Operations.ToObject(realm, obj);
        if (!wrapper.Set(key, value, obj) && code.IsStrict)
        {
            exception = realm.CreateErrorValue(ErrorKind.TypeError, $"Cannot create property '{key}' on {Operations.TypeOf(obj)} '{Operations.ToString(obj)}'");
            return false;
        }
        return true;
    }

    private static bool PrototypesHaveNoElements(JsObject o)
    {
        for (var p = o.prototype; p != null; p = p.prototype)
            if (!p.HasNoIndexedProperties) return false;
        return true;
    }

    private static bool LoadGlobalSlow(Realm realm, in PropertyKey key, ref PropertyCache ic, bool orUndefined, out JsValue value, out JsValue exception)
    {
        exception = default;
        if (realm.GlobalLexicals.TryGetValue(key.ToString(), out var lexical))
        {
            value = lexical.Cell.Value;
            if (value.IsEmpty)
            {
                exception = realm.CreateErrorValue(ErrorKind.ReferenceError, $"Cannot access '{key}' before initialization");
                return false;
            }
            return true;
        }
        var global = realm.GlobalObject;
        int slot = global.shape.Find(key);
        if (slot >= 0 && (global.shape.FlagsAt(slot) & PropertyFlags.Accessor) == 0)
        {
            ic.Shape = global.shape;
            ic.Slot = slot;
            ic.Version = realm.GlobalLexicalVersion;
            value = ((JsGlobalObject)global).ReadSlot(slot); // creates a deferred intrinsic (LazyIntrinsics)
            return true;
        }
        if (global.HasProperty(key))
        {
            value = global.Get(key);
            return true;
        }
        value = JsValue.Undefined;
        if (orUndefined) return true;
        exception = realm.CreateErrorValue(ErrorKind.ReferenceError, $"{key} is not defined");
        return false;
    }

    private static bool StoreGlobalSlow(Realm realm, FunctionCode code, in PropertyKey key, ref PropertyCache ic, in JsValue value, out JsValue exception)
    {
        exception = default;
        if (realm.GlobalLexicals.TryGetValue(key.ToString(), out var lexical))
        {
            if (lexical.Cell.Value.IsEmpty)
            {
                exception = realm.CreateErrorValue(ErrorKind.ReferenceError, $"Cannot access '{key}' before initialization");
                return false;
            }
            if (lexical.IsConst)
            {
                exception = realm.CreateErrorValue(ErrorKind.TypeError, "Assignment to constant variable.");
                return false;
            }
            lexical.Cell.Value = value;
            return true;
        }
        var global = realm.GlobalObject;
        if (code.IsStrict && !global.HasProperty(key))
        {
            exception = realm.CreateErrorValue(ErrorKind.ReferenceError, $"{key} is not defined");
            return false;
        }
        if (!global.Set(key, value, JsValue.FromObject(global)))
        {
            if (!code.IsStrict) return true;
            exception = ReadOnlyError(realm, key, JsValue.FromObject(global));
            return false;
        }
        int slot = global.shape.Find(key);
        if (slot >= 0 && (global.shape.FlagsAt(slot) & (PropertyFlags.Writable | PropertyFlags.Accessor)) == PropertyFlags.Writable)
        {
            ic.Shape = global.shape;
            ic.Slot = slot;
            ic.Version = realm.GlobalLexicalVersion;
        }
        return true;
    }

    /// <summary>ECMA-262 §10.4.4.6 CreateUnmappedArgumentsObject.</summary>
    private static JsObject CreateArgumentsObject(ref Frame f)
    {
        var realm = f.Function.Realm;
        var args = f.Args ?? [];
        var obj = new JsArguments(realm.ObjectPrototype);
        obj.AddProperty("length", JsValue.FromNumber(args.Length), PropertyFlags.Hidden);
        for (int i = 0; i < args.Length; i++) obj.AddProperty(PropertyKey.FromIndex((uint)i), args[i], PropertyFlags.Default);
        obj.AddProperty(JsSymbol.Iterator, JsValue.FromObject(realm.ArrayValues), PropertyFlags.Hidden);
        if (f.Code.IsStrict) obj.AddAccessor("callee", realm.ThrowTypeError, realm.ThrowTypeError, PropertyFlags.None);
        else obj.AddProperty("callee", JsValue.FromObject(f.Function), PropertyFlags.Hidden);
        return obj;
    }

    private JsClosure MakeClosure(ref Frame f, FunctionCode code, JsObject? home)
    {
        var realm = f.Function.Realm;
        var kind = code.Flags & (CodeFlags.Generator | CodeFlags.Async);
        var functionProto = kind switch
        {
            CodeFlags.Generator => realm.GeneratorFunctionPrototype,
            CodeFlags.Async => realm.AsyncFunctionPrototype,
            CodeFlags.Generator | CodeFlags.Async => realm.AsyncGeneratorFunctionPrototype,
            _ => realm.FunctionPrototype,
        };
        var closure = new JsClosure(realm, code, CaptureCells(ref f, code), functionProto);
        closure.HomeObject = home ?? ((code.Flags & CodeFlags.Arrow) != 0 ? f.Function.HomeObject : null);
        if ((code.Flags & CodeFlags.Arrow) != 0) closure.ThisFunction = f.Function.ThisFunction ?? f.Function;
        closure.DefineNameAndLength(code.Name, code.Length);
        if ((kind & CodeFlags.Generator) != 0)
        {
            // §15.5.4 / §15.6.4 InstantiateGeneratorFunctionObject: `prototype` without `constructor`.
            var proto = new JsObject(kind == CodeFlags.Generator ? realm.GeneratorPrototype : realm.AsyncGeneratorPrototype);
            closure.AddProperty("prototype", JsValue.FromObject(proto), PropertyFlags.Writable);
        }
        else if ((code.Flags & (CodeFlags.Constructor | CodeFlags.ClassConstructor)) == CodeFlags.Constructor)
        {
            var proto = new JsObject(realm.ObjectPrototype);
            proto.AddProperty("constructor", JsValue.FromObject(closure), PropertyFlags.Hidden);
            closure.AddProperty("prototype", JsValue.FromObject(proto), PropertyFlags.Writable);
        }
        return closure;
    }

    private Cell[] CaptureCells(ref Frame f, FunctionCode code)
    {
        var sources = code.Captures;
        if (sources.Length == 0) return [];
        var cells = new Cell[sources.Length];
        for (int i = 0; i < sources.Length; i++)
        {
            var source = sources[i];
            cells[i] = source.FromRegister ? (Cell)stack[f.Fp + source.Index].Ref! : f.Function.Cells[source.Index];
        }
        return cells;
    }

    /// <summary>ECMA-262 §15.7.14 ClassDefinitionEvaluation steps 5-8 and 12-18 (heritage, prototype, constructor).</summary>
    private bool CreateClass(ref Frame f, FunctionCode code, in JsValue heritage, out JsClosure ctor, out JsObject proto, out JsValue exception)
    {
        var realm = f.Function.Realm;
        JsObject? protoParent = realm.ObjectPrototype;
        JsObject ctorParent = realm.FunctionPrototype;
        exception = default;
        ctor = null!;
        proto = null!;
        if (!heritage.IsEmpty)
        {
            if (heritage.IsNull) protoParent = null;
            else if (heritage.Ref is JsFunction parent && heritage.IsObject && parent.IsConstructor)
            {
                var pp = parent.Get("prototype");
                if (!pp.IsObject && !pp.IsNull)
                {
                    exception = realm.CreateErrorValue(ErrorKind.TypeError, "Class extends value does not have valid prototype property " + Operations.DescribeForError(pp));
                    return false;
                }
                protoParent = pp.AsObjectOrNull;
                ctorParent = parent;
            }
            else
            {
                exception = realm.CreateErrorValue(ErrorKind.TypeError, $"Class extends value {Operations.DescribeForError(heritage)} is not a constructor or null");
                return false;
            }
        }
        proto = new JsObject(protoParent);
        ctor = new JsClosure(realm, code, CaptureCells(ref f, code), ctorParent) { HomeObject = proto };
        ctor.DefineNameAndLength(code.Name, code.Length);
        ctor.AddProperty("prototype", JsValue.FromObject(proto), PropertyFlags.None);
        proto.AddProperty("constructor", JsValue.FromObject(ctor), PropertyFlags.Hidden);
        return true;
    }

    /// <summary>`super(...args)` (ECMA-262 §13.3.7.1): constructs the parent with this new.target and binds `this`.</summary>
    private bool SuperCall(ref Frame f, ReadOnlySpan<JsValue> args, out JsValue result, out JsValue exception)
    {
        if ((f.Code.Flags & CodeFlags.Arrow) != 0) return SuperCallFromArrow(f.Function, args, out result, out exception);
        var realm = f.Function.Realm;
        exception = default;
        result = default;
        var parent = f.Function.GetPrototypeOf() as JsFunction;
        if (parent == null || !parent.IsConstructor)
        {
            exception = realm.CreateErrorValue(ErrorKind.TypeError, "Super constructor " + (parent == null ? "null" : parent.DebugName) + " of anonymous class is not a constructor");
            return false;
        }
        if (!f.NewTarget.IsObject)
        {
            exception = realm.CreateErrorValue(ErrorKind.SyntaxError, "'super' keyword unexpected here");
            return false;
        }
        result = parent.Construct(args, f.NewTarget.AsObject());
        if (!f.This.IsEmpty)
        {
            exception = realm.CreateErrorValue(ErrorKind.ReferenceError, "Super constructor may only be called once");
            return false;
        }
        f.This = result;
        return true;
    }

    private static bool CallNonClosure(Realm realm, in JsValue callee, in JsValue thisOrNewTarget, ReadOnlySpan<JsValue> args, bool construct, out JsValue result, out JsValue exception)
    {
        exception = default;
        result = default;
        if (callee.Ref is not JsFunction fn || !callee.IsObject)
        {
            exception = realm.CreateErrorValue(ErrorKind.TypeError, $"{Operations.DescribeForError(callee)} is not a {(construct ? "constructor" : "function")}");
            return false;
        }
        if (construct)
        {
            if (!fn.IsConstructor)
            {
                exception = realm.CreateErrorValue(ErrorKind.TypeError, $"{Operations.DescribeForError(callee)} is not a constructor");
                return false;
            }
            result = fn.Construct(args, thisOrNewTarget.AsObject());
        }
        else result = fn.Call(thisOrNewTarget, args);
        return true;
    }

    private static void DefineMember(JsObject target, in PropertyKey key, in JsValue function, bool accessor, int flags)
    {
        bool enumerable = (flags & 2) != 0;
        if ((flags & 4) != 0)
        {
            // `__proto__: value` in an object literal (ECMA-262 §13.2.5.5).
            if (function.IsObject || function.IsNull) target.SetPrototypeOf(function.AsObjectOrNull);
            return;
        }
        var desc = default(PropertyDescriptor);
        if (accessor)
        {
            if ((flags & 1) != 0) desc.Set = function; else desc.Get = function;
        }
        else
        {
            desc.Value = function;
            desc.Writable = true;
        }
        desc.Enumerable = enumerable;
        desc.Configurable = true;
        target.DefinePropertyOrThrow(key, desc);
    }

    /// <summary>ECMA-262 §7.3.25 CopyDataProperties; <paramref name="excluded"/> holds the excludedItems
    /// of an object rest pattern as property-key values.</summary>
    private static void CopyDataProperties(Realm realm, JsObject target, in JsValue source, JsArray? excluded = null)
    {
        if (source.IsNullish) return;
        var from = Operations.ToObject(realm, source);
        foreach (var key in from.OwnPropertyKeys())
        {
            if (excluded != null && IsExcluded(excluded, key)) continue;
            if (from.GetOwnProperty(key, out var desc) && desc.Enumerable)
                target.CreateDataPropertyOrThrow(key, from.Get(key, JsValue.FromObject(from)));
        }
    }

    private static bool IsExcluded(JsArray excluded, in PropertyKey key)
    {
        for (uint i = 0; i < excluded.Length; i++)
            if (excluded.TryGetDense(i, out var k) && Operations.ToPropertyKey(k).Equals(key)) return true;
        return false;
    }

    private static void AppendIterable(Realm realm, JsArray target, in JsValue iterable)
    {
        if (!GetIterator(realm, iterable, out var iterator, out var next, out var exception)) throw new JsException(exception);
        while (true)
        {
            if (!IteratorStep(realm, iterator, next, out bool done, out var value, out exception)) throw new JsException(exception);
            if (done) return;
            if (!target.TryAppendDense(value)) target.CreateDataPropertyOrThrow(PropertyKey.FromIndex(target.length), value);
        }
    }

    // ------------------------------------------------------------------ iterators (ECMA-262 §7.4)

    /// <summary>§7.4.2 GetIterator(obj, sync).</summary>
    internal static bool GetIterator(Realm realm, in JsValue obj, out JsValue iterator, out JsValue next, out JsValue exception)
    {
        exception = default;
        iterator = next = default;
        if (obj.IsNullish)
        {
            exception = realm.CreateErrorValue(ErrorKind.TypeError, $"{obj} is not iterable");
            return false;
        }
        var method = Operations.GetV(realm, obj, JsSymbol.Iterator);
        if (!method.IsCallable)
        {
            exception = realm.CreateErrorValue(ErrorKind.TypeError, $"{Operations.DescribeForError(obj)} is not iterable");
            return false;
        }
        iterator = Operations.Call(method, obj, ReadOnlySpan<JsValue>.Empty);
        if (!iterator.IsObject)
        {
            exception = realm.CreateErrorValue(ErrorKind.TypeError, "Result of the Symbol.iterator method is not an object");
            return false;
        }
        next = iterator.AsObject().Get("next", iterator);
        return true;
    }

    /// <summary>§7.4.8 IteratorStepValue, with a fast path for untouched array iterators (no result objects).</summary>
    internal static bool IteratorStep(Realm realm, in JsValue iterator, in JsValue next, out bool done, out JsValue value, out JsValue exception)
    {
        exception = default;
        if (iterator.Ref is JsArrayIterator fast && next.Ref == realm.ArrayIteratorNext)
        {
            done = !fast.Step(out value);
            return true;
        }
        if (iterator.Ref is Builtins.JsStringIterator chars && next.Ref == realm.StringIteratorNext)
        {
            done = !chars.Step(out value);
            return true;
        }
        value = default;
        done = true;
        if (!next.IsCallable)
        {
            exception = realm.CreateErrorValue(ErrorKind.TypeError, $"{Operations.DescribeForError(next)} is not a function");
            return false;
        }
        var result = Operations.Call(next, iterator, ReadOnlySpan<JsValue>.Empty);
        if (!result.IsObject)
        {
            exception = realm.CreateErrorValue(ErrorKind.TypeError, $"Iterator result {Operations.DescribeForError(result)} is not an object");
            return false;
        }
        var r = result.AsObject();
        done = Operations.ToBoolean(r.Get("done", result));
        if (!done) value = r.Get("value", result);
        return true;
    }

    /// <summary>§7.4.11 IteratorClose (normal completion).</summary>
    internal static void IteratorClose(Realm realm, in JsValue iterator)
    {
        if (iterator.Ref is JsArrayIterator || !iterator.IsObject) return;
        var method = Operations.GetMethod(iterator, "return");
        if (method == null) return;
        var result = Operations.Call(method, iterator, ReadOnlySpan<JsValue>.Empty);
        if (!result.IsObject) JsException.ThrowTypeError("Iterator result is not an object");
    }
}

/// <summary>An `arguments` object (ECMA-262 §10.4.4): ordinary storage, its own class name.</summary>
public class JsArguments(JsObject? prototype) : JsObject(prototype)
{
    public override string ClassName => "Arguments";
}
