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
        var depth = NodeObjects.Option(options, "depth");
        if (depth.IsNumber && depth.Number < 0 && value.IsObject && !value.IsCallable)
        {
            var o = value.AsObject();
            var ctor = o.Get("constructor");
            string name = ctor.IsObject && ctor.AsObject().Get("name") is { IsString: true } n && n.AsString().Length > 0 ? n.AsString() : "Object";
            return "[" + (o is JsArray ? "Array" : name) + "]";
        }
        return Inspector.Inspect(value, ReadOptions(options));
    }

    /// <summary>The inspect options the Inspector knows (showHidden, depth, colors, breakLength,
    /// compact as a number or false, maxArrayLength); null and Infinity mean unlimited.</summary>
    private static InspectOptions ReadOptions(in JsValue options)
    {
        var o = InspectOptions.Default;
        if (!options.IsObject) return o;
        static int Limit(in JsValue v, int fallback)
            => v.IsNull ? int.MaxValue : v.IsNumber ? (double.IsNaN(v.Number) ? fallback : v.Number >= int.MaxValue ? int.MaxValue : Math.Max((int)v.Number, 0)) : fallback;
        var showHidden = NodeObjects.Option(options, "showHidden");
        var depth = NodeObjects.Option(options, "depth");
        var colors = NodeObjects.Option(options, "colors");
        var breakLength = NodeObjects.Option(options, "breakLength");
        var compact = NodeObjects.Option(options, "compact");
        var maxArrayLength = NodeObjects.Option(options, "maxArrayLength");
        return o with
        {
            ShowHidden = showHidden.IsBoolean ? showHidden.AsBoolean : o.ShowHidden,
            Depth = Limit(depth, o.Depth),
            Colors = colors.IsBoolean ? colors.AsBoolean : o.Colors,
            BreakLength = Limit(breakLength, o.BreakLength),
            Compact = compact.IsNumber ? Limit(compact, o.Compact) : compact.IsBoolean && !compact.AsBoolean ? 0 : o.Compact,
            MaxArrayLength = Limit(maxArrayLength, o.MaxArrayLength),
        };
    }
}
