using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins;

/// <summary>ECMA-262 §25.5 The JSON Object.</summary>
internal static class JsonObject
{
    private static readonly BuiltinMethod[] Methods =
    [
        new("parse", 2, Parse),
        new("stringify", 3, Stringify),
    ];

    public static JsObject Create(Realm realm)
    {
        var json = new JsObject(realm.ObjectPrototype);
        Builtin.DefineMethods(realm, json, Methods);
        JsonRawJson.Install(realm, json);
        Library.ToStringTag(json, "JSON"); // 25.5.3 JSON [ @@toStringTag ]
        return json;
    }

    // 25.5.1 JSON.parse ( text [ , reviver ] )
    private static JsValue Parse(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        string jsonString = Operations.ToString(Builtin.Arg(args, 0));     // Step 1.
        var reviver = Builtin.Arg(args, 1);
        if (!reviver.IsCallable) return new JsonParser(realm, jsonString).ParseText(); // Steps 2-4, 6.
        var unfiltered = new JsonParser(realm, jsonString, recording: true).ParseText(out var snapshot);
        // Step 5.
        var root = realm.CreateObject();
        root.CreateDataPropertyOrThrow(PropertyKey.FromString(""), unfiltered);
        int depth = 0;
        return InternalizeJsonProperty(realm, root, PropertyKey.FromString(""), reviver.AsObject(), snapshot, ref depth);
    }

    // 25.5.1.1 InternalizeJSONProperty ( holder, name, reviver, valNode ) (with source text access:
    // the reviver's third argument, a context object with `source` for unmodified primitives)
    private static JsValue InternalizeJsonProperty(Realm realm, JsObject holder, PropertyKey name, JsObject reviver, JsonParseRecord? valNode, ref int depth)
    {
        var val = holder.Get(name);                                                          // Step 1.
        var context = realm.CreateObject();
        List<JsonParseRecord>? elementRecords = null;
        Dictionary<string, JsonParseRecord>? entryRecords = null;
        if (valNode != null && Operations.SameValue(valNode.Value, val))
        {
            if (!val.IsObject) context.CreateDataPropertyOrThrow(PropertyKey.FromString("source"), JsValue.FromString(valNode.Source!));
            elementRecords = valNode.Elements;
            entryRecords = valNode.Entries;
        }
        if (val.IsObject)                                                                    // Step 2.
        {
            if (++depth > 10_000 || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
                JsException.ThrowRangeError("Maximum call stack size exceeded");
            var o = val.AsObject();
            if (Operations.IsArray(o))                                                       // Steps 2.a-b.
            {
                double len = Operations.LengthOfArrayLike(o);
                for (double i = 0; i < len; i++)
                {
                    var prop = PropertyKey.FromString(NumberFormatting.ToString(i));
                    var child = elementRecords != null && i < elementRecords.Count ? elementRecords[(int)i] : null;
                    var newElement = InternalizeJsonProperty(realm, o, prop, reviver, child, ref depth);
                    if (newElement.IsUndefined) o.Delete(prop);
                    else o.CreateDataProperty(prop, newElement);
                }
            }
            else                                                                             // Step 2.c.
            {
                foreach (var p in EnumerableOwnKeys(o))
                {
                    JsonParseRecord? child = null;
                    if (entryRecords != null && !p.IsSymbol) entryRecords.TryGetValue(p.ToString(), out child);
                    var newElement = InternalizeJsonProperty(realm, o, p, reviver, child, ref depth);
                    if (newElement.IsUndefined) o.Delete(p);
                    else o.CreateDataProperty(p, newElement);
                }
            }
            depth--;
        }
        // Step 3.
        Span<JsValue> callArgs = [name.ToJsValue(), val, JsValue.FromObject(context)];
        if (name.IsIndex) callArgs[0] = JsValue.FromString(name.ToString());
        return Operations.Call(reviver, JsValue.FromObject(holder), callArgs);
    }

    /// <summary>§7.3.23 EnumerableOwnProperties(O, key): the enumerable own string keys, in order.</summary>
    private static List<PropertyKey> EnumerableOwnKeys(JsObject o)
    {
        var keys = o.OwnPropertyKeys();
        var result = new List<PropertyKey>(keys.Count);
        foreach (var key in keys)
        {
            if (key.IsSymbol) continue;
            if (o.GetOwnProperty(key, out var desc) && desc.Enumerable) result.Add(key);
        }
        return result;
    }

    // 25.5.2 JSON.stringify ( value [ , replacer [ , space ] ] )
    private static JsValue Stringify(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var value = Builtin.Arg(args, 0);
        var replacer = Builtin.Arg(args, 1);
        var space = Builtin.Arg(args, 2);
        var state = new JsonStringifier(realm);
        // Step 4.
        if (replacer.IsObject)
        {
            if (replacer.IsCallable) state.ReplacerFunction = replacer.AsObject();
            else if (Operations.IsArray(replacer))
            {
                var list = new List<PropertyKey>();
                var seen = new HashSet<PropertyKey>();
                var r = replacer.AsObject();
                double len = Operations.LengthOfArrayLike(r);
                for (double k = 0; k < len; k++)
                {
                    var v = r.Get(PropertyKey.FromString(NumberFormatting.ToString(k)));
                    string? item = null;
                    if (v.IsString) item = v.AsString();
                    else if (v.IsNumber) item = NumberFormatting.ToString(v.Number);
                    else if (v.Ref is JsStringObject || (v.Ref is JsPrimitiveObject p && p.PrimitiveValue.IsNumber)) item = Operations.ToString(v);
                    if (item != null)
                    {
                        var key = PropertyKey.FromString(item);
                        if (seen.Add(key)) list.Add(key);
                    }
                }
                state.PropertyList = list;
            }
        }
        // Step 5.
        if (space.IsObject)
        {
            if (space.Ref is JsPrimitiveObject sp && sp.PrimitiveValue.IsNumber) space = Operations.ToNumber(space);
            else if (space.Ref is JsStringObject) space = Operations.ToString(space);
        }
        // Steps 6-8.
        if (space.IsNumber)
        {
            double spaceMV = Math.Min(10, Operations.ToIntegerOrInfinity(space));
            state.Gap = spaceMV < 1 ? "" : new string(' ', (int)spaceMV);
        }
        else if (space.IsString)
        {
            string s = space.AsString();
            state.Gap = s.Length <= 10 ? s : s.Substring(0, 10);
        }
        // Steps 9-12.
        var wrapper = realm.CreateObject();
        wrapper.CreateDataPropertyOrThrow(PropertyKey.FromString(""), value);
        return state.SerializeTop(wrapper) is string text ? JsValue.FromString(text) : JsValue.Undefined;
    }
}

/// <summary>The JSON Serialization Record of §25.5.2 and SerializeJSONProperty/Object/Array (§25.5.2.2-6),
/// writing into one StringBuilder instead of joining partial lists (the output is the same).</summary>
internal sealed class JsonStringifier(Realm realm)
{
    public JsObject? ReplacerFunction;
    public List<PropertyKey>? PropertyList;
    public string Gap = "";
    private string indent = "";
    private readonly StringBuilder sb = new();
    private readonly List<JsObject> stack = new();
    private readonly List<PropertyKey> stackKeys = new();

    private static readonly PropertyKey ToJsonKey = PropertyKey.FromString("toJSON");

    public string? SerializeTop(JsObject wrapper)
        => SerializeProperty(PropertyKey.FromString(""), wrapper, wrapper.Get(PropertyKey.FromString(""))) ? sb.ToString() : null;

    private static JsValue KeyValue(in PropertyKey key) => key.IsIndex ? JsValue.FromString(key.ToString()) : key.ToJsValue();

    /// <summary>§25.5.2.2 SerializeJSONProperty from step 2 (value = Get(holder, key) done by the caller).
    /// Appends the text and returns true, or returns false for undefined.</summary>
    private bool SerializeProperty(in PropertyKey key, JsObject holder, JsValue value)
    {
        // Step 2.
        if (value.IsObject || value.IsBigInt)
        {
            var toJson = Operations.GetV(realm, value, ToJsonKey);
            if (toJson.IsCallable) value = Operations.Call(toJson, value, [KeyValue(key)]);
        }
        // Step 3.
        if (ReplacerFunction != null)
            value = Operations.Call(ReplacerFunction, JsValue.FromObject(holder), [KeyValue(key), value]);
        // Step 4.
        if (value.IsObject)
        {
            var o = value.AsObject();
            if (o is JsRawJson)
            {
                // A raw JSON object (JSON.rawJSON) is emitted as its text.
                sb.Append(Operations.ToString(o.Get("rawJSON")));
                return true;
            }
            if (o is JsPrimitiveObject p)
            {
                if (p.PrimitiveValue.IsNumber) value = Operations.ToNumber(value);
                else if (p.PrimitiveValue.IsBoolean || p.PrimitiveValue.IsBigInt) value = p.PrimitiveValue;
            }
            else if (o is JsStringObject) value = Operations.ToString(value);
        }
        switch (value.Tag)
        {
            case JsTag.Null: sb.Append("null"); return true;                                // Step 5.
            case JsTag.Boolean: sb.Append(value.AsBoolean ? "true" : "false"); return true;  // Steps 6-7.
            case JsTag.String: QuoteJsonString(sb, value.AsString()); return true;           // Step 8.
            case JsTag.Number:                                                               // Step 9.
                sb.Append(double.IsFinite(value.Number) ? NumberFormatting.ToString(value.Number) : "null");
                return true;
            case JsTag.BigInt: JsException.ThrowTypeError("Do not know how to serialize a BigInt"); return false; // Step 10.
            case JsTag.Object:                                                               // Step 11.
                if (value.IsCallable) return false;
                if (Operations.IsArray(value)) SerializeArray(value.AsObject(), key);
                else SerializeObject(value.AsObject(), key);
                return true;
            default: return false;                                                           // Step 12.
        }
    }

    private void Enter(JsObject value, in PropertyKey key)
    {
        // Step 1: a cycle is a TypeError (V8's message names the path that closes it).
        int at = stack.IndexOf(value);
        if (at >= 0) JsException.ThrowTypeError(CircularMessage(at, key));
        if (stack.Count > 10_000 || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
            JsException.ThrowRangeError("Maximum call stack size exceeded");
        stack.Add(value);
        stackKeys.Add(key);
    }

    private void Leave()
    {
        stack.RemoveAt(stack.Count - 1);
        stackKeys.RemoveAt(stackKeys.Count - 1);
    }

    private string CircularMessage(int at, in PropertyKey closingKey)
    {
        var m = new StringBuilder("Converting circular structure to JSON");
        m.Append("\n    --> starting at object with constructor '").Append(ConstructorName(stack[at])).Append('\'');
        for (int i = at + 1; i < stack.Count; i++)
            m.Append("\n    |     ").Append(DescribeKey(stackKeys[i])).Append(" -> object with constructor '").Append(ConstructorName(stack[i])).Append('\'');
        m.Append("\n    --- ").Append(DescribeKey(closingKey)).Append(" closes the circle");
        return m.ToString();
    }

    private static string DescribeKey(in PropertyKey key) => key.IsIndex ? "index " + key.ToString() : "property '" + key.ToString() + "'";

    /// <summary>The name of the `constructor` data property found on the chain, without running getters.</summary>
    private static string ConstructorName(JsObject o)
    {
        for (var p = o; p != null; p = p.prototype)
        {
            if (p.TryGetOwnFast(PropertyKey.FromString("constructor"), out var c, out var flags))
            {
                if ((flags & PropertyFlags.Accessor) == 0 && c.Ref is JsFunction f && c.IsObject && f.DebugName.Length > 0) return f.DebugName;
                break;
            }
        }
        return "Object";
    }

    // 25.5.2.5 SerializeJSONObject ( state, value )
    private void SerializeObject(JsObject value, in PropertyKey key)
    {
        Enter(value, key);                                         // Steps 1-2.
        string stepback = indent;                                  // Step 3.
        indent += Gap;                                             // Step 4.
        IReadOnlyList<PropertyKey> keys = PropertyList ?? EnumerableOwnKeys(value); // Step 5.
        sb.Append('{');
        bool any = false;
        foreach (var p in keys)                                    // Step 7.
        {
            int mark = sb.Length;
            if (any) sb.Append(',');
            if (Gap.Length > 0) sb.Append('\n').Append(indent);
            QuoteJsonString(sb, p.ToString());
            sb.Append(':');
            if (Gap.Length > 0) sb.Append(' ');
            if (SerializeProperty(p, value, value.Get(p))) any = true;
            else sb.Length = mark;                                 // undefined: no member.
        }
        if (any && Gap.Length > 0) sb.Append('\n').Append(stepback);
        sb.Append('}');
        Leave();                                                   // Step 11.
        indent = stepback;                                         // Step 12.
    }

    private static List<PropertyKey> EnumerableOwnKeys(JsObject o)
    {
        var keys = o.OwnPropertyKeys();
        var result = new List<PropertyKey>(keys.Count);
        foreach (var k in keys)
        {
            if (k.IsSymbol) continue;
            if (o.GetOwnProperty(k, out var desc) && desc.Enumerable) result.Add(k);
        }
        return result;
    }

    // 25.5.2.6 SerializeJSONArray ( state, value )
    private void SerializeArray(JsObject value, in PropertyKey key)
    {
        Enter(value, key);
        string stepback = indent;
        indent += Gap;
        double len = Operations.LengthOfArrayLike(value);          // Step 6.
        sb.Append('[');
        for (double index = 0; index < len; index++)               // Step 8.
        {
            if (index > 0) sb.Append(',');
            if (Gap.Length > 0) sb.Append('\n').Append(indent);
            var p = index < uint.MaxValue ? PropertyKey.FromIndex((uint)index) : PropertyKey.FromString(NumberFormatting.ToString(index));
            var element = value is JsArray array && index < uint.MaxValue && array.TryGetDense((uint)index, out var dense) ? dense : value.Get(p);
            if (!SerializeProperty(p, value, element)) sb.Append("null");
        }
        if (len > 0 && Gap.Length > 0) sb.Append('\n').Append(stepback);
        sb.Append(']');
        Leave();
        indent = stepback;
    }

    /// <summary>§25.5.2.3 QuoteJSONString: escapes, and lone surrogates as \uXXXX (well-formed JSON.stringify).</summary>
    internal static void QuoteJsonString(StringBuilder sb, string s)
    {
        sb.Append('"');
        int run = 0;
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c >= 0x20 && c != '"' && c != '\\' && !char.IsSurrogate(c)) continue;
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) { i++; continue; }
            sb.Append(s, run, i - run);
            run = i + 1;
            switch (c)
            {
                case '\b': sb.Append("\\b"); break;
                case '\t': sb.Append("\\t"); break;
                case '\n': sb.Append("\\n"); break;
                case '\f': sb.Append("\\f"); break;
                case '\r': sb.Append("\\r"); break;
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                default: sb.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture)); break;
            }
        }
        sb.Append(s, run, s.Length - run).Append('"');
    }
}
