using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Aot.Engine.Objects;
using Aot.Runtime.Running;

namespace Aot.Runtime.Web;

/// <summary>
/// `console` as Node's (lib/internal/console/constructor.js): log/info/debug/dirxml to stdout,
/// warn/error/trace to stderr; dir, table, time/timeEnd/timeLog, count/countReset,
/// group/groupCollapsed/groupEnd (two spaces per level, on every line), assert; format
/// specifiers %s %d %i %f %j %o %O %c %% (util.formatWithOptions). Objects are printed by
/// <see cref="Inspector"/>, in colour when the stream would be coloured by Node.
/// </summary>
public sealed class ConsoleObject
{
    private readonly OutputStream stdout;
    private readonly OutputStream stderr;
    private readonly Dictionary<string, int> counts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> timers = new(StringComparer.Ordinal);
    private string groupIndent = "";
    private InspectOptions? stdoutOptions, stderrOptions;

    private ConsoleObject(OutputStream stdout, OutputStream stderr)
    {
        this.stdout = stdout;
        this.stderr = stderr;
    }

    private InspectOptions OptionsFor(OutputStream stream) => stream == stdout
        ? stdoutOptions ??= InspectOptions.ForStream(stdout)
        : stderrOptions ??= InspectOptions.ForStream(stderr);

    public static JsObject Create(Realm realm, OutputStream stdout, OutputStream stderr)
    {
        var self = new ConsoleObject(stdout, stderr);
        var console = new JsObject(realm.ObjectPrototype);
        void Log(string name, OutputStream stream) => HostObjects.Method(realm, console, name, 0, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? nt) =>
        {
            self.Print(stream, Format(r, a, self.OptionsFor(stream)));
            return JsValue.Undefined;
        });
        Log("log", stdout);
        Log("warn", stderr);
        HostObjects.Method(realm, console, "dir", 0, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? nt) =>
        {
            var opts = self.OptionsFor(stdout);
            var o = HostObjects.Arg(a, 1);
            if (o.IsObject)
            {
                var depth = o.AsObject().Get("depth");
                if (depth.IsNull) opts = opts with { Depth = int.MaxValue };
                else if (depth.IsNumber) opts = opts with { Depth = double.IsPositiveInfinity(depth.Number) ? int.MaxValue : (int)depth.Number };
                var showHidden = o.AsObject().Get("showHidden");
                if (!showHidden.IsUndefined) opts = opts with { ShowHidden = Operations.ToBoolean(showHidden) };
                var colors = o.AsObject().Get("colors");
                if (!colors.IsUndefined) opts = opts with { Colors = Operations.ToBoolean(colors) };
            }
            self.Print(stdout, Inspector.Inspect(HostObjects.Arg(a, 0), opts));
            return JsValue.Undefined;
        });
        Log("info", stdout);
        Log("debug", stdout);
        Log("error", stderr);
        Log("dirxml", stdout);
        HostObjects.Method(realm, console, "table", 1, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? nt) =>
        {
            var data = HostObjects.Arg(a, 0);
            if (!data.IsObject) self.Print(stdout, Format(r, a, self.OptionsFor(stdout)));
            else self.Print(stdout, ConsoleTable.Render(r, data.AsObject(), HostObjects.Arg(a, 1)));
            return JsValue.Undefined;
        });
        HostObjects.Method(realm, console, "trace", 0, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? nt) =>
        {
            string message = Format(r, a, self.OptionsFor(stderr));
            self.Print(stderr, "Trace" + (message.Length > 0 ? ": " + message : "") + r.Vm.CaptureStackTrace());
            return JsValue.Undefined;
        });
        HostObjects.Method(realm, console, "assert", 0, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? nt) =>
        {
            if (Operations.ToBoolean(HostObjects.Arg(a, 0))) return JsValue.Undefined;
            var rest = a.Length > 1 ? a[1..] : ReadOnlySpan<JsValue>.Empty;
            if (rest.Length > 0 && rest[0].IsString)
            {
                var copy = rest.ToArray();
                copy[0] = JsValue.FromString("Assertion failed: " + copy[0].AsString());
                self.Print(stderr, Format(r, copy, self.OptionsFor(stderr)));
            }
            else self.Print(stderr, "Assertion failed" + (rest.Length > 0 ? " " + Format(r, rest, self.OptionsFor(stderr)) : ""));
            return JsValue.Undefined;
        });
        HostObjects.Method(realm, console, "count", 0, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? nt) =>
        {
            string label = Label(a);
            self.counts.TryGetValue(label, out int n);
            self.counts[label] = ++n;
            self.Print(stdout, label + ": " + n);
            return JsValue.Undefined;
        });
        HostObjects.Method(realm, console, "countReset", 0, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? nt) =>
        {
            string label = Label(a);
            if (self.counts.ContainsKey(label)) self.counts[label] = 0;
            else self.Warn("Count for '" + label + "' does not exist");
            return JsValue.Undefined;
        });
        NativeFunction group = (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? nt) =>
        {
            if (a.Length > 0) self.Print(stdout, Format(r, a, self.OptionsFor(stdout)));
            self.groupIndent += "  ";
            return JsValue.Undefined;
        };
        HostObjects.Method(realm, console, "group", 0, group);
        HostObjects.Method(realm, console, "groupEnd", 0, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? nt) =>
        {
            if (self.groupIndent.Length >= 2) self.groupIndent = self.groupIndent[..^2];
            return JsValue.Undefined;
        });
        HostObjects.Method(realm, console, "groupCollapsed", 0, group);
        HostObjects.Method(realm, console, "time", 0, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? nt) =>
        {
            string label = Label(a);
            if (self.timers.ContainsKey(label)) self.Warn("Label '" + label + "' already exists for console.time()");
            else self.timers[label] = Stopwatch.GetTimestamp();
            return JsValue.Undefined;
        });
        HostObjects.Method(realm, console, "timeEnd", 0, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? nt) =>
        {
            string label = Label(a);
            if (!self.timers.Remove(label, out long start)) self.Warn("No such label '" + label + "' for console.timeEnd()");
            else self.Print(stdout, label + ": " + FormatTime(Stopwatch.GetElapsedTime(start).TotalMilliseconds));
            return JsValue.Undefined;
        });
        HostObjects.Method(realm, console, "timeLog", 0, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? nt) =>
        {
            string label = Label(a);
            if (!self.timers.TryGetValue(label, out long start)) self.Warn("No such label '" + label + "' for console.timeLog()");
            else
            {
                string extra = a.Length > 1 ? " " + Format(r, a[1..], self.OptionsFor(stdout), formatString: false) : "";
                self.Print(stdout, label + ": " + FormatTime(Stopwatch.GetElapsedTime(start).TotalMilliseconds) + extra);
            }
            return JsValue.Undefined;
        });
        HostObjects.Method(realm, console, "clear", 0, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? nt) =>
        {
            // Node clears only a terminal (cursor home, erase below), and resets the group indentation.
            if (stdout.IsTty)
            {
                self.groupIndent = "";
                stdout.Write("\u001b[1;1H\u001b[0J");
            }
            return JsValue.Undefined;
        });
        // Inspector-only in Node: they do nothing without a debugger attached.
        foreach (var name in new[] { "profile", "profileEnd", "timeStamp" })
            HostObjects.Method(realm, console, name, 0, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? nt) => JsValue.Undefined);
        return console;
    }

    private static string Label(ReadOnlySpan<JsValue> args) =>
        args.Length == 0 || args[0].IsUndefined ? "default" : Operations.ToString(args[0]);

    /// <summary>Node's formatTime: "1.234ms", "1.234s", "1:02.345 (m:ss.mmm)".</summary>
    private static string FormatTime(double ms)
    {
        if (ms >= 3_600_000) return Fix(ms / 3_600_000) + "h";
        if (ms >= 60_000)
        {
            int minutes = (int)(ms / 60_000);
            double seconds = (ms - minutes * 60_000) / 1000;
            return minutes + ":" + seconds.ToString("00.000", CultureInfo.InvariantCulture) + " (m:ss.mmm)";
        }
        if (ms >= 1000) return Fix(ms / 1000) + "s";
        return Fix(ms) + "ms";
    }

    private static string Fix(double d) => d.ToString("0.000", CultureInfo.InvariantCulture);

    private void Warn(string message) => Print(stderr, "(aot:" + HostNative.GetPid() + ") Warning: " + message);

    private void Print(OutputStream stream, string text)
    {
        if (groupIndent.Length > 0) text = groupIndent + text.Replace("\n", "\n" + groupIndent);
        stream.Write(text + "\n");
    }

    /// <summary>Node's formatWithOptions with the default options.</summary>
    public static string FormatArguments(Realm realm, ReadOnlySpan<JsValue> args) => Format(realm, args, InspectOptions.Default);

    private static string Format(Realm? realm, ReadOnlySpan<JsValue> args, InspectOptions options, bool formatString = true)
    {
        var sb = new StringBuilder();
        int next = 0;
        if (formatString && args.Length > 0 && args[0].IsString)
        {
            string format = args[0].AsString();
            next = 1;
            int last = 0;
            for (int i = 0; i < format.Length - 1; i++)
            {
                if (format[i] != '%') continue;
                char spec = format[i + 1];
                if (spec == '%')
                {
                    sb.Append(format, last, i - last).Append('%');
                    last = i + 2;
                    i++;
                    continue;
                }
                if (next >= args.Length || "sdifjoOc".IndexOf(spec) < 0) continue;
                sb.Append(format, last, i - last);
                var arg = args[next++];
                sb.Append(FormatSpecifier(realm, spec, arg, options));
                last = i + 2;
                i++;
            }
            sb.Append(format, last, format.Length - last);
        }
        for (int i = next; i < args.Length; i++)
        {
            if (i > 0) sb.Append(' ');
            sb.Append(args[i].IsString ? args[i].AsString() : Inspector.Inspect(args[i], options));
        }
        return sb.ToString();
    }

    private static string FormatSpecifier(Realm? realm, char spec, in JsValue arg, InspectOptions options)
    {
        switch (spec)
        {
            case 's':
                if (arg.IsNumber) return Inspector.FormatNumber(arg.Number);
                if (arg.IsBigInt) return arg.AsBigInt.ToString(CultureInfo.InvariantCulture) + "n";
                if (arg.IsSymbol) return arg.AsSymbol.ToString();
                if (!arg.IsObject || !HasBuiltInToString(arg.AsObject())) return Operations.ToString(arg);
                return Inspector.Inspect(arg, InspectOptions.Default with { Depth = 0 });
            case 'd':
            {
                if (arg.IsBigInt) return arg.AsBigInt.ToString(CultureInfo.InvariantCulture) + "n";
                if (arg.IsSymbol) return "NaN";
                return Inspector.FormatNumber(Operations.ToNumber(arg));
            }
            case 'i':
            {
                if (arg.IsBigInt) return arg.AsBigInt.ToString(CultureInfo.InvariantCulture) + "n";
                if (arg.IsSymbol) return "NaN";
                return Inspector.FormatNumber(ParseNumber(Operations.ToString(arg), integer: true));
            }
            case 'f':
                if (arg.IsSymbol) return "NaN";
                return Inspector.FormatNumber(ParseNumber(Operations.ToString(arg), integer: false));
            case 'j':
                return Json(realm, arg);
            case 'o':
                return Inspector.Inspect(arg, options with { ShowHidden = true, Depth = 4 });
            case 'O':
                return Inspector.Inspect(arg, options);
            default: // 'c': CSS is ignored
                return "";
        }
    }

    /// <summary>Node's hasBuiltInToString: no user-defined toString in the chain.</summary>
    private static bool HasBuiltInToString(JsObject o)
    {
        if (o.TryGetOwnFast("toString", out _, out _)) return false;
        for (var p = o.GetPrototypeOf(); p != null; p = p.GetPrototypeOf())
        {
            if (!p.TryGetOwnFast("toString", out _, out _)) continue;
            if (p.TryGetOwnFast("constructor", out var ctor, out var f) && (f & PropertyFlags.Accessor) == 0 && ctor.Ref is JsFunction fn)
                return fn.DebugName is "Object" or "Error" or "Array" or "Date" or "RegExp" or "Function" or "Number" or "Boolean" or "String" or "Symbol" or "BigInt" or "Map" or "Set" or "Promise" or "WeakMap" or "WeakSet" or "TypeError" or "RangeError" or "SyntaxError" or "ReferenceError" or "EvalError" or "URIError" or "AggregateError";
            return false;
        }
        return true;
    }

    /// <summary>parseInt / parseFloat of a string (the %i / %f conversions).</summary>
    private static double ParseNumber(string s, bool integer)
    {
        s = s.TrimStart();
        int i = 0;
        if (i < s.Length && (s[i] == '+' || s[i] == '-')) i++;
        if (!integer && string.CompareOrdinal(s, i, "Infinity", 0, 8) == 0) return s[0] == '-' ? double.NegativeInfinity : double.PositiveInfinity;
        if (integer && i + 1 < s.Length && s[i] == '0' && (s[i + 1] == 'x' || s[i + 1] == 'X'))
        {
            int j = i + 2;
            while (j < s.Length && Uri.IsHexDigit(s[j])) j++;
            if (j == i + 2) return double.NaN;
            double hex = 0;
            for (int k = i + 2; k < j; k++) hex = hex * 16 + Convert.ToInt32(s[k].ToString(), 16);
            return s[0] == '-' ? -hex : hex;
        }
        int start = i;
        while (i < s.Length && char.IsAsciiDigit(s[i])) i++;
        if (!integer)
        {
            if (i < s.Length && s[i] == '.') { i++; while (i < s.Length && char.IsAsciiDigit(s[i])) i++; }
            if (i > start && i < s.Length && (s[i] == 'e' || s[i] == 'E'))
            {
                int e = i + 1;
                if (e < s.Length && (s[e] == '+' || s[e] == '-')) e++;
                int digits = e;
                while (e < s.Length && char.IsAsciiDigit(s[e])) e++;
                if (e > digits) i = e;
            }
        }
        string text = s[..i];
        if (i == start || text is "." or "+." or "-.") return double.NaN;
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double d) ? (integer ? Math.Truncate(d) : d) : double.NaN;
    }

    /// <summary>%j: the global JSON.stringify; "[Circular]" for cycles, as Node.</summary>
    private static string Json(Realm? realm, in JsValue arg)
    {
        if (realm == null) return "undefined";
        var json = realm.GlobalObject.Get("JSON");
        if (!json.IsObject) return "undefined";
        try
        {
            var result = Operations.Call(json.AsObject().Get("stringify"), json, new ReadOnlySpan<JsValue>(in arg));
            return result.IsString ? result.AsString() : "undefined";
        }
        catch (JsException e)
        {
            var error = e.GetValue(realm);
            if (error.Ref is JsObject o && Inspector.ErrorHeader(o).Contains("circular", StringComparison.OrdinalIgnoreCase)) return "[Circular]";
            throw;
        }
    }
}
