using System;
using System.Runtime.CompilerServices;

namespace Aot.Engine.Objects;

/// <summary>
/// ECMA-262 §6.1.7 property key: a string, a symbol, or (a canonical string of) an array index
/// 0..2^32-2, kept as a number so arrays never parse strings. The hash is computed once, at creation;
/// keys in bytecode constant pools are built at compile time.
/// </summary>
public readonly struct PropertyKey : IEquatable<PropertyKey>
{
    /// <summary>A string or a JsSymbol; null for an array index.</summary>
    private readonly object? name;
    public readonly uint Index;
    private readonly int hash;

    private PropertyKey(object? name, uint index, int hash) { this.name = name; Index = index; this.hash = hash; }

    public static PropertyKey FromIndex(uint index)
    {
        if (index == uint.MaxValue) return new PropertyKey("4294967295", 0, "4294967295".GetHashCode());
        return new PropertyKey(null, index, (int)index * -1640531535);
    }

    public static PropertyKey FromSymbol(JsSymbol symbol) => new(symbol, 0, RuntimeHelpers.GetHashCode(symbol));

    /// <summary>A string key; canonical array indices become index keys.</summary>
    public static PropertyKey FromString(string s)
    {
        if (TryParseArrayIndex(s, out uint index)) return new PropertyKey(null, index, (int)index * -1640531535);
        return new PropertyKey(s, 0, s.GetHashCode());
    }

    public static implicit operator PropertyKey(string s) => FromString(s);
    public static implicit operator PropertyKey(JsSymbol s) => FromSymbol(s);

    /// <summary>ECMA-262 §6.1.7 array index: canonical decimal, no leading zeros, at most 2^32-2.</summary>
    public static bool TryParseArrayIndex(string s, out uint index)
    {
        index = 0;
        int n = s.Length;
        if (n == 0 || n > 10) return false;
        char c0 = s[0];
        if (c0 < '0' || c0 > '9' || (c0 == '0' && n > 1)) return false;
        ulong v = 0;
        for (int i = 0; i < n; i++)
        {
            uint d = (uint)(s[i] - '0');
            if (d > 9) return false;
            v = v * 10 + d;
        }
        if (v >= uint.MaxValue) return false;
        index = (uint)v;
        return true;
    }

    public bool IsIndex => name == null;
    public bool IsSymbol => name is JsSymbol;
    public bool IsString => name is string;
    public string AsString => (string)name!;
    public JsSymbol AsSymbol => (JsSymbol)name!;

    /// <summary>The key as a JS value (index keys become their canonical string).</summary>
    public JsValue ToJsValue() => name switch
    {
        null => JsValue.FromString(Index.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        string s => JsValue.FromString(s),
        _ => JsValue.FromSymbol((JsSymbol)name),
    };

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Equals(PropertyKey other)
    {
        if (hash != other.hash) return false;
        if (ReferenceEquals(name, other.name)) return name != null || Index == other.Index;
        return name is string a && other.name is string b && string.Equals(a, b);
    }

    public override bool Equals(object? obj) => obj is PropertyKey k && Equals(k);
    public override int GetHashCode() => hash;
    public static bool operator ==(PropertyKey a, PropertyKey b) => a.Equals(b);
    public static bool operator !=(PropertyKey a, PropertyKey b) => !a.Equals(b);

    /// <summary>For messages: the name as JS would show it.</summary>
    public override string ToString() => name switch
    {
        null => Index.ToString(System.Globalization.CultureInfo.InvariantCulture),
        string s => s,
        _ => "[" + ((JsSymbol)name).Description + "]",
    };
}
