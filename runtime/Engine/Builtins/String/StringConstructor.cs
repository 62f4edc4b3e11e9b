using System;
using System.Text;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins;

/// <summary>ECMA-262 §22.1.1 The String Constructor and §22.1.2 its properties.</summary>
internal static class StringConstructor
{
    public static JsFunction Create(Realm realm)
    {
        var ctor = Builtin.Constructor(realm, "String", 1, Construct, realm.StringPrototype);
        Builtin.DefineMethods(realm, ctor, [new("fromCharCode", 1, FromCharCode), new("fromCodePoint", 1, FromCodePoint), new("raw", 1, Raw)]);
        return ctor;
    }

    // 22.1.1.1 String ( value )
    private static JsValue Construct(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        string s;
        if (args.Length == 0) s = "";
        else if (newTarget == null && args[0].IsSymbol) return args[0].AsSymbol.ToString();
        else s = Operations.ToString(args[0]);
        if (newTarget == null) return s;
        return new JsStringObject(Library.PrototypeFromConstructor(newTarget, static r => r.StringPrototype, realm), s);
    }

    // 22.1.2.1 String.fromCharCode ( ...codeUnits )
    private static JsValue FromCharCode(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var sb = new StringBuilder(args.Length);
        foreach (var a in args) sb.Append((char)(ushort)Operations.ToUint32(a));
        return sb.ToString();
    }

    // 22.1.2.2 String.fromCodePoint ( ...codePoints )
    private static JsValue FromCodePoint(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var sb = new StringBuilder(args.Length);
        foreach (var a in args)
        {
            double cp = Operations.ToNumber(a);
            if (cp != Math.Floor(cp) || cp < 0 || cp > 0x10FFFF || double.IsInfinity(cp))
                JsException.ThrowRangeError("Invalid code point " + Operations.ToString(a));
            if (cp < 0x10000) sb.Append((char)cp);
            else
            {
                // The surrogate pair, without a string per code point (the test262 property-escape
                // tests build strings of a million code points this way).
                int v = (int)cp - 0x10000;
                sb.Append((char)(0xD800 + (v >> 10))).Append((char)(0xDC00 + (v & 0x3FF)));
            }
        }
        return sb.ToString();
    }

    // 22.1.2.4 String.raw ( template, ...substitutions )
    private static JsValue Raw(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var cooked = Operations.ToObject(realm, Builtin.Arg(args, 0));
        var literals = Operations.ToObject(realm, cooked.Get("raw"));
        double literalCount = Operations.LengthOfArrayLike(literals);
        if (literalCount <= 0) return "";
        var r = new StringBuilder();
        for (uint nextIndex = 0; ; nextIndex++)
        {
            r.Append(Operations.ToString(literals.Get(PropertyKey.FromIndex(nextIndex))));
            if (nextIndex + 1 >= literalCount) return r.ToString();
            if (nextIndex + 1 < args.Length) r.Append(Operations.ToString(args[(int)nextIndex + 1]));
        }
    }
}
