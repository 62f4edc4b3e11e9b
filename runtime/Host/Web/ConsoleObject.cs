using System;
using System.IO;
using System.Text;
using Aot.Engine.Objects;

namespace Aot.Runtime.Web;

/// <summary>
/// A minimal `console` (WHATWG Console §2.1 Logger with Node's formatting of %s %d %i %f %j %o %O %c):
/// log/info/debug write to standard output, error/warn to standard error, one line per call.
/// </summary>
public static class ConsoleObject
{
    public static JsObject Create(Realm realm, TextWriter stdout, TextWriter stderr)
    {
        var console = new JsObject(realm.ObjectPrototype);
        Add(realm, console, "log", stdout);
        Add(realm, console, "info", stdout);
        Add(realm, console, "debug", stdout);
        Add(realm, console, "error", stderr);
        Add(realm, console, "warn", stderr);
        return console;
    }

    private static void Add(Realm realm, JsObject console, string name, TextWriter writer)
    {
        var fn = new JsNativeFunction(realm, name, 0, (Realm r, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget) =>
        {
            writer.Write(FormatArguments(args));
            writer.Write('\n');
            return JsValue.Undefined;
        });
        console.AddProperty(name, JsValue.FromObject(fn), PropertyFlags.Default);
    }

    /// <summary>Node's formatWithOptions: a leading format string, then the rest inspected and space-joined.</summary>
    public static string FormatArguments(ReadOnlySpan<JsValue> args)
    {
        var sb = new StringBuilder();
        int next = 0;
        if (args.Length > 0 && args[0].IsString)
        {
            string format = args[0].AsString();
            next = 1;
            for (int i = 0; i < format.Length; i++)
            {
                char c = format[i];
                if (c != '%' || i + 1 >= format.Length) { sb.Append(c); continue; }
                char spec = format[i + 1];
                if (spec == '%') { sb.Append('%'); i++; continue; }
                if (next >= args.Length || "sdifjoOc".IndexOf(spec) < 0) { sb.Append(c); continue; }
                var arg = args[next++];
                i++;
                switch (spec)
                {
                    case 's': sb.Append(arg.IsString ? arg.AsString() : arg.IsObject ? Inspector.Inspect(arg) : Operations.ToString(arg.IsSymbol ? JsValue.FromString(arg.AsSymbol.ToString()) : arg)); break;
                    case 'd':
                    case 'i':
                    {
                        double d = arg.IsObject ? double.NaN : Operations.ToNumber(arg);
                        if (spec == 'i') d = Math.Truncate(d);
                        sb.Append(NumberFormatting.ToString(d));
                        break;
                    }
                    case 'f': sb.Append(NumberFormatting.ToString(Operations.ToNumber(arg))); break;
                    case 'c': break;
                    default: sb.Append(Inspector.Inspect(arg)); break;
                }
            }
        }
        for (int i = next; i < args.Length; i++)
        {
            if (sb.Length > 0 || i > 0) sb.Append(' ');
            sb.Append(args[i].IsString ? args[i].AsString() : Inspector.Inspect(args[i]));
        }
        return sb.ToString();
    }
}
