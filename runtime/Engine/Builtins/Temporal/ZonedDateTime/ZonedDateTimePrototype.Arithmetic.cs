using System;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins.Temporal;

// Temporal §6.3: with, withPlainTime, add, subtract, until, since.
internal static partial class ZonedDateTimePrototype
{
    private static JsValue NotYet(in JsValue thisValue, string method)
    {
        This(thisValue, method);
        return JsException.ThrowTypeError<JsValue>($"Temporal.ZonedDateTime.prototype.{method} is not implemented yet");
    }

    private static JsValue With(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget) => NotYet(thisValue, "with");
    private static JsValue WithPlainTime(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget) => NotYet(thisValue, "withPlainTime");
    private static JsValue Add(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget) => NotYet(thisValue, "add");
    private static JsValue Subtract(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget) => NotYet(thisValue, "subtract");
    private static JsValue Until(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget) => NotYet(thisValue, "until");
    private static JsValue Since(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget) => NotYet(thisValue, "since");
}
