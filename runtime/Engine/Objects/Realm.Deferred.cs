using System;
using System.Collections.Generic;

namespace Aot.Engine.Objects;

// Intrinsic families created on first use (LazyIntrinsics): the realm's side of the mechanism.
public sealed partial class Realm
{
    private List<LazyIntrinsics>? deferred;

    /// <summary>The Temporal namespace's family. Code that reaches a realm.Temporal*Prototype without going
    /// through the `Temporal` global (Date.prototype.toTemporalInstant, say) must call
    /// <c>TemporalFamily?.Ensure()</c> first (GetPrototypeFromConstructor's fallback already does).</summary>
    internal LazyIntrinsics? TemporalFamily;

    /// <summary>True while a deferred family is being created (its globals then only fill their slots).</summary>
    internal bool CreatingDeferredIntrinsics { get; set; }

    /// <summary>
    /// Creates every intrinsic family at realm creation instead of on first use: the same objects,
    /// global keys and attributes either way (tests compare the two; embedders that want no
    /// first-use work can set it). Read by the realm constructor: set before <see cref="Vm.CreateRealm"/>.
    /// </summary>
    [ThreadStatic] internal static bool EagerIntrinsics;

    /// <summary>
    /// Defers <paramref name="create"/> (which defines <paramref name="globals"/>, in this order, with
    /// <see cref="DefineIntrinsicGlobal"/>) until one of those globals or one of the family's realm
    /// properties is first used; the globals are defined now as { writable, !enumerable,
    /// configurable } data properties. Returns the group, for the realm properties to ensure.
    /// </summary>
    internal LazyIntrinsics? Defer(Action<Realm> create, params string[] globals)
    {
        if (EagerIntrinsics)
        {
            create(this);
            return null;
        }
        var group = new LazyIntrinsics(this, create);
        var marker = JsValue.FromInternal(group);
        foreach (var name in globals) GlobalObject.AddProperty(name, marker, PropertyFlags.Hidden);
        (deferred ??= new()).Add(group);
        return group;
    }

    /// <summary>Defines a standard global ({ writable, !enumerable, configurable }) from a family's
    /// installer: when the family was deferred, fills the global's slot if it still holds the family.</summary>
    internal void DefineIntrinsicGlobal(string name, JsObject value)
    {
        var v = JsValue.FromObject(value);
        if (((JsGlobalObject)GlobalObject).TryFillDeferred(name, v) || CreatingDeferredIntrinsics) return;
        GlobalObject.AddProperty(name, v, PropertyFlags.Hidden);
    }

    /// <summary>Creates every deferred family (GetPrototypeFromConstructor's fallback realm, whose
    /// intrinsic is chosen by a callback, and anything else that needs all of them).</summary>
    public void CreateDeferredIntrinsics()
    {
        if (deferred == null) return;
        foreach (var group in deferred.ToArray()) group.Ensure();
    }
}
