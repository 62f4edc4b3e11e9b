using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Aot.Engine.Interpreting;
using Aot.Engine.Objects;

namespace Aot.Runtime.Web;

/// <summary>
/// A first cut of Node's util.inspect (lib/internal/util/inspect.js): primitives, arrays (with
/// Node's grouping of long arrays), plain and class-instance objects, functions, errors, boxed
/// primitives, depth 2, circular references, and Node's line-breaking rule (breakLength 80,
/// compact 3). It reads properties without running getters. Colors, Map/Set, typed arrays and
/// options are for the util.inspect issue.
/// </summary>
public sealed class Inspector
{
    private const int BreakLength = 80;
    private const int Compact = 3;
    private const int MaxDepth = 2;
    private const int MaxArrayLength = 100;

    private readonly List<JsObject> seen = new();
    private readonly Dictionary<JsObject, int> circular = new(ReferenceEqualityComparer.Instance);
    private int indentation;
    private int currentDepth;

    public static string Inspect(in JsValue value) => new Inspector().Format(value, 0, topLevel: true);

    private string Format(in JsValue value, int depth, bool topLevel = false)
    {
        switch (value.Tag)
        {
            case JsTag.Undefined: return "undefined";
            case JsTag.Null: return "null";
            case JsTag.Boolean: return value.AsBoolean ? "true" : "false";
            case JsTag.Number: return value.Number == 0 && double.IsNegative(value.Number) ? "-0" : NumberFormatting.ToString(value.Number);
            case JsTag.BigInt: return value.AsBigInt.ToString(CultureInfo.InvariantCulture) + "n";
            case JsTag.String: return Quote(value.AsString());
            case JsTag.Symbol: return value.AsSymbol.ToString();
            case JsTag.Object: return FormatObject(value.AsObject(), depth);
            default: return "<internal>";
        }
    }

    /// <summary>A nested value is indented two more columns when it breaks over lines.</summary>
    private string FormatChild(in JsValue value, int depth)
    {
        indentation += 2;
        try { return Format(value, depth); }
        finally { indentation -= 2; }
    }

    /// <summary>Single quotes unless the string contains them (then double, then backticks), like Node.</summary>
    public static string Quote(string s)
    {
        char q = !s.Contains('\'') ? '\'' : !s.Contains('"') ? '"' : !s.Contains('`') ? '`' : '\'';
        var sb = new StringBuilder(s.Length + 2).Append(q);
        foreach (char c in s)
        {
            switch (c)
            {
                case '\n': sb.Append("\\n"); break;
                case '\t': sb.Append("\\t"); break;
                case '\r': sb.Append("\\r"); break;
                case '\b': sb.Append("\\b"); break;
                case '\f': sb.Append("\\f"); break;
                case '\v': sb.Append("\\v"); break;
                case '\\': sb.Append("\\\\"); break;
                default:
                    if (c == q) sb.Append('\\').Append(c);
                    else if (c < 0x20 || c == 0x7f) sb.Append("\\x").Append(((int)c).ToString("X2", CultureInfo.InvariantCulture));
                    else sb.Append(c);
                    break;
            }
        }
        return sb.Append(q).ToString();
    }

    private static bool TryOwnData(JsObject o, in PropertyKey key, out JsValue value)
    {
        value = default;
        if (!o.TryGetOwnFast(key, out var slot, out var flags) || (flags & PropertyFlags.Accessor) != 0) return false;
        value = slot;
        return true;
    }

    /// <summary>The constructor name from the prototype chain without running getters, or null.</summary>
    private static string? ConstructorName(JsObject o)
    {
        for (var p = o.GetPrototypeOf(); p != null; p = p.GetPrototypeOf())
        {
            if (TryOwnData(p, "constructor", out var ctor) && ctor.Ref is JsFunction f && TryOwnData(f, "name", out var name) && name.IsString && name.AsString().Length > 0)
                return name.AsString();
        }
        return null;
    }

    private string FormatObject(JsObject o, int depth)
    {
        // Like Node with showProxy off: a proxy shows as its target, without running any trap.
        while (ProxyCore.Of(o) is { } proxy)
        {
            if (proxy.IsRevoked) return "<Revoked Proxy>";
            o = proxy.ProxyTarget!;
        }
        if (seen.Contains(o))
        {
            if (!circular.TryGetValue(o, out int index)) circular[o] = index = circular.Count + 1;
            return "[Circular *" + index + "]";
        }
        string? ctorName = ConstructorName(o);
        if (o is JsFunction fn) return WithProperties(o, depth, FunctionBase(fn), skipFunctionKeys: true);
        if (o is JsError) return FormatError(o, depth);
        if (o is Aot.Engine.Builtins.RegExp.JsRegExp { Matcher: not null } rx)
            return WithProperties(o, depth, (ctorName == "RegExp" ? "" : (ctorName ?? "[RegExp: null prototype]") + " ") + rx.DisplayText, skipFunctionKeys: false);
        if (depth > MaxDepth)
            return o is JsArray ? "[Array]" : "[" + (ctorName ?? (o.GetPrototypeOf() == null ? "Object: null prototype" : "Object")) + "]";

        seen.Add(o);
        currentDepth = depth;
        var output = new List<string>();
        string open, close, prefix = "";
        bool isArray = false;
        if (o is JsArray array)
        {
            isArray = true;
            FormatArrayElements(array, depth, output);
            open = "["; close = "]";
            if (ctorName != "Array") prefix = (ctorName ?? "[Array: null prototype]") + "(" + array.Length + ") ";
        }
        else
        {
            open = "{"; close = "}";
            prefix = o switch
            {
                JsArguments => "[Arguments] ",
                JsStringObject s => "[String: " + Quote(s.Value) + "] ",
                JsPrimitiveObject p => "[" + p.ClassName + ": " + Format(p.PrimitiveValue, depth + 1) + "] ",
                _ when o.GetPrototypeOf() == null => "[Object: null prototype] ",
                _ when ctorName != null && ctorName != "Object" => ctorName + " ",
                _ => "",
            };
            if (o is JsArguments) { open = "["; close = "]"; isArray = true; }
        }
        var tag = TryToStringTag(o);
        if (tag != null && tag != ctorName) prefix = (prefix.Length == 0 ? "Object " : prefix) + "[" + tag + "] ";
        FormatProperties(o, depth, output, skipIndices: o is JsArray or JsArguments or JsStringObject, skipFunctionKeys: false);
        seen.Remove(o);
        string result = Reduce(output, prefix, open, close, depth, isArray, o);
        if (circular.TryGetValue(o, out int refIndex)) result = "<ref *" + refIndex + "> " + result;
        return result;
    }

    private static string? TryToStringTag(JsObject o)
    {
        for (var p = o; p != null; p = p.GetPrototypeOf())
            if (TryOwnData(p, JsSymbol.ToStringTag, out var tag)) return tag.IsString && tag.AsString().Length > 0 ? tag.AsString() : null;
        return null;
    }

    private void FormatArrayElements(JsArray array, int depth, List<string> output)
    {
        uint length = array.Length;
        uint shown = 0;
        for (uint i = 0; i < length && output.Count < MaxArrayLength; )
        {
            if (!array.TryGetOwnFast(PropertyKey.FromIndex(i), out var slot, out var flags))
            {
                uint holes = 0;
                while (i < length && !array.TryGetOwnFast(PropertyKey.FromIndex(i), out _, out _)) { holes++; i++; if (holes > 1_000_000) { holes += length - i; i = length; } }
                output.Add("<" + holes + " empty item" + (holes == 1 ? "" : "s") + ">");
                shown += holes;
                continue;
            }
            output.Add((flags & PropertyFlags.Accessor) != 0 ? AccessorLabel(slot) : FormatChild(slot, depth + 1));
            shown++;
            i++;
        }
        if (shown < length) output.Add("... " + (length - shown) + " more item" + (length - shown == 1 ? "" : "s"));
    }

    private static string AccessorLabel(in JsValue slot)
    {
        var a = (Accessor)slot.Ref!;
        return a.Getter != null ? (a.Setter != null ? "[Getter/Setter]" : "[Getter]") : "[Setter]";
    }

    private void FormatProperties(JsObject o, int depth, List<string> output, bool skipIndices, bool skipFunctionKeys)
    {
        foreach (var key in o.OwnPropertyKeys())
        {
            if (skipIndices && key.IsIndex) continue;
            if (key.Equals(JsArray.LengthKey) && o is JsArray or JsStringObject) continue;
            if (!o.TryGetOwnFast(key, out var slot, out var flags)) continue;
            if ((flags & PropertyFlags.Enumerable) == 0) continue;
            string name = key.IsSymbol ? "[" + key.AsSymbol + "]" : IsIdentifier(key.ToString()) ? key.ToString() : Quote(key.ToString());
            string value = (flags & PropertyFlags.Accessor) != 0 ? AccessorLabel(slot) : FormatChild(slot, depth + 1);
            output.Add(name + ": " + value);
        }
    }

    private static bool IsIdentifier(string s)
    {
        if (s.Length == 0 || !(char.IsLetter(s[0]) || s[0] == '_' || s[0] == '$')) return false;
        foreach (char c in s) if (!(char.IsLetterOrDigit(c) || c == '_' || c == '$')) return false;
        return true;
    }

    private static string FunctionBase(JsFunction fn)
    {
        string name = TryOwnData(fn, "name", out var n) && n.IsString ? n.AsString() : fn.DebugName;
        if (fn is JsClosure { IsClassConstructor: true } c)
        {
            string result = "[class " + (name.Length == 0 ? "(anonymous)" : name);
            if (c.GetPrototypeOf() is JsFunction parent && !ReferenceEquals(parent, c.Realm.FunctionPrototype))
                result += " extends " + (TryOwnData(parent, "name", out var pn) && pn.IsString ? pn.AsString() : parent.DebugName);
            return result + "]";
        }
        return name.Length == 0 ? "[Function (anonymous)]" : "[Function: " + name + "]";
    }

    private string WithProperties(JsObject o, int depth, string label, bool skipFunctionKeys)
    {
        var output = new List<string>();
        if (depth <= MaxDepth)
        {
            seen.Add(o);
            FormatProperties(o, depth, output, skipIndices: false, skipFunctionKeys);
            seen.Remove(o);
        }
        if (output.Count == 0) return label;
        return Reduce(output, label + " ", "{", "}", depth, false, o);
    }

    private string FormatError(JsObject o, int depth)
    {
        string text = TryOwnData(o, "stack", out var stack) && stack.IsString ? stack.AsString() : "[" + ErrorToString(o) + "]";
        var output = new List<string>();
        if (depth <= MaxDepth)
        {
            seen.Add(o);
            foreach (var key in o.OwnPropertyKeys())
            {
                if (!o.TryGetOwnFast(key, out var slot, out var flags) || (flags & PropertyFlags.Enumerable) == 0) continue;
                string name = key.IsSymbol ? "[" + key.AsSymbol + "]" : key.ToString();
                output.Add(name + ": " + ((flags & PropertyFlags.Accessor) != 0 ? AccessorLabel(slot) : FormatChild(slot, depth + 1)));
            }
            seen.Remove(o);
        }
        if (output.Count == 0) return text;
        return Reduce(output, text, "{", "}", depth, false, o);
    }

    private static string ErrorToString(JsObject o)
    {
        string name = TryOwnDataChain(o, "name") ?? "Error";
        string message = TryOwnDataChain(o, "message") ?? "";
        return message.Length == 0 ? name : name + ": " + message;
    }

    private static string? TryOwnDataChain(JsObject o, string key)
    {
        for (var p = o; p != null; p = p.GetPrototypeOf())
            if (TryOwnData(p, key, out var v)) return v.IsString ? v.AsString() : null;
        return null;
    }

    /// <summary>Node's reduceToSingleString with compact = 3, breakLength = 80.</summary>
    private string Reduce(List<string> output, string prefix, string open, string close, int depth, bool isArray, JsObject value)
    {
        if (output.Count == 0) return value is JsPrimitiveObject or JsStringObject ? prefix.TrimEnd() : prefix + open + close;
        int entries = output.Count;
        if (isArray && entries > 6) output = GroupArrayElements(output, value as JsArray);
        string basePart = prefix.TrimEnd();
        if (currentDepth - depth < Compact && entries == output.Count)
        {
            int start = output.Count + indentation + open.Length + basePart.Length + 10;
            if (IsBelowBreakLength(output, start, basePart))
            {
                string joined = string.Join(", ", output);
                if (!joined.Contains('\n')) return prefix + open + " " + joined + " " + close;
            }
        }
        string ind = "\n" + new string(' ', indentation);
        return prefix + open + ind + "  " + string.Join("," + ind + "  ", output) + ind + close;
    }

    private static bool IsBelowBreakLength(List<string> output, int start, string basePart)
    {
        int total = output.Count + start;
        if (total + output.Count > BreakLength) return false;
        foreach (var s in output)
        {
            total += s.Length;
            if (total > BreakLength) return false;
        }
        return basePart.Length == 0 || !basePart.Contains('\n');
    }

    /// <summary>Node's groupArrayElements: short entries are laid out in aligned columns.</summary>
    private List<string> GroupArrayElements(List<string> output, JsArray? value)
    {
        int totalLength = 0, maxLength = 0;
        int outputLength = output.Count;
        if (outputLength > 0 && output[^1].StartsWith("... ", StringComparison.Ordinal)) outputLength--;
        const int separatorSpace = 2;
        var dataLen = new int[outputLength];
        for (int i = 0; i < outputLength; i++)
        {
            int len = output[i].Length;
            dataLen[i] = len;
            totalLength += len + separatorSpace;
            if (maxLength < len) maxLength = len;
        }
        int actualMax = maxLength + separatorSpace;
        if (actualMax * 3 + indentation < BreakLength && ((double)totalLength / actualMax > 5 || maxLength <= 6))
        {
            double averageBias = Math.Sqrt(actualMax - (double)totalLength / output.Count);
            double biasedMax = Math.Max(actualMax - 3 - averageBias, 1);
            int columns = (int)Math.Min(Math.Min(Math.Round(Math.Sqrt(2.5 * biasedMax * outputLength) / biasedMax),
                Math.Floor((double)(BreakLength - indentation) / actualMax)), Math.Min(Compact * 4, 15));
            if (columns <= 1) return output;
            var maxLineLength = new List<int>();
            for (int i = 0; i < columns; i++)
            {
                int lineLength = 0;
                for (int j = i; j < outputLength; j += columns) if (dataLen[j] > lineLength) lineLength = dataLen[j];
                maxLineLength.Add(lineLength + separatorSpace);
            }
            bool padStart = true;
            if (value != null)
                for (uint i = 0; i < value.Length && i < outputLength; i++)
                {
                    value.TryGetOwnFast(PropertyKey.FromIndex(i), out var v, out _);
                    if (!v.IsNumber && !v.IsBigInt) { padStart = false; break; }
                }
            var grouped = new List<string>();
            for (int i = 0; i < outputLength; i += columns)
            {
                int max = Math.Min(i + columns, outputLength);
                var line = new StringBuilder();
                int j = i;
                for (; j < max - 1; j++)
                {
                    string cell = output[j] + ", ";
                    line.Append(padStart ? cell.PadLeft(maxLineLength[j - i]) : cell.PadRight(maxLineLength[j - i]));
                }
                line.Append(padStart ? output[j].PadLeft(maxLineLength[j - i] - separatorSpace) : output[j]);
                grouped.Add(line.ToString());
            }
            if (outputLength < output.Count) grouped.Add(output[^1]);
            return grouped;
        }
        return output;
    }
}
