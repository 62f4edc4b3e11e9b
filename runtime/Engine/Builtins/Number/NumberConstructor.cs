using System;
using Aot.Engine.Builtins.Number;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins;

/// <summary>ECMA-262 §21.1.1 The Number Constructor and §21.1.2 Properties of the Number Constructor.</summary>
internal static class NumberConstructor
{
    private static readonly BuiltinMethod[] Methods =
    [
        new("isFinite", 1, IsFinite),
        new("isInteger", 1, IsInteger),
        new("isNaN", 1, IsNaN),
        new("isSafeInteger", 1, IsSafeInteger),
    ];

    /// <summary>Creates %Number%; parseFloat/parseInt are the global functions (§21.1.2.12, §21.1.2.13),
    /// so <see cref="GlobalFunctions"/> must be installed first.</summary>
    public static JsFunction Create(Realm realm)
    {
        var ctor = Builtin.Constructor(realm, "Number", 1, Construct, realm.NumberPrototype);
        // 21.1.2.1 - 21.1.2.15: value properties are { writable: false, enumerable: false, configurable: false }.
        Library.Value(ctor, "EPSILON", Math.Pow(2, -52));
        Builtin.DefineMethods(realm, ctor, Methods);
        Library.Value(ctor, "MAX_SAFE_INTEGER", NumberConversions.MaxSafeInteger);
        Library.Value(ctor, "MAX_VALUE", double.MaxValue);
        Library.Value(ctor, "MIN_SAFE_INTEGER", -NumberConversions.MaxSafeInteger);
        Library.Value(ctor, "MIN_VALUE", double.Epsilon);
        Library.Value(ctor, "NaN", double.NaN);
        Library.Value(ctor, "NEGATIVE_INFINITY", double.NegativeInfinity);
        ctor.AddProperty("parseFloat", realm.GlobalObject.Get("parseFloat"), PropertyFlags.Hidden);
        ctor.AddProperty("parseInt", realm.GlobalObject.Get("parseInt"), PropertyFlags.Hidden);
        Library.Value(ctor, "POSITIVE_INFINITY", double.PositiveInfinity);
        return ctor;
    }

    // 21.1.1.1 Number ( value )
    private static JsValue Construct(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        double n;
        // Step 1: if value is present, ToNumeric; a BigInt becomes 𝔽(ℝ(prim)).
        if (args.Length > 0)
        {
            var prim = Operations.ToNumeric(args[0]);
            n = prim.IsBigInt ? NumberConversions.BigIntToNumber(prim.AsBigInt) : prim.Number;
        }
        else n = 0; // Step 2.
        // Step 3.
        if (newTarget == null) return n;
        // Steps 4-5: OrdinaryCreateFromConstructor(NewTarget, "%Number.prototype%", « [[NumberData]] »).
        var proto = Library.PrototypeFromConstructor(newTarget, static r => r.NumberPrototype, realm);
        return new JsPrimitiveObject(proto, JsValue.FromNumber(n));
    }

    // 21.1.2.2 Number.isFinite ( number )
    private static JsValue IsFinite(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var v = Builtin.Arg(args, 0);
        return v.IsNumber && double.IsFinite(v.Number);
    }

    // 21.1.2.3 Number.isInteger ( number )
    private static JsValue IsInteger(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var v = Builtin.Arg(args, 0);
        return v.IsNumber && NumberConversions.IsIntegralNumber(v.Number);
    }

    // 21.1.2.4 Number.isNaN ( number )
    private static JsValue IsNaN(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var v = Builtin.Arg(args, 0);
        return v.IsNumber && double.IsNaN(v.Number);
    }

    // 21.1.2.5 Number.isSafeInteger ( number )
    private static JsValue IsSafeInteger(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var v = Builtin.Arg(args, 0);
        return v.IsNumber && NumberConversions.IsSafeInteger(v.Number);
    }
}
