using System;
using System.Collections.Generic;

namespace Aot.Engine.Objects;

/// <summary>A Proxy exotic object without [[Call]] (ECMA-262 §10.5).</summary>
public sealed class JsProxy : JsObject
{
    internal readonly ProxyCore Core;

    internal JsProxy(ProxyCore core) : base(null) { Core = core; }

    public override string ClassName => "Object";
    protected override bool HasExoticGetPrototypeOf => true;
    protected override bool HasExoticHasProperty => true;
    internal override bool HasNoIndexedProperties => false;

    // Peeks at own storage (inline caches, messages) never see a proxy's properties: they are not
    // observable without running traps, and a proxy has no storage of its own.
    public override bool TryGetOwnFast(in PropertyKey key, out JsValue slotValue, out PropertyFlags flags)
    { slotValue = default; flags = 0; return false; }
    protected override bool TrySetOwnFast(in PropertyKey key, in JsValue value) => false;

    public override JsObject? GetPrototypeOf() => Core.GetPrototypeOf();
    public override bool SetPrototypeOf(JsObject? value) => Core.SetPrototypeOf(value);
    public override bool IsExtensible() => Core.IsExtensible();
    public override bool PreventExtensions() => Core.PreventExtensions();
    public override bool GetOwnProperty(in PropertyKey key, out PropertyDescriptor descriptor) => Core.GetOwnProperty(key, out descriptor);
    public override bool DefineOwnProperty(in PropertyKey key, in PropertyDescriptor descriptor) => Core.DefineOwnProperty(key, descriptor);
    public override bool HasProperty(in PropertyKey key) => Core.HasProperty(key);
    public override JsValue Get(in PropertyKey key, in JsValue receiver) => Core.Get(key, receiver);
    public override bool Set(in PropertyKey key, in JsValue value, in JsValue receiver) => Core.Set(key, value, receiver);
    public override bool Delete(in PropertyKey key) => Core.Delete(key);
    public override void OwnPropertyKeys(List<PropertyKey> keys) => Core.OwnPropertyKeys(keys);
}

/// <summary>A Proxy exotic object whose target is callable: it has [[Call]] and, when the target
/// has one, [[Construct]] (ECMA-262 §10.5.15 ProxyCreate steps 7-8).</summary>
public sealed class JsCallableProxy : JsFunction
{
    internal readonly ProxyCore Core;
    private readonly bool constructor;

    internal JsCallableProxy(Realm realm, ProxyCore core, bool isConstructor) : base(realm, null)
    {
        Core = core;
        constructor = isConstructor;
    }

    public override bool IsConstructor => constructor;
    public override string DebugName => Core.Target is JsFunction f ? f.DebugName : "";
    protected override bool HasExoticGetPrototypeOf => true;
    protected override bool HasExoticHasProperty => true;
    internal override bool HasNoIndexedProperties => false;

    public override bool TryGetOwnFast(in PropertyKey key, out JsValue slotValue, out PropertyFlags flags)
    { slotValue = default; flags = 0; return false; }
    protected override bool TrySetOwnFast(in PropertyKey key, in JsValue value) => false;

    public override JsObject? GetPrototypeOf() => Core.GetPrototypeOf();
    public override bool SetPrototypeOf(JsObject? value) => Core.SetPrototypeOf(value);
    public override bool IsExtensible() => Core.IsExtensible();
    public override bool PreventExtensions() => Core.PreventExtensions();
    public override bool GetOwnProperty(in PropertyKey key, out PropertyDescriptor descriptor) => Core.GetOwnProperty(key, out descriptor);
    public override bool DefineOwnProperty(in PropertyKey key, in PropertyDescriptor descriptor) => Core.DefineOwnProperty(key, descriptor);
    public override bool HasProperty(in PropertyKey key) => Core.HasProperty(key);
    public override JsValue Get(in PropertyKey key, in JsValue receiver) => Core.Get(key, receiver);
    public override bool Set(in PropertyKey key, in JsValue value, in JsValue receiver) => Core.Set(key, value, receiver);
    public override bool Delete(in PropertyKey key) => Core.Delete(key);
    public override void OwnPropertyKeys(List<PropertyKey> keys) => Core.OwnPropertyKeys(keys);

    public override JsValue Call(in JsValue thisValue, ReadOnlySpan<JsValue> args) => Core.Call(thisValue, args);

    public override JsValue Construct(ReadOnlySpan<JsValue> args, JsObject newTarget)
    {
        if (!constructor) return base.Construct(args, newTarget);
        return Core.Construct(args, newTarget);
    }
}
