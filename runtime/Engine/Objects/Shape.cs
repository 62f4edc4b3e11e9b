using System;
using System.Collections.Generic;
using System.Threading;
using System.Runtime.CompilerServices;

namespace Aot.Engine.Objects;

/// <summary>
/// A hidden class: the ordered list of an object's own property keys with their attributes; a key's
/// position is its slot index in the object's slot array. Objects that get the same keys in the same
/// order share a shape through transition chains, so a (shape, slot) pair cached at a property
/// access site (an inline cache) stays valid while the object keeps that shape.
///
/// Deleting a property, changing attributes, or growing past <see cref="MaxSharedCount"/> keys moves
/// the object to a unique ("dictionary") shape owned by that object alone. A unique shape may grow in
/// place (appending never moves a slot, so caches stay valid); any other change makes a new Shape
/// object, so a cached shape identity always implies the cached layout.
/// </summary>
public sealed class Shape
{
    private const int MaxSharedCount = 64;
    private const int LinearSearchLimit = 8;

    /// <summary>The shape of an object with no own properties (shared by all realms: it holds no keys).</summary>
    public static readonly Shape Empty = new(Array.Empty<PropertyKey>(), Array.Empty<PropertyFlags>(), 0, unique: false);

    private PropertyKey[] keys;
    private PropertyFlags[] flags;
    private Dictionary<PropertyKey, int>? index;
    // Transitions: the first one inline, more in a dictionary.
    private PropertyKey firstKey;
    private PropertyFlags firstFlags;
    private Shape? firstTransition;
    private Dictionary<(PropertyKey, PropertyFlags), Shape>? transitions;

    public int Count { get; private set; }
    public bool IsUnique { get; }
    /// <summary>Some key is an array index (prototypes without any let element writes take the fast path).</summary>
    public bool HasIndexKeys { get; private set; }

    private Shape(PropertyKey[] keys, PropertyFlags[] flags, int count, bool unique)
    {
        this.keys = keys;
        this.flags = flags;
        Count = count;
        IsUnique = unique;
    }

    public PropertyKey KeyAt(int slot) => keys[slot];
    public PropertyFlags FlagsAt(int slot) => flags[slot];

    /// <summary>The slot of <paramref name="key"/>, or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Find(in PropertyKey key)
    {
        int n = Count;
        if (n <= LinearSearchLimit)
        {
            var k = keys;
            for (int i = 0; i < n; i++)
                if (k[i].Equals(key)) return i;
            return -1;
        }
        return FindIndexed(key);
    }

    private int FindIndexed(in PropertyKey key)
    {
        var map = index;
        if (map == null)
        {
            map = new Dictionary<PropertyKey, int>(Count);
            for (int i = 0; i < Count; i++) map[keys[i]] = i;
            index = map;
        }
        return map.TryGetValue(key, out int slot) ? slot : -1;
    }

    /// <summary>The shape after appending <paramref name="key"/>; the new key's slot is the old Count.</summary>
    public Shape Add(in PropertyKey key, PropertyFlags attributes)
    {
        if (IsUnique)
        {
            if (Count == keys.Length)
            {
                Array.Resize(ref keys, Math.Max(8, Count * 2));
                Array.Resize(ref flags, keys.Length);
            }
            keys[Count] = key;
            flags[Count] = attributes;
            index?.Add(key, Count);
            Count++;
            if (key.IsIndex) HasIndexKeys = true;
            return this;
        }
        var first = Volatile.Read(ref firstTransition);
        if (first != null && firstKey.Equals(key) && firstFlags == attributes) return first;
        // Shared shapes are shared by every realm of the process, and realms may run on different
        // threads (test runners, later workers): the transition table is only touched under a lock.
        lock (this)
        {
            if (transitions != null && transitions.TryGetValue((key, attributes), out var cached)) return cached;
            first = firstTransition;
            if (first != null && firstKey.Equals(key) && firstFlags == attributes) return first;
            var next = NewShapeWith(key, attributes);
            if (next.IsUnique) return next; // dictionary mode: never shared, never cached as a transition
            if (first == null)
            {
                firstKey = key;
                firstFlags = attributes;
                Volatile.Write(ref firstTransition, next); // published after its key and flags
            }
            else (transitions ??= new()).Add((key, attributes), next);
            return next;
        }
    }

    /// <summary>A new empty unique (dictionary-mode) shape with room for <paramref name="capacity"/> keys,
    /// for an object known to get many properties (the global object).</summary>
    internal static Shape NewUnique(int capacity)
        => new(new PropertyKey[capacity], new PropertyFlags[capacity], 0, unique: true);

    /// <summary>
    /// The shape after appending <paramref name="added"/>, all with <paramref name="attributes"/>, at
    /// once (built-in setup: a prototype's methods). A shared result is made directly, without the
    /// intermediate shapes and transitions that adding one key at a time creates (quadratic copying,
    /// a third of a realm's creation): it is not reachable by transitions, so only the object given it
    /// has it, which is all a built-in object needs; it stays shared (not unique), so prototype-chain
    /// inline caches still pass through it.
    /// </summary>
    internal Shape AddMany(ReadOnlySpan<PropertyKey> added, PropertyFlags attributes)
    {
        if (IsUnique)
        {
            var s = this;
            foreach (var key in added) s = s.Add(key, attributes);
            return s;
        }
        int total = Count + added.Length;
        bool unique = total > MaxSharedCount;
        var newKeys = new PropertyKey[unique ? total * 2 : total];
        var newFlags = new PropertyFlags[newKeys.Length];
        Array.Copy(keys, newKeys, Count);
        Array.Copy(flags, newFlags, Count);
        bool anyIndex = HasIndexKeys;
        for (int i = 0; i < added.Length; i++)
        {
            newKeys[Count + i] = added[i];
            newFlags[Count + i] = attributes;
            anyIndex |= added[i].IsIndex;
        }
        return new Shape(newKeys, newFlags, total, unique) { HasIndexKeys = anyIndex };
    }

    private Shape NewShapeWith(in PropertyKey key, PropertyFlags attributes)
    {
        bool unique = Count + 1 > MaxSharedCount;
        var newKeys = new PropertyKey[unique ? Count * 2 : Count + 1];
        var newFlags = new PropertyFlags[newKeys.Length];
        Array.Copy(keys, newKeys, Count);
        Array.Copy(flags, newFlags, Count);
        newKeys[Count] = key;
        newFlags[Count] = attributes;
        return new Shape(newKeys, newFlags, Count + 1, unique) { HasIndexKeys = HasIndexKeys || key.IsIndex };
    }

    /// <summary>A new unique shape with the attributes of <paramref name="slot"/> changed.</summary>
    public Shape WithFlags(int slot, PropertyFlags attributes)
    {
        var copy = CloneUnique();
        copy.flags[slot] = attributes;
        return copy;
    }

    /// <summary>A new unique shape without <paramref name="slot"/>; later slots move down by one
    /// (the object must move its values the same way).</summary>
    public Shape Remove(int slot)
    {
        var copy = CloneUnique();
        Array.Copy(copy.keys, slot + 1, copy.keys, slot, Count - slot - 1);
        Array.Copy(copy.flags, slot + 1, copy.flags, slot, Count - slot - 1);
        copy.Count--;
        copy.keys[copy.Count] = default;
        return copy;
    }

    private Shape CloneUnique()
    {
        var k = new PropertyKey[Math.Max(Count, 4)];
        var f = new PropertyFlags[k.Length];
        Array.Copy(keys, k, Count);
        Array.Copy(flags, f, Count);
        return new Shape(k, f, Count, unique: true) { HasIndexKeys = HasIndexKeys };
    }
}
