using System;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins;

/// <summary>ECMA-262 §25.2.3 The SharedArrayBuffer Constructor and §25.2.4 its properties.</summary>
internal static class SharedArrayBufferConstructor
{
    public static JsFunction Create(Realm realm)
    {
        var proto = SharedArrayBufferPrototype.Create(realm);
        var ctor = Builtin.Constructor(realm, "SharedArrayBuffer", 1, Construct, proto);
        Library.SpeciesGetter(realm, ctor);
        realm.SharedArrayBufferConstructor = ctor;
        return ctor;
    }

    // 25.2.3.1 SharedArrayBuffer ( length [ , options ] )
    private static JsValue Construct(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        if (newTarget == null) JsException.ThrowTypeError("Constructor SharedArrayBuffer requires 'new'"); // Step 1.
        double byteLength = ArrayBufferConstructor.ToIndex(Builtin.Arg(args, 0));                         // Step 2.
        double requestedMax = ArrayBufferConstructor.GetMaxByteLengthOption(Builtin.Arg(args, 1));        // Step 3.
        return Allocate(realm, newTarget, byteLength, requestedMax);                                      // Step 4.
    }

    /// <summary>§25.2.2.1 AllocateSharedArrayBuffer ( constructor, byteLength [ , maxByteLength ] ).</summary>
    public static JsArrayBuffer Allocate(Realm realm, JsObject constructor, double byteLength, double maxByteLength = -1)
    {
        if (maxByteLength >= 0 && byteLength > maxByteLength) JsException.ThrowRangeError("Invalid array buffer max length"); // Step 3.
        var proto = Library.PrototypeFromConstructor(constructor, static r => r.SharedArrayBufferPrototype, realm);          // Step 4.
        int length = JsArrayBuffer.CheckAllocatable(byteLength);
        int max = maxByteLength < 0 ? -1 : JsArrayBuffer.CheckAllocatable(maxByteLength);
        return new JsArrayBuffer(proto, length, max, shared: true);
    }
}
