using Aot.Engine.Objects;

namespace Aot.Engine.Builtins;

/// <summary>Uint8Array to and from base64 and hex (ECMA-262 §23.3).</summary>
internal static partial class Uint8ArrayBase64
{
    public static void Install(Realm realm, JsFunction ctor, JsObject proto)
    {
    }
}
