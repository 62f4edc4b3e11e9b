using System;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins;

/// <summary>An object with an [[IsRawJSON]] internal slot: a frozen null-prototype object whose
/// `rawJSON` text JSON.stringify emits as is (JSON.parse source text access, ES2026).</summary>
internal sealed class JsRawJson() : JsObject(null);

/// <summary>JSON.rawJSON ( text ) and JSON.isRawJSON ( O ).</summary>
internal static class JsonRawJson
{
    public static void Install(Realm realm, JsObject json)
        => Builtin.DefineMethods(realm, json, [new("isRawJSON", 1, IsRawJson), new("rawJSON", 1, RawJson)]);

    // JSON.rawJSON ( text )
    private static JsValue RawJson(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        string jsonString = Operations.ToString(Builtin.Arg(args, 0));                          // Step 1.
        if (jsonString.Length == 0 || IsJsonSpace(jsonString[0]) || IsJsonSpace(jsonString[^1]))  // Step 2.
            JsException.ThrowSyntaxError("Invalid value for JSON.rawJSON");
        var parsed = new JsonParser(realm, jsonString).ParseText();                              // Step 3.
        if (parsed.IsObject) JsException.ThrowSyntaxError("JSON.rawJSON cannot create an object or array");
        var obj = new JsRawJson();                                                               // Steps 4-5.
        obj.AddProperty("rawJSON", JsValue.FromString(jsonString), PropertyFlags.Enumerable);    // Steps 6-7: frozen.
        obj.PreventExtensions();
        return obj;
    }

    private static bool IsJsonSpace(char c) => c is '\t' or '\n' or '\r' or ' ';

    // JSON.isRawJSON ( O )
    private static JsValue IsRawJson(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
        => Builtin.Arg(args, 0).Ref is JsRawJson && Builtin.Arg(args, 0).IsObject;
}
