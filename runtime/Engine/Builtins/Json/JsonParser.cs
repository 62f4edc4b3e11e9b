using System;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins;

/// <summary>
/// ECMA-262 §25.5.1 JSON.parse steps 2-3: a hand-written recursive-descent parser over the string
/// (the JSON grammar of ECMA-404) that builds JsObject/JsArray values directly. Nesting deeper than
/// the native stack allows gives a RangeError. Messages follow V8's.
/// </summary>
internal struct JsonParser
{
    private readonly Realm realm;
    private readonly string text;
    private int pos;
    private int depth;
    private List<JsValue>? scratch;
    // JSON.parse source text access (ES2026 §25.5.1 JSON Parse Records): built only when a reviver
    // is given. `lastRecord` is the record of the value ParseValue just returned; the children of
    // an object or array are handed over in `childEntries` / `childElements`.
    private readonly bool recording;
    private JsonParseRecord? lastRecord;
    private Dictionary<string, JsonParseRecord>? childEntries;
    private List<JsonParseRecord>? childElements;

    private const int MaxDepth = 100_000;

    public JsonParser(Realm realm, string text, bool recording = false)
    {
        this.realm = realm;
        this.text = text;
        this.recording = recording;
    }

    public JsValue ParseText() => ParseText(out _);

    /// <summary>Parses the whole text; <paramref name="record"/> is its parse record when recording.</summary>
    public JsValue ParseText(out JsonParseRecord? record)
    {
        SkipWhiteSpace();
        var value = ParseValue();
        record = lastRecord;
        SkipWhiteSpace();
        if (pos < text.Length) Fail($"Unexpected non-whitespace character after JSON at position {pos}");
        return value;
    }

    private JsValue ParseValue()
    {
        if (!recording) return ParseValueCore();
        int start = pos;
        childEntries = null;
        childElements = null;
        var value = ParseValueCore();
        var record = new JsonParseRecord(value);
        if (value.IsObject)
        {
            record.Entries = childEntries;
            record.Elements = childElements;
        }
        else
        {
            record.Source = text.Substring(start, pos - start);
        }
        childEntries = null;
        childElements = null;
        lastRecord = record;
        return value;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void SkipWhiteSpace()
    {
        while (pos < text.Length)
        {
            char c = text[pos];
            if (c == ' ' || c == '\n' || c == '\r' || c == '\t') pos++;
            else break;
        }
    }

    private JsValue ParseValueCore()
    {
        if (pos >= text.Length) UnexpectedEnd();
        char c = text[pos];
        switch (c)
        {
            case '{': return ParseObject();
            case '[': return ParseArray();
            case '"': return JsValue.FromString(ParseString());
            case 't': ExpectWord("true"); return JsValue.True;
            case 'f': ExpectWord("false"); return JsValue.False;
            case 'n': ExpectWord("null"); return JsValue.Null;
            default:
                if (c == '-' || (c >= '0' && c <= '9')) return JsValue.FromNumber(ParseNumber());
                UnexpectedToken();
                return default;
        }
    }

    private void Enter()
    {
        if (++depth > MaxDepth || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
            JsException.ThrowRangeError("Maximum call stack size exceeded");
    }

    private JsValue ParseObject()
    {
        Enter();
        pos++; // '{'
        var obj = realm.CreateObject();
        var entries = recording ? new Dictionary<string, JsonParseRecord>(StringComparer.Ordinal) : null;
        SkipWhiteSpace();
        if (pos < text.Length && text[pos] == '}') { pos++; depth--; childEntries = entries; return obj; }
        while (true)
        {
            if (pos >= text.Length) UnexpectedEnd();
            if (text[pos] != '"') UnexpectedToken();
            string key = ParseString();
            SkipWhiteSpace();
            if (pos >= text.Length) UnexpectedEnd();
            if (text[pos] != ':') UnexpectedToken();
            pos++;
            SkipWhiteSpace();
            var value = ParseValue();
            if (entries != null) entries[key] = lastRecord!;
            // 25.5.1 step 3: the object literal semantics; a repeated key keeps its first position.
            var propertyKey = PropertyKey.FromString(key);
            int slot = obj.shape.Find(propertyKey);
            if (slot < 0) obj.AddProperty(propertyKey, value, PropertyFlags.Default);
            else obj.slots[slot] = value;
            SkipWhiteSpace();
            if (pos >= text.Length) UnexpectedEnd();
            char c = text[pos++];
            if (c == ',') { SkipWhiteSpace(); continue; }
            if (c == '}') break;
            pos--;
            UnexpectedToken();
        }
        depth--;
        childEntries = entries;
        return obj;
    }

    private JsValue ParseArray()
    {
        Enter();
        pos++; // '['
        SkipWhiteSpace();
        var elements = recording ? new List<JsonParseRecord>() : null;
        if (pos < text.Length && text[pos] == ']') { pos++; depth--; childElements = elements; return realm.CreateArray(); }
        var items = scratch ?? new List<JsValue>();
        scratch = null;
        int start = items.Count;
        while (true)
        {
            items.Add(ParseValue());
            elements?.Add(lastRecord!);
            SkipWhiteSpace();
            if (pos >= text.Length) UnexpectedEnd();
            char c = text[pos++];
            if (c == ',') { SkipWhiteSpace(); continue; }
            if (c == ']') break;
            pos--;
            UnexpectedToken();
        }
        int count = items.Count - start;
        var values = new JsValue[count];
        items.CopyTo(start, values, 0, count);
        items.RemoveRange(start, count);
        scratch = items;
        depth--;
        childElements = elements;
        return new JsArray(realm.ArrayPrototype, values, count);
    }

    private string ParseString()
    {
        int start = ++pos; // after '"'
        // Fast path: no escapes.
        while (pos < text.Length)
        {
            char c = text[pos];
            if (c == '"') { pos++; return text.Substring(start, pos - 1 - start); }
            if (c == '\\') break;
            if (c < 0x20) UnexpectedControl(c);
            pos++;
        }
        var sb = new System.Text.StringBuilder(text, start, pos - start, pos - start + 16);
        while (true)
        {
            if (pos >= text.Length) Fail($"Unterminated string in JSON at position {pos}");
            char c = text[pos++];
            if (c == '"') return sb.ToString();
            if (c < 0x20) { pos--; UnexpectedControl(c); }
            if (c != '\\') { sb.Append(c); continue; }
            if (pos >= text.Length) Fail($"Unterminated string in JSON at position {pos}");
            char e = text[pos++];
            switch (e)
            {
                case '"': sb.Append('"'); break;
                case '\\': sb.Append('\\'); break;
                case '/': sb.Append('/'); break;
                case 'b': sb.Append('\b'); break;
                case 'f': sb.Append('\f'); break;
                case 'n': sb.Append('\n'); break;
                case 'r': sb.Append('\r'); break;
                case 't': sb.Append('\t'); break;
                case 'u':
                    int v = 0;
                    for (int i = 0; i < 4; i++)
                    {
                        if (pos >= text.Length) Fail($"Bad Unicode escape in JSON at position {pos}");
                        int d = HexValue(text[pos]);
                        if (d < 0) Fail($"Bad Unicode escape in JSON at position {pos}");
                        v = v * 16 + d;
                        pos++;
                    }
                    sb.Append((char)v);
                    break;
                default:
                    Fail($"Bad escaped character in JSON at position {pos - 1}");
                    break;
            }
        }
    }

    private static int HexValue(char c)
        => c >= '0' && c <= '9' ? c - '0' : (c | 0x20) >= 'a' && (c | 0x20) <= 'f' ? (c | 0x20) - 'a' + 10 : -1;

    private double ParseNumber()
    {
        int start = pos;
        bool negative = false;
        if (text[pos] == '-') { negative = true; pos++; }
        if (pos >= text.Length) Fail($"No number after minus sign in JSON at position {pos}");
        long intValue = 0;
        int intDigits = 0;
        if (text[pos] == '0') { pos++; intDigits = 1; }
        else if (text[pos] >= '1' && text[pos] <= '9')
        {
            while (pos < text.Length && text[pos] >= '0' && text[pos] <= '9')
            {
                if (intDigits < 18) intValue = intValue * 10 + (text[pos] - '0');
                intDigits++;
                pos++;
            }
        }
        else Fail($"No number after minus sign in JSON at position {pos}");
        bool simple = true;
        if (pos < text.Length && text[pos] == '.')
        {
            simple = false;
            pos++;
            int fracStart = pos;
            while (pos < text.Length && text[pos] >= '0' && text[pos] <= '9') pos++;
            if (pos == fracStart) { if (pos >= text.Length) Fail($"Unterminated fractional number in JSON at position {pos}"); UnexpectedToken(); }
        }
        if (pos < text.Length && (text[pos] == 'e' || text[pos] == 'E'))
        {
            simple = false;
            pos++;
            if (pos < text.Length && (text[pos] == '+' || text[pos] == '-')) pos++;
            int expStart = pos;
            while (pos < text.Length && text[pos] >= '0' && text[pos] <= '9') pos++;
            if (pos == expStart) { if (pos >= text.Length) Fail($"Exponent part is missing a number in JSON at position {pos}"); UnexpectedToken(); }
        }
        if (simple && intDigits <= 15) return negative ? (intValue == 0 ? -0.0 : -intValue) : intValue;
        return double.Parse(text.AsSpan(start, pos - start), NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    private void ExpectWord(string word)
    {
        for (int i = 0; i < word.Length; i++)
        {
            if (pos >= text.Length) UnexpectedEnd();
            if (text[pos] != word[i]) UnexpectedToken();
            pos++;
        }
    }

    private void UnexpectedEnd()
    {
        if (text.Length == 0) Fail("Unexpected end of JSON input");
        Fail("Unexpected end of JSON input");
    }

    private void UnexpectedControl(char c)
        => Fail($"Bad control character in string literal in JSON at position {pos}");

    /// <summary>V8: Unexpected token 'x', "source" is not valid JSON (long sources are elided around the position).</summary>
    private void UnexpectedToken()
    {
        char c = text[pos];
        string source;
        const int Context = 10;
        if (text.Length <= 40) source = "\"" + text + "\"";
        else
        {
            int from = Math.Max(0, pos - Context);
            int to = Math.Min(text.Length, pos + Context + 1);
            source = (from > 0 ? "\"..." : "\"") + text.Substring(from, to - from) + (to < text.Length ? "...\"" : "\"");
        }
        Fail($"Unexpected token '{c}', {source} is not valid JSON");
    }

    private static void Fail(string message) => JsException.ThrowSyntaxError(message);

}

/// <summary>A JSON Parse Record: the value a JSON text produced, its source text (primitives) and
/// the records of its elements (arrays) or entries (objects; a repeated key keeps the last).</summary>
internal sealed class JsonParseRecord(JsValue value)
{
    public readonly JsValue Value = value;
    public string? Source;
    public List<JsonParseRecord>? Elements;
    public Dictionary<string, JsonParseRecord>? Entries;
}
