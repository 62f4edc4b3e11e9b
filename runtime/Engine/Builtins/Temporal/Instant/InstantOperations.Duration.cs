using System;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins.Temporal;

// Temporal §8.5 the operations of Temporal.Instant that take or make a Temporal.Duration.
internal static partial class InstantOperations
{
    public static JsDuration DifferenceTemporalInstant(Realm realm, DifferenceOperation operation, JsInstant instant, in JsValue otherValue, in JsValue options)
        => JsException.ThrowTypeError<JsDuration>("Temporal.Instant: until/since need Temporal.Duration (not merged yet)");

    public static JsInstant AddDurationToInstant(Realm realm, bool subtract, JsInstant instant, in JsValue temporalDurationLike)
        => JsException.ThrowTypeError<JsInstant>("Temporal.Instant: add/subtract need Temporal.Duration (not merged yet)");
}
