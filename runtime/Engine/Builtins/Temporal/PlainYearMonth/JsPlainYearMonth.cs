using System;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins.Temporal;

/// <summary>A Temporal.PlainYearMonth instance: its internal slots (Temporal proposal, "Properties of Temporal.PlainYearMonth Instances").</summary>
public sealed class JsPlainYearMonth(JsObject? prototype, IsoDate isoDate, string calendar) : JsObject(prototype)
{
    /// <summary>[[ISODate]]: the reference day is 1 for the ISO calendar.</summary>
    public IsoDate IsoDate { get; } = isoDate;
    public string Calendar { get; } = calendar;
    public override string ClassName => "Temporal.PlainYearMonth";

    /// <summary>Creates an instance with the given slots; prototype from newTarget (GetPrototypeFromConstructor) or the realm's intrinsic.
    /// The caller has validated the slot values.</summary>
    public static JsPlainYearMonth Create(Realm realm, IsoDate isoDate, string calendar, JsObject? newTarget = null)
    {
        var proto = newTarget == null ? realm.TemporalPlainYearMonthPrototype : Library.PrototypeFromConstructor(newTarget, static r => r.TemporalPlainYearMonthPrototype, realm);
        return new JsPlainYearMonth(proto, isoDate, calendar);
    }
}
