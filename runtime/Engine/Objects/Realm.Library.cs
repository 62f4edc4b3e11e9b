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

    public JsObject DatePrototype { get; internal set; } = null!;
    public JsObject MapPrototype { get; internal set; } = null!;
    public JsObject SetPrototype { get; internal set; } = null!;
    internal JsObject WeakMapPrototype { get; set; } = null!;
    internal JsObject WeakSetPrototype { get; set; } = null!;
    internal JsObject MapIteratorPrototype { get; set; } = null!;
    internal JsObject SetIteratorPrototype { get; set; } = null!;
    internal JsObject WeakRefPrototype { get; set; } = null!;
    internal JsObject FinalizationRegistryPrototype { get; set; } = null!;
    internal JsFunction MapConstructor { get; set; } = null!;
    internal JsFunction SetConstructor { get; set; } = null!;
}
