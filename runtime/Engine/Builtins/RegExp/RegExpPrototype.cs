using System;
using System.Collections.Generic;
using System.Text;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins.RegExp;

/// <summary>ECMA-262 §22.2.6 Properties of the RegExp Prototype Object (an ordinary object, not a RegExp).</summary>
internal static class RegExpPrototype
{
    private static readonly PropertyKey FlagsKey = PropertyKey.FromString("flags");
    private static readonly PropertyKey SourceKey = PropertyKey.FromString("source");
    private static readonly PropertyKey IndexKey = PropertyKey.FromString("index");
    private static readonly PropertyKey GroupsKey = PropertyKey.FromString("groups");

    private static readonly BuiltinMethod[] Methods =
    [
        new("compile", 2, Compile),
        new("exec", 1, Exec),
        new("test", 1, Test),
        new("toString", 0, ToStringMethod),
        new("[Symbol.match]", 1, SymbolMatch, JsSymbol.Match),
        new("[Symbol.matchAll]", 1, SymbolMatchAll, JsSymbol.MatchAll),
        new("[Symbol.replace]", 2, SymbolReplace, JsSymbol.Replace),
        new("[Symbol.search]", 1, SymbolSearch, JsSymbol.Search),
        new("[Symbol.split]", 2, SymbolSplit, JsSymbol.Split),
    ];

    // §22.2.6.4 the order `flags` reads them in.
    private static readonly (string Name, char Flag)[] FlagGetters =
    [
        ("hasIndices", 'd'), ("global", 'g'), ("ignoreCase", 'i'), ("multiline", 'm'),
        ("dotAll", 's'), ("unicode", 'u'), ("unicodeSets", 'v'), ("sticky", 'y'),
    ];
    private static readonly PropertyKey[] FlagKeys = Array.ConvertAll(FlagGetters, static g => PropertyKey.FromString(g.Name));

    public static JsObject Create(Realm realm)
    {
        var proto = new JsObject(realm.ObjectPrototype);
        realm.RegExpPrototype = proto;
        Builtin.DefineMethods(realm, proto, Methods);
        realm.RegExpExecFunction = (JsFunction)proto.Get("exec").AsObject();
        // Accessors in the spec's alphabetical order: dotAll, flags, global, hasIndices, ignoreCase, multiline,
        // source, sticky, unicode, unicodeSets.
        FlagGetter(realm, proto, "dotAll", 's');
        Builtin.Getter(realm, proto, FlagsKey, "flags", Flags);
        FlagGetter(realm, proto, "global", 'g');
        FlagGetter(realm, proto, "hasIndices", 'd');
        FlagGetter(realm, proto, "ignoreCase", 'i');
        FlagGetter(realm, proto, "multiline", 'm');
        Builtin.Getter(realm, proto, SourceKey, "source", Source);
        FlagGetter(realm, proto, "sticky", 'y');
        FlagGetter(realm, proto, "unicode", 'u');
        FlagGetter(realm, proto, "unicodeSets", 'v');
        return proto;
    }

    private static void FlagGetter(Realm realm, JsObject proto, string name, char flag)
        => Builtin.Getter(realm, proto, name, name, (Realm r, in JsValue thisValue, ReadOnlySpan<JsValue> a, JsObject? n) => HasFlag(r, thisValue, flag, name));

    /// <summary>§22.2.6.4.1 RegExpHasFlag ( R, codeUnit ).</summary>
    private static JsValue HasFlag(Realm realm, in JsValue r, char flag, string name)
    {
        if (!r.IsObject) JsException.ThrowTypeError($"RegExp.prototype.{name} getter called on non-object {Operations.DescribeForError(r)}");
        if (r.Ref is JsRegExp rx && rx.Matcher != null) return JsValue.FromBoolean(rx.OriginalFlags.Contains(flag));
        if (ReferenceEquals(r.Ref, realm.RegExpPrototype)) return JsValue.Undefined;
        return JsException.ThrowTypeError<JsValue>($"RegExp.prototype.{name} getter called on non-RegExp object");
    }

    private static JsObject ThisObject(in JsValue thisValue, string method)
    {
        if (!thisValue.IsObject) JsException.ThrowTypeError($"{method} called on non-object {Operations.DescribeForError(thisValue)}");
        return thisValue.AsObject();
    }

    private static JsRegExp ThisRegExp(in JsValue thisValue, string method)
    {
        if (thisValue.Ref is JsRegExp rx && thisValue.IsObject && rx.Matcher != null) return rx;
        return JsException.ThrowTypeError<JsRegExp>($"Method RegExp.prototype.{method} called on incompatible receiver {Operations.DescribeForError(thisValue)}");
    }

    // 22.2.6.4 get RegExp.prototype.flags
    private static JsValue Flags(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var r = ThisObject(thisValue, "RegExp.prototype.flags getter");
        Span<char> result = stackalloc char[8];
        int n = 0;
        for (int i = 0; i < FlagGetters.Length; i++)
            if (Operations.ToBoolean(r.Get(FlagKeys[i]))) result[n++] = FlagGetters[i].Flag;
        return new string(result[..n]);
    }

    // 22.2.6.13 get RegExp.prototype.source
    private static JsValue Source(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        if (!thisValue.IsObject) JsException.ThrowTypeError($"RegExp.prototype.source getter called on non-object {Operations.DescribeForError(thisValue)}");
        if (thisValue.Ref is JsRegExp rx && rx.Matcher != null) return EscapePattern(rx.OriginalSource);
        if (ReferenceEquals(thisValue.Ref, realm.RegExpPrototype)) return "(?:)";
        return JsException.ThrowTypeError<JsValue>("RegExp.prototype.source getter called on non-RegExp object");
    }

    /// <summary>§22.2.6.13.1 EscapeRegExpPattern: `/` outside classes and line terminators escaped, as V8 does.</summary>
    internal static string EscapePattern(string source)
    {
        if (source.Length == 0) return "(?:)";
        StringBuilder? sb = null;
        bool inClass = false, escaped = false;
        for (int i = 0; i < source.Length; i++)
        {
            char c = source[i];
            string? replacement = null;
            if (c == '/' && !escaped && !inClass) replacement = "\\/";
            else if (c is '\n' or '\r' or '\u2028' or '\u2029')
            {
                string name = c switch { '\n' => "n", '\r' => "r", '\u2028' => "u2028", _ => "u2029" };
                replacement = escaped ? name : "\\" + name;
            }
            if (replacement != null)
            {
                sb ??= new StringBuilder(source, 0, i, source.Length + 8);
                sb.Append(replacement);
            }
            else sb?.Append(c);
            if (escaped) escaped = false;
            else if (c == '\\') escaped = true;
            else if (c == '[') inClass = true;
            else if (c == ']') inClass = false;
        }
        return sb?.ToString() ?? source;
    }

    // 22.2.6.2 RegExp.prototype.exec ( string )
    private static JsValue Exec(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var r = ThisRegExp(thisValue, "exec");
        string s = Operations.ToString(Builtin.Arg(args, 0));
        return RegExpConstructor.BuiltinExec(realm, r, s);
    }

    // 22.2.6.16 RegExp.prototype.test ( S )
    private static JsValue Test(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var r = ThisObject(thisValue, "RegExp.prototype.test");
        string s = Operations.ToString(Builtin.Arg(args, 0));
        // RegExpExec without building the result array when `exec` is the built-in one.
        if (r is JsRegExp rx && rx.Matcher != null)
        {
            var exec = r.Get("exec");
            if (exec.IsObject && ReferenceEquals(exec.Ref, realm.RegExpExecFunction))
                return JsValue.FromBoolean(RegExpConstructor.BuiltinMatch(rx, s) != null);
        }
        return JsValue.FromBoolean(!RegExpConstructor.Exec(realm, r, s).IsNull);
    }

    // 22.2.6.17 RegExp.prototype.toString ( )
    private static JsValue ToStringMethod(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var r = ThisObject(thisValue, "RegExp.prototype.toString");
        string pattern = Operations.ToString(r.Get(SourceKey));
        string flags = Operations.ToString(r.Get(FlagsKey));
        return "/" + pattern + "/" + flags;
    }

    // B.2.4.1 RegExp.prototype.compile ( pattern, flags )
    private static JsValue Compile(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        if (thisValue.Ref is not JsRegExp o || !thisValue.IsObject)
            return JsException.ThrowTypeError<JsValue>($"Method RegExp.prototype.compile called on incompatible receiver {Operations.DescribeForError(thisValue)}");
        var pattern = Builtin.Arg(args, 0);
        var flags = Builtin.Arg(args, 1);
        JsValue p, f;
        if (pattern.Ref is JsRegExp source && pattern.IsObject && source.Matcher != null)
        {
            if (!flags.IsUndefined) JsException.ThrowTypeError("Cannot supply flags when constructing one RegExp from another");
            p = source.OriginalSource;
            f = source.OriginalFlags;
        }
        else { p = pattern; f = flags; }
        return RegExpConstructor.Initialize(o, p, f);
    }

    private static string FlagsOf(JsObject rx) => Operations.ToString(rx.Get(FlagsKey));

    // 22.2.6.8 RegExp.prototype [ @@match ] ( string )
    private static JsValue SymbolMatch(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var rx = ThisObject(thisValue, "RegExp.prototype[Symbol.match]");
        string s = Operations.ToString(Builtin.Arg(args, 0));
        string flags = FlagsOf(rx);
        if (!flags.Contains('g')) return RegExpConstructor.Exec(realm, rx, s);
        bool fullUnicode = flags.Contains('u') || flags.Contains('v');
        RegExpConstructor.SetLastIndex(rx, JsValue.FromNumber(0));
        var a = realm.CreateArray();
        bool pristine = IsPristineExec(realm, rx);
        while (true)
        {
            string matchStr;
            if (pristine)
            {
                var m = RegExpConstructor.BuiltinMatch((JsRegExp)rx, s);
                if (m == null) return a.Length == 0 ? JsValue.Null : a;
                matchStr = s.Substring(m.Index, m.End - m.Index);
            }
            else
            {
                var result = RegExpConstructor.Exec(realm, rx, s);
                if (result.IsNull) return a.Length == 0 ? JsValue.Null : a;
                matchStr = Operations.ToString(result.AsObject().Get(PropertyKey.FromIndex(0)));
            }
            a.TryAppendDense(matchStr);
            if (matchStr.Length == 0) AdvanceAfterEmptyMatch(rx, s, fullUnicode);
        }
    }

    /// <summary>Whether RegExpExec(rx, S) would call the built-in exec (the lookup is redone on each iteration
    /// by the spec; skipping it is unobservable while `exec` is an own or inherited data property that is the
    /// intrinsic, which the caller re-checks when anything JS could run).</summary>
    private static bool IsPristineExec(Realm realm, JsObject rx)
    {
        if (rx is not JsRegExp r || r.Matcher == null) return false;
        if (r.Shape.Count != 1 || !ReferenceEquals(r.GetPrototypeOf(), realm.RegExpPrototype)) return false;
        if (!realm.RegExpPrototype.TryGetOwnFast("exec", out var exec, out var flags) || (flags & PropertyFlags.Accessor) != 0) return false;
        return exec.IsObject && ReferenceEquals(exec.Ref, realm.RegExpExecFunction);
    }

    private static void AdvanceAfterEmptyMatch(JsObject rx, string s, bool fullUnicode)
    {
        double thisIndex = RegExpConstructor.GetLastIndex(rx);
        RegExpConstructor.SetLastIndex(rx, JsValue.FromNumber(RegExpConstructor.AdvanceStringIndex(s, thisIndex, fullUnicode)));
    }

    // 22.2.6.9 RegExp.prototype [ @@matchAll ] ( string )
    private static JsValue SymbolMatchAll(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var r = ThisObject(thisValue, "RegExp.prototype[Symbol.matchAll]");
        string s = Operations.ToString(Builtin.Arg(args, 0));
        var c = RegExpConstructor.SpeciesConstructor(realm, r);
        string flags = FlagsOf(r);
        var matcher = Operations.Construct(c, [JsValue.FromObject(r), JsValue.FromString(flags)]).AsObject();
        double lastIndex = RegExpConstructor.GetLastIndex(r);
        RegExpConstructor.SetLastIndex(matcher, JsValue.FromNumber(lastIndex));
        bool global = flags.Contains('g');
        bool fullUnicode = flags.Contains('u') || flags.Contains('v');
        return new JsRegExpStringIterator(realm.RegExpStringIteratorPrototype, matcher, s, global, fullUnicode);
    }

    // 22.2.6.11 RegExp.prototype [ @@replace ] ( string, replaceValue )
    private static JsValue SymbolReplace(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var rx = ThisObject(thisValue, "RegExp.prototype[Symbol.replace]");
        string s = Operations.ToString(Builtin.Arg(args, 0));                  // Step 3.
        int lengthS = s.Length;
        var replaceValue = Builtin.Arg(args, 1);
        bool functionalReplace = replaceValue.IsCallable;                      // Step 5.
        string replaceTemplate = functionalReplace ? "" : Operations.ToString(replaceValue);
        string flags = FlagsOf(rx);                                            // Step 7.
        bool global = flags.Contains('g');
        bool fullUnicode = false;
        if (global)
        {
            fullUnicode = flags.Contains('u') || flags.Contains('v');
            RegExpConstructor.SetLastIndex(rx, JsValue.FromNumber(0));
        }
        var sb = new StringBuilder();
        int nextSourcePosition = 0;

        // Fast path: the built-in exec on a plain RegExp; results are consumed as they come (collecting first is
        // unobservable here: nothing between two execs can run JS code except the replacer function, which may
        // change `exec` or lastIndex — so it re-checks after each call).
        if (IsPristineExec(realm, rx))
        {
            var r = (JsRegExp)rx;
            var matcher = r.Matcher!;
            var matches = new List<JsRegExpMatch>();
            while (true)
            {
                var m = RegExpConstructor.BuiltinMatch(r, s);
                if (m == null) break;
                matches.Add(m);
                if (!global) break;
                if (m.End == m.Index) AdvanceAfterEmptyMatch(rx, s, fullUnicode);
            }
            bool hasIndices = r.OriginalFlags.Contains('d');
            foreach (var m in matches)
            {
                string replacement;
                int position = m.Index;
                if (functionalReplace)
                {
                    var replacerArgs = new JsValue[m.Count + 2 + (matcher.HasNamedGroups ? 1 : 0)];
                    for (int i = 0; i < m.Count; i++)
                        replacerArgs[i] = m.Starts[i] < 0 ? JsValue.Undefined : JsValue.FromString(s.Substring(m.Starts[i], m.Ends[i] - m.Starts[i]));
                    replacerArgs[m.Count] = JsValue.FromNumber(position);
                    replacerArgs[m.Count + 1] = s;
                    if (matcher.HasNamedGroups)
                        replacerArgs[m.Count + 2] = RegExpConstructor.MatchResult(realm, matcher, hasIndices, s, m).Get(GroupsKey);
                    replacement = Operations.ToString(Operations.Call(replaceValue, JsValue.Undefined, replacerArgs));
                }
                else if (replaceTemplate.IndexOf('$') < 0) replacement = replaceTemplate;
                else
                {
                    var captures = new JsValue[m.Count - 1];
                    for (int i = 1; i < m.Count; i++)
                        captures[i - 1] = m.Starts[i] < 0 ? JsValue.Undefined : JsValue.FromString(s.Substring(m.Starts[i], m.Ends[i] - m.Starts[i]));
                    JsObject? named = matcher.HasNamedGroups ? RegExpConstructor.MatchResult(realm, matcher, hasIndices, s, m).Get(GroupsKey).AsObject() : null;
                    replacement = GetSubstitution(s.Substring(m.Index, m.End - m.Index), s, position, captures, named, replaceTemplate);
                }
                if (position >= nextSourcePosition)
                {
                    sb.Append(s, nextSourcePosition, position - nextSourcePosition).Append(replacement);
                    nextSourcePosition = m.End;
                }
            }
        }
        else
        {
            var results = new List<JsObject>();
            while (true)                                                       // Step 12.
            {
                var result = RegExpConstructor.Exec(realm, rx, s);
                if (result.IsNull) break;
                results.Add(result.AsObject());
                if (!global) break;
                string matchStr = Operations.ToString(result.AsObject().Get(PropertyKey.FromIndex(0)));
                if (matchStr.Length == 0) AdvanceAfterEmptyMatch(rx, s, fullUnicode);
            }
            foreach (var result in results)                                    // Step 15.
            {
                int nCaptures = (int)Math.Max(Operations.LengthOfArrayLike(result) - 1, 0);
                string matched = Operations.ToString(result.Get(PropertyKey.FromIndex(0)));
                int matchLength = matched.Length;
                double pos = Operations.ToIntegerOrInfinity(result.Get(IndexKey));
                int position = (int)Math.Max(Math.Min(pos, lengthS), 0);
                var captures = new JsValue[nCaptures];
                for (int n = 1; n <= nCaptures; n++)
                {
                    var capN = result.Get(PropertyKey.FromIndex((uint)n));
                    captures[n - 1] = capN.IsUndefined ? capN : JsValue.FromString(Operations.ToString(capN));
                }
                var namedCaptures = result.Get(GroupsKey);
                string replacement;
                if (functionalReplace)
                {
                    var replacerArgs = new JsValue[nCaptures + 3 + (namedCaptures.IsUndefined ? 0 : 1)];
                    replacerArgs[0] = matched;
                    captures.CopyTo(replacerArgs, 1);
                    replacerArgs[nCaptures + 1] = JsValue.FromNumber(position);
                    replacerArgs[nCaptures + 2] = s;
                    if (!namedCaptures.IsUndefined) replacerArgs[nCaptures + 3] = namedCaptures;
                    replacement = Operations.ToString(Operations.Call(replaceValue, JsValue.Undefined, replacerArgs));
                }
                else
                {
                    JsObject? named = namedCaptures.IsUndefined ? null : Operations.ToObject(realm, namedCaptures);
                    replacement = GetSubstitution(matched, s, position, captures, named, replaceTemplate);
                }
                if (position >= nextSourcePosition)
                {
                    sb.Append(s, nextSourcePosition, position - nextSourcePosition).Append(replacement);
                    nextSourcePosition = position + matchLength;
                }
            }
        }
        if (nextSourcePosition >= lengthS) return sb.ToString();
        return sb.Append(s, nextSourcePosition, lengthS - nextSourcePosition).ToString();
    }

    /// <summary>§22.1.3.19.1 GetSubstitution ( matched, str, position, captures, namedCaptures, replacementTemplate ).</summary>
    internal static string GetSubstitution(string matched, string str, int position, ReadOnlySpan<JsValue> captures, JsObject? namedCaptures, string template)
    {
        int dollar = template.IndexOf('$');
        if (dollar < 0) return template;
        int stringLength = str.Length;
        var result = new StringBuilder();
        result.Append(template, 0, dollar);
        int i = dollar;
        while (i < template.Length)
        {
            char c = template[i];
            if (c != '$' || i + 1 >= template.Length) { result.Append(c); i++; continue; }
            char n = template[i + 1];
            switch (n)
            {
                case '$': result.Append('$'); i += 2; continue;
                case '`': result.Append(str, 0, Math.Min(position, stringLength)); i += 2; continue;
                case '&': result.Append(matched); i += 2; continue;
                case '\'':
                {
                    int tailPos = Math.Min(position + matched.Length, stringLength);
                    result.Append(str, tailPos, stringLength - tailPos);
                    i += 2;
                    continue;
                }
                case '<':
                {
                    int gtPos = template.IndexOf('>', i);
                    if (gtPos < 0 || namedCaptures == null) { result.Append("$<"); i += 2; continue; }
                    string groupName = template.Substring(i + 2, gtPos - i - 2);
                    var capture = namedCaptures.Get(groupName);
                    if (!capture.IsUndefined) result.Append(Operations.ToString(capture));
                    i = gtPos + 1;
                    continue;
                }
            }
            if (n is >= '0' and <= '9')
            {
                int digitCount = i + 2 < template.Length && template[i + 2] is >= '0' and <= '9' ? 2 : 1;
                int index = digitCount == 2 ? (n - '0') * 10 + (template[i + 2] - '0') : n - '0';
                if (index > captures.Length && digitCount == 2) { digitCount = 1; index = n - '0'; }
                if (index >= 1 && index <= captures.Length)
                {
                    var capture = captures[index - 1];
                    if (!capture.IsUndefined) result.Append(capture.AsString());
                }
                else result.Append(template, i, 1 + digitCount);
                i += 1 + digitCount;
                continue;
            }
            result.Append('$');
            i++;
        }
        return result.ToString();
    }

    // 22.2.6.12 RegExp.prototype [ @@search ] ( string )
    private static JsValue SymbolSearch(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var rx = ThisObject(thisValue, "RegExp.prototype[Symbol.search]");
        string s = Operations.ToString(Builtin.Arg(args, 0));
        var previousLastIndex = rx is JsRegExp r0 ? r0.LastIndex : rx.Get("lastIndex");
        if (!Operations.SameValue(previousLastIndex, JsValue.FromNumber(0))) RegExpConstructor.SetLastIndex(rx, JsValue.FromNumber(0));
        var result = RegExpConstructor.Exec(realm, rx, s);
        var currentLastIndex = rx is JsRegExp r1 ? r1.LastIndex : rx.Get("lastIndex");
        if (!Operations.SameValue(currentLastIndex, previousLastIndex)) RegExpConstructor.SetLastIndex(rx, previousLastIndex);
        if (result.IsNull) return JsValue.FromNumber(-1);
        return result.AsObject().Get(IndexKey);
    }

    // 22.2.6.14 RegExp.prototype [ @@split ] ( string, limit )
    private static JsValue SymbolSplit(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var rx = ThisObject(thisValue, "RegExp.prototype[Symbol.split]");
        string s = Operations.ToString(Builtin.Arg(args, 0));                  // Step 3.
        var c = RegExpConstructor.SpeciesConstructor(realm, rx);               // Step 4.
        string flags = FlagsOf(rx);                                            // Step 5.
        bool unicodeMatching = flags.Contains('u') || flags.Contains('v');
        string newFlags = flags.Contains('y') ? flags : flags + "y";
        var splitter = Operations.Construct(c, [JsValue.FromObject(rx), JsValue.FromString(newFlags)]).AsObject();
        var a = realm.CreateArray();
        var limit = Builtin.Arg(args, 1);
        uint lim = limit.IsUndefined ? uint.MaxValue : Operations.ToUint32(limit);
        if (lim == 0) return a;
        if (s.Length == 0)
        {
            if (!RegExpConstructor.Exec(realm, splitter, s).IsNull) return a;
            a.TryAppendDense(s);
            return a;
        }
        int size = s.Length;
        int p = 0, q = 0;
        // Fast path: for a plain splitter with the built-in exec, the first q at which the sticky splitter matches
        // is where the same pattern without `y` first matches from q (the matcher is compiled once per flags).
        JsRegExpMatcher? search = null;
        if (IsPristineExec(realm, splitter))
        {
            search = JsRegExpMatcher.Create(((JsRegExp)splitter).OriginalSource, ((JsRegExp)splitter).OriginalFlags.Replace("y", ""), out _);
        }
        while (q < size)
        {
            int e;
            JsObject? z = null;
            JsRegExpMatch? fast = null;
            if (search != null && IsPristineExec(realm, splitter))
            {
                fast = search.Exec(s, q);
                if (fast == null) break;
                q = fast.Index;
                if (q >= size) break;
                e = Math.Min(fast.End, size);
                RegExpConstructor.SetLastIndex(splitter, JsValue.FromNumber(fast.End));
            }
            else
            {
                RegExpConstructor.SetLastIndex(splitter, JsValue.FromNumber(q));
                var zv = RegExpConstructor.Exec(realm, splitter, s);
                if (zv.IsNull) { q = (int)RegExpConstructor.AdvanceStringIndex(s, q, unicodeMatching); continue; }
                z = zv.AsObject();
                e = (int)Math.Min(RegExpConstructor.GetLastIndex(splitter), size);
            }
            if (e == p) { q = (int)RegExpConstructor.AdvanceStringIndex(s, q, unicodeMatching); continue; }
            a.TryAppendDense(s.Substring(p, q - p));
            if (a.Length == lim) return a;
            p = e;
            if (fast != null)
            {
                for (int i = 1; i < fast.Count; i++)
                {
                    a.TryAppendDense(fast.Starts[i] < 0 ? JsValue.Undefined : JsValue.FromString(s.Substring(fast.Starts[i], fast.Ends[i] - fast.Starts[i])));
                    if (a.Length == lim) return a;
                }
            }
            else
            {
                double numberOfCaptures = Math.Max(Operations.LengthOfArrayLike(z!) - 1, 0);
                for (uint i = 1; i <= numberOfCaptures; i++)
                {
                    a.TryAppendDense(z!.Get(PropertyKey.FromIndex(i)));
                    if (a.Length == lim) return a;
                }
            }
            q = p;
        }
        a.TryAppendDense(s.Substring(p, size - p));
        return a;
    }
}
