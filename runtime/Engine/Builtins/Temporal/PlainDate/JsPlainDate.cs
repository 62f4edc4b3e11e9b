using System;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins.Temporal;

/// <summary>A Temporal.PlainDate instance: its internal slots (Temporal proposal, "Properties of Temporal.PlainDate Instances").</summary>
public sealed class JsPlainDate(JsObject? prototype, IsoDate isoDate, string calendar) : JsObject(prototype)
{
    public IsoDate IsoDate { get; } = isoDate;
    public string Calendar { get; } = calendar;
    public override string ClassName => "Temporal.PlainDate";

    /// <summary>Creates an instance with the given slots; prototype from newTarget (GetPrototypeFromConstructor) or the realm's intrinsic.
    /// The caller has validated the slot values.</summary>
    public static JsPlainDate Create(Realm realm, IsoDate isoDate, string calendar, JsObject? newTarget = null)
    {
        var proto = newTarget == null ? realm.TemporalPlainDatePrototype : Library.PrototypeFromConstructor(newTarget, static r => r.TemporalPlainDatePrototype, realm);
        return new JsPlainDate(proto, isoDate, calendar);
    }
}
