using Aot.Engine.Objects;

namespace Aot.Runtime.Node;

/// <summary>`node:readline` and `node:readline/promises` (Scripts/readline.js, over node:stream).</summary>
public static class ReadlineModule
{
    public static JsObject CreateExports(Realm realm)
        => NodeInternals.Of(realm).Shared("readline", static r => NodeScripts.Run(r, "readline.js").AsObject());

    public static JsObject CreatePromisesExports(Realm realm)
        => CreateExports(realm).Get("promises").AsObject();
}
