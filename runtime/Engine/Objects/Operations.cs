using System;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace Aot.Engine.Objects;

public enum PreferredType : byte { Default, Number, String }

/// <summary>ECMA-262 §7.1 type conversion, §7.2 testing and comparison, §7.3 operations on objects.</summary>
public static partial class Operations
{
    // ------------------------------------------------------------------ §7.1 Type conversion

    /// <summary>§7.1.1 ToPrimitive.</summary>
    public static JsValue ToPrimitive(in JsValue input, PreferredType hint = PreferredType.Default)
    {
        if (!input.IsObject) return input;
        var o = input.AsObject();
        var exoticToPrim = GetMethod(input, JsSymbol.ToPrimitive);
        if (exoticToPrim != null)
        {
            var hintValue = JsValue.FromString(hint switch { PreferredType.Number => "number", PreferredType.String => "string", _ => "default" });
            var result = Call(exoticToPrim, input, new ReadOnlySpan<JsValue>(in hintValue));
            if (result.IsObject) JsException.ThrowTypeError("Cannot convert object to primitive value");
            return result;
        }
        return OrdinaryToPrimitive(o, hint == PreferredType.String ? PreferredType.String : PreferredType.Number);
    }

    /// <summary>§7.1.1.1 OrdinaryToPrimitive.</summary>
    public static JsValue OrdinaryToPrimitive(JsObject o, PreferredType hint)
    {
        var receiver = JsValue.FromObject(o);
        for (int i = 0; i < 2; i++)
        {
            string name = (hint == PreferredType.String) == (i == 0) ? "toString" : "valueOf";
            var method = o.Get(name, receiver);
            if (method.IsCallable)
            {
                var result = Call(method.AsObject(), receiver, ReadOnlySpan<JsValue>.Empty);
                if (!result.IsObject) return result;
            }
        }
        return JsException.ThrowTypeError<JsValue>("Cannot convert object to primitive value");
    }

    /// <summary>§7.1.2 ToBoolean.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool ToBoolean(in JsValue v) => v.Tag switch
    {
        JsTag.Boolean => v.Number != 0,
        JsTag.Number => !(v.Number == 0 || double.IsNaN(v.Number)),
        JsTag.String => v.StringLength != 0,
        JsTag.Undefined or JsTag.Null => false,
        JsTag.BigInt => !v.AsBigInt.IsZero,
        _ => true,
    };

    /// <summary>§7.1.3 ToNumeric: a Number or a BigInt.</summary>
    public static JsValue ToNumeric(in JsValue v)
    {
        if (v.IsNumber || v.IsBigInt) return v;
        var prim = ToPrimitive(v, PreferredType.Number);
        if (prim.IsBigInt) return prim;
        return JsValue.FromNumber(ToNumber(prim));
    }

    /// <summary>§7.1.4 ToNumber.</summary>
    public static double ToNumber(in JsValue v) => v.Tag switch
    {
        JsTag.Number => v.Number,
        JsTag.Undefined => double.NaN,
        JsTag.Null => 0,
        JsTag.Boolean => v.Number,
        JsTag.String => NumberFormatting.StringToNumber(v.AsString()),
        JsTag.Symbol => JsException.ThrowTypeError<double>("Cannot convert a Symbol value to a number"),
        JsTag.BigInt => JsException.ThrowTypeError<double>("Cannot convert a BigInt value to a number"),
        _ => ToNumber(ToPrimitive(v, PreferredType.Number)),
    };

    /// <summary>§7.1.5 ToIntegerOrInfinity.</summary>
    public static double ToIntegerOrInfinity(in JsValue v)
    {
        double d = ToNumber(v);
        if (double.IsNaN(d) || d == 0) return 0;
        return double.IsInfinity(d) ? d : Math.Truncate(d);
    }

    /// <summary>§7.1.6 ToInt32.</summary>
    public static int ToInt32(in JsValue v) => v.IsNumber ? DoubleToInt32(v.Number) : DoubleToInt32(ToNumber(v));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int DoubleToInt32(double d)
    {
        int i = (int)d;
        if (i == d && (i != 0 || !double.IsNegative(d))) return i;
        return SlowDoubleToInt32(d);
    }

    private static int SlowDoubleToInt32(double d)
    {
        if (double.IsNaN(d) || double.IsInfinity(d)) return 0;
        double t = Math.Truncate(d);
        double m = t % 4294967296.0;
        if (m < 0) m += 4294967296.0;
        return (int)(uint)m;
    }

    /// <summary>§7.1.7 ToUint32.</summary>
    public static uint ToUint32(in JsValue v) => (uint)ToInt32(v);

    /// <summary>§7.1.17 ToString.</summary>
    public static string ToString(in JsValue v) => v.Tag switch
    {
        JsTag.String => v.AsString(),
        JsTag.Number => NumberFormatting.ToString(v.Number),
        JsTag.Undefined => "undefined",
        JsTag.Null => "null",
        JsTag.Boolean => v.Number != 0 ? "true" : "false",
        JsTag.BigInt => v.AsBigInt.ToString(System.Globalization.CultureInfo.InvariantCulture),
        JsTag.Symbol => JsException.ThrowTypeError<string>("Cannot convert a Symbol value to a string"),
        _ => ToString(ToPrimitive(v, PreferredType.String)),
    };

    /// <summary>§7.1.18 ToObject.</summary>
    public static JsObject ToObject(Realm realm, in JsValue v) => v.Tag switch
    {
        JsTag.Object => v.AsObject(),
        JsTag.String => new JsStringObject(realm.StringPrototype, v.AsString()),
        JsTag.Number => new JsPrimitiveObject(realm.NumberPrototype, v),
        JsTag.Boolean => new JsPrimitiveObject(realm.BooleanPrototype, v),
        JsTag.Symbol => new JsPrimitiveObject(realm.SymbolPrototype, v),
        JsTag.BigInt => new JsPrimitiveObject(realm.BigIntPrototype, v),
        _ => JsException.ThrowTypeError<JsObject>($"Cannot convert {(v.IsNull ? "null" : "undefined")} to object"),
    };

    /// <summary>§7.1.19 ToPropertyKey.</summary>
    public static PropertyKey ToPropertyKey(in JsValue v)
    {
        if (v.IsNumber)
        {
            double d = v.Number;
            if (d >= 0 && d < uint.MaxValue && d == (uint)d) return PropertyKey.FromIndex((uint)d);
        }
        if (v.IsString) return PropertyKey.FromString(v.AsString());
        if (v.IsSymbol) return PropertyKey.FromSymbol(v.AsSymbol);
        var key = ToPrimitive(v, PreferredType.String);
        return key.IsSymbol ? PropertyKey.FromSymbol(key.AsSymbol) : PropertyKey.FromString(ToString(key));
    }

    /// <summary>§7.1.20 ToLength.</summary>
    public static double ToLength(in JsValue v)
    {
        double len = ToIntegerOrInfinity(v);
        return len <= 0 ? 0 : Math.Min(len, 9007199254740991);
    }

    // ------------------------------------------------------------------ §7.2 Testing and comparison

    /// <summary>§7.2.10 SameValue.</summary>
    public static bool SameValue(in JsValue x, in JsValue y)
    {
        if (x.IsNumber && y.IsNumber)
        {
            double a = x.Number, b = y.Number;
            if (double.IsNaN(a)) return double.IsNaN(b);
            return a == b && double.IsNegative(a) == double.IsNegative(b);
        }
        return SameValueNonNumber(x, y);
    }

    /// <summary>§7.2.11 SameValueZero.</summary>
    public static bool SameValueZero(in JsValue x, in JsValue y)
    {
        if (x.IsNumber && y.IsNumber) return x.Number == y.Number || (double.IsNaN(x.Number) && double.IsNaN(y.Number));
        return SameValueNonNumber(x, y);
    }

    private static bool SameValueNonNumber(in JsValue x, in JsValue y)
    {
        if (x.Tag != y.Tag) return false;
        return x.Tag switch
        {
            JsTag.Undefined or JsTag.Null => true,
            JsTag.Boolean => x.Number == y.Number,
            JsTag.String => string.Equals(x.AsString(), y.AsString()),
            JsTag.BigInt => x.AsBigInt == y.AsBigInt,
            _ => ReferenceEquals(x.Ref, y.Ref),
        };
    }

    /// <summary>§7.2.15 IsStrictlyEqual.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsStrictlyEqual(in JsValue x, in JsValue y)
    {
        if (x.IsNumber && y.IsNumber) return x.Number == y.Number;
        return SameValueNonNumber(x, y);
    }

    /// <summary>§7.2.14 IsLooselyEqual.</summary>
    public static bool IsLooselyEqual(in JsValue x, in JsValue y)
    {
        while (true)
        {
            if (x.Tag == y.Tag) return IsStrictlyEqual(x, y);
            if (x.IsNullish && y.IsNullish) return true;
            if (x.IsNumber && y.IsString) return x.Number == NumberFormatting.StringToNumber(y.AsString());
            if (x.IsString && y.IsNumber) return NumberFormatting.StringToNumber(x.AsString()) == y.Number;
            if (x.IsBigInt && y.IsString) return StringToBigInt(y.AsString()) is BigInteger b && b == x.AsBigInt;
            if (x.IsString && y.IsBigInt) return IsLooselyEqual(y, x);
            if (x.IsBoolean) return IsLooselyEqual(JsValue.FromNumber(x.Number), y);
            if (y.IsBoolean) return IsLooselyEqual(x, JsValue.FromNumber(y.Number));
            if (y.IsObject && (x.IsNumber || x.IsString || x.IsBigInt || x.IsSymbol)) return IsLooselyEqual(x, ToPrimitive(y));
            if (x.IsObject && (y.IsNumber || y.IsString || y.IsBigInt || y.IsSymbol)) return IsLooselyEqual(ToPrimitive(x), y);
            if (x.IsBigInt && y.IsNumber) return BigIntEqualsNumber(x.AsBigInt, y.Number);
            if (x.IsNumber && y.IsBigInt) return BigIntEqualsNumber(y.AsBigInt, x.Number);
            return false;
        }
    }

    private static bool BigIntEqualsNumber(BigInteger b, double d)
        => !double.IsNaN(d) && !double.IsInfinity(d) && d == Math.Floor(d) && b == new BigInteger(d);

    /// <summary>§7.1.14 StringToBigInt (decimal and 0x/0o/0b forms); null when not a valid literal.</summary>
    public static BigInteger? StringToBigInt(string str)
    {
        string s = NumberFormatting.TrimJs(str);
        if (s.Length == 0) return BigInteger.Zero;
        int radix = 10, i = 0;
        bool negative = false;
        if (s.Length > 2 && s[0] == '0' && (s[1] | 0x20) is 'x' or 'o' or 'b')
        {
            radix = (s[1] | 0x20) == 'x' ? 16 : (s[1] | 0x20) == 'o' ? 8 : 2;
            i = 2;
        }
        else if (s[0] == '+' || s[0] == '-') { negative = s[0] == '-'; i = 1; }
        if (i == s.Length) return null;
        BigInteger value = BigInteger.Zero;
        for (; i < s.Length; i++)
        {
            char c = s[i];
            int d = c >= '0' && c <= '9' ? c - '0' : (c | 0x20) >= 'a' && (c | 0x20) <= 'z' ? (c | 0x20) - 'a' + 10 : 99;
            if (d >= radix) return null;
            value = value * radix + d;
        }
        return negative ? -value : value;
    }

    /// <summary>§7.2.13 IsLessThan: 1 true, 0 false, -1 undefined (a NaN was involved).</summary>
    public static int IsLessThan(in JsValue x, in JsValue y, bool leftFirst)
    {
        JsValue px, py;
        if (leftFirst) { px = ToPrimitive(x, PreferredType.Number); py = ToPrimitive(y, PreferredType.Number); }
        else { py = ToPrimitive(y, PreferredType.Number); px = ToPrimitive(x, PreferredType.Number); }
        if (px.IsString && py.IsString) return string.CompareOrdinal(px.AsString(), py.AsString()) < 0 ? 1 : 0;
        if (px.IsBigInt && py.IsString)
        {
            var b = StringToBigInt(py.AsString());
            return b == null ? -1 : px.AsBigInt < b.Value ? 1 : 0;
        }
        if (px.IsString && py.IsBigInt)
        {
            var b = StringToBigInt(px.AsString());
            return b == null ? -1 : b.Value < py.AsBigInt ? 1 : 0;
        }
        var nx = ToNumeric(px);
        var ny = ToNumeric(py);
        if (nx.IsNumber && ny.IsNumber)
        {
            if (double.IsNaN(nx.Number) || double.IsNaN(ny.Number)) return -1;
            return nx.Number < ny.Number ? 1 : 0;
        }
        if (nx.IsBigInt && ny.IsBigInt) return nx.AsBigInt < ny.AsBigInt ? 1 : 0;
        // One BigInt, one Number.
        double d = nx.IsNumber ? nx.Number : ny.Number;
        if (double.IsNaN(d)) return -1;
        if (double.IsInfinity(d)) return (nx.IsNumber ? d < 0 : d > 0) ? 1 : 0;
        if (nx.IsBigInt) return (double)nx.AsBigInt < d || ((double)nx.AsBigInt == d && nx.AsBigInt < new BigInteger(Math.Ceiling(d))) ? 1 : 0;
        return d < (double)ny.AsBigInt || (d == (double)ny.AsBigInt && new BigInteger(Math.Floor(d)) < ny.AsBigInt) ? 1 : 0;
    }

    /// <summary>§13.5.3 The typeof operator.</summary>
    public static string TypeOf(in JsValue v) => v.Tag switch
    {
        JsTag.Undefined => "undefined",
        JsTag.Null => "object",
        JsTag.Boolean => "boolean",
        JsTag.Number => "number",
        JsTag.String => "string",
        JsTag.Symbol => "symbol",
        JsTag.BigInt => "bigint",
        JsTag.Object => v.Ref is JsFunction ? "function" : "object",
        _ => "undefined",
    };

    // ------------------------------------------------------------------ §7.3 Operations on objects

    /// <summary>§7.3.2 GetV: property lookup on any value (primitives use their prototype, receiver stays primitive).</summary>
    public static JsValue GetV(Realm realm, in JsValue v, in PropertyKey key)
    {
        if (v.IsObject) return v.AsObject().Get(key, v);
        if (v.IsString)
        {
            if (key.Equals(JsArray.LengthKey)) return JsValue.FromNumber(v.StringLength);
            string s = v.AsString();
            if (key.IsIndex) { if (key.Index < (uint)s.Length) return JsValue.FromString(s[(int)key.Index].ToString()); }
            return realm.StringPrototype.Get(key, v);
        }
        return PrototypeForPrimitive(realm, v, key).Get(key, v);
    }

    private static JsObject PrototypeForPrimitive(Realm realm, in JsValue v, in PropertyKey key) => v.Tag switch
    {
        JsTag.Number => realm.NumberPrototype,
        JsTag.Boolean => realm.BooleanPrototype,
        JsTag.Symbol => realm.SymbolPrototype,
        JsTag.BigInt => realm.BigIntPrototype,
        JsTag.String => realm.StringPrototype,
        _ => JsException.ThrowTypeError<JsObject>($"Cannot read properties of {(v.IsNull ? "null" : "undefined")} (reading '{key}')"),
    };

    /// <summary>§7.3.11 GetMethod: undefined/null give null; other non-callables throw.</summary>
    public static JsObject? GetMethod(in JsValue v, in PropertyKey key)
    {
        JsValue func;
        if (v.IsObject) func = v.AsObject().Get(key, v);
        else return null;
        if (func.IsNullish) return null;
        if (!func.IsCallable) JsException.ThrowTypeError($"{key} is not a function");
        return func.AsObject();
    }

    public static JsObject? GetMethod(Realm realm, in JsValue v, in PropertyKey key)
    {
        var func = GetV(realm, v, key);
        if (func.IsNullish) return null;
        if (!func.IsCallable) JsException.ThrowTypeError($"{key} is not a function");
        return func.AsObject();
    }

    /// <summary>§7.3.14 Call.</summary>
    public static JsValue Call(JsObject f, in JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        if (f is JsFunction fn) return fn.Call(thisValue, args);
        return JsException.ThrowTypeError<JsValue>("object is not a function");
    }

    public static JsValue Call(in JsValue f, in JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        if (f.Ref is JsFunction fn && f.IsObject) return fn.Call(thisValue, args);
        return JsException.ThrowTypeError<JsValue>($"{DescribeForError(f)} is not a function");
    }

    /// <summary>§7.3.15 Construct.</summary>
    public static JsValue Construct(JsFunction f, ReadOnlySpan<JsValue> args, JsObject? newTarget = null)
        => f.Construct(args, newTarget ?? f);

    /// <summary>§7.3.18 LengthOfArrayLike.</summary>
    public static double LengthOfArrayLike(JsObject o)
        => o is JsArray a ? a.Length : ToLength(o.Get(JsArray.LengthKey));

    /// <summary>§7.3.17 CreateArrayFromList.</summary>
    public static JsArray CreateArrayFromList(Realm realm, ReadOnlySpan<JsValue> values)
        => new(realm.ArrayPrototype, values.ToArray(), values.Length);

    /// <summary>§7.3.21 OrdinaryHasInstance.</summary>
    public static bool OrdinaryHasInstance(in JsValue c, in JsValue o)
    {
        if (!c.IsCallable) return false;
        if (c.Ref is JsBoundFunction bound) return InstanceOf(o, JsValue.FromObject(bound.Target));
        if (!o.IsObject) return false;
        var proto = c.AsObject().Get("prototype");
        if (!proto.IsObject) JsException.ThrowTypeError("Function has non-object prototype in instanceof check");
        var p = proto.AsObject();
        for (var x = o.AsObject().GetPrototypeOf(); x != null; x = x.GetPrototypeOf())
            if (ReferenceEquals(x, p)) return true;
        return false;
    }

    /// <summary>§13.10.2 InstanceofOperator.</summary>
    public static bool InstanceOf(in JsValue v, in JsValue target)
    {
        if (!target.IsObject) JsException.ThrowTypeError("Right-hand side of 'instanceof' is not an object");
        var handler = GetMethod(target, JsSymbol.HasInstance);
        if (handler != null) return ToBoolean(Call(handler, target, new ReadOnlySpan<JsValue>(in v)));
        if (!target.IsCallable) JsException.ThrowTypeError("Right-hand side of 'instanceof' is not callable");
        return OrdinaryHasInstance(target, v);
    }

    /// <summary>A short description of a value for error messages (not JS-observable semantics).</summary>
    public static string DescribeForError(in JsValue v) => v.Tag switch
    {
        JsTag.String => "\"" + v.AsString() + "\"",
        JsTag.Object => v.Ref is JsFunction f ? (f.DebugName.Length > 0 ? f.DebugName : "function") : v.Ref is JsArray ? "object" : "#<" + v.AsObject().ClassName + ">",
        JsTag.Symbol => v.AsSymbol.ToString(),
        _ => v.ToString(),
    };
}
