using System;

namespace Aot.Engine.Builtins;

/// <summary>
/// Thrown by the engine-independent numeric and date algorithms exactly where ECMA-262 says
/// "throw a RangeError exception" (for example §21.1.3.3 Number.prototype.toFixed step 5,
/// §7.1.22 ToIndex, §21.4.4.36 Date.prototype.toISOString). It carries only the message: the
/// interpreter catches it at the built-in boundary and throws a JS RangeError with that message
/// from the current realm. Nothing else in these algorithms throws.
/// </summary>
public sealed class RangeErrorException : Exception
{
    public RangeErrorException(string message) : base(message) { }
}
