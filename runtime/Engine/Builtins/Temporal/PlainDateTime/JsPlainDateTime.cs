using System;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins.Temporal;

/// <summary>A Temporal.PlainDateTime instance: its internal slots (Temporal proposal, "Properties of Temporal.PlainDateTime Instances").</summary>
public sealed class JsPlainDateTime(JsObject? prototype, IsoDateTime isoDateTime, string calendar) : JsObject(prototype)
{
    public IsoDateTime IsoDateTime { get; } = isoDateTime;
    public string Calendar { get; } = calendar;
    public override string ClassName => "Temporal.PlainDateTime";

    /// <summary>Creates an instance with the given slots; prototype from newTarget (GetPrototypeFromConstructor) or the realm's intrinsic.
    /// The caller has validated the slot values.</summary>
    public static JsPlainDateTime Create(Realm realm, IsoDateTime isoDateTime, string calendar, JsObject? newTarget = null)
    {
        var proto = newTarget == null ? realm.TemporalPlainDateTimePrototype : Library.PrototypeFromConstructor(newTarget, static r => r.TemporalPlainDateTimePrototype, realm);
        return new JsPlainDateTime(proto, isoDateTime, calendar);
    }
}
