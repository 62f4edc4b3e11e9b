using System;
using System.Numerics;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins.Temporal;

/// <summary>Temporal §14.1 Date.prototype.toTemporalInstant ( ), installed with %Date.prototype% (which may be
/// created before or without the Temporal namespace: the two families are created on first use).</summary>
internal static class DateToTemporalInstant
{
    public static void Install(Realm realm, JsObject datePrototype)
    {
        datePrototype.AddProperty("toTemporalInstant", Library.Fn(realm, "toTemporalInstant", 0, ToTemporalInstant), PropertyFlags.Hidden);
    }

    private static JsValue ToTemporalInstant(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        // 1-2. Let dateObject be the this value; RequireInternalSlot(dateObject, [[DateValue]]).
        if (thisValue.Ref is not JsDateObject date || !thisValue.IsObject)
            return JsException.ThrowTypeError<JsValue>($"Date.prototype.toTemporalInstant called on incompatible receiver {Operations.DescribeForError(thisValue)}");
        // 3-4. Let t be dateObject.[[DateValue]]; Let ns be ? NumberToBigInt(t) × ℤ(10^6).
        double t = date.TimeValue;
        if (double.IsNaN(t)) JsException.ThrowRangeError("Date.prototype.toTemporalInstant: invalid date");
        return JsInstant.Create(realm, (Int128)(new BigInteger(t) * 1_000_000));
    }
}
