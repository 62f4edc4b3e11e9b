using System;
using Aot.Engine.Objects;

namespace Aot.Runtime.Node;

/// <summary>`node:url`.</summary>
public static class UrlModule
{
    public static JsObject CreateExports(Realm realm)
        => NodeInternals.Of(realm).Shared("url", static r => NodeScripts.Run(r, "url.js").AsObject());
}
