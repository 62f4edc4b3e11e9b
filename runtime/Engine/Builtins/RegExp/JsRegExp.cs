using System;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins.RegExp;

/// <summary>
/// A RegExp instance (ECMA-262 §22.2.8): [[OriginalSource]], [[OriginalFlags]], [[RegExpMatcher]] and the own
/// `lastIndex` data property (writable, non-enumerable, non-configurable), which RegExpAlloc defines first, so it
/// always lives in slot 0 (it can never be deleted or turned into an accessor).
/// </summary>
public sealed class JsRegExp : JsObject
{
    private static readonly PropertyKey LastIndexKey = PropertyKey.FromString("lastIndex");

    /// <summary>Null between RegExpAlloc and RegExpInitialize (a subclass constructor can observe that state).</summary>
    public JsRegExpMatcher? Matcher { get; private set; }
    public string OriginalSource { get; private set; } = "";
    public string OriginalFlags { get; private set; } = "";

    /// <summary>§22.2.3.2 RegExpAlloc step 2: the object with its `lastIndex` property.</summary>
    public JsRegExp(JsObject? prototype) : base(prototype)
    {
        AddProperty(LastIndexKey, JsValue.FromNumber(0), PropertyFlags.Writable);
    }

    public override string ClassName => "RegExp";

    internal void Initialize(JsRegExpMatcher matcher)
    {
        Matcher = matcher;
        OriginalSource = matcher.Source;
        OriginalFlags = matcher.Flags;
    }

    /// <summary>Get(R, "lastIndex") without a lookup (an own data property in slot 0).</summary>
    public JsValue LastIndex => slots[0];

    /// <summary>Set(R, "lastIndex", value, true).</summary>
    public void SetLastIndex(in JsValue value)
    {
        if ((shape.FlagsAt(0) & PropertyFlags.Writable) != 0) slots[0] = value;
        else JsException.ThrowTypeError("Cannot assign to read only property 'lastIndex' of object '" + ToDisplayString() + "'");
    }

    private string ToDisplayString() => "/" + OriginalSource + "/" + OriginalFlags;

    /// <summary>What RegExp.prototype.toString gives with the intrinsic getters (for inspection): the escaped
    /// source and the flags in canonical order.</summary>
    public string DisplayText
    {
        get
        {
            var flags = new System.Text.StringBuilder(8);
            foreach (char c in "dgimsuvy")
                if (OriginalFlags.Contains(c)) flags.Append(c);
            return "/" + RegExpPrototype.EscapePattern(OriginalSource) + "/" + flags;
        }
    }
}

/// <summary>The constant a regular expression literal compiles to (§13.2.7.3): its pattern and flags, and the
/// compiled matcher once the literal has been evaluated.</summary>
public sealed class RegExpLiteralConstant(string pattern, string flags)
{
    public string Pattern { get; } = pattern;
    public string Flags { get; } = flags;
    internal JsRegExpMatcher? Matcher;

    public override string ToString() => "/" + Pattern + "/" + Flags;
}
