using Aot.Engine.Objects;

namespace Aot.Runtime.Node;

/// <summary>
/// The globals Node defines that come from these builtin modules: Buffer, TextEncoder, TextDecoder,
/// URL, URLSearchParams. Each is installed only when the global is missing (another part of the host
/// may provide its own), as lazy accessors so startup creates none of the modules.
/// </summary>
public static class NodeGlobals
{
    public static void Install(Realm realm)
    {
        Lazy(realm, "Buffer", static r => BufferModule.CreateExports(r).Get("Buffer"));
        Lazy(realm, "TextEncoder", static r => NodeScriptsExports(r, "internal/encoding").Get("TextEncoder"));
        Lazy(realm, "TextDecoder", static r => NodeScriptsExports(r, "internal/encoding").Get("TextDecoder"));
        Lazy(realm, "URL", static r => UrlModule.CreateExports(r).Get("URL"));
        Lazy(realm, "URLSearchParams", static r => UrlModule.CreateExports(r).Get("URLSearchParams"));
    }

    private static JsObject NodeScriptsExports(Realm realm, string name)
        => NodeInternals.Of(realm).Natives.AsObject().Get("require") is { IsObject: true } require
            ? Operations.Call(require, JsValue.Undefined, new[] { JsValue.FromString(name) }).AsObject()
            : realm.CreateObject();

    /// <summary>A configurable accessor that, on first read, replaces itself with a plain writable,
    /// non-enumerable data property holding the value (Node's globals are like that).</summary>
    private static void Lazy(Realm realm, string name, System.Func<Realm, JsValue> create)
    {
        var global = realm.GlobalObject;
        if (global.HasOwnProperty(name)) return;
        var getter = new JsNativeFunction(realm, "get " + name, 0, (Realm r, in JsValue t, System.ReadOnlySpan<JsValue> a, JsObject? n) =>
        {
            var value = create(r);
            r.GlobalObject.DefineOwnProperty(name, PropertyDescriptor.Data(value, PropertyFlags.Hidden));
            return value;
        });
        var setter = new JsNativeFunction(realm, "set " + name, 1, (Realm r, in JsValue t, System.ReadOnlySpan<JsValue> a, JsObject? n) =>
        {
            r.GlobalObject.DefineOwnProperty(name, PropertyDescriptor.Data(a.Length > 0 ? a[0] : JsValue.Undefined, PropertyFlags.Hidden));
            return JsValue.Undefined;
        });
        global.AddAccessor(name, getter, setter, PropertyFlags.Configurable);
    }
}
