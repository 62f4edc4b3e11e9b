using System;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins.RegExp;

/// <summary>ECMA-262 §22.2.4 The RegExp Constructor, §22.2.5 its properties, and the abstract operations of
/// §22.2.3 (RegExpCreate, RegExpAlloc, RegExpInitialize) and §22.2.7 (RegExpExec, RegExpBuiltinExec,
/// AdvanceStringIndex) that the prototype methods and String.prototype share.</summary>
internal static class RegExpConstructor
{
    private static readonly PropertyKey LastIndexKey = PropertyKey.FromString("lastIndex");
    private static readonly PropertyKey IndexKey = PropertyKey.FromString("index");
    private static readonly PropertyKey InputKey = PropertyKey.FromString("input");
    private static readonly PropertyKey GroupsKey = PropertyKey.FromString("groups");
    private static readonly PropertyKey IndicesKey = PropertyKey.FromString("indices");
    private static readonly PropertyKey ExecKey = PropertyKey.FromString("exec");

    public static JsFunction Create(Realm realm)
    {
        var proto = RegExpPrototype.Create(realm);
        var ctor = Builtin.Constructor(realm, "RegExp", 2, Construct, proto);
        Builtin.DefineMethods(realm, ctor, [new("escape", 1, Escape)]);
        Library.SpeciesGetter(realm, ctor);
        realm.RegExpConstructor = ctor;
        realm.RegExpStringIteratorPrototype = RegExpStringIteratorPrototype.Create(realm);
        return ctor;
    }

    // 22.2.4.1 RegExp ( pattern, flags )
    private static JsValue Construct(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var pattern = Builtin.Arg(args, 0);
        var flags = Builtin.Arg(args, 1);
        bool patternIsRegExp = IsRegExp(pattern);                                         // Step 1.
        if (newTarget == null)                                                            // Step 2.
        {
            newTarget = realm.RegExpConstructor;
            if (patternIsRegExp && flags.IsUndefined)
            {
                var patternConstructor = pattern.AsObject().Get("constructor");
                if (patternConstructor.IsObject && ReferenceEquals(patternConstructor.AsObject(), newTarget)) return pattern;
            }
        }
        JsValue p, f;
        if (pattern.Ref is JsRegExp rx && pattern.IsObject && rx.Matcher != null)         // Step 4.
        {
            p = rx.OriginalSource;
            f = flags.IsUndefined ? rx.OriginalFlags : flags;
        }
        else if (patternIsRegExp)                                                         // Step 5.
        {
            var po = pattern.AsObject();
            p = po.Get("source");
            f = flags.IsUndefined ? po.Get("flags") : flags;
        }
        else { p = pattern; f = flags; }                                                  // Step 6.
        var o = Alloc(realm, newTarget);                                                  // Step 7.
        return Initialize(o, p, f);                                                       // Step 8.
    }

    // 22.2.5.1 RegExp.escape ( S ) (ES2025)
    private static JsValue Escape(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var arg = Builtin.Arg(args, 0);
        if (!arg.IsString) JsException.ThrowTypeError("RegExp.escape requires a string");
        string str = arg.AsString();
        var escaped = new System.Text.StringBuilder(str.Length + 8);
        for (int i = 0; i < str.Length; i++)
        {
            char c = str[i];
            if (escaped.Length == 0 && (char.IsAsciiDigit(c) || char.IsAsciiLetter(c)))
            {
                escaped.Append("\\x").Append(((int)c).ToString("x2"));
                continue;
            }
            if (char.IsHighSurrogate(c) && i + 1 < str.Length && char.IsLowSurrogate(str[i + 1]))
            {
                escaped.Append(c).Append(str[i + 1]);
                i++;
                continue;
            }
            // EncodeForRegExpEscape ( c )
            if ("^$\\.*+?()[]{}|/".Contains(c)) escaped.Append('\\').Append(c);
            else if (c is '\t' or '\n' or '\v' or '\f' or '\r')
                escaped.Append('\\').Append(c switch { '\t' => 't', '\n' => 'n', '\v' => 'v', '\f' => 'f', _ => 'r' });
            else if (",-=<>#&!%:;@~'`\"".Contains(c) || NumberFormatting.IsJsWhiteSpace(c) || c is '\u2028' or '\u2029' || char.IsSurrogate(c))
            {
                if (c <= 0xFF) escaped.Append("\\x").Append(((int)c).ToString("x2"));
                else escaped.Append("\\u").Append(((int)c).ToString("x4"));
            }
            else escaped.Append(c);
        }
        return escaped.ToString();
    }

    /// <summary>§22.2.3.2 RegExpAlloc ( newTarget ).</summary>
    public static JsRegExp Alloc(Realm realm, JsObject newTarget)
        => new(Library.PrototypeFromConstructor(newTarget, static r => r.RegExpPrototype, realm));

    /// <summary>§22.2.3.3 RegExpInitialize ( obj, pattern, flags ).</summary>
    public static JsRegExp Initialize(JsRegExp obj, in JsValue pattern, in JsValue flags)
    {
        string p = pattern.IsUndefined ? "" : Operations.ToString(pattern);
        string f = flags.IsUndefined ? "" : Operations.ToString(flags);
        if (!ValidFlags(f)) JsException.ThrowSyntaxError("Invalid flags supplied to RegExp constructor '" + f + "'");
        var matcher = JsRegExpMatcher.Create(p, f, out string? error);
        if (matcher == null) JsException.ThrowSyntaxError(error ?? "Invalid regular expression");
        obj.Initialize(matcher);
        obj.SetLastIndex(JsValue.FromNumber(0));
        return obj;
    }

    /// <summary>§22.2.3.1 RegExpCreate ( P, F ).</summary>
    public static JsRegExp RegExpCreate(Realm realm, in JsValue pattern, in JsValue flags)
        => Initialize(new JsRegExp(realm.RegExpPrototype), pattern, flags);

    /// <summary>§13.2.7.3 evaluation of a RegularExpressionLiteral: a new object per evaluation, the matcher
    /// compiled once per literal.</summary>
    public static JsValue FromLiteral(Realm realm, RegExpLiteralConstant literal)
    {
        var matcher = literal.Matcher;
        if (matcher == null)
        {
            matcher = JsRegExpMatcher.Create(literal.Pattern, literal.Flags, out string? error);
            if (matcher == null) JsException.ThrowSyntaxError(error ?? "Invalid regular expression");
            literal.Matcher = matcher;
        }
        var rx = new JsRegExp(realm.RegExpPrototype);
        rx.Initialize(matcher);
        return rx;
    }

    private static bool ValidFlags(string f)
    {
        int seen = 0;
        foreach (char c in f)
        {
            int bit = c switch { 'd' => 1, 'g' => 2, 'i' => 4, 'm' => 8, 's' => 16, 'u' => 32, 'v' => 64, 'y' => 128, _ => 0 };
            if (bit == 0 || (seen & bit) != 0) return false;
            seen |= bit;
        }
        return (seen & 96) != 96;
    }

    /// <summary>§7.2.8 IsRegExp ( argument ).</summary>
    public static bool IsRegExp(in JsValue argument)
    {
        if (!argument.IsObject) return false;
        var o = argument.AsObject();
        var matcher = o.Get(JsSymbol.Match);
        if (!matcher.IsUndefined) return Operations.ToBoolean(matcher);
        return o is JsRegExp;
    }

    /// <summary>§7.3.22 SpeciesConstructor ( O, %RegExp% ).</summary>
    public static JsFunction SpeciesConstructor(Realm realm, JsObject o)
    {
        var c = o.Get("constructor");
        if (c.IsUndefined) return realm.RegExpConstructor;
        if (!c.IsObject) JsException.ThrowTypeError("The .constructor property is not an object");
        var s = c.AsObject().Get(JsSymbol.Species);
        if (s.IsNullish) return realm.RegExpConstructor;
        if (s.Ref is JsFunction f && s.IsObject && f.IsConstructor) return f;
        return JsException.ThrowTypeError<JsFunction>("object.constructor[Symbol.species] is not a constructor");
    }

    /// <summary>§22.2.7.3 AdvanceStringIndex ( S, index, unicode ).</summary>
    public static double AdvanceStringIndex(string s, double index, bool unicode)
    {
        if (!unicode || index + 1 >= s.Length) return index + 1;
        int i = (int)index;
        return char.IsHighSurrogate(s[i]) && char.IsLowSurrogate(s[i + 1]) ? index + 2 : index + 1;
    }

    public static double GetLastIndex(JsObject r)
        => Operations.ToLength(r is JsRegExp rx ? rx.LastIndex : r.Get(LastIndexKey));

    /// <summary>Set(R, "lastIndex", value, true).</summary>
    public static void SetLastIndex(JsObject r, in JsValue value)
    {
        if (r is JsRegExp rx) rx.SetLastIndex(value);
        else r.SetOrThrow(LastIndexKey, value);
    }

    /// <summary>§22.2.7.1 RegExpExec ( R, S ): an object or null.</summary>
    public static JsValue Exec(Realm realm, JsObject r, string s)
    {
        var exec = r.Get(ExecKey);
        if (r is JsRegExp rx && exec.IsObject && ReferenceEquals(exec.Ref, realm.RegExpExecFunction))
            return BuiltinExec(realm, rx, s);
        if (exec.IsCallable)
        {
            var result = Operations.Call(exec, r, [JsValue.FromString(s)]);
            if (!result.IsObject && !result.IsNull) JsException.ThrowTypeError("object null is not a function");
            return result;
        }
        if (r is not JsRegExp plain) return JsException.ThrowTypeError<JsValue>("RegExp exec method called on an incompatible receiver " + Operations.DescribeForError(r));
        return BuiltinExec(realm, plain, s);
    }

    /// <summary>RegExpBuiltinExec up to the match (steps 1-19): the match or null, lastIndex updated.</summary>
    public static JsRegExpMatch? BuiltinMatch(JsRegExp r, string s)
    {
        var matcher = r.Matcher ?? JsException.ThrowTypeError<JsRegExpMatcher>("RegExp exec method called on an uninitialized RegExp");
        double lastIndex = Operations.ToLength(r.LastIndex);                 // Step 2.
        string flags = r.OriginalFlags;
        bool global = flags.Contains('g'), sticky = flags.Contains('y');
        if (!global && !sticky) lastIndex = 0;                               // Step 6.
        if (lastIndex > s.Length)
        {
            if (global || sticky) r.SetLastIndex(JsValue.FromNumber(0));
            return null;
        }
        var m = matcher.Exec(s, (int)lastIndex);
        if (m == null)
        {
            if (global || sticky) r.SetLastIndex(JsValue.FromNumber(0));
            return null;
        }
        if (global || sticky) r.SetLastIndex(JsValue.FromNumber(m.End));    // Step 16.
        return m;
    }

    /// <summary>§22.2.7.2 RegExpBuiltinExec ( R, S ).</summary>
    public static JsValue BuiltinExec(Realm realm, JsRegExp r, string s)
    {
        var m = BuiltinMatch(r, s);
        if (m == null) return JsValue.Null;
        return MatchResult(realm, r.Matcher!, r.OriginalFlags.Contains('d'), s, m);
    }

    /// <summary>RegExpBuiltinExec steps 20-35: the result array.</summary>
    public static JsArray MatchResult(Realm realm, JsRegExpMatcher matcher, bool hasIndices, string s, JsRegExpMatch m)
    {
        int n = m.Count;
        var values = new JsValue[n];
        for (int i = 0; i < n; i++)
            values[i] = m.Starts[i] < 0 ? JsValue.Undefined : JsValue.FromString(s.Substring(m.Starts[i], m.Ends[i] - m.Starts[i]));
        var a = new JsArray(realm.ArrayPrototype, values, n);
        a.AddProperty(IndexKey, JsValue.FromNumber(m.Index), PropertyFlags.Default);
        a.AddProperty(InputKey, JsValue.FromString(s), PropertyFlags.Default);
        JsValue groups = JsValue.Undefined;
        if (matcher.HasNamedGroups)
        {
            var g = new JsObject(null);
            foreach (var kv in matcher.NamedGroups) g.AddProperty(kv.Key, ValueOfGroup(values, kv.Value), PropertyFlags.Default);
            groups = g;
        }
        a.AddProperty(GroupsKey, groups, PropertyFlags.Default);
        if (hasIndices) a.AddProperty(IndicesKey, MakeIndicesArray(realm, matcher, m), PropertyFlags.Default);
        return a;
    }

    private static JsValue ValueOfGroup(JsValue[] values, int[] numbers)
    {
        foreach (int i in numbers)
            if (!values[i].IsUndefined) return values[i];
        return JsValue.Undefined;
    }

    /// <summary>§22.2.7.8 MakeMatchIndicesIndexPairArray.</summary>
    private static JsArray MakeIndicesArray(Realm realm, JsRegExpMatcher matcher, JsRegExpMatch m)
    {
        int n = m.Count;
        var pairs = new JsValue[n];
        for (int i = 0; i < n; i++)
            pairs[i] = m.Starts[i] < 0
                ? JsValue.Undefined
                : Operations.CreateArrayFromList(realm, [JsValue.FromNumber(m.Starts[i]), JsValue.FromNumber(m.Ends[i])]);
        var a = new JsArray(realm.ArrayPrototype, pairs, n);
        JsValue groups = JsValue.Undefined;
        if (matcher.HasNamedGroups)
        {
            var g = new JsObject(null);
            foreach (var kv in matcher.NamedGroups) g.AddProperty(kv.Key, ValueOfGroup(pairs, kv.Value), PropertyFlags.Default);
            groups = g;
        }
        a.AddProperty(GroupsKey, groups, PropertyFlags.Default);
        return a;
    }
}
