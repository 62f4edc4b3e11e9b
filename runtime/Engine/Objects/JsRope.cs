using System;
using System.Collections.Generic;

namespace Aot.Engine.Objects;

/// <summary>
/// A string made by concatenation and not yet read character by character: `s += piece` in a loop
/// costs O(1) per step instead of copying the whole string each time (which made building a 10 MB
/// string quadratic). Lives in <see cref="JsValue.Ref"/> with the String tag; <see cref="JsValue.AsString"/>
/// flattens it once (the flat string is kept and the children dropped), and
/// <see cref="JsValue.StringLength"/> answers `length` without flattening.
/// </summary>
public sealed class JsRope
{
    /// <summary>Concatenations shorter than this copy at once: small strings gain nothing from a tree.</summary>
    internal const int MinLength = 256;

    /// <summary>V8's limit (2^29 - 24 UTF-16 units), kept so scripts fail the same way and well before .NET's.</summary>
    public const int MaxStringLength = (1 << 29) - 24;

    private object? left;   // string or JsRope; null once flattened
    private object? right;
    private string? flat;

    public int Length { get; }

    private JsRope(object left, object right, int length)
    {
        this.left = left;
        this.right = right;
        Length = length;
    }

    /// <summary>The + operator on two strings (each a string or a rope), ECMA-262 §13.15.3 step 1.c.</summary>
    public static JsValue Concat(object left, object right)
    {
        int leftLength = LengthOf(left), rightLength = LengthOf(right);
        if (leftLength == 0) return JsValue.FromStringOrRope(right);
        if (rightLength == 0) return JsValue.FromStringOrRope(left);
        long length = (long)leftLength + rightLength;
        if (length > MaxStringLength) JsException.ThrowRangeError("Invalid string length");
        if (length < MinLength) return JsValue.FromString(string.Concat(Flat(left), Flat(right)));
        return JsValue.FromStringOrRope(new JsRope(left, right, (int)length));
    }

    public static int LengthOf(object stringOrRope) => stringOrRope is string s ? s.Length : ((JsRope)stringOrRope).Length;

    private static string Flat(object stringOrRope) => stringOrRope as string ?? ((JsRope)stringOrRope).Flatten();

    /// <summary>The characters, computed once. Iterative: a chain of a million `+=` must not recurse.</summary>
    public string Flatten()
    {
        if (flat != null) return flat;
        flat = string.Create(Length, this, static (span, root) =>
        {
            // Fill from the end: pop a node; leaves are copied just before what is already written.
            var pending = new Stack<object>();
            pending.Push(root.left!);
            pending.Push(root.right!);
            int end = span.Length;
            while (pending.Count > 0)
            {
                object node = pending.Pop();
                if (node is string s) { end -= s.Length; s.CopyTo(span[end..]); continue; }
                var rope = (JsRope)node;
                if (rope.flat != null) { end -= rope.flat.Length; rope.flat.CopyTo(span[end..]); continue; }
                pending.Push(rope.left!);
                pending.Push(rope.right!);
            }
        });
        left = right = null;
        return flat;
    }

    public override string ToString() => Flatten();
}
