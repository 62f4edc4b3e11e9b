using System;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins.Temporal;

// Temporal §5.5 the operations of Temporal.PlainDateTime that read calendar fields (property bags, with()).
internal static partial class PlainDateTimeOperations
{
    private static JsPlainDateTime DateTimeFromPropertyBag(Realm realm, JsObject obj, in JsValue options)
        => JsException.ThrowTypeError<JsPlainDateTime>("Temporal.PlainDateTime: property bags need the calendar fields (not merged yet)");
}
