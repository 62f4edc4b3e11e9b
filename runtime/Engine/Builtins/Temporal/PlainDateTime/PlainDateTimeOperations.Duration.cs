using System;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins.Temporal;

// Temporal §5.5 the operations of Temporal.PlainDateTime that take or make a Temporal.Duration.
internal static partial class PlainDateTimeOperations
{
    public static JsDuration DifferenceTemporalPlainDateTime(Realm realm, DifferenceOperation operation, JsPlainDateTime dateTime, in JsValue otherValue, in JsValue options)
        => JsException.ThrowTypeError<JsDuration>("Temporal.PlainDateTime: until/since need Temporal.Duration (not merged yet)");

    public static JsPlainDateTime AddDurationToDateTime(Realm realm, bool subtract, JsPlainDateTime dateTime, in JsValue temporalDurationLike, in JsValue options)
        => JsException.ThrowTypeError<JsPlainDateTime>("Temporal.PlainDateTime: add/subtract need Temporal.Duration (not merged yet)");
}
