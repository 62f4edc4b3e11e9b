using Aot.Engine.Objects;

namespace Aot.Engine.Builtins;

/// <summary>An object with a [[DataView]] internal slot (ECMA-262 §25.3): a window on
/// [[ViewedArrayBuffer]] from [[ByteOffset]], of a fixed [[ByteLength]] or length-tracking ("auto").</summary>
public sealed class JsDataView(JsObject? prototype) : JsObject(prototype)
{
    internal JsArrayBuffer Buffer = null!;
    internal int ByteOffset;
    internal int FixedByteLength;
    internal bool LengthTracking;

    public override string ClassName => "DataView";

    /// <summary>For hosts (inspection): the buffer, and the offset and length (0 when out of bounds).</summary>
    public JsArrayBuffer ViewedBuffer => Buffer;
    public int ViewByteOffset => IsOutOfBounds ? 0 : ByteOffset;
    public int ViewByteLengthOrZero => IsOutOfBounds ? 0 : ViewByteLength;

    /// <summary>§25.3.1.3 IsViewOutOfBounds (also true when detached).</summary>
    internal bool IsOutOfBounds
    {
        get
        {
            if (Buffer.Detached) return true;
            int bufferByteLength = Buffer.ByteLength;
            if (ByteOffset > bufferByteLength) return true;
            return !LengthTracking && (long)ByteOffset + FixedByteLength > bufferByteLength;
        }
    }

    /// <summary>§25.3.1.2 GetViewByteLength (the caller checked bounds).</summary>
    internal int ViewByteLength => LengthTracking ? Buffer.ByteLength - ByteOffset : FixedByteLength;
}
