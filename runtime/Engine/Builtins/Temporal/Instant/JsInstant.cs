using System;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins.Temporal;

/// <summary>A Temporal.Instant instance: its internal slots (Temporal proposal, "Properties of Temporal.Instant Instances").</summary>
public sealed class JsInstant(JsObject? prototype, Int128 epochNanoseconds) : JsObject(prototype)
{
    public Int128 EpochNanoseconds { get; } = epochNanoseconds;
    public override string ClassName => "Temporal.Instant";

    /// <summary>Creates an instance with the given slots; prototype from newTarget (GetPrototypeFromConstructor) or the realm's intrinsic.
    /// The caller has validated the slot values.</summary>
    public static JsInstant Create(Realm realm, Int128 epochNanoseconds, JsObject? newTarget = null)
    {
        var proto = newTarget == null ? realm.TemporalInstantPrototype : Library.PrototypeFromConstructor(newTarget, static r => r.TemporalInstantPrototype, realm);
        return new JsInstant(proto, epochNanoseconds);
    }
}
