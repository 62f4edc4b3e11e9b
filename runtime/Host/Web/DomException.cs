using System;
using System.Runtime.CompilerServices;
using Aot.Engine.Objects;
using Aot.Runtime.Running;

namespace Aot.Runtime.Web;

/// <summary>
/// WebIDL DOMException (https://webidl.spec.whatwg.org/#idl-DOMException), enough for the errors
/// atob/btoa and structuredClone throw: name, message, the legacy code, Error.prototype above it.
/// The constructor and prototype are made once per realm on first use.
/// </summary>
public static class DomException
{
    private static readonly ConditionalWeakTable<Realm, JsObject> Prototypes = new();

    public static JsException Create(Realm realm, string name, string message)
    {
        var error = new JsError(Prototype(realm));
        error.AddProperty("message", JsValue.FromString(message), PropertyFlags.Hidden);
        error.AddProperty("name", JsValue.FromString(name), PropertyFlags.Hidden);
        error.AddProperty("code", JsValue.FromNumber(LegacyCode(name)), PropertyFlags.Hidden);
        var thrown = realm.CreateError(ErrorKind.Error, message);
        if (thrown.TryGetOwnFast("stack", out var stack, out _) && stack.IsString)
            error.AddProperty("stack", JsValue.FromString(name + stack.AsString()["Error".Length..]), PropertyFlags.Hidden);
        return new JsException(JsValue.FromObject(error));
    }

    private static int LegacyCode(string name) => name switch
    {
        "IndexSizeError" => 1, "HierarchyRequestError" => 3, "WrongDocumentError" => 4,
        "InvalidCharacterError" => 5, "NoModificationAllowedError" => 7, "NotFoundError" => 8,
        "NotSupportedError" => 9, "InvalidStateError" => 11, "SyntaxError" => 12,
        "InvalidModificationError" => 13, "NamespaceError" => 14, "InvalidAccessError" => 15,
        "TypeMismatchError" => 17, "SecurityError" => 18, "NetworkError" => 19, "AbortError" => 20,
        "URLMismatchError" => 21, "QuotaExceededError" => 22, "TimeoutError" => 23,
        "InvalidNodeTypeError" => 24, "DataCloneError" => 25, _ => 0,
    };

    private static JsObject Prototype(Realm realm)
    {
        if (Prototypes.TryGetValue(realm, out var proto)) return proto;
        proto = new JsObject(realm.ErrorPrototype(ErrorKind.Error));
        var ctor = new JsNativeFunction(realm, "DOMException", 0, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? nt) =>
        {
            string message = a.Length > 0 && !a[0].IsUndefined ? Operations.ToString(a[0]) : "";
            string name = a.Length > 1 && !a[1].IsUndefined ? Operations.ToString(a[1]) : "Error";
            return Create(r, name, message).GetValue(r);
        }, isConstructor: true);
        ctor.AddProperty("prototype", JsValue.FromObject(proto), PropertyFlags.None);
        proto.AddProperty("constructor", JsValue.FromObject(ctor), PropertyFlags.Hidden);
        proto.AddProperty(JsSymbol.ToStringTag, JsValue.FromString("DOMException"), PropertyFlags.Configurable);
        Prototypes.Add(realm, proto);
        return proto;
    }
}
