namespace Aot.Engine.Objects;

/// <summary>ECMA-262 §10.4.7 Immutable prototype exotic objects (%Object.prototype%): [[SetPrototypeOf]]
/// only succeeds when the prototype does not change.</summary>
public sealed class JsImmutablePrototypeObject(JsObject? prototype) : JsObject(prototype)
{
    // 10.4.7.1 [[SetPrototypeOf]] ( V ) with 10.4.7.2 SetImmutablePrototype.
    public override bool SetPrototypeOf(JsObject? value) => ReferenceEquals(value, GetPrototypeOf());
}
