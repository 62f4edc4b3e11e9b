using System.Collections.Generic;

namespace Aot.Engine.Objects;

// The abstract operations that must see through proxies (ECMA-262 §7.2.2 IsArray, §7.3.19
// CreateListFromArrayLike, §7.3.24 GetFunctionRealm).
public static partial class Operations
{
    /// <summary>§7.2.2 IsArray: arrays, and proxies whose (final) target is an array; a revoked proxy throws.</summary>
    public static bool IsArray(in JsValue argument) => argument.IsObject && IsArray(argument.AsObject());

    public static bool IsArray(JsObject o)
    {
        while (true)
        {
            if (o is JsArray) return true;
            var proxy = ProxyCore.Of(o);
            if (proxy == null) return false;
            if (proxy.IsRevoked) JsException.ThrowTypeError("Cannot perform 'IsArray' on a proxy that has been revoked");
            o = proxy.Target!;
        }
    }

    /// <summary>§7.3.19 CreateListFromArrayLike; with <paramref name="propertyKeysOnly"/> every element
    /// must be a String or a Symbol (the « String, Symbol » element types).</summary>
    public static List<JsValue> CreateListFromArrayLike(in JsValue obj, bool propertyKeysOnly = false)
    {
        if (!obj.IsObject) JsException.ThrowTypeError("CreateListFromArrayLike called on non-object");
        var o = obj.AsObject();
        long len = (long)LengthOfArrayLike(o);
        var list = new List<JsValue>((int)System.Math.Min(len, 1 << 16));
        for (long i = 0; i < len; i++)
        {
            var next = o.Get(i < uint.MaxValue ? PropertyKey.FromIndex((uint)i) : PropertyKey.FromString(i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            if (propertyKeysOnly && !next.IsString && !next.IsSymbol)
                JsException.ThrowTypeError($"{DescribeForError(next)} is not a valid property name");
            list.Add(next);
        }
        return list;
    }

    /// <summary>§7.3.24 GetFunctionRealm: a function's realm; a proxy's is its target's (a revoked proxy throws).</summary>
    public static Realm GetFunctionRealm(JsObject obj, Realm fallback)
    {
        while (true)
        {
            var proxy = ProxyCore.Of(obj);
            if (proxy != null)
            {
                if (proxy.IsRevoked) JsException.ThrowTypeError("Cannot perform 'GetFunctionRealm' on a proxy that has been revoked");
                obj = proxy.Target!;
                continue;
            }
            if (obj is JsBoundFunction bound) { obj = bound.Target; continue; }
            return obj is JsFunction f ? f.Realm : fallback;
        }
    }

    /// <summary>§7.2.4 IsConstructor.</summary>
    public static bool IsConstructor(in JsValue v) => v.IsObject && v.Ref is JsFunction { IsConstructor: true };
}
