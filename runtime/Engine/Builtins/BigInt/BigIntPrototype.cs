using System;
using System.Numerics;
using Aot.Engine.Builtins.Number;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins;

/// <summary>ECMA-262 §21.2.3 Properties of the BigInt Prototype Object.</summary>
internal static class BigIntPrototype
{
    public static void Install(Realm realm)
    {
        var proto = realm.BigIntPrototype;
        Builtin.DefineMethods(realm, proto,
        [
            new("toLocaleString", 0, ToLocaleString),
            new("toString", 0, ToString),
            new("valueOf", 0, ValueOf),
        ]);
        Library.ToStringTag(proto, "BigInt");
    }

    /// <summary>§21.2.3.4.1 ThisBigIntValue.</summary>
    private static BigInteger ThisBigIntValue(in JsValue value, string method)
    {
        if (value.IsBigInt) return value.AsBigInt;
        if (value.Ref is JsPrimitiveObject p && value.IsObject && p.PrimitiveValue.IsBigInt) return p.PrimitiveValue.AsBigInt;
        return JsException.ThrowTypeError<BigInteger>($"BigInt.prototype.{method} requires that 'this' be a BigInt");
    }

    // 21.2.3.2 BigInt.prototype.toLocaleString ( [ reserved1 [ , reserved2 ] ] )
    private static JsValue ToLocaleString(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
        => NumberConversions.BigIntToString(ThisBigIntValue(thisValue, "toLocaleString"), 10);

    // 21.2.3.3 BigInt.prototype.toString ( [ radix ] )
    private static JsValue ToString(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var x = ThisBigIntValue(thisValue, "toString");
        var radix = Builtin.Arg(args, 0);
        double radixMV = radix.IsUndefined ? 10 : Operations.ToIntegerOrInfinity(radix);
        if (radixMV < 2 || radixMV > 36) JsException.ThrowRangeError("toString() radix must be between 2 and 36");
        return NumberConversions.BigIntToString(x, (int)radixMV);
    }

    // 21.2.3.4 BigInt.prototype.valueOf ( )
    private static JsValue ValueOf(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
        => JsValue.FromBigInt(ThisBigIntValue(thisValue, "valueOf"));
}
