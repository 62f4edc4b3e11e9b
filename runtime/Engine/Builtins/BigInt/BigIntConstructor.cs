using System;
using Aot.Engine.Builtins.Number;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins;

/// <summary>ECMA-262 §21.2.1 The BigInt Constructor and §21.2.2 its properties (asIntN, asUintN).</summary>
internal static class BigIntConstructor
{
    public static JsFunction Create(Realm realm)
    {
        BigIntPrototype.Install(realm);
        var ctor = Builtin.Constructor(realm, "BigInt", 1, Construct, realm.BigIntPrototype);
        Builtin.DefineMethods(realm, ctor, [new("asIntN", 2, AsIntN), new("asUintN", 2, AsUintN)]);
        return ctor;
    }

    // 21.2.1.1 BigInt ( value )
    private static JsValue Construct(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        if (newTarget != null) JsException.ThrowTypeError("BigInt is not a constructor");             // Step 1.
        var prim = Operations.ToPrimitive(Builtin.Arg(args, 0), PreferredType.Number);               // Step 2.
        if (prim.IsNumber) return JsValue.FromBigInt(NumberConversions.NumberToBigInt(prim.Number)); // Step 3.
        return JsValue.FromBigInt(BigIntOperations.ToBigInt(prim));                                   // Step 4.
    }

    // 21.2.2.1 BigInt.asIntN ( bits, bigint )
    private static JsValue AsIntN(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        double bits = ArrayBufferConstructor.ToIndex(Builtin.Arg(args, 0));
        var bigint = BigIntOperations.ToBigInt(Builtin.Arg(args, 1));
        return JsValue.FromBigInt(NumberConversions.AsIntN((ulong)bits, bigint));
    }

    // 21.2.2.2 BigInt.asUintN ( bits, bigint )
    private static JsValue AsUintN(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        double bits = ArrayBufferConstructor.ToIndex(Builtin.Arg(args, 0));
        var bigint = BigIntOperations.ToBigInt(Builtin.Arg(args, 1));
        return JsValue.FromBigInt(NumberConversions.AsUintN((ulong)bits, bigint));
    }
}
