using System;
using Aot.Engine.Objects;
using Aot.Runtime.Running;

namespace Aot.Runtime.Node;

/// <summary>
/// process.stdout / process.stderr / process.stdin as small objects (not full streams yet):
/// write(chunk, encoding?, callback?) goes through the host's buffered <see cref="OutputStream"/>
/// (the same one console uses, so the order is kept) and returns true; isTTY, columns and rows are
/// present only for terminals, as in Node; the emitter methods accept listeners and do nothing.
/// </summary>
internal static class StdioStreams
{
    public static JsObject Create(NodeHost host, OutputStream stream)
    {
        var realm = host.Realm;
        var o = new JsObject(realm.ObjectPrototype);
        o.AddProperty("fd", JsValue.FromNumber(stream.Fd), PropertyFlags.Default);
        o.AddProperty("writable", JsValue.True, PropertyFlags.Default);
        o.AddProperty("_isStdio", JsValue.True, PropertyFlags.Default);
        if (stream.IsTty)
        {
            o.AddProperty("isTTY", JsValue.True, PropertyFlags.Default);
            HostObjects.Getter(realm, o, "columns", (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? nt) =>
                HostNative.TryGetWindowSize(stream.Fd, out int c, out _) ? c : 80);
            HostObjects.Getter(realm, o, "rows", (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? nt) =>
                HostNative.TryGetWindowSize(stream.Fd, out _, out int rows) ? rows : 24);
            HostObjects.Method(realm, o, "getWindowSize", 0, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? nt) =>
            {
                HostNative.TryGetWindowSize(stream.Fd, out int c, out int rows);
                var array = r.CreateArray();
                array.CreateDataPropertyOrThrow(PropertyKey.FromIndex(0), c);
                array.CreateDataPropertyOrThrow(PropertyKey.FromIndex(1), rows);
                return JsValue.FromObject(array);
            });
            HostObjects.Method(realm, o, "hasColors", 0, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? nt) => true);
            HostObjects.Method(realm, o, "getColorDepth", 0, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? nt) => 8);
        }
        HostObjects.Method(realm, o, "write", 1, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? nt) =>
        {
            var chunk = HostObjects.Arg(a, 0);
            if (!chunk.IsString && !chunk.IsObject)
                throw HostObjects.CodedError(r, ErrorKind.TypeError, "ERR_INVALID_ARG_TYPE",
                    "The \"chunk\" argument must be of type string or an instance of Buffer, TypedArray, or DataView. Received " + HostObjects.DescribeReceived(chunk));
            // Bytes go out as they are (a child's output piped here may split a character across chunks).
            if (BufferModule.TryGetBytes(chunk, out var bytes)) stream.Write(bytes);
            else stream.Write(chunk.IsString ? chunk.AsString() : Operations.ToString(chunk));
            var callback = a.Length > 2 ? a[2] : a.Length > 1 ? a[1] : JsValue.Undefined;
            if (callback.IsCallable) NodeHost.Of(r).QueueTick(callback, [JsValue.Null]);
            return true;
        });
        HostObjects.Method(realm, o, "end", 1, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? nt) =>
        {
            if (a.Length > 0 && a[0].IsString) stream.Write(a[0].AsString());
            return t;
        });
        NativeFunction self = (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? nt) => t;
        foreach (var name in new[] { "on", "once", "off", "addListener", "removeListener", "removeAllListeners", "setMaxListeners", "cork", "uncork", "setDefaultEncoding" })
            HostObjects.Method(realm, o, name, 2, self, PropertyFlags.Hidden);
        HostObjects.Method(realm, o, "emit", 1, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? nt) => false, PropertyFlags.Hidden);
        HostObjects.Method(realm, o, "listenerCount", 1, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? nt) => 0, PropertyFlags.Hidden);
        return o;
    }

    public static JsObject CreateStdin(NodeHost host)
    {
        var o = new JsObject(host.Realm.ObjectPrototype);
        o.AddProperty("fd", JsValue.FromNumber(0), PropertyFlags.Default);
        if (HostNative.IsATty(0)) o.AddProperty("isTTY", JsValue.True, PropertyFlags.Default);
        return o;
    }
}
