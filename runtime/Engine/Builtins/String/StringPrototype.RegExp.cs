using System;
using System.Text;
using Aot.Engine.Builtins.RegExp;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins;

/// <summary>The String.prototype methods that take a pattern (ECMA-262 §22.1.3.13 match, .14 matchAll,
/// .19 replace, .20 replaceAll, .22 search, .23 split): they defer to the argument's @@match / @@matchAll /
/// @@replace / @@search / @@split method when it is an object that has one, else work on strings (match,
/// matchAll and search through a new RegExp).</summary>
internal static class StringRegExpMethods
{
    private static readonly PropertyKey FlagsKey = PropertyKey.FromString("flags");

    private static JsValue RequireObjectCoercible(in JsValue thisValue, string method)
    {
        if (thisValue.IsNullish) JsException.ThrowTypeError($"String.prototype.{method} called on null or undefined");
        return thisValue;
    }

    private static JsObject? Method(in JsValue value, JsSymbol symbol)
        => value.IsObject ? Operations.GetMethod(value, symbol) : null;

    // 22.1.3.13 String.prototype.match ( regexp )
    public static JsValue Match(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var o = RequireObjectCoercible(thisValue, "match");
        var regexp = Builtin.Arg(args, 0);
        var matcher = Method(regexp, JsSymbol.Match);
        if (matcher != null) return Operations.Call(matcher, regexp, [o]);
        string s = Operations.ToString(o);
        var rx = RegExpConstructor.RegExpCreate(realm, regexp, JsValue.Undefined);
        return Invoke(realm, rx, JsSymbol.Match, s);
    }

    // 22.1.3.14 String.prototype.matchAll ( regexp )
    public static JsValue MatchAll(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var o = RequireObjectCoercible(thisValue, "matchAll");
        var regexp = Builtin.Arg(args, 0);
        if (regexp.IsObject)
        {
            RequireGlobal(regexp, "String.prototype.matchAll called with a non-global RegExp argument");
            var matcher = Method(regexp, JsSymbol.MatchAll);
            if (matcher != null) return Operations.Call(matcher, regexp, [o]);
        }
        string s = Operations.ToString(o);
        var rx = RegExpConstructor.RegExpCreate(realm, regexp, "g");
        return Invoke(realm, rx, JsSymbol.MatchAll, s);
    }

    private static void RequireGlobal(in JsValue regexp, string message)
    {
        if (!RegExpConstructor.IsRegExp(regexp)) return;
        var flags = regexp.AsObject().Get(FlagsKey);
        if (flags.IsNullish) JsException.ThrowTypeError("Cannot convert undefined or null to object");
        if (!Operations.ToString(flags).Contains('g')) JsException.ThrowTypeError(message);
    }

    // 22.1.3.22 String.prototype.search ( regexp )
    public static JsValue Search(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var o = RequireObjectCoercible(thisValue, "search");
        var regexp = Builtin.Arg(args, 0);
        var searcher = Method(regexp, JsSymbol.Search);
        if (searcher != null) return Operations.Call(searcher, regexp, [o]);
        string s = Operations.ToString(o);
        var rx = RegExpConstructor.RegExpCreate(realm, regexp, JsValue.Undefined);
        return Invoke(realm, rx, JsSymbol.Search, s);
    }

    private static JsValue Invoke(Realm realm, JsObject rx, JsSymbol method, string s)
        => Operations.Call(rx.Get(method), rx, [JsValue.FromString(s)]);

    // 22.1.3.19 String.prototype.replace ( searchValue, replaceValue )
    public static JsValue Replace(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var o = RequireObjectCoercible(thisValue, "replace");
        var searchValue = Builtin.Arg(args, 0);
        var replaceValue = Builtin.Arg(args, 1);
        var replacer = Method(searchValue, JsSymbol.Replace);
        if (replacer != null) return Operations.Call(replacer, searchValue, [o, replaceValue]);
        string s = Operations.ToString(o);
        string searchString = Operations.ToString(searchValue);
        bool functionalReplace = replaceValue.IsCallable;
        string template = functionalReplace ? "" : Operations.ToString(replaceValue);
        int position = s.IndexOf(searchString, StringComparison.Ordinal);
        if (position < 0) return s;
        string replacement = functionalReplace
            ? Operations.ToString(Operations.Call(replaceValue, JsValue.Undefined, [searchString, JsValue.FromNumber(position), s]))
            : RegExpPrototype.GetSubstitution(searchString, s, position, ReadOnlySpan<JsValue>.Empty, null, template);
        return string.Concat(s.AsSpan(0, position), replacement, s.AsSpan(position + searchString.Length));
    }

    // 22.1.3.20 String.prototype.replaceAll ( searchValue, replaceValue )
    public static JsValue ReplaceAll(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var o = RequireObjectCoercible(thisValue, "replaceAll");
        var searchValue = Builtin.Arg(args, 0);
        var replaceValue = Builtin.Arg(args, 1);
        if (searchValue.IsObject)
        {
            RequireGlobal(searchValue, "String.prototype.replaceAll called with a non-global RegExp argument");
            var replacer = Method(searchValue, JsSymbol.Replace);
            if (replacer != null) return Operations.Call(replacer, searchValue, [o, replaceValue]);
        }
        string s = Operations.ToString(o);
        string searchString = Operations.ToString(searchValue);
        bool functionalReplace = replaceValue.IsCallable;
        string template = functionalReplace ? "" : Operations.ToString(replaceValue);
        int searchLength = searchString.Length;
        int advanceBy = Math.Max(1, searchLength);
        var positions = new System.Collections.Generic.List<int>();
        int position = s.IndexOf(searchString, StringComparison.Ordinal);
        while (position >= 0)
        {
            positions.Add(position);
            int from = position + advanceBy;
            position = from > s.Length ? -1 : s.IndexOf(searchString, from, StringComparison.Ordinal);
        }
        int endOfLastMatch = 0;
        var result = new StringBuilder();
        foreach (int p in positions)
        {
            result.Append(s, endOfLastMatch, p - endOfLastMatch);
            result.Append(functionalReplace
                ? Operations.ToString(Operations.Call(replaceValue, JsValue.Undefined, [searchString, JsValue.FromNumber(p), s]))
                : RegExpPrototype.GetSubstitution(searchString, s, p, ReadOnlySpan<JsValue>.Empty, null, template));
            endOfLastMatch = p + searchLength;
        }
        if (endOfLastMatch < s.Length) result.Append(s, endOfLastMatch, s.Length - endOfLastMatch);
        return result.ToString();
    }

    // 22.1.3.23 String.prototype.split ( separator, limit )
    public static JsValue Split(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var o = RequireObjectCoercible(thisValue, "split");
        var separator = Builtin.Arg(args, 0);
        var limit = Builtin.Arg(args, 1);
        var splitter = Method(separator, JsSymbol.Split);
        if (splitter != null) return Operations.Call(splitter, separator, [o, limit]);
        string s = Operations.ToString(o);
        uint lim = limit.IsUndefined ? uint.MaxValue : Operations.ToUint32(limit);
        string r = Operations.ToString(separator);
        var result = realm.CreateArray();
        if (lim == 0) return result;
        if (separator.IsUndefined) { result.TryAppendDense(s); return result; }
        if (r.Length == 0)
        {
            for (int i = 0; i < s.Length && result.Length < lim; i++) result.TryAppendDense(s[i].ToString());
            return result;
        }
        if (s.Length == 0) { result.TryAppendDense(s); return result; }
        int start = 0;
        while (true)
        {
            int at = s.IndexOf(r, start, StringComparison.Ordinal);
            if (at < 0) break;
            result.TryAppendDense(s.Substring(start, at - start));
            if (result.Length == lim) return result;
            start = at + r.Length;
        }
        result.TryAppendDense(s.Substring(start));
        return result;
    }
}
