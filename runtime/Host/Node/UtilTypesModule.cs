using System;
using Aot.Engine.Builtins;
using Aot.Engine.Builtins.RegExp;
using Aot.Engine.Compiling;
using Aot.Engine.Interpreting;
using Aot.Engine.Objects;

namespace Aot.Runtime.Node;

/// <summary>
/// `node:util/types` (also `util.types`): brand checks on internal slots, never on prototypes, so
/// `Object.create(Date.prototype)` is not a date (Node does the same through V8); a Buffer is a
/// Uint8Array. Module namespaces, key objects and crypto keys answer false.
/// </summary>
public static class UtilTypesModule
{
    public static JsObject CreateExports(Realm realm)
        => NodeInternals.Of(realm).Shared("util/types", static r => Create(r));

    private static JsObject Create(Realm realm)
    {
        var types = realm.CreateObject();
        void Check(string name, Func<JsValue, bool> test)
            => NodeObjects.Method(realm, types, name, 1, (Realm r, in JsValue t, ReadOnlySpan<JsValue> args, JsObject? n) => test(NodeObjects.Arg(args, 0)));
        Check("isExternal", static v => false);
        Check("isDate", static v => v.Ref is JsDateObject && v.IsObject);
        Check("isArgumentsObject", static v => v.Ref is JsArguments && v.IsObject);
        Check("isBigIntObject", static v => v.Ref is JsPrimitiveObject { PrimitiveValue.IsBigInt: true } && v.IsObject);
        Check("isBooleanObject", static v => v.Ref is JsPrimitiveObject { PrimitiveValue.IsBoolean: true } && v.IsObject);
        Check("isNumberObject", static v => v.Ref is JsPrimitiveObject { PrimitiveValue.IsNumber: true } && v.IsObject);
        Check("isStringObject", static v => v.Ref is JsStringObject && v.IsObject);
        Check("isSymbolObject", static v => v.Ref is JsPrimitiveObject { PrimitiveValue.IsSymbol: true } && v.IsObject);
        Check("isNativeError", static v => v.Ref is JsError && v.IsObject);
        Check("isRegExp", static v => v.Ref is JsRegExp && v.IsObject);
        Check("isAsyncFunction", static v => v.Ref is JsClosure c && v.IsObject && (c.Code.Flags & CodeFlags.Async) != 0);
        Check("isGeneratorFunction", static v => v.Ref is JsClosure c && v.IsObject && (c.Code.Flags & CodeFlags.Generator) != 0);
        Check("isGeneratorObject", static v => v.Ref is JsGenerator or JsAsyncGenerator && v.IsObject);
        Check("isPromise", static v => v.Ref is JsPromise && v.IsObject);
        Check("isMap", static v => v.Ref is JsMap && v.IsObject);
        Check("isSet", static v => v.Ref is JsSet && v.IsObject);
        Check("isMapIterator", static v => v.Ref is JsCollectionIterator { ClassName: "Map Iterator" } && v.IsObject);
        Check("isSetIterator", static v => v.Ref is JsCollectionIterator { ClassName: "Set Iterator" } && v.IsObject);
        Check("isWeakMap", static v => v.Ref is JsWeakCollection { ClassName: "WeakMap" } && v.IsObject);
        Check("isWeakSet", static v => v.Ref is JsWeakCollection { ClassName: "WeakSet" } && v.IsObject);
        Check("isArrayBuffer", static v => v.Ref is JsArrayBuffer { IsShared: false } && v.IsObject);
        Check("isDataView", static v => v.Ref is JsDataView && v.IsObject);
        Check("isSharedArrayBuffer", static v => v.Ref is JsArrayBuffer { IsShared: true } && v.IsObject);
        Check("isProxy", static v => v.IsObject && ProxyCore.Of(v.AsObject()) != null);
        Check("isModuleNamespaceObject", static v => false);
        Check("isAnyArrayBuffer", static v => v.Ref is JsArrayBuffer && v.IsObject);
        Check("isBoxedPrimitive", static v => v.Ref is JsPrimitiveObject or JsStringObject && v.IsObject);
        Check("isArrayBufferView", static v => v.Ref is JsTypedArray or JsDataView && v.IsObject);
        Check("isTypedArray", static v => v.Ref is JsTypedArray && v.IsObject);
        foreach (var (name, kind) in new[]
        {
            ("isUint8Array", TypedArrayKind.Uint8), ("isUint8ClampedArray", TypedArrayKind.Uint8Clamped), ("isUint16Array", TypedArrayKind.Uint16),
            ("isUint32Array", TypedArrayKind.Uint32), ("isInt8Array", TypedArrayKind.Int8), ("isInt16Array", TypedArrayKind.Int16),
            ("isInt32Array", TypedArrayKind.Int32), ("isFloat32Array", TypedArrayKind.Float32), ("isFloat64Array", TypedArrayKind.Float64),
            ("isBigInt64Array", TypedArrayKind.BigInt64), ("isBigUint64Array", TypedArrayKind.BigUint64),
        })
        {
            NodeObjects.Method(realm, types, name, 1, (Realm r, in JsValue t, ReadOnlySpan<JsValue> args, JsObject? n)
                => NodeObjects.Arg(args, 0).Ref is JsTypedArray ta && ta.ElementKind == kind);
        }
        foreach (var name in new[] { "isKeyObject", "isCryptoKey" })
            Check(name, static v => false);
        return types;
    }
}
