using Aot.Engine.Builtins.Temporal;

namespace Aot.Engine.Objects;

// Temporal's named time zones come from the host (the engine does no I/O).
public sealed partial class Realm
{
    /// <summary>The tz database Temporal resolves named time zones in ("Europe/Berlin"); set by the host
    /// (NodeHost, the test262 runner). Null: only "UTC" is available.</summary>
    public TimeZoneDatabase? NamedTimeZones { get; set; }
}
