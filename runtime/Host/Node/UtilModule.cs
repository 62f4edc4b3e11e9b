using System;
using Aot.Engine.Objects;
using Aot.Runtime.Web;

namespace Aot.Runtime.Node;

/// <summary>
/// `node:util` (Scripts/util.js): format/formatWithOptions and inspect are the host's console formatting
/// and Inspector (inspect options other than `depth: -1` are not applied yet), inherits, promisify
/// (with util.promisify.custom), callbackify, deprecate, debuglog, isDeepStrictEqual, types, parseArgs,
/// styleText, stripVTControlCharacters, TextEncoder/TextDecoder, getSystemErrorName and the legacy is* checks.
/// </summary>
public static class UtilModule
{
    public static JsObject CreateExports(Realm realm)
        => NodeInternals.Of(realm).Shared("util", static r => NodeScripts.Run(r, "util.js").AsObject());

    /// <summary>util.inspect(value, options): the host Inspector; `depth: -1` (used by Node's own
    /// messages) shows an object as "[ClassName]".</summary>
    public static JsValue Inspect(Realm realm, in JsValue value, in JsValue options)
    {
        // TEMPORARY with the minimal Buffer: shown as Node does until the inspector knows buffers.
        if (value.Ref is JsBuffer buffer) return BufferModule.Describe(buffer.Bytes);
        var depth = NodeObjects.Option(options, "depth");
        if (depth.IsNumber && depth.Number < 0 && value.IsObject && !value.IsCallable)
        {
            var o = value.AsObject();
            var ctor = o.Get("constructor");
            string name = ctor.IsObject && ctor.AsObject().Get("name") is { IsString: true } n && n.AsString().Length > 0 ? n.AsString() : "Object";
            return "[" + (o is JsArray ? "Array" : name) + "]";
        }
        return Inspector.Inspect(value);
    }
}
