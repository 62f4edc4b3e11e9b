using System;
using System.Collections.Generic;
using Aot.Engine.Builtins;
using Aot.Engine.Objects;

namespace Aot.Runtime.Web;

/// <summary>
/// structuredClone (HTML §2.7.3 StructuredSerializeInternal + deserialize, in one pass): primitives,
/// plain objects (own enumerable string keys, getters run, prototype dropped), arrays (holes kept),
/// Date, RegExp, Map, Set, boxed primitives and errors (name, message, stack, cause), with shared
/// and circular references preserved. Functions, symbols and other platform objects throw
/// DataCloneError "X could not be cloned." as in Node. (Typed arrays and ArrayBuffers are not yet.)
/// </summary>
public static class StructuredClone
{
    public static JsValue Clone(Realm realm, in JsValue value) => Clone(realm, value, new Dictionary<JsObject, JsObject>(ReferenceEqualityComparer.Instance));

    private static JsValue Clone(Realm realm, in JsValue value, Dictionary<JsObject, JsObject> memory)
    {
        if (value.IsSymbol) throw Fail(realm, value);
        if (!value.IsObject) return value;
        var o = value.AsObject();
        if (memory.TryGetValue(o, out var done)) return JsValue.FromObject(done);
        switch (o)
        {
            case JsFunction: throw Fail(realm, value);
            case JsDateObject d:
                return Remember(memory, o, new JsDateObject(realm.DatePrototype, d.TimeValue));
            case JsPrimitiveObject p when !p.PrimitiveValue.IsSymbol:
                return JsValue.FromObject(Remember(memory, o, Operations.ToObject(realm, p.PrimitiveValue)));
            case JsStringObject s:
                return JsValue.FromObject(Remember(memory, o, Operations.ToObject(realm, JsValue.FromString(s.Value))));
            case Aot.Engine.Builtins.RegExp.JsRegExp:
            {
                var ctor = realm.RegExpPrototype.Get("constructor");
                var source = o.Get("source");
                var flags = o.Get("flags");
                var copy = Operations.Construct((JsFunction)ctor.AsObject(), [source, flags]);
                return JsValue.FromObject(Remember(memory, o, copy.AsObject()));
            }
            case JsMap map:
            {
                var copy = new JsMap(realm.MapPrototype);
                Remember(memory, o, copy);
                foreach (var (k, v) in map.EntriesSnapshot()) copy.SetEntry(Clone(realm, k, memory), Clone(realm, v, memory));
                return JsValue.FromObject(copy);
            }
            case JsSet set:
            {
                var copy = new JsSet(realm.SetPrototype);
                Remember(memory, o, copy);
                foreach (var v in set.ValuesSnapshot()) copy.AddValue(Clone(realm, v, memory));
                return JsValue.FromObject(copy);
            }
            case JsError:
                return JsValue.FromObject(CloneError(realm, o, memory));
            case JsArray array:
            {
                var copy = realm.CreateArray();
                Remember(memory, o, copy);
                copy.Set("length", JsValue.FromNumber(array.Length), JsValue.FromObject(copy));
                CopyProperties(realm, o, copy, memory);
                return JsValue.FromObject(copy);
            }
        }
        if (o.ClassName != "Object" || o is JsPromise) throw Fail(realm, value);
        var plain = realm.CreateObject();
        Remember(memory, o, plain);
        CopyProperties(realm, o, plain, memory);
        return JsValue.FromObject(plain);
    }

    private static JsObject Remember(Dictionary<JsObject, JsObject> memory, JsObject original, JsObject copy)
    {
        memory[original] = copy;
        return copy;
    }

    private static JsValue Remember(Dictionary<JsObject, JsObject> memory, JsObject original, JsDateObject copy)
    {
        memory[original] = copy;
        return JsValue.FromObject(copy);
    }

    private static void CopyProperties(Realm realm, JsObject from, JsObject to, Dictionary<JsObject, JsObject> memory)
    {
        foreach (var key in from.OwnPropertyKeys())
        {
            if (key.IsSymbol) continue;
            if (!from.GetOwnProperty(key, out var desc) || !desc.Enumerable) continue;
            var v = from.Get(key);
            to.CreateDataPropertyOrThrow(key, Clone(realm, v, memory));
        }
    }

    private static JsObject CloneError(Realm realm, JsObject error, Dictionary<JsObject, JsObject> memory)
    {
        string name = Operations.ToString(error.Get("name"));
        var kind = name switch
        {
            "TypeError" => ErrorKind.TypeError, "RangeError" => ErrorKind.RangeError, "ReferenceError" => ErrorKind.ReferenceError,
            "SyntaxError" => ErrorKind.SyntaxError, "EvalError" => ErrorKind.EvalError, "URIError" => ErrorKind.URIError,
            _ => ErrorKind.Error,
        };
        var copy = new JsError(realm.ErrorPrototype(kind));
        Remember(memory, error, copy);
        if (error.GetOwnProperty("message", out var m) && m.IsDataDescriptor)
            copy.AddProperty("message", JsValue.FromString(Operations.ToString(m.Value)), PropertyFlags.Hidden);
        var stack = error.Get("stack");
        if (stack.IsString) copy.AddProperty("stack", stack, PropertyFlags.Hidden);
        if (error.GetOwnProperty("cause", out var c) && c.IsDataDescriptor)
            copy.AddProperty("cause", Clone(realm, c.Value, memory), PropertyFlags.Hidden);
        return copy;
    }

    private static JsException Fail(Realm realm, in JsValue value)
    {
        string text = value.IsSymbol ? value.AsSymbol.ToString() : value.IsObject && value.Ref is not JsFunction ? Inspector.Inspect(value) : Operations.ToString(value);
        return DomException.Create(realm, "DataCloneError", text + " could not be cloned.");
    }
}
