using System;
using System.Collections.Generic;
using Aot.Engine.Builtins;

namespace Aot.Engine.Objects;

/// <summary>
/// The [[ProxyTarget]] / [[ProxyHandler]] slots and the internal methods of ECMA-262 §10.5 Proxy
/// exotic objects, each algorithm in spec step order. A proxy is a <see cref="JsProxy"/> or, when
/// its target is callable, a <see cref="JsCallableProxy"/> (so every `is JsFunction` callability test
/// sees it); both forward their internal methods here. A revoked proxy has both slots null.
/// Every operation is counted as a native re-entry of the VM: a chain of proxies whose traps forward
/// to proxies recurses in .NET and must end in a catchable RangeError, never a stack overflow.
/// </summary>
public sealed class ProxyCore
{
    internal JsObject? Target;
    internal JsObject? Handler;
    internal readonly Realm Realm;

    internal ProxyCore(Realm realm, JsObject target, JsObject handler)
    {
        Realm = realm;
        Target = target;
        Handler = handler;
    }

    public bool IsRevoked => Handler == null;
    /// <summary>[[ProxyTarget]] (null once revoked), for hosts that show a proxy without running traps.</summary>
    public JsObject? ProxyTarget => Target;

    internal void Revoke()
    {
        Target = null;
        Handler = null;
    }

    /// <summary>§10.5.14 ValidateNonRevokedProxy, then steps "let target/handler be ..." and "let trap be ? GetMethod(handler, name)".</summary>
    private JsObject? Trap(string name, out JsObject target, out JsObject handler)
    {
        if (Handler == null) JsException.ThrowTypeError($"Cannot perform '{name}' on a proxy that has been revoked");
        target = Target!;
        handler = Handler;
        var trap = handler.Get(name, JsValue.FromObject(handler));
        if (trap.IsNullish) return null;
        if (!trap.IsCallable) JsException.ThrowTypeError($"'{name}' on proxy: trap is not a function: {Operations.DescribeForError(trap)}");
        return trap.AsObject();
    }

    /// <summary>The current realm (of the running JS function): objects the algorithms create belong to it.</summary>
    private Realm CurrentRealm => Realm.Vm.CurrentRealm ?? Realm;

    private void Enter() => Realm.Vm.EnterNative();
    private void Leave() => Realm.Vm.LeaveNative();

    private static JsValue CallTrap(JsObject trap, JsObject handler, ReadOnlySpan<JsValue> args)
        => Operations.Call(trap, JsValue.FromObject(handler), args);

    // 10.5.1 [[GetPrototypeOf]] ( )
    internal JsObject? GetPrototypeOf()
    {
        Enter();
        try
        {
            var trap = Trap("getPrototypeOf", out var target, out var handler);                 // Steps 1-5.
            if (trap == null) return target.GetPrototypeOf();                                  // Step 6.
            var handlerProto = CallTrap(trap, handler, [target]);                              // Step 7.
            if (!handlerProto.IsObject && !handlerProto.IsNull)                                // Step 8.
                JsException.ThrowTypeError("'getPrototypeOf' on proxy: trap returned neither object nor null");
            if (target.IsExtensible()) return handlerProto.AsObjectOrNull;                     // Steps 9-10.
            var targetProto = target.GetPrototypeOf();                                         // Step 11.
            if (!ReferenceEquals(handlerProto.AsObjectOrNull, targetProto))                    // Step 12.
                JsException.ThrowTypeError("'getPrototypeOf' on proxy: proxy target is non-extensible but the trap did not return its actual prototype");
            return handlerProto.AsObjectOrNull;                                                // Step 13.
        }
        finally { Leave(); }
    }

    // 10.5.2 [[SetPrototypeOf]] ( V )
    internal bool SetPrototypeOf(JsObject? value)
    {
        Enter();
        try
        {
            var trap = Trap("setPrototypeOf", out var target, out var handler);
            if (trap == null) return target.SetPrototypeOf(value);
            if (!Operations.ToBoolean(CallTrap(trap, handler, [target, JsValue.FromObjectOrNull(value)]))) return false;
            if (target.IsExtensible()) return true;
            var targetProto = target.GetPrototypeOf();
            if (!ReferenceEquals(value, targetProto))
                JsException.ThrowTypeError("'setPrototypeOf' on proxy: trap returned truish for setting a new prototype on the non-extensible proxy target");
            return true;
        }
        finally { Leave(); }
    }

    // 10.5.3 [[IsExtensible]] ( )
    internal bool IsExtensible()
    {
        Enter();
        try
        {
            var trap = Trap("isExtensible", out var target, out var handler);
            if (trap == null) return target.IsExtensible();
            bool result = Operations.ToBoolean(CallTrap(trap, handler, [target]));
            if (result != target.IsExtensible())
                JsException.ThrowTypeError($"'isExtensible' on proxy: trap result does not reflect extensibility of proxy target (which is '{(!result ? "true" : "false")}')");
            return result;
        }
        finally { Leave(); }
    }

    // 10.5.4 [[PreventExtensions]] ( )
    internal bool PreventExtensions()
    {
        Enter();
        try
        {
            var trap = Trap("preventExtensions", out var target, out var handler);
            if (trap == null) return target.PreventExtensions();
            bool result = Operations.ToBoolean(CallTrap(trap, handler, [target]));
            if (result && target.IsExtensible())
                JsException.ThrowTypeError("'preventExtensions' on proxy: trap returned truish but the proxy target is extensible");
            return result;
        }
        finally { Leave(); }
    }

    // 10.5.5 [[GetOwnProperty]] ( P )
    internal bool GetOwnProperty(in PropertyKey key, out PropertyDescriptor result)
    {
        Enter();
        try
        {
            var trap = Trap("getOwnPropertyDescriptor", out var target, out var handler);
            if (trap == null) return target.GetOwnProperty(key, out result);
            var trapResultObj = CallTrap(trap, handler, [target, key.ToJsValue()]);            // Step 7.
            if (!trapResultObj.IsObject && !trapResultObj.IsUndefined)                        // Step 8.
                JsException.ThrowTypeError($"'getOwnPropertyDescriptor' on proxy: trap returned neither object nor undefined for property '{key}'");
            bool hasTarget = target.GetOwnProperty(key, out var targetDesc);                   // Step 9.
            if (trapResultObj.IsUndefined)                                                     // Step 10.
            {
                result = default;
                if (!hasTarget) return false;
                if (!targetDesc.Configurable)
                    JsException.ThrowTypeError($"'getOwnPropertyDescriptor' on proxy: trap returned undefined for property '{key}' which is non-configurable in the proxy target");
                if (!target.IsExtensible())
                    JsException.ThrowTypeError($"'getOwnPropertyDescriptor' on proxy: trap returned undefined for property '{key}' which exists in the non-extensible proxy target");
                return false;
            }
            bool extensibleTarget = target.IsExtensible();                                     // Step 11.
            var resultDesc = ObjectConstructor.ToPropertyDescriptor(trapResultObj);           // Step 12.
            resultDesc = PropertyDescriptor.Complete(resultDesc);                             // Step 13.
            if (!PropertyDescriptor.IsCompatible(extensibleTarget, resultDesc, hasTarget, targetDesc)) // Steps 14-15.
                JsException.ThrowTypeError($"'getOwnPropertyDescriptor' on proxy: trap returned descriptor for property '{key}' that is incompatible with the existing property in the proxy target");
            if (!resultDesc.Configurable)                                                      // Step 16.
            {
                if (!hasTarget || targetDesc.Configurable)
                    JsException.ThrowTypeError($"'getOwnPropertyDescriptor' on proxy: trap reported non-configurability for property '{key}' which is either non-existent or configurable in the proxy target");
                if (resultDesc.HasWritable && !resultDesc.Writable && targetDesc.Writable)
                    JsException.ThrowTypeError($"'getOwnPropertyDescriptor' on proxy: trap reported non-configurable and writable for property '{key}' which is non-configurable, non-writable in the proxy target");
            }
            result = resultDesc;                                                               // Step 17.
            return true;
        }
        finally { Leave(); }
    }

    // 10.5.6 [[DefineOwnProperty]] ( P, Desc )
    internal bool DefineOwnProperty(in PropertyKey key, in PropertyDescriptor desc)
    {
        Enter();
        try
        {
            var trap = Trap("defineProperty", out var target, out var handler);
            if (trap == null) return target.DefineOwnProperty(key, desc);
            var descObj = ObjectConstructor.FromPropertyDescriptor(CurrentRealm, desc);               // Step 7.
            if (!Operations.ToBoolean(CallTrap(trap, handler, [target, key.ToJsValue(), descObj]))) return false; // Steps 8-9.
            bool hasTarget = target.GetOwnProperty(key, out var targetDesc);                   // Step 10.
            bool extensibleTarget = target.IsExtensible();                                     // Step 11.
            bool settingConfigFalse = desc.HasConfigurable && !desc.Configurable;              // Steps 12-13.
            if (!hasTarget)                                                                    // Step 14.
            {
                if (!extensibleTarget)
                    JsException.ThrowTypeError($"'defineProperty' on proxy: trap returned truish for adding property '{key}'  to the non-extensible proxy target");
                if (settingConfigFalse)
                    JsException.ThrowTypeError($"'defineProperty' on proxy: trap returned truish for defining non-configurable property '{key}' which is either non-existent or configurable in the proxy target");
            }
            else                                                                               // Step 15.
            {
                if (!PropertyDescriptor.IsCompatible(extensibleTarget, desc, true, targetDesc))
                    JsException.ThrowTypeError($"'defineProperty' on proxy: trap returned truish for adding property '{key}'  that is incompatible with the existing property in the proxy target");
                if (settingConfigFalse && targetDesc.Configurable)
                    JsException.ThrowTypeError($"'defineProperty' on proxy: trap returned truish for defining non-configurable property '{key}' which is either non-existent or configurable in the proxy target");
                if (targetDesc.IsDataDescriptor && !targetDesc.Configurable && targetDesc.Writable && desc.HasWritable && !desc.Writable)
                    JsException.ThrowTypeError($"'defineProperty' on proxy: trap returned truish for defining non-configurable property '{key}' which cannot be non-writable, unless there exists a corresponding non-configurable, non-writable own property of the target object.");
            }
            return true;                                                                       // Step 16.
        }
        finally { Leave(); }
    }

    // 10.5.7 [[HasProperty]] ( P )
    internal bool HasProperty(in PropertyKey key)
    {
        Enter();
        try
        {
            var trap = Trap("has", out var target, out var handler);
            if (trap == null) return target.HasProperty(key);
            bool result = Operations.ToBoolean(CallTrap(trap, handler, [target, key.ToJsValue()]));
            if (!result && target.GetOwnProperty(key, out var targetDesc))
            {
                if (!targetDesc.Configurable)
                    JsException.ThrowTypeError($"'has' on proxy: trap returned falsish for property '{key}' which exists in the proxy target as non-configurable");
                if (!target.IsExtensible())
                    JsException.ThrowTypeError($"'has' on proxy: trap returned falsish for property '{key}' but the proxy target is not extensible");
            }
            return result;
        }
        finally { Leave(); }
    }

    // 10.5.8 [[Get]] ( P, Receiver )
    internal JsValue Get(in PropertyKey key, in JsValue receiver)
    {
        Enter();
        try
        {
            var trap = Trap("get", out var target, out var handler);
            if (trap == null) return target.Get(key, receiver);
            var trapResult = CallTrap(trap, handler, [target, key.ToJsValue(), receiver]);
            if (target.GetOwnProperty(key, out var targetDesc) && !targetDesc.Configurable)
            {
                if (targetDesc.IsDataDescriptor && !targetDesc.Writable && !Operations.SameValue(trapResult, targetDesc.Value))
                    JsException.ThrowTypeError($"'get' on proxy: property '{key}' is a read-only and non-configurable data property on the proxy target but the proxy did not return its actual value");
                if (targetDesc.IsAccessorDescriptor && targetDesc.Get.IsUndefined && !trapResult.IsUndefined)
                    JsException.ThrowTypeError($"'get' on proxy: property '{key}' is a non-configurable accessor property on the proxy target and does not have a getter function, but the trap did not return 'undefined'");
            }
            return trapResult;
        }
        finally { Leave(); }
    }

    // 10.5.9 [[Set]] ( P, V, Receiver )
    internal bool Set(in PropertyKey key, in JsValue value, in JsValue receiver)
    {
        Enter();
        try
        {
            var trap = Trap("set", out var target, out var handler);
            if (trap == null) return target.Set(key, value, receiver);
            if (!Operations.ToBoolean(CallTrap(trap, handler, [target, key.ToJsValue(), value, receiver]))) return false;
            if (target.GetOwnProperty(key, out var targetDesc) && !targetDesc.Configurable)
            {
                if (targetDesc.IsDataDescriptor && !targetDesc.Writable && !Operations.SameValue(value, targetDesc.Value))
                    JsException.ThrowTypeError($"'set' on proxy: trap returned truish for property '{key}' which exists in the proxy target as a non-configurable and non-writable data property with a different value");
                if (targetDesc.IsAccessorDescriptor && targetDesc.Set.IsUndefined)
                    JsException.ThrowTypeError($"'set' on proxy: trap returned truish for property '{key}' which exists in the proxy target as a non-configurable and non-writable accessor property without a setter");
            }
            return true;
        }
        finally { Leave(); }
    }

    // 10.5.10 [[Delete]] ( P )
    internal bool Delete(in PropertyKey key)
    {
        Enter();
        try
        {
            var trap = Trap("deleteProperty", out var target, out var handler);
            if (trap == null) return target.Delete(key);
            if (!Operations.ToBoolean(CallTrap(trap, handler, [target, key.ToJsValue()]))) return false;
            if (!target.GetOwnProperty(key, out var targetDesc)) return true;
            if (!targetDesc.Configurable)
                JsException.ThrowTypeError($"'deleteProperty' on proxy: trap returned truish for property '{key}' which is non-configurable in the proxy target");
            if (!target.IsExtensible())
                JsException.ThrowTypeError($"'deleteProperty' on proxy: trap returned truish for property '{key}' but the proxy target is non-extensible");
            return true;
        }
        finally { Leave(); }
    }

    // 10.5.11 [[OwnPropertyKeys]] ( )
    internal void OwnPropertyKeys(List<PropertyKey> keys)
    {
        Enter();
        try
        {
            var trap = Trap("ownKeys", out var target, out var handler);
            if (trap == null) { target.OwnPropertyKeys(keys); return; }
            var trapResultArray = CallTrap(trap, handler, [target]);                           // Step 7.
            var trapResult = Operations.CreateListFromArrayLike(trapResultArray, propertyKeysOnly: true); // Step 8.
            var unique = new HashSet<PropertyKey>();
            foreach (var v in trapResult)                                                      // Step 9.
                if (!unique.Add(Operations.ToPropertyKey(v)))
                    JsException.ThrowTypeError($"'ownKeys' on proxy: trap returned duplicate entries");
            bool extensibleTarget = target.IsExtensible();                                     // Step 10.
            var targetKeys = target.OwnPropertyKeys();                                         // Step 11.
            var configurable = new List<PropertyKey>();                                        // Steps 13-15.
            var nonconfigurable = new List<PropertyKey>();
            foreach (var k in targetKeys)
            {
                if (target.GetOwnProperty(k, out var desc) && !desc.Configurable) nonconfigurable.Add(k);
                else configurable.Add(k);
            }
            if (!(extensibleTarget && nonconfigurable.Count == 0))                             // Step 16.
            {
                var unchecked_ = unique;                                                       // Step 17.
                foreach (var k in nonconfigurable)                                             // Step 18.
                    if (!unchecked_.Remove(k))
                        JsException.ThrowTypeError($"'ownKeys' on proxy: trap result did not include '{k}'");
                if (!extensibleTarget)                                                         // Step 19.
                {
                    foreach (var k in configurable)                                            // Step 20.
                        if (!unchecked_.Remove(k))
                            JsException.ThrowTypeError($"'ownKeys' on proxy: trap result did not include '{k}'");
                    if (unchecked_.Count != 0)                                                 // Step 21.
                        JsException.ThrowTypeError("'ownKeys' on proxy: trap returned extra keys but proxy target is non-extensible");
                }
            }
            foreach (var v in trapResult) keys.Add(Operations.ToPropertyKey(v));               // Step 22.
        }
        finally { Leave(); }
    }

    // 10.5.12 [[Call]] ( thisArgument, argumentsList )
    internal JsValue Call(in JsValue thisArgument, ReadOnlySpan<JsValue> args)
    {
        Enter();
        try
        {
            var trap = Trap("apply", out var target, out var handler);
            if (trap == null) return Operations.Call(target, thisArgument, args);
            var argArray = Operations.CreateArrayFromList(CurrentRealm, args);
            return CallTrap(trap, handler, [target, thisArgument, argArray]);
        }
        finally { Leave(); }
    }

    // 10.5.13 [[Construct]] ( argumentsList, newTarget )
    internal JsValue Construct(ReadOnlySpan<JsValue> args, JsObject newTarget)
    {
        Enter();
        try
        {
            var trap = Trap("construct", out var target, out var handler);
            if (trap == null) return Operations.Construct((JsFunction)target, args, newTarget);
            var argArray = Operations.CreateArrayFromList(CurrentRealm, args);
            var newObj = CallTrap(trap, handler, [target, argArray, newTarget]);
            if (!newObj.IsObject) JsException.ThrowTypeError("proxy [[Construct]] must return an object");
            return newObj;
        }
        finally { Leave(); }
    }

    /// <summary>§10.5.15 ProxyCreate ( target, handler ).</summary>
    public static JsObject Create(Realm realm, in JsValue target, in JsValue handler)
    {
        if (!target.IsObject || !handler.IsObject) JsException.ThrowTypeError("Cannot create proxy with a non-object as target or handler");
        var core = new ProxyCore(realm, target.AsObject(), handler.AsObject());
        return target.Ref is JsFunction fn ? new JsCallableProxy(realm, core, fn.IsConstructor) : new JsProxy(core);
    }

    /// <summary>The proxy state of <paramref name="o"/>, or null when it is not a proxy.</summary>
    public static ProxyCore? Of(JsObject? o) => o switch
    {
        JsProxy p => p.Core,
        JsCallableProxy c => c.Core,
        _ => null,
    };
}
