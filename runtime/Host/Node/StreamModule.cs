using Aot.Engine.Objects;

namespace Aot.Runtime.Node;

/// <summary>`node:stream` and `node:stream/promises` (Scripts/stream.js): the exports object is the
/// Stream function itself, as in Node, with Readable, Writable, Duplex, Transform, PassThrough,
/// pipeline, finished and `promises` on it.</summary>
public static class StreamModule
{
    public static JsObject CreateExports(Realm realm)
        => NodeInternals.Of(realm).Shared("stream", static r => NodeScripts.Run(r, "stream.js").AsObject());

    public static JsObject CreatePromisesExports(Realm realm)
        => CreateExports(realm).Get("promises").AsObject();
}
