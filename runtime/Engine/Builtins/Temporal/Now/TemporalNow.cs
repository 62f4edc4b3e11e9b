using System;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins.Temporal;

/// <summary>The Temporal.Now object. SCAFFOLD: replaced by the owner of Now/.</summary>
internal static class TemporalNow
{
    public static JsObject Create(Realm realm)
    {
        var now = new JsObject(realm.ObjectPrototype);
        Library.ToStringTag(now, "Temporal.Now");
        return now;
    }
}
