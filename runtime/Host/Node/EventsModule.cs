using Aot.Engine.Objects;

namespace Aot.Runtime.Node;

/// <summary>
/// `node:events`: the module is the EventEmitter constructor itself (with `.EventEmitter`, `once`,
/// `on`, `defaultMaxListeners`, ...), written in JS (Scripts/events.js) and compiled on first use.
/// One class per realm, so `tty` streams and user subclasses share it.
/// </summary>
public static class EventsModule
{
    public static JsObject CreateExports(Realm realm)
        => NodeInternals.Of(realm).Shared("events", static r => NodeScripts.Run(r, "events.js").AsObject());
}
