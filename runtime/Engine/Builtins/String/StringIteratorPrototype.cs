using System;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins;

/// <summary>A String Iterator (ECMA-262 §22.1.5.1 CreateStringIterator): code points of a string.</summary>
public sealed class JsStringIterator(JsObject prototype, string s) : JsObject(prototype)
{
    private string? iterated = s;
    private int position;

    public override string ClassName => "String Iterator";

    /// <summary>One step of %StringIteratorPrototype%.next: false once exhausted.</summary>
    public bool Step(out JsValue value)
    {
        var s = iterated;
        if (s == null || position >= s.Length)
        {
            iterated = null;
            value = JsValue.Undefined;
            return false;
        }
        int at = position;
        int length = char.IsHighSurrogate(s[at]) && at + 1 < s.Length && char.IsLowSurrogate(s[at + 1]) ? 2 : 1;
        position = at + length;
        value = JsValue.FromString(length == 1 ? CharStrings.Of(s[at]) : s.Substring(at, 2));
        return true;
    }
}

/// <summary>ECMA-262 §22.1.5.2 The %StringIteratorPrototype% Object.</summary>
internal static class StringIteratorPrototype
{
    public static void Install(Realm realm)
    {
        var proto = new JsObject(realm.IteratorPrototype);
        var next = new JsNativeFunction(realm, "next", 0, Next);
        proto.AddProperty("next", JsValue.FromObject(next), PropertyFlags.Hidden);
        Library.ToStringTag(proto, "String Iterator");
        realm.StringIteratorPrototype = proto;
        realm.StringIteratorNext = next;
    }

    // 22.1.5.2.1 %StringIteratorPrototype%.next ( )
    private static JsValue Next(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        if (thisValue.Ref is not JsStringIterator it || !thisValue.IsObject)
            return JsException.ThrowTypeError<JsValue>($"Method %StringIteratorPrototype%.next called on incompatible receiver {Operations.DescribeForError(thisValue)}");
        bool more = it.Step(out var value);
        return IteratorPrototype.CreateIterResult(realm, value, !more);
    }
}

/// <summary>One-character strings below 128, shared (string iteration yields many).</summary>
internal static class CharStrings
{
    private static readonly string[] Ascii = BuildAscii();

    private static string[] BuildAscii()
    {
        var a = new string[128];
        for (int i = 0; i < a.Length; i++) a[i] = ((char)i).ToString();
        return a;
    }

    public static string Of(char c) => c < 128 ? Ascii[c] : c.ToString();
}
