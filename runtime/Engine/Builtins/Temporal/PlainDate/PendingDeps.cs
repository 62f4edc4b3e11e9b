using System;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins.Temporal;

/// <summary>
/// TEMPORARY: CreateTemporalDateTime (t-instant's PlainDateTime) until that branch lands; the call site switches to the
/// real operation on merge and this file goes away.
/// </summary>
internal static class PendingDeps
{
    public static JsPlainDateTime CreateTemporalDateTime(Realm realm, IsoDateTime isoDateTime, string calendar)
        => JsException.ThrowTypeError<JsPlainDateTime>("Temporal: CreateTemporalDateTime is not implemented yet");
}
