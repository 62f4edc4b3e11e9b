using Aot.Engine.Objects;

namespace Aot.Runtime.Node;

/// <summary>`node:querystring` (Scripts/querystring.js).</summary>
public static class QuerystringModule
{
    public static JsObject CreateExports(Realm realm)
        => NodeInternals.Of(realm).Shared("querystring", static r => NodeScripts.Run(r, "querystring.js").AsObject());
}
