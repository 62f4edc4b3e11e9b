using Aot.Engine.Objects;

namespace Aot.Engine.Builtins;

/// <summary>An object with a [[DateValue]] internal slot (ECMA-262 §21.4): a time value or NaN.</summary>
public sealed class JsDateObject(JsObject? prototype, double timeValue) : JsObject(prototype)
{
    public double TimeValue { get; set; } = timeValue;

    public override string ClassName => "Date";
}
