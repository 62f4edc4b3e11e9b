using System;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins;

/// <summary>ECMA-262 Annex B.2.2: the HTML methods of String.prototype and the trimLeft/trimRight aliases.</summary>
internal static class StringPrototypeAnnexB
{
    private static readonly (string Name, string Tag, string? Attribute)[] HtmlMethods =
    [
        ("anchor", "a", "name"), ("big", "big", null), ("blink", "blink", null), ("bold", "b", null),
        ("fixed", "tt", null), ("fontcolor", "font", "color"), ("fontsize", "font", "size"), ("italics", "i", null),
        ("link", "a", "href"), ("small", "small", null), ("strike", "strike", null), ("sub", "sub", null), ("sup", "sup", null),
    ];

    public static void Install(Realm realm)
    {
        var proto = realm.StringPrototype;
        foreach (var (name, tag, attribute) in HtmlMethods)
        {
            var fn = new JsNativeFunction(realm, name, attribute == null ? 0 : 1,
                (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => CreateHtml(t, name, tag, attribute, a.Length > 0 ? a[0] : JsValue.Undefined));
            proto.AddProperty(name, JsValue.FromObject(fn), PropertyFlags.Hidden);
        }
        // B.2.2.15-16: the same function objects as trimStart / trimEnd.
        proto.AddProperty("trimLeft", proto.Get("trimStart"), PropertyFlags.Hidden);
        proto.AddProperty("trimRight", proto.Get("trimEnd"), PropertyFlags.Hidden);
    }

    /// <summary>B.2.2.2.1 CreateHTML ( string, tag, attribute, value ).</summary>
    private static JsValue CreateHtml(in JsValue thisValue, string method, string tag, string? attribute, in JsValue value)
    {
        string s = Builtin.ThisString(thisValue, method);
        string p1 = "<" + tag;
        if (attribute != null)
        {
            string v = Operations.ToString(value);
            p1 += " " + attribute + "=\"" + v.Replace("\"", "&quot;", StringComparison.Ordinal) + "\"";
        }
        return JsValue.FromString(p1 + ">" + s + "</" + tag + ">");
    }
}
