using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Aot.Engine.Objects;
using Aot.Runtime.Web;

namespace Aot.Runtime.Node;

/// <summary>
/// Per-realm state of the builtin modules: the `natives` object the JS-written modules receive (inspect,
/// format, Node-style error construction, stderr), and exports that other modules share (so `tty`
/// and `events` see the same EventEmitter class). Realm-only: no event loop or process object.
/// </summary>
internal sealed class NodeInternals
{
    private static readonly ConditionalWeakTable<Realm, NodeInternals> table = new();

    public static NodeInternals Of(Realm realm) => table.GetValue(realm, static r => new NodeInternals(r));

    private readonly Realm realm;
    private readonly Dictionary<string, JsObject> shared = new();
    private JsObject? natives;

    private NodeInternals(Realm realm) { this.realm = realm; }

    public JsValue Natives => JsValue.FromObject(natives ??= CreateNatives());

    /// <summary>One exports object per realm for <paramref name="key"/>, created on first request.</summary>
    public JsObject Shared(string key, Func<Realm, JsObject> create)
    {
        if (!shared.TryGetValue(key, out var value))
        {
            value = create(realm);
            shared[key] = value;
        }
        return value;
    }

    private JsObject CreateNatives()
    {
        var n = realm.CreateObject();
        NodeObjects.Method(realm, n, "inspect", 2, (Realm r, in JsValue t, ReadOnlySpan<JsValue> args, JsObject? nt)
            => UtilModule.Inspect(r, NodeObjects.Arg(args, 0), NodeObjects.Arg(args, 1)));
        NodeObjects.Method(realm, n, "format", 0, (Realm r, in JsValue t, ReadOnlySpan<JsValue> args, JsObject? nt)
            => ConsoleObject.FormatArguments(args));
        NodeObjects.Method(realm, n, "nodeError", 3, (Realm r, in JsValue t, ReadOnlySpan<JsValue> args, JsObject? nt) =>
        {
            var kind = Operations.ToString(NodeObjects.Arg(args, 0)) switch
            {
                "TypeError" => ErrorKind.TypeError,
                "RangeError" => ErrorKind.RangeError,
                "SyntaxError" => ErrorKind.SyntaxError,
                _ => ErrorKind.Error,
            };
            return NodeErrors.Create(r, kind, Operations.ToString(NodeObjects.Arg(args, 1)), Operations.ToString(NodeObjects.Arg(args, 2)));
        });
        NodeObjects.Method(realm, n, "invalidArgType", 3, (Realm r, in JsValue t, ReadOnlySpan<JsValue> args, JsObject? nt)
            => NodeErrors.InvalidArgType(r, Operations.ToString(NodeObjects.Arg(args, 0)), Operations.ToString(NodeObjects.Arg(args, 1)), NodeObjects.Arg(args, 2)).GetValue(r));
        NodeObjects.Method(realm, n, "writeStderr", 1, (Realm r, in JsValue t, ReadOnlySpan<JsValue> args, JsObject? nt) =>
        {
            Console.Error.Write(Operations.ToString(NodeObjects.Arg(args, 0)));
            return JsValue.Undefined;
        });
        NodeObjects.Method(realm, n, "pid", 0, (Realm r, in JsValue t, ReadOnlySpan<JsValue> args, JsObject? nt) => Environment.ProcessId);
        return n;
    }
}
