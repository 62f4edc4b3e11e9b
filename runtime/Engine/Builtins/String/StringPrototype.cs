using System;
using System.Text;
using Aot.Engine.Builtins.String;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins;

/// <summary>ECMA-262 §22.1.3 Properties of the String Prototype Object (match, matchAll, replace,
/// replaceAll, search and split: StringPrototype.RegExp.cs).</summary>
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
        new("match", 1, StringRegExpMethods.Match),
        new("matchAll", 1, StringRegExpMethods.MatchAll),
        new("replace", 2, StringRegExpMethods.Replace),
        new("replaceAll", 2, StringRegExpMethods.ReplaceAll),
        new("search", 1, StringRegExpMethods.Search),
        new("slice", 2, Slice),
        new("split", 2, StringRegExpMethods.Split),
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
        if (RegExp.RegExpConstructor.IsRegExp(Builtin.Arg(args, 0))) JsException.ThrowTypeError("First argument to String.prototype.endsWith must not be a regular expression");
        string search = Operations.ToString(Builtin.Arg(args, 0));
        int end = args.Length > 1 && !args[1].IsUndefined ? (int)Math.Clamp(Operations.ToIntegerOrInfinity(args[1]), 0, s.Length) : s.Length;
        int start = end - search.Length;
        return start >= 0 && string.CompareOrdinal(s, start, search, 0, search.Length) == 0;
    }

    private static JsValue StartsWith(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        string s = S(thisValue, "startsWith");
        if (RegExp.RegExpConstructor.IsRegExp(Builtin.Arg(args, 0))) JsException.ThrowTypeError("First argument to String.prototype.startsWith must not be a regular expression");
        string search = Operations.ToString(Builtin.Arg(args, 0));
        int start = (int)Math.Clamp(Operations.ToIntegerOrInfinity(Builtin.Arg(args, 1)), 0, s.Length);
        return start + search.Length <= s.Length && string.CompareOrdinal(s, start, search, 0, search.Length) == 0;
    }

    private static JsValue Includes(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        string s = S(thisValue, "includes");
        if (RegExp.RegExpConstructor.IsRegExp(Builtin.Arg(args, 0))) JsException.ThrowTypeError("First argument to String.prototype.includes must not be a regular expression");
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
        if (s.Length * n > JsRope.MaxStringLength) JsException.ThrowRangeError("Invalid string length");
        // An empty string repeated any number of times (up to 2^31 - 1 in test262) is empty: no loop.
        if (s.Length == 0 || n == 0) return JsValue.EmptyString;
        if (s.Length == 1) return new string(s[0], (int)n);
        // Doubling copies: log2(n) block copies instead of n appends.
        int total = s.Length * (int)n;
        return string.Create(total, s, static (span, piece) =>
        {
            piece.CopyTo(span);
            int filled = piece.Length;
            while (filled < span.Length)
            {
                int chunk = Math.Min(filled, span.Length - filled);
                span[..chunk].CopyTo(span[filled..]);
                filled += chunk;
            }
        });
    }

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
        return new JsStringIterator(realm.StringIteratorPrototype, s);
    }
}
