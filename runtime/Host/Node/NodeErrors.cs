using System;
using Aot.Engine.Objects;
using Aot.Runtime.Web;

namespace Aot.Runtime.Node;

/// <summary>
/// Node's internal errors (lib/internal/errors.js): a standard error object whose `code` is an own
/// enumerable property and whose stack header reads "TypeError [ERR_X]: message", as Node prints them.
/// </summary>
internal static class NodeErrors
{
    public static JsObject Create(Realm realm, ErrorKind kind, string code, string message)
    {
        var error = realm.CreateError(kind, message);
        if (error.TryGetOwnFast("stack", out var stack, out _) && stack.IsString)
        {
            string header = kind + ": " + message;
            string s = stack.AsString();
            string rest = s.StartsWith(header, StringComparison.Ordinal) ? s.Substring(header.Length) : "";
            error.SetOwnDirect("stack", JsValue.FromString(kind + " [" + code + "]: " + message + rest), PropertyFlags.Hidden);
        }
        error.AddProperty("code", JsValue.FromString(code), PropertyFlags.Default);
        return error;
    }

    public static JsException Throw(Realm realm, ErrorKind kind, string code, string message)
        => new(JsValue.FromObject(Create(realm, kind, code, message)));

    /// <summary>ERR_INVALID_ARG_TYPE: `The "name" argument must be of type string. Received type number (1)`.</summary>
    public static JsException InvalidArgType(Realm realm, string name, string expected, in JsValue actual)
    {
        // Node: a name that already says "argument" ("first argument") is used as it is.
        string subject = name.EndsWith(" argument", StringComparison.Ordinal) ? name
            : "\"" + name + "\" " + (name.Contains('.') ? "property" : "argument");
        string message = "The " + subject + " must be " + expected + ". Received " + DescribeReceived(actual);
        return Throw(realm, ErrorKind.TypeError, "ERR_INVALID_ARG_TYPE", message);
    }

    /// <summary>ERR_INVALID_ARG_VALUE: `The argument 'name' is invalid. Received ...`.</summary>
    public static JsException InvalidArgValue(Realm realm, string name, in JsValue actual, string reason = "is invalid")
    {
        string what = name.Contains('.') ? "property" : "argument";
        string inspected = Inspector.Inspect(actual);
        if (inspected.Length > 128) inspected = inspected.Substring(0, 128) + "...";
        return Throw(realm, ErrorKind.TypeError, "ERR_INVALID_ARG_VALUE", "The " + what + " '" + name + "' " + reason + ". Received " + inspected);
    }

    /// <summary>Node's determineSpecificType.</summary>
    public static string DescribeReceived(in JsValue value)
    {
        if (value.IsUndefined) return "undefined";
        if (value.IsNull) return "null";
        if (value.IsObject)
        {
            var o = value.AsObject();
            if (o is JsFunction f)
            {
                var n = f.Get("name");
                if (n.IsString && n.AsString().Length > 0) return "function " + n.AsString();
            }
            var ctor = o.Get("constructor");
            if (ctor.IsObject)
            {
                var n = ctor.AsObject().Get("name");
                if (n.IsString && n.AsString().Length > 0) return "an instance of " + n.AsString();
            }
            return Inspector.Inspect(value);
        }
        string inspectedValue = Inspector.Inspect(value);
        if (inspectedValue.Length > 28) inspectedValue = inspectedValue.Substring(0, 25) + "...";
        return "type " + Operations.TypeOf(value) + " (" + inspectedValue + ")";
    }

    public static string ValidateString(Realm realm, in JsValue value, string name)
    {
        if (!value.IsString) throw InvalidArgType(realm, name, "of type string", value);
        return value.AsString();
    }

    public static JsFunction ValidateFunction(Realm realm, in JsValue value, string name)
    {
        if (!value.IsCallable) throw InvalidArgType(realm, name, "of type function", value);
        return (JsFunction)value.AsObject();
    }
}
