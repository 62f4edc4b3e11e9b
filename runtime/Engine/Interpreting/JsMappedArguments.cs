using Aot.Engine.Objects;

namespace Aot.Engine.Interpreting;

/// <summary>
/// ECMA-262 §10.4.4 arguments exotic object (CreateMappedArgumentsObject, §10.4.4.7): for a sloppy
/// function with a simple parameter list, index i &lt; min(argc, params) aliases parameter i, whose
/// Cell is in <see cref="map"/> (null once unmapped). The slot of a mapped index is stale while
/// mapped; reads and writes go to the cell, and unmapping first stores the cell's value back.
/// </summary>
internal sealed class JsMappedArguments(JsObject? prototype, Cell?[] map) : JsArguments(prototype)
{
    private readonly Cell?[] map = map;

    private Cell? Mapped(in PropertyKey key) => key.IsIndex && key.Index < (uint)map.Length ? map[key.Index] : null;

    private void Unmap(in PropertyKey key) => map[key.Index] = null;

    public override bool TryGetOwnFast(in PropertyKey key, out JsValue slotValue, out PropertyFlags flags)
    {
        if (!base.TryGetOwnFast(key, out slotValue, out flags)) return false;
        if (Mapped(key) is { } cell) slotValue = cell.Value;
        return true;
    }

    protected override bool TrySetOwnFast(in PropertyKey key, in JsValue value)
    {
        if (!base.TrySetOwnFast(key, value)) return false;
        if (Mapped(key) is { } cell) cell.Value = value;
        return true;
    }

    // §10.4.4.2 [[DefineOwnProperty]]
    public override bool DefineOwnProperty(in PropertyKey key, in PropertyDescriptor descriptor)
    {
        var cell = Mapped(key);
        var newDesc = descriptor;
        if (cell != null && !descriptor.IsAccessorDescriptor && !descriptor.HasValue && descriptor.HasWritable && !descriptor.Writable)
            newDesc.Value = cell.Value;
        if (cell != null)
        {
            // Keep the slot current so a failed or partial define sees the live value.
            base.TrySetOwnFast(key, cell.Value);
        }
        if (!OrdinaryDefineOwnProperty(key, newDesc)) return false;
        if (cell != null)
        {
            if (descriptor.IsAccessorDescriptor) Unmap(key);
            else
            {
                if (descriptor.HasValue) cell.Value = descriptor.Value;
                if (descriptor.HasWritable && !descriptor.Writable) Unmap(key);
            }
        }
        return true;
    }

    // §10.4.4.5 [[Delete]]
    public override bool Delete(in PropertyKey key)
    {
        bool result = base.Delete(key);
        if (result && Mapped(key) != null) Unmap(key);
        return result;
    }
}

public sealed partial class Vm
{
    /// <summary>§10.4.4.7 CreateMappedArgumentsObject: <paramref name="registers"/>[i] is the register holding
    /// parameter i's Cell, or -1 when a later parameter has the same name.</summary>
    private JsObject CreateMappedArgumentsObject(ref Frame f, int[] registers)
    {
        var realm = f.Function.Realm;
        var args = f.Args ?? [];
        var map = new Cell?[System.Math.Min(args.Length, registers.Length)];
        for (int i = 0; i < map.Length; i++)
            if (registers[i] >= 0) map[i] = stack[f.Fp + registers[i]].Ref as Cell;
        var obj = new JsMappedArguments(realm.ObjectPrototype, map);
        obj.AddProperty("length", JsValue.FromNumber(args.Length), PropertyFlags.Hidden);
        for (int i = 0; i < args.Length; i++) obj.AddProperty(PropertyKey.FromIndex((uint)i), args[i], PropertyFlags.Default);
        obj.AddProperty(JsSymbol.Iterator, JsValue.FromObject(realm.ArrayValues), PropertyFlags.Hidden);
        obj.AddProperty("callee", JsValue.FromObject(f.Function), PropertyFlags.Hidden);
        return obj;
    }
}
