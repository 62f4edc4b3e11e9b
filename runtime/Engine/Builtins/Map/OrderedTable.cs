using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins;

/// <summary>
/// The [[MapData]] / [[SetData]] list of ECMA-262 §24.1-24.2: entries in insertion order, deleted
/// entries left as empty slots (so live iterators keep their position), SameValueZero keys found
/// through a hash index. When more than half of the slots are empty the entries are compacted into
/// a new <see cref="Store"/>; the old store keeps a link to the new one and how to translate a
/// position, so an iterator or forEach cursor still on the old store continues at the right entry
/// (V8's OrderedHashTable does the same). Clearing also starts a new store.
/// </summary>
internal sealed class OrderedTable
{
    internal sealed class Store(int capacity)
    {
        public JsValue[] Keys = new JsValue[capacity];
        public JsValue[] Values = new JsValue[capacity];
        /// <summary>Slots in use (live or deleted).</summary>
        public int Used;
        /// <summary>Set once this store is replaced.</summary>
        public Store? Next;
        /// <summary>For a compacted store: LiveBefore[i] is the new position of old position i. Null after clear.</summary>
        public int[]? LiveBefore;
    }

    private Store store = new(8);
    private readonly Dictionary<JsValue, int> index = new(SameValueZeroComparer.Instance);

    public int Count => index.Count;
    internal Store Current => store;

    /// <summary>CanonicalizeKeyedCollectionKey: -0 becomes +0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static JsValue Canonicalize(in JsValue key) => key.IsNumber && key.Number == 0 ? JsValue.FromNumber(0) : key;

    public bool Has(in JsValue key) => index.ContainsKey(key);

    public bool TryGetValue(in JsValue key, out JsValue value)
    {
        if (index.TryGetValue(key, out int i)) { value = store.Values[i]; return true; }
        value = JsValue.Undefined;
        return false;
    }

    /// <summary>Sets the value of an existing key or appends a new entry (key already canonical).</summary>
    public void Set(in JsValue key, in JsValue value)
    {
        if (index.TryGetValue(key, out int i)) { store.Values[i] = value; return; }
        var s = store;
        if (s.Used == s.Keys.Length)
        {
            Array.Resize(ref s.Keys, s.Used * 2);
            Array.Resize(ref s.Values, s.Used * 2);
        }
        s.Keys[s.Used] = key;
        s.Values[s.Used] = value;
        index[key] = s.Used++;
    }

    public bool Remove(in JsValue key)
    {
        if (!index.Remove(key, out int i)) return false;
        store.Keys[i] = JsValue.Empty;
        store.Values[i] = default;
        if (store.Used > 16 && index.Count < store.Used / 2) Compact();
        return true;
    }

    public void Clear()
    {
        var fresh = new Store(8);
        store.Next = fresh;
        store.LiveBefore = null;
        store.Keys = [];
        store.Values = [];
        store.Used = 0;
        store = fresh;
        index.Clear();
    }

    private void Compact()
    {
        var old = store;
        var fresh = new Store(Math.Max(8, index.Count * 2));
        var map = new int[old.Used + 1];
        for (int i = 0; i < old.Used; i++)
        {
            map[i] = fresh.Used;
            if (old.Keys[i].IsEmpty) continue;
            fresh.Keys[fresh.Used] = old.Keys[i];
            fresh.Values[fresh.Used] = old.Values[i];
            index[old.Keys[i]] = fresh.Used++;
        }
        map[old.Used] = fresh.Used;
        old.LiveBefore = map;
        old.Next = fresh;
        store = fresh;
    }

    /// <summary>A position in the entries that survives compaction and clearing (iterators, forEach).</summary>
    internal struct Cursor(Store store)
    {
        private Store? store = store;
        private int position;

        /// <summary>The next live entry at or after the position, or false (then the cursor is finished for good).</summary>
        public bool MoveNext(out JsValue key, out JsValue value)
        {
            var s = store;
            if (s == null) { key = value = default; return false; }
            while (s.Next != null)
            {
                position = s.LiveBefore == null ? 0 : s.LiveBefore[Math.Min(position, s.LiveBefore.Length - 1)];
                s = s.Next;
            }
            store = s;
            while (position < s.Used)
            {
                int i = position++;
                if (!s.Keys[i].IsEmpty)
                {
                    key = s.Keys[i];
                    value = s.Values[i];
                    return true;
                }
            }
            store = null;
            key = value = default;
            return false;
        }
    }

    public Cursor Start() => new(store);

    /// <summary>A snapshot of the live keys (for set algorithms that iterate a copy).</summary>
    public List<JsValue> KeysSnapshot()
    {
        var list = new List<JsValue>(index.Count);
        for (int i = 0; i < store.Used; i++) if (!store.Keys[i].IsEmpty) list.Add(store.Keys[i]);
        return list;
    }
}

/// <summary>§7.2.11 SameValueZero as a hash equality (NaN equals NaN; +0 and -0 are equal).</summary>
internal sealed class SameValueZeroComparer : IEqualityComparer<JsValue>
{
    public static readonly SameValueZeroComparer Instance = new();

    public bool Equals(JsValue x, JsValue y) => Operations.SameValueZero(x, y);

    public int GetHashCode(JsValue v) => v.Tag switch
    {
        JsTag.Number => v.Number == 0 ? 0 : double.IsNaN(v.Number) ? 1 : v.Number.GetHashCode(),
        JsTag.String => v.AsString().GetHashCode(),
        JsTag.BigInt => v.AsBigInt.GetHashCode(),
        JsTag.Boolean => v.Number == 0 ? 2 : 3,
        JsTag.Object or JsTag.Symbol => RuntimeHelpers.GetHashCode(v.Ref!),
        _ => (int)v.Tag + 17,
    };
}
