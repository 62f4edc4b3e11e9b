namespace Aot.Engine.Objects;

// The Temporal part of the realm: the prototypes GetPrototypeFromConstructor falls back to.
public sealed partial class Realm
{
    internal JsObject TemporalDurationPrototype { get; set; } = null!;
    internal JsObject TemporalInstantPrototype { get; set; } = null!;
    internal JsObject TemporalPlainDatePrototype { get; set; } = null!;
    internal JsObject TemporalPlainDateTimePrototype { get; set; } = null!;
    internal JsObject TemporalPlainMonthDayPrototype { get; set; } = null!;
    internal JsObject TemporalPlainTimePrototype { get; set; } = null!;
    internal JsObject TemporalPlainYearMonthPrototype { get; set; } = null!;
    internal JsObject TemporalZonedDateTimePrototype { get; set; } = null!;
}
