using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Aot.Engine.Builtins;
using Aot.Engine.Objects;
using Aot.Runtime.Node;

namespace Aot.Runtime.Web;

/// <summary>
/// Binary data as Node's util.inspect shows it (lib/internal/util/inspect.js formatTypedArray,
/// formatArrayBuffer, and buffer.js Buffer.prototype[inspect.custom]): `Uint8Array(3) [ 1, 2, 3 ]`,
/// `ArrayBuffer { [Uint8Contents]: &lt;01 02&gt;, byteLength: 2 }`, `&lt;Buffer 01 02&gt;`.
/// The DataView and ArrayBuffer keys (byteLength, byteOffset, buffer) are added in FormatRaw.
/// </summary>
public sealed partial class Inspector
{
    /// <summary>Node's `value.length === 0` test before printing an empty typed array: read
    /// through the prototype chain, so a null prototype never reports 0 (Node then prints `[  ]`).</summary>
    private static bool ReportsZeroLength(JsObject value)
    {
        try { return value.Get("length") is { IsNumber: true, Number: 0 }; }
        catch (JsException) { return false; }
    }

    private List<string> FormatTypedArray(JsTypedArray typed, int length, int recurseTimes)
    {
        int maxLength = Math.Min(Math.Max(0, options.MaxArrayLength), length);
        var output = new List<string>(maxLength + 1);
        for (int i = 0; i < maxLength; i++) output.Add(FormatPrimitive(typed.ElementAt(i)));
        int remaining = length - maxLength;
        if (remaining > 0) output.Add("... " + remaining + " more item" + (remaining > 1 ? "s" : ""));
        if (options.ShowHidden)
        {
            // All but BYTES_PER_ELEMENT are getters; the buffer is shown without its contents.
            indentationLvl += 2;
            var buffer = typed.ViewedBuffer;
            output.Add("[BYTES_PER_ELEMENT]: " + FormatValue(typed.BytesPerElement, recurseTimes, typedArray: true));
            output.Add("[length]: " + FormatValue(length, recurseTimes, typedArray: true));
            output.Add("[byteLength]: " + FormatValue(typed.Bytes.Length, recurseTimes, typedArray: true));
            output.Add("[byteOffset]: " + FormatValue(typed.ViewByteOffset, recurseTimes, typedArray: true));
            output.Add("[buffer]: " + FormatValue(buffer, recurseTimes, typedArray: true));
            indentationLvl -= 2;
        }
        return output;
    }

    /// <summary>Node's formatArrayBuffer: at most maxArrayLength bytes in hex.</summary>
    private string FormatArrayBufferContents(JsArrayBuffer buffer)
    {
        if (buffer.IsDetached) return Stylize("(detached)", "special");
        var bytes = buffer.Bytes;
        int shown = Math.Min(Math.Max(0, options.MaxArrayLength), bytes.Length);
        var sb = new StringBuilder();
        AppendHex(sb, bytes[..shown]);
        int remaining = bytes.Length - shown;
        if (remaining > 0) sb.Append(" ... ").Append(remaining).Append(" more byte").Append(remaining > 1 ? "s" : "");
        return Stylize("[Uint8Contents]", "special") + ": <" + sb + ">";
    }

    private static void AppendHex(StringBuilder sb, ReadOnlySpan<byte> bytes)
    {
        for (int i = 0; i < bytes.Length; i++)
        {
            if (i > 0) sb.Append(' ');
            sb.Append(bytes[i].ToString("x2", CultureInfo.InvariantCulture));
        }
    }

    /// <summary>Node's Buffer.prototype[inspect.custom]: `&lt;Buffer 01 02&gt;` (at most 50 bytes),
    /// then the own non-index properties (all of them with showHidden), whatever the depth.</summary>
    private string FormatBuffer(JsTypedArray buffer, int recurseTimes)
    {
        var sb = new StringBuilder(BufferModule.Describe(buffer.Bytes));
        sb.Length--; // the closing '>'
        bool first = true;
        foreach (var key in GetKeys(buffer, skipIndices: true))
        {
            sb.Append(first && buffer.Length == 0 ? "" : ", ");
            first = false;
            sb.Append(FormatProperty(buffer, recurseTimes + 1, key, arrayExtras: false));
        }
        return sb.Append('>').ToString();
    }
}
