using System;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins.Temporal;

/// <summary>A Temporal.ZonedDateTime instance: its internal slots (Temporal proposal, "Properties of Temporal.ZonedDateTime Instances").</summary>
public sealed class JsZonedDateTime(JsObject? prototype, Int128 epochNanoseconds, string timeZone, string calendar) : JsObject(prototype)
{
    public Int128 EpochNanoseconds { get; } = epochNanoseconds;
    /// <summary>[[TimeZone]]: an available named time zone identifier (case as given by the database) or an offset "±HH:MM".</summary>
    public string TimeZone { get; } = timeZone;
    public string Calendar { get; } = calendar;
    public override string ClassName => "Temporal.ZonedDateTime";

    /// <summary>Creates an instance with the given slots; prototype from newTarget (GetPrototypeFromConstructor) or the realm's intrinsic.
    /// The caller has validated the slot values.</summary>
    public static JsZonedDateTime Create(Realm realm, Int128 epochNanoseconds, string timeZone, string calendar, JsObject? newTarget = null)
    {
        var proto = newTarget == null ? realm.TemporalZonedDateTimePrototype : Library.PrototypeFromConstructor(newTarget, static r => r.TemporalZonedDateTimePrototype, realm);
        return new JsZonedDateTime(proto, epochNanoseconds, timeZone, calendar);
    }
}
