using System;
using System.Diagnostics.CodeAnalysis;

namespace Aot.Engine.Objects;

/// <summary>The native error types of ECMA-262 §20.5.5 plus Error itself.</summary>
public enum ErrorKind : byte { Error, TypeError, RangeError, ReferenceError, SyntaxError, EvalError, URIError }

/// <summary>The constructor name of each <see cref="ErrorKind"/>: Enum.ToString goes through reflection
/// metadata under Native AOT (it was 5% of a start, called for every realm's error intrinsics).</summary>
public static class ErrorKinds
{
    private static readonly string[] Names = ["Error", "TypeError", "RangeError", "ReferenceError", "SyntaxError", "EvalError", "URIError"];

    public static string Name(ErrorKind kind) => Names[(int)kind];
}

/// <summary>
/// Carries a JS exception across native (.NET) code only: built-ins and internal methods throw it,
/// the VM catches it where native code was entered and continues with its handler tables (JS
/// `throw` itself never uses .NET exceptions). A native error (kind + message) is turned into an
/// error object of the current realm, with its stack, where the VM catches it.
/// </summary>
public sealed class JsException : Exception
{
    private JsValue value;
    public ErrorKind Kind { get; }
    public bool IsMaterialized { get; private set; }
    /// <summary>Already unwound through JS frames (its throw site is recorded): a native entry
    /// that catches it again must not record the caller as the site.</summary>
    public bool Propagated { get; set; }

    public JsException(JsValue value) : base("JS exception")
    {
        this.value = value;
        IsMaterialized = true;
    }

    public JsException(ErrorKind kind, string message) : base(message) { Kind = kind; }

    /// <summary>The thrown value; a pending native error becomes an object of <paramref name="realm"/>.</summary>
    public JsValue GetValue(Realm realm)
    {
        if (!IsMaterialized)
        {
            value = JsValue.FromObject(realm.CreateError(Kind, Message));
            IsMaterialized = true;
        }
        return value;
    }

    [DoesNotReturn] public static void ThrowTypeError(string message) => throw new JsException(ErrorKind.TypeError, message);
    [DoesNotReturn] public static void ThrowRangeError(string message) => throw new JsException(ErrorKind.RangeError, message);
    [DoesNotReturn] public static void ThrowReferenceError(string message) => throw new JsException(ErrorKind.ReferenceError, message);
    [DoesNotReturn] public static void ThrowSyntaxError(string message) => throw new JsException(ErrorKind.SyntaxError, message);
    [DoesNotReturn] public static T ThrowTypeError<T>(string message) => throw new JsException(ErrorKind.TypeError, message);
}

/// <summary>The host stopped the script (interrupt flag, instruction budget): JS code cannot catch it.</summary>
public sealed class ScriptTerminatedException(string reason) : Exception(reason);
