using System;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace Aot.Engine.Objects;

/// <summary>ECMA-262 §6.1 language types, plus two internal tags that never reach JS code.</summary>
public enum JsTag : byte
{
    Undefined, Null, Boolean, Number, String, Symbol, BigInt, Object,
    /// <summary>Internal: an uninitialized binding (TDZ) or an array hole.</summary>
    Empty,
    /// <summary>Internal: a VM-only reference (a closure <see cref="Cell"/>, a for-in enumerator) in a register.</summary>
    Internal,
}

/// <summary>
/// A JS value: a tag, a double and an object reference (24 bytes). Numbers and booleans never box.
/// String: <see cref="Ref"/> is a .NET string (UTF-16, like JS) or a <see cref="JsRope"/> made by `+`;
/// every read goes through <see cref="AsString"/> (which flattens a rope) or <see cref="StringLength"/>.
/// Symbol: a <see cref="JsSymbol"/>; BigInt: a boxed <see cref="BigInteger"/>; Object: a <see cref="JsObject"/>.
/// </summary>
public readonly struct JsValue
{
    public readonly object? Ref;
    public readonly double Number;
    public readonly JsTag Tag;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private JsValue(JsTag tag, double number, object? reference) { Tag = tag; Number = number; Ref = reference; }

    public static readonly JsValue Undefined = default;
    public static readonly JsValue Null = new(JsTag.Null, 0, null);
    public static readonly JsValue True = new(JsTag.Boolean, 1, null);
    public static readonly JsValue False = new(JsTag.Boolean, 0, null);
    public static readonly JsValue Empty = new(JsTag.Empty, 0, null);
    public static readonly JsValue NaN = new(JsTag.Number, double.NaN, null);
    public static readonly JsValue EmptyString = new(JsTag.String, 0, "");

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static JsValue FromNumber(double d) => new(JsTag.Number, d, null);
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static JsValue FromBoolean(bool b) => new(JsTag.Boolean, b ? 1 : 0, null);
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static JsValue FromString(string s) => new(JsTag.String, 0, s);
    /// <summary>A string value from a string or a <see cref="JsRope"/>.</summary>
    internal static JsValue FromStringOrRope(object s) => new(JsTag.String, 0, s);
    public static JsValue FromSymbol(JsSymbol s) => new(JsTag.Symbol, 0, s);
    public static JsValue FromBigInt(BigInteger b) => new(JsTag.BigInt, 0, b);
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static JsValue FromObject(JsObject o) => new(JsTag.Object, 0, o);
    /// <summary>Null becomes JS null.</summary>
    public static JsValue FromObjectOrNull(JsObject? o) => o == null ? Null : new(JsTag.Object, 0, o);
    internal static JsValue FromInternal(object o) => new(JsTag.Internal, 0, o);

    public static implicit operator JsValue(double d) => FromNumber(d);
    public static implicit operator JsValue(bool b) => FromBoolean(b);
    public static implicit operator JsValue(string s) => FromString(s);
    public static implicit operator JsValue(JsObject o) => FromObject(o);

    public bool IsUndefined => Tag == JsTag.Undefined;
    public bool IsNull => Tag == JsTag.Null;
    public bool IsNullish => Tag <= JsTag.Null;
    public bool IsBoolean => Tag == JsTag.Boolean;
    public bool IsNumber => Tag == JsTag.Number;
    public bool IsString => Tag == JsTag.String;
    public bool IsSymbol => Tag == JsTag.Symbol;
    public bool IsBigInt => Tag == JsTag.BigInt;
    public bool IsObject => Tag == JsTag.Object;
    public bool IsEmpty => Tag == JsTag.Empty;

    public bool AsBoolean => Number != 0;
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public string AsString() => Ref as string ?? Unsafe.As<JsRope>(Ref!).Flatten();
    /// <summary>The length of a string value, without flattening a rope.</summary>
    public int StringLength => Ref is string s ? s.Length : Unsafe.As<JsRope>(Ref!).Length;
    public JsSymbol AsSymbol => Unsafe.As<JsSymbol>(Ref!);
    public BigInteger AsBigInt => (BigInteger)Ref!;
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public JsObject AsObject() => Unsafe.As<JsObject>(Ref!);
    public JsObject? AsObjectOrNull => Tag == JsTag.Object ? Unsafe.As<JsObject>(Ref!) : null;

    /// <summary>The value is callable (ECMA-262 §7.2.3 IsCallable).</summary>
    public bool IsCallable => Tag == JsTag.Object && Ref is JsFunction;

    /// <summary>A debugging form, not JS's ToString.</summary>
    public override string ToString() => Tag switch
    {
        JsTag.Undefined => "undefined",
        JsTag.Null => "null",
        JsTag.Boolean => AsBoolean ? "true" : "false",
        JsTag.Number => NumberFormatting.ToString(Number),
        JsTag.String => AsString(),
        JsTag.Symbol => AsSymbol.ToString(),
        JsTag.BigInt => AsBigInt.ToString() + "n",
        JsTag.Object => "[object " + AsObject().ClassName + "]",
        JsTag.Empty => "<empty>",
        _ => "<internal>",
    };
}

/// <summary>A heap cell holding one captured variable (only captured bindings live in cells).</summary>
public sealed class Cell(JsValue value)
{
    public JsValue Value = value;
}
