using System;
using System.Numerics;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins.Temporal;

/// <summary>Temporal §8.5 Abstract Operations of Temporal.Instant.</summary>
internal static class InstantOperations
{
    // Temporal §8.5.1 IsValidEpochNanoseconds
    public static bool IsValidEpochNanoseconds(BigInteger epochNanoseconds)
        => epochNanoseconds >= (BigInteger)TemporalLimits.MinEpochNanoseconds && epochNanoseconds <= (BigInteger)TemporalLimits.MaxEpochNanoseconds;

    public static bool IsValidEpochNanoseconds(Int128 epochNanoseconds)
        => epochNanoseconds >= TemporalLimits.MinEpochNanoseconds && epochNanoseconds <= TemporalLimits.MaxEpochNanoseconds;

    // Temporal §8.5.4 CompareEpochNanoseconds
    public static int CompareEpochNanoseconds(Int128 one, Int128 two) => one > two ? 1 : one < two ? -1 : 0;

    // Temporal §8.5.3 ToTemporalInstant ( item )
    public static JsInstant ToTemporalInstant(Realm realm, in JsValue item)
    {
        var value = item;
        if (item.IsObject)
        {
            var obj = item.AsObject();
            if (obj is JsInstant instant) return instant;
            if (obj is JsZonedDateTime zoned) return JsInstant.Create(realm, zoned.EpochNanoseconds);
            // NOTE: ToPrimitive lets Instant-like objects convert through their toString.
            value = Operations.ToPrimitive(item, PreferredType.String);
        }
        if (!value.IsString) JsException.ThrowTypeError($"Temporal.Instant: cannot convert {Operations.DescribeForError(value)} to an Instant");
        return JsException.ThrowTypeError<JsInstant>("Temporal.Instant: string parsing is not implemented yet");
    }
}
