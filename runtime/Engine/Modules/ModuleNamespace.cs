using System;
using System.Collections.Generic;
using Aot.Engine.Objects;

namespace Aot.Engine.Modules;

/// <summary>
/// ECMA-262 §10.4.6 Module Namespace Exotic Objects: a null-prototype, non-extensible object whose
/// string keys are the module's export names (sorted by code units), each a live view of the
/// exporting binding (reading one in its TDZ throws a ReferenceError), plus @@toStringTag "Module".
/// </summary>
public sealed class ModuleNamespace : JsObject
{
    public ModuleRecord Module { get; }
    private readonly string[] exports;
    private readonly Dictionary<string, ResolvedBinding> bindings = new(StringComparer.Ordinal);

    internal ModuleNamespace(Realm realm, ModuleRecord module, List<(string Name, ResolvedBinding Binding)> names) : base(null)
    {
        Module = module;
        names.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        exports = new string[names.Count];
        for (int i = 0; i < names.Count; i++)
        {
            exports[i] = names[i].Name;
            bindings[names[i].Name] = names[i].Binding;
        }
        // §28.3.1 @@toStringTag: { [[Value]]: "Module", all false }.
        AddProperty(JsSymbol.ToStringTag, JsValue.FromString("Module"), PropertyFlags.None);
        base.PreventExtensions();
    }

    public override string ClassName => "Module";
    public IReadOnlyList<string> ExportNames => exports;
    protected override bool HasExoticHasProperty => true;

    private static string? ExportKey(in PropertyKey key)
        => key.IsSymbol ? null : key.IsIndex ? key.Index.ToString(System.Globalization.CultureInfo.InvariantCulture) : key.AsString;

    /// <summary>The binding's value; a ReferenceError when it is still uninitialized (§10.4.6.8 step 12).</summary>
    private JsValue Read(string name, ResolvedBinding binding)
    {
        var value = binding.Module!.BindingValue(binding.Cell);
        if (value.IsEmpty) JsException.ThrowReferenceError($"Cannot access '{name}' before initialization");
        return value;
    }

    public override bool TryGetOwnFast(in PropertyKey key, out JsValue slotValue, out PropertyFlags flags)
    {
        var name = ExportKey(key);
        if (name == null) return base.TryGetOwnFast(key, out slotValue, out flags);
        if (!bindings.TryGetValue(name, out var binding)) { slotValue = default; flags = 0; return false; }
        slotValue = Read(name, binding);
        flags = PropertyFlags.Writable | PropertyFlags.Enumerable;
        return true;
    }

    protected override bool TrySetOwnFast(in PropertyKey key, in JsValue value) => false;

    // §10.4.6.1-3: the prototype is null for good.
    public override JsObject? GetPrototypeOf() => null;
    public override bool SetPrototypeOf(JsObject? value) => value == null;
    public override bool IsExtensible() => false;
    public override bool PreventExtensions() => true;

    /// <summary>§10.4.6.5 [[GetOwnProperty]].</summary>
    public override bool GetOwnProperty(in PropertyKey key, out PropertyDescriptor descriptor)
    {
        var name = ExportKey(key);
        if (name == null) return base.GetOwnProperty(key, out descriptor);
        if (!bindings.TryGetValue(name, out var binding)) { descriptor = default; return false; }
        descriptor = PropertyDescriptor.Data(Read(name, binding), PropertyFlags.Writable | PropertyFlags.Enumerable);
        return true;
    }

    /// <summary>§10.4.6.6 [[DefineOwnProperty]].</summary>
    public override bool DefineOwnProperty(in PropertyKey key, in PropertyDescriptor desc)
    {
        if (key.IsSymbol) return base.DefineOwnProperty(key, desc);
        if (!GetOwnProperty(key, out var current)) return false;
        if (desc.HasConfigurable && desc.Configurable) return false;
        if (desc.HasEnumerable && !desc.Enumerable) return false;
        if (desc.IsAccessorDescriptor) return false;
        if (desc.HasWritable && !desc.Writable) return false;
        if (desc.HasValue) return Operations.SameValue(desc.Value, current.Value);
        return true;
    }

    /// <summary>§10.4.6.7 [[HasProperty]].</summary>
    public override bool HasProperty(in PropertyKey key)
    {
        var name = ExportKey(key);
        if (name == null) return base.TryGetOwnFast(key, out _, out _);
        return bindings.ContainsKey(name);
    }

    /// <summary>§10.4.6.8 [[Get]].</summary>
    public override JsValue Get(in PropertyKey key, in JsValue receiver)
    {
        var name = ExportKey(key);
        if (name == null) return base.TryGetOwnFast(key, out var v, out _) ? v : JsValue.Undefined;
        return bindings.TryGetValue(name, out var binding) ? Read(name, binding) : JsValue.Undefined;
    }

    /// <summary>§10.4.6.9 [[Set]].</summary>
    public override bool Set(in PropertyKey key, in JsValue value, in JsValue receiver) => false;

    /// <summary>§10.4.6.10 [[Delete]].</summary>
    public override bool Delete(in PropertyKey key)
    {
        var name = ExportKey(key);
        if (name == null) return base.Delete(key);
        return !bindings.ContainsKey(name);
    }

    /// <summary>§10.4.6.11 [[OwnPropertyKeys]]: the exports, then the symbol keys.</summary>
    public override void OwnPropertyKeys(List<PropertyKey> keys)
    {
        foreach (var e in exports) keys.Add(PropertyKey.FromString(e));
        base.OwnPropertyKeys(keys);
    }
}
