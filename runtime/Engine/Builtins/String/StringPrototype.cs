using System;
using System.Text;
using Aot.Engine.Builtins.String;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins;

/// <summary>ECMA-262 §22.1.3 Properties of the String Prototype Object (string arguments only; the
/// RegExp-aware forms of split/replace/match come with RegExp).</summary>
internal static class StringPrototype
{
    private static readonly BuiltinMethod[] Methods =
    [
        new("at", 1, At),
        new("charAt", 1, CharAt),
        new("charCodeAt", 1, CharCodeAt),
        new("codePointAt", 1, CodePointAt),
        new("concat", 1, Concat),
        new("endsWith", 1, EndsWith),
        new("includes", 1, Includes),
        new("indexOf", 1, IndexOf),
        new("isWellFormed", 0, IsWellFormed),
        new("lastIndexOf", 1, LastIndexOf),
        new("normalize", 0, Normalize),
        new("padEnd", 1, PadEnd),
        new("padStart", 1, PadStart),
        new("repeat", 1, Repeat),
        new("replace", 2, Replace),
        new("replaceAll", 2, ReplaceAll),
        new("slice", 2, Slice),
        new("split", 2, Split),
        new("startsWith", 1, StartsWith),
        new("substring", 2, Substring),
        new("substr", 2, Substr),
        new("toLocaleLowerCase", 0, ToLocaleLowerCase),
        new("toLocaleUpperCase", 0, ToLocaleUpperCase),
        new("toLowerCase", 0, ToLowerCase),
        new("toString", 0, ValueOf),
        new("toUpperCase", 0, ToUpperCase),
        new("toWellFormed", 0, ToWellFormed),
        new("trim", 0, Trim),
        new("trimEnd", 0, TrimEnd),
        new("trimStart", 0, TrimStart),
        new("valueOf", 0, ValueOf),
        new("[Symbol.iterator]", 0, Iterator, JsSymbol.Iterator),
    ];

    public static void Install(Realm realm) => Builtin.DefineMethods(realm, realm.StringPrototype, Methods);

    private static string S(in JsValue thisValue, string method) => Builtin.ThisString(thisValue, method);

    private static JsValue ValueOf(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        if (thisValue.IsString) return thisValue;
        if (thisValue.Ref is JsStringObject so) return so.Value;
        return JsException.ThrowTypeError<JsValue>("String.prototype.valueOf requires that 'this' be a String");
    }

    private static JsValue At(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        string s = S(thisValue, "at");
        double rel = Operations.ToIntegerOrInfinity(Builtin.Arg(args, 0));
        double k = rel >= 0 ? rel : s.Length + rel;
        return k < 0 || k >= s.Length ? JsValue.Undefined : s[(int)k].ToString();
    }

    private static JsValue CharAt(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        string s = S(thisValue, "charAt");
        double pos = Operations.ToIntegerOrInfinity(Builtin.Arg(args, 0));
        return pos < 0 || pos >= s.Length ? "" : s[(int)pos].ToString();
    }

    private static JsValue CharCodeAt(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        string s = S(thisValue, "charCodeAt");
        double pos = Operations.ToIntegerOrInfinity(Builtin.Arg(args, 0));
        return pos < 0 || pos >= s.Length ? JsValue.NaN : JsValue.FromNumber(s[(int)pos]);
    }

    private static JsValue CodePointAt(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        string s = S(thisValue, "codePointAt");
        double pos = Operations.ToIntegerOrInfinity(Builtin.Arg(args, 0));
        if (pos < 0 || pos >= s.Length) return JsValue.Undefined;
        int i = (int)pos;
        if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) return char.ConvertToUtf32(s[i], s[i + 1]);
        return JsValue.FromNumber(s[i]);
    }

    private static JsValue Concat(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var sb = new StringBuilder(S(thisValue, "concat"));
        foreach (var a in args) sb.Append(Operations.ToString(a));
        return sb.ToString();
    }

    private static JsValue EndsWith(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        string s = S(thisValue, "endsWith");
        string search = Operations.ToString(Builtin.Arg(args, 0));
        int end = args.Length > 1 && !args[1].IsUndefined ? (int)Math.Clamp(Operations.ToIntegerOrInfinity(args[1]), 0, s.Length) : s.Length;
        int start = end - search.Length;
        return start >= 0 && string.CompareOrdinal(s, start, search, 0, search.Length) == 0;
    }

    private static JsValue StartsWith(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        string s = S(thisValue, "startsWith");
        string search = Operations.ToString(Builtin.Arg(args, 0));
        int start = (int)Math.Clamp(Operations.ToIntegerOrInfinity(Builtin.Arg(args, 1)), 0, s.Length);
        return start + search.Length <= s.Length && string.CompareOrdinal(s, start, search, 0, search.Length) == 0;
    }

    private static JsValue Includes(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        string s = S(thisValue, "includes");
        string search = Operations.ToString(Builtin.Arg(args, 0));
        int start = (int)Math.Clamp(Operations.ToIntegerOrInfinity(Builtin.Arg(args, 1)), 0, s.Length);
        return s.IndexOf(search, start, StringComparison.Ordinal) >= 0;
    }

    private static JsValue IndexOf(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        string s = S(thisValue, "indexOf");
        string search = Operations.ToString(Builtin.Arg(args, 0));
        int start = (int)Math.Clamp(Operations.ToIntegerOrInfinity(Builtin.Arg(args, 1)), 0, s.Length);
        return s.IndexOf(search, start, StringComparison.Ordinal);
    }

    private static JsValue LastIndexOf(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        string s = S(thisValue, "lastIndexOf");
        string search = Operations.ToString(Builtin.Arg(args, 0));
        double numPos = Operations.ToNumber(Builtin.Arg(args, 1));
        int start = double.IsNaN(numPos) ? s.Length : (int)Math.Clamp(Operations.ToIntegerOrInfinity(JsValue.FromNumber(numPos)), 0, s.Length);
        for (int i = Math.Min(start, s.Length - search.Length); i >= 0; i--)
            if (string.CompareOrdinal(s, i, search, 0, search.Length) == 0) return i;
        return -1;
    }

    private static JsValue Pad(in JsValue thisValue, ReadOnlySpan<JsValue> args, bool atStart)
    {
        string s = S(thisValue, atStart ? "padStart" : "padEnd");
        double maxLength = Operations.ToLength(Builtin.Arg(args, 0));
        if (maxLength <= s.Length) return s;
        string filler = args.Length > 1 && !args[1].IsUndefined ? Operations.ToString(args[1]) : " ";
        if (filler.Length == 0) return s;
        if (maxLength > 1 << 29) JsException.ThrowRangeError("Invalid string length");
        int fillLen = (int)maxLength - s.Length;
        var sb = new StringBuilder(fillLen);
        while (sb.Length < fillLen) sb.Append(filler);
        sb.Length = fillLen;
        return atStart ? sb + s : s + sb;
    }

    private static JsValue PadStart(Realm realm, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => Pad(t, a, true);
    private static JsValue PadEnd(Realm realm, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => Pad(t, a, false);

    private static JsValue Repeat(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        string s = S(thisValue, "repeat");
        double n = Operations.ToIntegerOrInfinity(Builtin.Arg(args, 0));
        if (n < 0 || double.IsPositiveInfinity(n)) JsException.ThrowRangeError("Invalid count value: " + NumberFormatting.ToString(n));
        if (s.Length * n > 1 << 29) JsException.ThrowRangeError("Invalid string length");
        var sb = new StringBuilder(s.Length * (int)n);
        for (int i = 0; i < n; i++) sb.Append(s);
        return sb.ToString();
    }

    /// <summary>§22.1.3.19.1 GetSubstitution for a string pattern ($$, $&amp;, $`, $').</summary>
    private static string Substitute(string matched, string str, int position, string replacement)
    {
        if (replacement.IndexOf('$') < 0) return replacement;
        var sb = new StringBuilder();
        for (int i = 0; i < replacement.Length; i++)
        {
            char c = replacement[i];
            if (c == '$' && i + 1 < replacement.Length)
            {
                char n = replacement[i + 1];
                if (n == '$') { sb.Append('$'); i++; continue; }
                if (n == '&') { sb.Append(matched); i++; continue; }
                if (n == '`') { sb.Append(str, 0, position); i++; continue; }
                if (n == '\'') { sb.Append(str, Math.Min(position + matched.Length, str.Length), Math.Max(0, str.Length - position - matched.Length)); i++; continue; }
            }
            sb.Append(c);
        }
        return sb.ToString();
    }

    private static JsValue ReplaceCore(in JsValue thisValue, ReadOnlySpan<JsValue> args, bool all)
    {
        string s = S(thisValue, all ? "replaceAll" : "replace");
        var patternValue = Builtin.Arg(args, 0);
        if (patternValue.IsObject) JsException.ThrowTypeError("replace with a RegExp is not supported yet");
        string pattern = Operations.ToString(patternValue);
        var replaceValue = Builtin.Arg(args, 1);
        bool functional = replaceValue.IsCallable;
        string replacement = functional ? "" : Operations.ToString(replaceValue);
        // Match positions (§22.1.3.19 replaceAll step 10: empty patterns match between every code unit).
        var positions = new System.Collections.Generic.List<int>();
        int pos = s.IndexOf(pattern, StringComparison.Ordinal);
        while (pos >= 0)
        {
            positions.Add(pos);
            if (!all) break;
            int from = pos + Math.Max(pattern.Length, 1);
            pos = from > s.Length ? -1 : s.IndexOf(pattern, from, StringComparison.Ordinal);
        }
        var sb = new StringBuilder();
        int last = 0;
        foreach (int p in positions)
        {
            sb.Append(s, last, p - last);
            sb.Append(functional
                ? Operations.ToString(Operations.Call(replaceValue, JsValue.Undefined, [pattern, JsValue.FromNumber(p), s]))
                : Substitute(pattern, s, p, replacement));
            last = p + pattern.Length;
        }
        sb.Append(s, last, s.Length - last);
        return sb.ToString();
    }

    private static JsValue Replace(Realm realm, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => ReplaceCore(t, a, false);
    private static JsValue ReplaceAll(Realm realm, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => ReplaceCore(t, a, true);

    private static JsValue Slice(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        string s = S(thisValue, "slice");
        long from = Builtin.RelativeIndex(Builtin.Arg(args, 0), s.Length, 0);
        long to = Builtin.RelativeIndex(Builtin.Arg(args, 1), s.Length, s.Length);
        return from >= to ? "" : s.Substring((int)from, (int)(to - from));
    }

    private static JsValue Substring(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        string s = S(thisValue, "substring");
        int start = (int)Math.Clamp(Operations.ToIntegerOrInfinity(Builtin.Arg(args, 0)), 0, s.Length);
        int end = args.Length > 1 && !args[1].IsUndefined ? (int)Math.Clamp(Operations.ToIntegerOrInfinity(args[1]), 0, s.Length) : s.Length;
        return s.Substring(Math.Min(start, end), Math.Abs(end - start));
    }

    // B.2.2.1 String.prototype.substr ( start, length )
    private static JsValue Substr(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        string s = S(thisValue, "substr");
        long start = Builtin.RelativeIndex(Builtin.Arg(args, 0), s.Length, 0);
        double length = args.Length > 1 && !args[1].IsUndefined ? Operations.ToIntegerOrInfinity(args[1]) : s.Length;
        long end = (long)Math.Min(start + Math.Max(length, 0), s.Length);
        return start >= end ? "" : s.Substring((int)start, (int)(end - start));
    }

    // 22.1.3.23 String.prototype.split ( separator, limit ) for string separators.
    private static JsValue Split(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        string s = S(thisValue, "split");
        var sepValue = Builtin.Arg(args, 0);
        if (sepValue.IsObject) JsException.ThrowTypeError("split with a RegExp is not supported yet");
        uint limit = args.Length > 1 && !args[1].IsUndefined ? Operations.ToUint32(args[1]) : uint.MaxValue;
        var result = realm.CreateArray();
        if (limit == 0) return result;
        if (sepValue.IsUndefined) { result.TryAppendDense(s); return result; }
        string sep = Operations.ToString(sepValue);
        if (sep.Length == 0)
        {
            for (int i = 0; i < s.Length && result.Length < limit; i++) result.TryAppendDense(s[i].ToString());
            return result;
        }
        int start = 0;
        while (result.Length < limit)
        {
            int at = s.IndexOf(sep, start, StringComparison.Ordinal);
            if (at < 0) { result.TryAppendDense(s[start..]); break; }
            result.TryAppendDense(s[start..at]);
            start = at + sep.Length;
        }
        return result;
    }

    // §22.1.3.30/.32: full Unicode default case conversion (SpecialCasing, Final_Sigma); the
    // toLocale* forms behave as in the en-US locale (no Intl yet).
    private static JsValue ToLowerCase(Realm realm, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => UnicodeCaseMapping.ToLowerCase(S(t, "toLowerCase"));
    private static JsValue ToUpperCase(Realm realm, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => UnicodeCaseMapping.ToUpperCase(S(t, "toUpperCase"));
    private static JsValue ToLocaleLowerCase(Realm realm, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => UnicodeCaseMapping.ToLocaleLowerCase(S(t, "toLocaleLowerCase"));
    private static JsValue ToLocaleUpperCase(Realm realm, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => UnicodeCaseMapping.ToLocaleUpperCase(S(t, "toLocaleUpperCase"));

    // §22.1.3.10 String.prototype.isWellFormed ( ), §22.1.3.33 String.prototype.toWellFormed ( )
    private static JsValue IsWellFormed(Realm realm, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => StringWellFormedness.IsWellFormed(S(t, "isWellFormed"));
    private static JsValue ToWellFormed(Realm realm, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => StringWellFormedness.ToWellFormed(S(t, "toWellFormed"));

    // §22.1.3.15 String.prototype.normalize ( [ form ] )
    private static JsValue Normalize(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        string s = S(thisValue, "normalize");
        JsValue formArg = Builtin.Arg(args, 0);
        string f = formArg.IsUndefined ? "NFC" : Operations.ToString(formArg);
        if (!UnicodeNormalization.TryParseForm(f, out UnicodeNormalizationForm form))
            JsException.ThrowRangeError("The normalization form should be one of NFC, NFD, NFKC, NFKD.");
        return UnicodeNormalization.Normalize(s, form);
    }
    private static JsValue Trim(Realm realm, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => NumberFormatting.TrimJs(S(t, "trim"));

    private static JsValue TrimStart(Realm realm, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n)
    {
        string s = S(t, "trimStart");
        int i = 0;
        while (i < s.Length && NumberFormatting.IsJsWhiteSpace(s[i])) i++;
        return s[i..];
    }

    private static JsValue TrimEnd(Realm realm, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n)
    {
        string s = S(t, "trimEnd");
        int i = s.Length;
        while (i > 0 && NumberFormatting.IsJsWhiteSpace(s[i - 1])) i--;
        return s[..i];
    }

    // 22.1.3.36 String.prototype [ @@iterator ] ( ): iterates code points.
    private static JsValue Iterator(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        string s = S(thisValue, "[Symbol.iterator]");
        var points = realm.CreateArray();
        for (int i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) { points.TryAppendDense(s.Substring(i, 2)); i++; }
            else points.TryAppendDense(s[i].ToString());
        }
        return new JsArrayIterator(realm, points, ArrayIterationKind.Values);
    }
}
