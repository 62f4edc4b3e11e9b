using System;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins.RegExp;

/// <summary>A %RegExpStringIterator% object (ECMA-262 §22.2.9.1 CreateRegExpStringIterator).</summary>
internal sealed class JsRegExpStringIterator(JsObject prototype, JsObject regexp, string s, bool global, bool fullUnicode) : JsObject(prototype)
{
    public JsObject IteratingRegExp { get; } = regexp;
    public string IteratedString { get; } = s;
    public bool Global { get; } = global;
    public bool Unicode { get; } = fullUnicode;
    public bool Done { get; set; }
}

/// <summary>ECMA-262 §22.2.9.2 The %RegExpStringIteratorPrototype% Object.</summary>
internal static class RegExpStringIteratorPrototype
{
    public static JsObject Create(Realm realm)
    {
        var proto = new JsObject(realm.IteratorPrototype);
        Builtin.DefineMethods(realm, proto, [new("next", 0, Next)]);
        Library.ToStringTag(proto, "RegExp String Iterator");
        return proto;
    }

    // 22.2.9.2.1 %RegExpStringIteratorPrototype%.next ( )
    private static JsValue Next(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        if (thisValue.Ref is not JsRegExpStringIterator o || !thisValue.IsObject)
            return JsException.ThrowTypeError<JsValue>($"Method %RegExpStringIterator%.prototype.next called on incompatible receiver {Operations.DescribeForError(thisValue)}");
        if (o.Done) return IteratorPrototype.CreateIterResult(realm, JsValue.Undefined, true);
        var match = RegExpConstructor.Exec(realm, o.IteratingRegExp, o.IteratedString);
        if (match.IsNull)
        {
            o.Done = true;
            return IteratorPrototype.CreateIterResult(realm, JsValue.Undefined, true);
        }
        if (o.Global)
        {
            string matchStr = Operations.ToString(match.AsObject().Get(PropertyKey.FromIndex(0)));
            if (matchStr.Length == 0)
            {
                double thisIndex = RegExpConstructor.GetLastIndex(o.IteratingRegExp);
                RegExpConstructor.SetLastIndex(o.IteratingRegExp, JsValue.FromNumber(RegExpConstructor.AdvanceStringIndex(o.IteratedString, thisIndex, o.Unicode)));
            }
            return IteratorPrototype.CreateIterResult(realm, match, false);
        }
        o.Done = true;
        return IteratorPrototype.CreateIterResult(realm, match, false);
    }
}
