using System.Collections.Generic;

namespace Aot.Engine.Objects;

/// <summary>A Boolean, Number, Symbol or BigInt wrapper object ([[BooleanData]] etc., ECMA-262 §20.3, §21.1).</summary>
public sealed class JsPrimitiveObject(JsObject? prototype, JsValue primitive) : JsObject(prototype)
{
    public JsValue PrimitiveValue { get; } = primitive;

    public override string ClassName => PrimitiveValue.Tag switch
    {
        JsTag.Boolean => "Boolean",
        JsTag.Number => "Number",
        JsTag.Symbol => "Symbol",
        JsTag.BigInt => "BigInt",
        _ => "Object",
    };
}

/// <summary>ECMA-262 §10.4.3 String exotic object: read-only index properties and `length`.</summary>
public sealed class JsStringObject : JsObject
{
    public string Value { get; }

    public JsStringObject(JsObject? prototype, string value) : base(prototype) { Value = value; }

    public override string ClassName => "String";

    public override bool TryGetOwnFast(in PropertyKey key, out JsValue slotValue, out PropertyFlags flags)
    {
        if (key.IsIndex && key.Index < (uint)Value.Length)
        {
            slotValue = JsValue.FromString(Value[(int)key.Index].ToString());
            flags = PropertyFlags.Enumerable;
            return true;
        }
        if (key.Equals(JsArray.LengthKey))
        {
            slotValue = JsValue.FromNumber(Value.Length);
            flags = PropertyFlags.None;
            return true;
        }
        return base.TryGetOwnFast(key, out slotValue, out flags);
    }

    protected override bool TrySetOwnFast(in PropertyKey key, in JsValue value)
        => !(key.IsIndex && key.Index < (uint)Value.Length) && !key.Equals(JsArray.LengthKey) && base.TrySetOwnFast(key, value);

    public override bool DefineOwnProperty(in PropertyKey key, in PropertyDescriptor desc)
    {
        if ((key.IsIndex && key.Index < (uint)Value.Length) || key.Equals(JsArray.LengthKey))
        {
            // §10.4.3.2: IsCompatiblePropertyDescriptor against the fixed read-only property.
            TryGetOwnFast(key, out var current, out var flags);
            if (desc.HasConfigurable && desc.Configurable) return false;
            if (desc.HasEnumerable && desc.Enumerable != ((flags & PropertyFlags.Enumerable) != 0)) return false;
            if (desc.IsAccessorDescriptor) return false;
            if (desc.HasWritable && desc.Writable) return false;
            return !desc.HasValue || Operations.SameValue(desc.Value, current);
        }
        return OrdinaryDefineOwnProperty(key, desc);
    }

    public override bool Delete(in PropertyKey key)
        => !((key.IsIndex && key.Index < (uint)Value.Length) || key.Equals(JsArray.LengthKey)) && base.Delete(key);

    public override void OwnPropertyKeys(List<PropertyKey> keys)
    {
        for (int i = 0; i < Value.Length; i++) keys.Add(PropertyKey.FromIndex((uint)i));
        int start = keys.Count;
        OrdinaryOwnPropertyKeys(keys);
        int at = start;
        while (at < keys.Count && keys[at].IsIndex) at++;
        keys.Insert(at, JsArray.LengthKey);
    }

    internal override bool HasNoIndexedProperties => false;
}
