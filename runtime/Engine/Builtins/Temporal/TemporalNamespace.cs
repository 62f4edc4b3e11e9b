using Aot.Engine.Objects;

namespace Aot.Engine.Builtins.Temporal;

/// <summary>The Temporal namespace object (Temporal proposal §1): the constructors and Temporal.Now.</summary>
internal static class TemporalNamespace
{
    public static JsObject Create(Realm realm)
    {
        var ns = new JsObject(realm.ObjectPrototype);
        Define(ns, "Duration", DurationConstructor.Create(realm));
        Define(ns, "Instant", InstantConstructor.Create(realm));
        Define(ns, "Now", TemporalNow.Create(realm));
        Define(ns, "PlainDate", PlainDateConstructor.Create(realm));
        Define(ns, "PlainDateTime", PlainDateTimeConstructor.Create(realm));
        Define(ns, "PlainMonthDay", PlainMonthDayConstructor.Create(realm));
        Define(ns, "PlainTime", PlainTimeConstructor.Create(realm));
        Define(ns, "PlainYearMonth", PlainYearMonthConstructor.Create(realm));
        Define(ns, "ZonedDateTime", ZonedDateTimeConstructor.Create(realm));
        Library.ToStringTag(ns, "Temporal");
        return ns;
    }

    private static void Define(JsObject target, string name, JsObject value)
        => target.AddProperty(name, JsValue.FromObject(value), PropertyFlags.Hidden);
}
