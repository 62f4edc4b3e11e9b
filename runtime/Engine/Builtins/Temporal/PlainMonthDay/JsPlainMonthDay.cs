using System;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins.Temporal;

/// <summary>A Temporal.PlainMonthDay instance: its internal slots (Temporal proposal, "Properties of Temporal.PlainMonthDay Instances").</summary>
public sealed class JsPlainMonthDay(JsObject? prototype, IsoDate isoDate, string calendar) : JsObject(prototype)
{
    /// <summary>[[ISODate]]: the reference year is 1972 for the ISO calendar.</summary>
    public IsoDate IsoDate { get; } = isoDate;
    public string Calendar { get; } = calendar;
    public override string ClassName => "Temporal.PlainMonthDay";

    /// <summary>Creates an instance with the given slots; prototype from newTarget (GetPrototypeFromConstructor) or the realm's intrinsic.
    /// The caller has validated the slot values.</summary>
    public static JsPlainMonthDay Create(Realm realm, IsoDate isoDate, string calendar, JsObject? newTarget = null)
    {
        var proto = newTarget == null ? realm.TemporalPlainMonthDayPrototype : Library.PrototypeFromConstructor(newTarget, static r => r.TemporalPlainMonthDayPrototype, realm);
        return new JsPlainMonthDay(proto, isoDate, calendar);
    }
}
