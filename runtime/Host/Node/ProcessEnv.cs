using System.Collections.Generic;
using Aot.Engine.Objects;
using Aot.Runtime.Running;

namespace Aot.Runtime.Node;

/// <summary>
/// process.env: an exotic object over the real environment (getenv/setenv/unsetenv, as Node's
/// node_env_var.cc). Reads see changes made by anyone; assignments convert the value to a string;
/// keys enumerate in `environ` order; symbols are ordinary properties.
/// </summary>
internal sealed class ProcessEnv(JsObject? prototype) : JsObject(prototype)
{
    private const PropertyFlags EnvFlags = PropertyFlags.Default;

    public override bool TryGetOwnFast(in PropertyKey key, out JsValue slotValue, out PropertyFlags flags)
    {
        if (key.IsSymbol) return base.TryGetOwnFast(key, out slotValue, out flags);
        string? value = HostNative.GetEnv(key.ToString());
        if (value == null) { slotValue = default; flags = 0; return false; }
        slotValue = JsValue.FromString(value);
        flags = EnvFlags;
        return true;
    }

    protected override bool TrySetOwnFast(in PropertyKey key, in JsValue value)
    {
        if (key.IsSymbol) return base.TrySetOwnFast(key, value);
        HostNative.SetEnv(key.ToString(), Operations.ToString(value));
        return true;
    }

    public override bool Set(in PropertyKey key, in JsValue value, in JsValue receiver)
    {
        if (key.IsSymbol || receiver.Ref != this) return base.Set(key, value, receiver);
        HostNative.SetEnv(key.ToString(), Operations.ToString(value));
        return true;
    }

    public override bool DefineOwnProperty(in PropertyKey key, in PropertyDescriptor descriptor)
    {
        if (key.IsSymbol) return base.DefineOwnProperty(key, descriptor);
        // Node: only plain data descriptors (configurable, writable, enumerable) are allowed.
        if (descriptor.IsAccessorDescriptor) JsException.ThrowTypeError("'process.env' does not accept an accessor(getter/setter) descriptor");
        if (descriptor.HasValue) HostNative.SetEnv(key.ToString(), Operations.ToString(descriptor.Value));
        return true;
    }

    public override bool Delete(in PropertyKey key)
    {
        if (key.IsSymbol) return base.Delete(key);
        HostNative.UnsetEnv(key.ToString());
        return true;
    }

    public override void OwnPropertyKeys(List<PropertyKey> keys)
    {
        foreach (var name in HostNative.EnvironmentNames()) keys.Add(PropertyKey.FromString(name));
        var own = new List<PropertyKey>();
        OrdinaryOwnPropertyKeys(own);
        foreach (var k in own) if (k.IsSymbol) keys.Add(k);
    }
}
