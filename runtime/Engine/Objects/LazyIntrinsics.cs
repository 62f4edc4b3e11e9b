using System;

namespace Aot.Engine.Objects;

/// <summary>
/// A family of intrinsics created on first use (ArrayBuffer and the typed arrays, Proxy, Reflect,
/// Temporal, …): most scripts never touch them, and creating every built-in object eagerly was the
/// largest part of a realm's creation (about a third of `aot hello.js`'s run time).
///
/// Each global the family defines starts as a property of the global object whose slot holds this
/// group (an internal value that never reaches JS; see <see cref="JsGlobalObject"/>) with the
/// attributes the eager definition has, { writable, !enumerable, configurable }. Reading the slot
/// (a [[Get]], [[GetOwnProperty]], a global-variable lookup, an inline-cache fill) runs
/// <see cref="Ensure"/>, which creates the whole family; its installer stores each global through
/// <see cref="Realm.DefineIntrinsicGlobal"/>, which fills the slots that still hold this group and
/// leaves alone a global the program has meanwhile deleted or replaced. Realm properties of the
/// family (realm.ArrayBufferPrototype, …) call <see cref="Ensure"/> too, so code that reaches an
/// intrinsic without going through the global object sees it created.
/// </summary>
internal sealed class LazyIntrinsics
{
    private readonly Realm realm;
    private Action<Realm>? create;

    public LazyIntrinsics(Realm realm, Action<Realm> create)
    {
        this.realm = realm;
        this.create = create;
    }

    /// <summary>Creates the family now unless it exists (re-entry while it is being created returns at once).</summary>
    public void Ensure()
    {
        var c = create;
        if (c == null) return;
        create = null;
        bool outer = !realm.CreatingDeferredIntrinsics;
        realm.CreatingDeferredIntrinsics = true;
        try
        {
            c(realm);
        }
        finally
        {
            if (outer) realm.CreatingDeferredIntrinsics = false;
        }
    }
}
