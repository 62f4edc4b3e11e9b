using System;
using Aot.Engine.Builtins;
using Aot.Engine.Builtins.RegExp;
using Aot.Engine.Compiling;
using Aot.Engine.Interpreting;
using Aot.Engine.Objects;

namespace Aot.Runtime.Node;

/// <summary>
/// `node:util/types` (also `util.types`): brand checks on internal slots, never on prototypes, so
/// `Object.create(Date.prototype)` is not a date (Node does the same through V8). Typed arrays,
/// ArrayBuffers and proxies do not exist in the engine yet, so their checks answer false.
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
        Check("isArrayBuffer", static v => false);
        Check("isDataView", static v => false);
        Check("isSharedArrayBuffer", static v => false);
        Check("isProxy", static v => false);
        Check("isModuleNamespaceObject", static v => false);
        Check("isAnyArrayBuffer", static v => false);
        Check("isBoxedPrimitive", static v => v.Ref is JsPrimitiveObject or JsStringObject && v.IsObject);
        Check("isArrayBufferView", static v => false);
        Check("isTypedArray", static v => false);
        foreach (var name in new[] { "isUint8Array", "isUint8ClampedArray", "isUint16Array", "isUint32Array", "isInt8Array", "isInt16Array", "isInt32Array", "isFloat32Array", "isFloat64Array", "isBigInt64Array", "isBigUint64Array", "isKeyObject", "isCryptoKey" })
            Check(name, static v => false);
        return types;
    }
}
