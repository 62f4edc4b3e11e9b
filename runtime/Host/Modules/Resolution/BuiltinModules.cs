using System;
using System.Collections.Generic;

namespace Aot.Runtime.Modules.Resolution;

/// <summary>
/// The built-in module names the resolver recognises: Node 20's <c>module.builtinModules</c>, which may
/// be written bare (<c>fs</c>) or with the <c>node:</c> scheme, plus the modules that exist only with
/// the scheme (<c>node:test</c>, <c>node:test/reporters</c>, <c>node:sea</c>). Whether the host
/// implements a given module is the loader's business, not resolution's.
/// </summary>
public static class BuiltinModules
{
    /// <summary>Node 20's <c>require('module').builtinModules</c>, in its order.</summary>
    public static readonly IReadOnlyList<string> Names =
    [
        "_http_agent", "_http_client", "_http_common", "_http_incoming", "_http_outgoing", "_http_server",
        "_stream_duplex", "_stream_passthrough", "_stream_readable", "_stream_transform", "_stream_wrap",
        "_stream_writable", "_tls_common", "_tls_wrap", "assert", "assert/strict", "async_hooks", "buffer",
        "child_process", "cluster", "console", "constants", "crypto", "dgram", "diagnostics_channel", "dns",
        "dns/promises", "domain", "events", "fs", "fs/promises", "http", "http2", "https", "inspector",
        "inspector/promises", "module", "net", "os", "path", "path/posix", "path/win32", "perf_hooks",
        "process", "punycode", "querystring", "readline", "readline/promises", "repl", "stream",
        "stream/consumers", "stream/promises", "stream/web", "string_decoder", "sys", "timers",
        "timers/promises", "tls", "trace_events", "tty", "url", "util", "util/types", "v8", "vm", "wasi",
        "worker_threads", "zlib",
    ];

    /// <summary>Modules that can only be named with the <c>node:</c> scheme (Node 20).</summary>
    public static readonly IReadOnlyList<string> SchemeOnlyNames = ["sea", "test", "test/reporters"];

    // Plain hash sets: a FrozenSet's analysis of the keys cost more at every start (this class is
    // initialized by the first resolution, the main entry's) than it can save on a few lookups.
    private static readonly HashSet<string> Bare = new(Names, StringComparer.Ordinal);
    private static readonly HashSet<string> WithScheme = new([.. Names, .. SchemeOnlyNames], StringComparer.Ordinal);

    /// <summary>Whether <paramref name="name"/> (no scheme) is a built-in that may be written without <c>node:</c>.</summary>
    public static bool IsBareBuiltin(string name) => Bare.Contains(name);

    /// <summary>Whether <c>node:</c> + <paramref name="name"/> names a built-in.</summary>
    public static bool IsBuiltinWithScheme(string name) => WithScheme.Contains(name);

    /// <summary>Node's <c>module.isBuiltin</c>: "fs", "node:fs", "node:test" are; "test" is not.</summary>
    public static bool IsBuiltin(string specifier) =>
        specifier.StartsWith("node:", StringComparison.Ordinal)
            ? WithScheme.Contains(specifier.Substring(5))
            : Bare.Contains(specifier);
}
