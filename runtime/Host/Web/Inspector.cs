using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Aot.Engine.Builtins;
using Aot.Engine.Builtins.RegExp;
using Aot.Engine.Interpreting;
using Aot.Engine.Objects;

namespace Aot.Runtime.Web;

/// <summary>Options of <see cref="Inspector"/> (a subset of util.inspect's).</summary>
public sealed record InspectOptions(int Depth = 2, bool Colors = false, bool ShowHidden = false, int BreakLength = 80, int Compact = 3, int MaxArrayLength = 100)
{
    public static readonly InspectOptions Default = new();

    /// <summary>Colours as Node's console decides them for a stream (lib/internal/util/colors.js
    /// shouldColorize): FORCE_COLOR wins when set ('', 1, true, 2, 3 on; anything else off);
    /// otherwise only a TTY, and not with NO_COLOR, NODE_DISABLE_COLORS or TERM=dumb.</summary>
    public static InspectOptions ForStream(Running.OutputStream stream) => ShouldColorize(stream) ? new InspectOptions(Colors: true) : Default;

    public static bool ShouldColorize(Running.OutputStream stream)
    {
        string? force = Running.HostNative.GetEnv("FORCE_COLOR");
        if (force != null) return force is "" or "1" or "true" or "2" or "3";
        if (!stream.IsTty) return false;
        return Running.HostNative.GetEnv("NO_COLOR") == null && Running.HostNative.GetEnv("NODE_DISABLE_COLORS") == null && Running.HostNative.GetEnv("TERM") != "dumb";
    }
}

/// <summary>
/// Node's util.inspect (lib/internal/util/inspect.js formatValue/formatRaw/reduceToSingleString),
/// followed step by step: primitives, arrays (holes, grouping of long arrays into columns, "... N
/// more items"), plain objects, class instances, null prototypes, Symbol.toStringTag, functions
/// and classes, errors (stack, improveStack, own properties, cause), Map/Set, Promise, WeakMap/
/// WeakSet, boxed primitives, Date, RegExp, arguments, getters ([Getter]/[Setter]/
/// [Getter/Setter], not run), circular references (&lt;ref *1&gt; / [Circular *1]), depth
/// (default 2), breakLength 80 / compact 3 line breaking, colours (ANSI, as Node's styles);
/// binary data (typed arrays, ArrayBuffer, DataView, Buffer) in Inspector.Binary.cs.
/// </summary>
public sealed partial class Inspector
{
    private readonly InspectOptions options;
    private readonly List<JsObject> seen = new();
    private Dictionary<JsObject, int>? circular;
    private int indentationLvl;
    private int currentDepth;

    private Inspector(InspectOptions options) => this.options = options;

    public static string Inspect(in JsValue value) => new Inspector(InspectOptions.Default).FormatValue(value, 0, typedArray: false);

    public static string Inspect(in JsValue value, InspectOptions options) => new Inspector(options).FormatValue(value, 0, typedArray: false);

    // ------------------------------------------------------------------ styles

    private string Stylize(string text, string style)
    {
        if (!options.Colors) return text;
        (int open, int close) = style switch
        {
            "special" => (36, 39), "number" => (33, 39), "bigint" => (33, 39), "boolean" => (33, 39),
            "undefined" => (90, 39), "null" => (1, 22), "string" => (32, 39), "symbol" => (32, 39),
            "date" => (35, 39), "regexp" => (31, 39), "module" => (4, 24),
            _ => (0, 0),
        };
        return open == 0 ? text : "\u001b[" + open + "m" + text + "\u001b[" + close + "m";
    }

    /// <summary>Length without ANSI colour sequences (Node's getStringWidth with removeColors).</summary>
    private static int Width(string s)
    {
        int n = 0;
        for (int i = 0; i < s.Length; i++)
        {
            if (s[i] == '\u001b' && i + 1 < s.Length && s[i + 1] == '[')
            {
                int j = i + 2;
                while (j < s.Length && (char.IsDigit(s[j]) || s[j] == ';')) j++;
                if (j < s.Length && s[j] == 'm') { i = j; continue; }
            }
            n++;
        }
        return n;
    }

    // ------------------------------------------------------------------ primitives

    private string FormatValue(in JsValue value, int recurseTimes, bool typedArray)
    {
        if (!value.IsObject) return FormatPrimitive(value);
        var o = value.AsObject();
        // Like Node with showProxy off: a proxy shows as its target, without running any trap.
        while (ProxyCore.Of(o) is { } proxy)
        {
            if (proxy.IsRevoked) return Stylize("<Revoked Proxy>", "special");
            o = proxy.ProxyTarget!;
        }
        // Node runs a Buffer's util.inspect.custom before the circular and depth checks.
        if (Aot.Runtime.Node.BufferModule.IsBuffer(o)) return FormatBuffer((JsTypedArray)o, recurseTimes);
        if (seen.Contains(o))
        {
            circular ??= new Dictionary<JsObject, int>(ReferenceEqualityComparer.Instance);
            if (!circular.TryGetValue(o, out int index)) circular[o] = index = circular.Count + 1;
            return Stylize("[Circular *" + index + "]", "special");
        }
        return FormatRaw(o, recurseTimes, typedArray);
    }

    private string FormatPrimitive(in JsValue value)
    {
        switch (value.Tag)
        {
            case JsTag.String:
            {
                string s = value.AsString();
                if (s.Length > 16 && s.Length > options.BreakLength - indentationLvl - 4)
                {
                    var parts = SplitNewLines(s);
                    if (parts.Count > 1)
                    {
                        var sb = new StringBuilder();
                        for (int i = 0; i < parts.Count; i++)
                        {
                            if (i > 0) sb.Append(" +\n").Append(' ', indentationLvl + 2);
                            sb.Append(Stylize(Quote(parts[i]), "string"));
                        }
                        return sb.ToString();
                    }
                }
                return Stylize(Quote(s), "string");
            }
            case JsTag.Number: return Stylize(FormatNumber(value.Number), "number");
            case JsTag.BigInt: return Stylize(value.AsBigInt.ToString(CultureInfo.InvariantCulture) + "n", "bigint");
            case JsTag.Boolean: return Stylize(value.AsBoolean ? "true" : "false", "boolean");
            case JsTag.Undefined: return Stylize("undefined", "undefined");
            case JsTag.Null: return Stylize("null", "null");
            case JsTag.Symbol: return Stylize(value.AsSymbol.ToString(), "symbol");
            default: return "<internal>";
        }
    }

    public static string FormatNumber(double d) => d == 0 && double.IsNegative(d) ? "-0" : NumberFormatting.ToString(d);

    private static List<string> SplitNewLines(string s)
    {
        var parts = new List<string>();
        int start = 0;
        for (int i = 0; i < s.Length; i++)
            if (s[i] == '\n') { parts.Add(s[start..(i + 1)]); start = i + 1; }
        if (start < s.Length) parts.Add(s[start..]);
        return parts;
    }

    /// <summary>Node's strEscape: single quotes unless the string contains them (then double, then
    /// backticks); control characters, DEL and lone surrogates escaped.</summary>
    public static string Quote(string s)
    {
        char q = '\'';
        if (s.Contains('\''))
        {
            if (!s.Contains('"')) q = '"';
            else if (!s.Contains('`') && !s.Contains("${", StringComparison.Ordinal)) q = '`';
        }
        var sb = new StringBuilder(s.Length + 2).Append(q);
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            switch (c)
            {
                case '\n': sb.Append("\\n"); break;
                case '\t': sb.Append("\\t"); break;
                case '\r': sb.Append("\\r"); break;
                case '\b': sb.Append("\\b"); break;
                case '\f': sb.Append("\\f"); break;
                case '\\': sb.Append("\\\\"); break;
                default:
                    if (c == q) sb.Append('\\').Append(c);
                    else if (c < 0x20 || c == 0x7f) sb.Append("\\x").Append(((int)c).ToString("X2", CultureInfo.InvariantCulture));
                    else if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) { sb.Append(c).Append(s[i + 1]); i++; }
                    else if (char.IsSurrogate(c)) sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    else sb.Append(c);
                    break;
            }
        }
        return sb.Append(q).ToString();
    }

    // ------------------------------------------------------------------ objects

    private static bool TryOwnData(JsObject o, in PropertyKey key, out JsValue value)
    {
        value = default;
        if (!o.TryGetOwnFast(key, out var slot, out var flags) || (flags & PropertyFlags.Accessor) != 0) return false;
        value = slot;
        return true;
    }

    /// <summary>Node's getConstructorName without running getters: the first prototype (starting
    /// with the object) with an own data `constructor` that is a named function; null for a null
    /// prototype chain without one.</summary>
    public static string? ConstructorNameOf(JsObject o)
    {
        for (JsObject? p = o; p != null; p = p.GetPrototypeOf())
        {
            if (TryOwnData(p, "constructor", out var ctor) && ctor.Ref is JsFunction f && TryOwnData(f, "name", out var name) && name.IsString && name.AsString().Length > 0)
                return name.AsString();
        }
        return null;
    }

    private static string GetPrefix(string? constructor, string tag, string fallback, string size = "")
    {
        if (constructor == null)
        {
            if (tag.Length > 0 && fallback != tag) return "[" + fallback + size + ": null prototype] [" + tag + "] ";
            return "[" + fallback + size + ": null prototype] ";
        }
        if (tag.Length > 0 && constructor != tag) return constructor + size + " [" + tag + "] ";
        return constructor + size + " ";
    }

    private List<PropertyKey> GetKeys(JsObject o, bool skipIndices)
    {
        var keys = new List<PropertyKey>();
        foreach (var key in o.OwnPropertyKeys())
        {
            if (skipIndices && key.IsIndex) continue;
            if (!o.TryGetOwnFast(key, out _, out var flags)) continue;
            if (!options.ShowHidden && (flags & PropertyFlags.Enumerable) == 0) continue;
            keys.Add(key);
        }
        return keys;
    }

    private string FormatRaw(JsObject value, int recurseTimes, bool typedArray)
    {
        string? constructor = ConstructorNameOf(value);
        string tag = "";
        try
        {
            var t = value.Get(JsSymbol.ToStringTag);
            if (t.IsString && t.AsString().Length > 0)
            {
                bool ownEnumerable = value.TryGetOwnFast(JsSymbol.ToStringTag, out _, out var tf) && (options.ShowHidden || (tf & PropertyFlags.Enumerable) != 0);
                if (!ownEnumerable) tag = t.AsString();
            }
        }
        catch (JsException) { }

        string basePart = "";
        string open, close = "}";
        bool arrayExtras = false;
        List<PropertyKey> keys;
        Func<List<string>>? formatter = null;

        if (value is JsArray array)
        {
            string prefix = constructor != "Array" || tag.Length > 0 ? GetPrefix(constructor, tag, "Array", "(" + array.Length + ")") : "";
            keys = GetKeys(value, skipIndices: true);
            if (options.ShowHidden == false) keys.RemoveAll(k => k.Equals(JsArray.LengthKey));
            open = prefix + "[";
            close = "]";
            if (array.Length == 0 && keys.Count == 0) return open + "]";
            arrayExtras = true;
            formatter = () => FormatArray(array, recurseTimes);
        }
        else if (value is JsSet set)
        {
            var values = set.ValuesSnapshot();
            keys = GetKeys(value, false);
            string prefix = GetPrefix(constructor, tag, "Set", "(" + values.Count + ")");
            formatter = () => FormatSet(values, recurseTimes);
            if (values.Count == 0 && keys.Count == 0) return prefix + "{}";
            open = prefix + "{";
        }
        else if (value is JsMap map)
        {
            var entries = map.EntriesSnapshot();
            keys = GetKeys(value, false);
            string prefix = GetPrefix(constructor, tag, "Map", "(" + entries.Count + ")");
            formatter = () => FormatMap(entries, recurseTimes);
            if (entries.Count == 0 && keys.Count == 0) return prefix + "{}";
            open = prefix + "{";
        }
        else if (value is JsTypedArray typed)
        {
            keys = GetKeys(value, skipIndices: true);
            int size = typed.Length;
            // A null prototype falls back to the kind's name (Node's formatRaw: `[Uint8Array(2): null prototype]`).
            open = GetPrefix(constructor, tag, constructor == null ? typed.ClassName : "", "(" + size + ")") + "[";
            close = "]";
            if (ReportsZeroLength(value) && keys.Count == 0 && !options.ShowHidden) return open + "]";
            arrayExtras = true;
            formatter = () => FormatTypedArray(typed, size, recurseTimes);
        }
        else if (value is JsArrayBuffer arrayBuffer)
        {
            keys = GetKeys(value, false);
            string prefix = GetPrefix(constructor, tag, arrayBuffer.IsShared ? "SharedArrayBuffer" : "ArrayBuffer");
            // As a typed array's hidden [buffer] the contents are left out.
            if (!typedArray) formatter = () => new List<string> { FormatArrayBufferContents(arrayBuffer) };
            else if (keys.Count == 0) return prefix + "{ byteLength: " + Stylize(FormatNumber(arrayBuffer.ByteLength), "number") + " }";
            open = prefix + "{";
            keys.Insert(0, "byteLength");
        }
        else if (value is JsDataView)
        {
            keys = GetKeys(value, false);
            open = GetPrefix(constructor, tag, "DataView") + "{";
            // .buffer goes last: it is not a primitive like the others (Node's formatRaw).
            keys.InsertRange(0, new PropertyKey[] { "byteLength", "byteOffset", "buffer" });
        }
        else
        {
            keys = GetKeys(value, skipIndices: value is JsArguments or JsStringObject);
            if (value is JsStringObject) keys.RemoveAll(k => k.Equals(JsArray.LengthKey));
            open = "{";
            if (value is JsArguments)
            {
                open = "[Arguments] [";
                close = "]";
                arrayExtras = true;
                keys.RemoveAll(k => k.Equals(JsArray.LengthKey));
                formatter = () => FormatArrayLike(value, recurseTimes);
                if (LengthOf(value) == 0 && keys.Count == 0) return "[Arguments] []";
            }
            else if (value is JsFunction fn)
            {
                basePart = FunctionBase(fn, constructor, tag);
                keys.RemoveAll(k => k.Equals("prototype") && !options.ShowHidden);
                if (keys.Count == 0) return Stylize(basePart, "special");
            }
            else if (value is JsRegExp { Matcher: not null } rx)
            {
                basePart = rx.DisplayText;
                string prefix = GetPrefix(constructor, tag, "RegExp");
                if (prefix != "RegExp ") basePart = prefix + basePart;
                keys.RemoveAll(k => k.Equals("lastIndex"));
                if (keys.Count == 0 || recurseTimes > options.Depth) return Stylize(basePart, "regexp");
            }
            else if (value is JsDateObject date)
            {
                basePart = double.IsNaN(date.TimeValue) ? "Invalid Date" : Aot.Engine.Builtins.Date.DateFormatting.ToISOString(date.TimeValue);
                string prefix = GetPrefix(constructor, tag, "Date");
                if (prefix != "Date ") basePart = prefix + basePart;
                if (keys.Count == 0) return Stylize(basePart, "date");
            }
            else if (value is JsError)
            {
                basePart = FormatError(value, constructor, tag, keys);
                if (keys.Count == 0) return basePart;
            }
            else if (value is JsPrimitiveObject or JsStringObject)
            {
                basePart = BoxedBase(value, constructor, tag);
                if (keys.Count == 0) return basePart;
            }
            else if (value is JsPromise promise)
            {
                open = GetPrefix(constructor, tag, "Promise") + "{";
                formatter = () =>
                {
                    if (promise.State == PromiseState.Pending) return new List<string> { Stylize("<pending>", "special") };
                    indentationLvl += 2;
                    string result = FormatValue(promise.Result, recurseTimes + 1, false);
                    indentationLvl -= 2;
                    return new List<string> { promise.State == PromiseState.Rejected ? Stylize("<rejected>", "special") + " " + result : result };
                };
            }
            else if (value is JsWeakCollection)
            {
                open = GetPrefix(constructor, tag, value.ClassName) + "{";
                formatter = () => new List<string> { Stylize("<items unknown>", "special") };
            }
            else if (value is JsCollectionIterator)
            {
                open = "[" + value.ClassName + "] {";
                formatter = () => new List<string>();
            }
            else
            {
                if (keys.Count == 0) return GetPrefix(constructor, tag, "Object") is var p && p == "Object " ? "{}" : p + "{}";
                string prefix = GetPrefix(constructor, tag, "Object");
                open = prefix == "Object " ? "{" : prefix + "{";
            }
        }

        if (recurseTimes > options.Depth)
        {
            string name = GetPrefix(constructor, tag, value is JsArray ? "Array" : "Object");
            name = name[..^1];
            if (constructor != null) name = "[" + name + "]";
            return Stylize(name, "special");
        }

        recurseTimes++;
        seen.Add(value);
        currentDepth = recurseTimes;
        List<string> output;
        try
        {
            output = formatter != null ? formatter() : new List<string>();
            foreach (var key in keys) output.Add(FormatProperty(value, recurseTimes, key, arrayExtras));
        }
        finally
        {
            seen.Remove(value);
        }

        if (circular != null && circular.TryGetValue(value, out int index))
        {
            string reference = Stylize("<ref *" + index + ">", "special");
            basePart = basePart.Length == 0 ? reference : reference + " " + basePart;
        }
        return ReduceToSingleString(output, basePart, open, close, arrayExtras, recurseTimes, value);
    }

    private static double LengthOf(JsObject o)
    {
        try { return Operations.LengthOfArrayLike(o); }
        catch (JsException) { return 0; }
    }

    private string FormatProperty(JsObject value, int recurseTimes, in PropertyKey key, bool arrayExtras)
    {
        string str;
        // Keys that are not own (an ArrayBuffer's or DataView's byteLength, ...) read through the
        // prototype chain as enumerable (Node's formatProperty).
        if (!value.TryGetOwnFast(key, out var slot, out var flags))
        {
            slot = value.Get(key);
            flags = PropertyFlags.Enumerable;
        }
        if ((flags & PropertyFlags.Accessor) == 0)
        {
            indentationLvl += 2;
            str = FormatValue(slot, recurseTimes, false);
            indentationLvl -= 2;
        }
        else
        {
            var a = (Accessor)slot.Ref!;
            str = Stylize(a.Getter != null ? (a.Setter != null ? "[Getter/Setter]" : "[Getter]") : a.Setter != null ? "[Setter]" : "undefined", a.Getter == null && a.Setter == null ? "undefined" : "special");
        }
        string name;
        if (key.IsSymbol) name = "[" + Stylize(key.AsSymbol.ToString(), "symbol") + "]";
        else
        {
            string k = key.ToString();
            if (k == "__proto__") name = "['__proto__']";
            else if ((flags & PropertyFlags.Enumerable) == 0) name = "[" + k + "]";
            else if (IsPlainKey(k)) name = k;
            else name = Stylize(Quote(k), "string");
        }
        return name + ": " + str;
    }

    /// <summary>Node's keyStrRegExp: /^[a-zA-Z_][a-zA-Z_0-9]*$/.</summary>
    private static bool IsPlainKey(string s)
    {
        if (s.Length == 0) return false;
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            bool ok = c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or '_' || (i > 0 && c is >= '0' and <= '9');
            if (!ok) return false;
        }
        return true;
    }

    private List<string> FormatArray(JsArray array, int recurseTimes)
    {
        var output = new List<string>();
        uint length = array.Length;
        uint len = Math.Min((uint)options.MaxArrayLength, length);
        uint i = 0;
        while (i < len && output.Count < len)
        {
            if (!array.TryGetOwnFast(PropertyKey.FromIndex(i), out _, out _))
            {
                // Node's formatSpecialArray: a run of holes is one entry.
                uint holes = 0;
                uint j = i;
                if (array.Shape.Count == 0 && length > 0 && IsAllHoles(array, i, length)) { holes = length - i; j = length; }
                else while (j < length && !array.TryGetOwnFast(PropertyKey.FromIndex(j), out _, out _)) { holes++; j++; }
                output.Add(Stylize("<" + holes + " empty item" + (holes > 1 ? "s" : "") + ">", "undefined"));
                i = j;
                continue;
            }
            output.Add(FormatArrayElement(array, i, recurseTimes));
            i++;
        }
        uint remaining = length - Math.Min(i, length);
        if (output.Count >= len && remaining > 0) output.Add("... " + remaining + " more item" + (remaining > 1 ? "s" : ""));
        return output;
    }

    private static bool IsAllHoles(JsArray array, uint from, uint length)
    {
        for (uint k = from; k < length && k < from + 1_000_000; k++)
            if (array.TryGetOwnFast(PropertyKey.FromIndex(k), out _, out _)) return false;
        return length - from <= 1_000_000;
    }

    private string FormatArrayElement(JsObject o, uint i, int recurseTimes)
    {
        o.TryGetOwnFast(PropertyKey.FromIndex(i), out var slot, out var flags);
        if ((flags & PropertyFlags.Accessor) != 0)
        {
            var a = (Accessor)slot.Ref!;
            return Stylize(a.Getter != null ? (a.Setter != null ? "[Getter/Setter]" : "[Getter]") : "[Setter]", "special");
        }
        indentationLvl += 2;
        string s = FormatValue(slot, recurseTimes, false);
        indentationLvl -= 2;
        return s;
    }

    private List<string> FormatArrayLike(JsObject o, int recurseTimes)
    {
        var output = new List<string>();
        uint length = (uint)LengthOf(o);
        for (uint i = 0; i < length && i < options.MaxArrayLength; i++) output.Add(FormatArrayElement(o, i, recurseTimes));
        if (length > options.MaxArrayLength) output.Add("... " + (length - options.MaxArrayLength) + " more items");
        return output;
    }

    private List<string> FormatSet(List<JsValue> values, int recurseTimes)
    {
        var output = new List<string>();
        indentationLvl += 2;
        foreach (var v in values)
        {
            if (output.Count >= options.MaxArrayLength) break;
            output.Add(FormatValue(v, recurseTimes, false));
        }
        indentationLvl -= 2;
        if (values.Count > options.MaxArrayLength) output.Add("... " + (values.Count - options.MaxArrayLength) + " more item" + (values.Count - options.MaxArrayLength > 1 ? "s" : ""));
        return output;
    }

    private List<string> FormatMap(List<KeyValuePair<JsValue, JsValue>> entries, int recurseTimes)
    {
        var output = new List<string>();
        indentationLvl += 2;
        foreach (var (k, v) in entries)
        {
            if (output.Count >= options.MaxArrayLength) break;
            output.Add(FormatValue(k, recurseTimes, false) + " => " + FormatValue(v, recurseTimes, false));
        }
        indentationLvl -= 2;
        if (entries.Count > options.MaxArrayLength) output.Add("... " + (entries.Count - options.MaxArrayLength) + " more item" + (entries.Count - options.MaxArrayLength > 1 ? "s" : ""));
        return output;
    }

    private string BoxedBase(JsObject value, string? constructor, string tag)
    {
        string type;
        string inner;
        if (value is JsStringObject s) { type = "String"; inner = Quote(s.Value); }
        else
        {
            var p = ((JsPrimitiveObject)value).PrimitiveValue;
            type = p.Tag switch { JsTag.Number => "Number", JsTag.Boolean => "Boolean", JsTag.Symbol => "Symbol", JsTag.BigInt => "BigInt", _ => "Object" };
            inner = new Inspector(InspectOptions.Default).FormatPrimitive(p);
        }
        string b = "[" + type;
        if (type != constructor) b += constructor == null ? " (null prototype)" : " (" + constructor + ")";
        b += ": " + inner + "]";
        if (tag.Length > 0 && tag != constructor) b += " [" + tag + "]";
        return Stylize(b, type.ToLowerInvariant());
    }

    private static string FunctionBase(JsFunction fn, string? constructor, string tag)
    {
        string name = TryOwnData(fn, "name", out var n) && n.IsString ? n.AsString() : "";
        if (fn is JsClosure { IsClassConstructor: true })
        {
            string b = "class " + (name.Length == 0 ? "(anonymous)" : name);
            if (constructor != "Function" && constructor != null) b += " [" + constructor + "]";
            if (tag.Length > 0 && constructor != tag) b += " [" + tag + "]";
            if (constructor != null)
            {
                if (fn.GetPrototypeOf() is JsFunction parent && TryOwnData(parent, "name", out var pn) && pn.IsString && pn.AsString().Length > 0)
                    b += " extends " + pn.AsString();
            }
            else b += " extends [null prototype]";
            return "[" + b + "]";
        }
        string type = constructor is "AsyncFunction" or "GeneratorFunction" or "AsyncGeneratorFunction" ? constructor : "Function";
        string result = "[" + type;
        if (constructor == null) result += " (null prototype)";
        result += name.Length == 0 ? " (anonymous)" : ": " + name;
        result += "]";
        if (constructor != type && constructor != null) result += " " + constructor;
        if (tag.Length > 0 && constructor != tag) result += " [" + tag + "]";
        return result;
    }

    /// <summary>"Name: message" of an error (Error.prototype.toString without running getters).</summary>
    public static string ErrorHeader(JsObject o)
    {
        string name = DataChain(o, "name") ?? "Error";
        string message = DataChain(o, "message") ?? "";
        return message.Length == 0 ? name : name.Length == 0 ? message : name + ": " + message;
    }

    private static string? DataChain(JsObject o, string key)
    {
        for (JsObject? p = o; p != null; p = p.GetPrototypeOf())
            if (TryOwnData(p, key, out var v)) return v.IsString ? v.AsString() : v.IsUndefined ? null : Operations.ToString(v);
        return null;
    }

    /// <summary>Node's formatError: the stack (or "[Name: message]" without one), improved with the
    /// constructor name, indented; name/message/stack keys dropped when the stack shows them.</summary>
    private string FormatError(JsObject err, string? constructor, string tag, List<PropertyKey> keys)
    {
        string name = DataChain(err, "name") ?? "Error";
        string message = DataChain(err, "message") ?? "";
        string stack = TryOwnData(err, "stack", out var st) && st.IsString && st.AsString().Length > 0 ? st.AsString() : ErrorHeader(err);
        // removeDuplicateErrorKeys
        foreach (var k in new[] { "name", "message", "stack" })
        {
            int i = keys.FindIndex(x => x.Equals(k));
            if (i >= 0 && TryOwnData(err, k, out var v) && v.IsString && stack.Contains(v.AsString(), StringComparison.Ordinal)) keys.RemoveAt(i);
        }
        if (err.TryGetOwnFast("cause", out _, out _) && !keys.Exists(x => x.Equals("cause"))) keys.Add("cause");
        if (TryOwnData(err, "errors", out var errs) && errs.Ref is JsArray && !keys.Exists(x => x.Equals("errors"))) keys.Add("errors");
        stack = ImproveStack(stack, constructor, name, tag);
        int pos = message.Length > 0 ? stack.IndexOf(message, StringComparison.Ordinal) : -1;
        if (pos != -1) pos += message.Length;
        int stackStart = stack.IndexOf("\n    at", pos == -1 ? 0 : pos, StringComparison.Ordinal);
        if (stackStart == -1) stack = "[" + stack + "]";
        if (indentationLvl != 0) stack = stack.Replace("\n", "\n" + new string(' ', indentationLvl));
        return stack;
    }

    private static string ImproveStack(string stack, string? constructor, string name, string tag)
    {
        int len = name.Length;
        if (constructor == null || (name.EndsWith("Error", StringComparison.Ordinal) && stack.StartsWith(name, StringComparison.Ordinal) &&
            (stack.Length == len || stack[len] == ':' || stack[len] == '\n')))
        {
            string fallback = "Error";
            if (constructor == null)
            {
                int end = 0;
                while (end < stack.Length && (char.IsLetterOrDigit(stack[end]) || stack[end] is '_' or ' ' or '[' or ']' or '(' or ')' or '-')) end++;
                fallback = end < stack.Length && stack[end] == ':' ? stack[..end] : "";
                len = fallback.Length;
                if (fallback.Length == 0) fallback = "Error";
            }
            string prefix = GetPrefix(constructor, tag, fallback)[..^1];
            if (name != prefix)
            {
                if (prefix.Contains(name, StringComparison.Ordinal))
                    stack = len == 0 ? prefix + ": " + stack : prefix + stack[len..];
                else
                    stack = prefix + " [" + name + "]" + stack[len..];
            }
        }
        return stack;
    }

    // ------------------------------------------------------------------ layout

    private string ReduceToSingleString(List<string> output, string basePart, string open, string close, bool arrayExtras, int recurseTimes, JsObject value)
    {
        int entries = output.Count;
        if (options.Compact >= 1 && arrayExtras && entries > 6) output = GroupArrayElements(output, value);
        if (currentDepth - recurseTimes < options.Compact && entries == output.Count)
        {
            int start = output.Count + indentationLvl + open.Length + basePart.Length + 10;
            if (IsBelowBreakLength(output, start, basePart))
            {
                string joined = string.Join(", ", output);
                if (!joined.Contains('\n'))
                    return (basePart.Length > 0 ? basePart + " " : "") + open + " " + joined + " " + close;
            }
        }
        string indentation = "\n" + new string(' ', indentationLvl);
        return (basePart.Length > 0 ? basePart + " " : "") + open + indentation + "  " + string.Join("," + indentation + "  ", output) + indentation + close;
    }

    private bool IsBelowBreakLength(List<string> output, int start, string basePart)
    {
        int total = output.Count + start;
        if (total + output.Count > options.BreakLength) return false;
        foreach (var s in output)
        {
            total += options.Colors ? Width(s) : s.Length;
            if (total > options.BreakLength) return false;
        }
        return basePart.Length == 0 || !basePart.Contains('\n');
    }

    /// <summary>Node's groupArrayElements: many short entries are laid out in aligned columns.</summary>
    private List<string> GroupArrayElements(List<string> output, JsObject value)
    {
        int totalLength = 0, maxLength = 0;
        int outputLength = output.Count;
        if (options.MaxArrayLength < output.Count) outputLength--;
        const int separatorSpace = 2;
        var dataLen = new int[outputLength];
        for (int i = 0; i < outputLength; i++)
        {
            int len = options.Colors ? Width(output[i]) : output[i].Length;
            dataLen[i] = len;
            totalLength += len + separatorSpace;
            if (maxLength < len) maxLength = len;
        }
        int actualMax = maxLength + separatorSpace;
        if (actualMax * 3 + indentationLvl < options.BreakLength && ((double)totalLength / actualMax > 5 || maxLength <= 6))
        {
            double averageBias = Math.Sqrt(actualMax - (double)totalLength / output.Count);
            double biasedMax = Math.Max(actualMax - 3 - averageBias, 1);
            int columns = (int)Math.Min(Math.Min(Math.Round(Math.Sqrt(2.5 * biasedMax * outputLength) / biasedMax),
                Math.Floor((double)(options.BreakLength - indentationLvl) / actualMax)), Math.Min(options.Compact * 4, 15));
            if (columns <= 1) return output;
            var maxLineLength = new List<int>();
            for (int i = 0; i < columns; i++)
            {
                int lineLength = 0;
                for (int j = i; j < outputLength; j += columns) if (dataLen[j] > lineLength) lineLength = dataLen[j];
                maxLineLength.Add(lineLength + separatorSpace);
            }
            bool padStart = true;
            for (int i = 0; i < output.Count; i++)
            {
                value.TryGetOwnFast(PropertyKey.FromIndex((uint)i), out var v, out var f);
                if ((f & PropertyFlags.Accessor) != 0 || !(v.IsNumber || v.IsBigInt)) { padStart = false; break; }
            }
            var grouped = new List<string>();
            for (int i = 0; i < outputLength; i += columns)
            {
                int max = Math.Min(i + columns, outputLength);
                var line = new StringBuilder();
                int j = i;
                for (; j < max - 1; j++)
                {
                    int padding = maxLineLength[j - i] + output[j].Length - dataLen[j];
                    string cell = output[j] + ", ";
                    line.Append(padStart ? cell.PadLeft(padding) : cell.PadRight(padding));
                }
                if (padStart)
                {
                    int padding = maxLineLength[j - i] + output[j].Length - dataLen[j] - separatorSpace;
                    line.Append(output[j].PadLeft(padding));
                }
                else line.Append(output[j]);
                grouped.Add(line.ToString());
            }
            if (options.MaxArrayLength < output.Count) grouped.Add(output[outputLength]);
            return grouped;
        }
        return output;
    }
}
