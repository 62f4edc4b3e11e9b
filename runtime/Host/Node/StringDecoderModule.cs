using Aot.Engine.Objects;

namespace Aot.Runtime.Node;

/// <summary>`node:string_decoder` (Scripts/string_decoder.js).</summary>
public static class StringDecoderModule
{
    public static JsObject CreateExports(Realm realm)
        => NodeInternals.Of(realm).Shared("string_decoder", static r => NodeScripts.Run(r, "string_decoder.js").AsObject());
}
