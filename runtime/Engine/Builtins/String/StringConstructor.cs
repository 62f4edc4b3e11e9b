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
        Builtin.DefineMethods(realm, ctor, [new("fromCharCode", 1, FromCharCode)]);
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
        var proto = newTarget.Get("prototype");
        return new JsStringObject(proto.IsObject ? proto.AsObject() : realm.StringPrototype, s);
    }

    // 22.1.2.1 String.fromCharCode ( ...codeUnits )
    private static JsValue FromCharCode(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var sb = new StringBuilder(args.Length);
        foreach (var a in args) sb.Append((char)(ushort)Operations.ToUint32(a));
        return sb.ToString();
    }
}
