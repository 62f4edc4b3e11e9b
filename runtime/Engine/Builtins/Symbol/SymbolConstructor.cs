using System;
using System.Collections.Generic;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins;

/// <summary>ECMA-262 §20.4.1 The Symbol Constructor and §20.4.2 its properties.</summary>
internal static class SymbolConstructor
{
    /// <summary>The GlobalSymbolRegistry (§20.4.2.2) is shared by all realms of the process.</summary>
    private static readonly Dictionary<string, JsSymbol> Registry = new();

    public static JsFunction Create(Realm realm)
    {
        var ctor = Builtin.Constructor(realm, "Symbol", 0, Construct, realm.SymbolPrototype);
        Builtin.DefineMethods(realm, ctor, [new("for", 1, For), new("keyFor", 1, KeyFor)]);
        foreach (var (name, symbol) in new (string, JsSymbol)[]
        {
            ("iterator", JsSymbol.Iterator), ("asyncIterator", JsSymbol.AsyncIterator), ("hasInstance", JsSymbol.HasInstance),
            ("toPrimitive", JsSymbol.ToPrimitive), ("toStringTag", JsSymbol.ToStringTag), ("species", JsSymbol.Species),
            ("isConcatSpreadable", JsSymbol.IsConcatSpreadable), ("unscopables", JsSymbol.Unscopables), ("match", JsSymbol.Match),
            ("matchAll", JsSymbol.MatchAll), ("replace", JsSymbol.Replace), ("search", JsSymbol.Search), ("split", JsSymbol.Split),
            ("dispose", JsSymbol.Dispose), ("asyncDispose", JsSymbol.AsyncDispose),
        })
            ctor.AddProperty(name, JsValue.FromSymbol(symbol), PropertyFlags.None);
        return ctor;
    }

    // 20.4.1.1 Symbol ( [ description ] )
    private static JsValue Construct(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        if (newTarget != null) JsException.ThrowTypeError("Symbol is not a constructor");
        var d = Builtin.Arg(args, 0);
        return JsValue.FromSymbol(new JsSymbol(d.IsUndefined ? null : Operations.ToString(d)));
    }

    private static JsValue For(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        string key = Operations.ToString(Builtin.Arg(args, 0));
        lock (Registry)
        {
            if (!Registry.TryGetValue(key, out var symbol)) Registry[key] = symbol = new JsSymbol(key) { RegistryKey = key };
            return JsValue.FromSymbol(symbol);
        }
    }

    private static JsValue KeyFor(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var sym = Builtin.Arg(args, 0);
        if (!sym.IsSymbol) JsException.ThrowTypeError(Operations.DescribeForError(sym) + " is not a symbol");
        return sym.AsSymbol.RegistryKey is string k ? k : JsValue.Undefined;
    }
}

/// <summary>ECMA-262 §20.4.3 Properties of the Symbol Prototype Object.</summary>
internal static class SymbolPrototype
{
    public static void Install(Realm realm)
    {
        var proto = realm.SymbolPrototype;
        Builtin.DefineMethods(realm, proto, [new("toString", 0, ToStringMethod), new("valueOf", 0, ValueOf)]);
        Builtin.Getter(realm, proto, "description", "description", Description);
        proto.AddProperty(JsSymbol.ToStringTag, "Symbol", PropertyFlags.Configurable);
        // 20.4.3.5 Symbol.prototype [ @@toPrimitive ] ( hint ): { writable: false, configurable: true }.
        proto.AddProperty(JsSymbol.ToPrimitive, JsValue.FromObject(new JsNativeFunction(realm, "[Symbol.toPrimitive]", 1, ValueOf)), PropertyFlags.Configurable);
    }

    private static JsSymbol ThisSymbol(in JsValue v)
    {
        if (v.IsSymbol) return v.AsSymbol;
        if (v.Ref is JsPrimitiveObject { PrimitiveValue.IsSymbol: true } p) return p.PrimitiveValue.AsSymbol;
        return JsException.ThrowTypeError<JsSymbol>("Symbol.prototype method called on incompatible receiver");
    }

    private static JsValue ToStringMethod(Realm realm, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => ThisSymbol(t).ToString();
    private static JsValue ValueOf(Realm realm, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => JsValue.FromSymbol(ThisSymbol(t));
    private static JsValue Description(Realm realm, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n)
        => ThisSymbol(t).Description is string d ? d : JsValue.Undefined;
}
