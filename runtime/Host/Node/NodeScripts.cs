using System;
using System.Collections.Generic;
using System.IO;
using Aot.Engine.Compiling;
using Aot.Engine.Interpreting;
using Aot.Engine.Objects;

namespace Aot.Runtime.Node;

/// <summary>
/// Runs the builtin modules written in JS (runtime/Host/Node/Scripts/*.js, embedded resources). Each
/// file is one parenthesised function expression `(function (natives) { ... return exports; })`;
/// it is compiled on first use (never at startup) and called with the realm's <see cref="NodeInternals"/>
/// object, so the JS reaches native helpers without anything on the global object.
/// </summary>
internal static class NodeScripts
{
    // Bytecode carries inline caches (mutable), so each thread compiles its own copy.
    [ThreadStatic] private static Dictionary<string, FunctionCode>? compiled;

    public static JsValue Run(Realm realm, string name)
    {
        compiled ??= new Dictionary<string, FunctionCode>();
        if (!compiled.TryGetValue(name, out var code))
        {
            code = Vm.Compile(Load(name), "node:internal/" + name);
            compiled[name] = code;
        }
        var factory = realm.Vm.RunScript(realm, code);
        var natives = NodeInternals.Of(realm).Natives;
        return Operations.Call(factory, JsValue.Undefined, new ReadOnlySpan<JsValue>(in natives));
    }

    private static string Load(string name)
    {
        using var stream = typeof(NodeScripts).Assembly.GetManifestResourceStream("Aot.Runtime.Node.Scripts." + name)
            ?? throw new InvalidOperationException("missing embedded script " + name);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
