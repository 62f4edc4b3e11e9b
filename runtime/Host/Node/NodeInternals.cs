using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Aot.Engine.Objects;
using Aot.Runtime.Reactor.Linux;
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

    /// <summary>The exports the JS-written modules ask for by name (one object per realm).</summary>
    private static JsObject Require(Realm realm, string name) => name switch
    {
        "events" => EventsModule.CreateExports(realm),
        "util" => UtilModule.CreateExports(realm),
        "util/types" => UtilTypesModule.CreateExports(realm),
        "buffer" => BufferModule.CreateExports(realm),
        "path" => PathModule.CreateExports(realm),
        "fs" => FsModule.CreateExports(realm),
        "url" => UrlModule.CreateExports(realm),
        "querystring" => QuerystringModule.CreateExports(realm),
        "tty" => TtyModule.CreateExports(realm),
        "os" => OsModule.CreateExports(realm),
        "string_decoder" => StringDecoderModule.CreateExports(realm),
        "stream" => StreamModule.CreateExports(realm),
        "internal/buffer" => Of(realm).Shared(name, static r => BufferModule.CreateBinding(r)),
        "internal/child_channel" => Of(realm).Shared(name, static r => NodeScripts.Run(r, "child_channel.js").AsObject()),
        "internal/fs_streams" => Of(realm).Shared(name, static r => NodeScripts.Run(r, "fs_streams.js").AsObject()),
        "internal/stream_pipeline" => Of(realm).Shared(name, static r => NodeScripts.Run(r, "stream_pipeline.js").AsObject()),
        "internal/stdio_pipes" => Of(realm).Shared(name, static r => NodeScripts.Run(r, "stdio_pipes.js").AsObject()),
        "internal/process_wrap" => Of(realm).Shared(name, static r => ChildProcessModule.CreateBinding(r)),
        "internal/url" => Of(realm).Shared(name, static r => UrlModule.CreateBinding(r)),
        "internal/fs" => Of(realm).Shared(name, static r => FsModule.CreateBinding(r)),
        "internal/comparisons" => Of(realm).Shared(name, static r => NodeScripts.Run(r, "comparisons.js").AsObject()),
        "internal/encoding" => Of(realm).Shared(name, static r => NodeScripts.Run(r, "encoding.js").AsObject()),
        _ => throw new InvalidOperationException("unknown internal module " + name),
    };

    private JsObject CreateNatives()
    {
        var n = realm.CreateObject();
        NodeObjects.Method(realm, n, "inspect", 2, (Realm r, in JsValue t, ReadOnlySpan<JsValue> args, JsObject? nt)
            => UtilModule.Inspect(r, NodeObjects.Arg(args, 0), NodeObjects.Arg(args, 1)));
        NodeObjects.Method(realm, n, "format", 0, (Realm r, in JsValue t, ReadOnlySpan<JsValue> args, JsObject? nt)
            => ConsoleObject.FormatArguments(r, args));
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
        NodeObjects.Method(realm, n, "require", 1, (Realm r, in JsValue t, ReadOnlySpan<JsValue> args, JsObject? nt)
            => Require(r, Operations.ToString(NodeObjects.Arg(args, 0))));
        NodeObjects.Method(realm, n, "isBuffer", 1, (Realm r, in JsValue t, ReadOnlySpan<JsValue> args, JsObject? nt) => BufferModule.IsBuffer(NodeObjects.Arg(args, 0)));
        NodeObjects.Method(realm, n, "bufferBytes", 1, (Realm r, in JsValue t, ReadOnlySpan<JsValue> args, JsObject? nt) =>
        {
            BufferModule.TryGetBytes(NodeObjects.Arg(args, 0), out var bytes);
            var array = r.CreateArray(bytes.Length);
            foreach (var b in bytes) array.TryAppendDense(b);
            return array;
        });
        NodeObjects.Method(realm, n, "utf8Encode", 1, (Realm r, in JsValue t, ReadOnlySpan<JsValue> args, JsObject? nt) =>
        {
            var bytes = NodeEncodings.Encode(Operations.ToString(NodeObjects.Arg(args, 0)), "utf8");
            var array = r.CreateArray(bytes.Length);
            foreach (var b in bytes) array.TryAppendDense(b);
            return array;
        });
        NodeObjects.Method(realm, n, "decodeBytes", 4, (Realm r, in JsValue t, ReadOnlySpan<JsValue> args, JsObject? nt) =>
        {
            var list = NodeObjects.Arg(args, 0).AsObject();
            var bytes = new byte[(int)Operations.LengthOfArrayLike(list)];
            for (int i = 0; i < bytes.Length; i++) bytes[i] = (byte)Operations.ToUint32(list.Get(PropertyKey.FromIndex((uint)i)));
            string encoding = Operations.ToString(NodeObjects.Arg(args, 1));
            bool fatal = Operations.ToBoolean(NodeObjects.Arg(args, 2)), ignoreBom = Operations.ToBoolean(NodeObjects.Arg(args, 3));
            if (encoding == "utf-8") return NodeEncodings.DecodeUtf8(bytes, fatal, ignoreBom) is { } s ? s : JsValue.Null;
            if (encoding == "utf-16le")
            {
                var span = bytes.AsSpan();
                if (!ignoreBom && span.Length >= 2 && span[0] == 0xFF && span[1] == 0xFE) span = span.Slice(2);
                return NodeEncodings.Decode(span, "utf16le");
            }
            return NodeEncodings.Decode(bytes, "latin1");
        });
        NodeObjects.Method(realm, n, "errnoName", 1, (Realm r, in JsValue t, ReadOnlySpan<JsValue> args, JsObject? nt)
            => Errno.Name(-(int)Operations.ToNumber(NodeObjects.Arg(args, 0))) is { } name ? name : "Unknown system error " + NodeObjects.Arg(args, 0).Number);
        NodeObjects.Method(realm, n, "shouldColorize", 1, (Realm r, in JsValue t, ReadOnlySpan<JsValue> args, JsObject? nt)
            => TtyModule.ShouldColorize(NodeObjects.Arg(args, 0)));
        NodeObjects.Method(realm, n, "queueJob", 1, (Realm r, in JsValue t, ReadOnlySpan<JsValue> args, JsObject? nt) =>
        {
            // A host job, not a promise reaction: an exception thrown by the callback is uncaught, as in Node.
            var fn = NodeErrors.ValidateFunction(r, NodeObjects.Arg(args, 0), "callback");
            r.Vm.Jobs.Enqueue(() => fn.Call(JsValue.Undefined, ReadOnlySpan<JsValue>.Empty));
            return JsValue.Undefined;
        });
        NodeObjects.Method(realm, n, "isatty", 1, (Realm r, in JsValue t, ReadOnlySpan<JsValue> args, JsObject? nt)
            => TtyModule.IsTty((int)Operations.ToNumber(NodeObjects.Arg(args, 0))));
        NodeObjects.Method(realm, n, "windowSize", 1, (Realm r, in JsValue t, ReadOnlySpan<JsValue> args, JsObject? nt) =>
        {
            var size = TtyModule.WindowSize((int)Operations.ToNumber(NodeObjects.Arg(args, 0)));
            if (size == null) return JsValue.Undefined;
            var a = r.CreateArray(2);
            a.TryAppendDense(size.Value.Columns);
            a.TryAppendDense(size.Value.Rows);
            return a;
        });
        NodeObjects.Method(realm, n, "env", 0, (Realm r, in JsValue t, ReadOnlySpan<JsValue> args, JsObject? nt) =>
        {
            var env = r.CreateObject();
            foreach (System.Collections.DictionaryEntry e in Environment.GetEnvironmentVariables())
                env.SetOwnDirect((string)e.Key, JsValue.FromString((string?)e.Value ?? ""), PropertyFlags.Default);
            return env;
        });
        NodeObjects.Method(realm, n, "readSource", 1, (Realm r, in JsValue t, ReadOnlySpan<JsValue> args, JsObject? nt) =>
        {
            // The text of a script file named in a stack frame (assert.ok shows the failing expression).
            try { return System.IO.File.ReadAllText(Operations.ToString(NodeObjects.Arg(args, 0))); }
            catch (Exception e) when (e is System.IO.IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException) { return JsValue.Undefined; }
        });
        NodeObjects.Method(realm, n, "errnoList", 0, (Realm r, in JsValue t, ReadOnlySpan<JsValue> args, JsObject? nt) =>
        {
            // [[-errno, name, description], ...] for the errno values Node's libuv knows on Linux.
            var list = r.CreateArray();
            for (int errno = 1; errno < 134; errno++)
            {
                string name = Errno.Name(errno);
                if (name.StartsWith("Unknown", StringComparison.Ordinal)) continue;
                var entry = r.CreateArray(3);
                entry.TryAppendDense(-errno);
                entry.TryAppendDense(name);
                entry.TryAppendDense(Errno.Description(errno));
                list.TryAppendDense(entry);
            }
            return list;
        });
        NodeObjects.Method(realm, n, "pid", 0, (Realm r, in JsValue t, ReadOnlySpan<JsValue> args, JsObject? nt) => Environment.ProcessId);
        return n;
    }
}
