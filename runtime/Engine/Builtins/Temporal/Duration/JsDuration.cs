using System;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins.Temporal;

/// <summary>A Temporal.Duration instance: its internal slots (Temporal proposal, "Properties of Temporal.Duration Instances").</summary>
public sealed class JsDuration(JsObject? prototype, double years, double months, double weeks, double days, double hours, double minutes, double seconds, double milliseconds, double microseconds, double nanoseconds) : JsObject(prototype)
{
    // Each field is an integral Number; the owner validates with IsValidDuration before creating one.
    public double Years { get; } = years;
    public double Months { get; } = months;
    public double Weeks { get; } = weeks;
    public double Days { get; } = days;
    public double Hours { get; } = hours;
    public double Minutes { get; } = minutes;
    public double Seconds { get; } = seconds;
    public double Milliseconds { get; } = milliseconds;
    public double Microseconds { get; } = microseconds;
    public double Nanoseconds { get; } = nanoseconds;
    public override string ClassName => "Temporal.Duration";

    /// <summary>Creates an instance with the given slots; prototype from newTarget (GetPrototypeFromConstructor) or the realm's intrinsic.
    /// The caller has validated the slot values.</summary>
    public static JsDuration Create(Realm realm, double years, double months, double weeks, double days, double hours, double minutes, double seconds, double milliseconds, double microseconds, double nanoseconds, JsObject? newTarget = null)
    {
        var proto = newTarget == null ? realm.TemporalDurationPrototype : Library.PrototypeFromConstructor(newTarget, static r => r.TemporalDurationPrototype, realm);
        return new JsDuration(proto, years, months, weeks, days, hours, minutes, seconds, milliseconds, microseconds, nanoseconds);
    }
}
