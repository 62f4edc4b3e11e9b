namespace Aot.Engine.Objects;

// The Temporal part of the realm: the prototypes GetPrototypeFromConstructor falls back to. The
// Temporal namespace is created on first use (Realm.Deferred.cs); reading a prototype here creates it,
// so code that reaches Temporal without the global (Date.prototype.toTemporalInstant) finds it.
public sealed partial class Realm
{
    private JsObject? temporalDurationPrototype;
    internal JsObject TemporalDurationPrototype { get { TemporalFamily?.Ensure(); return temporalDurationPrototype!; } set => temporalDurationPrototype = value; }
    private JsObject? temporalInstantPrototype;
    internal JsObject TemporalInstantPrototype { get { TemporalFamily?.Ensure(); return temporalInstantPrototype!; } set => temporalInstantPrototype = value; }
    private JsObject? temporalPlainDatePrototype;
    internal JsObject TemporalPlainDatePrototype { get { TemporalFamily?.Ensure(); return temporalPlainDatePrototype!; } set => temporalPlainDatePrototype = value; }
    private JsObject? temporalPlainDateTimePrototype;
    internal JsObject TemporalPlainDateTimePrototype { get { TemporalFamily?.Ensure(); return temporalPlainDateTimePrototype!; } set => temporalPlainDateTimePrototype = value; }
    private JsObject? temporalPlainMonthDayPrototype;
    internal JsObject TemporalPlainMonthDayPrototype { get { TemporalFamily?.Ensure(); return temporalPlainMonthDayPrototype!; } set => temporalPlainMonthDayPrototype = value; }
    private JsObject? temporalPlainTimePrototype;
    internal JsObject TemporalPlainTimePrototype { get { TemporalFamily?.Ensure(); return temporalPlainTimePrototype!; } set => temporalPlainTimePrototype = value; }
    private JsObject? temporalPlainYearMonthPrototype;
    internal JsObject TemporalPlainYearMonthPrototype { get { TemporalFamily?.Ensure(); return temporalPlainYearMonthPrototype!; } set => temporalPlainYearMonthPrototype = value; }
    private JsObject? temporalZonedDateTimePrototype;
    internal JsObject TemporalZonedDateTimePrototype { get { TemporalFamily?.Ensure(); return temporalZonedDateTimePrototype!; } set => temporalZonedDateTimePrototype = value; }
}
