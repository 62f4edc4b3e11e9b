using System.Runtime.CompilerServices;
using Aot.Engine.Compiling;
using Aot.Engine.Objects;

namespace Aot.Engine.Interpreting;

/// <summary>
/// Property-site inline caches beyond the one inline (shape, slot) pair of <see cref="PropertyCache"/>:
/// up to <see cref="MaxCacheEntries"/> more entries per site, for sites that see several shapes
/// (subclass instances at one call site), for properties found on a prototype (methods, getters)
/// and, at SetProp sites, for additions (constructors adding fields: shape before → shape after).
///
/// A prototype-chain entry is valid while the receiver has the same shape and class, and each
/// prototype on the way is the same object with the same shape. Shapes only grow in place when they
/// are unique (dictionary mode), so every object the lookup passes through without finding the key
/// must have a shared shape: then adding the key anywhere on the way, changing a prototype link or
/// reshaping the holder makes the entry miss. The holder's slot is read live, so writes to it are seen.
/// </summary>
public sealed partial class Vm
{
    private const int MaxCacheEntries = 4, MaxCacheDepth = 4;

    /// <summary>The object holding the cached property for receiver <paramref name="o"/> (o itself for
    /// own properties) and its slot; null when no entry matches. Get sites only.</summary>
    internal static JsObject? ProbeEntries(JsObject o, ref PropertyCache ic, out int slot, out bool accessor)
    {
        var entries = ic.Entries;
        if (entries != null)
        {
            var shape = o.shape;
            for (int i = 0; i < entries.Length; i++)
            {
                ref var e = ref entries[i];
                if (!ReferenceEquals(e.Shape, shape)) continue;
                JsObject? holder = o;
                if (e.Depth != 0)
                {
                    // GetType() == typeof(...) compiles to a type-handle compare.
                    if (e.ReceiverIsArray ? o.GetType() != typeof(JsArray) : o.GetType() != typeof(JsObject)) continue;
                    holder = WalkChain(o, ref e);
                    if (holder == null) continue;
                }
                slot = e.Slot;
                accessor = e.Accessor;
                return holder;
            }
        }
        slot = 0;
        accessor = false;
        return null;
    }

    /// <summary>The entry's Depth-th prototype of <paramref name="o"/> when every prototype up to it is
    /// the recorded object with the recorded shape; else null. Depth is at least 1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static JsObject? WalkChain(JsObject o, ref CacheEntry e)
    {
        var p = o.prototype;
        if (!ReferenceEquals(p, e.P1) || !ReferenceEquals(p!.shape, e.S1)) return null;
        if (e.Depth == 1) return p;
        p = p.prototype;
        if (!ReferenceEquals(p, e.P2) || !ReferenceEquals(p!.shape, e.S2)) return null;
        if (e.Depth == 2) return p;
        p = p.prototype;
        if (!ReferenceEquals(p, e.P3) || !ReferenceEquals(p!.shape, e.S3)) return null;
        if (e.Depth == 3) return p;
        p = p.prototype;
        if (!ReferenceEquals(p, e.P4) || !ReferenceEquals(p!.shape, e.S4)) return null;
        return p;
    }

    /// <summary>SetProp through the extra entries: an own writable data slot, or a cached addition
    /// (ordinary extensible receiver, same prototype chain without the key). False: no entry applies.</summary>
    internal static bool TrySetThroughEntries(JsObject o, ref PropertyCache ic, in JsValue value)
    {
        var entries = ic.Entries;
        if (entries == null) return false;
        var shape = o.shape;
        for (int i = 0; i < entries.Length; i++)
        {
            ref var e = ref entries[i];
            if (!ReferenceEquals(e.Shape, shape)) continue;
            if (e.NewShape == null)
            {
                o.slots[e.Slot] = value;
                return true;
            }
            if (o.GetType() != typeof(JsObject) || !o.extensible) continue;
            if (e.Depth == 0 ? o.prototype != null : WalkChain(o, ref e) is not { } last || last.prototype != null) continue;
            o.AppendSlot(e.NewShape!, value);
            return true;
        }
        return false;
    }

    /// <summary>After an ordinary set added <paramref name="key"/> to <paramref name="o"/> (shared shape
    /// <paramref name="before"/> → its current shape): cache the addition when the whole prototype
    /// chain is ordinary, shared-shaped and without the key.</summary>
    private static void FillTransitionEntry(JsObject o, Shape before, in PropertyKey key, ref PropertyCache ic)
    {
        if (o.GetType() != typeof(JsObject) || before.IsUnique || key.IsIndex) return;
        var after = o.shape;
        if (after.Count != before.Count + 1 || after.FlagsAt(before.Count) != PropertyFlags.Default || !after.KeyAt(before.Count).Equals(key)) return;
        var e = new CacheEntry { Shape = before, Slot = before.Count, NewShape = after };
        int depth = 0;
        for (var p = o.prototype; p != null; p = p.prototype)
        {
            if (++depth > MaxCacheDepth || p.IsExoticForCaching || p.shape.IsUnique || p.shape.Find(key) >= 0 || p.TryGetOwnFast(key, out _, out _)) return;
            switch (depth)
            {
                case 1: e.P1 = p; e.S1 = p.shape; break;
                case 2: e.P2 = p; e.S2 = p.shape; break;
                case 3: e.P3 = p; e.S3 = p.shape; break;
                default: e.P4 = p; e.S4 = p.shape; break;
            }
        }
        e.Depth = depth;
        AddEntry(ref ic, e);
    }

    /// <summary>After a get miss: records where <paramref name="key"/> lives for receivers shaped like
    /// <paramref name="o"/>, when the lookup is ordinary all the way (no exotic object answers the
    /// key outside its shape, no unique shape is passed through). Own data properties go to the
    /// inline pair when it is free.</summary>
    private static void FillGetEntry(JsObject o, in PropertyKey key, ref PropertyCache ic)
    {
        if (key.IsIndex) return;
        var e = new CacheEntry { Shape = o.shape, ReceiverIsArray = o.GetType() == typeof(JsArray) };
        var current = o;
        int depth = 0;
        while (true)
        {
            if (current.IsExoticForCaching) return;
            int slot = current.shape.Find(key);
            if (slot >= 0)
            {
                var flags = current.shape.FlagsAt(slot);
                // The class's own lookup must agree with the shape.
                if (!current.TryGetOwnFast(key, out var own, out var ownFlags) || ownFlags != flags || !ReferenceEquals(own.Ref, current.slots[slot].Ref)) return;
                e.Slot = slot;
                e.Depth = depth;
                e.Accessor = (flags & PropertyFlags.Accessor) != 0;
                break;
            }
            if (current.shape.IsUnique || current.TryGetOwnFast(key, out _, out _)) return;
            if (depth == 0 && o.GetType() != typeof(JsObject) && o.GetType() != typeof(JsArray)) return;
            var next = current.prototype;
            if (next == null || ++depth > MaxCacheDepth) return;
            switch (depth)
            {
                case 1: e.P1 = next; e.S1 = next.shape; break;
                case 2: e.P2 = next; e.S2 = next.shape; break;
                case 3: e.P3 = next; e.S3 = next.shape; break;
                default: e.P4 = next; e.S4 = next.shape; break;
            }
            current = next;
        }
        if (e.Depth == 0 && !e.Accessor && ic.Shape == null)
        {
            ic.Shape = e.Shape;
            ic.Slot = e.Slot;
            return;
        }
        AddEntry(ref ic, e);
    }

    /// <summary>After a set that found (or made) a writable own data property: cache it.</summary>
    private static void FillSetEntry(JsObject o, int slot, ref PropertyCache ic)
    {
        if (ic.Shape == null)
        {
            ic.Shape = o.shape;
            ic.Slot = slot;
            return;
        }
        AddEntry(ref ic, new CacheEntry { Shape = o.shape, Slot = slot });
    }

    private static void AddEntry(ref PropertyCache ic, in CacheEntry e)
    {
        var entries = ic.Entries ??= new CacheEntry[MaxCacheEntries];
        entries[ic.NextEntry] = e;
        ic.NextEntry = (ic.NextEntry + 1) % MaxCacheEntries;
    }
}
