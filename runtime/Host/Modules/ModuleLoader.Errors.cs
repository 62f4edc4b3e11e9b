using System;
using System.IO;
using Aot.Engine.Objects;
using Aot.Engine.Parsing;
using Aot.Runtime.Diagnostics;
using Aot.Runtime.Modules.Resolution;

namespace Aot.Runtime.Modules;

// Node's loader errors: JS errors with a `code` (and `requireStack` / `url` where Node has them).
public sealed partial class ModuleLoader
{
    private JsException NodeError(ErrorKind kind, string code, string message)
    {
        var error = realm.CreateError(kind, message);
        error.Set("code", JsValue.FromString(code), JsValue.FromObject(error));
        return new JsException(JsValue.FromObject(error));
    }

    /// <summary>A resolution failure as the error Node throws (ERR_MODULE_NOT_FOUND, MODULE_NOT_FOUND ...).</summary>
    private JsException ResolutionError(ModuleResolutionException e)
    {
        var error = realm.CreateError(e.IsTypeError ? ErrorKind.TypeError : ErrorKind.Error, e.Message);
        var self = JsValue.FromObject(error);
        error.Set("code", JsValue.FromString(e.Code), self);
        if (e.RequireStack != null)
        {
            var stack = realm.CreateArray();
            foreach (var s in e.RequireStack) Push(stack, JsValue.FromString(s));
            error.Set("requireStack", JsValue.FromObject(stack), self);
        }
        if (e.Url != null) error.Set("url", JsValue.FromString(e.Url), self);
        return new JsException(self);
    }

    /// <summary>A builtin that Node has but this runtime does not implement yet fails like an unknown one,
    /// with Node's code, and says why.</summary>
    private JsException UnknownBuiltin(string name)
        => NodeError(ErrorKind.Error, "ERR_UNKNOWN_BUILTIN_MODULE", BuiltinModules.IsBuiltin(name)
            ? $"No such built-in module: {name} (not implemented by aot yet)"
            : $"No such built-in module: {name}");

    /// <summary>A SyntaxError in a loaded file: its stack starts as Node's report does (file:line, the
    /// source line, a caret) and names file:line:col.</summary>
    private JsException SyntaxErrorIn(string path, string source, SyntaxError e)
    {
        var error = realm.CreateError(ErrorKind.SyntaxError, e.Message);
        // Node's form: the file's line, the source line and a caret, then the error; plus a frame
        // naming file:line:col, so the report (and util.inspect) show where the error is.
        string located = SyntaxErrorPrinter.Format(path, source, e).TrimEnd('\n');
        int firstBreak = located.IndexOf('\n');
        string excerpt = firstBreak >= 0 ? located[(firstBreak + 1)..] : "";
        string stack = path + ":" + e.Line + "\n" + excerpt + "\n\nSyntaxError: " + e.Message + "\n    at " + path + ":" + e.Line + ":" + (e.Column + 1);
        error.DefineOwnProperty("stack", PropertyDescriptor.Data(JsValue.FromString(stack), PropertyFlags.Hidden));
        return new JsException(JsValue.FromObject(error));
    }

    private static void Push(JsObject array, JsValue value)
    {
        int length = (int)Operations.ToNumber(array.Get("length"));
        array.CreateDataProperty(PropertyKey.FromString(length.ToString(System.Globalization.CultureInfo.InvariantCulture)), value);
    }

    /// <summary>A compile-time SyntaxError from the engine ("X is not supported yet (12:5)") names the file:
    /// "(path:12:5)".</summary>
    private static JsException NameFile(JsException e, string path)
    {
        string message = e.Message;
        int open = message.LastIndexOf(" (", StringComparison.Ordinal);
        message = open >= 0 && message.EndsWith(')') ? message[..(open + 2)] + path + ":" + message[(open + 2)..] : message + " (" + path + ")";
        return new JsException(e.Kind, message);
    }

    private static string DirectoryOf(string path) => Path.GetDirectoryName(path) ?? "/";
}
