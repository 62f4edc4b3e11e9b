using Aot.Engine.Objects;

namespace Aot.Runtime.Node;

/// <summary>`node:assert` (and `assert.strict`, `node:assert/strict`), written in JS (Scripts/assert.js).</summary>
public static class AssertModule
{
    public static JsObject CreateExports(Realm realm)
        => NodeInternals.Of(realm).Shared("assert", static r => NodeScripts.Run(r, "assert.js").AsObject());

    /// <summary>`node:assert/strict`.</summary>
    public static JsObject CreateStrictExports(Realm realm) => CreateExports(realm).Get("strict").AsObject();
}
