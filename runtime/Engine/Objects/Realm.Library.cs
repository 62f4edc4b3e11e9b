using System;
using Aot.Engine.Builtins.Date;

namespace Aot.Engine.Objects;

// The standard-library part of the realm: intrinsics of Date, Map, Set, WeakMap, WeakSet, and
// the two things Date needs from the host (the engine does no I/O): the local time zone and a clock.
public sealed partial class Realm
{
    private Func<LocalTimeZone>? localTimeZoneProvider;
    private LocalTimeZone? localTimeZone;

    /// <summary>
    /// Supplies the local time zone the first time Date needs it (so scripts that never touch Date
    /// never read the tz database). Setting it forgets a zone already resolved. Null: UTC.
    /// </summary>
    public Func<LocalTimeZone>? LocalTimeZoneProvider
    {
        get => localTimeZoneProvider;
        set { localTimeZoneProvider = value; localTimeZone = null; }
    }

    /// <summary>The local time zone of §21.4.1.25 LocalTZA; UTC unless the host provides one.</summary>
    public LocalTimeZone LocalTimeZone
    {
        get => localTimeZone ??= localTimeZoneProvider?.Invoke() ?? LocalTimeZone.UtcZone;
        set => localTimeZone = value;
    }

    /// <summary>
    /// The current time in milliseconds since the epoch (Date.now, new Date()). The host injects
    /// its clock here; the default reads <see cref="DateTimeOffset.UtcNow"/>, which is no I/O but
    /// is documented here as the one place the engine looks at the system.
    /// </summary>
    public Func<double> Clock { get; set; } = static () => DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();

    // Date, the keyed collections and the weak references are created on first use (LazyIntrinsics):
    // each property here creates its family first.
    internal LazyIntrinsics? DateFamily, CollectionFamily, WeakRefFamily;

    private JsObject datePrototype = null!, mapPrototype = null!, setPrototype = null!, weakMapPrototype = null!, weakSetPrototype = null!;
    private JsObject mapIteratorPrototype = null!, setIteratorPrototype = null!, weakRefPrototype = null!, finalizationRegistryPrototype = null!;
    private JsFunction mapConstructor = null!, setConstructor = null!;

    public JsObject DatePrototype { get { DateFamily?.Ensure(); return datePrototype; } internal set => datePrototype = value; }
    public JsObject MapPrototype { get { CollectionFamily?.Ensure(); return mapPrototype; } internal set => mapPrototype = value; }
    public JsObject SetPrototype { get { CollectionFamily?.Ensure(); return setPrototype; } internal set => setPrototype = value; }
    internal JsObject WeakMapPrototype { get { CollectionFamily?.Ensure(); return weakMapPrototype; } set => weakMapPrototype = value; }
    internal JsObject WeakSetPrototype { get { CollectionFamily?.Ensure(); return weakSetPrototype; } set => weakSetPrototype = value; }
    internal JsObject MapIteratorPrototype { get { CollectionFamily?.Ensure(); return mapIteratorPrototype; } set => mapIteratorPrototype = value; }
    internal JsObject SetIteratorPrototype { get { CollectionFamily?.Ensure(); return setIteratorPrototype; } set => setIteratorPrototype = value; }
    internal JsObject WeakRefPrototype { get { WeakRefFamily?.Ensure(); return weakRefPrototype; } set => weakRefPrototype = value; }
    internal JsObject FinalizationRegistryPrototype { get { WeakRefFamily?.Ensure(); return finalizationRegistryPrototype; } set => finalizationRegistryPrototype = value; }
    internal JsFunction MapConstructor { get { CollectionFamily?.Ensure(); return mapConstructor; } set => mapConstructor = value; }
    internal JsFunction SetConstructor { get { CollectionFamily?.Ensure(); return setConstructor; } set => setConstructor = value; }
}
