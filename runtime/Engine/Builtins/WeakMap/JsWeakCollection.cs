using System.Runtime.CompilerServices;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins;

/// <summary>
/// The [[WeakMapData]] / [[WeakSetData]] of ECMA-262 §24.3-24.4 on a ConditionalWeakTable (AOT-safe,
/// no reflection): an entry lives as long as its key object or symbol does.
/// </summary>
public sealed class JsWeakCollection(JsObject? prototype, bool isMap) : JsObject(prototype)
{
    private readonly ConditionalWeakTable<object, StrongBox<JsValue>> table = new();
    internal bool IsMap { get; } = isMap;

    public override string ClassName => IsMap ? "WeakMap" : "WeakSet";

    /// <summary>§9.13 CanBeHeldWeakly: an object, or a symbol not in the global registry.</summary>
    internal static bool CanBeHeldWeakly(in JsValue v)
        => v.IsObject || (v.IsSymbol && v.AsSymbol.RegistryKey == null);

    internal bool TryGet(in JsValue key, out JsValue value)
    {
        if (CanBeHeldWeakly(key) && table.TryGetValue(key.Ref!, out var box)) { value = box.Value; return true; }
        value = JsValue.Undefined;
        return false;
    }

    internal bool Has(in JsValue key) => CanBeHeldWeakly(key) && table.TryGetValue(key.Ref!, out _);

    internal void Set(in JsValue key, in JsValue value) => table.AddOrUpdate(key.Ref!, new StrongBox<JsValue>(value));

    internal bool Remove(in JsValue key) => CanBeHeldWeakly(key) && table.Remove(key.Ref!);
}
