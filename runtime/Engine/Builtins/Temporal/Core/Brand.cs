using Aot.Engine.Objects;

namespace Aot.Engine.Builtins.Temporal;

/// <summary>
/// RequireInternalSlot for the Temporal types: every prototype method and getter starts with
/// "Perform ? RequireInternalSlot(thisValue, [[InitializedTemporalX]])", a TypeError for anything else.
/// </summary>
public static class Brand
{
    /// <summary>Returns <paramref name="thisValue"/> as a <typeparamref name="T"/> (JsPlainTime, JsDuration...), or throws
    /// "TypeError: <paramref name="method"/> called on incompatible receiver". Pass the full method name,
    /// e.g. "Temporal.PlainTime.prototype.add".</summary>
    public static T This<T>(in JsValue thisValue, string method) where T : JsObject
    {
        if (thisValue.IsObject && thisValue.AsObject() is T t) return t;
        return JsException.ThrowTypeError<T>($"{method} called on incompatible receiver {Operations.DescribeForError(thisValue)}");
    }
}
