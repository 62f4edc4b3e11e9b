using System;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins.Temporal;

/// <summary>A Temporal.PlainTime instance: its internal slots (Temporal proposal, "Properties of Temporal.PlainTime Instances").</summary>
public sealed class JsPlainTime(JsObject? prototype, IsoTime time) : JsObject(prototype)
{
    public IsoTime Time { get; } = time;
    public override string ClassName => "Temporal.PlainTime";

    /// <summary>Creates an instance with the given slots; prototype from newTarget (GetPrototypeFromConstructor) or the realm's intrinsic.
    /// The caller has validated the slot values.</summary>
    public static JsPlainTime Create(Realm realm, IsoTime time, JsObject? newTarget = null)
    {
        var proto = newTarget == null ? realm.TemporalPlainTimePrototype : Library.PrototypeFromConstructor(newTarget, static r => r.TemporalPlainTimePrototype, realm);
        return new JsPlainTime(proto, time);
    }
}
